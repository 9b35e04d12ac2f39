"""Text folding and whole-word phrase matching, the way a reader compares words (FORMAT §6).

``fold`` applies Unicode NFKC, case folding, removes accents and Hebrew points, and unifies
look-alike letters and punctuation (ş/ș, ţ/ț, ’/', ё/е). Folding never changes the number of
characters in a way that matters to callers: use :func:`fold_with_offsets` when a match must be
mapped back to the original text.
"""

from __future__ import annotations

import re
import unicodedata
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


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A regex matching the folded ``phrase`` as whole words (Unicode word boundaries, any script)."""
    folded = fold(phrase)
    body = re.escape(folded).replace(r"\ ", r"\s+")
    return re.compile(r"(?<![\w])" + body + r"(?![\w])")


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """The (start, end) of the first whole-word occurrence of ``phrase`` in ``text`` (original indices)."""
    if not fold(phrase):
        return None
    folded, offsets = fold_with_offsets(text)
    m = phrase_pattern(phrase).search(folded)
    if m is None:
        return None
    start = offsets[m.start()]
    end = offsets[m.end() - 1] + 1
    return start, end


def contains_phrase(text: str, phrase: str) -> bool:
    folded = fold(phrase)
    return bool(folded) and phrase_pattern(phrase).search(fold(text)) is not None
