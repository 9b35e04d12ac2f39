"""A phrase uses a word pattern wrongly: an empty `{}`, a `*` after fewer than three letters, a `*`
inside a word, an unpaired brace, or no fixed word at all.

## What it does
Checks every phrase list: the `phrase` of phrases.yaml entries, the `phrases` of `avoid` standards and
the `phrases` of channels' `required` elements. In a phrase, a word written `{name}` (any label in
braces) matches exactly one word, and a word ending in `*` matches any word that starts with the
letters before the `*` (FORMAT §7.6). This rule reports a pattern that cannot mean what was intended:
- `{}` with no label, or a `{name}` glued to letters (`{name}s`);
- a `{` without its `}`;
- a `*` after fewer than three letters (`ca*`), inside a word (`ca*m`), twice (`calm**`) or after no
  letters at all (`{name}*`);
- a phrase made only of `{name}` words, which would match almost any message.

## Why it matters
A transcript check that flags every message, or none, is worse than no check: staff stop trusting it.
`ca*` would forbid "call", "can" and "case"; `{name}` alone would count every one-word reply as an
introduction.

## Example
```yaml
required:
  - id: introduction
    where: first
    phrases: {en: ["my name is", "I'm {} from Voltaro"], ru: ["меня зовут", "ус*"]}
```

## Use instead
```yaml
    phrases: {en: ["my name is", "I'm {name} from Voltaro"], ru: ["меня зовут", "это {name} из Voltaro"]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Problem
from ..model import Source
from ..textnorm import phrase_problems
from ._base import RuleContext

ID = "PHRASE001"
NAME = "phrase-pattern"
SEVERITY = "error"
SUMMARY = "a phrase pattern that cannot work: empty {}, a * after fewer than 3 letters or inside a word"


def _phrases(ctx: RuleContext) -> Iterator[tuple[str, str, Source, tuple[str | int, ...]]]:
    """Every phrase with what it belongs to, its source and the path below the source."""
    hb = ctx.handbook
    for f in hb.forbidden:
        for lang, text in f.phrase.values.items():
            yield f"forbidden phrase `{f.id}`", text, f.source, ("phrase", lang)
    for item in hb.all_standards():
        if item.kind == "avoid":
            for lang, texts in item.phrases.items():
                for j, text in enumerate(texts):
                    yield f"avoid item `{item.global_id}`", text, item.source, ("phrases", lang, j)
    for channel in hb.channels:
        for element in channel.required:
            for lang, texts in element.phrases.items():
                for j, text in enumerate(texts):
                    yield (f"required element `{element.id}` of channel `{channel.id}`", text, element.source,
                           ("phrases", lang, j))


def check(ctx: RuleContext) -> Iterator[Problem]:
    for owner, phrase, source, sub in _phrases(ctx):
        for problem in phrase_problems(phrase):
            yield ctx.problem(source, *sub, message=f"{owner}: the phrase «{phrase}»: {problem}",
                              hint="`{name}` stands for one word; `word*` for any word starting with 3 or more "
                                   "given letters (FORMAT §7.6)")
