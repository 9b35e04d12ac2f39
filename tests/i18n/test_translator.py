"""The translator: catalog words, and CLDR's plural rules, numbers, percents, units and quotation marks.

Expected values are written out by hand (the Russian grammar, the French spacing), never read from the
catalogs under test.
"""

from __future__ import annotations

import jinja2
import pytest

from generator import i18n
from generator.i18n import translator

NBSP, NNBSP = "\u00a0", "\u202f"


def test_words_come_from_the_catalog_and_fall_back_to_english() -> None:
    assert translator("ru").gettext("Owner") == "Ответственный"
    assert translator("he").gettext("Step") == "צעד" and translator("he").gettext("Stage") == "שלב"
    assert translator("fr").gettext("Say") == "À dire"
    assert translator("de").gettext("Owner") == "Owner"  # no German catalog: English words
    assert translator("ru").gettext("A message nobody translated") == "A message nobody translated"
    assert translator("ro").gettext("the score is capped at {cap}", cap="60") == "scorul este limitat la 60"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [("ru", 1, "1 аудит"), ("ru", 2, "2 аудита"), ("ru", 5, "5 аудитов"), ("ru", 11, "11 аудитов"),
     ("ru", 21, "21 аудит"), ("ru", 112, "112 аудитов"), ("ro", 1, "1 audit"), ("ro", 2, "2 audituri"),
     ("ro", 101, "101 audituri"), ("ro", 120, "120 de audituri"), ("lv", 1, "1 audits"), ("lv", 11, "11 auditi"),
     ("lv", 21, "21 audits"), ("fr", 0, "0 audit"), ("fr", 1, "1 audit"), ("fr", 2, "2 audits"),
     ("he", 2, "2 ביקורות"), ("de", 1, "1 audit"), ("de", 2, "2 audits")],
)
def test_counting_follows_cldr_plural_rules(lang: str, n: int, expected: str) -> None:
    assert translator(lang).ngettext("{n} audit", "{n} audits", n) == expected


def test_plural_categories_come_from_cldr_for_any_language() -> None:
    """The old hand-written rules answered "many" for 3 in Ukrainian; CLDR says "few"."""
    assert i18n.plural_form(3, "uk") == "few"
    assert i18n.plural_form(5, "uk") == "many"
    assert i18n.plural_form(21, "uk") == "one"
    assert i18n.plural_form(2, "he") == "two"
    assert i18n.plural_form(11, "lv") == "zero"


def test_numbers_percents_and_signs_follow_the_language() -> None:
    en, ru, fr, he = (translator(lang) for lang in ("en", "ru", "fr", "he"))
    assert en.format_number(63.25) == "63.2" and ru.format_number(63.25) == "63,2"
    assert en.format_number(1234.5) == "1,234.5" and ru.format_number(1234.5) == f"1{NBSP}234,5"
    assert en.format_number(None) == "—"
    assert en.format_number(14.29, signed=True) == "+14.3"
    assert en.format_number(-3.0, signed=True) == "-3.0"
    assert en.format_number(-0.01, signed=True) == "+0.0"  # rounds to zero: no minus sign on nothing
    assert he.format_number(14.29, signed=True) == "\u200e+14.3"  # CLDR's Hebrew sign keeps left to right
    assert en.format_decimal(2.5) == "2.5" and fr.format_decimal(2.5) == "2,5" and en.format_decimal(3) == "3"
    assert en.format_percent(0.25) == "25%" and fr.format_percent(0.25) == f"25{NBSP}%"
    assert translator("lv").format_percent(0.25) == "25%" and en.format_percent(None) == "—"


def test_durations_use_cldr_units() -> None:
    assert translator("en").format_duration(45) == "45 sec"
    assert translator("en").format_duration(90) == "1 min 30 sec"
    assert translator("en").format_duration(7500) == "2 hr 5 min"  # seconds dropped past an hour
    assert translator("ru").format_duration(90) == "1 мин 30 с"
    assert translator("fr").format_duration(90) == f"1{NBSP}min 30{NNBSP}s"
    assert translator("he").format_duration(7200) == "שעתיים"  # Hebrew's dual: "two hours" is one word
    assert translator("en").format_duration(2.5) == "2.5 sec"


def test_quotation_marks_are_cldrs() -> None:
    assert translator("en").quote("Hi") == "“Hi”"
    assert translator("ru").quote("Hi") == "«Hi»"
    assert translator("ro").quote("Hi") == "„Hi”"
    assert translator("de").quote("Hi") == "„Hi“"  # no catalog needed
    assert translator("pt").quote("Hi") == "“Hi”" and translator("pt-PT").quote("Hi") == "«Hi»"  # regional
    assert translator("fr").quote("Hi") == f"«{NNBSP}Hi{NNBSP}»"  # the spacing is the French catalog's


def test_language_names_and_direction() -> None:
    assert [translator(lang).language_name for lang in ("en", "ru", "he", "ro", "fr", "lv")] == [
        "English", "Русский", "עברית", "Română", "Français", "Latviešu"]
    directions = [translator(lang).direction for lang in ("en", "he", "ar", "fa", "ru")]
    assert directions == ["ltr", "rtl", "rtl", "rtl", "ltr"]
    assert translator("xx").language_name == "xx"  # unknown to CLDR: its code, English words and numbers
    assert translator("xx").format_number(1.5) == "1.5"


def test_jinja_templates_get_the_same_words() -> None:
    env = jinja2.Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    i18n.install(env, translator("ru"))
    template = env.from_string("{{ _('Owner') }}|{{ ngettext('{n} audit', '{n} audits', 3) }}|"
                               "{{ _('the score is capped at {cap}', cap='<b>') }}|{{ t.format_percent(0.5) }}")
    assert template.render() == f"Ответственный|3 аудита|оценка не выше &lt;b&gt;|50{NBSP}%"


def test_languages_lists_the_catalogs() -> None:
    assert i18n.languages() == ("en", "fr", "he", "lv", "ro", "ru")
