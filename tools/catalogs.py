#!/usr/bin/env python3
"""The translators' workflow for the interface words (docs/translating.md): Babel's ``pybabel`` with our options.

Run from the repository root::

    python tools/catalogs.py extract        # code and templates -> generator/locales/messages.pot
    python tools/catalogs.py update         # extract, then merge the template into every language's .po
    python tools/catalogs.py init de        # start a new language from the template
    python tools/catalogs.py compile        # every .po -> .mo (committed: `pip install` needs no extra step)
    python tools/catalogs.py check          # what CI checks: template current, all translated, formats, .mo fresh

Each command is the ``pybabel`` command shown by ``--dry-run``, with options that keep the files stable in
git: locations without line numbers, messages sorted, a file rewritten only when a message changed.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "generator" / "locales"
TEMPLATE = LOCALES / "messages.pot"
DOMAIN = "messages"
HOLDER = "Service Handbook maintainers"
#: folders of the repository that hold no interface message (the walk skips them)
IGNORE_DIRS = ".* _* tests bench docs examples standards tools"
#: header lines that change on every run without any message changing
VOLATILE = ("POT-Creation-Date:", "PO-Revision-Date:", "Generated-By:")


def _pybabel(args: list[str], dry_run: bool = False, echo: bool = True) -> None:
    """Run ``pybabel`` from the repository root (babel.cfg's patterns and the locations are relative to it)."""
    if echo:
        print("pybabel " + " ".join(args))
    if not dry_run:
        here = Path.cwd()
        os.chdir(ROOT)
        try:
            CommandLineInterface().run(["pybabel", "-q", *args])
        finally:
            os.chdir(here)


def _stable(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip('"').startswith(VOLATILE))


def _keep_if_same(path: Path, before: str | None) -> None:
    """Put back the old file when only its dates changed (no churn in git)."""
    if before is not None and path.exists() and _stable(path.read_text(encoding="utf-8")) == _stable(before):
        path.write_text(before, encoding="utf-8")


def _catalogs() -> list[Path]:
    return sorted(LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def extract(output: Path = TEMPLATE, dry_run: bool = False) -> None:
    before = output.read_text(encoding="utf-8") if output.exists() else None
    _pybabel(["extract", "-F", "babel.cfg", "-o", str(output), "--add-location=file", "--sort-output", "--no-wrap",
              "--project=handbook", f"--copyright-holder={HOLDER}", "--add-comments=Translators:",
              f"--ignore-dirs={IGNORE_DIRS}", "."], dry_run)
    if not dry_run:
        _keep_if_same(output, before)


def update(dry_run: bool = False) -> None:
    extract(dry_run=dry_run)
    before = {p: p.read_text(encoding="utf-8") for p in _catalogs()}
    _pybabel(["update", "-i", str(TEMPLATE), "-d", str(LOCALES), "-D", DOMAIN, "--no-fuzzy-matching",
              "--ignore-obsolete", "--no-wrap"], dry_run)
    for path, text in before.items():
        _keep_if_same(path, text)


def init(lang: str, dry_run: bool = False) -> None:
    _pybabel(["init", "-i", str(TEMPLATE), "-d", str(LOCALES), "-D", DOMAIN, "-l", lang, "--no-wrap"], dry_run)


def compile_all(dry_run: bool = False) -> None:
    _pybabel(["compile", "-d", str(LOCALES), "-D", DOMAIN, "--statistics"], dry_run)


def _mo_messages(data: bytes) -> dict[object, object]:
    catalog = read_mo(io.BytesIO(data))
    return {(m.context, str(m.id)): str(m.string) for m in catalog if m.id}


def _glossary(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["term"]: row for row in csv.DictReader(f)}


_CODE = re.compile(r"`[^`]*`|\{[a-z_]+\}")


def placeholder_problems(catalog: Catalog, name: str) -> list[str]:
    """Translations whose ``{placeholders}`` are not the message's (a plural form may leave out ``{n}``)."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = {p for text in ids for p in re.findall(r"\{(\w*)\}", text)}
        for text in strings:
            have = set(re.findall(r"\{(\w*)\}", text))
            if text and (have - wanted or (len(ids) == 1 and have != wanted)):
                found.append(f"{name}: {ids[0]!r}: the translation {text!r} has {{{', '.join(sorted(have))}}}, "
                             f"the message {{{', '.join(sorted(wanted))}}}")
    return found


def glossary_problems(catalog: Catalog, lang: str, locales: Path = LOCALES) -> list[str]:
    """Messages that name a glossary term in English but not with the language's word for it.

    ``locales/glossary.csv`` gives each term's English forms; ``<lang>/glossary.csv`` its word and the forms
    that word takes in sentences (a regular expression matched as whole words, so the Hebrew ``שלב``
    does not pass for ``צעד``). Code in backticks and placeholders are not words.
    """
    english = _glossary(locales / "glossary.csv")
    path = locales / lang / "glossary.csv"
    if not path.exists():
        return [f"{path.relative_to(locales.parent.parent)}: no glossary (copy another language's and translate it)"]
    local = _glossary(path)
    found = [f"{lang}/glossary.csv: no word for {term!r}" for term in english if term not in local]
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        source = _CODE.sub(" ", " ".join(ids))
        for term, row in english.items():
            if term not in local or not re.search(rf"\b(?:{row['english']})\b", source, re.IGNORECASE):
                continue
            forms = re.compile(rf"(?<!\w)(?:{local[term]['forms']})(?!\w)", re.IGNORECASE)
            for text in strings:
                if text and not forms.search(_CODE.sub(" ", text)):
                    found.append(f"{lang}: {ids[0]!r} names the {term!r} but {text!r} does not say "
                                 f"{local[term]['translation']!r} (the glossary's word)")
    return found


def _files(locations: list[tuple[str, int | None]]) -> frozenset[str]:
    return frozenset(Path(path).as_posix() for path, _line in locations)


def problems() -> list[str]:
    """Everything that keeps the catalogs from shipping: what ``check`` prints."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "messages.pot"
        _pybabel(["extract", "-F", "babel.cfg", "-o", str(fresh), "--add-location=file",
                  f"--ignore-dirs={IGNORE_DIRS}", "."], echo=False)
        with fresh.open("rb") as f:
            where = {(m.context, m.id): _files(m.locations) for m in read_po(f) if m.id}
    wanted = set(where)
    if not wanted:
        return ["no message found in the code: is babel.cfg there, and are the calls _() / gettext()?"]
    with TEMPLATE.open("rb") as f:
        template = {(m.context, m.id): _files(m.locations) for m in read_po(f) if m.id}
    if wanted != set(template):
        missing = sorted(str(m) for m in wanted - set(template))
        extra = sorted(str(m) for m in set(template) - wanted)
        found.append(f"{TEMPLATE.relative_to(ROOT)} is out of date (run: python tools/catalogs.py update): "
                     f"missing {missing}, no longer used {extra}")
    moved = sorted(str(key[1]) for key in wanted & set(template) if where[key] != template[key])
    if moved:  # the translators' "where is this used" would point at the wrong files
        more = f" and {len(moved) - 5} more" if len(moved) > 5 else ""
        found.append(f"{TEMPLATE.relative_to(ROOT)} names old places for {moved[:5]}{more}"
                     " (run: python tools/catalogs.py update)")
    msgfmt = shutil.which("msgfmt")
    for po in _catalogs():
        name = po.relative_to(ROOT)
        with po.open("rb") as f:
            catalog: Catalog = read_po(f)
        ids = {(m.context, m.id) for m in catalog if m.id}
        if ids != wanted:
            found.append(f"{name}: not merged with the template (run: python tools/catalogs.py update)")
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                found.append(f"{name}: {'fuzzy' if message.fuzzy else 'untranslated'}: {message.id!r}")
        found += [f"{name}: {m.id!r}: {'; '.join(map(str, errors))}" for m, errors in catalog.check()]
        found += placeholder_problems(catalog, str(name))
        found += glossary_problems(catalog, po.parent.parent.name)
        if msgfmt:
            out = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
            found += [f"msgfmt: {line}" for line in out.stderr.splitlines() if "warning" not in line]
        mo = po.with_suffix(".mo")
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        if not mo.exists() or _mo_messages(mo.read_bytes()) != _mo_messages(buffer.getvalue()):
            found.append(f"{mo.relative_to(ROOT)} is not compiled from its .po (run: python tools/catalogs.py compile)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["extract", "update", "init", "compile", "check"])
    parser.add_argument("lang", nargs="?", help="the language code for init (de, pt_BR)")
    parser.add_argument("--dry-run", action="store_true", help="print the pybabel commands only")
    args = parser.parse_args(argv)
    if args.command == "extract":
        extract(dry_run=args.dry_run)
    elif args.command == "update":
        update(dry_run=args.dry_run)
    elif args.command == "init":
        if not args.lang:
            parser.error("init needs a language code: python tools/catalogs.py init de")
        init(args.lang, dry_run=args.dry_run)
    elif args.command == "compile":
        compile_all(dry_run=args.dry_run)
    else:
        found = problems()
        for line in found:
            print(line, file=sys.stderr)
        print(f"{len(found)} problem(s)" if found else "catalogs OK")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
