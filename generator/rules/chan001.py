"""A channel's required phrases lack one of the handbook's languages.

## What it does
Checks that each `required` element of a channel lists phrases in every handbook language.

## Why it matters
Transcripts in a language without phrases can never meet the requirement: every Russian chat
would be reported as missing its greeting.

## Example
```yaml
required:
  - {id: greeting, where: first, phrases: {en: [hello]}}
```

## Use instead
```yaml
  - {id: greeting, where: first, phrases: {en: [hello], ru: [здравствуйте], he: [שלום]}}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ._base import RuleContext

ID = "CHAN001"
NAME = "required-phrases-language"
SEVERITY = "warning"
SUMMARY = "a channel's required phrases lack a language"


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.manifest:
        return  # the handbook's languages are unknown
    hb = ctx.handbook
    for channel in hb.channels:
        for element in channel.required:
            missing = [lang for lang in hb.languages if not element.phrases.get(lang)]
            if missing:
                yield ctx.problem(
                    element.source,
                    "phrases",
                    message=(
                        f"required element `{element.id}` of channel `{channel.id}` has no phrases in "
                        f"{', '.join(missing)}"
                    ),
                    hint="add " + ", ".join(f"`{m}: [...]`" for m in missing) + " so transcripts in it can comply",
                )
