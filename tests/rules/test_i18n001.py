from common import at, base, messages, problems

J = "journey/01-buy.yaml"


def test_missing_language(tmp_path):
    text = base(J).replace("title: {en: Greeting, ru: Приветствие}", "title: {en: Greeting}")
    assert problems(tmp_path, {J: text}, "I18N001") == [("I18N001", *at(text, "{en: Greeting}"))]
    assert messages(tmp_path / "2", {J: text}, "I18N001")[0].startswith("step `greet` title has no ru text")


def test_plain_string_counts_as_the_default_language(tmp_path):
    text = base(J).replace("title: {en: Greeting, ru: Приветствие}", "title: Greeting")
    assert problems(tmp_path, {J: text}, "I18N001") == [("I18N001", *at(text, "Greeting"))]


def test_every_language_present_passes(tmp_path):
    assert problems(tmp_path, None, "I18N001") == []
