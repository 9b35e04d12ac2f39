"""Working hours and holidays (FORMAT §7.5): response times count only working time in the channel's zone.

Every figure is worked out by hand in the comments. Riga is UTC+2 in winter (EET) and UTC+3 in summer
(EEST); in 2026 summer time begins on 29 March (03:00 -> 04:00) and ends on 25 October (04:00 -> 03:00).
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.worktime import WorkingCalendar, zone

from .conftest import STANDARDS

OFFICE = [[(540, 1080)]] * 5 + [[], []]  # mon-fri 09:00-18:00
ALWAYS = [[(0, 1440)]] * 7


def ts(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def calendar(week: list[list[tuple[int, int]]], holidays: tuple[str, ...] = ()) -> WorkingCalendar:
    tz = zone("Europe/Riga")
    assert tz is not None
    return WorkingCalendar(tz, week, holidays)


def test_across_midnight() -> None:
    # Mon 17:50 -> Tue 09:20: 10 min on Monday, 20 min on Tuesday
    assert calendar(OFFICE).seconds(ts("2026-11-02T17:50:00+02:00"), ts("2026-11-03T09:20:00+02:00")) == 30 * 60


def test_weekend_is_not_working_time() -> None:
    # the email: Fri 22:00 -> Mon 09:30 is 59 h 30 min on the wall, 30 min of working time
    assert calendar(OFFICE).seconds(ts("2026-11-06T22:00:00+02:00"), ts("2026-11-09T09:30:00+02:00")) == 30 * 60
    # written and answered on Saturday: no working time passed at all
    assert calendar(OFFICE).seconds(ts("2026-11-07T10:00:00+02:00"), ts("2026-11-07T16:00:00+02:00")) == 0


def test_holiday_is_closed() -> None:
    # Tue 17:00 -> Thu 10:00 with Wednesday 18 November a holiday: 1 h on Tuesday + 1 h on Thursday
    cal = calendar(OFFICE, ("2026-11-18",))
    assert cal.seconds(ts("2026-11-17T17:00:00+02:00"), ts("2026-11-19T10:00:00+02:00")) == 2 * 3600
    # without the holiday Wednesday adds its 9 hours
    plain = calendar(OFFICE)
    assert plain.seconds(ts("2026-11-17T17:00:00+02:00"), ts("2026-11-19T10:00:00+02:00")) == 11 * 3600


def test_dst_change() -> None:
    cal = calendar(ALWAYS)
    # 29 March: 01:30 EET (23:30 UTC) -> 05:30 EEST (02:30 UTC) is 4 hours on the wall, 3 hours of time
    assert cal.seconds(ts("2026-03-29T01:30:00+02:00"), ts("2026-03-29T05:30:00+03:00")) == 3 * 3600
    # 25 October: 00:30 EEST (21:30 UTC) -> 05:30 EET (03:30 UTC) is 5 hours on the wall, 6 hours of time
    assert cal.seconds(ts("2026-10-25T00:30:00+03:00"), ts("2026-10-25T05:30:00+02:00")) == 6 * 3600
    # the working day itself: 23 hours on 29 March, 25 hours on 25 October
    (spring,) = cal.periods(datetime(2026, 3, 29).date())
    (autumn,) = cal.periods(datetime(2026, 10, 25).date())
    assert (spring[1] - spring[0], autumn[1] - autumn[0]) == (23 * 3600, 25 * 3600)
    # office hours over the change: Fri 27 March 17:00 EET -> Mon 30 March 10:00 EEST is 1 h + 1 h
    assert calendar(OFFICE).seconds(ts("2026-03-27T17:00:00+02:00"), ts("2026-03-30T10:00:00+03:00")) == 7200


def test_several_ranges_a_day_and_overlaps_count_once() -> None:
    cal = calendar([[(540, 780), (840, 1080), (600, 700)]] * 7)  # 09-13, 14-18, and 10:00-11:40 inside the first
    # 12:00 -> 15:00: 1 h before lunch, 1 h after
    assert cal.seconds(ts("2026-11-02T12:00:00+02:00"), ts("2026-11-02T15:00:00+02:00")) == 7200


# -- end to end: `handbook audit` on a standards folder whose email channel has hours ------------------

EMAIL_HOURS = '    timezone: Europe/Riga\n    hours: {mon-fri: "09:00-18:00", sat-sun: closed}\n'


@pytest.fixture
def standards(tmp_path: Path) -> Path:
    folder = tmp_path / "standards"
    shutil.copytree(STANDARDS, folder)
    channels = folder / "channels.yaml"
    text = channels.read_text(encoding="utf-8")
    channels.write_text(text.replace("    first_response: 4h\n", "    first_response: 4h\n" + EMAIL_HOURS), "utf-8")
    manifest = folder / "handbook.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "holidays: [2026-11-18]\n", "utf-8")
    return folder


def email(tmp_path: Path, conversation: str, asked: str, answered: str, channel: str = "email") -> list[str]:
    reply = "Dear Ana, it is ready. Kind regards, Eli. Anything else?"
    return [json.dumps({"conversation": conversation, "channel": channel, "time": asked, "speaker": "customer",
                        "employee": None, "text": "Where is my order?"}),
            json.dumps({"conversation": conversation, "channel": channel, "time": answered, "speaker": "agent",
                        "employee": "emp-1", "text": reply})]


def audit(standards: Path, tmp_path: Path, lines: list[str], *args: str) -> Any:
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(standards), "--transcripts", str(path), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "json" in args else result.stdout


def test_email_over_the_weekend_is_on_time(standards: Path, tmp_path: Path) -> None:
    lines = [
        *email(tmp_path, "weekend", "2026-11-06T22:00:00+02:00", "2026-11-09T09:30:00+02:00"),
        # Fri 17:00 -> Mon 13:10: 1 h on Friday + 4 h 10 min on Monday = 5 h 10 min > 4 h;
        # on the wall 68 h 10 min (Fri 15:00 UTC -> Mon 11:10 UTC)
        *email(tmp_path, "late", "2026-11-06T15:00:00Z", "2026-11-09T11:10:00Z"),
        # Tue 17:00 -> Thu 10:00 over the holiday: 2 h, on time
        *email(tmp_path, "holiday", "2026-11-17T17:00:00+02:00", "2026-11-19T10:00:00+02:00"),
    ]
    data = audit(standards, tmp_path, lines, "--format", "json")
    conversations = data["transcripts"]["conversations"]
    assert conversations["weekend"]["findings"] == []
    assert conversations["holiday"]["findings"] == []
    (late,) = conversations["late"]["findings"]
    assert late["kind"] == "first_response"
    assert (late["delay_seconds"], late["elapsed_seconds"], late["target_seconds"]) == (18600, 245400, 14400)
    assert late["message"] == ("first response after 5 hr 10 min of working time (68 hr 10 min in all); "
                               "the target is 4h of working time")


def test_channel_without_hours_counts_every_hour(standards: Path, tmp_path: Path) -> None:
    # the chat channel has no hours: Fri 22:00 -> Mon 09:30 is 59 h 30 min = 214200 s against 60 s
    data = audit(standards, tmp_path, email(tmp_path, "c", "2026-11-06T22:00:00+02:00",
                                            "2026-11-09T09:30:00+02:00", channel="chat"), "--format", "json")
    late = next(f for f in data["transcripts"]["conversations"]["c"]["findings"] if f["kind"] == "first_response")
    assert late["delay_seconds"] == 214200 and "elapsed_seconds" not in late
    assert late["message"] == "first response after 214200 s; the target is 60s (60 s)"


def test_reports_say_working_time(standards: Path, tmp_path: Path) -> None:
    lines = email(tmp_path, "late", "2026-11-06T15:00:00Z", "2026-11-09T11:10:00Z")
    # CLDR's short English units (Babel)
    assert "reply after 5 hr 10 min of working time (68 hr 10 min in all); the target is 4 hr" in audit(
        standards, tmp_path, lines)
    assert "ответ через 5 ч 10 мин рабочего времени (всего 68 ч 10 мин); норматив — 4 ч" in audit(
        standards, tmp_path, lines, "--lang", "ru")


def test_a_week_that_runs_across_its_end(tmp_path: Path) -> None:
    """`sun-thu` (Israel): a message on Thursday 17:00 answered on Sunday 10:00 waited 1 h + 1 h."""
    from generator.assemble import _hours  # the model's reading of `hours`, as the validator and audit use it

    (entry,) = _hours({"sun-thu": "09:00-18:00"})
    assert entry.days == (6, 0, 1, 2, 3)
    week: list[list[tuple[int, int]]] = [[] for _ in range(7)]
    for day in entry.days:
        week[day] = list(entry.ranges)
    tz = zone("Asia/Jerusalem")
    assert tz is not None
    cal = WorkingCalendar(tz, week)
    # Thu 2026-11-05 17:00 IST (+02:00) -> Sun 2026-11-08 10:00: Friday and Saturday are closed
    assert cal.seconds(ts("2026-11-05T17:00:00+02:00"), ts("2026-11-08T10:00:00+02:00")) == 7200
