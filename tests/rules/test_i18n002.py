from common import at, base, problems

J = "journey/01-buy.yaml"


def test_placeholder_renamed_in_translation(tmp_path):
    text = base(J).replace('ru: "Здравствуйте, {name}!"', 'ru: "Здравствуйте, {imya}!"')
    assert problems(tmp_path, {J: text}, "I18N002") == [("I18N002", *at(text, '"Здравствуйте'))]


def test_same_placeholders_pass(tmp_path):
    assert problems(tmp_path, None, "I18N002") == []


def test_word_pattern_labels_of_a_forbidden_phrase_may_differ_by_language(tmp_path):
    phrases = base("phrases.yaml").replace("phrase: {en: not my job, ru: не моя работа}",
                                           'phrase: {en: "not my {thing}", ru: "не {чья} работа"}')
    assert problems(tmp_path, {"phrases.yaml": phrases}) == []
