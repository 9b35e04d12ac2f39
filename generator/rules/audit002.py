"""A CSV header or row does not fit the format: unknown, missing or repeated column, wrong field count.

## What it does
Checks the header of `--results` and `--surveys` files against FORMAT §6: every required column once, no unknown
column (with "did you mean"), and every row with as many fields as the header. A file without a header line is
reported here too.

## Why it matters
Columns are read by name: a misspelled or missing column would shift or drop values in every row.

## Example
```csv
audit_id,date,employe,role,location,item,result,comment
```

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT002"
NAME = "bad-csv-header"
SEVERITY = "error"
SUMMARY = "a CSV header or row does not fit the format: unknown, missing or repeated column, wrong field count"
STAGE = "audit"
