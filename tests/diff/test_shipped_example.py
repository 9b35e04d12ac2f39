"""The shipped example: compared with itself it has no changes; a programmatic edit is found by id."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from diff_support import ROOT, run

from generator.diff import TextChange, ValueChange, compare
from generator.pipeline import load

STANDARDS = ROOT / "standards"


@pytest.fixture(scope="module")
def shipped() -> Path:
    if not (STANDARDS / "handbook.yaml").is_file() or not load(STANDARDS).ok:
        pytest.skip("the shipped standards/ do not validate yet")
    return STANDARDS


def test_the_example_compared_with_itself_has_no_changes(shipped: Path) -> None:
    book = load(shipped).handbook
    assert compare(book, book).empty


def test_an_edited_copy(shipped: Path, tmp_path: Path) -> None:
    copy = tmp_path / "standards"
    shutil.copytree(shipped, copy)
    book = load(shipped).handbook
    for item in (s for s in book.all_standards() if s.parent_kind == "step" and s.severity == "major"):
        step = book.step(item.parent)
        assert step is not None
        path = copy / book.stage_of(step).file
        text = path.read_text(encoding="utf-8")
        block = re.search(rf"- id: {re.escape(item.id)}\n(?:(?!\n\s*- id: ).)*", text, re.S)
        if block is not None and "severity:" not in block.group(0):  # major by default: add a severity
            break
    else:
        pytest.skip("no step standard with the default severity in the example")
    edited = block.group(0).replace("kind:", "severity: critical\n        kind:", 1)
    english = book.text(item.text, "en")
    edited = edited.replace(english, english + " Always.", 1)
    path.write_text(text.replace(block.group(0), edited), encoding="utf-8")

    new = load(copy)
    assert new.ok, new.diagnostics.sorted()
    changes = compare(book, new.handbook)
    assert [c.id for c in changes.items] == [item.global_id]
    fields = changes.items[0].fields
    assert fields["severity"] == ValueChange("major", "critical")
    text_change = fields["text"]
    assert isinstance(text_change, TextChange) and text_change.languages == ["en"]
    assert {(s.id, s.language) for s in changes.stale} == {(item.global_id, "ru"), (item.global_id, "he")}
    result = run("diff", str(shipped), str(copy), "--format", "markdown")
    assert result.exit_code == 0 and item.global_id in result.stdout
