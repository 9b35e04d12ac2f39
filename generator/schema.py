"""JSON Schema validation against schema/ (the single source of truth), with readable, positioned messages."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .diagnostics import LIMIT_PER_RULE, UNCOUNTED, Position, Problem
from .sourcemap import SourceMap

if TYPE_CHECKING:  # jsonschema is imported only when a file fails the fast check (it costs ~50 ms at start-up)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

KINDS = (
    "handbook", "glossary", "principles", "channels", "roles", "phrases", "stage", "situation", "scoring", "scenario"
)
#: a yes/no validity check of one document
Check = Callable[[Any], bool]
_TYPE_NAMES = {
    "string": "a text",
    "object": "a mapping (key: value)",
    "array": "a list",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "empty",
}


def ecma_regex(pattern: str) -> re.Pattern[str]:
    """A JSON Schema (ECMA-262) pattern for Python: a final ``$`` ends the text, not the text before a final newline."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def schema_dir() -> Path:
    """schema/ in a source checkout, or the copy packaged inside the installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "schemas", here.parent / "schema"):
        if (candidate / "defs.schema.json").is_file():
            return candidate
    raise FileNotFoundError("the JSON Schemas are missing from the installation (schema/defs.schema.json)")


@cache
def load_schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((schema_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))
    return data


@cache
def _registry() -> Registry:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resources = [
        (f"{name}.schema.json", Resource.from_contents(load_schema(name), default_specification=DRAFT202012))
        for name in (*KINDS, "defs")
    ]
    return Registry().with_resources(resources)


@cache
def validator(kind: str) -> Draft202012Validator:
    """The explaining validator of ``kind`` (jsonschema, imported on first use)."""
    from jsonschema import Draft202012Validator, FormatChecker, validators
    from jsonschema.exceptions import ValidationError

    def pattern(validator: Any, value: str, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        if validator.is_type(instance, "string") and not ecma_regex(value).search(instance):
            yield ValidationError(f"{instance!r} does not match {value!r}")

    def bounded(keyword: str) -> Any:
        """``minimum`` and its kin, refusing NaN (which every comparison lets through) as out of range."""
        base = Draft202012Validator.VALIDATORS[keyword]

        def check(validator: Any, limit: float, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
            if validator.is_type(instance, "number") and instance != instance:
                yield ValidationError(f"{instance!r} is not a number")
                return
            yield from base(validator, limit, instance, schema)

        return check

    # Python's `$` also matches before a final newline; JSON Schema's (ECMA-262) does not.
    bounds = {k: bounded(k) for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")}
    strict = validators.extend(Draft202012Validator, {"pattern": pattern, **bounds})
    return strict(load_schema(kind), registry=_registry(), format_checker=FormatChecker())


@cache
def _rust_registry() -> Any:
    import jsonschema_rs

    return jsonschema_rs.Registry([(f"{name}.schema.json", load_schema(name)) for name in (*KINDS, "defs")])


@cache
def fast_validator(kind: str) -> Check:
    """The yes/no check of ``kind``: jsonschema-rs (Rust), compiled from the same schemas, formats checked.

    Most files of a standards folder are valid; this answers "valid or not" about 200 times faster than
    ``jsonschema`` walks a document (bench/schema), and :func:`check` runs ``jsonschema``, for its
    messages, only on the files it rejects. tests/test_schema_fast.py checks that both give the same verdicts.
    """
    import jsonschema_rs

    validator = jsonschema_rs.validator_for(
        load_schema(kind), registry=_rust_registry(), validate_formats=True, base_uri=f"{kind}.schema.json"
    )
    check: Check = validator.is_valid
    return check


def _describe(instance: Any) -> str:
    if isinstance(instance, bool):
        return "true/false"
    if instance is None:
        return "nothing (an empty value)"
    if isinstance(instance, dict):
        return "a mapping"
    if isinstance(instance, list):
        return "a list"
    if isinstance(instance, (int, float)):
        return f"the number {shown_number(instance)}"
    return "a text"


def shown_number(value: float) -> str:
    """A number as the YAML wrote it: ``.nan``, ``.inf``, ``-.inf``, or the number (huge ones shortened)."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return "-.inf" if value < 0 else ".inf"
    text = repr(value) if isinstance(value, float) else str(value)
    return text if len(text) <= 24 else f"{text[:6]}…{text[-3:]} ({len(text):,} digits)"


def _range(schema: dict[str, Any]) -> str:
    """What a numeric field accepts, from its bounds: ``a number from 0 to 100``."""
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    kind = "a whole number" if schema.get("type") == "integer" else "a number"
    if low is not None and high is not None:
        return f"{kind} from {low:g} to {high:g}"
    if low is not None:
        return f"{kind} of at least {low:g}"
    return f"{kind} of at most {high:g}" if high is not None else kind


def _where(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the file"


def _field(path: tuple[Any, ...]) -> str:
    return f"`{_where(path)}`"


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "my-id"


def _one_of_fields(error: ValidationError) -> bool:
    """An ``anyOf`` whose alternatives only require fields: "give at least one of these fields"."""
    return error.validator == "anyOf" and all(
        isinstance(alt, dict) and set(alt) == {"required"} for alt in error.validator_value
    )


def _leaf_errors(error: ValidationError) -> list[ValidationError]:
    """Collapse anyOf/oneOf to the errors of the closest alternative."""
    if error.validator not in ("anyOf", "oneOf") or not error.context or _one_of_fields(error):
        return [error]
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)

    def closeness(errs: list[ValidationError]) -> tuple[bool, int, int]:
        shallow_type = any(e.validator in ("type", "enum", "const") and not e.relative_path for e in errs)
        return (not shallow_type, max(len(e.relative_path) for e in errs), -len(errs))

    best = max(branches.values(), key=closeness)
    if not closeness(best)[0]:
        return [error]  # every alternative fails on the value's type: explain the alternatives
    return [leaf for sub in best for leaf in _leaf_errors(sub)]


def _alternatives(error: ValidationError) -> str:
    kinds = []
    for sub in error.validator_value:
        target = sub
        if "$ref" in sub:
            target = {"type": "string" if "text" in sub["$ref"] else "object"}
        if "type" in target:
            kinds.append(_TYPE_NAMES.get(target["type"], target["type"]))
        elif "enum" in target:
            kinds.append(" or ".join(f"`{v}`" for v in target["enum"]))
    return " or ".join(dict.fromkeys(kinds)) or "one of the allowed forms"


def _problem(error: ValidationError, smap: SourceMap, kind: str) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    v = error.validator
    inst = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if v == "additionalProperties" and isinstance(inst, dict):
        allowed = list(schema.get("properties", {}))
        for key in inst:
            if key in allowed or any(re.search(p, key) for p in schema.get("patternProperties", {})):
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f"did you mean `{close[0]}`?" if close else f"allowed fields here: {', '.join(allowed)}"
            message = f"unknown field `{key}` in {_where(path)}"
            if close and close[0] in schema.get("required", ()) and close[0] not in inst:
                message += f" (and the required field `{close[0]}` is missing)"
            yield Problem(smap.position((*path, key), key=True), message, hint)
        return
    if v == "required":
        missing = [m for m in error.validator_value if isinstance(inst, dict) and m not in inst]
        for name in missing:
            if _misspelled_as(name, inst, schema):
                continue  # reported once, as the unknown field with "did you mean"
            prop = schema.get("properties", {}).get(name, {})
            hint = f"add `{name}:`" + (f" ({prop['description']})" if prop.get("description") else "")
            yield Problem(smap.position(path, key=True), f"missing required field `{name}` in {_where(path)}", hint)
        return
    if _one_of_fields(error):
        fields = [f"`{n}:`" for alt in error.validator_value for n in alt["required"]]
        listed = ", ".join(fields[:-1]) + f" or {fields[-1]}" if len(fields) > 1 else fields[0]
        yield Problem(
            smap.position(path, key=True),
            f"{_where(path)} needs {listed.replace(':', '')} (at least one of them)",
            f"add {listed}, or {'both' if len(fields) == 2 else 'several'}; `handbook schema` describes them",
        )
        return
    if v in ("anyOf", "oneOf"):
        yield Problem(
            smap.position(path),
            f"{_field(path)} must be {_alternatives(error)}, not {_describe(inst)}",
            _hint_for(path, schema) or "see the field's description in the format reference (`handbook schema`)",
        )
        return
    if v == "type":
        expected = error.validator_value
        names = " or ".join(_TYPE_NAMES.get(t, t) for t in ([expected] if isinstance(expected, str) else expected))
        message = f"{_field(path)} must be {names}, not {_describe(inst)}"
        hint = _hint_for(path, schema)
        if path and path[-1] in ("owner",) and isinstance(inst, list):
            message = f"{_field(path)} must name exactly one role, not a list"
            hint = "one step, one owner: keep the responsible role in `owner` and move the others to `support`"
        elif path and path[-1] == "version" and isinstance(inst, (int, float)):
            hint = f'quote it: `version: "{inst}"`'
        yield Problem(smap.position(path), message, hint)
        return
    if v == "enum":
        allowed = [str(x) for x in error.validator_value]
        close = difflib.get_close_matches(str(inst), allowed, n=1, cutoff=0.5)
        hint = f"did you mean `{close[0]}`?" if close else f"use one of: {', '.join(allowed)}"
        yield Problem(smap.position(path), f"{_field(path)} is `{inst}`; allowed: {', '.join(allowed)}", hint)
        return
    if v == "pattern":
        definition = definition_of(error)
        if definition in FORMATS:
            what, hint_for = FORMATS[definition]
            hint = hint_for(str(inst))
        else:
            what, hint = f"text matching `{error.validator_value}`", "change the value to match the format"
        if "propertyNames" in error.schema_path:
            key = str(inst)
            yield Problem(smap.position((*path, key), key=True), f"`{key}` in {_where(path)} is not {what}", hint)
        else:
            yield Problem(smap.position(path), f"{_field(path)} `{inst}` is not {what}", hint)
        return
    if v == "propertyNames":
        bad = error.instance if isinstance(error.instance, str) else ""
        yield Problem(smap.position(path, key=True), f"`{bad}` in {_where(path)} is not an allowed key", "")
        return
    if v == "format":
        if not definition_pattern("date").search(str(inst)):
            return  # not written YYYY-MM-DD at all: the date's pattern already says so, once is enough
        yield Problem(
            smap.position(path),
            f"{_field(path)} `{inst}` is not a real date",
            "write it as YYYY-MM-DD, e.g. 2026-10-01",
        )
        return
    if v == "uniqueItems":
        yield Problem(smap.position(path), f"{_field(path)} lists the same value twice", "remove the repeated value")
        return
    if v in ("minItems", "minProperties", "minLength"):
        yield Problem(smap.position(path), f"{_field(path)} must not be empty", _hint_for(path, schema) or "fill it in")
        return
    if v in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        shown = shown_number(inst) if isinstance(inst, (int, float)) else str(inst)
        why = "is not a number" if inst != inst else "is out of range"
        yield Problem(smap.position(path), f"{_field(path)} `{shown}` {why}", f"write {_range(schema)}")
        return
    if v == "maxLength":
        yield Problem(smap.position(path), f"{_field(path)}: {error.message}", "change the value")
        return
    yield Problem(smap.position(path), f"{_field(path)}: {error.message}", _hint_for(path, schema))


#: what a value failing one of the schemas' definitions is not, and how to write it, by the definition's name
#: in ``defs.schema.json`` (the hint gets the value)
FORMATS: dict[str, tuple[str, Callable[[str], str]]] = {
    "id": ("a valid id",
           lambda v: f"use lower-case words joined by hyphens, at most 64 characters, e.g. `{_slug(v)[:64]}`"),
    "item_id": ("an item id", lambda v: "write the step's, situation's or role's id, `#` and the item's id, "
                                        "e.g. `order-handover#offer-bag`"),
    "lang": ("a language code", lambda v: "use a language code such as `en`, `ru`, `he`, `ro`, `fr` or `lv`"),
    "duration": ("a duration", lambda v: "write a number and a unit: s, m, h or d, e.g. `30s`, `5m`, `24h`, `1d` "
                                         "(at most 99,999 days)"),
    "date": ("a date", lambda v: "write it as YYYY-MM-DD, e.g. 2026-10-01"),
    "time_range": ("a time range", lambda v: "write opening and closing times on the 24-hour clock, "
                                              "e.g. `09:00-18:00`; or `closed`"),
    "days": ("a day or a range of days", lambda v: "write `mon`, `tue`, … `sun`, or a range of days such as `mon-fri`"),
    "codeowner": ("a GitHub user or team, nor an e-mail address",
                  lambda v: "write one owner per list entry: `@user`, `@org/team` or `name@example.com`"),
    "rule_id": ("a rule id",
                lambda v: f"rule ids are written in capitals (`{v.upper()}`); `handbook rules` lists them"),
}


@cache
def _definitions() -> dict[int, str]:
    """The definitions of ``defs.schema.json`` by object identity: the validator hands back these very
    objects as the schema of an error raised inside a ``$ref``."""
    return {id(schema): name for name, schema in load_schema("defs")["$defs"].items()}


def definition_of(error: ValidationError) -> str | None:
    """The name of the ``defs.schema.json`` definition whose own keyword failed (``duration``, ``id``), if any."""
    return _definitions().get(id(error.schema))


@cache
def definition_pattern(name: str) -> re.Pattern[str]:
    """The ``pattern`` of a definition of ``defs.schema.json``, compiled with JSON Schema's semantics: the one
    place a format such as a duration or a code owner is written (Python reads it from there)."""
    pattern: str = load_schema("defs")["$defs"][name]["pattern"]
    return ecma_regex(pattern)


def _misspelled_as(name: str, inst: dict[str, Any], schema: dict[str, Any]) -> bool:
    """True when an unknown key of ``inst`` is closest to the missing field ``name`` (``ownr`` for ``owner``)."""
    allowed = list(schema.get("properties", {}))
    for key in inst:
        if key not in allowed and difflib.get_close_matches(key, allowed, n=1, cutoff=0.6) == [name]:
            return True
    return False


#: how a file of each kind is named in messages
_KIND_NAMES = {
    "handbook": "handbook manifest",
    "glossary": "glossary file",
    "principles": "principles file",
    "channels": "channels file",
    "roles": "roles file",
    "phrases": "phrases file",
    "stage": "journey stage file",
    "situation": "situation file",
    "scoring": "scoring file",
    "scenario": "scenario file",
}


def _root_problem(data: Any, kind: str, smap: SourceMap) -> Problem:
    """The one problem of a file that is empty or whose top level is not a mapping."""
    required = load_schema(kind).get("required", [])
    keys = ", ".join(f"`{k}:`" for k in required)
    shape = f"a mapping with {keys}" if required else "a mapping (key: value)"
    what = "the file is empty" if data is None else f"the file holds {_describe(data)}, not a mapping"
    hint = (
        f"start the file with {keys.split(', ')[0]} at the beginning of a line; see `handbook schema` for its fields"
        if required
        else "write `key: value` lines; see `handbook schema` for the fields"
    )
    where = smap.position(()) if data is not None else Position(smap.path, 1, 1)
    return Problem(where, f"{what}; a {_KIND_NAMES.get(kind, kind)} must be {shape}", hint)


def _hint_for(path: tuple[Any, ...], schema: dict[str, Any]) -> str:
    desc = schema.get("description")
    if isinstance(desc, str):
        return desc
    return ""


def check(data: Any, kind: str, smap: SourceMap, ignore: Collection[tuple[str | int, ...]] = ()) -> list[Problem]:
    """Every schema problem of one document, positioned and explained.

    ``ignore``: paths whose value the loader already reported and dropped (an alias, a tag); errors at or
    below them would only repeat that problem.
    """
    if not isinstance(data, dict):
        return [_root_problem(data, kind, smap)]
    if fast_validator(kind)(data):
        return []  # valid: skip the slow, explaining validator
    problems: list[Problem] = []
    seen: set[tuple[Position, str]] = set()
    ignored = set(ignore)
    for error in validator(kind).iter_errors(data):
        where = tuple(error.absolute_path)
        if ignored and any(where[:n] in ignored for n in range(len(where) + 1)):
            continue
        for leaf in _leaf_errors(error):
            for problem in _problem(leaf, smap, kind):
                if (problem.position, problem.message) not in seen:  # one error can reach a leaf by two ways
                    seen.add((problem.position, problem.message))
                    problems.append(problem)
        if len(problems) > LIMIT_PER_RULE:  # the rest are not looked for: one summary stands for them
            return [*problems[:LIMIT_PER_RULE], replace(problems[LIMIT_PER_RULE], more=UNCOUNTED)]
    return problems
