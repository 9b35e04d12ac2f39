"""Reporters by name: diagnostics in, text out. The CLI's --format choices come from ``REPORTERS``."""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO
from urllib.parse import quote

from . import __version__
from .diagnostics import Diagnostic, Diagnostics, Severity
from .rules import RULES

Reporter = Callable[[Diagnostics, bool], str]

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def use_colour(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


#: control characters (C0 but tab, DEL, C1) and line separators: a value quoted from a file could otherwise
#: move the cursor, recolour or clear the terminal, or start a line that CI reads as a command (`::error`)
_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x09), *range(0x0A, 0x20), *range(0x7F, 0xA0))} | {
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


class _Visible(dict[int, str]):
    """``str.translate`` table: the escapes of :data:`_CONTROL`, and of every invisible format character
    (Unicode category Cf: zero-width spaces and joiners, bidi marks, overrides and isolates, the byte-order
    mark, tag characters), which would make two different values look the same or reorder what follows;
    filled on first sight of a character. ``keep``: characters left as they are."""

    def __init__(self, keep: str = "") -> None:
        super().__init__()
        self.keep = keep

    def __missing__(self, code: int) -> str:
        if len(self) >= 1 << 16:
            self.clear()  # bounded, whatever a text holds
        ch = chr(code)
        value = _CONTROL.get(code, ch)
        if ch in self.keep:
            value = ch
        elif value == ch and unicodedata.category(ch) == "Cf":
            value = f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
        self[code] = value
        return value


_ALL = _Visible()
_BUT_NEWLINE = _Visible(keep="\n")


def visible(value: str, newlines: bool = False) -> str:
    """``value`` with every control and invisible format character shown as an escape (``\\x1b``,
    ``\\u200b``); on one line (``\\x0a``) unless ``newlines`` (for a format that escapes line breaks itself)."""
    return value.translate(_BUT_NEWLINE if newlines else _ALL)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def summary(diags: Diagnostics) -> str:
    errors, warnings, infos = diags.errors, diags.warnings, diags.infos
    if not (errors or warnings or infos):
        return "All checks passed."
    parts = [_plural(errors, "error"), _plural(warnings, "warning")]
    if infos:
        parts.append(_plural(infos, "note"))
    at_least = "at least " if any(d.more < 0 for d in diags.sorted()) else ""  # a check stopped counting
    return f"Found {at_least}" + ", ".join(parts) + "."


def text(diags: Diagnostics, colour: bool = False) -> str:
    """ruff-like: ``path:line:col: severity[RULE] message`` then ``help:``, then a summary."""
    lines = []
    for d in diags.sorted():
        sev = _paint(d.severity.value, "1;" + _COLOURS[d.severity], colour)
        where = _paint(visible(str(d.position)), "1", colour)
        lines.append(f"{where}: {sev}[{d.rule}] {visible(d.message)}")
        if d.hint:
            lines.append(f"  {_paint('help', '32', colour)}: {visible(d.hint)}")
    lines.append(summary(diags))
    return "\n".join(lines) + "\n"


def as_json(diags: Diagnostics, colour: bool = False) -> str:
    """FORMAT §5: ``{"diagnostics": [...], "errors": N, "warnings": N}`` (plus ``infos``)."""
    payload = {
        "diagnostics": [d.to_json() for d in diags.sorted()],
        "errors": diags.errors,
        "warnings": diags.warnings,
        "infos": diags.infos,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _gh_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(diags: Diagnostics, colour: bool = False) -> str:
    """GitHub Actions workflow commands: annotations on the changed lines of a pull request."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for d in diags.sorted():
        path = _gh_escape(visible(d.path), True)
        props = f"file={path},line={d.line},col={d.column},title={_gh_escape(d.rule, True)}"
        message = visible(d.message, True) + (f"\nhelp: {visible(d.hint, True)}" if d.hint else "")
        lines.append(f"::{level[d.severity]} {props}::{_gh_escape(message)}")
    lines.append(summary(diags))
    return "\n".join(lines) + "\n"


def sarif(diags: Diagnostics, colour: bool = False) -> str:
    """SARIF 2.1.0, for GitHub code scanning (``github/codeql-action/upload-sarif``)."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    rule_ids = sorted(RULES)
    index = {r: i for i, r in enumerate(rule_ids)}
    rules = []
    for rid in rule_ids:
        module = RULES[rid]
        doc = (module.__doc__ or "").strip()
        rules.append(
            {
                "id": rid,
                "name": module.NAME,
                "shortDescription": {"text": module.SUMMARY},
                "fullDescription": {"text": doc.split("\n", 1)[0]},
                "help": {"text": doc, "markdown": doc},
                "defaultConfiguration": {"level": level[Severity(module.SEVERITY)]},
            }
        )
    results = []
    for d in diags.sorted():
        results.append(
            {
                "ruleId": d.rule,
                "ruleIndex": index[d.rule],
                "level": level[d.severity],
                "message": {"text": d.message + (f" Help: {d.hint}" if d.hint else "")},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": _artifact(d.path),
                            "region": {"startLine": d.line, "startColumn": d.column},
                        }
                    }
                ],
            }
        )
    sarif_doc: dict[str, object] = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "handbook",
                        "version": __version__,
                        "informationUri": "https://github.com/voltaro/service-handbook",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(sarif_doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _artifact(path: str) -> dict[str, str]:
    """A SARIF artifactLocation: relative to the repository root (the working directory) when possible.

    GitHub code scanning matches results to files by this relative URI; a path outside the working
    directory becomes an absolute ``file://`` URI.
    """
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        if rel.startswith(".."):
            return {"uri": Path(path).as_uri()}
        path = rel
    return {"uri": quote(path.replace(os.sep, "/")), "uriBaseId": "%SRCROOT%"}


REPORTERS: dict[str, Reporter] = {"text": text, "json": as_json, "github": github, "sarif": sarif}


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def render(diags: Diagnostics, fmt: str, stream: IO[str] | None = None) -> str:
    stream = stream or sys.stdout
    return REPORTERS[fmt](diags, use_colour(stream))


def lines_of(diags: Sequence[Diagnostic]) -> list[str]:
    """One ``path:line:col: severity[RULE] message`` line per diagnostic (for other commands' errors)."""
    return [f"{d.position}: {d.severity.value}[{d.rule}] {d.message}" for d in diags]
