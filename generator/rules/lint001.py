"""`lint:` in handbook.yaml names a rule that does not exist.

## What it does
Checks every key of `lint:` against the rule registry. It also refuses the audit input rules (AUDIT001 to
AUDIT018): `lint:` sets the severity of the standards' rules, and a problem in an audit input is always an error.

## Why it matters
A misspelled rule id would silently leave the rule at its default severity; an audit rule in `lint:` would
look configured and change nothing.

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
SUMMARY = "lint: names a rule that does not exist, or one it does not set"
STAGE = "load"
