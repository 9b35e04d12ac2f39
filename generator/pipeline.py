"""Load a standards folder: files -> documents -> schema -> model -> rules -> diagnostics.

Every command starts here. :func:`load` never raises for bad content; only an unreadable
folder is fatal (:class:`~generator.errors.UsageError`, exit 2).
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import schema
from .assemble import assemble
from .clock import today_from_env
from .diagnostics import Diagnostic, Diagnostics, Position, Problem, Severity, did_you_mean
from .errors import UsageError
from .layout import FOLDERS, TOP_LEVEL, StandardsFile, discover, display_path
from .loader import MAX_BYTES, Loaded, load_bytes, oversized
from .model import Handbook
from .rules import RULES, RuleContext, semantic_rules
from .sourcemap import SourceMap


@dataclass
class LoadResult:
    """The outcome of loading a folder: the model (always built, tolerant), the diagnostics, the positions."""

    root: str
    handbook: Handbook
    diagnostics: Diagnostics
    maps: dict[str, SourceMap] = field(default_factory=dict)
    files: list[StandardsFile] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diagnostics.has_errors()


def _stamp(rule: str, problem: Problem, severities: dict[str, Severity]) -> Diagnostic | None:
    severity = severities.get(rule, Severity(RULES[rule].SEVERITY))
    if severity is Severity.OFF:
        return None
    return Diagnostic(rule, severity, problem.position, problem.message, problem.hint, problem.end, problem.more)


def _lint_settings(
    docs: dict[str, tuple[str, Any]], maps: dict[str, SourceMap]
) -> tuple[dict[str, Severity], list[tuple[str, Problem]]]:
    """Per-rule severities from handbook.yaml's ``lint:``; unknown rule ids are LINT001."""
    manifest = docs.get("handbook.yaml", ("", None))[1]
    lint = manifest.get("lint") if isinstance(manifest, dict) else None
    severities: dict[str, Severity] = {}
    problems: list[tuple[str, Problem]] = []
    if not isinstance(lint, dict):
        return severities, problems
    for key, value in lint.items():
        rule = str(key).upper()
        if rule not in RULES:
            problems.append(
                (
                    "LINT001",
                    Problem(
                        maps["handbook.yaml"].position(("lint", key), key=True),
                        f"`lint:` names an unknown rule `{key}`",
                        f"did you mean `{guess}`?" if (guess := did_you_mean(rule, RULES))
                        else "run `handbook rules` for the list of rules",
                    ),
                )
            )
        elif (stage := getattr(RULES[rule], "STAGE", None)) in ("audit", "training"):
            what = "audit inputs" if stage == "audit" else "training inputs (roster, acknowledgements)"
            problems.append(
                (
                    "LINT001",
                    Problem(
                        maps["handbook.yaml"].position(("lint", key), key=True),
                        f"`lint:` names `{rule}`, a rule about {what}, which `lint:` does not set",
                        f"remove it: a problem in {what.split(' (')[0]} always has the severity its rule documents "
                        f"(`handbook rules {rule}`)",
                    ),
                )
            )
        elif value in ("error", "warning", "info", "off"):
            severities[rule] = Severity(value)
    return severities, problems


def load(root: str | os.PathLike[str], today: date | None = None) -> LoadResult:
    """Load and check a whole standards folder; every problem of every file in one run."""
    root_str = os.fspath(root)
    base = Path(root_str)
    if not base.exists():
        raise UsageError(f"the standards folder '{root_str}' does not exist")
    if not base.is_dir():
        raise UsageError(f"'{root_str}' is not a folder; give the standards folder (e.g. standards/)")
    files = discover(root_str)
    _check_readable(files)
    raised: list[tuple[str, Problem]] = []
    docs: dict[str, tuple[str, Any]] = {}
    maps: dict[str, SourceMap] = {}
    unreadable: list[str] = []  # files that could not be parsed: their content is missing from the model
    for f in files:
        if f.kind is None:
            raised.append(("LAYOUT001", Problem(Position(f.display), _layout_message(f), _layout_hint(f))))
            continue
        loaded = _load_file(f)
        maps[f.rel] = loaded.source_map
        raised.extend(loaded.problems)
        if loaded.data is None and loaded.problems:
            unreadable.append(f.rel)
            continue
        raised.extend(("SCHEMA", p) for p in schema.check(loaded.data, f.kind, loaded.source_map, loaded.dropped))
        docs[f.rel] = (f.kind, loaded.data)
    if not any(f.rel == "handbook.yaml" for f in files):
        raised.append(
            (
                "LAYOUT002",
                Problem(
                    Position(display_path(root_str, "handbook.yaml")),
                    f"'{root_str}' has no handbook.yaml",
                    "give the standards folder (the one with handbook.yaml), or create handbook.yaml",
                ),
            )
        )
    severities, lint_problems = _lint_settings(docs, maps)
    raised.extend(lint_problems)

    handbook = assemble(docs, root_str)
    ctx = RuleContext(
        handbook,
        maps,
        today or today_from_env(),
        complete=not unreadable and not any(f.kind is None for f in files),
        manifest=isinstance(docs.get("handbook.yaml", ("", None))[1], dict),
    )
    for rule in semantic_rules():
        raised.extend((rule.ID, p) for p in rule.check(ctx))

    diagnostics = Diagnostics()
    for rule_id, problem in raised:
        stamped = _stamp(rule_id, problem, severities)
        if stamped is not None:
            diagnostics.add(stamped)
    return LoadResult(root_str, handbook, diagnostics, maps, files)


def _check_readable(files: list[StandardsFile]) -> None:
    """Every standards file must be a regular, readable file; all that are not are named in one error (exit 2).

    Checked before anything is read, so a named pipe never blocks the run and a dangling symbolic link
    does not hide the problems of the other files behind a first failure.
    """
    bad: list[str] = []
    for f in files:
        if f.kind is None:
            continue
        try:
            mode = f.path.stat().st_mode
        except OSError as exc:
            broken = f.path.is_symlink() and exc.errno == errno.ENOENT
            bad.append(f"{f.display} ({'a symbolic link to a missing file' if broken else exc.strerror or exc})")
            continue
        if not stat.S_ISREG(mode):
            what = "a folder" if stat.S_ISDIR(mode) else "a named pipe" if stat.S_ISFIFO(mode) else "a special file"
            bad.append(f"{f.display} (it is {what}, not a file)")
        elif not os.access(f.path, os.R_OK):
            bad.append(f"{f.display} (no permission to read it)")
    if bad:
        raise UsageError(
            "cannot read " + "; ".join(bad) + ". Replace or delete these paths (a broken symbolic link, a special "
            "file or a folder named like a YAML file), then run again"
        )


def _load_file(f: StandardsFile) -> Loaded:
    """Read and parse one file, never more than :data:`MAX_BYTES` of it (a larger file is YAML005)."""
    try:
        with f.path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                return oversized(f.display, size)
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {f.display}: {exc.strerror or exc}") from exc
    return load_bytes(raw, f.display)


def _layout_message(f: StandardsFile) -> str:
    if f.linked_folder:
        return f"`{f.rel}` is a symbolic link to a folder; links are not followed, so its files are not read"
    if f.linked_file:
        return f"`{f.rel}` is a symbolic link; links are not followed, so what it points to is not read"
    if f.bad_name:
        return f"the name of `{f.rel}` is not UTF-8 text; links, CODEOWNERS and git would mangle it"
    return f"the layout does not know `{f.rel}`; its standards would be ignored"


def _layout_hint(f: StandardsFile) -> str:
    if f.linked_folder:
        return "put the folder itself here (the files in git, where reviews and CODEOWNERS see them), not a link"
    if f.linked_file:
        return "put the file itself here (in git, where reviews and CODEOWNERS see it), not a link"
    if f.bad_name:
        return "rename it: its name was written in another encoding than UTF-8 (e.g. by an old archive tool)"
    rel = f.rel
    name = rel.rsplit("/", 1)[-1]
    if "/" not in rel:
        guess = did_you_mean(name.replace(".yml", ".yaml"), TOP_LEVEL)
        if guess:
            return f"rename it (did you mean `{guess}`?)"
        return (
            "journey stages go in journey/NN-stage.yaml, situations in situations/ID.yaml, "
            "mystery-shopping scenarios in scenarios/ID.yaml"
        )
    folder = rel.split("/", 1)[0]
    if folder in FOLDERS and rel.count("/") == 1 and name.endswith(".yml"):
        return f"rename it to {folder}/{name[:-4]}.yaml"
    if folder in FOLDERS:
        return f"move it directly into {folder}/ (no sub-folders)"
    guess = did_you_mean(folder, list(FOLDERS))
    return f"move it into {guess}/" if guess else "move it to its place (see FORMAT §1) or delete it"
