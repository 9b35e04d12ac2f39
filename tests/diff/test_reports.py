"""The CLI reports on the fixture pair match the reviewed expected reports exactly; exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from diff_support import FIXTURES, NEW, OLD, run

from generator.diff import ChangeSet
from generator.diff.render_markdown import GITHUB_LIMIT
from generator.diff.render_markdown import render as render_markdown

EXPECTED = FIXTURES / "expected"


@pytest.mark.parametrize(("fmt", "name"), [("text", "report.txt"), ("markdown", "report.md"), ("json", "report.json")])
def test_report_matches_the_expected_file(at_root: Path, fmt: str, name: str) -> None:
    result = run("diff", OLD, NEW, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout == (EXPECTED / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "ru", "he"])
def test_site_page_matches_the_expected_file(changes: ChangeSet, lang: str) -> None:
    assert changes.page_markdown(lang) == (EXPECTED / f"what-changed.{lang}.md").read_text(encoding="utf-8")


def test_text_report_names_the_people_and_the_words(at_root: Path) -> None:
    out = run("diff", OLD, NEW).stdout
    assert "  Pickup clerk: 2 changed, 1 new standard\n" in out
    assert "text (en): Greet the customer by {+their first+} name" in out
    assert "severity: major -> critical" in out
    assert "role: Sales associate -> Cashier" in out
    assert "order-handover#greet-by-name text: ru translation may be stale (en changed)" in out


def test_json_structure(at_root: Path) -> None:
    data = json.loads(run("diff", OLD, NEW, "--format", "json").stdout)
    assert data["old"]["version"] == "2026.10" and data["new"]["version"] == "2026.11"
    by_id = {i["id"]: i for i in data["items"]}
    assert by_id["order-handover#check-serial"]["fields"] == {"severity": {"old": "major", "new": "critical"}}
    assert by_id["order-handover#greet-by-name"]["fields"]["text"] == {
        "en": {"old": "Greet the customer by name", "new": "Greet the customer by their first name"}
    }
    assert data["roles"]["pickup-clerk"]["added"] == ["order-handover#offer-bag"]
    assert data["all_roles"] == ["term:pickup-point", "phrase:not-my-job"]
    assert data["stale_translations"] == [
        {"id": "order-handover#greet-by-name", "field": "text", "language": "ru", "default_language": "en"}
    ]


def test_same_folder_twice_exits_0_with_no_changes(at_root: Path) -> None:
    result = run("diff", NEW, NEW)
    assert result.exit_code == 0
    assert "No changes." in result.stdout


def test_invalid_side_prints_its_diagnostics_prefixed_and_exits_1(at_root: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(FIXTURES / "new", broken)
    (broken / "roles.yaml").write_text("roles:\n  - id: Bad Id\n", encoding="utf-8")
    result = run("diff", OLD, str(broken))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"new ({broken}): " in result.stderr and "error[" in result.stderr
    assert "old (" not in result.stderr


def test_unknown_revision_outside_git_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("diff", "no-such-folder", str(FIXTURES / "new"))
    assert result.exit_code == 2
    assert "not a folder" in result.output and "git repository" in result.output


def test_markdown_stays_under_the_github_limit(changes: ChangeSet) -> None:
    full = render_markdown(changes, "a", "b")
    short = render_markdown(changes, "a", "b", limit=1_500)
    assert len(full) < GITHUB_LIMIT and "left out" not in full
    assert len(short) < 1_500 + 300 and "detail lines were left out" in short
    assert short.startswith(full[:200])  # the summary comes first and is kept
