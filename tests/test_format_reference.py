"""The format reference is generated from the schemas, and the schemas document every field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from generator.cli import main
from generator.render.schema_docs import reference_markdown
from generator.schema import KINDS, load_schema

ROOT = Path(__file__).resolve().parent.parent


def test_docs_format_md_is_the_generated_reference() -> None:
    committed = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    assert committed == reference_markdown(), "run: handbook schema > docs/format.md"


def test_schema_command_prints_the_reference() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert result.output == reference_markdown()
    assert "steps[].standards[].kind" in result.output


def _undocumented(node: Any, path: str) -> list[str]:
    missing = []
    if isinstance(node, dict):
        for name, prop in node.get("properties", {}).items():
            if isinstance(prop, dict) and "description" not in prop and "$ref" not in prop:
                missing.append(f"{path}{name}")
            missing += _undocumented(prop, f"{path}{name}.")
        items = node.get("items")
        if isinstance(items, dict):
            missing += _undocumented(items, f"{path}[].")
    return missing


def test_every_field_has_hover_help() -> None:
    for kind in (*KINDS, "defs"):
        schema = load_schema(kind)
        assert schema.get("title") and schema.get("description"), kind
        assert _undocumented(schema, f"{kind}:") == []
    for name, definition in load_schema("defs")["$defs"].items():
        assert definition.get("title") or definition.get("description"), name


def test_schemas_are_draft_2020_12_and_valid() -> None:
    from jsonschema import Draft202012Validator

    for kind in (*KINDS, "defs"):
        schema = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        Draft202012Validator.check_schema(schema)
