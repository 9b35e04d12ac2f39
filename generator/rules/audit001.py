"""An audit input cannot be read, is not UTF-8, or is not valid CSV.

## What it does
An audit input file cannot be read (missing, a folder, no permission), is not UTF-8 text, or is not valid CSV (an
unclosed quote, a semicolon-separated export).

## Why it matters
Nothing in the file can be scored; the report would silently leave out every audit in it.

## Example
```
handbook audit standards --results results.csv    # results.csv saved as Windows-1251
```

## Use instead
Save or export the file as UTF-8 CSV with commas (in Excel: *CSV UTF-8 (Comma delimited)*).

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT001"
NAME = "unreadable-input"
SEVERITY = "error"
SUMMARY = "an audit input cannot be read, is not UTF-8, or is not valid CSV"
STAGE = "audit"
