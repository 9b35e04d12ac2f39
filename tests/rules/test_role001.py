from common import at, base, problems


def test_role_nobody_uses(tmp_path):
    roles = base("roles.yaml") + "  - {id: courier, name: {en: Courier, ru: Курьер}, department: stores}\n"
    assert problems(tmp_path, {"roles.yaml": roles}, "ROLE001") == [("ROLE001", *at(roles, "courier"))]


def test_role_named_only_by_a_review_or_a_standard_passes(tmp_path):
    assert problems(tmp_path, None, "ROLE001") == []  # manager supports a step and owns a review
