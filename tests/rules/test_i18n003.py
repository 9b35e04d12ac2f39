from common import at, base, messages, problems

J = "journey/01-buy.yaml"


def test_language_not_in_the_handbook(tmp_path):
    text = base(J).replace("title: {en: Greeting, ru: Приветствие}", "title: {en: Greeting, ru: Приветствие, rus: X}")
    assert problems(tmp_path, {J: text}, "I18N003") == [("I18N003", *at(text, "rus"))]
    assert messages(tmp_path / "2", {J: text}, "I18N003")[0].endswith("did you mean `ru`?")


def test_listed_languages_pass(tmp_path):
    assert problems(tmp_path, None, "I18N003") == []
