"""A mapping has the same key twice.

## What it does
Reports the second occurrence of a key within one mapping, with the line of the first.

## Why it matters
YAML keeps only one of the two values, so half of what the editor wrote silently disappears.

## Example
```yaml
- id: greet
  text: {en: "Greet the customer"}
  text: {en: "Greet the customer by name"}
```

## Use instead
```yaml
- id: greet
  text: {en: "Greet the customer by name"}
```
"""

ID = "YAML002"
NAME = "duplicate-key"
SEVERITY = "error"
SUMMARY = "duplicate key in a mapping"
STAGE = "load"
