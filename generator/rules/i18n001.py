"""A text lacks one of the handbook's languages.

## What it does
Checks that every text (titles, names, standards, scripts, definitions...) exists in each of
the languages listed in handbook.yaml. A plain string counts as the default (first) language.

## Why it matters
Staff read the handbook in their own language; a missing translation shows the default
language in the middle of a Hebrew or Russian page.

## Example
```yaml
languages: [en, ru]
...
title: {en: Handing over the order}
```

## Use instead
```yaml
title: {en: Handing over the order, ru: Выдача заказа}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ._base import RuleContext, iter_texts

ID = "I18N001"
NAME = "missing-translation"
SEVERITY = "error"
SUMMARY = "a text lacks one of the handbook's languages"


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.manifest:
        return  # the handbook's languages are unknown
    languages = ctx.handbook.languages
    for label, text, src in iter_texts(ctx.handbook):
        if not text.values:
            continue
        missing = [lang for lang in languages if not text.values.get(lang, "").strip()]
        if missing:
            yield ctx.problem(
                src,
                message=f"{label} has no {', '.join(missing)} text",
                hint=f"add {', '.join(f'`{m}: ...`' for m in missing)} "
                f"(the handbook's languages: {', '.join(languages)})",
            )
