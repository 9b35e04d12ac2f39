"""An anchor, alias or non-core tag is used.

## What it does
Reports `&anchor`, `*alias` and every tag beyond the YAML core ones (`!!python/object`, `!custom`).

## Why it matters
Aliases make one edit change many standards invisibly in a pull request, enable "billion laughs"
expansion, and custom tags can execute code in careless loaders. Standards must read as written.

## Example
```yaml
title: &t {en: Purchase}
steps: [{id: pay, title: *t}]
```

## Use instead
```yaml
title: {en: Purchase}
steps: [{id: pay, title: {en: Purchase}}]
```
"""

ID = "YAML003"
NAME = "anchor-alias-or-tag"
SEVERITY = "error"
SUMMARY = "anchor, alias or non-core tag used"
STAGE = "load"
