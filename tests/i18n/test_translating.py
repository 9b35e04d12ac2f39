"""docs/translating.md works: a translator adds German to a copy of the repository, and the tools speak it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "i18n"
#: what the German translator writes (the rest of the catalog is left untranslated on purpose)
GERMAN = {
    "Training checklist": "Schulungscheckliste",
    "Owner": "Verantwortlich",
    "Severity": "Schweregrad",
    "critical": "kritisch",
    "Page {page} of {pages}": "Seite {page} von {pages}",
    ("{n} new standard", "{n} new standards"): ("{n} neuer Standard", "{n} neue Standards"),
}


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(copy)}
    return subprocess.run([sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_a_translator_adds_a_language(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    for name in ("generator", "schema", "tools"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "babel.cfg", copy / "babel.cfg")

    # 1-2. extract (nothing changes: the template is current) and init
    assert _run(copy, "tools/catalogs.py", "extract").returncode == 0
    template = "generator/locales/messages.pot"
    assert (copy / template).read_bytes() == (ROOT / template).read_bytes()
    init = _run(copy, "tools/catalogs.py", "init", "de")
    assert init.returncode == 0, init.stderr
    po = copy / "generator/locales/de/LC_MESSAGES/messages.po"
    with po.open("rb") as f:
        catalog = read_po(f)
    assert catalog.plural_forms == "nplurals=2; plural=(n != 1);"  # CLDR's rule, written by pybabel init

    # the check tells the translator what is left to do
    check = _run(copy, "tools/catalogs.py", "check")
    assert check.returncode == 1
    assert "de/LC_MESSAGES/messages.po: untranslated: 'Owner'" in check.stderr
    assert "de/glossary.csv" in check.stderr

    # 3. translate (some of it) and 5. compile
    for message in catalog:
        if message.id in GERMAN:
            message.string = GERMAN[message.id]
    with po.open("wb") as f:
        write_po(f, catalog)
    compiled = _run(copy, "tools/catalogs.py", "compile")
    assert compiled.returncode == 0, compiled.stderr
    assert (copy / "generator/locales/de/LC_MESSAGES/messages.mo").exists()

    # the translator's words are used; the rest stays English; numbers are German without any catalog help
    probe = _run(copy, "-c", "from generator.i18n import translator as t; d = t('de'); "
                             "print(d.gettext('Owner'), '|', d.gettext('Step'), '|', "
                             "d.ngettext('{n} new standard', '{n} new standards', 2), '|', d.format_number(1234.5), "
                             "'|', d.quote('Hallo'))")
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "Verantwortlich | Step | 2 neue Standards | 1.234,5 | „Hallo“"

    # 6. a handbook in German: the checklists print the translator's words
    standards = tmp_path / "standards"
    shutil.copytree(FIXTURE, standards)
    manifest = standards / "handbook.yaml"
    text = manifest.read_text(encoding="utf-8").replace("languages: [ro, fr, lv]", "languages: [ro, fr, lv, de]")
    manifest.write_text(text + 'lint: {I18N001: "off"}\n', encoding="utf-8")  # the texts stay in ro/fr/lv
    out = tmp_path / "out"
    made = _run(copy, "-m", "generator", "checklists", str(standards), "--lang", "de", "--out", str(out))
    assert made.returncode == 0, made.stderr
    page = next((out / "de").glob("*-checklist.html")).read_text(encoding="utf-8")
    assert '<html lang="de"' in page
    assert "Schulungscheckliste" in page and "kritisch" in page
    assert re.search(r'"Seite " counter\(page\) " von " counter\(pages\)', page)
