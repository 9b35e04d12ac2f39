"""The folder has no `handbook.yaml`.

## What it does
Reports a standards folder without its manifest.

## Why it matters
The manifest names the handbook's languages and organization; without it nothing can be built,
and the folder given is probably the wrong one.

## Example
`handbook validate docs/`

## Use instead
`handbook validate standards/`, or add `handbook.yaml` to the folder.
"""

ID = "LAYOUT002"
NAME = "missing-manifest"
SEVERITY = "error"
SUMMARY = "the standards folder has no handbook.yaml"
STAGE = "load"
