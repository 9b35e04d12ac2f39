"""The file is not UTF-8 text.

## What it does
Reports the first byte that cannot be decoded as UTF-8, with its line and column. A UTF-8 byte
order mark is allowed.

## Why it matters
Russian, Hebrew or Romanian text saved in a legacy code page shows as mojibake on the site.

## Example
A file saved as Windows-1251.

## Use instead
Save the file as UTF-8.
"""

ID = "YAML004"
NAME = "not-utf8"
SEVERITY = "error"
SUMMARY = "the file is not UTF-8 text"
STAGE = "load"
