"""An acknowledgement row is incomplete or holds a value that cannot be true.

## What it does
Checks each row of the `--acks` file of `handbook training`: `employee`, `version` and `date` filled in; the date
a real `YYYY-MM-DD` day and not after today; `kind`, when given, `read` (the employee confirmed reading the
version) or `training` (a trainer signed off the practical training of the role's checklist); `role`, when given,
a role of `roles.yaml`.

## Why it matters
An acknowledgement is evidence. A date in the future or a role that does not exist is a typing error that would
silently change who counts as having read the standards.

## Example
```csv
employee,version,date,kind
anna.ozola,2026.12,2026-13-01,reading
```

## Use instead
```csv
employee,version,date,kind
anna.ozola,2026.12,2026-11-30,read
```

A problem in a training input is always an error: `handbook training` exits 1 and reports nothing.
"""

ID = "TRAIN003"
NAME = "bad-acknowledgement-row"
SEVERITY = "error"
SUMMARY = "an acknowledgement row that is incomplete, misdated, or has an unknown kind or role"
STAGE = "training"
