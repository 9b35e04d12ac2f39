from pathlib import Path

from common import at, base, diagnostics, problems

from generator.pipeline import load

J = "journey/01-buy.yaml"


def _schema(tmp_path, changes):
    return [d for d in diagnostics(tmp_path, changes) if d.rule == "SCHEMA"]


def test_misspelled_field_says_did_you_mean_once(tmp_path):
    text = base(J).replace("owner: clerk", "ownr: clerk")
    found = _schema(tmp_path, {J: text})
    assert [(d.line, d.column) for d in found] == [at(text, "ownr")]
    assert "did you mean `owner`?" in found[0].hint
    assert "required field `owner` is missing" in found[0].message


def test_owner_list_one_step_one_owner(tmp_path):
    text = base(J).replace("owner: clerk", "owner: [clerk, manager]")
    found = _schema(tmp_path, {J: text})
    assert [(d.line, d.column) for d in found] == [at(text, "[clerk")]
    assert "one step, one owner" in found[0].hint


def test_enum_value_did_you_mean(tmp_path):
    text = base(J).replace("kind: say", "kind: sey")
    found = _schema(tmp_path, {J: text})
    assert [(d.line, d.column) for d in found] == [at(text, "sey")]
    assert "did you mean `say`?" in found[0].hint


def test_text_any_of_names_the_closest_alternative(tmp_path):
    text = base(J).replace("text: {en: Greet the customer,", "text: {en: [Greet the customer],")
    found = _schema(tmp_path, {J: text})
    assert [(d.line, d.column) for d in found] == [at(text, "[Greet")]
    assert found[0].message == "`steps[0].standards[0].text.en` must be a text, not a list"


def test_missing_required_field_at_its_mapping(tmp_path):
    text = base(J).replace("    title: {en: Greeting, ru: Приветствие}\n", "")
    found = _schema(tmp_path, {J: text})
    assert [(d.line, d.column) for d in found] == [at(text, "id: greet")]
    assert "missing required field `title`" in found[0].message


def test_empty_file(tmp_path):
    found = _schema(tmp_path, {"roles.yaml": ""})
    assert [(d.line, d.column) for d in found] == [(1, 1)]
    assert found[0].message == "the file is empty; a roles file must be a mapping with `roles:`"


def test_non_mapping_root(tmp_path):
    found = _schema(tmp_path, {"roles.yaml": "- clerk\n- manager\n"})
    assert [(d.line, d.column) for d in found] == [(1, 1)]
    assert "a roles file must be a mapping with `roles:`" in found[0].message


def test_bad_date_and_unquoted_version(tmp_path):
    text = base(J).replace("last: 2026-10-01", "last: 2026-13-01")
    manifest = base("handbook.yaml").replace('"1.0"', "1.0")
    found = problems(tmp_path, {J: text, "handbook.yaml": manifest}, "SCHEMA")
    assert found == [("SCHEMA", *at(manifest, "1.0")), ("SCHEMA", *at(text, "2026-13-01"))]


def test_yes_no_stay_strings(tmp_path):
    text = base(J).replace("kind: say", "kind: yes")
    found = _schema(tmp_path, {J: text})
    assert "`yes`" in found[0].message  # a string, not true


def test_valid_folder_passes(tmp_path):
    assert problems(tmp_path) == []


def test_codeowners_entry_with_a_line_break_is_refused(tmp_path: Path) -> None:
    """A CODEOWNERS owner must be one handle: a line break would smuggle in a rule of its own."""
    import shutil

    root = Path(__file__).resolve().parents[2] / "standards"
    folder = tmp_path / "standards"
    shutil.copytree(root, folder)
    manifest = folder / "handbook.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace('codeowners: ["@voltaro/service-quality"]', 'codeowners: ["@team\\n/.github/ @attacker"]', 1),
        encoding="utf-8",
    )
    diags = [d for d in load(folder).diagnostics.sorted() if d.rule == "SCHEMA"]
    line = text.split("\n").index('codeowners: ["@voltaro/service-quality"]') + 1
    assert [(d.line, d.column) for d in diags] == [(line, 14)]
    assert "GitHub user or team" in diags[0].message


def test_a_trailing_line_break_does_not_pass_a_pattern(tmp_path):
    """JSON Schema's `$` (ECMA-262) ends the text; Python's would also match before a final newline."""
    text = base(J).replace("- id: greet", '- id: "greet\\n"', 1)
    assert text != base(J)
    found = _schema(tmp_path, {J: text})
    assert [(d.line, d.column) for d in found] == [at(text, '"greet')]
    assert "is not a valid id" in found[0].message


def test_both_validators_read_patterns_as_json_schema_does():
    from generator.schema import ecma_regex, validator

    assert ecma_regex("^[a-z]+$").search("abc") and not ecma_regex("^[a-z]+$").search("abc\n")
    assert ecma_regex(r"^a\$").search("a$")
    stage = {"id": "buy\n", "title": "Buy", "steps": [{"id": "s", "title": "S", "owner": "o", "standards": []}]}
    assert not validator("stage").is_valid(stage)
    stage["id"] = "buy"
    assert validator("stage").is_valid(stage)
