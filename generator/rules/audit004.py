"""An audit row names a role the standards do not have.

## What it does
Checks each result row's `role` against the role ids of roles.yaml, with "did you mean".

## Why it matters
Scores are grouped by role; an unknown role would create a group nobody reads.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,salesperson,riga,greeting#greet,yes,
```

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,yes,
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT004"
NAME = "unknown-role"
SEVERITY = "error"
SUMMARY = "an audit row names a role the standards do not have"
STAGE = "audit"
