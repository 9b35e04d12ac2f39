"""Every interface word of every presenter comes from the catalogs: a pseudo-translation finds the others.

``pseudo_translated.py`` runs the real commands with a catalog that returns each message wrapped in ⟦ ⟧ (the
check translators' tools call pseudo-localisation). The outputs are written in Russian for the example company:
the site's pages, search entries and navigation, the What-changed page, checklists, audit forms and shopper
briefs, the audit report as text and HTML, the diff report as text and Markdown, the training report as text
and HTML. Once the marked words, the standards' texts and the inputs' values are taken out, no English word may
be left: a word written in a presenter instead of the catalogs would be.

What may stay, because it is data and not interface: ids and other values written in the YAML or the inputs
(``chat``, ``sales-associate``, a field name such as ``severity`` in the diff reports, which name the YAML's
own keys), Latin words inside the Russian texts (``Voltaro``), and the markup of Markdown and HTML.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
STANDARDS = ROOT / "standards"
EXAMPLES = ROOT / "examples"
DIFF = ROOT / "tests" / "fixtures" / "diff"
DRIVER = Path(__file__).with_name("pseudo_translated.py")
OPEN, CLOSE = "\u27e6", "\u27e7"
LANG = "ru"
TODAY = "2026-11-28"
INPUTS = ("audit-results.csv", "surveys.csv", "transcripts.jsonl", "staff.csv", "acks.csv")
#: attributes whose values a reader hears or sees
SHOWN_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder", "aria-description", "aria-roledescription", "label")
TEXT_FILES = (".html", ".md", ".txt", ".json", ".yml")


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HANDBOOK_TODAY": TODAY}
    out = subprocess.run([sys.executable, str(DRIVER), *map(str, args)], cwd=cwd, env=env, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return out


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                    "-c", "tag.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


def _training_repo(root: Path) -> Path:
    """The example company at version 2026.11 (tagged), then 2026.12 with one sales associate's standard changed."""
    folder = root / "standards"
    shutil.copytree(STANDARDS, folder)
    manifest = folder / "handbook.yaml"
    current = manifest.read_text(encoding="utf-8")
    manifest.write_text(current.replace('version: "2026.12"', 'version: "2026.11"'), encoding="utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "2026.11")
    _git(root, "tag", "v2026.11")
    manifest.write_text(current, encoding="utf-8")
    journey = folder / "journey" / "01-first-contact.yaml"
    text = journey.read_text(encoding="utf-8")
    changed = text.replace("and tell them your name.", "and tell them your first name.")
    assert changed != text
    journey.write_text(changed, encoding="utf-8")
    _git(root, "commit", "-qam", "2026.12")
    return folder


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pseudo")
    ex = {name: EXAMPLES / name for name in INPUTS}
    _run("site", STANDARDS, out / "site", "--lang", LANG)
    _run("site", DIFF / "new", out / "changes-site", "--lang", LANG, "--since", DIFF / "old")
    _run("checklists", STANDARDS, "--lang", LANG, "--out", out / "checklists")
    audit = ["audit", STANDARDS, "--results", ex["audit-results.csv"], "--surveys", ex["surveys.csv"],
             "--transcripts", ex["transcripts.jsonl"], "--lang", LANG, "--period", "month", "--calibration"]
    (out / "audit.txt").write_text(_run(*audit, "--store", out / "store.duckdb").stdout, encoding="utf-8")
    (out / "audit.html").write_text(_run(*audit, "--format", "html").stdout, encoding="utf-8")
    for fmt, name in (("text", "diff.txt"), ("markdown", "diff.md")):
        report = _run("diff", DIFF / "old", DIFF / "new", "--lang", LANG, "--format", fmt).stdout
        (out / name).write_text(report, encoding="utf-8")
    if shutil.which("git"):
        folder = _training_repo(out / "repo")
        for fmt, name in (("text", "training.txt"), ("html", "training.html")):
            report = _run("training", folder, "--staff", ex["staff.csv"], "--acks", ex["acks.csv"], "--lang", LANG,
                          "--format", fmt).stdout
            (out / name).write_text(report, encoding="utf-8")
    return out


# -- what a reader sees in each kind of file ------------------------------------------------------------------


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _css_content(css: str) -> str:
    """The strings of ``content:`` declarations (a printed page's running header and footer)."""
    found = []
    for declaration in re.findall(r"content:\s*([^;}]*)", css):
        for text in re.findall(r'"((?:[^"\\]|\\.)*)"', declaration):
            found.append(re.sub(r"\\([0-9a-fA-F]{1,6})\s?", lambda m: chr(int(m.group(1), 16)), text))
    return " ".join(found)


def _html(text: str) -> list[str]:
    """The visible text (one string: a message with inline markup stays whole), the attributes read out,
    the JSON configuration of scripts (the form's messages) and the printed running headers."""
    shown = [s for m in re.finditer(r"<script([^>]*)>(.*?)</script>", text, re.S) if "json" in m.group(1)
             for s in _strings(json.loads(m.group(2)))]
    shown += [_css_content(m.group(1)) for m in re.finditer(r"<style[^>]*>(.*?)</style>", text, re.S)]
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>|<!--.*?-->", " ", text, flags=re.S)
    for tag in re.findall(r"<[a-zA-Z][^>]*>", text):
        shown += [html.unescape(v) for name, v in re.findall(r'([\w-]+)="([^"]*)"', tag) if name in SHOWN_ATTRIBUTES]
        if tag.startswith("<meta") and 'name="description"' in tag:
            shown += re.findall(r'content="([^"]*)"', tag)
    shown.append(html.unescape(re.sub(r"<[^>]*>", " ", text)))
    return shown


def _markdown(text: str) -> list[str]:
    text = re.sub(r"^```.*?^```", " ", text, flags=re.S | re.M)  # diagrams: the texts of the standards
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"^\[[^\]\n]+\]: \S+$", " ", text, flags=re.M)  # reference definitions (glossary term links)
    text = re.sub(r"\{ ?[:.#][^}]*\}", " ", text)  # attribute lists
    text = re.sub(r"^\s*(!!!|\?\?\?\+?) \w+", " ", text, flags=re.M)  # admonition types
    return _html(re.sub(r"\\(.)", r"\1", text))


class _Config(yaml.SafeLoader):
    pass


_Config.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _config(text: str) -> list[str]:
    """The site's name and the navigation's titles of a generated mkdocs.yml (the language menu is CLDR's)."""
    config = yaml.load(text, _Config)  # our own generated file; its python tags are dropped

    def nav(value: Any) -> list[str]:
        if isinstance(value, list):
            return [s for v in value for s in nav(v)]
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in (k, *nav(v))]
        return []

    return [config["site_name"], *nav(config["nav"])]


def shown_text(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        return _html(text)
    if path.suffix == ".md":
        return _markdown(text)
    if path.suffix == ".json":
        return _strings(json.loads(text))
    if path.suffix == ".yml":
        return _config(text)
    return [text]


def unmarked(text: str) -> str:
    """``text`` without the pseudo-translated messages (innermost first: messages hold other messages)."""
    pattern = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while True:
        shorter = pattern.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


# -- what the outputs may repeat: the data --------------------------------------------------------------------


def data(folders: Iterable[Path], inputs: Iterable[Path], compared: Iterable[Path] = ()) -> tuple[set[str], list[str]]:
    """Whole values and keys of the YAML and the inputs (ids, single words), Latin words of texts in another
    script, and the texts themselves, longest first (they are taken out of the outputs before the check).

    Every word of the ``compared`` folders' texts too: a diff shows the changed words of every language."""
    values: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                values.add(str(key))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif node is not None:
            values.add(str(node).strip())

    for folder in compared:
        for path in folder.rglob("*.yaml"):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    compared_words = {w for v in values for w in re.findall(r"[A-Za-z]+", v)}
    for folder in folders:
        for path in folder.rglob("*.yaml"):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in inputs:
        if path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as f:
                values.update(cell for row in csv.reader(f) for cell in row)
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            values.update(s for line in lines for s in _strings(json.loads(line)))
    words = values | compared_words
    for value in values:
        if re.search(r"[^\W\d_A-Za-z]", value):
            words.update(re.findall(r"[A-Za-z]+", value))
    return words, sorted((v for v in values if " " in v), key=len, reverse=True)


def english_left(paths: Iterable[Path], words: set[str], texts: list[str]) -> dict[str, list[str]]:
    """English words outside the marks, with where they were seen."""
    found: dict[str, list[str]] = {}
    for path in paths:
        for chunk in shown_text(path):
            rest = unmarked(chunk)
            for text in texts:
                if text in rest:
                    rest = rest.replace(text, " ")
            for token in rest.split():
                word = token.strip(".,;:!?()[]{}«»“”\"'*_`|—–-…+~")
                if re.fullmatch(r"[A-Za-z][A-Za-z']+", word) and word not in words and token not in words:
                    at = chunk.find(token)
                    found.setdefault(word, []).append(f"{path.name}: …{chunk[max(0, at - 50):at + 50]}…")
    return found


@pytest.mark.slow
def test_no_presenter_writes_a_word_the_catalogs_do_not_hold(outputs: Path) -> None:
    words, texts = data([STANDARDS], [EXAMPLES / name for name in INPUTS], [DIFF / "old", DIFF / "new"])
    paths = sorted(p for p in outputs.rglob("*") if p.is_file() and p.suffix in TEXT_FILES
                   and "assets" not in p.parts and "repo" not in p.parts)
    kinds = {p.name for p in paths}
    assert {"index.md", "what-changed.md", "search-entries.json", "mkdocs.yml", "audit.txt", "audit.html",
            "diff.txt", "diff.md"} <= kinds
    assert {"sales-associate-checklist.html", "sales-associate-audit-form.html",
            "angry-caller-shopper-brief.html"} <= kinds
    if shutil.which("git"):
        assert {"training.txt", "training.html"} <= kinds
    found = english_left(paths, words, texts)
    assert found == {}, "words written around the catalogs:\n" + "\n".join(
        f"{word}: {where[0]}" for word, where in sorted(found.items()))


def test_the_check_sees_a_word_written_around_the_catalogs(tmp_path: Path) -> None:
    """The scan is not blind: an English word outside the marks is found, in text, HTML and Markdown alike."""
    (tmp_path / "a.txt").write_text(f"{OPEN}Owner{CLOSE}: sales-associate\nTotal: 3\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(f'<p title="Sort">{OPEN}Owner of <b>{OPEN}the step{CLOSE}</b>{CLOSE}</p>'
                                     '<style>@page { @top-left { content: "Page " counter(page) } }</style>',
                                     encoding="utf-8")
    (tmp_path / "c.md").write_text(f"# {OPEN}Roles{CLOSE}\n\n[Продавец](roles/a.md) | Ответственный | Owner\n",
                                   encoding="utf-8")
    found = english_left(sorted(tmp_path.iterdir()), {"sales-associate"}, [])
    assert sorted(found) == ["Owner", "Page", "Sort", "Total"]
    [where] = found["Owner"]
    assert where.startswith("c.md: ") and "Ответственный | Owner" in where
