"""A survey score is not a whole number from 0 to 10, or a csat not from 1 to 5.

## What it does
Checks the `score` (NPS, 0 to 10) and `csat` (1 to 5) columns of `--surveys`.

## Why it matters
NPS counts promoters (9-10) and detractors (0-6): `7.5` or `11` belongs to no group.

## Example
```csv
date,location,employee,touchpoint,score,csat,comment
2026-11-02,riga,emp-7,,11,,
```

## Use instead
```csv
date,location,employee,touchpoint,score,csat,comment
2026-11-02,riga,emp-7,,10,,
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT010"
NAME = "bad-survey-answer"
SEVERITY = "error"
SUMMARY = "a survey score is not a whole number from 0 to 10, or a csat not from 1 to 5"
STAGE = "audit"
