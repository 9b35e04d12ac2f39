"""The gettext catalogs: complete, well-formed (``msgfmt --check``), compiled, and one word per glossary term.

This replaces the old label-table consistency test: the catalogs are the only place interface words live,
so the checks are on them, with the tools translators use (GNU ``msgfmt``, Babel).
"""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "generator" / "locales"
LANGUAGES = ("ru", "he", "ro", "fr", "lv")
#: gettext's names for marking a message; a call inside an f-string is invisible to pybabel on Python 3.11
KEYWORDS = {"_", "gettext", "ngettext", "pgettext", "npgettext", "N_"}
#: modules whose non-English letters are linguistic data (folding, stemming), not interface words
LINGUISTIC_DATA: dict[str, str] = {}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "tools" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogs = _tool()


def _catalog(lang: str) -> Catalog:
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f)


def _strings(catalog: Catalog) -> list[str]:
    out: list[str] = []
    for m in catalog:
        if m.id:
            out += m.string if isinstance(m.string, tuple) else [m.string]
    return out


def test_catalogs_are_complete_merged_compiled_and_consistent() -> None:
    """``python tools/catalogs.py check``: template current, everything translated, formats, .mo fresh, glossary."""
    assert catalogs.problems() == []


def test_every_presenter_speaks_through_the_catalog() -> None:
    """Messages from each presenter (Python and Jinja) are in the template: the extraction sees them all."""
    with (LOCALES / "messages.pot").open("rb") as f:
        template = {m.id if isinstance(m.id, str) else m.id[0]: m.locations for m in read_po(f) if m.id}
    for message, where in {
        "Owner": "generator/render/site/pages.py",
        "Training checklist": "generator/render/checklists/templates/checklist.html.j2",
        "Steps × locations": "generator/render/audit/templates/audit.html.j2",
        "Overall NPS": "generator/render/audit/text.py",
        "By role": "generator/render/diff/page.py",
        "{n} audit": "generator/render/audit/templates/audit.html.j2",
        "critical": "generator/render/words.py",
        "Page {page} of {pages}": "generator/render/checklists/html.py",
    }.items():
        assert message in template, message
        assert where in {path for path, _ in template[message]}, (message, template[message])


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_msgfmt_check_accepts_every_catalog(lang: str, tmp_path: Path) -> None:
    po = LOCALES / lang / "LC_MESSAGES" / "messages.po"
    out = subprocess.run(["msgfmt", "--check", "--statistics", "-o", str(tmp_path / "m.mo"), str(po)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "untranslated" not in out.stderr and "fuzzy" not in out.stderr, out.stderr


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_msgfmt_check_refuses_a_lost_placeholder(tmp_path: Path) -> None:
    """The check would catch a translator dropping ``{cap}`` (python-brace-format, set by the extraction)."""
    po = tmp_path / "bad.po"
    text = (LOCALES / "fr" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    broken = text.replace('msgstr "la note est plafonnée à {cap}"', 'msgstr "la note est plafonnée"')
    assert broken != text
    po.write_text(broken, encoding="utf-8")
    out = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert out.returncode != 0 and "cap" in out.stderr


def test_our_placeholder_check_catches_a_wrong_name_in_a_plural_form() -> None:
    """``msgfmt`` lets a plural form drop its number; a made-up placeholder is still an error."""
    catalog = Catalog(locale="ru")
    catalog.add(("{n} audit", "{n} audits"), ("{n} аудит", "{m} аудита", "аудитов"))
    catalog.add("the score is capped at {cap}", "оценка не выше {cap}")
    found = catalogs.placeholder_problems(catalog, "ru")
    assert len(found) == 1 and "{m}" in found[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_rules_are_cldrs(lang: str) -> None:
    """Each catalog counts with CLDR's rule for its language (Babel), not a hand-written one."""
    plural = get_plural(lang)
    assert _catalog(lang).plural_forms == f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_are_spelled_with_the_languages_letters(lang: str) -> None:
    strings = _strings(_catalog(lang))
    for text in strings:
        assert unicodedata.normalize("NFC", text) == text, f"{lang}: {text!r} is not NFC"
        assert text == text.strip(), f"{lang}: {text!r} has surrounding spaces"
    scripts = {"ru": "CYRILLIC", "he": "HEBREW"}
    for text in strings:
        letters = [unicodedata.name(c, "") for c in text if c.isalpha() and not c.isascii()]
        if lang in scripts:
            continue
        assert not any("CYRILLIC" in n or "HEBREW" in n for n in letters), f"{lang}: {text!r}"
    if lang == "ro":  # ș and ț take a comma below, not the Turkish cedilla
        assert not any(c in t for t in strings for c in "şţŞŢ")
    if lang in scripts:
        assert sum(any(scripts[lang] in unicodedata.name(c, "") for c in t) for t in strings) > len(strings) * 0.9
    else:  # a few words are the same as in English (Audit, Situation, Script), most are not
        same = [m.id for m in _catalog(lang) if m.id and m.string == m.id]
        assert len(same) <= len(strings) // 6, same


def test_the_glossary_catches_stage_and_step_swapped() -> None:
    """The old diff table said שלב for "step" (the site's word for "stage"): the glossary check refuses it."""
    catalog = Catalog(locale="he")
    catalog.add("step", "שלב")
    catalog.add("Steps it owns", "שלבים באחריותו")
    catalog.add("stage", "שלב")
    catalog.add("All steps", "כל הצעדים")
    found = catalogs.glossary_problems(catalog, "he")
    assert [f.split(" names")[0] for f in found] == ["he: 'step'", "he: 'Steps it owns'"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_a_word_for_every_glossary_term(lang: str) -> None:
    english = (LOCALES / "glossary.csv").read_text(encoding="utf-8").splitlines()[1:]
    local = (LOCALES / lang / "glossary.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split(",")[0] for line in local] == [line.split(",")[0] for line in english]
    assert catalogs.glossary_problems(_catalog(lang), lang) == []


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_no_python_module_holds_interface_text_but_english() -> None:
    """Words in other languages live in the catalogs: no string in the code (docstrings aside) has a word
    with letters beyond English's. Linguistic data (stemming, folding tables) may be listed above."""
    found = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        if name in LINGUISTIC_DATA:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                words = re.findall(r"[^\W\d_]{2,}", node.value)
                if any(not w.isascii() for w in words):
                    found.append(f"{name}:{node.lineno}: {node.value[:60]!r}")
    assert found == [], "interface words belong in generator/locales (docs/translating.md):\n" + "\n".join(found)


def test_no_message_is_marked_inside_an_f_string() -> None:
    """``f"{_('Owner')}"`` works but pybabel cannot see it on Python 3.11: the word would never be translated."""
    found = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call):
                        func = call.func
                        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                        if name in KEYWORDS:
                            found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert found == []


def test_compiled_catalogs_ship_in_the_package() -> None:
    """``pip install`` needs no compile step: every .po has its .mo beside it, tracked by git."""
    tracked = subprocess.run(["git", "ls-files", "generator/locales"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode != 0:  # pragma: no cover - not a git checkout
        pytest.skip("not a git checkout")
    files = set(tracked.stdout.split())
    for lang in LANGUAGES:
        assert f"generator/locales/{lang}/LC_MESSAGES/messages.po" in files
        assert f"generator/locales/{lang}/LC_MESSAGES/messages.mo" in files
        assert f"generator/locales/{lang}/glossary.csv" in files
    buffer = io.BytesIO((LOCALES / "quotes.json").read_bytes())
    assert b'"cldr-misc-full"' in buffer.getvalue()
