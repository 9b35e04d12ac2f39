"""Mystery-shopping scenarios (scenarios/ID.yaml) go through the same rules as every other file: their
schema, their references (REF001), their translations (I18N001), their ids (ID001), and SCEN001."""

from common import at, diagnostics, messages, problems

from generator.pipeline import load

SC = "scenarios/greeting-visit.yaml"
SCENARIO = """\
id: greeting-visit
title: {en: A greeting visit, ru: Визит на приветствие}
situation: angry-customer
steps: [greet]
channel: chat
persona: {en: A busy customer, ru: Занятой клиент}
ask: {en: Write in chat and ask for help, ru: Напишите в чат и попросите помощи}
watch:
  - {en: The time to the first reply, ru: Время до первого ответа}
items: [greet#hello, angry-customer#listen, clerk#badge]
per_location: {count: 2, every: month}
"""


def test_a_valid_scenario_is_loaded_into_the_model(tmp_path):
    assert problems(tmp_path, {SC: SCENARIO}) == []
    handbook = load(tmp_path / "standards").handbook
    (scenario,) = handbook.scenarios
    assert handbook.scenario("greeting-visit") is scenario
    assert scenario.items == ("greet#hello", "angry-customer#listen", "clerk#badge")
    assert (scenario.situation, scenario.steps, scenario.channel) == ("angry-customer", ("greet",), "chat")
    assert (scenario.plan.count, scenario.plan.every) == (2, "month")  # type: ignore[union-attr]
    assert scenario.watch[0].get("ru") == "Время до первого ответа"
    assert scenario.locations == ()


def test_unknown_situation_step_channel_and_item(tmp_path):
    text = (
        SCENARIO.replace("situation: angry-customer", "situation: angry-custmer")
        .replace("steps: [greet]", "steps: [gret]")
        .replace("channel: chat", "channel: chta")
        .replace("greet#hello,", "greet#helo,")
    )
    assert problems(tmp_path, {SC: text}, "REF001") == [
        ("REF001", *at(text, "angry-custmer")),
        ("REF001", *at(text, "gret]")),
        ("REF001", *at(text, "chta")),
        ("REF001", *at(text, "greet#helo")),
    ]
    found = messages(tmp_path / "again", {SC: text}, "REF001")
    assert "unknown item `greet#helo` | did you mean `greet#hello`?" in found
    assert "unknown situation `angry-custmer` | did you mean `angry-customer`?" in found


def test_an_item_id_that_is_not_close_to_any_says_how_to_write_one(tmp_path):
    text = SCENARIO.replace("clerk#badge", "zzz#qqq")
    (found,) = messages(tmp_path, {SC: text}, "REF001")
    assert found.startswith("unknown item `zzz#qqq` | write a global item id `step#item`")


def test_missing_translation(tmp_path):
    text = SCENARIO.replace("{en: The time to the first reply, ru: Время до первого ответа}", "{en: The time}")
    assert problems(tmp_path, {SC: text}, "I18N001") == [("I18N001", *at(text, "{en: The time}"))]
    assert messages(tmp_path / "again", {SC: text}, "I18N001")[0].startswith(
        "scenario `greeting-visit` watch has no ru text"
    )


def test_two_scenarios_with_one_id(tmp_path):
    assert problems(tmp_path, {SC: SCENARIO, "scenarios/copy.yaml": SCENARIO}, "ID001") == [
        ("ID001", *at(SCENARIO, "greeting-visit"))
    ]


def test_schema_needs_a_situation_or_steps_and_a_sound_plan(tmp_path):
    text = (
        SCENARIO.replace("situation: angry-customer\n", "")
        .replace("steps: [greet]\n", "")
        .replace("every: month", "every: fortnight")
    )
    found = [d for d in diagnostics(tmp_path, {SC: text}) if d.rule == "SCHEMA"]
    assert len(found) == 2, [d.message for d in found]
    assert found[0].message == "the file needs `situation` or `steps` (at least one of them)"
    assert found[0].hint == "add `situation:` or `steps:`, or both; `handbook schema` describes them"
    assert any("fortnight" in d.message for d in found)
    assert (found[-1].line, found[-1].column) == at(text, "fortnight")


def test_scenario_items_must_be_item_ids(tmp_path):
    text = SCENARIO.replace("clerk#badge", "clerk")
    found = [d for d in diagnostics(tmp_path, {SC: text}) if d.rule == "SCHEMA"]
    assert [(d.line, d.column) for d in found] == [at(text, "clerk]")]


def test_scen001_an_item_of_a_step_the_visit_does_not_stage(tmp_path):
    text = SCENARIO.replace("steps: [greet]\n", "")
    assert problems(tmp_path, {SC: text}, "SCEN001") == [("SCEN001", *at(text, "greet#hello"))]
    (found,) = messages(tmp_path / "again", {SC: text}, "SCEN001")
    assert "an item of step `greet`, which the visit does not stage" in found
    assert "add `greet` to the scenario's `steps`" in found


def test_scen001_a_channel_what_it_stages_does_not_use(tmp_path):
    text = SCENARIO.replace("channel: chat", "channel: backoffice")
    assert problems(tmp_path, {SC: text}, "SCEN001") == [("SCEN001", *at(text, "backoffice"))]


def test_scen001_is_a_warning_and_appearance_items_are_always_visible(tmp_path):
    text = SCENARIO.replace("steps: [greet]\n", "")
    (found,) = [d for d in diagnostics(tmp_path, {SC: text}) if d.rule == "SCEN001"]
    assert found.severity.value == "warning"
    assert problems(tmp_path / "ok", {SC: SCENARIO}, "SCEN001") == []


def test_a_misplaced_scenario_file_is_layout001_with_a_hint(tmp_path):
    found = [d for d in diagnostics(tmp_path, {"scenarios/deep/x.yaml": SCENARIO}) if d.rule == "LAYOUT001"]
    assert [d.hint for d in found] == ["move it directly into scenarios/ (no sub-folders)"]
    found = [d for d in diagnostics(tmp_path / "b", {"scenario/x.yaml": SCENARIO}) if d.rule == "LAYOUT001"]
    assert [d.hint for d in found] == ["move it into scenarios/"]
