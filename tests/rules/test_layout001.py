from common import base, diagnostics, problems


def test_misspelled_top_level_file(tmp_path):
    found = diagnostics(tmp_path, {"role.yaml": base("roles.yaml")})
    layout = [d for d in found if d.rule == "LAYOUT001"]
    assert [(d.rule, d.line, d.column, d.path.endswith("role.yaml")) for d in layout] == [("LAYOUT001", 1, 1, True)]
    assert "roles.yaml" in layout[0].hint


def test_yml_suffix_and_sub_folder(tmp_path):
    changes = {"journey/02-pay.yml": "id: pay\n", "journey/old/01.yaml": "id: old\n"}
    assert problems(tmp_path, changes, "LAYOUT001") == [("LAYOUT001", 1, 1), ("LAYOUT001", 1, 1)]


def test_known_layout_passes(tmp_path):
    assert problems(tmp_path, None, "LAYOUT001") == []
