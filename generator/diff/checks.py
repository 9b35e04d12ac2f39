"""Rules that need two versions of the standards: run by ``handbook diff`` on the comparison.

Each rule of ``STAGE = "diff"`` (:mod:`generator.rules`) yields problems; this module stamps them with the
severity the new side's ``lint:`` gives (the rule's default otherwise), as the loader does for the others.
"""

from __future__ import annotations

import os

from ..diagnostics import Diagnostic, Diagnostics, Position, Severity
from ..layout import display_path
from ..loader import load_bytes
from ..rules import version001
from .changes import ChangeSet


def version_position(folder: str, shown: str = "") -> Position:
    """Where ``version`` is written in ``folder``'s handbook.yaml (named by ``shown``, the folder's path in
    the repository for a git revision); the file's first line when it is not found."""
    path = display_path(shown or folder, "handbook.yaml")
    try:  # never through a symbolic link (LAYOUT001 reports it)
        fd = os.open(os.path.join(folder, "handbook.yaml"), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            loaded = load_bytes(handle.read(), path)
    except OSError:
        return Position(path)
    if isinstance(loaded.data, dict) and "version" in loaded.data:
        return loaded.source_map.position(("version",))
    return Position(path)


def lint_severity(changes: ChangeSet, rule: str, default: str) -> Severity:
    """The rule's severity by the new side's ``lint:`` (rule ids in any case), else ``default``."""
    for key, value in changes.new.lint.items():
        if key.upper() == rule and value in ("error", "warning", "info", "off"):
            return Severity(value)
    return Severity(default)


def diff_diagnostics(changes: ChangeSet, version_at: Position) -> Diagnostics:
    """The diagnostics of the comparison (today: VERSION001), ``off`` ones dropped."""
    found = Diagnostics()
    severity = lint_severity(changes, version001.ID, version001.SEVERITY)
    if severity is Severity.OFF:
        return found
    for problem in version001.check(changes, version_at):
        found.add(Diagnostic(version001.ID, severity, problem.position, problem.message, problem.hint, problem.end))
    return found
