"""Ids read from the audit and training inputs: one spelling per person, place and audit (rule AUDIT020).

An employee, location, auditor, visit or audit id is a key: two spellings that look the same must not become
two people. :func:`problem` says what is wrong with an id that could look like another one: an invisible or
format character (zero-width space, bidi override or isolate, byte-order mark, soft hyphen: Unicode category
Cf, and the few invisible letters and fillers), a control character, a space other than the plain one (no-break,
thin, ideographic), a line or paragraph separator, a private-use, surrogate or unassigned code point, a
compatibility form (fullwidth ``ｅ``, ligatures, superscripts: NFKC changes it), a dash that looks like ``-``,
or one word written in two scripts (Latin ``emp`` with a Cyrillic ``е``). Everything else is kept, NFC
normalised by :func:`normal` (a decomposed ``ë`` and a precomposed one are the same id).

Scripts come from the Unicode character names (``LATIN SMALL LETTER E``, ``CYRILLIC SMALL LETTER IE``): a word
is a run of letters, marks and digits; its letters must share a script. Digits, marks and punctuation belong to
no script; Han, Hiragana and Katakana count as one (Japanese mixes them in a word).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

RULE = "AUDIT020"
#: the id columns of each CSV input
RESULT_IDS = ("audit_id", "employee", "location", "auditor", "visit")
SURVEY_IDS = ("location", "employee")
#: invisible characters that are not category Cf (Default_Ignorable_Code_Point letters and marks, blanks)
_INVISIBLE = frozenset(
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x2800, 0x3164, 0xFFA0,
     *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]
)
#: dashes that look like ``-`` (the Hebrew maqaf does not: it sits at the top of the line)
_DASHES = frozenset(
    ch for ch in map(chr, range(0x3000)) if unicodedata.category(ch) == "Pd" and ch not in "-\u05be"
) | {"\u2212", "\ufe63", "\uff0d"}
_JAPANESE = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "IDEOGRAPHIC": "CJK"}
MAX_LISTED = 3  # characters named in one message


def normal(value: str) -> str:
    """``value`` in Unicode NFC (its canonical spelling)."""
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def suspicious(value: str) -> bool:
    """A quick test: False for an id that certainly has no problem (printable ASCII)."""
    return not (value.isascii() and value.isprintable())


def _name(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def shown(value: str) -> str:
    """``value`` with every character that is invisible or hard to see written as an escape, as the text output
    writes them (``\\x1b``, ``\\u200b``)."""
    out = []
    for ch in value:
        if _kind(ch) in _WHAT:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def _kind(ch: str) -> str:
    """What makes one character unfit for an id ('' when nothing does)."""
    if ch == " ":
        return ""
    category = unicodedata.category(ch)
    if category == "Cf" or ord(ch) in _INVISIBLE:
        return "invisible"
    if category == "Cc":
        return "control"
    if category == "Zs":
        return "space"
    if category in ("Zl", "Zp"):
        return "separator"
    if category in ("Co", "Cs", "Cn"):
        return "private"
    if ch in _DASHES:
        return "dash"
    if unicodedata.normalize("NFKC", ch) != unicodedata.normalize("NFC", ch):
        return "compatibility"
    return ""


_WHAT = {
    "invisible": "an invisible character",
    "control": "a control character",
    "space": "a space that is not a plain space",
    "separator": "a line or paragraph separator",
    "private": "a private-use or unassigned character",
}


@lru_cache(maxsize=4096)
def script(ch: str) -> str:
    """The script of a letter (``LATIN``, ``CYRILLIC``, ``CJK`` ...); '' for what belongs to none."""
    if not unicodedata.category(ch).startswith("L") or unicodedata.category(ch) == "Lm":
        return ""
    first = unicodedata.name(ch, "").split(" ", 1)[0]
    if first in ("CJK", *_JAPANESE):
        return "CJK"
    return first


def _words(value: str) -> list[str]:
    """Runs of letters, marks and digits."""
    words: list[str] = []
    current: list[str] = []
    for ch in value:
        if unicodedata.category(ch)[0] in "LMN":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _mixed(word: str) -> str:
    """A sentence about ``word`` when its letters are of more than one script; '' when they are not."""
    letters: dict[str, list[str]] = {}
    for ch in word:
        if s := script(ch):
            letters.setdefault(s, []).append(ch)
    if len(letters) < 2:
        return ""
    ranked = sorted(letters, key=lambda s: (-len(letters[s]), word.index(letters[s][0])))
    odd = letters[ranked[-1]][0]
    names = " and ".join(s.capitalize() for s in ranked)
    return f"the word `{word}` mixes {names} letters: `{odd}` is {_name(odd)}"


def where(value: str) -> int:
    """The index in ``value`` of the character :func:`problem` names first (0 when it names none)."""
    for index, ch in enumerate(value):
        if _kind(ch):
            return index
    start = 0
    for word in _words(value):
        start = value.index(word, start)
        letters: dict[str, int] = {}
        for offset, ch in enumerate(word):
            if (s := script(ch)) and s not in letters:
                letters[s] = offset
        if len(letters) > 1:
            counts = {s: sum(script(ch) == s for ch in word) for s in letters}
            odd = sorted(letters, key=lambda s: (-counts[s], letters[s]))[-1]
            return start + letters[odd]
        start += len(word)
    return 0


def problem(column: str, value: str) -> tuple[str, str] | None:
    """``(message, hint)`` when ``value``, the ``column`` of a row, is not fit to be an id; None when it is."""
    if not suspicious(value):
        return None
    listed: list[str] = []
    kinds: list[str] = []
    count = 0
    for index, ch in enumerate(value, start=1):
        kind = _kind(ch)
        if not kind:
            continue
        count += 1
        if kind not in kinds:
            kinds.append(kind)
        if len(listed) < MAX_LISTED:
            if kind in _WHAT:
                listed.append(f"{_name(ch)} ({_WHAT[kind]}) at character {index}")
            elif kind == "dash":
                listed.append(f"`{ch}` ({_name(ch)}) at character {index}, which looks like `-`")
            else:
                plain = unicodedata.normalize("NFKC", ch)
                listed.append(f"`{ch}` ({_name(ch)}) at character {index}, a compatibility form of `{plain}`")
    if listed:
        more = f" and {count - len(listed)} more" if count > len(listed) else ""
        hint = ("retype the id with plain characters: two ids that look the same must be the same id"
                if kinds != ["space"] else "write a plain space, or `-`, as the other rows do")
        return f"{column} `{shown(value)}` holds {'; '.join(listed)}{more}", hint
    for word in _words(normal(value)):
        if mixed := _mixed(word):
            return (f"{column} `{value}`: {mixed}",
                    "retype the id in one alphabet: letters of two scripts can look the same (Latin `e`, "
                    "Cyrillic `е`)")
    return None
