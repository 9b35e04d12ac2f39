"""An acknowledgement names an employee who is not on the roster.

## What it does
Warns about each row of the `--acks` file of `handbook training` whose `employee` is not in the `--staff` roster
(with "did you mean" when a roster id is close). The row is left out of the report; the report is still written.

## Why it matters
The acknowledgements file is a history: people who have left stay in it, which is fine. But a mistyped employee
id would leave the person it meant without their acknowledgement, shown as due.

## Example
```csv
employee,version,date
ana.ozola,2026.12,2026-11-30
```

## Use instead
```csv
employee,version,date
anna.ozola,2026.12,2026-11-30
```

Always a warning: `handbook training` exits 0 and writes the report.
"""

ID = "TRAIN004"
NAME = "acknowledgement-not-on-roster"
SEVERITY = "warning"
SUMMARY = "an acknowledgement of an employee who is not on the roster (left out of the report)"
STAGE = "training"
