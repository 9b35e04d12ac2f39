"""HOURS002: impossible working hours (backwards, empty or overlapping ranges, a day twice), positioned."""

from common import at, base, messages, problems

C = "channels.yaml"
H = "handbook.yaml"


def with_hours(lines: str) -> str:
    """The base channels with ``lines`` (already indented by 4) added to the chat channel."""
    return base(C).replace("    response: 2m\n", "    response: 2m\n" + lines, 1)


def test_inverted_range_points_at_it(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n    hours: {mon-fri: "09:00-18:00", sat: "22:00-02:00"}\n')
    assert problems(tmp_path, {C: text}, "HOURS002") == [("HOURS002", *at(text, '"22:00-02:00"'))]
    (message,) = messages(tmp_path, {C: text}, "HOURS002")
    assert "does not end after it starts" in message and "`22:00-24:00`" in message and "`00:00-02:00`" in message


def test_empty_range(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n    hours: {mon: "09:00-09:00"}\n')
    assert problems(tmp_path, {C: text}, "HOURS002") == [("HOURS002", *at(text, '"09:00-09:00"'))]


def test_overlapping_ranges_point_at_the_later_one(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n    hours:\n      mon: ["12:00-18:00", "09:00-13:00"]\n')
    # sorted by opening time, 12:00-18:00 is the one that starts inside the other
    assert problems(tmp_path, {C: text}, "HOURS002") == [("HOURS002", *at(text, '"12:00-18:00"'))]


def test_touching_ranges_do_not_overlap(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n    hours: {mon: ["09:00-13:00", "13:00-18:00"]}\n')
    assert problems(tmp_path, {C: text}, "HOURS002") == []


def test_day_given_twice(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n    hours:\n      mon-fri: "09:00-18:00"\n      wed: closed\n')
    assert problems(tmp_path, {C: text}, "HOURS002") == [("HOURS002", *at(text, "wed"))]
    assert "wed is given twice, by `mon-fri` and `wed`" in messages(tmp_path, {C: text}, "HOURS002")[0]


def test_a_range_of_days_may_run_across_the_weeks_end(tmp_path):
    """`sun-thu` (an Israeli working week) is Sunday to Thursday: Monday given again is a day twice."""
    text = with_hours('    timezone: Asia/Jerusalem\n    hours: {sun-thu: "09:00-18:00", fri: "09:00-13:00"}\n')
    assert problems(tmp_path, {C: text}, "HOURS002") == []
    text = with_hours('    timezone: Asia/Jerusalem\n    hours: {sun-thu: "09:00-18:00", mon: "09:00-13:00"}\n')
    assert problems(tmp_path / "2", {C: text}, "HOURS002") == [("HOURS002", *at(text, "mon:"))]
    assert "mon is given twice, by `sun-thu` and `mon`" in messages(tmp_path / "3", {C: text}, "HOURS002")[0]


def test_malformed_times_and_days_are_schema_errors(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n    hours: {monday: "9:00-18:00"}\n')
    found = problems(tmp_path, {C: text})
    assert found and all(rule == "SCHEMA" for rule, _, _ in found)
    holidays = base(H) + "holidays: [2026-02-30]\n"
    assert [rule for rule, _, _ in problems(tmp_path, {H: holidays})] == ["SCHEMA"]


def test_a_range_inside_a_long_one_overlaps_even_when_not_next_to_it(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n    hours:\n'
                      '      mon: ["09:00-18:00", "10:00-11:00", "12:00-13:00"]\n')
    assert problems(tmp_path, {C: text}, "HOURS002") == [
        ("HOURS002", *at(text, '"10:00-11:00"')), ("HOURS002", *at(text, '"12:00-13:00"'))]
