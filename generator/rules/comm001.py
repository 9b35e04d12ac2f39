"""A forbidden phrase appears in a `say` text or script.

## What it does
Looks for every forbidden phrase (the `phrase` of phrases.yaml entries and the `phrases` of
`avoid` standards) in every `say` standard's text and script, language by language, as whole
words, ignoring case, accents and punctuation variants (the same matching as transcripts).

## Why it matters
A script that tells staff to say what the handbook forbids teaches the wrong habit and fails
every audit of that step.

## Example
```yaml
- id: ask-to-wait
  kind: say
  script: {ru: "Ждите, я проверю наличие"}     # "ждите" is forbidden
```

## Use instead
```yaml
  script: {ru: "Пожалуйста, подождите минуту, я проверю наличие"}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ..textnorm import contains_phrase
from ._base import RuleContext

ID = "COMM001"
NAME = "forbidden-phrase-in-script"
SEVERITY = "error"
SUMMARY = "a forbidden phrase (phrases.yaml or an avoid item) appears in a say text or script"


def check(ctx: RuleContext) -> Iterator[Problem]:
    hb = ctx.handbook
    lang0 = hb.default_language
    # (language, phrase, where it is defined, what to say instead)
    phrases: list[tuple[str, str, str, str]] = []
    for f in hb.forbidden:
        for lang, text in f.phrase.values.items():
            instead = f.instead.get(lang, lang0) if f.instead else ""
            phrases.append((lang, text, f"phrases.yaml `{f.id}`", instead))
    for item in hb.all_standards():
        if item.kind == "avoid":
            for lang, values in item.phrases.items():
                for text in values:
                    phrases.append((lang, text, f"avoid item `{item.global_id}`", ""))
    for item in hb.all_standards():
        if item.kind != "say":
            continue
        for field, value in (("text", item.text), ("script", item.script)):
            if value is None:
                continue
            for lang, text in value.values.items():
                for plang, phrase, origin, instead in phrases:
                    if plang == lang and contains_phrase(text, phrase):
                        hint = f"say instead: «{instead}»" if instead else "rephrase the script without it"
                        yield ctx.problem(
                            item.source,
                            field,
                            lang,
                            message=(
                                f"the {field} of `{item.global_id}` ({lang}) contains the forbidden phrase "
                                f"«{phrase}» ({origin})"
                            ),
                            hint=hint,
                        )
