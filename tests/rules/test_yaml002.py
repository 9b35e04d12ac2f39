from common import at, base, problems

J = "journey/01-buy.yaml"


def test_duplicate_top_level_key(tmp_path):
    text = base(J).replace("id: buy\n", "id: buy\nid: buy-again\n")
    assert problems(tmp_path, {J: text}, "YAML002") == [("YAML002", 2, 1)]


def test_duplicate_nested_key(tmp_path):
    text = base(J).replace("    owner: clerk\n", "    owner: clerk\n    owner: manager\n")
    # the third `owner`: the review's, the step's, then the duplicate
    assert problems(tmp_path, {J: text}, "YAML002") == [("YAML002", *at(text, "owner", 3))]


def test_same_key_in_different_mappings_passes(tmp_path):
    assert problems(tmp_path, None, "YAML002") == []
