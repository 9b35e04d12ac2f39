"""Phrase matching in English, Russian, Romanian, French, Latvian and Hebrew, with the traps of FORMAT §6.

Every case is checked twice: with the fast matcher of generator.audit.matcher and with the reference
semantics of generator.textnorm.contains_phrase; both must give the expected answer.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import textnorm
from generator.audit import matcher

CASES = [
    # (language, text, phrase, expected)
    ("en", "Please CALM   DOWN, sir.", "calm down", True),
    ("en", "Take the stairs: calm downstairs.", "calm down", False),
    ("en", "It's not my job to check that.", "not my job", True),
    ("en", "It’s not my job.", "it's not my job", True),  # ’ = '
    ("ru", "Клиента необходимо обожать, клиента необходимо любить.", "необходимо любить", True),
    ("ru", "Подождите минуту, пожалуйста.", "ждите", False),  # not inside подождите
    ("ru", "ЖДИТЕ ответа оператора.", "ждите", True),
    ("ru", "Это еще не всё.", "ещё не все", True),  # ё = е
    ("ru", "Мы постоянно транслируем в нашей компании идею клиентоориентированности.", "клиент", False),
    ("ro", "Chiar şi astăzi, când o mare parte din asistenţa pentru clienţi este gestionată", "și astăzi", True),
    ("ro", "Vă rog să vă calmați, calmează-te!", "calmeaza", True),  # accents removed, '-' is a boundary
    ("ro", "Serviciul pentru clienți este interacțiunea directă", "serviciu", False),
    ("ro", "Reprezentanții serviciului pentru clienți", "reprezentantii", True),
    ("fr", "Qu’est-ce que le service client?", "qu'est-ce que", True),
    ("fr", "Les représentants du service clientèle", "representants", True),
    ("fr", "Les services clients", "service", False),
    ("fr", "Le service client est l’interaction entre l’acheteur", "l'acheteur", True),
    ("lv", "Klientu apkalpošana var attiekties uz praksi", "klientu apkalposana", True),
    ("lv", "Darbinieki var sazināties ar personām aci pret aci", "SAZINATIES", True),
    ("lv", "Klientu apkalpošanas nodaļa", "apkalpošana", False),
    ("he", "שָׁלוֹם, איך אפשר לעזור?", "שלום", True),  # Hebrew points ignored
    ("he", "המפתח לשירות לקוחות טוב הוא לעמוד בציפיות של הלקוחות.", "שירות לקוחות", False),  # ל prefix
    ("he", "שירות לקוחות מעולה פירושו לעשות זאת בכל פעם", "שירות לקוחות", True),
    ("he", "זה לא התפקיד שלי", "לא התפקיד שלי", True),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_matching(lang: str, text: str, phrase: str, expected: bool) -> None:
    assert textnorm.contains_phrase(text, phrase) is expected
    fast = matcher.PhraseMatcher([(phrase, lang)])
    assert (fast.keys_in(matcher.fold(text)) == {lang}) is expected


def test_all_phrases_at_once_report_each_key() -> None:
    m = matcher.PhraseMatcher([("calm down", "a"), ("down", "b"), ("ждите", "c"), ("calm", "a")])
    hits = m.find(matcher.fold("Calm down! Just calm. Подождите."))
    assert sorted({k for k, _, _ in hits}) == ["a", "b"]
    assert ("a", 0, 9) in hits  # offsets in the folded text


def test_fold_many_equals_fold() -> None:
    texts = ["  Hello\u00a0World ", "Ёлка  ёж", "שָׁלוֹם", "with\x00nul", "", "Şi ţară"]
    assert matcher.fold_many(texts) == [textnorm.fold(t) for t in texts]


ALPHABET = st.sampled_from(
    list("abcdeéèçăâîșşțţ AEÇȘ.,'’-_0123456789") + list("абвгдеёжзийпо ЁЖД") + list("שלוםלקוחות") +
    ["\u05b8", "\u05bc", "\u0301", "\u0308", "\u200d", "\ufb01", "\uff21", "\u2019", "\t", "\n", "\u00a0", "²"]
)
TEXT = st.text(ALPHABET, max_size=40)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_fold_is_textnorm_fold(text: str) -> None:
    assert matcher.fold(text) == textnorm.fold(text)


@settings(max_examples=500, deadline=None)
@given(TEXT, st.data())
def test_matcher_agrees_with_contains_phrase(text: str, data: st.DataObject) -> None:
    if text and data.draw(st.booleans()):
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        phrase = text[start:end]
    else:
        phrase = data.draw(st.text(ALPHABET, min_size=1, max_size=6))
    fast = matcher.PhraseMatcher([(phrase, 1)])
    assert (1 in fast.keys_in(matcher.fold(text))) == textnorm.contains_phrase(text, phrase)


# -- word patterns (FORMAT §7.6): `{name}` is one word, `word*` any word starting with 3+ given letters -----

PATTERN_CASES = [
    # (language, text, phrase, expected)
    ("en", "Hi, I'm Eli from Voltaro, how can I help?", "I'm {name} from Voltaro", True),
    ("en", "Hi, I’m Anne-Marie from VOLTARO.", "I'm {name} from Voltaro", True),  # one hyphenated word, ’ = '
    ("en", "Hi, I'm Eli Cohen from Voltaro.", "I'm {name} from Voltaro", False),  # exactly one word
    ("en", "Hi, I'm from Voltaro.", "I'm {name} from Voltaro", False),  # and not none
    ("en", "Stop calming me down.", "calm* down", False),  # "calming me": `calm*` is one word, then "down"
    ("en", "Just calming down a bit.", "calm* down", True),
    ("en", "It was refunded yesterday.", "refund*", True),
    ("en", "That is a prerefund.", "refund*", False),  # the start of a word, not its middle
    ("ru", "Успокойся, пожалуйста.", "успоко*", True),
    ("ru", "УСПОКОЙТЕСЬ!", "успоко*", True),
    ("ru", "Он неуспокоенный.", "успоко*", False),
    ("ru", "Здравствуйте, это Ольга из Voltaro.", "это {name} из Voltaro", True),
    ("ru", "Меня зовут Алёна.", "меня зовут {имя}", True),
    ("he", "תירגעי בבקשה, נבדוק את זה.", "תירגע*", True),  # feminine
    ("he", "תירגעו, אנחנו מטפלים בזה.", "תירגע*", True),  # plural
    ("he", "ותירגעי", "תירגע*", False),  # a prefixed letter makes another word
    ("he", "שלום, קוראים לי דנה.", "קוראים לי {name}", True),
    ("he", "היי, אני דנה מוולטרו", "אני {שם} מוולטרו", True),
    ("ro", "Vă rog să vă calmați.", "calm*", True),  # ț folded, accents gone
    ("ro", "Bună ziua, numele meu este Ioana.", "numele meu este {nume}", True),
    ("ro", "Bună ziua, numele meu este.", "numele meu este {nume}", False),
    ("fr", "Bonjour, je m’appelle Élodie.", "je m'appelle {prénom}", True),
    ("fr", "Ne vous énervez pas.", "énerv*", True),
    ("fr", "Calmez-vous, monsieur.", "calm*", True),  # '-' ends the word
    ("lv", "Labdien, mani sauc Jānis.", "mani sauc {vārds}", True),
    ("lv", "Lūdzu, nomierinieties!", "nomierin*", True),
    ("lv", "Viņš nenomierinās.", "nomierin*", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"), PATTERN_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PATTERN_CASES)]
)
def test_patterns(lang: str, text: str, phrase: str, expected: bool) -> None:
    assert textnorm.phrase_problems(phrase) == []
    assert textnorm.contains_phrase(text, phrase) is expected
    fast = matcher.PhraseMatcher([(phrase, lang), ("zzz never", "other")])
    assert (fast.keys_in(matcher.fold(text)) == {lang}) is expected


def test_pattern_match_is_shown_as_written() -> None:
    text = "Hi, I’m Eli from Voltaro!"
    span = textnorm.find_phrase(text, "I'm {name} from Voltaro")
    assert span is not None and text[span[0]:span[1]] == "I’m Eli from Voltaro"


def test_a_pattern_and_a_plain_phrase_share_the_automaton() -> None:
    m = matcher.PhraseMatcher([("voltaro", "company"), ("I'm {name} from Voltaro", "intro"), ("успоко*", "calm")])
    hits = m.find(matcher.fold("I'm Eli from Voltaro. Успокойтесь."))
    assert [k for k, _, _ in hits] == ["company", "intro", "calm"]  # in the order their matches end
    assert ("intro", 0, 20) in hits


@pytest.mark.parametrize(("phrase", "problem"), [
    ("ca*", "at least 3 letters before it, not `ca*`"),
    ("{}", "`{}` names no word"),
    ("{ } from Voltaro", "`{}` names no word"),
    ("{name}s fault", "must be a whole word"),
    ("ca*lm", "must end a word"),
    ("calm**", "must end a word"),
    ("{name}*", "must follow the first letters of a word"),
    ("hello {name", "a `{` without its `}`"),
    ("{name}", "no fixed word"),
    ("{a} {b}", "no fixed word"),
])
def test_bad_patterns(phrase: str, problem: str) -> None:
    (found,) = textnorm.phrase_problems(phrase)
    assert problem in found


@pytest.mark.parametrize("phrase", ["{name}", "{a} {b}", "{a}, {b}."])
def test_a_pattern_without_a_fixed_word_matches_nothing_anywhere(phrase: str) -> None:
    text = "Anything, at all."
    assert not textnorm.contains_phrase(text, phrase)
    assert matcher.PhraseMatcher([(phrase, 1)]).keys_in(matcher.fold(text)) == set()


WORDS = st.text(st.sampled_from(list("abcéș") + list("абвё") + list("שלו")), min_size=1, max_size=5)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=5), st.data())
def test_matcher_agrees_with_textnorm_on_patterns(words: list[str], data: st.DataObject) -> None:
    """Texts made of words; a phrase from some of them with one word turned into `{x}` or cut to `abc*`."""
    text = " ".join(words) + data.draw(st.sampled_from(["", ".", " x", ", " + words[0]]))
    start = data.draw(st.integers(0, len(words) - 1))
    end = data.draw(st.integers(start + 1, len(words)))
    chosen = list(words[start:end]) if data.draw(st.booleans()) else data.draw(st.lists(WORDS, min_size=1, max_size=3))
    i = data.draw(st.integers(0, len(chosen) - 1))
    if data.draw(st.booleans()):
        chosen[i] = "{x}"
    elif len(chosen[i]) >= 3:
        chosen[i] = chosen[i][: data.draw(st.integers(3, len(chosen[i])))] + "*"
    phrase = " ".join(chosen)
    fast = matcher.PhraseMatcher([(phrase, 1)])
    assert (1 in fast.keys_in(matcher.fold(text))) == textnorm.contains_phrase(text, phrase)
