"""The ``handbook`` click group. Each command lives in ``generator/commands/<name>.py`` and is imported
only when used, so ``handbook validate`` does not pay for MkDocs or WeasyPrint at start-up.

The group is also the last safety net: Ctrl-C exits 130 with one line, an output that cannot be
written (a full disk, a closed pipe) ends quietly, and a crash prints a short "internal error" line
instead of a traceback (``HANDBOOK_DEBUG=1`` shows it). Content problems never get this far.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from . import __version__
from .errors import UsageError

DEBUG_VARIABLE = "HANDBOOK_DEBUG"

#: command name -> module under generator.commands exposing ``command`` (a click.Command)
COMMANDS: dict[str, str] = {
    "validate": "validate",
    "rules": "rules",
    "schema": "schema_docs",
    "build": "build",
    "serve": "serve",
    "checklists": "checklists",
    "audit": "audit",
    "diff": "diff",
    "codeowners": "codeowners",
    "training": "training",
}
SUMMARIES: dict[str, str] = {
    "validate": "Check a standards folder: every problem of every file, in one run.",
    "rules": "Print every rule, or one rule's documentation.",
    "schema": "Print the format reference generated from the JSON Schemas.",
    "build": "Validate, then build the handbook site, one per language.",
    "serve": "Live preview of the site that rebuilds when a YAML file changes.",
    "checklists": "Printable per-role training checklists and audit forms (HTML, PDF).",
    "audit": "Score audit results, NPS surveys and transcripts against the standards.",
    "diff": "What changed between two standards folders or git revisions, by item and by role.",
    "codeowners": "Generate a CODEOWNERS file from the review: owners in the YAML.",
    "training": "Who must read the current version of the standards, per location and role, and why.",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"generator.commands.{module_name}")
        command: click.Command = module.command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SUMMARIES.get(name, "")) for name in COMMANDS]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for arg in args:
            _check_encodable(arg)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            close = difflib.get_close_matches(name, list(COMMANDS), n=1)
            if close:
                ctx.fail(f"No such command '{name}'. Did you mean '{close[0]}'?")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            _stop("\nInterrupted.", 130)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # click ends quietly when the reader of a pipe has gone (`| head`)
            _output_failed(exc)
        except Exception as exc:
            if os.environ.get(DEBUG_VARIABLE):
                raise
            _stop(
                f"internal error: {type(exc).__name__}: {_printable(str(exc))}\n"
                f"This is a bug in handbook {__version__}, not a problem of your files; please report it with "
                f"the command you ran ({DEBUG_VARIABLE}=1 shows the traceback).",
                1,
            )


def _printable(text: str) -> str:
    """``text`` safe for a UTF-8 terminal: undecodable bytes of a file name as ``\\xNN``."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _check_encodable(arg: str) -> None:
    """Refuse an argument that is not UTF-8 text (a file name in another encoding): it reaches outputs."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(
            f"'{_printable(arg)}' is not UTF-8 text: rename the file or folder (its name uses another encoding)"
        ) from None


def _stop(message: str, code: int) -> NoReturn:
    with contextlib.suppress(OSError):
        click.echo(message, err=True)
    sys.exit(code)


def _cwd_exists() -> bool:
    try:
        os.getcwd()
    except OSError:
        return False
    return True


def _output_failed(exc: OSError) -> NoReturn:
    """A file or standard output could not be read or written (full disk, I/O error): one line, no traceback."""
    if os.environ.get(DEBUG_VARIABLE):
        raise exc
    where = f"{_printable(os.fsdecode(exc.filename))}: " if exc.filename else ""
    if not exc.filename and isinstance(exc, FileNotFoundError) and not _cwd_exists():
        _stop("Error: the current folder no longer exists (deleted or moved): cd into a folder and run again", 2)
    try:
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError):  # standard output is broken: nothing may flush into it again
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    _stop(f"Error: {where}{exc.strerror or exc}", 2 if exc.filename else 1)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="handbook")
def main() -> None:
    """Service standards as code.

    The folder argument of every command defaults to `standards`. Exit codes: 0 fine (warnings
    allowed), 1 problems found in the input, 2 bad usage or an unreadable path.
    """


def run(args: Sequence[str]) -> Any:  # pragma: no cover - convenience for scripts
    return main.main(args=list(args), standalone_mode=False)
