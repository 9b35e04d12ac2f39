"""An audit row names a mystery-shopping scenario the standards do not have.

## What it does
Checks each result row's `scenario` (an optional column, FORMAT §7.1) against the ids of `scenarios/*.yaml`,
with "did you mean". An empty `scenario` is fine: the audit staged no scenario.

## Why it matters
`handbook audit --coverage` counts a location's visits per scenario from this column. A typo counts for no
scenario, so the store would show as shopped fewer times than planned although the shopper went.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment,scenario
a1,2026-11-02,emp-7,contact-centre-agent,riga-hq,phone-answer#opening-greeting,yes,,angry-callr
```

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment,scenario
a1,2026-11-02,emp-7,contact-centre-agent,riga-hq,phone-answer#opening-greeting,yes,,angry-caller
```

The audit form offers the scenarios that check the role's items, and a shopper brief opens its forms with the
scenario filled in, so a form filled on a phone gets it right.

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT019"
NAME = "unknown-scenario"
SEVERITY = "error"
SUMMARY = "an audit row names a mystery-shopping scenario the standards do not have"
STAGE = "audit"
