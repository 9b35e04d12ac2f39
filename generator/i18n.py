"""Interface words in the reader's language: gettext catalogs, and Babel's CLDR data for everything else.

Texts of the standards come from the YAML; these are the words around them ("Owner", "Say"). The
messages are English (the msgids, written in the code and the templates); each language's translations
are a gettext catalog, ``generator/locales/<lang>/LC_MESSAGES/messages.po`` (compiled beside it to
``messages.mo``), the format translators' tools (Poedit, Weblate, Crowdin) read. docs/translating.md says
how to add a language.

Plural rules, numbers, percents, units and language names come from Babel (CLDR); quotation marks from
CLDR's delimiters (``locales/quotes.json``, written by ``tools/cldr_quotes.py``). A language without a
catalog gets the English words with its own numbers and quotation marks.

Use::

    t = translator("ru")
    t.gettext("Owner")                                     # "Ответственный"
    t.ngettext("{n} audit", "{n} audits", 3)               # "3 аудита"
    t.gettext("the score is capped at {cap}", cap=t.format_decimal(60))
    t.format_number(63.25), t.format_percent(0.25), t.format_duration(90), t.quote("Hello")

Templates get ``_``/``gettext``/``ngettext``/``pgettext`` through Jinja's i18n extension
(:func:`install`), with the same ``{name}`` placeholders, and the translator itself for numbers.
Mark a message that is looked up later (a table of words keyed by a value) with :func:`N_`.
"""

from __future__ import annotations

import json
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent, get_minus_sign_symbol, get_plus_sign_symbol
from babel.support import NullTranslations, Translations
from babel.units import format_unit

if TYPE_CHECKING:
    import jinja2

#: the catalogs' folder (``<lang>/LC_MESSAGES/messages.mo``) and their gettext domain
LOCALES = Path(__file__).parent / "locales"
DOMAIN = "messages"
#: the language of the msgids
SOURCE_LANGUAGE = "en"
#: the language every unknown or malformed language code falls back to
FALLBACK = Locale("en")


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it (it is translated where it is shown)."""
    return message


def languages() -> tuple[str, ...]:
    """The languages that have a catalog, English (the source) first."""
    found = sorted(p.parent.parent.name for p in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE))


def parse_locale(lang: str) -> Locale:
    """Babel's locale for a language code (``he``, ``pt-BR``, ``pt_BR``); English for one CLDR does not know."""
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return FALLBACK


@cache
def _quotes() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads((LOCALES / "quotes.json").read_text(encoding="utf-8"))["quotes"]
    return data


def _format(text: str, values: dict[str, Any]) -> str:
    return text.format(**values) if values else text


class Translator:
    """The interface words, numbers and quotation marks of one language (build it with :func:`translator`)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = parse_locale(lang)
        self.catalog: NullTranslations = Translations.load(str(LOCALES), [str(self.locale)], DOMAIN)

    def __repr__(self) -> str:
        return f"translator({self.lang!r})"

    # -- words ---------------------------------------------------------------------------------------

    def gettext(self, message: str, /, **values: Any) -> str:
        """``message`` in this language; ``{name}`` placeholders filled from ``values`` when given."""
        return _format(self.catalog.gettext(message), values)

    def pgettext(self, context: str, message: str, /, **values: Any) -> str:
        """:meth:`gettext` of a message whose English is ambiguous, told apart by ``context``."""
        return _format(str(self.catalog.pgettext(context, message)), values)

    def ngettext(self, singular: str, plural: str, n: int, /, **values: Any) -> str:
        """The form for ``n`` things by this language's plural rules, ``{n}`` filled with ``n`` as a number."""
        return self.catalog.ngettext(singular, plural, n).format(n=self.format_integer(n), **values)

    def npgettext(self, context: str, singular: str, plural: str, n: int, /, **values: Any) -> str:
        return self.catalog.npgettext(context, singular, plural, n).format(n=self.format_integer(n), **values)

    # -- numbers, units, quotation marks (CLDR) ---------------------------------------------------------

    def format_integer(self, n: int) -> str:
        return format_decimal(n, format="#,##0", locale=self.locale)

    def format_number(self, value: float | None, digits: int = 1, signed: bool = False) -> str:
        """``63.2`` / ``63,2`` with ``digits`` decimals; ``+12.5``/``−3.0`` when ``signed``; ``—`` for None."""
        if value is None:
            return "—"
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        text = format_decimal(abs(value) if signed else value, format=pattern, locale=self.locale)
        if not signed:
            return text
        rounded_zero = format_decimal(0, format=pattern, locale=self.locale)
        if value < 0 and text != rounded_zero:
            return get_minus_sign_symbol(self.locale) + text
        return get_plus_sign_symbol(self.locale) + text

    def format_decimal(self, value: float) -> str:
        """A weight or a mark as written (``3``, ``2.5`` / ``2,5``): no forced decimals."""
        return format_decimal(value, format="#,##0.###", locale=self.locale)

    def format_percent(self, share: float | None) -> str:
        """A share 0..1 as a whole percentage in this language's way (``25%``, ``25 %``); ``—`` for None."""
        if share is None:
            return "—"
        return format_percent(share, format=None, locale=self.locale)

    def format_duration(self, seconds: float) -> str:
        """``45 s``, ``1 min 30 s``, ``4 h``, ``2 h 5 min`` in this language's units (whole seconds past a minute)."""
        if seconds < 60:
            value: float = round(seconds, 1)
            return format_unit(int(value) if value == int(value) else value, "duration-second", length="short",
                               locale=self.locale)
        hours, rest = divmod(round(seconds), 3600)
        minutes, secs = divmod(rest, 60)
        parts = [
            format_unit(amount, unit, length="short", locale=self.locale)
            for amount, unit in ((hours, "duration-hour"), (minutes, "duration-minute"),
                                 (0 if hours else secs, "duration-second"))
            if amount
        ]
        return format_list(parts, style="unit-narrow", locale=self.locale)

    @cached_property
    def quotation_marks(self) -> tuple[str, str]:
        """This language's outer quotation marks (CLDR delimiters): ``“ ”``, ``« »``, ``„ ”``."""
        quotes = _quotes()
        for key in (str(self.locale).replace("_", "-"), self.locale.language):
            if key in quotes:
                return quotes[key][0], quotes[key][1]
        return quotes["en"][0], quotes["en"][1]

    def quote(self, text: str) -> str:
        """``text`` in quotation marks; the spacing inside them is the catalog's (French ``« text »``)."""
        start, end = self.quotation_marks
        return self.pgettext("quotation", "{start}{text}{end}").format(start=start, text=text, end=end)

    def join(self, items: list[str]) -> str:
        """``a, b and c`` in this language (CLDR list patterns)."""
        return format_list(items, locale=self.locale) if items else ""

    # -- the language itself ------------------------------------------------------------------------

    @property
    def rtl(self) -> bool:
        return self.locale.character_order == "right-to-left"

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def language_name(self) -> str:
        """The language's name in itself (``Русский``, ``עברית``), capitalised as a menu entry."""
        if self.locale is FALLBACK and self.lang.split("-")[0] != "en":
            return self.lang
        name = self.locale.get_display_name(self.locale) or self.lang
        return name[:1].upper() + name[1:]


@cache
def translator(lang: str) -> Translator:
    """The translator of ``lang`` (one per language and process)."""
    return Translator(lang)


def install(env: jinja2.Environment, t: Translator) -> None:
    """Give a Jinja environment (with ``jinja2.ext.i18n``) this language's ``_``, ``ngettext``... and ``t``."""
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=t.gettext, ngettext=t.ngettext, pgettext=t.pgettext, npgettext=t.npgettext, newstyle=False
    )
    env.globals["t"] = t


# -- the language helpers the rest of the code calls by language code -----------------------------------


def is_rtl(lang: str) -> bool:
    return translator(lang).rtl


def direction(lang: str) -> str:
    return translator(lang).direction


def language_name(lang: str) -> str:
    return translator(lang).language_name


def plural_form(n: int, lang: str) -> str:
    """The CLDR plural category of ``n`` in ``lang`` (``one``, ``two``, ``few``, ``many``, ``zero``, ``other``)."""
    return str(parse_locale(lang).plural_form(n))


__all__ = [
    "DOMAIN",
    "LOCALES",
    "N_",
    "Translator",
    "direction",
    "install",
    "is_rtl",
    "language_name",
    "languages",
    "plural_form",
    "translator",
]
