"""`lint:` in handbook.yaml names a rule that does not exist.

## What it does
Checks every key of `lint:` against the rule registry.

## Why it matters
A misspelled rule id would silently leave the rule at its default severity.

## Example
```yaml
lint: {PRIN01: off}
```

## Use instead
```yaml
lint: {PRIN001: off}
```
"""

ID = "LINT001"
NAME = "unknown-rule"
SEVERITY = "error"
SUMMARY = "lint: names a rule that does not exist"
STAGE = "load"
