from common import at, base, messages, problems

J = "journey/01-buy.yaml"


def test_phrases_yaml_phrase_in_a_script(tmp_path):
    text = base(J).replace('en: "Hello, {name}!"', 'en: "Hello {name}, that is Not My Job!"')
    assert problems(tmp_path, {J: text}, "COMM001") == [("COMM001", *at(text, '"Hello {name}'))]
    assert "say instead: «Let me find out»" in messages(tmp_path / "2", {J: text}, "COMM001")[0]


def test_avoid_item_phrase_in_a_say_text_other_language(tmp_path):
    text = base(J).replace("ru: Поприветствуйте клиента}", "ru: Скажите что они виноваты}")
    assert problems(tmp_path, {J: text}, "COMM001") == [("COMM001", *at(text, "Скажите"))]


def test_accents_and_case_are_ignored(tmp_path):
    phrases = base("phrases.yaml").replace("phrase: {en: not my job", "phrase: {en: café closed")
    text = base(J).replace('en: "Hello, {name}!"', 'en: "Hello {name}, CAFE closed"')
    assert problems(tmp_path, {J: text, "phrases.yaml": phrases}, "COMM001") == [("COMM001", *at(text, '"Hello'))]


def test_part_of_a_longer_word_passes(tmp_path):
    text = base(J).replace('en: "Hello, {name}!"', 'en: "Hello {name}, it is not my jobsite"')
    assert problems(tmp_path, {J: text}, "COMM001") == []


def test_do_standards_are_not_checked(tmp_path):
    text = base(J).replace("text: {en: Never blame colleagues", "text: {en: Never say their fault")
    assert problems(tmp_path, {J: text}, "COMM001") == []


def test_word_patterns_in_forbidden_phrases(tmp_path):
    """`{x}` is one word and `word*` a word's start (FORMAT §7.6), the same as in transcripts."""
    phrases = base("phrases.yaml").replace("phrase: {en: not my job, ru: не моя работа}",
                                           'phrase: {en: "not my {thing}", ru: "не {чья} работа"}')
    script = base(J).replace('en: "Hello, {name}!"', 'en: "Hello {name}, that is NOT my problem"')
    assert problems(tmp_path, {J: script, "phrases.yaml": phrases}, "COMM001") == [("COMM001", *at(script, '"Hello'))]
    # no word where the pattern wants one: no match
    script = base(J).replace('en: "Hello, {name}!"', 'en: "Hello {name}, it is mine, not my."')
    assert problems(tmp_path / "2", {J: script, "phrases.yaml": phrases}, "COMM001") == []
    avoid = base(J).replace("phrases: {en: [their fault], ru: [они виноваты]}",
                            "phrases: {en: [their fault], ru: [они винов*]}")
    avoid = avoid.replace("ru: Поприветствуйте клиента}", "ru: Скажите что они виноватые}")
    assert problems(tmp_path / "3", {J: avoid}, "COMM001") == [("COMM001", *at(avoid, "Скажите"))]
