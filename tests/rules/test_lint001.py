from common import at, base, problems


def test_unknown_rule_in_lint(tmp_path):
    manifest = base("handbook.yaml") + "lint: {PRIN01: off}\n"
    assert problems(tmp_path, {"handbook.yaml": manifest}, "LINT001") == [("LINT001", *at(manifest, "PRIN01"))]


def test_known_rules_pass_and_apply(tmp_path):
    manifest = base("handbook.yaml") + "lint: {PRIN001: off, ROLE001: error}\n"
    roles = base("roles.yaml") + "  - {id: courier, name: {en: Courier, ru: Курьер}, department: stores}\n"
    principles = "principles: []\n"
    found = problems(tmp_path, {"handbook.yaml": manifest, "roles.yaml": roles, "principles.yaml": principles})
    assert "LINT001" not in {r for r, _, _ in found}
    assert "PRIN001" not in {r for r, _, _ in found}
