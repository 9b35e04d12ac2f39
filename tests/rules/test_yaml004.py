from common import problems, write_folder


def test_legacy_code_page(tmp_path):
    folder = write_folder(tmp_path / "standards")
    (folder / "roles.yaml").write_bytes("roles:\n  - id: clerk\n    name: Продавец\n".encode("cp1251"))
    from generator.pipeline import load

    found = [(d.rule, d.line, d.column) for d in load(folder).diagnostics.sorted() if d.rule == "YAML004"]
    assert found == [("YAML004", 3, 11)]


def test_utf8_with_bom_passes(tmp_path):
    folder = write_folder(tmp_path / "standards")
    roles = folder / "roles.yaml"
    roles.write_bytes(b"\xef\xbb\xbf" + roles.read_bytes())
    from generator.pipeline import load

    assert load(folder).diagnostics.sorted() == []


def test_utf8_text_passes(tmp_path):
    assert problems(tmp_path, None, "YAML004") == []
