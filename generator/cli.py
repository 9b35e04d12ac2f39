"""The ``handbook`` click group. Each command lives in ``generator/commands/<name>.py`` and is imported
only when used, so ``handbook validate`` does not pay for MkDocs or WeasyPrint at start-up."""

from __future__ import annotations

import importlib
from typing import Any

import click

from . import __version__

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


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="handbook")
def main() -> None:
    """Service standards as code.

    The folder argument of every command defaults to `standards`. Exit codes: 0 fine (warnings
    allowed), 1 problems found in the input, 2 bad usage or an unreadable path.
    """


def run(args: list[str]) -> Any:  # pragma: no cover - convenience for scripts
    return main.main(args=args, standalone_mode=False)
