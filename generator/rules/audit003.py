"""An audit row names an item the standards do not have.

## What it does
Checks each result row's `item` against the global item ids of the standards (`step#item`, `situation#item`,
`role#item`), with "did you mean".

## Why it matters
An answer for an item that does not exist cannot be weighted or scored; usually the id was mistyped or the item was
renamed.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet-fast,yes,
```

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-7,sales-associate,riga,greeting#greet,yes,
```

Each role's CSV template (`handbook checklists`) lists its item ids.

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT003"
NAME = "unknown-item"
SEVERITY = "error"
SUMMARY = "an audit row names an item the standards do not have"
STAGE = "audit"
