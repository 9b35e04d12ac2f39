"""`handbook validate` and `handbook rules` from the command line: formats, exit codes, lint settings."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from common import at, base, write_folder

from generator.cli import main
from generator.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
UNUSED_ROLE = "  - {id: courier, name: {en: Courier, ru: Курьер}, department: stores}\n"


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, list(args), env={"GITHUB_ACTIONS": "", "HANDBOOK_TODAY": "2026-11-15", **(env or {})}
    )
    return result.exit_code, result.output


def test_valid_folder_exit_0(tmp_path: Path) -> None:
    code, out = _run("validate", str(write_folder(tmp_path / "s")))
    assert (code, out) == (0, "All checks passed.\n")


def test_warnings_exit_0_and_strict_exit_1(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s", {"roles.yaml": base("roles.yaml") + UNUSED_ROLE})
    code, out = _run("validate", str(folder))
    assert code == 0 and "warning[ROLE001]" in out
    assert _run("validate", str(folder), "--strict")[0] == 1


def test_errors_exit_1(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "s", {"journey/01-buy.yaml": base("journey/01-buy.yaml").replace("clerk", "clerc")}
    )
    code, out = _run("validate", str(folder))
    assert code == 1 and "error[REF001]" in out and out.endswith("Found 1 error, 1 warning.\n")  # clerk is now unused


def test_lint_settings_change_severity(tmp_path: Path) -> None:
    roles = base("roles.yaml") + UNUSED_ROLE
    as_error = write_folder(
        tmp_path / "a", {"roles.yaml": roles, "handbook.yaml": base("handbook.yaml") + "lint: {ROLE001: error}\n"}
    )
    assert _run("validate", str(as_error))[0] == 1
    off = write_folder(
        tmp_path / "b", {"roles.yaml": roles, "handbook.yaml": base("handbook.yaml") + "lint: {ROLE001: off}\n"}
    )
    assert _run("validate", str(off), "--strict") == (0, "All checks passed.\n")


@pytest.mark.parametrize("target", ["missing", "file"])
def test_unreadable_path_exit_2(tmp_path: Path, target: str) -> None:
    path = tmp_path / "missing"
    if target == "file":
        path = write_folder(tmp_path / "s") / "handbook.yaml"
    code, out = _run("validate", str(path))
    assert code == 2 and "Traceback" not in out


def test_unknown_format_exit_2(tmp_path: Path) -> None:
    assert _run("validate", str(write_folder(tmp_path / "s")), "--format", "xml")[0] == 2


def test_json_output(tmp_path: Path) -> None:
    text = base("journey/01-buy.yaml").replace("owner: clerk", "owner: clerc")
    folder = write_folder(tmp_path / "s", {"journey/01-buy.yaml": text})
    code, out = _run("validate", str(folder), "--format", "json")
    payload = json.loads(out)
    line, col = at(text, "clerc")
    assert code == 1
    assert payload["errors"] == 1 and payload["warnings"] == 1  # REF001, and clerk is now unused (ROLE001)
    assert payload["diagnostics"][0] == {
        "rule": "REF001",
        "severity": "error",
        "path": f"{folder}/journey/01-buy.yaml",
        "line": line,
        "column": col,
        "message": "unknown role `clerc`",
        "hint": "did you mean `clerk`?",
    }


def test_github_chosen_automatically_on_actions(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s", {"roles.yaml": base("roles.yaml") + UNUSED_ROLE})
    code, out = _run("validate", str(folder), env={"GITHUB_ACTIONS": "true"})
    assert code == 0
    assert out.startswith(f"::warning file={folder}/roles.yaml,line=")


def _tty_output(args: list[str], env: dict[str, str]) -> str:
    """Run the CLI with stdout on a pseudo-terminal and return what it printed."""
    leader, follower = pty.openpty()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={k: v for k, v in {**os.environ, **env}.items() if v is not None},
        timeout=60,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.returncode == 0, proc.stderr
    return b"".join(chunks).decode()


def test_colour_on_a_terminal_and_no_color(tmp_path: Path) -> None:
    folder = str(write_folder(tmp_path / "s", {"roles.yaml": base("roles.yaml") + UNUSED_ROLE}))
    env = {"NO_COLOR": "", "FORCE_COLOR": "", "GITHUB_ACTIONS": ""}
    assert "\x1b[" in _tty_output(["validate", folder], env)
    assert "\x1b[" not in _tty_output(["validate", folder], {**env, "NO_COLOR": "1"})
    piped = subprocess.run(
        [sys.executable, "-m", "generator", "validate", folder],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
    )
    assert "warning[ROLE001]" in piped.stdout and "\x1b[" not in piped.stdout


def test_rules_lists_every_rule() -> None:
    code, out = _run("rules")
    assert code == 0
    for rule_id in RULES:
        assert any(line.startswith(rule_id + " ") for line in out.splitlines()), rule_id


def test_rules_prints_one_rules_documentation() -> None:
    code, out = _run("rules", "comm001")
    assert code == 0
    assert out.startswith("COMM001 (forbidden-phrase-in-script), default severity: error")
    assert "## Use instead" in out


def test_rules_unknown_id_did_you_mean() -> None:
    code, out = _run("rules", "COMM01")
    assert code == 2 and "did you mean `COMM001`?" in out


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_rule_is_documented_and_tested(rule_id: str) -> None:
    module = RULES[rule_id]
    doc = module.__doc__ or ""
    for section in ("## What it does", "## Why it matters", "## Example", "## Use instead"):
        assert section in doc, (rule_id, section)
    assert module.SEVERITY in ("error", "warning", "info")
    assert (ROOT / "tests" / "rules" / f"test_{rule_id.lower()}.py").is_file()


@pytest.mark.skipif(not (ROOT / "standards" / "handbook.yaml").is_file(), reason="no shipped example")
def test_shipped_example_has_no_errors() -> None:
    from generator.pipeline import load

    result = load(ROOT / "standards")
    assert [str(d.position) + " " + d.message for d in result.diagnostics.sorted() if d.severity.value == "error"] == []
    assert len(list(result.handbook.steps())) > 0
