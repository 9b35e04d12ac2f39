from common import at, base, diagnostics, problems

J = "journey/01-buy.yaml"


def test_principle_no_standard_refers_to_is_info(tmp_path):
    text = base(J).replace(", p10]", "]")
    found = [d for d in diagnostics(tmp_path, {J: text}) if d.rule == "PRIN002"]
    principles = base("principles.yaml")
    assert [(d.line, d.column, d.severity.value) for d in found] == [(*at(principles, "p10"), "info")]


def test_every_principle_used_passes(tmp_path):
    assert problems(tmp_path, None, "PRIN002") == []
