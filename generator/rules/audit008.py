"""One audit answers the same item twice.

## What it does
Checks that no item appears twice in one audit (the message names the line of the first answer).

## Why it matters
Two answers would weigh the item twice in the score, and they may disagree.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,yes,
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,no,
```

## Use instead
Keep one answer per item and audit.

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT008"
NAME = "item-answered-twice"
SEVERITY = "error"
SUMMARY = "one audit answers the same item twice"
STAGE = "audit"
