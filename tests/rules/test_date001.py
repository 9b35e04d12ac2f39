from common import at, base, messages, problems

J = "journey/01-buy.yaml"
ITEM = "phrases: {en: [their fault], ru: [они виноваты]}"


def dated(effective: str, retired: str) -> str:
    return base(J).replace(ITEM, f"{ITEM}\n        effective: {effective}\n        retired: {retired}")


def test_retired_before_effective(tmp_path):
    text = dated("2026-12-01", "2026-06-01")
    assert problems(tmp_path, {J: text}) == [("DATE001", *at(text, "2026-06-01"))]
    [message] = messages(tmp_path / "m", {J: text}, "DATE001")
    assert "before it comes into force on 2026-12-01" in message
    assert "swap" in message


def test_retired_on_the_effective_day(tmp_path):
    text = dated("2026-12-01", "2026-12-01")
    assert problems(tmp_path, {J: text}) == [("DATE001", *at(text, "2026-12-01", 2))]
    assert "the day it comes into force" in messages(tmp_path / "m", {J: text}, "DATE001")[0]


def test_retired_a_day_later_is_fine(tmp_path):
    assert problems(tmp_path, {J: dated("2026-12-01", "2026-12-02")}) == []


def test_one_bound_alone_is_fine(tmp_path):
    only_retired = base(J).replace(ITEM, f"{ITEM}\n        retired: 2020-01-01")
    only_effective = base(J).replace(ITEM, f"{ITEM}\n        effective: 2030-01-01")
    assert problems(tmp_path / "a", {J: only_retired}) == []
    assert problems(tmp_path / "b", {J: only_effective}) == []


def test_dates_that_do_not_exist_are_schema_errors_at_the_date(tmp_path):
    text = dated("2026-02-30", "2026-13-01")
    assert problems(tmp_path, {J: text}) == [
        ("SCHEMA", *at(text, "2026-02-30")),
        ("SCHEMA", *at(text, "2026-13-01")),
    ]
    assert all("is not a real date" in m for m in messages(tmp_path / "m", {J: text}))


def test_a_date_not_written_yyyy_mm_dd_is_one_error(tmp_path):
    text = dated("2026-12-1", "2027-01-01")
    assert problems(tmp_path, {J: text}) == [("SCHEMA", *at(text, "2026-12-1"))]


def test_appearance_items_take_dates_too(tmp_path):
    roles = base("roles.yaml").replace(
        "severity: minor}", "severity: minor, effective: 2027-01-01, retired: 2026-01-01}"
    )
    assert problems(tmp_path, {"roles.yaml": roles}) == [("DATE001", *at(roles, "2026-01-01"))]
