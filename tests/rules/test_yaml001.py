from common import at, problems

J = "journey/01-buy.yaml"


def test_tab_indentation(tmp_path):
    text = "id: buy\ntitle: {en: B, ru: B}\nsteps:\n\t- id: x\n"
    assert problems(tmp_path, {J: text}, "YAML001") == [("YAML001", 4, 1)]


def test_several_documents(tmp_path):
    text = "id: buy\n---\nid: other\n"
    assert problems(tmp_path, {J: text}, "YAML001") == [("YAML001", 2, 1)]


def test_unclosed_quote_points_at_the_opening_quote(tmp_path):
    text = 'id: buy\ntitle: "Buying\nsteps: []\n'
    assert problems(tmp_path, {J: text}, "YAML001") == [("YAML001", *at(text, '"'))]


def test_control_character(tmp_path):
    text = "id: buy\ntitle: {en: B\x07, ru: B}\n"
    assert problems(tmp_path, {J: text}, "YAML001") == [("YAML001", *at(text, "\x07"))]


def test_deep_nesting(tmp_path):
    text = "id: " + "[" * 100 + "]" * 100 + "\n"
    found = problems(tmp_path, {J: text}, "YAML001")
    assert len(found) == 1 and found[0][1] == 1


def test_well_formed_file_passes(tmp_path):
    assert problems(tmp_path, None, "YAML001") == []
