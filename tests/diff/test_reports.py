"""The CLI reports on the fixture pair match the reviewed expected reports exactly; exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from diff_support import FIXTURES, NEW, OLD, run

from generator.diff import ChangeSet
from generator.render.context import render_context
from generator.render.diff.markdown import GITHUB_LIMIT
from generator.render.diff.markdown import render as render_markdown
from generator.render.diff.page import page_markdown

EXPECTED = FIXTURES / "expected"


@pytest.mark.parametrize(("fmt", "name"), [("text", "report.txt"), ("markdown", "report.md"), ("json", "report.json")])
def test_report_matches_the_expected_file(at_root: Path, fmt: str, name: str) -> None:
    result = run("diff", OLD, NEW, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout == (EXPECTED / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "ru", "he"])
def test_site_page_matches_the_expected_file(changes: ChangeSet, lang: str) -> None:
    expected = (EXPECTED / f"what-changed.{lang}.md").read_text(encoding="utf-8")
    assert page_markdown(render_context(changes.new, lang, changes)) == expected


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
    full = render_markdown(render_context(changes.new, "en", changes), "a", "b")
    short = render_markdown(render_context(changes.new, "en", changes), "a", "b", limit=1_500)
    assert len(full) < GITHUB_LIMIT and "left out" not in full
    assert len(short) < 1_500 + 300 and "detail lines were left out" in short
    assert short.startswith(full[:200])  # the summary comes first and is kept


def test_text_and_markdown_reports_speak_the_language_of_lang(at_root: Path) -> None:
    """``--lang ru``: the words around the ids in Russian, counted by Russian rules, names in Russian."""
    text = run("diff", OLD, NEW, "--lang", "ru").stdout
    assert text.startswith("Изменения стандартов: 2026.10 (")
    # 1 added, 2 removed, 5 changed, 2 moved (the English golden above), in Russian forms
    assert "Стандарты: 1 добавлен, 2 удалено, 5 изменено, 2 перемещено. Другие изменения: 6." in text
    assert "\nПо ролям\n" in text and "  Все роли: 2 других изменения\n" in text
    assert "  Продавец-консультант: 5 изменено, 3 других изменения\n" in text
    assert "  + term pickup-point «Пункт выдачи»\n" in text  # the name in Russian, in Russian quotation marks
    markdown = run("diff", OLD, NEW, "--format", "markdown", "--lang", "ru").stdout
    assert "### Стандарты обслуживания: 2026\\.10 → 2026\\.11" in markdown
    assert "| Роль | Перечитать |" in markdown
    assert "<details><summary>Стандарты по ролям</summary>" in markdown
    data = [run("diff", OLD, NEW, "--format", "json", "--lang", lang).stdout for lang in ("en", "ru")]
    assert data[0] == data[1]  # JSON is a machine format


def test_unknown_lang_is_a_usage_error(at_root: Path) -> None:
    result = run("diff", OLD, NEW, "--lang", "de")
    assert result.exit_code == 2
    assert "--lang de: the handbook's languages are en, ru" in result.stderr


def test_the_expected_reports_agree_with_figures_worked_out_by_hand() -> None:
    """The expected files above were written by the implementation; these figures come from `diff -r old new`.

    - added: order-handover#offer-bag (1);
    - removed: the situation refund-request and its two items, explain-policy and refund-same-day (2);
    - changed: welcome#greet-within-30s (script), checkout#confirm-total and checkout#offer-receipt (the
      step's owner became cashier, so their role did), order-handover#greet-by-name (en text) and
      order-handover#check-serial (severity major -> critical) (5);
    - moved: the step demo-product went from stage browse to purchase with its two items (2);
    - other changes: term pickup-point added, phrase not-my-job's `instead`, channel chat's first response
      60s -> 30s, step demo-product moved, step checkout's owner, situation refund-request removed (6);
    - stale translations: greet-by-name's English changed, its Russian did not (1).
    """
    data = json.loads((EXPECTED / "report.json").read_text(encoding="utf-8"))
    by_change: dict[str, list[str]] = {}
    for item in data["items"]:
        by_change.setdefault(item["change"], []).append(item["id"])
    assert sorted(by_change["added"]) == ["order-handover#offer-bag"]
    assert sorted(by_change["removed"]) == ["refund-request#explain-policy", "refund-request#refund-same-day"]
    assert sorted(by_change["changed"]) == ["checkout#confirm-total", "checkout#offer-receipt",
                                            "order-handover#check-serial", "order-handover#greet-by-name",
                                            "welcome#greet-within-30s"]
    assert sorted(by_change["moved"]) == ["demo-product#name-the-feature", "demo-product#switch-on"]
    assert sorted(e["key"] for e in data["entities"]) == [
        "channel:chat", "phrase:not-my-job", "situation:refund-request", "step:checkout", "step:demo-product",
        "term:pickup-point"]
    assert [s["id"] for s in data["stale_translations"]] == ["order-handover#greet-by-name"]
    text = (EXPECTED / "report.txt").read_text(encoding="utf-8")
    assert "Standards: 1 added, 2 removed, 5 changed, 2 moved. Other changes: 6. Stale translations: 1." in text
    assert "**Standards:** 1 new, 5 changed, 2 moved, 2 removed · **other changes:** 6" in (
        EXPECTED / "report.md").read_text(encoding="utf-8")
    # the cashier reads the two checkout items (now theirs) and loses the two refund ones
    assert "  Cashier: 2 changed, 2 removed, 2 other changes\n" in text
    # the pickup clerk owns order-handover: greet-by-name and check-serial changed, offer-bag is new
    page = (EXPECTED / "what-changed.en.md").read_text(encoding="utf-8")
    assert "- **Pickup clerk**: 2 changed, 1 new standard\n" in page
    # demo-product was the second step of stage browse and is the first of purchase (journey/02-purchase.yaml);
    # the Russian page names the stages by their Russian titles, in Russian words
    ru = (EXPECTED / "what-changed.ru.md").read_text(encoding="utf-8")
    assert ru.count("\\(этап «Выбор товара», шаг 2\\) → journey/02\\-purchase\\.yaml \\(этап «Покупка», шаг 1\\)") == 3
    assert "(stage" not in ru and ", step" not in ru
