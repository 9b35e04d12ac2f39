"""Text folding and whole-word phrase matching, the way a reader compares words (FORMAT §6, §7.6).

``fold`` applies Unicode NFKC, case folding, removes accents and Hebrew points, and unifies
look-alike letters and punctuation (ş/ș, ţ/ț, ’/', ё/е). Folding never changes the number of
characters in a way that matters to callers: use :func:`fold_with_offsets` when a match must be
mapped back to the original text.

This module is the one definition of what a phrase matches. A phrase is words; two of them may be
patterns (FORMAT §7.6): ``{name}`` (any label in braces) stands for exactly one word, and a word ending
in ``*`` (``успоко*``) for any word that starts with its first three or more letters. :func:`compile_phrase`
turns a phrase into a :class:`Phrase` whose regular expression is what COMM001, the transcript checks and
the fast matcher (:mod:`generator.audit.matcher`, which only adds a pre-filter) all apply;
:func:`phrase_problems` says what is wrong with a pattern, for the validator (rule PHRASE001).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that NFKC + casefold leave distinct but readers treat as the same.
_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark
        "\u2018": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "\u05f3": "'",  # Hebrew geresh
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u05f4": '"',  # Hebrew gershayim
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u05be": "-",  # Hebrew maqaf
        "\u00a0": " ",
        "\u0131": "i",  # dotless i
        "\u0451": "\u0435",  # ё -> е (also produced by accent removal; kept explicit)
    }
)
_SPACES = re.compile(r"\s+")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty, possibly several characters)."""
    return _fold_char(ch)


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    out = unicodedata.normalize("NFKC", ch).casefold().translate(_TRANSLATE)
    out = _strip_marks(out)
    return out.translate(_TRANSLATE)


def fold(text: str) -> str:
    """Normalize ``text`` for matching: NFKC, casefold, no accents or points, unified punctuation, single spaces."""
    folded = "".join(_fold_char(ch) for ch in unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", folded).strip()


_NOT_ONE = "\U0010fffe"  # a noncharacter: stands for a character that does not fold to exactly one


class _OneToOneTable(dict[int, str]):
    """``str.translate`` table: each character to its fold when that is one character, else :data:`_NOT_ONE`;
    filled on first sight, so a text costs one C-level pass once its characters are known."""

    def __missing__(self, code: int) -> str:
        if len(self) >= 1 << 16:
            self.clear()  # bounded, whatever a text holds
        folded = _fold_char(chr(code))
        value = folded if len(folded) == 1 and chr(code) != _NOT_ONE else _NOT_ONE
        self[code] = value
        return value


_ONE_TO_ONE = _OneToOneTable()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, the index of the original character it came from."""
    out: list[str] = []
    offsets: list[int] = []
    last_space = True
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        for c in f:
            if c.isspace():
                if last_space:
                    continue
                c = " "
                last_space = True
            else:
                last_space = False
            out.append(c)
            offsets.append(i)
    return "".join(out), offsets


#: one word, what ``{name}`` matches: letters or digits, possibly joined by an apostrophe or a hyphen
#: (``Eli``, ``O'Neil``, ``Anne-Marie``), in folded text
WORD = r"\w+(?:['-]\w+)*"
#: the rest of a word after the letters of ``word*``
REST = r"\w*"
MIN_PREFIX = 3  # letters before a `*`
NEVER = r"(?!)"  # the body of a phrase with no fixed word (PHRASE001): it matches nothing
_SLOT = "\ue000"  # stands for a ``{name}`` while the phrase is folded (a private-use character folding keeps)
_BRACES = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Phrase:
    """A phrase compiled for matching folded text.

    ``body`` is the regular expression without the word boundaries (COMM001 joins many into one
    alternation); ``regex`` adds them. ``literal`` says the phrase has no ``{name}`` and no ``word*``: then
    it is just its folded words, and ``anchor`` is all of them. Otherwise ``anchor`` is the longest run of
    fixed text in it (the letters before a ``*`` count), which any text the phrase matches contains:
    the fast matcher looks for anchors first and runs ``regex`` only where one occurs. A pattern with no
    fixed word (``{name}`` alone, an error PHRASE001 reports) matches nothing rather than nearly everything.
    """

    folded: str  # the folded phrase, ``{name}`` as U+E000, ``*`` kept
    body: str
    regex: re.Pattern[str]
    literal: bool
    anchor: str


def _braces_to_slots(phrase: str) -> str:
    return _BRACES.sub(_SLOT, phrase)


@lru_cache(maxsize=4096)
def compile_phrase(phrase: str) -> Phrase:
    """The phrase as a :class:`Phrase` (a phrase with problems is compiled as best it can be: the validator
    reports them, PHRASE001)."""
    folded = fold(_braces_to_slots(phrase))
    parts: list[str] = []
    fixed = [""]
    literal = True
    for ch in folded:
        if ch == _SLOT:
            parts.append(WORD)
            fixed.append("")
            literal = False
        elif ch == "*" and fixed[-1] and is_word(fixed[-1][-1]):
            parts.append(REST)
            fixed.append("")
            literal = False
        elif ch == " ":
            parts.append(r"\s+")
            fixed[-1] += ch
        else:
            parts.append(re.escape(ch))
            fixed[-1] += ch
    body = "".join(parts)
    anchor = max((f.strip() for f in fixed), key=len)
    if not literal and not any(is_word(ch) for ch in anchor):
        body, anchor = NEVER, ""  # only `{name}` words: matching nearly every text is never what was meant
    return Phrase(folded, body, re.compile(r"(?<![\w])" + body + r"(?![\w])"), literal, anchor)


def is_word(ch: str) -> bool:
    """Python's ``\\w`` for str patterns: alphanumeric in any script, or the underscore."""
    return ch.isalnum() or ch == "_"


def phrase_problems(phrase: str) -> list[str]:
    """What is wrong with ``phrase`` as a pattern (FORMAT §7.6), each as a sentence; empty when it is fine."""
    problems: list[str] = []
    for m in _BRACES.finditer(phrase):
        if not m.group(1).strip():
            problems.append("`{}` names no word: write a label inside, e.g. `{name}`")
        before = phrase[m.start() - 1] if m.start() else " "
        after = phrase[m.end()] if m.end() < len(phrase) else " "
        if is_word(before) or is_word(after):
            problems.append(f"`{m.group(0)}` must be a whole word, with a space or punctuation on both sides")
    rest = _BRACES.sub(" ", phrase)
    if "{" in rest or "}" in rest:
        problems.append("a `{` without its `}` (or the other way round): write a word pattern as `{name}`")
    for m in re.finditer(r"\*+", rest):
        after = rest[m.end()] if m.end() < len(rest) else " "
        head = re.search(r"\w*$", fold(rest[: m.start()]) if m.start() else "")
        word = head.group(0) if head else ""
        if len(m.group(0)) > 1 or is_word(after):
            problems.append("a `*` must end a word, once (`apolog*`)")
        elif not word:
            problems.append("a `*` must follow the first letters of a word (`apolog*`)")
        elif sum(ch.isalpha() for ch in word) < MIN_PREFIX:
            problems.append(f"a `*` needs at least {MIN_PREFIX} letters before it, not `{word}*`: "
                            "a shorter start matches too many words")
    compiled = compile_phrase(phrase)
    if not problems and compiled.body == NEVER:
        problems.append("the phrase has no fixed word: it would match almost any message")
    return problems


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A regex matching ``phrase`` (with its patterns) as whole words in folded text, in any script."""
    return compile_phrase(phrase).regex


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """The (start, end) of the first whole-word occurrence of ``phrase`` in ``text`` (original indices).

    When every character of ``text`` folds to exactly one character (most texts: accents are dropped from
    precomposed letters, not from separate marks), the folded text is ``text`` translated character by
    character, and the phrase's regular expression (whose spaces are ``\\s+``) finds the same match at the
    same indices in it: no offsets to map. Otherwise :func:`fold_with_offsets` maps them back.
    """
    compiled = compile_phrase(phrase)
    if not compiled.folded:
        return None
    one = text.translate(_ONE_TO_ONE)
    if _NOT_ONE not in one:
        m = compiled.regex.search(one)
        return None if m is None else (m.start(), m.end())
    folded, offsets = fold_with_offsets(text)
    m = compiled.regex.search(folded)
    if m is None:
        return None
    start = offsets[m.start()]
    end = offsets[m.end() - 1] + 1
    return start, end


def contains_phrase(text: str, phrase: str) -> bool:
    compiled = compile_phrase(phrase)
    return bool(compiled.folded) and compiled.regex.search(fold(text)) is not None


# -- the same folding in the browser ----------------------------------------------------------------

#: code points the browser tables cover: planes 0-3 and the tag characters of plane 14 (others are unassigned)
_TABLE_RANGES = ((0, 0x3FFFF), (0xE0000, 0xE0FFF))


def _ranges(points: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for cp in points:
        if out and out[-1][1] == cp - 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return out


@lru_cache(maxsize=1)
def browser_fold_tables() -> dict[str, object]:
    """What a JavaScript ``fold`` needs to give exactly :func:`fold`'s result (the site search uses it).

    JavaScript has NFKC/NFD and ``toLowerCase`` but no case folding, no combining classes and another idea of
    whitespace, so these come from here: ``translate`` (the look-alike table), ``casefold`` (characters whose
    case folding differs from their lower case), ``marks`` (code point ranges removed after NFD: combining
    marks and format characters) and ``spaces`` (code points Python counts as whitespace).
    """
    marks: list[int] = []
    spaces: list[int] = []
    casefold: dict[str, str] = {}
    for low, high in _TABLE_RANGES:
        for cp in range(low, high + 1):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            ch = chr(cp)
            if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
                marks.append(cp)
            if ch.isspace():
                spaces.append(cp)
            if ch.casefold() != ch.lower():
                casefold[ch] = ch.casefold()
    return {
        "translate": {chr(k): v for k, v in _TRANSLATE.items()},
        "casefold": casefold,
        "marks": _ranges(marks),
        "spaces": _ranges(spaces),
    }
