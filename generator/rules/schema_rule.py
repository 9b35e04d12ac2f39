"""The file does not match its JSON Schema.

## What it does
Validates every file against its schema in `schema/` and reports each missing, mistyped or
unknown field at its own line and column, with a "did you mean" for misspelled field names and,
where a value may take several forms, the problem of the closest form.

## Why it matters
The schemas are the single source of truth of the format; editors see the same checks as hover
help and squiggles in VS Code (through the `# yaml-language-server: $schema=` line).

## Example
```yaml
- id: order-handover
  ownr: pickup-clerk
```

## Use instead
```yaml
- id: order-handover
  owner: pickup-clerk
```
"""

ID = "SCHEMA"
NAME = "schema"
SEVERITY = "error"
SUMMARY = "the file does not match its JSON Schema (missing, mistyped or unknown field)"
STAGE = "load"
