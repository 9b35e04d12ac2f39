"""The fast yes/no schema check (jsonschema-rs) agrees with jsonschema, which explains, on every document it sees."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from common import BASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import schema
from generator.layout import kind_of
from generator.loader import load_text

ROOT = Path(__file__).resolve().parent.parent
KINDS = schema.KINDS

# keys that appear in the schemas, so generated mappings often hit real properties
_KEYS = sorted(
    {"id", "title", "text", "kind", "owner", "support", "channels", "standards", "steps", "script", "severity",
     "phrases", "principles", "review", "every", "last", "en", "ru", "EN", "roles", "name", "department",
     "languages", "version", "organization", "lint", "min", "tiers", "weights", "critical", "pass_mark",
     "critical_fail", "forbidden", "phrase", "instead", "terms", "term", "definition", "where", "required",
     "first_response", "response", "trigger", "codeowners", "appearance"}
)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 200),
    st.floats(allow_nan=True),
    st.sampled_from(["", "say", "do", "avoid", "minor", "zero", "60s", "5m", "2026-10-01", "2026-13-01", "en", "ok",
                     "Bad Id", "a-b", "@org/team", "x@y.z", "error", "first"]),
    st.text(max_size=6),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(_KEYS), inner, max_size=5)),
    max_leaves=25,
)


def _agree(kind: str, instance: Any) -> None:
    fast = schema.fast_validator(kind)
    assert fast is not None
    assert fast(instance) == schema.validator(kind).is_valid(instance), (kind, instance)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(kind=st.sampled_from(KINDS), instance=st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=6))
def test_agrees_with_jsonschema_on_generated_documents(kind: str, instance: dict[str, Any]) -> None:
    _agree(kind, instance)


@pytest.mark.parametrize("name", sorted(BASE))
def test_agrees_on_valid_documents_and_their_mutations(name: str) -> None:
    kind = kind_of(name)
    assert kind is not None
    data = load_text(textwrap.dedent(BASE[name])).data
    _agree(kind, data)
    assert schema.fast_validator(kind)(data)  # the base folder is valid
    # break every field in turn: drop it, or replace it by a value of another type
    for key in list(data):
        for replacement in (None, 5, "x", [], {}, True):
            _agree(kind, {**data, key: replacement})
        _agree(kind, {k: v for k, v in data.items() if k != key})


def test_every_shipped_schema_compiles() -> None:
    for kind in KINDS:
        assert callable(schema.fast_validator(kind)), kind


@pytest.mark.parametrize(("kind", "instance"), [
    ("channels", {"channels": [{"id": "chat", "name": "Chat", "kind": "chat", "first_response": "60s\n"}]}),
    ("glossary", {"terms": [{"id": "greet\n", "term": "x", "definition": "y"}]}),
    ("handbook", {"title": "t", "organization": "o", "version": "1", "languages": ["en"],
                  "departments": [{"id": "d", "name": "D"}], "codeowners": ["@team\n/.github/ @someone"]}),
])
def test_a_final_newline_does_not_pass_a_pattern(kind: str, instance: dict[str, Any]) -> None:
    """JSON Schema's `$` (ECMA-262) does not match before a final newline: both validators refuse these."""
    assert not schema.fast_validator(kind)(instance)
    assert not schema.validator(kind).is_valid(instance)


def test_dates_are_real_days() -> None:
    """``format: date`` is asserted (2026-02-30 has the shape but is not a day), by both validators."""
    doc = {"title": "t", "organization": "o", "version": "1", "languages": ["en"],
           "departments": [{"id": "d", "name": "D"}], "holidays": ["2026-02-30"]}
    assert not schema.fast_validator("handbook")(doc) and not schema.validator("handbook").is_valid(doc)
    doc["holidays"] = ["2026-02-28"]
    assert schema.fast_validator("handbook")(doc) and schema.validator("handbook").is_valid(doc)
