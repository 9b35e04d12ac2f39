"""Escaping text from the YAML for Markdown pages and GitHub comments.

Standards are edited by many people through pull requests, so nothing they write may become HTML,
a link, an @-mention or an issue reference: ``< > &`` become entities, Markdown punctuation is
backslash-escaped, and ``@ # | ~ ^ =`` and ``://`` are written as character references.
"""

from __future__ import annotations

import re

from ...diff.words import diff_words, normalise, render

_SPECIAL = re.compile(r"([\\`*_{}\[\]()!+\-.])")  # the characters Python-Markdown and CommonMark both escape
_ENTITIES = {"#": "&#35;", "@": "&#64;", "|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;"}


def md(text: str) -> str:
    """One line of plain text, safe inside Markdown (paragraphs, lists, table cells, ``<summary>``)."""
    value = normalise(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _SPECIAL.sub(r"\\\1", value)
    value = "".join(_ENTITIES.get(ch, ch) for ch in value).replace("://", "&#58;//")
    return value.replace("www\\.", "www&#46;")


def md_word_diff(old: str, new: str) -> str:
    """A word-level diff in Markdown: ``~~removed words~~ **added words**``."""
    return render(diff_words(old, new), lambda s: f"~~{md(s)}~~", lambda s: f"**{md(s)}**", md_keep_spaces)


def md_keep_spaces(text: str) -> str:
    """:func:`md` for an unchanged run, keeping its leading and trailing space."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + md(text) + trail if text.strip() else " "
