"""Fast whole-word phrase matching with exactly the semantics of :mod:`generator.textnorm`.

``textnorm.fold`` folds one character at a time in Python, which is right but slow for transcripts of
hundreds of megabytes. :func:`fold` here gives the same string with a handful of C-level string
operations on the whole text (NFKC, ``casefold``, the fold table, NFD and one regex that deletes
combining marks and format characters); :func:`fold_many` folds a batch of messages in one go.

:class:`PhraseMatcher` finds every phrase at once with an Aho-Corasick automaton (pyahocorasick) over the
folded text and keeps an occurrence only when it stands between Unicode word boundaries, the way the
``(?<!\\w)phrase(?!\\w)`` pattern of :func:`generator.textnorm.phrase_pattern` does; a phrase with patterns
(``{name}``, ``word*``) is found by its fixed text first, then checked with textnorm's own regular
expression. The test suite checks that both agree (hypothesis and the seed articles).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from functools import cache
from typing import Generic, TypeVar

import ahocorasick

from .. import textnorm

K = TypeVar("K", bound=Hashable)

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SEPARATOR = "\x00"  # neither a word character, nor whitespace, nor changed by folding
_nfkc = unicodedata.normalize
# The fold table of textnorm, applied the same way (before and after accents are removed).
_TRANSLATE = textnorm._TRANSLATE
_PAIRS: tuple[tuple[str, str], ...] = tuple((chr(k), str(v)) for k, v in _TRANSLATE.items())


@cache
def _marks() -> re.Pattern[str]:
    """A regex matching every BMP character ``textnorm`` drops: combining marks (class != 0) and format (Cf).

    Only the Basic Multilingual Plane, so that ``re`` compiles the class to a fast bitmap; the rare
    characters beyond it are handled one by one in :func:`_drop_astral_marks`.
    """
    codes = [c for c in range(0x10000) if _dropped(chr(c))]
    return re.compile("[" + "".join(re.escape(chr(c)) for c in codes) + "]")


def _dropped(ch: str) -> bool:
    return bool(unicodedata.combining(ch)) or unicodedata.category(ch) == "Cf"


def _drop_astral_marks(text: str) -> str:
    for ch in set(_ASTRAL.findall(text)):
        if _dropped(ch):
            text = text.replace(ch, "")
    return text


def _fold_raw(text: str, nfkc: bool = True) -> str:
    """Fold without trimming: the per-character steps of ``textnorm.fold``, done on the whole string
    (``nfkc=False``: the text is NFKC already)."""
    if text.isascii():
        out = text.lower()
        return out.replace("`", "'") if "`" in out else out
    out = _translate((unicodedata.normalize("NFKC", text) if nfkc else text).casefold())
    out = _marks().sub("", unicodedata.normalize("NFD", out))
    if _ASTRAL.search(out):
        out = _drop_astral_marks(out)
    return _translate(out)


def _translate(text: str) -> str:
    """``text.translate(fold table)``, but only for the characters present (``in`` is a fast C search)."""
    for src, dst in _PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text


def fold(text: str) -> str:
    """Exactly ``textnorm.fold(text)``, computed with whole-string operations.

    ``" ".join(s.split())`` is ``re.sub(r"\\s+", " ", s).strip()``: ``str.split`` and the regex's ``\\s`` use the
    same Unicode white space (``Py_UNICODE_ISSPACE``), and the join is twice as fast as the substitution.
    """
    return " ".join(_fold_raw(text).split())


def fold_many(texts: Sequence[str]) -> list[str]:
    """``[fold(t) for t in texts]`` in one pass over the joined batch (falls back when a text holds NUL).

    NFKC is applied text by text before joining: ``unicodedata.normalize`` returns a text that is already in
    NFKC at the cost of a quick check, but one character that is not (a no-break space) makes it compose the
    whole string it was given, ten times slower over a batch than over the few texts that need it.
    """
    if not texts:
        return []
    joined = _SEPARATOR.join([_nfkc("NFKC", t) for t in texts])
    if joined.count(_SEPARATOR) != len(texts) - 1:
        return [fold(t) for t in texts]
    # each part as " ".join(part.split()), skipped for the usual text whose only white space is single spaces
    # inside it: white space other than the space is not printable, so two C-level checks tell
    return [part.strip(" ") if "  " not in part and part.isprintable() else " ".join(part.split())
            for part in _fold_raw(joined, nfkc=False).split(_SEPARATOR)]


is_word_char = textnorm.is_word  # Python's ``\\w`` for str patterns


class PhraseMatcher(Generic[K]):
    """Every phrase at once: which keys' phrases occur as whole words in a folded text.

    Built from ``(phrase, key)`` pairs; several phrases may share a key and one phrase may carry several
    keys. :meth:`find` takes text already folded with :func:`fold` (fold once, match many).

    A plain phrase is found by the automaton and kept when word boundaries surround it. A pattern
    (``{name}``, ``word*``: :func:`generator.textnorm.compile_phrase`) puts its anchor, the longest fixed
    text it contains, in the same automaton; only a text where the anchor occurs is searched with the
    pattern's own regular expression, so patterns cost nothing on the texts that cannot match them and
    mean exactly what :mod:`generator.textnorm` says they mean.
    """

    def __init__(self, phrases: Iterable[tuple[str, K]]) -> None:
        by_folded: dict[str, list[K]] = {}
        by_pattern: dict[str, list[K]] = {}
        for phrase, key in phrases:
            compiled = textnorm.compile_phrase(phrase)
            if not compiled.folded:
                continue
            table = by_folded if compiled.literal else by_pattern
            keys = table.setdefault(compiled.folded if compiled.literal else phrase, [])
            if key not in keys:
                keys.append(key)
        self.size = len(by_folded) + len(by_pattern)
        #: the patterns: their compiled regex and keys, by index
        self.patterns: list[tuple[re.Pattern[str], tuple[K, ...]]] = []
        entries: dict[str, tuple[tuple[K, ...], list[int]]] = {folded: (tuple(keys), []) for folded, keys in
                                                                by_folded.items()}
        for phrase, keys in by_pattern.items():
            compiled = textnorm.compile_phrase(phrase)
            if not compiled.anchor:
                continue  # no fixed text at all: PHRASE001 rejects it; never matched rather than everywhere
            entries.setdefault(compiled.anchor, ((), []))[1].append(len(self.patterns))
            self.patterns.append((compiled.regex, tuple(keys)))
        self._automaton: ahocorasick.Automaton | None = None
        if entries:
            automaton = ahocorasick.Automaton()
            for folded, (literal_keys, patterns) in entries.items():
                automaton.add_word(folded, (len(folded), literal_keys, tuple(patterns)))
            automaton.make_automaton()
            self._automaton = automaton

    def find(self, folded: str) -> list[tuple[K, int, int]]:
        """``(key, start, end)`` of each whole-word occurrence in ``folded`` (folded indices), by end."""
        if self._automaton is None or not folded:
            return []
        hits: list[tuple[K, int, int]] = []
        candidates: set[int] | None = None
        last = len(folded) - 1
        for end, (length, keys, patterns) in self._automaton.iter(folded):
            if patterns:
                if candidates is None:
                    candidates = set()
                candidates.update(patterns)
                if not keys:
                    continue
            start = end - length + 1
            if start and ((ch := folded[start - 1]).isalnum() or ch == "_"):
                continue  # inside a longer word (inlined textnorm.is_word: this loop runs for every hit)
            if end < last and ((ch := folded[end + 1]).isalnum() or ch == "_"):
                continue
            for key in keys:
                hits.append((key, start, end + 1))
        if candidates:
            for index in sorted(candidates):
                regex, keys = self.patterns[index]
                for m in regex.finditer(folded):
                    for key in keys:
                        hits.append((key, m.start(), m.end()))
            hits.sort(key=lambda hit: hit[2])  # stable: the automaton's order among equal ends
        return hits

    def keys_in(self, folded: str) -> set[K]:
        """The keys with at least one whole-word occurrence in ``folded``."""
        return {key for key, _, _ in self.find(folded)}
