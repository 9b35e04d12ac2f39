from common import problems

from generator.loader import MAX_BYTES


def test_file_over_the_limit(tmp_path):
    text = "# " + "x" * MAX_BYTES + "\nid: buy\n"
    assert problems(tmp_path, {"journey/01-buy.yaml": text}, "YAML005") == [("YAML005", 1, 1)]


def test_file_under_the_limit_passes(tmp_path):
    assert problems(tmp_path, None, "YAML005") == []
