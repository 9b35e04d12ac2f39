"""Reporters: text (ruff-like), json (FORMAT §5), github workflow commands, SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json
import os

import pytest
from common import write_folder

from generator import report
from generator.diagnostics import Diagnostic, Diagnostics, Position, Severity
from generator.rules import RULES


def _diags() -> Diagnostics:
    d = Diagnostics()
    d.add(
        Diagnostic(
            "REF001",
            Severity.ERROR,
            Position("standards/journey/01-buy.yaml", 7, 12),
            "unknown role `x`",
            "did you mean `y`?",
        )
    )
    d.add(Diagnostic("ROLE001", Severity.WARNING, Position("standards/roles.yaml", 2, 9), "role `a`, unused: 100%"))
    d.add(Diagnostic("PRIN002", Severity.INFO, Position("standards/principles.yaml", 3, 9), "line one\nline two"))
    return d


def test_text_is_ruff_like_with_help_and_summary() -> None:
    out = report.text(_diags(), False).splitlines()
    assert out[0] == "standards/journey/01-buy.yaml:7:12: error[REF001] unknown role `x`"
    assert out[1] == "  help: did you mean `y`?"
    # one diagnostic, one line: a line break quoted from a file could start a line CI reads as a command
    assert out[2] == "standards/principles.yaml:3:9: info[PRIN002] line one\\x0aline two"
    assert out[-1] == "Found 1 error, 1 warning, 1 note."
    assert "\x1b[" not in "\n".join(out)


def test_text_colour_only_when_asked() -> None:
    assert "\x1b[1;31merror" in report.text(_diags(), True)


def test_text_all_clear() -> None:
    assert report.text(Diagnostics(), False) == "All checks passed.\n"


def test_json_shape_is_format_section_5() -> None:
    payload = json.loads(report.as_json(_diags(), False))
    assert set(payload) == {"diagnostics", "errors", "warnings", "infos"}
    assert (payload["errors"], payload["warnings"], payload["infos"]) == (1, 1, 1)
    first = payload["diagnostics"][0]
    assert first == {
        "rule": "REF001",
        "severity": "error",
        "path": "standards/journey/01-buy.yaml",
        "line": 7,
        "column": 12,
        "message": "unknown role `x`",
        "hint": "did you mean `y`?",
    }
    for d in payload["diagnostics"]:
        assert (
            {"rule", "severity", "path", "line", "column", "message"}
            <= set(d)
            <= {"rule", "severity", "path", "line", "column", "message", "hint"}
        )


def test_github_workflow_commands_escape_newlines_and_properties() -> None:
    lines = report.github(_diags(), False).splitlines()
    assert lines[0] == (
        "::error file=standards/journey/01-buy.yaml,line=7,col=12,title=REF001::"
        "unknown role `x`%0Ahelp: did you mean `y`?"
    )
    assert lines[1] == "::notice file=standards/principles.yaml,line=3,col=9,title=PRIN002::line one%0Aline two"
    assert lines[2] == "::warning file=standards/roles.yaml,line=2,col=9,title=ROLE001::role `a`, unused: 100%25"


def test_github_property_escaping() -> None:
    d = Diagnostics()
    d.add(Diagnostic("SCHEMA", Severity.ERROR, Position("a,b:c.yaml", 1, 1), "m"))
    assert report.github(d, False).startswith("::error file=a%2Cb%3Ac.yaml,line=1,col=1,title=SCHEMA::m")


def test_github_is_the_default_on_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert report.default_format() == "github"
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert report.default_format() == "text"


# The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that our output uses, plus what GitHub code
# scanning requires on upload (ruleId, a level it knows, a region with startLine, a relative uri).
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string", "format": "uri"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "informationUri": {"type": "string", "pattern": "^https://"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription", "defaultConfiguration"],
                                            "properties": {
                                                "shortDescription": {"$ref": "#/$defs/message"},
                                                "fullDescription": {"$ref": "#/$defs/message"},
                                                "help": {"$ref": "#/$defs/message"},
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {"level": {"$ref": "#/$defs/level"}},
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "level", "message", "locations"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "level": {"$ref": "#/$defs/level"},
                                "message": {"$ref": "#/$defs/message"},
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {
                                                            "uri": {"type": "string", "pattern": "^[^/]"},
                                                            "uriBaseId": {"type": "string"},
                                                        },
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": ["startLine"],
                                                        "properties": {
                                                            "startLine": {"type": "integer", "minimum": 1},
                                                            "startColumn": {"type": "integer", "minimum": 1},
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
    "$defs": {
        "message": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
        "level": {"enum": ["none", "note", "warning", "error"]},
    },
}


def test_sarif_is_valid_for_code_scanning() -> None:
    from jsonschema import Draft202012Validator

    doc = json.loads(report.sarif(_diags(), False))
    errors = [e.message for e in Draft202012Validator(SARIF_SUBSET).iter_errors(doc)]
    assert errors == []
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(RULES)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [r["level"] for r in run["results"]] == ["error", "note", "warning"]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "standards/journey/01-buy.yaml",
        "uriBaseId": "%SRCROOT%",
    }


def test_sarif_uri_of_an_absolute_path_under_the_working_directory(tmp_path, monkeypatch) -> None:
    folder = write_folder(tmp_path / "standards")
    monkeypatch.chdir(tmp_path)
    d = Diagnostics()
    d.add(Diagnostic("ROLE001", Severity.WARNING, Position(str(folder / "roles.yaml"), 2, 9), "m"))
    location = json.loads(report.sarif(d, False))["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "standards/roles.yaml"


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [({}, True, True), ({}, False, False), ({"NO_COLOR": "1"}, True, False), ({"FORCE_COLOR": "1"}, False, True)],
)
def test_use_colour(monkeypatch, env, tty, expected) -> None:
    for key in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)

    class Stream:
        def isatty(self) -> bool:
            return tty

    assert report.use_colour(Stream()) is expected  # type: ignore[arg-type]
    assert os.environ.get("NO_COLOR") == env.get("NO_COLOR")
