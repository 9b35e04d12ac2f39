"""`handbook checklists`: options, usage errors, bad standards, and all-or-nothing output."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from checklist_helpers import EXPECTED, FIXTURE
from click.testing import CliRunner

from generator.cli import main
from generator.render import checklists as package


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["checklists", *args])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def listing(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_html_for_every_role_and_language(tmp_path: Path) -> None:
    code, stdout, _ = run(str(FIXTURE), "--out", str(tmp_path / "out"))
    assert code == 0
    files = set(listing(tmp_path / "out"))
    expected = {
        f"{lang}/{role}-{kind}.html"
        for lang in ("en", "ru", "he")
        for role in EXPECTED
        for kind in ("checklist", "audit-form")
    }
    expected |= {f"{lang}/angry-pickup-shopper-brief.html" for lang in ("en", "ru", "he")}
    expected |= {f"{role}-audit-template.csv" for role in EXPECTED} | {package.MARKER}
    assert files == expected
    assert "Wrote 24 files" in stdout  # 18 pages, 3 shopper briefs and 3 templates


def test_role_and_lang_filters(tmp_path: Path) -> None:
    code, _, _ = run(str(FIXTURE), "--out", str(tmp_path / "out"), "--role", "contact-agent", "--lang", "he")
    assert code == 0
    assert set(listing(tmp_path / "out")) == {
        "he/contact-agent-checklist.html",
        "he/contact-agent-audit-form.html",
        "contact-agent-audit-template.csv",
        package.MARKER,
    }, "no shopper brief: the scenario checks no item of the contact agent"
    code, _, _ = run(str(FIXTURE), "--out", str(tmp_path / "out2"), "--role", "store-manager", "--lang", "en")
    assert code == 0
    assert "en/angry-pickup-shopper-brief.html" in listing(tmp_path / "out2")


@pytest.mark.parametrize(
    ("option", "value", "hint"),
    [("--role", "pickup-clerc", "did you mean `pickup-clerk`?"), ("--lang", "hr", "known languages: en, ru, he")],
)
def test_unknown_role_or_language_is_a_usage_error(tmp_path: Path, option: str, value: str, hint: str) -> None:
    code, _, stderr = run(str(FIXTURE), "--out", str(tmp_path / "out"), option, value)
    assert code == 2
    assert f"`{value}`" in stderr and hint in stderr
    assert not (tmp_path / "out").exists()


def test_bad_standards_give_the_diagnostics_and_keep_the_old_output(tmp_path: Path) -> None:
    good = tmp_path / "out"
    assert run(str(FIXTURE), "--out", str(good), "--lang", "en")[0] == 0
    before = listing(good)
    broken = tmp_path / "broken"
    shutil.copytree(FIXTURE, broken)
    roles = broken / "roles.yaml"
    roles.write_text(roles.read_text("utf-8").replace("department: stores", "department: nowhere", 1), "utf-8")
    code, _, stderr = run(str(broken), "--out", str(good))
    assert code == 1
    assert "roles.yaml:4:" in stderr and "REF001" in stderr
    assert listing(good) == before


def test_output_is_replaced_whole_on_success(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(FIXTURE), "--out", str(out))[0] == 0
    (out / "ru" / "stale.html").write_text("old", "utf-8")
    assert run(str(FIXTURE), "--out", str(out), "--lang", "en")[0] == 0
    assert not (out / "ru").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no temporary folder is left behind"


def test_a_failing_render_leaves_the_old_output_and_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert run(str(FIXTURE), "--out", str(out), "--lang", "en")[0] == 0
    before = listing(out)

    def crash(*args: object) -> None:
        raise RuntimeError("the PDF engine crashed")

    monkeypatch.setattr(package, "write_pdfs", crash)
    code, _, stderr = run(str(FIXTURE), "--out", str(out), "--pdf")
    assert code == 1
    assert "the PDF engine crashed" in stderr and "left as it was" in stderr
    assert listing(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path) -> None:
    keep = tmp_path / "docs"
    keep.mkdir()
    (keep / "important.md").write_text("keep me", "utf-8")
    code, _, stderr = run(str(FIXTURE), "--out", str(keep))
    assert code == 2
    assert "was not written by `handbook checklists`" in stderr
    assert (keep / "important.md").read_text("utf-8") == "keep me"


def test_pdf_without_weasyprint_exits_1_with_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # makes `import weasyprint` fail
    code, _, stderr = run(str(FIXTURE), "--out", str(tmp_path / "out"), "--pdf")
    assert code == 1
    assert "pip install 'service-standards-handbook[pdf]'" in stderr
    assert not (tmp_path / "out").exists()
