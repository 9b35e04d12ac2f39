from pathlib import Path

from common import at, base, problems

J = "journey/01-buy.yaml"


def test_anchor_and_alias(tmp_path):
    text = base(J).replace("title: {en: Buying", "title: &t {en: Buying").replace(
        "title: {en: Greeting, ru: Приветствие}", "title: *t"
    )
    assert problems(tmp_path, {J: text}, "YAML003") == [("YAML003", *at(text, "&t")), ("YAML003", *at(text, "*t"))]


def test_python_tag_is_reported_and_never_executed(tmp_path):
    marker = tmp_path / "executed"
    text = base(J).replace("id: buy", f'id: !!python/object/apply:os.system ["touch {marker}"]')
    assert problems(tmp_path, {J: text}, "YAML003") == [("YAML003", *at(text, "!!python"))]
    assert not Path(marker).exists()


def test_custom_tag(tmp_path):
    text = base(J).replace("kind: say", "kind: !say say")
    assert problems(tmp_path, {J: text}, "YAML003") == [("YAML003", *at(text, "!say"))]


def test_core_tags_and_plain_values_pass(tmp_path):
    text = base(J).replace("kind: say", "kind: !!str say")
    assert problems(tmp_path, {J: text}, "YAML003") == []
