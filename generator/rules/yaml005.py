"""The file is larger than the loader accepts (8 MiB).

## What it does
Refuses to parse a standards file larger than 8 MiB.

## Why it matters
A handbook file that large is almost certainly a mistake (a pasted export, a binary); refusing it
keeps validation fast and memory bounded.

## Example
A 50 MB `journey/01-first-contact.yaml`.

## Use instead
Split the content: one journey stage per file, one situation per file.
"""

ID = "YAML005"
NAME = "file-too-large"
SEVERITY = "error"
SUMMARY = "the file is larger than 8 MiB"
STAGE = "load"
