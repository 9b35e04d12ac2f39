"""Placeholders in a text differ between languages.

## What it does
Compares the `{placeholders}` of each language of a script or text with the default language.

## Why it matters
`Good afternoon, {customer_name}!` translated as `Добрый день, {name}!` leaves a raw
placeholder in the Russian script and breaks any tool that fills it in.

## Example
```yaml
script: {en: "Your order {order_number} is ready", ru: "Ваш заказ {order} готов"}
```

## Use instead
```yaml
script: {en: "Your order {order_number} is ready", ru: "Ваш заказ {order_number} готов"}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Problem
from ._base import RuleContext, iter_texts

ID = "I18N002"
NAME = "placeholder-mismatch"
SEVERITY = "error"
SUMMARY = "{placeholders} in a text differ between languages"

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.manifest:
        return  # the handbook's languages are unknown
    base_lang = ctx.handbook.default_language
    for label, text, src in iter_texts(ctx.handbook):
        if base_lang not in text.values or len(text.values) < 2:
            continue
        if src.file == "phrases.yaml" and src.path[-1:] == ("phrase",):
            continue  # a forbidden phrase's `{name}` is a word pattern (FORMAT §7.6), named freely per language
        expected = set(_PLACEHOLDER.findall(text.values[base_lang]))
        for lang, value in text.values.items():
            found = set(_PLACEHOLDER.findall(value))
            if lang != base_lang and found != expected:
                parts = []
                if expected - found:
                    parts.append("lacks " + ", ".join(f"{{{p}}}" for p in sorted(expected - found)))
                if found - expected:
                    parts.append("has unknown " + ", ".join(f"{{{p}}}" for p in sorted(found - expected)))
                yield ctx.problem(
                    src,
                    lang,
                    message=f"{label} ({lang}) {' and '.join(parts)} compared with {base_lang}",
                    hint=f"use exactly the placeholders of the {base_lang} text: "
                    + (", ".join(f"{{{p}}}" for p in sorted(expected)) or "none"),
                )
