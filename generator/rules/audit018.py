"""An audit answers a standard that is not in force on the audit's date.

## What it does
Checks each result row's item against the standard's `effective` and `retired` dates (FORMAT §7.9): the standard
applies on days `effective <= day < retired`. The message says when it comes into force or stops.

## Why it matters
Every audit is scored against the standards in force on its date. An answer to a rule that starts next month, or
to one already retired, was given against a form that did not have it: the date or the form is wrong.

## Example
A standard with `effective: 2026-12-01`, answered in an audit of 30 November:

```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-30,emp-1,sales-associate,riga,greeting#offer-bag,yes,
```

## Use instead
Check the audit's date, and audit with the form of that day: `handbook checklists --date 2026-11-30` prints it
(and its CSV template) with the standards in force then.

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT018"
NAME = "not-in-force"
SEVERITY = "error"
SUMMARY = "an audit answers a standard that is not in force on the audit's date"
STAGE = "audit"
