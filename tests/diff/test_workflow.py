"""The documented GitHub Actions workflow parses, and every `handbook` command it runs exists."""

from __future__ import annotations

import re
import shlex

import yaml
from diff_support import ROOT, run

WORKFLOW = ROOT / "examples" / "github" / "handbook.yml"


def _steps() -> list[dict[str, object]]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps: list[dict[str, object]] = data["jobs"]["standards"]["steps"]
    return steps


def _commands() -> list[list[str]]:
    """Every `handbook ...` command the workflow's `run:` steps execute."""
    found = []
    for step in _steps():
        script = str(step.get("run", "")).replace("${{", "X").replace("}}", "X")
        for line in script.splitlines():
            for part in re.split(r"&&|\|\||;", line):
                words = shlex.split(part.split(">")[0])
                if words[:1] == ["handbook"]:
                    found.append(words)
    return found


def test_workflow_is_valid_yaml_with_the_documented_steps() -> None:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert "pull_request" in data[True]  # PyYAML 1.1 reads the key `on` as True
    steps = _steps()
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/checkout") for u in uses)
    assert steps[0]["with"] == {"fetch-depth": 0}
    assert any(u.startswith("marocchino/sticky-pull-request-comment") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif") for u in uses)
    runs = " ".join(s.get("run", "") for s in steps)
    assert "pip install service-standards-handbook" in runs
    assert 'handbook diff "origin/${{ github.base_ref }}" HEAD --format markdown > diff.md' in runs


def test_every_command_in_the_workflow_exists() -> None:
    commands = _commands()
    assert {c[1] for c in commands} >= {"validate", "diff", "codeowners"}
    for command in commands:
        result = run(command[1], "--help")
        assert result.exit_code == 0, command
        options = {word.split("=")[0] for word in command[2:] if word.startswith("--")}
        for option in options:
            assert option in result.output, f"{' '.join(command)}: {option} is not an option of {command[1]}"
