"""A fast yes/no JSON Schema check, compiled from schema/ into plain Python closures.

``jsonschema`` explains errors well but walks a valid document slowly (about 25 µs per node). Most
files of a standards folder are valid, so :func:`compile_kind` turns each schema into nested closures
that only answer "valid or not"; :mod:`generator.schema` runs the full ``jsonschema`` validator, for
its messages, only on the files this check rejects.

Only the keywords our schemas use are compiled (draft 2020-12 semantics, as ``jsonschema`` applies
them). A schema with any other keyword raises :class:`Unsupported` at compile time, and the caller
then validates every file with ``jsonschema``: a schema change can make validation slower, never wrong.
tests/test_schema_fast.py checks that both validators agree on generated documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

Check = Callable[[Any], bool]

#: keywords that only annotate (ignored by validation)
_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "markdownDescription",
    }
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _is_date(x: str) -> bool:
    """``format: date`` exactly as jsonschema's FormatChecker checks it (YYYY-MM-DD and a real day)."""
    if _DATE.fullmatch(x) is None:
        return False
    try:
        date.fromisoformat(x)
    except ValueError:
        return False
    return True


class Unsupported(Exception):
    """The schema uses a keyword this compiler does not implement."""


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


_TYPES: dict[str, Check] = {
    "string": lambda x: isinstance(x, str),
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": _is_number,
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()),
}


def _json_key(x: Any) -> Any:
    """A hashable key under which two values are equal exactly when JSON says so (true != 1, 1 == 1.0)."""
    if isinstance(x, bool):
        return ("bool", x)
    if isinstance(x, (int, float)):
        return ("num", x)
    if isinstance(x, str):
        return ("str", x)
    if x is None:
        return ("null",)
    if isinstance(x, list):
        return ("list", tuple(_json_key(i) for i in x))
    if isinstance(x, dict):
        return ("dict", frozenset((k, _json_key(v)) for k, v in x.items()))
    return ("other", id(x))


class _Compiler:
    """Compiles schemas of one registry (file name -> schema); ``$ref``s are compiled once and shared."""

    def __init__(self, documents: Mapping[str, dict[str, Any]]) -> None:
        self.documents = documents
        self.refs: dict[tuple[str, str], Check] = {}

    def resolve(self, doc: str, ref: str) -> tuple[str, Any, str]:
        target_doc, _, pointer = ref.partition("#")
        target_doc = target_doc or doc
        if target_doc not in self.documents:
            raise Unsupported(f"unknown $ref document {target_doc!r}")
        node: Any = self.documents[target_doc]
        for part in (p for p in pointer.split("/") if p):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise Unsupported(f"unresolvable $ref {ref!r}")
            node = node[part]
        return target_doc, node, pointer

    def ref(self, doc: str, ref: str) -> Check:
        target_doc, node, pointer = self.resolve(doc, ref)
        key = (target_doc, pointer)
        if key not in self.refs:
            slot: list[Check] = []
            self.refs[key] = lambda x: slot[0](x)  # recursion-safe placeholder
            compiled = self.compile(node, target_doc)
            slot.append(compiled)
            self.refs[key] = compiled
        return self.refs[key]

    def compile(self, schema: Any, doc: str) -> Check:
        if schema is True or schema == {}:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise Unsupported(f"not a schema: {schema!r}")
        checks = [self.keyword(k, v, schema, doc) for k, v in schema.items() if k not in _ANNOTATIONS]
        return _all_of([c for c in checks if c is not _always])

    def keyword(self, keyword: str, value: Any, schema: dict[str, Any], doc: str) -> Check:
        """The check of one keyword of ``schema`` (draft 2020-12 semantics)."""
        if keyword == "$ref":
            return self.ref(doc, value)
        if keyword in ("properties", "additionalProperties", "patternProperties"):
            return self.object_fields(keyword, value, schema, doc)
        if keyword == "propertyNames":
            return _on(dict, _every_key(self.compile(value, doc)))
        if keyword == "items":
            if "prefixItems" in schema:
                raise Unsupported("prefixItems")
            return _on(list, _every_item(self.compile(value, doc)))
        if keyword in ("anyOf", "oneOf", "allOf"):
            subs = [self.compile(s, doc) for s in value]
            return {"anyOf": _any_of, "oneOf": _one_of, "allOf": _all_of}[keyword](subs)
        factory = _SIMPLE.get(keyword)
        if factory is None:
            raise Unsupported(f"keyword {keyword!r}")
        return factory(value)

    def object_fields(self, keyword: str, value: Any, schema: dict[str, Any], doc: str) -> Check:
        if keyword == "properties":
            props = [(name, self.compile(sub, doc)) for name, sub in value.items()]

            def properties(x: Any) -> bool:
                return all(c(x[k]) for k, c in props if k in x)

            return _on(dict, properties)
        patterns = [(ecma_regex(p), self.compile(sub, doc)) for p, sub in schema.get("patternProperties", {}).items()]
        if keyword == "patternProperties":

            def pattern_properties(x: Any) -> bool:
                return all(c(v) for k, v in x.items() for r, c in patterns if r.search(k))

            return _on(dict, pattern_properties)
        known = frozenset(schema.get("properties", {}))
        sub = self.compile(value, doc)

        def additional(x: Any) -> bool:
            return all(sub(v) for k, v in x.items() if k not in known and not any(r.search(k) for r, _ in patterns))

        return _on(dict, additional)


def _always(x: Any) -> bool:
    return True


def _never(x: Any) -> bool:
    return False


def _all_of(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    frozen = tuple(checks)
    return lambda x: all(c(x) for c in frozen)


def _any_of(checks: list[Check]) -> Check:
    return lambda x: any(c(x) for c in checks)


def _one_of(checks: list[Check]) -> Check:
    return lambda x: sum(1 for c in checks if c(x)) == 1


def _on(kind: type, check: Check) -> Check:
    """``check`` applied only to values of ``kind`` (other values pass, as in JSON Schema)."""
    return lambda x: not isinstance(x, kind) or check(x)


def _every_key(check: Check) -> Check:
    return lambda x: all(check(k) for k in x)


def _every_item(check: Check) -> Check:
    return lambda x: all(check(i) for i in x)


def _type(value: str | list[str]) -> Check:
    types = [_TYPES[t] for t in ([value] if isinstance(value, str) else value)]
    return types[0] if len(types) == 1 else _any_of(types)


def _enum(value: list[Any]) -> Check:
    allowed = {_json_key(v) for v in value}
    return lambda x: _json_key(x) in allowed


def _const(value: Any) -> Check:
    expected = _json_key(value)
    return lambda x: _json_key(x) == expected


def _unique(value: bool) -> Check:
    if not value:
        return _always
    return _on(list, lambda x: len({_json_key(i) for i in x}) == len(x))


def ecma_regex(pattern: str) -> re.Pattern[str]:
    """A JSON Schema (ECMA-262) pattern for Python: a final ``$`` ends the text, not the text before a final newline."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern(value: str) -> Check:
    rx = ecma_regex(value)
    return _on(str, lambda x: rx.search(x) is not None)


def _format(value: str) -> Check:
    if value != "date":
        raise Unsupported(f"format {value!r}")
    return _on(str, _is_date)


def _length(kind: type, smallest: bool) -> Callable[[int], Check]:
    def factory(n: int) -> Check:
        if smallest:
            return _on(kind, lambda x: len(x) >= n)
        return _on(kind, lambda x: len(x) <= n)

    return factory


def _bound(keyword: str, limit: float) -> Check:
    # written as jsonschema does (`instance < minimum` is the error), so NaN behaves the same
    if keyword == "minimum":
        return lambda x: not _is_number(x) or not x < limit
    if keyword == "maximum":
        return lambda x: not _is_number(x) or not x > limit
    if keyword == "exclusiveMinimum":
        return lambda x: not _is_number(x) or not x <= limit
    return lambda x: not _is_number(x) or not x >= limit


def _bounded(keyword: str) -> Callable[[float], Check]:
    return lambda limit: _bound(keyword, limit)


_SIMPLE: dict[str, Callable[[Any], Check]] = {
    "type": _type,
    "enum": _enum,
    "const": _const,
    "required": lambda names: _on(dict, lambda x: all(k in x for k in names)),
    "uniqueItems": _unique,
    "pattern": _pattern,
    "format": _format,
    "minItems": _length(list, True),
    "maxItems": _length(list, False),
    "minProperties": _length(dict, True),
    "maxProperties": _length(dict, False),
    "minLength": _length(str, True),
    "maxLength": _length(str, False),
    **{k: _bounded(k) for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")},
}


def compile_schema(documents: Mapping[str, dict[str, Any]], name: str) -> Check:
    """A yes/no validator for ``documents[name]`` (``$ref``s resolve by file name within ``documents``).

    Raises :class:`Unsupported` when the schema uses a keyword not compiled here.
    """
    return _Compiler(documents).compile(documents[name], name)
