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


def test_rule_ids_with_digits_inside_are_accepted(tmp_path):
    # I18N001 has digits before its last letter: the schema's key pattern must accept it
    manifest = base("handbook.yaml") + "lint: {I18N001: warning, I18N002: off}\n"
    assert problems(tmp_path, {"handbook.yaml": manifest}) == []


def test_lower_case_rule_id_is_a_schema_error_with_the_fix(tmp_path):
    from common import messages

    manifest = base("handbook.yaml") + "lint: {role001: off}\n"
    assert problems(tmp_path, {"handbook.yaml": manifest}, "SCHEMA") == [("SCHEMA", *at(manifest, "role001"))]
    assert messages(tmp_path / "2", {"handbook.yaml": manifest}, "SCHEMA") == [
        "`role001` in lint is not a rule id | rule ids are written in capitals (`ROLE001`); `handbook rules` lists them"
    ]


def test_lint_cannot_set_an_audit_input_rule(tmp_path):
    manifest = base("handbook.yaml") + "lint: {AUDIT005: warning}\n"
    assert problems(tmp_path, {"handbook.yaml": manifest}, "LINT001") == [("LINT001", *at(manifest, "AUDIT005"))]
