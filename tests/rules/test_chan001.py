from common import at, base, problems

C = "channels.yaml"


def test_required_phrases_lack_a_language(tmp_path):
    text = base(C).replace("phrases: {en: [hello], ru: [здравствуйте]}", "phrases: {en: [hello]}")
    assert problems(tmp_path, {C: text}, "CHAN001") == [("CHAN001", *at(text, "{en: [hello]}"))]


def test_every_language_passes(tmp_path):
    assert problems(tmp_path, None, "CHAN001") == []
