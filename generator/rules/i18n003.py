"""A text is written in a language the handbook does not list.

## What it does
Reports a language key (`fr:` in a handbook of `[en, ru, he]`) that handbook.yaml's
`languages` does not name; usually a typo (`eng`, `rus`) or a forgotten language.

## Why it matters
The text is never shown: each site and checklist is built per listed language.

## Example
```yaml
title: {en: Purchase, rus: Покупка}
```

## Use instead
```yaml
title: {en: Purchase, ru: Покупка}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem, did_you_mean
from ._base import RuleContext, iter_texts

ID = "I18N003"
NAME = "unknown-language"
SEVERITY = "warning"
SUMMARY = "a text uses a language that handbook.yaml does not list"


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.manifest:
        return  # the handbook's languages are unknown
    languages = set(ctx.handbook.languages)
    for label, text, src in iter_texts(ctx.handbook):
        for lang in text.values:
            if lang not in languages:
                guess = did_you_mean(lang, sorted(languages))
                yield ctx.problem(
                    src,
                    lang,
                    key=True,
                    message=f"{label} has a `{lang}` text, but `{lang}` is not one of the handbook's languages",
                    hint=f"did you mean `{guess}`?" if guess
                    else f"add `{lang}` to `languages:` in handbook.yaml, or remove the text",
                )
