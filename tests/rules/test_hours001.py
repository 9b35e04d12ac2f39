"""HOURS001: working hours need a time zone that exists."""

from common import at, base, messages, problems

C = "channels.yaml"
H = "handbook.yaml"


def with_hours(lines: str) -> str:
    """The base channels with ``lines`` (already indented by 4) added to the chat channel."""
    return base(C).replace("    response: 2m\n", "    response: 2m\n" + lines, 1)


def test_valid_hours_pass(tmp_path):
    text = with_hours('    timezone: Europe/Riga\n'
                      '    hours: {mon-fri: "09:00-18:00", sat: ["10:00-14:00", "14:00-18:00"], sun: closed}\n')
    holidays = base(H) + "holidays: [2026-11-18, 2026-12-25]\n"
    assert problems(tmp_path, {C: text, H: holidays}) == []


def test_unknown_time_zone(tmp_path):
    text = with_hours('    timezone: Europe/Rigaa\n    hours: {mon-fri: "09:00-18:00"}\n')
    assert problems(tmp_path, {C: text}, "HOURS001") == [("HOURS001", *at(text, "Europe/Rigaa"))]
    assert messages(tmp_path, {C: text}, "HOURS001") == [
        "channel `chat`: unknown time zone `Europe/Rigaa` | did you mean `Europe/Riga`?"]


def test_path_like_time_zone_is_unknown_not_a_crash(tmp_path):
    text = with_hours('    timezone: ../../etc/passwd\n    hours: {mon: "09:00-18:00"}\n')
    assert problems(tmp_path, {C: text}, "HOURS001") == [("HOURS001", *at(text, "../../etc/passwd"))]


def test_hours_without_time_zone(tmp_path):
    text = with_hours('    hours: {mon-fri: "09:00-18:00"}\n')
    assert problems(tmp_path, {C: text}, "HOURS001") == [("HOURS001", *at(text, "hours:"))]
