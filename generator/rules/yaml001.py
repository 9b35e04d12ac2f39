"""The file is not well-formed YAML.

## What it does
Reports syntax errors, tab characters used for indentation, unclosed quotes, several documents
in one file (`---`), nesting deeper than 64 levels and complex mapping keys.

## Why it matters
A file that cannot be parsed contributes nothing to the handbook; every standard in it is lost.

## Example
```yaml
steps:
        - id: greet        # a tab before the dash
```

## Use instead
```yaml
steps:
  - id: greet
```
"""

ID = "YAML001"
NAME = "yaml-syntax"
SEVERITY = "error"
SUMMARY = "the file is not well-formed YAML (syntax, tabs, unclosed quote, several documents)"
STAGE = "load"
