"""PHRASE001: word patterns in phrase lists (FORMAT §7.6), each bad one at its position."""

from common import at, base, messages, problems

C = "channels.yaml"
P = "phrases.yaml"
J = "journey/01-buy.yaml"


def test_good_patterns_pass(tmp_path):
    text = base(C).replace("phrases: {en: [hello], ru: [здравствуйте]}",
                           "phrases: {en: [hello, \"I'm {name} from Test\"], "
                           "ru: [здравствуйте, \"это {имя} из Test\"]}")
    phrases = base(P).replace("phrase: {en: not my job, ru: не моя работа}", "phrase: {en: not my job*, ru: успоко*}")
    assert problems(tmp_path, {C: text, P: phrases}) == []


def test_empty_braces_in_a_required_phrase(tmp_path):
    text = base(C).replace("phrases: {en: [hello], ru: [здравствуйте]}",
                           "phrases: {en: [hello, \"I'm {} from Test\"], ru: [здравствуйте]}")
    assert problems(tmp_path, {C: text}, "PHRASE001") == [("PHRASE001", *at(text, "\"I'm {}"))]
    (message,) = messages(tmp_path, {C: text}, "PHRASE001")
    assert message.startswith("required element `greeting` of channel `chat`: the phrase «I'm {} from Test»: "
                              "`{}` names no word")


def test_star_after_two_letters_in_phrases_yaml(tmp_path):
    phrases = base(P).replace("ru: не моя работа}", "ru: не мо*}")
    assert problems(tmp_path, {P: phrases}, "PHRASE001") == [("PHRASE001", *at(phrases, "не мо*"))]
    assert "at least 3 letters before it, not `мо*`" in messages(tmp_path, {P: phrases}, "PHRASE001")[0]


def test_star_inside_a_word_and_glued_braces_in_an_avoid_item(tmp_path):
    text = base(J).replace("phrases: {en: [their fault], ru: [они виноваты]}",
                           "phrases: {en: [their fa*ult, \"{who}s fault\"], ru: [они виноваты]}")
    assert problems(tmp_path, {J: text}, "PHRASE001") == [
        ("PHRASE001", *at(text, "their fa*ult")), ("PHRASE001", *at(text, '"{who}s fault"'))]


def test_unpaired_brace_and_pattern_without_fixed_word(tmp_path):
    text = base(C).replace("phrases: {en: [hello], ru: [здравствуйте]}",
                           "phrases: {en: [\"hello {name\"], ru: [\"{имя}\"]}")
    assert problems(tmp_path, {C: text}, "PHRASE001") == [
        ("PHRASE001", *at(text, '"hello {name"')), ("PHRASE001", *at(text, '"{имя}"'))]
    assert any("no fixed word" in m for m in messages(tmp_path, {C: text}, "PHRASE001"))
