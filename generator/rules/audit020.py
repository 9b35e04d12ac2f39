"""An id in an audit or training input holds a character that makes it look like another id.

## What it does
Checks the ids of the inputs: a result's `audit_id`, `employee`, `location`, `auditor` and `visit`, a survey
answer's `location` and `employee`, a transcript message's `employee`, and the `employee` and `location` of
`handbook training`'s roster and acknowledgements. An id must not hold:

- an invisible or format character: zero-width space, joiner or non-joiner, a bidi mark, override or isolate
  (U+202A-U+202E, U+2066-U+2069), a byte-order mark, a soft hyphen, a tag character, a Hangul filler;
- a control character (a tab, an escape), a line or paragraph separator;
- a space other than the plain one (no-break, thin, ideographic);
- a private-use or unassigned character;
- a compatibility form (fullwidth `ｅ`, a ligature, a superscript) or a dash that looks like `-` (`‑`, `–`, `−`);
- a word written in two scripts: Latin `emp` with a Cyrillic `е`. Letters of one script per word; digits and
  punctuation belong to none, so `иван-ivan` is fine, `еmp-1` is not.

Anything else is kept, in Unicode NFC: a decomposed `ë` and a precomposed one are the same id. The message shows
invisible characters as escapes (`emp-1\\u200b`) and names each character with its code point and Unicode name.

## Why it matters
Ids are keys: `emp-1`, `emp-1` followed by a zero-width space and `emp-1` with a Cyrillic `е` look the same on
screen and in a spreadsheet, but would be three employees with three scores. Scores decide bonuses: one person
must not be split in two, or two merged, by a character nobody can see.

## Example
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-1​,sales-associate,riga,greeting#greet,yes,
a2,2026-11-03,еmp-1,sales-associate,riga,greeting#greet,no,
```
(`emp-1` followed by a zero-width space on line 2, a Cyrillic `е` on line 3)

## Use instead
```csv
audit_id,date,employee,role,location,item,result,comment
a1,2026-11-02,emp-1,sales-associate,riga,greeting#greet,yes,
a2,2026-11-03,emp-1,sales-associate,riga,greeting#greet,no,
```

An input problem is always an error: `handbook audit` (or `handbook training`) exits 1 and writes no report.
`lint:` does not change it (it sets the standards' rules).
"""

ID = "AUDIT020"
NAME = "look-alike-id"
SEVERITY = "error"
SUMMARY = "an id holds an invisible, format or control character, an odd space, or mixes scripts in a word"
STAGE = "audit"
