"""Every interface label table speaks every language staff read: same keys, no empty values, same placeholders."""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Mapping

import pytest

from generator import i18n
from generator.audit import labels as audit_labels
from generator.diff import present
from generator.render.checklists import labels as checklist_labels
from generator.render.site import labels as site_labels

LANGUAGES = ("en", "ru", "he", "ro", "fr", "lv")
TABLES: dict[str, Mapping[str, Mapping[str, str]]] = {
    "i18n.LABELS": i18n.LABELS,
    "site SITE_LABELS": site_labels.SITE_LABELS,
    "checklists LABELS": checklist_labels.LABELS,
    "diff LABELS": present.LABELS,
    "audit LABELS": audit_labels.LABELS,
}
PLURAL_SUFFIXES = tuple(f"_{form}" for form in i18n.PLURAL_FORMS)
#: the plural categories each language's grammar needs for a counted noun
PLURAL_NEEDS = {"en": {"one", "many"}, "he": {"one", "many"}, "fr": {"one", "many"}, "lv": {"one", "many"},
                "ru": {"one", "few", "many"}, "ro": {"one", "few", "many"}}


def _plural_base(key: str) -> str | None:
    return next((key[: -len(s)] for s in PLURAL_SUFFIXES if key.endswith(s)), None)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("name", TABLES)
def test_every_language_has_the_same_keys(name: str) -> None:
    table = TABLES[name]
    assert set(table) == set(LANGUAGES), f"{name}: languages {sorted(table)}"
    plain = {lang: {k for k in table[lang] if _plural_base(k) is None} for lang in LANGUAGES}
    for lang in LANGUAGES:
        assert plain[lang] == plain["en"], (
            f"{name}[{lang}]: missing {sorted(plain['en'] - plain[lang])}, extra {sorted(plain[lang] - plain['en'])}"
        )


@pytest.mark.parametrize("name", TABLES)
def test_counted_labels_have_every_form_the_language_needs(name: str) -> None:
    """A counted label has all of a language's plural forms, or none and an invariant form (``changed``)."""
    table = TABLES[name]
    bases = {b for lang in LANGUAGES for k in table[lang] if (b := _plural_base(k)) is not None}
    for base in bases:
        for lang in LANGUAGES:
            forms = {k[len(base) + 1:] for k in table[lang] if _plural_base(k) == base}
            if forms:
                assert PLURAL_NEEDS[lang] <= forms, f"{name}[{lang}]: {base} lacks {PLURAL_NEEDS[lang] - forms}"
            else:
                assert base in table[lang], f"{name}[{lang}]: {base} has neither count forms nor an invariant form"


@pytest.mark.parametrize("name", TABLES)
def test_no_empty_values_and_same_placeholders(name: str) -> None:
    table = TABLES[name]
    for lang in LANGUAGES:
        for key, text in table[lang].items():
            assert text.strip(), f"{name}[{lang}][{key}] is empty"
            assert text == text.strip(), f"{name}[{lang}][{key}] has surrounding spaces"
            reference = table["en"].get(key) or table["en"].get(f"{_plural_base(key)}_many", "")
            assert _placeholders(text) == _placeholders(reference), f"{name}[{lang}][{key}]: {text!r}"


@pytest.mark.parametrize("name", TABLES)
def test_translations_are_translated_and_spelled_with_the_right_letters(name: str) -> None:
    table = TABLES[name]
    for lang in ("ro", "fr", "lv"):
        texts = table[lang].values()
        # Romanian ș and ț take a comma below, not the Turkish cedilla
        if lang == "ro":
            assert not any(c in t for t in texts for c in "şţŞŢ"), f"{name}[ro] uses ş/ţ with a cedilla"
        for text in texts:
            assert unicodedata.normalize("NFC", text) == text, f"{name}[{lang}]: {text!r} is not NFC"
            assert not any("CYRILLIC" in unicodedata.name(c, "") or "HEBREW" in unicodedata.name(c, "")
                           for c in text), f"{name}[{lang}]: {text!r}"
        same_as_english = [k for k, v in table[lang].items() if v == table["en"].get(k)]
        # a few words are the same in both languages (Script, Version, Situation...), most are not
        assert len(same_as_english) <= max(3, len(table[lang]) // 6), f"{name}[{lang}] untranslated: {same_as_english}"


def test_the_words_around_the_standards_are_translated() -> None:
    expected = {
        "ro": {"owner": "Responsabil", "say": "Spuneți", "do": "Faceți", "avoid": "Evitați", "severity": "Gravitate"},
        "fr": {"owner": "Responsable", "say": "À dire", "do": "À faire", "avoid": "À éviter", "severity": "Gravité"},
        "lv": {"owner": "Atbildīgais", "say": "Sakiet", "do": "Dariet", "avoid": "Izvairieties"},
    }
    for lang, words in expected.items():
        for key, word in words.items():
            assert i18n.label(key, lang) == word
    assert i18n.language_name("ro") == "Română" and i18n.language_name("lv") == "Latviešu"
    assert all(lang in i18n.LANGUAGE_NAMES for lang in LANGUAGES)
    assert [i18n.direction(lang) for lang in LANGUAGES] == ["ltr", "ltr", "rtl", "ltr", "ltr", "ltr"]


@pytest.mark.parametrize(
    ("lang", "numbers", "form"),
    [
        ("en", [1], "one"), ("en", [0, 2, 11, 21, 101], "many"),
        ("he", [1], "one"), ("he", [2, 21], "many"),
        ("ru", [1, 21, 101], "one"), ("ru", [2, 4, 22, 104], "few"), ("ru", [0, 5, 11, 12, 14, 25, 111], "many"),
        ("lv", [1, 21, 31, 101], "one"), ("lv", [0, 2, 10, 11, 12, 19, 20, 111], "many"),
        ("fr", [0, 1], "one"), ("fr", [2, 21, 100], "many"),
        ("ro", [1], "one"), ("ro", [0, 2, 19, 101, 119], "few"), ("ro", [20, 21, 100, 120], "many"),
    ],
)
def test_plural_forms(lang: str, numbers: list[int], form: str) -> None:
    for n in numbers:
        assert i18n.plural_form(n, lang) == form, (lang, n)


def test_counted_summary_words() -> None:
    assert present.plural(1, "added", "ro") == "standard nou"
    assert present.plural(3, "added", "ro") == "standarde noi"
    assert present.plural(20, "added", "ro") == "de standarde noi"
    assert present.plural(21, "added", "lv") == "jauns standarts"
    assert present.plural(11, "added", "lv") == "jauni standarti"
    assert present.plural(2, "changed", "fr") == "modifiés"
    assert present.plural(21, "added", "en") == "new standards"
    assert present.plural(2, "changed", "en") == "changed"  # invariant in English
    assert present.plural(5, "added", "de") == "new standards"  # no table: English
