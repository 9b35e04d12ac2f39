from common import diagnostics, problems


def test_missing_manifest(tmp_path):
    found = [d for d in diagnostics(tmp_path, {"handbook.yaml": None}) if d.rule == "LAYOUT002"]
    assert [(d.rule, d.line, d.column) for d in found] == [("LAYOUT002", 1, 1)]
    assert found[0].path.endswith("handbook.yaml")


def test_manifest_present_passes(tmp_path):
    assert problems(tmp_path, None, "LAYOUT002") == []
