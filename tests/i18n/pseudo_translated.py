"""Run ``handbook`` with every interface word wrapped in ⟦ ⟧: a pseudo-translation, as translators' tools make.

Whatever a command then writes outside ⟦ ⟧ did not come from the catalogs (tests/i18n/test_every_word.py).

    python tests/i18n/pseudo_translated.py audit standards --results r.csv --lang ru
    python tests/i18n/pseudo_translated.py site standards OUT --lang ru [--since OLD]   # Markdown and config only
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.support import NullTranslations

from generator import i18n

OPEN, CLOSE = "\u27e6", "\u27e7"


class Pseudo(NullTranslations):
    """Every message as it is in English, marked; plurals by the English rule (the marks are what matters)."""

    def gettext(self, message: str) -> str:
        return OPEN + message + CLOSE

    def ngettext(self, singular: str, plural: str, n: int) -> str:  # type: ignore[override]
        return OPEN + (singular if n == 1 else plural) + CLOSE

    def pgettext(self, context: str, message: str) -> str:
        return OPEN + message + CLOSE

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:  # type: ignore[override]
        return self.ngettext(singular, plural, n)


class Catalogs:
    @staticmethod
    def load(*_args: object, **_kwargs: object) -> Pseudo:
        return Pseudo()


def site(folder: str, out: str, lang: str, since: str | None) -> None:
    """The Markdown pages, the search entries and the MkDocs config of one language (no MkDocs build)."""
    from generator.diff import compare
    from generator.pipeline import load
    from generator.render.site.builder import generate_sources

    handbook = load(Path(folder)).handbook
    changes = compare(load(Path(since)).handbook, handbook) if since else None
    generate_sources(handbook, Path(out), Path(out) / "site", changes=changes, languages=(lang,))


def main(argv: list[str]) -> None:
    i18n.Translations = Catalogs  # type: ignore[misc, assignment]
    if argv[0] == "site":
        since = argv[argv.index("--since") + 1] if "--since" in argv else None
        site(argv[1], argv[2], argv[argv.index("--lang") + 1], since)
        return
    from generator.cli import main as cli

    cli(argv, prog_name="handbook")


if __name__ == "__main__":
    main(sys.argv[1:])
