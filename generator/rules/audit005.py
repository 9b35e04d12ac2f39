"""An audit answer is not yes, no or na.

## What it does
Checks each result row's `result`: `yes`, `no` or `na` (in any case).

## Why it matters
Only these three answers can be scored; anything else would be counted as neither yes nor no.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,partly,
```

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,no,only half of it
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT005"
NAME = "bad-result"
SEVERITY = "error"
SUMMARY = "an audit answer is not yes, no or na"
STAGE = "audit"
