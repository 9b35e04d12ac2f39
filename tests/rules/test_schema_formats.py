"""Value formats are defined once, in schema/defs.schema.json, and explained by the definition's name.

Each format (an id, a duration, a code owner...) is a ``$defs`` entry with a ``pattern``; the schemas refer
to it with ``$ref``, Python reads it with :func:`generator.schema.definition_pattern`, and a value that fails
it is explained by the definition's name (:data:`generator.schema.FORMATS`), never by reading the regex.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from common import at, base, diagnostics

from generator.assemble import duration_seconds
from generator.diagnostics import did_you_mean
from generator.schema import FORMATS, definition_pattern, load_schema, schema_dir

ROOT = Path(__file__).resolve().parents[2]
J = "journey/01-buy.yaml"


def _patterns(node: object, path: str = "") -> list[str]:
    found = []
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            found.append(path)
        for key, value in node.items():
            found += _patterns(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _patterns(value, f"{path}/{index}")
    return found


def test_every_pattern_is_a_named_definition_with_its_message() -> None:
    """No schema writes a pattern inline; every defined one has words for the values that fail it."""
    inline = [f"{p.name}{where}" for p in sorted(schema_dir().glob("*.schema.json"))
              for where in _patterns(json.loads(p.read_text(encoding="utf-8")))
              if not (p.name == "defs.schema.json" and where.count("/") == 2)]
    assert inline == []
    defined = {name for name, d in load_schema("defs")["$defs"].items() if "pattern" in d}
    assert defined == set(FORMATS)
    assert {"id", "duration", "codeowner", "lang", "time_range"} <= defined


def test_no_python_module_copies_a_schema_pattern() -> None:
    """The patterns live in the schema only: no string literal in the code repeats one (or its core)."""
    cores = {name: d["pattern"].strip("^$") for name, d in load_schema("defs")["$defs"].items() if "pattern" in d}
    found = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found += [f"{path.name}: {name}" for name, core in cores.items()
                          if len(core) > 8 and core in node.value]
    assert found == []


def test_python_reads_the_formats_from_the_schema() -> None:
    assert duration_seconds("90s") == 90 and duration_seconds("1.5h") == 5400 and duration_seconds("5 min") is None
    owner = definition_pattern("codeowner")
    assert owner.search("@voltaro/service-quality") and owner.search("qa@example.com")
    assert not owner.search("@team\n/.github/ @someone")  # JSON Schema's `$` does not match before a newline
    assert not definition_pattern("id").search("greet\n")


def _schema(tmp_path: Path, changes: dict[str, str]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(d.message, d.hint, (d.line, d.column)) for d in diagnostics(tmp_path, changes) if d.rule == "SCHEMA"]


def test_a_bad_value_is_explained_by_its_definition(tmp_path: Path) -> None:
    channels = base("channels.yaml").replace("first_response: 60s", "first_response: 60 sec")
    assert _schema(tmp_path, {"channels.yaml": channels}) == [(
        "`channels[0].first_response` `60 sec` is not a duration",
        "write a number and a unit: s, m, h or d, e.g. `30s`, `5m`, `24h`, `1d` (at most 99,999 days)",
        at(channels, "60 sec"),
    )]
    journey = base(J).replace("owner: clerk", "owner: Clerk One")
    (message, hint, _), = _schema(tmp_path, {J: journey})
    assert message.endswith("`Clerk One` is not a valid id") and "e.g. `clerk-one`" in hint


def test_a_bad_key_is_explained_by_its_definition(tmp_path: Path) -> None:
    handbook = base("handbook.yaml") + "lint: {meta001: off}\n"
    (message, hint, where), = _schema(tmp_path, {"handbook.yaml": handbook})
    assert message == "`meta001` in lint is not a rule id"
    assert hint == "rule ids are written in capitals (`META001`); `handbook rules` lists them"
    assert where == at(handbook, "meta001")
    journey = base(J).replace("title: {en:", "title: {EN-gb: x, en:", 1)
    (message, hint, _), = _schema(tmp_path, {J: journey})
    assert "`EN-gb` in " in message and message.endswith("is not a language code")


def test_did_you_mean_returns_the_suggestion_and_callers_word_it() -> None:
    assert did_you_mean("ownr", ["owner", "support"]) == "owner"
    assert did_you_mean("zzz", ["owner", "support"]) is None
