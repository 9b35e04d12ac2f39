"""A required value is empty: a CSV cell, a conversation id, an agent message's employee.

## What it does
Checks that the required CSV columns have a value in every row (results: `audit_id`, `date`, `employee`, `role`,
`location`, `item`, `result`; surveys: `date`, `location` and a `score` or a `csat`), and that every transcript
message has a conversation id and, when an agent wrote it, the employee.

## Why it matters
A row without these cannot be attributed or scored; it would be counted for nobody.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,,sales-associate,riga,greeting#greet,yes,
```

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,yes,
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT009"
NAME = "empty-required-value"
SEVERITY = "error"
SUMMARY = "a required value is empty: a CSV cell, a conversation id, an agent message's employee"
STAGE = "audit"
