from common import at, base, problems

J = "journey/01-buy.yaml"


def test_owner_also_in_support(tmp_path):
    text = base(J).replace("support: [manager]", "support: [manager, clerk]")
    assert problems(tmp_path, {J: text}, "ROLE002") == [("ROLE002", *at(text, "clerk]"))]


def test_other_roles_in_support_pass(tmp_path):
    assert problems(tmp_path, None, "ROLE002") == []
