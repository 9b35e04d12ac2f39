"""Numbers that can't lie: NaN, infinities and absurd magnitudes are SCHEMA errors at the value (both in
the fast pre-check and in jsonschema), a number too long to be one is a YAML error at the value, and
every JSON report is strict JSON (no bare NaN or Infinity token)."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import Any

import pytest
from common import base, write_folder
from robustness_support import handbook

from generator import schema

AUDIT = Path(__file__).resolve().parents[1] / "fixtures" / "audit" / "standards"


def _scoring(text: str) -> dict[str, str | None]:
    return {"scoring.yaml": text}


@pytest.mark.parametrize(
    ("scoring", "where", "message", "hint"),
    [
        ("critical_fail: .nan\n", "1:16", "`critical_fail` `.nan` is not a number", "write a number from 0 to 100"),
        ("pass_mark: .NaN\n", "1:12", "`pass_mark` `.nan` is not a number", "write a number from 0 to 100"),
        ("pass_mark: -.inf\n", "1:12", "`pass_mark` `-.inf` is out of range", "write a number from 0 to 100"),
        ("weights: {critical: .nan}\n", "1:21", "`weights.critical` `.nan` is not a number",
         "write a number from 0 to 1000"),
        ("weights: {major: .inf}\n", "1:18", "`weights.major` `.inf` is out of range", "write a number from 0 to 1000"),
        ("weights: {minor: 1e308}\n", "1:18", "`weights.minor` `1e+308` is out of range",
         "write a number from 0 to 1000"),
        ("weights: {minor: 1e999}\n", "1:18", "`weights.minor` `.inf` is out of range",
         "write a number from 0 to 1000"),
        ("tiers:\n  - {id: top, name: {en: Top, ru: Топ}, min: .nan}\n", "2:46",
         "`tiers[0].min` `.nan` is not a number", "write a number from 0 to 100"),
    ],
)
def test_non_numbers_and_absurd_magnitudes_are_schema_errors_at_the_value(
    tmp_path: Path, scoring: str, where: str, message: str, hint: str
) -> None:
    write_folder(tmp_path / "s", _scoring(scoring))
    ran = handbook("validate", "s", cwd=tmp_path)
    assert ran.code == 1
    assert f"s/scoring.yaml:{where}: error[SCHEMA] {message}\n  help: {hint}" in ran.out


def test_an_absurd_duration_is_a_schema_error_not_an_internal_one(tmp_path: Path) -> None:
    """`every: 99999999999999999999d` used to crash META001 (OverflowError) on every command."""
    roles = base("roles.yaml") + "review: {owner: manager, every: 99999999999999999999d, last: 2026-10-01}\n"
    channels = base("channels.yaml").replace("first_response: 60s", "first_response: 100000000s", 1)
    write_folder(tmp_path / "s", {"roles.yaml": roles, "channels.yaml": channels})
    ran = handbook("validate", "s", cwd=tmp_path)
    assert ran.code == 1
    assert "s/roles.yaml:10:33: error[SCHEMA] `review.every` `99999999999999999999d` is not a duration" in ran.out
    assert "s/channels.yaml:5:21: error[SCHEMA] `channels[0].first_response` `100000000s` is not a duration" in ran.out
    assert "internal error" not in ran.out + ran.err


def test_the_longest_durations_still_pass(tmp_path: Path) -> None:
    roles = base("roles.yaml") + "review: {owner: manager, every: 99999.5d, last: 2026-10-01}\n"
    channels = base("channels.yaml").replace("first_response: 60s", "first_response: 99999999s", 1)
    write_folder(tmp_path / "s", {"roles.yaml": roles, "channels.yaml": channels})
    assert handbook("validate", "s", cwd=tmp_path).code == 0


@pytest.mark.parametrize("command", [["validate"], ["checklists", "--out", "out"], ["codeowners", "--root", "."],
                                     ["build", "--site-dir", "site"], ["diff", "s"]])
def test_a_5000_digit_version_is_a_positioned_yaml_error_on_every_command(tmp_path: Path, command: list[str]) -> None:
    """It used to be `ValueError: Exceeds the limit (4300 digits)` on every command."""
    manifest = base("handbook.yaml").replace('version: "1.0"', "version: " + "7" * 5000)
    write_folder(tmp_path / "s", {"handbook.yaml": manifest})
    args = [command[0], "s", *command[1:]]
    if command[0] == "diff":
        write_folder(tmp_path / "old")
        args = ["diff", "old", "s"]
    ran = handbook(*args, cwd=tmp_path)
    assert ran.code == 1
    expected = "s/handbook.yaml:3:10: error[YAML001] a number of 5,000 digits; numbers have at most 4,300"
    assert expected in ran.out + ran.err
    assert "internal error" not in ran.out + ran.err


def test_a_huge_tagged_integer_is_a_yaml_error_too(tmp_path: Path) -> None:
    write_folder(tmp_path / "s", _scoring("pass_mark: !!int " + "9" * 4400 + "\n"))
    ran = handbook("validate", "s", cwd=tmp_path)
    assert ran.code == 1 and "s/scoring.yaml:1:12: error[YAML001] a number of 4,400 digits" in ran.out


def test_a_nan_cap_no_longer_scores_a_failed_critical_item(tmp_path: Path) -> None:
    """With `critical_fail: .nan` an employee who failed a critical item scored 40.0 instead of 0.0, exit 0."""
    folder = tmp_path / "s"
    shutil.copytree(AUDIT, folder)
    path = folder / "scoring.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("critical_fail: zero", "critical_fail: .nan"), "utf-8")
    results = AUDIT.parent / "results.csv"
    ran = handbook("audit", "s", "--results", str(results), "--format", "json", cwd=tmp_path)
    assert ran.code == 1 and ran.out == ""
    assert "s/scoring.yaml:2:16: error[SCHEMA] `critical_fail` `.nan` is not a number" in ran.err


def _strict(text: str) -> Any:
    def refuse(token: str) -> None:
        raise AssertionError(f"{token} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_json_reports_are_strict_json(tmp_path: Path) -> None:
    results = AUDIT.parent / "results.csv"
    ran = handbook("audit", str(AUDIT), "--results", str(results), "--surveys", str(AUDIT.parent / "surveys.csv"),
                   "--transcripts", str(AUDIT.parent / "transcripts.jsonl"), "--format", "json", cwd=tmp_path)
    assert ran.code == 0
    report = _strict(ran.out)
    assert report["employees"]
    write_folder(tmp_path / "s", _scoring("pass_mark: .nan\n"))
    for fmt in ("json", "sarif"):
        validated = handbook("validate", "s", "--format", fmt, cwd=tmp_path)
        assert validated.code == 1 and _strict(validated.out)


@pytest.mark.parametrize("module", ["generator.render.audit.json", "generator.report", "generator.render.diff.json",
                                    "generator.render.training.json", "generator.audit.spool"])
def test_the_json_writers_refuse_nan_rather_than_write_it(module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``allow_nan=False`` in every JSON writer: a NaN that slipped through is a loud failure, never a report
    that JSON readers reject."""
    import importlib

    mod = importlib.import_module(module)
    source = Path(mod.__file__ or "").read_text(encoding="utf-8")
    calls = source.count("json.dumps(") + source.count("json.JSONEncoder(")
    assert calls and source.count("allow_nan=False") == calls
    with pytest.raises(ValueError, match="JSON compliant"):
        json.dumps({"score": math.nan}, allow_nan=False)


def _numbers(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        kinds = node.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "number" in kinds or "integer" in kinds:
            found.append((path, node))
        for key, value in node.items():
            found += _numbers(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _numbers(value, f"{path}/{index}")
    return found


@pytest.mark.parametrize("name", [*schema.KINDS, "defs"])
def test_every_number_in_the_schemas_is_bounded(name: str) -> None:
    for path, node in _numbers(schema.load_schema(name)):
        assert "minimum" in node or "exclusiveMinimum" in node, f"{name}.schema.json{path} has no lower bound"
        assert "maximum" in node or "exclusiveMaximum" in node, f"{name}.schema.json{path} has no upper bound"


@pytest.mark.parametrize("kind", ["scoring"])
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 1e308, 10**400])
def test_fast_check_and_jsonschema_agree_on_non_finite_numbers(kind: str, value: float) -> None:
    fast = schema.fast_validator(kind)
    assert fast is not None
    for document in ({"pass_mark": value}, {"critical_fail": value}, {"weights": {"critical": value}},
                     {"tiers": [{"id": "a", "name": "A", "min": value}]}):
        assert fast(document) is False
        assert schema.validator(kind).is_valid(document) is False
