"""A date in an audit input is not a real YYYY-MM-DD date.

## What it does
Checks the `date` column of results and surveys: the `YYYY-MM-DD` shape and a real calendar day.

## Why it matters
Periods (`--period`, `--from`, `--to`) and trends are computed from dates; `02/11/2026` is ambiguous and
`2026-02-30` does not exist.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,02/11/2026,emp-7,sales-associate,riga,greeting#greet,yes,
```

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,yes,
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT006"
NAME = "bad-date"
SEVERITY = "error"
SUMMARY = "a date in an audit input is not a real YYYY-MM-DD date"
STAGE = "audit"
