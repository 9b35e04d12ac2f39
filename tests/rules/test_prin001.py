from common import base, diagnostics, problems


def _principles(n: int) -> str:
    return "principles:\n" + "".join(f"  - {{id: p{i}, title: T{i}, text: X{i}}}\n" for i in range(1, n + 1))


def test_too_few_principles(tmp_path):
    found = [d for d in diagnostics(tmp_path, {"principles.yaml": _principles(3)}) if d.rule == "PRIN001"]
    assert [(d.rule, d.line, d.column, d.severity.value) for d in found] == [("PRIN001", 1, 1, "warning")]


def test_too_many_principles(tmp_path):
    assert problems(tmp_path, {"principles.yaml": _principles(21)}, "PRIN001") == [("PRIN001", 1, 1)]


def test_ten_and_twenty_pass(tmp_path):
    assert problems(tmp_path, None, "PRIN001") == []
    assert problems(tmp_path / "20", {"principles.yaml": _principles(20)}, "PRIN001") == []
    assert base("principles.yaml").count("- {id:") == 10
