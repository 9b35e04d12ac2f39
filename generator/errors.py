"""Fatal failures (never content problems, which are diagnostics), rooted in click's ClickException."""

from __future__ import annotations

import click


class HandbookError(click.ClickException):
    """A fatal failure of a command; click prints ``Error: <message>`` and exits with ``exit_code``."""

    exit_code = 1


class UsageError(HandbookError):
    """Bad usage or an unreadable path: exit 2."""

    exit_code = 2


class BuildError(HandbookError):
    """A renderer or an external build step failed (exit 1); the previous output is left untouched."""

    exit_code = 1
