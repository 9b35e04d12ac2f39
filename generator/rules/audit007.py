"""Rows of one audit_id disagree on the employee, date, role, location, auditor, visit or scenario.

## What it does
Checks that every row with the same `audit_id` has the same employee, date, role, location, auditor, visit and
scenario.

## Why it matters
One audit is one visit of one employee: rows that disagree are two audits sharing an id, and their scores would be
mixed.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,yes,
a1,2026-11-02,emp-8,sales-associate,riga,greeting#offer-help,no,
```

## Use instead
Give each audit its own id (`a1`, `a2`), or correct the row that is wrong.

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT007"
NAME = "inconsistent-audit"
SEVERITY = "error"
SUMMARY = "rows of one audit_id disagree on the employee, date, role, location, auditor, visit or scenario"
STAGE = "audit"
