from common import at, base, problems

S = "scoring.yaml"


def test_no_tier_at_zero(tmp_path):
    text = base(S).replace("min: 0}", "min: 50}")
    assert problems(tmp_path, {S: text}, "SCORE001") == [("SCORE001", *at(text, "50"))]


def test_two_tiers_share_a_minimum(tmp_path):
    text = base(S).replace("min: 90}", "min: 0}")
    assert problems(tmp_path, {S: text}, "SCORE001") == [("SCORE001", *at(text, "0}", 2))]


def test_tiers_down_to_zero_pass(tmp_path):
    assert problems(tmp_path, None, "SCORE001") == []
