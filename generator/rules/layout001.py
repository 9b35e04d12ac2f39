"""A YAML file that the layout does not know.

## What it does
Reports every `.yaml`/`.yml` file whose place in the folder does not say what it holds
(FORMAT §1): for example `journey/01-first.yml` (journey files end in `.yaml`), `role.yaml`
(the file is `roles.yaml`) or `journey/old/01.yaml` (no sub-folders). Also reported: a file
name that is not UTF-8 (shown with its bytes as `\\xNN`), and every symbolic link: to a folder
(`journey -> ../shared/journey`), to a file inside or outside the folder, or to nothing. Links are never
followed, in a working tree as in a git revision read by `handbook diff` or `build --since`, so what they
point to is not read.

## Why it matters
A typo in a file name would otherwise silently drop its standards from the handbook.

## Example
`standards/role.yaml`

## Use instead
`standards/roles.yaml`
"""

ID = "LAYOUT001"
NAME = "unknown-file"
SEVERITY = "error"
SUMMARY = "a file that the layout does not know"
STAGE = "load"
