from common import at, base, problems

J = "journey/01-buy.yaml"


def test_placeholder_renamed_in_translation(tmp_path):
    text = base(J).replace('ru: "Здравствуйте, {name}!"', 'ru: "Здравствуйте, {imya}!"')
    assert problems(tmp_path, {J: text}, "I18N002") == [("I18N002", *at(text, '"Здравствуйте'))]


def test_same_placeholders_pass(tmp_path):
    assert problems(tmp_path, None, "I18N002") == []
