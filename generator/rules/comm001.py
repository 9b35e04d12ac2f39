"""A forbidden phrase appears in a `say` text or script.

## What it does
Looks for every forbidden phrase (the `phrase` of phrases.yaml entries and the `phrases` of
`avoid` standards) in every `say` standard's text and script, language by language, as whole
words, ignoring case, accents and punctuation variants, with the word patterns `{name}` and
`word*` (the same matching as transcripts).

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

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..diagnostics import Problem
from ..model import Handbook
from ..textnorm import compile_phrase, fold
from ._base import RuleContext

ID = "COMM001"
NAME = "forbidden-phrase-in-script"
SEVERITY = "error"
SUMMARY = "a forbidden phrase (phrases.yaml or an avoid item) appears in a say text or script"


@dataclass
class _Phrases:
    """The forbidden phrases of one language: the first definition of each phrase, and one combined regex.

    The combined regex (every phrase as whole words, as one alternation of the bodies that
    :func:`generator.textnorm.compile_phrase` gives, patterns included) tells in one pass whether a text
    contains any phrase at all; only texts that do are checked phrase by phrase. This keeps the rule linear in
    the number of texts instead of texts x phrases.
    """

    first: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # folded -> (phrase, origin, instead)
    combined: re.Pattern[str] | None = None

    def add(self, phrase: str, origin: str, instead: str) -> None:
        folded = compile_phrase(phrase).folded
        if folded:
            self.first.setdefault(folded, (phrase, origin, instead))

    def compile(self) -> None:
        bodies = sorted((compile_phrase(p).body for p, _, _ in self.first.values()), key=len, reverse=True)
        self.combined = re.compile(r"(?<![\w])(?:" + "|".join(bodies) + r")(?![\w])") if bodies else None

    def found_in(self, text: str) -> Iterator[tuple[str, str, str]]:
        if self.combined is None:
            return
        folded = fold(text)
        if self.combined.search(folded) is None:
            return
        for phrase, origin, instead in self.first.values():
            if compile_phrase(phrase).regex.search(folded) is not None:
                yield phrase, origin, instead


def _phrases_by_language(hb: Handbook) -> dict[str, _Phrases]:
    lang0 = hb.default_language
    by_lang: dict[str, _Phrases] = {}
    for f in hb.forbidden:
        for lang, text in f.phrase.values.items():
            instead = f.instead.get(lang, lang0) if f.instead else ""
            by_lang.setdefault(lang, _Phrases()).add(text, f"phrases.yaml `{f.id}`", instead)
    for item in hb.all_standards():
        if item.kind == "avoid":
            for lang, values in item.phrases.items():
                for text in values:
                    by_lang.setdefault(lang, _Phrases()).add(text, f"avoid item `{item.global_id}`", "")
    for phrases in by_lang.values():
        phrases.compile()
    return by_lang


def check(ctx: RuleContext) -> Iterator[Problem]:
    hb = ctx.handbook
    by_lang = _phrases_by_language(hb)
    if not by_lang:
        return
    for item in hb.all_standards():
        if item.kind != "say":
            continue
        for field_name, value in (("text", item.text), ("script", item.script)):
            if value is None:
                continue
            for lang, text in value.values.items():
                phrases = by_lang.get(lang)
                if phrases is None:
                    continue
                for phrase, origin, instead in phrases.found_in(text):
                    hint = f"say instead: «{instead}»" if instead else "rephrase the script without it"
                    yield ctx.problem(
                        item.source,
                        field_name,
                        lang,
                        message=(
                            f"the {field_name} of `{item.global_id}` ({lang}) contains the forbidden phrase "
                            f"«{phrase}» ({origin})"
                        ),
                        hint=hint,
                    )
