"""A roster row is incomplete, names a role the standards do not have, or lists an employee twice.

## What it does
Checks each row of the `--staff` roster of `handbook training`: `employee`, `role` and `location` filled in, the
role an id of `roles.yaml` (with "did you mean"), and each employee on one row only (the message names the first).

## Why it matters
The roster says which standards each person must read: a misspelled role would put someone on no reading list,
and two rows for one person would count them twice.

## Example
```csv
employee,role,location
anna.ozola,sales-asociate,riga-centre
```

## Use instead
```csv
employee,role,location
anna.ozola,sales-associate,riga-centre
```

A problem in a training input is always an error: `handbook training` exits 1 and reports nothing.
"""

ID = "TRAIN002"
NAME = "bad-roster-row"
SEVERITY = "error"
SUMMARY = "a roster row that is incomplete, names an unknown role or repeats an employee"
STAGE = "training"
