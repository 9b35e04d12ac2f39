"""Word-level diff of two texts (difflib over word, space and punctuation tokens).

Whitespace is normalised first (a re-wrapped paragraph is not a change), so the result is what a
reader sees. :func:`diff_words` returns ``(op, text)`` runs; the renderers mark them up.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Literal

Op = Literal["equal", "delete", "insert"]
Run = tuple[Op, str]

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_words(old: str, new: str) -> list[Run]:
    """The runs that turn ``old`` into ``new``; deletions come before insertions at a replacement."""
    a, b = tokens(normalise(old)), tokens(normalise(new))
    runs: list[Run] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(runs, "equal", "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _push(runs, "delete", "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _push(runs, "insert", "".join(b[j1:j2]))
    return _absorb_spaces(runs)


def _push(runs: list[Run], op: Op, text: str) -> None:
    if not text:
        return
    if runs and runs[-1][0] == op:
        runs[-1] = (op, runs[-1][1] + text)
    else:
        runs.append((op, text))


def _absorb_spaces(runs: list[Run]) -> list[Run]:
    """Merge a lone space between two changes into them, so ``by name`` reads as one change."""
    merged: list[Run] = []
    for i, (op, text) in enumerate(runs):
        lone = op == "equal" and not text.strip() and 0 < i < len(runs) - 1
        if lone and runs[i - 1][0] != "equal" and runs[i + 1][0] != "equal":
            # belongs to both sides of the change: add it to the deleted and the inserted text
            _append_to_changes(merged, text)
            continue
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return _regroup(merged)


def _append_to_changes(merged: list[Run], space: str) -> None:
    merged.append(("delete", space))
    merged.append(("insert", space))


def _regroup(runs: list[Run]) -> list[Run]:
    """Within each stretch of changes, put all deletions first, then all insertions."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        if runs[i][0] == "equal":
            out.append(runs[i])
            i += 1
            continue
        deleted: list[str] = []
        inserted: list[str] = []
        while i < len(runs) and runs[i][0] != "equal":
            (deleted if runs[i][0] == "delete" else inserted).append(runs[i][1])
            i += 1
        if "".join(deleted).strip():
            out.append(("delete", "".join(deleted)))
        if "".join(inserted).strip():
            out.append(("insert", "".join(inserted)))
        if not "".join(deleted).strip() and not "".join(inserted).strip():
            out.append(("equal", " "))
    return out


def render(runs: list[Run], deleted: Callable[[str], str], inserted: Callable[[str], str],
           equal: Callable[[str], str] = lambda s: s) -> str:
    """Mark up runs; whitespace at the ends of a change stays outside the markers."""
    parts: list[str] = []
    for i, (op, text) in enumerate(runs):
        if op == "equal":
            parts.append(equal(text))
            continue
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()):]
        core = text.strip()
        mark = deleted if op == "delete" else inserted
        parts.append(lead + mark(core) + trail)
        follows = i + 1 < len(runs) and runs[i + 1][0] == "insert"
        if op == "delete" and follows and not trail and not runs[i + 1][1][:1].isspace():
            parts.append(" ")
    return "".join(parts)


def as_text(old: str, new: str) -> str:
    """``Greet the customer [-by name-]{+by their first name+}`` (the ``git diff --word-diff`` style)."""
    return render(diff_words(old, new), lambda s: f"[-{s}-]", lambda s: f"{{+{s}+}}")
