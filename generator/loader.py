"""Strict YAML loading: one parse gives the data and the positions of every key and value.

The file is parsed into events by libyaml (PyYAML's C parser when present) and built into plain
Python values here, so that nothing is ever constructed from a tag and every rule of FORMAT §2
is checked in the same pass:

* YAML 1.2 core schema: only ``true``/``false`` are booleans, ``yes``/``no``/``on``/``off`` and
  dates stay strings; mapping keys are always strings;
* duplicate keys (YAML002), anchors, aliases and non-core tags (YAML003) are diagnostics;
* several documents, tabs, unclosed quotes, too-deep nesting and too-large files are YAML001,
  bytes that are not UTF-8 are YAML004.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from .diagnostics import LIMIT_PER_RULE, UNCOUNTED, Position, Problem
from .sourcemap import JsonPath, SourceMap

try:  # pragma: no branch - depends on how PyYAML was built
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

MAX_DEPTH = 64
#: values (scalars, lists, mappings) in one file; the shipped files hold a few hundred. A file past this is
#: YAML001 and is not read further, so that what follows the load (schema, model, rules) stays bounded too
MAX_NODES = 100_000
MAX_BYTES = 8 * 1024 * 1024
MAX_INT_DIGITS = 4300  # Python's int() refuses longer decimal texts (CVE-2020-10735)

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {None, "!", *(_CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq"))}
_TAG_TYPES: dict[str, type | tuple[type, ...]] = {"int": int, "float": (int, float), "bool": bool, "null": type(None)}
_SCALAR = yaml.ScalarEvent
_NULL_WORDS = frozenset({"null", "Null", "NULL"})
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


@dataclass
class Loaded:
    """The outcome of loading one file: its data (None when unreadable), positions, and problems by rule."""

    data: Any
    source_map: SourceMap
    problems: list[tuple[str, Problem]] = field(default_factory=list)
    #: paths whose value was dropped (an alias, a non-core tag): the schema check ignores them
    dropped: set[JsonPath] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Fatal(Exception):
    """Stops building a document that cannot be read further."""

    def __init__(self, rule: str, problem: Problem) -> None:
        super().__init__(problem.message)
        self.rule = rule
        self.problem = problem


class _Skim(Exception):
    """More than :data:`LIMIT_PER_RULE` problems of one rule: stop building the file, only count."""


_NODE_EVENTS = (yaml.AliasEvent, yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)


class HugeNumber(ValueError):
    """A plain integer longer than Python converts (``sys.get_int_max_str_digits()``, 4,300 digits)."""


def resolve_plain(value: str) -> Any:
    """The YAML 1.2 core-schema value of a plain (unquoted) scalar.

    Raises :class:`HugeNumber` for a decimal integer of more than 4,300 digits."""
    first = value[:1]
    if first.isalpha():  # words: only null and the booleans resolve; numbers start with a digit, a sign or a dot
        return None if value in _NULL_WORDS else _BOOL.get(value, value)
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        if len(value) > MAX_INT_DIGITS:
            raise HugeNumber(value)
        return int(value)
    if _OCT.match(value):
        return int(value[2:], 8)
    if _HEX.match(value):
        return int(value[2:], 16)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


class _Builder:
    """Builds plain values from a libyaml event stream, recording positions and problems."""

    def __init__(self, display_path: str, text: str) -> None:
        self.path = display_path
        self.text = text
        self.smap = SourceMap(display_path)
        self.marks = self.smap.marks  # written directly in the hot loop
        self.problems: list[tuple[str, Problem]] = []
        self.counted: dict[str, int] = {}  # problems per rule: past LIMIT_PER_RULE only counted
        self.skimming = False  # past the limit of a rule: the rest of the file is only counted
        self.first_left_out: dict[str, Problem] = {}
        self.dropped: set[JsonPath] = set()
        self.next: Callable[[], Any] = _no_events  # the parser's get_event, once parsing starts
        self.nodes = 0

    def pos(self, mark: Any) -> Position:
        return Position(self.path, mark.line + 1, mark.column + 1)

    def problem(self, rule: str, mark: Any, message: str, hint: str = "") -> None:
        """Record a problem. The first past :data:`LIMIT_PER_RULE` of a rule stops building the file: for
        anchors, aliases and tags (YAML003) the rest is only read to count them (:class:`_Skim`), so a file
        of a million aliases costs a counter, not a million diagnostics and values; for any other rule the
        file is not read further, and one diagnostic says there are more."""
        n = self.counted[rule] = self.counted.get(rule, 0) + 1
        if n <= LIMIT_PER_RULE:
            self.problems.append((rule, Problem(self.pos(mark), message, hint)))
        elif n == LIMIT_PER_RULE + 1:
            self.first_left_out[rule] = Problem(self.pos(mark), message, hint)
            if rule != "YAML003":  # the file is not read further: the rest is not counted
                raise _Fatal(rule, replace(self.first_left_out.pop(rule), more=UNCOUNTED))
            if not self.skimming:
                raise _Skim(rule)

    def skim(self) -> None:
        """Read the rest of the stream, only counting its anchors, aliases and tags (YAML003)."""
        self.skimming = True
        scalar, alias, end = _SCALAR, yaml.AliasEvent, yaml.StreamEndEvent
        counted, limit = self.counted, LIMIT_PER_RULE + 1
        while True:
            event = self.next()
            cls = event.__class__
            if cls is end:
                return
            if cls is scalar and event.anchor is None and event.tag is None:
                continue
            if cls not in _NODE_EVENTS:
                continue
            if counted.get("YAML003", 0) < limit:  # the first ones (and the first left out) with their messages
                self.check_node_event(event)
            elif cls is alias:
                counted["YAML003"] += 1
            else:
                tag = event.tag
                counted["YAML003"] += (event.anchor is not None) + (isinstance(tag, str) and tag not in _ALLOWED_TAGS)

    def all_problems(self) -> list[tuple[str, Problem]]:
        """The problems recorded, and for YAML003 past the limit one that stands for the rest."""
        summaries = [
            (rule, replace(first, more=self.counted[rule] - LIMIT_PER_RULE))
            for rule, first in self.first_left_out.items()
        ]
        return [*self.problems, *summaries]

    def build(self) -> Any:
        loader = _Loader(self.text)
        try:
            self.next = loader.get_event  # one C call per event (check_event + a generator cost twice as much)
            self.next()  # StreamStart
            event = self.next()
            if isinstance(event, yaml.StreamEndEvent):
                return None
            try:
                data = self.document(event)
            except _Skim:
                self.skim()
                return None
            event = self.next()
            if isinstance(event, yaml.DocumentStartEvent):
                self.problem(
                    "YAML001",
                    event.start_mark,
                    "the file holds several YAML documents; only one is allowed",
                    "remove the `---` line and everything after it, or move it to a file of its own",
                )
            return data
        finally:
            loader.dispose()

    def document(self, start: Any) -> Any:
        node = self.node(self.next(), (), 0, None)
        self.next()  # DocumentEnd
        return node

    def check_node_event(self, event: Any) -> bool:
        """Report anchors and non-core tags; False when the node's value must be dropped."""
        if isinstance(event, yaml.AliasEvent):
            self.problem(
                "YAML003",
                event.start_mark,
                f"alias `*{event.anchor}` is not allowed",
                "write the value out in full; anchors and aliases are not allowed in standards files",
            )
            return False
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.problem(
                "YAML003",
                event.start_mark,
                f"anchor `&{anchor}` is not allowed",
                "remove the anchor and write repeated values out in full",
            )
        tag = getattr(event, "tag", None)
        if tag not in _ALLOWED_TAGS and isinstance(tag, str):
            shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
            self.problem(
                "YAML003",
                event.start_mark,
                f"tag `{shown}` is not allowed",
                "remove the tag; only plain YAML values (strings, numbers, true/false, lists, mappings) are allowed",
            )
            return False
        return True

    def node(self, event: Any, path: JsonPath, depth: int, key_mark: Any) -> Any:
        vm = event.start_mark
        km = key_mark or vm
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Fatal(
                "YAML001",
                Problem(self.pos(vm), f"the file holds more than {MAX_NODES:,} values; it is not read further",
                        "split it: one journey stage or situation per file, a few hundred values each"),
            )
        self.marks[path] = (km.line + 1, km.column + 1, vm.line + 1, vm.column + 1)
        if event.__class__ is _SCALAR and event.anchor is None and event.tag is None:  # the common case, fast
            if event.implicit[0] and not event.style:
                try:
                    return resolve_plain(event.value)
                except HugeNumber:
                    return self.huge_number(event, path)
            return event.value
        if depth > MAX_DEPTH:
            raise _Fatal(
                "YAML001",
                Problem(self.pos(vm), f"nesting deeper than {MAX_DEPTH} levels", "flatten the structure"),
            )
        keep = self.check_node_event(event)
        if not keep:
            self.dropped.add(path)
        if isinstance(event, yaml.ScalarEvent):
            return self.scalar(event, path) if keep else None
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            index = 0
            while True:
                child = self.next()
                if isinstance(child, yaml.SequenceEndEvent):
                    break
                items.append(self.node(child, (*path, index), depth + 1, None))
                index += 1
            return items if keep else None
        if isinstance(event, yaml.MappingStartEvent):
            return self.mapping(path, depth) if keep else None
        return None  # an alias

    def huge_number(self, event: Any, path: JsonPath) -> None:
        """Report a number too long to be one (its value is dropped, so the schema does not repeat it)."""
        self.problem(
            "YAML001",
            event.start_mark,
            f"a number of {len(event.value.lstrip('+-')):,} digits; numbers have at most {MAX_INT_DIGITS:,}",
            'write a real number, or quote the value if it is a text: `"..."`',
        )
        self.dropped.add(path)
        return None

    def mapping(self, path: JsonPath, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        while True:
            key_event = self.next()
            if isinstance(key_event, yaml.MappingEndEvent):
                return result
            km = key_event.start_mark
            if isinstance(key_event, yaml.ScalarEvent):
                self.check_node_event(key_event)
                key = key_event.value
            else:
                self.check_node_event(key_event)
                if not isinstance(key_event, yaml.AliasEvent):
                    self.skip(key_event)
                self.problem("YAML001", km, "a mapping key must be a plain text", "write the key as a simple word")
                key = f"<complex key at line {km.line + 1}>"
            value_event = self.next()
            if key in first_seen:
                self.problem(
                    "YAML002",
                    km,
                    f"duplicate key `{key}` (first defined at line {first_seen[key]})",
                    "remove one of the two entries or merge them; YAML keeps only one",
                )
                self.node(value_event, ("<duplicate>", *path), depth + 1, km)
                continue
            first_seen[key] = km.line + 1
            result[key] = self.node(value_event, (*path, key), depth + 1, km)

    def skip(self, event: Any) -> None:
        """Consume the events of a complex node (used for complex mapping keys)."""
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            level = 1
            while level:
                e = self.next()
                if isinstance(e, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                    level += 1
                elif isinstance(e, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                    level -= 1

    def scalar(self, event: Any, path: JsonPath) -> Any:
        value: str = event.value
        tag = event.tag
        if tag in (None, "!"):
            if tag is None and event.implicit[0] and not event.style:
                try:
                    return resolve_plain(value)
                except HugeNumber:
                    return self.huge_number(event, path)
            return value
        kind = tag[len(_CORE) :]
        if kind == "str":
            return value
        try:
            resolved = resolve_plain(value)
        except HugeNumber:
            return self.huge_number(event, path)
        expected = _TAG_TYPES.get(kind)
        if expected is None or not isinstance(resolved, expected) or (kind == "int" and isinstance(resolved, bool)):
            self.problem("YAML001", event.start_mark, f"`{value}` is not a valid !!{kind}", "remove the tag")
            return value
        return resolved


def _no_events() -> Any:
    raise RuntimeError("the builder reads events only inside build()")


def _reader_error_problem(display_path: str, text: str, err: yaml.reader.ReaderError) -> Problem:
    """A character YAML does not allow (a control character such as NUL or BEL), at its own position."""
    index = max(0, min(int(err.position), len(text)))
    before = text[:index]
    line = before.count("\n") + 1
    col = index - (before.rfind("\n") + 1) + 1
    char = err.character
    code = f"U+{char:04X}" if isinstance(char, int) else repr(char)
    return Problem(
        Position(display_path, line, col),
        f"the file contains the control character {code}, which YAML does not allow",
        "delete the character (it is often invisible: retype the line) and save the file as plain UTF-8 text",
    )


def _yaml_error_problem(display_path: str, text: str, err: yaml.YAMLError) -> Problem:
    if isinstance(err, yaml.reader.ReaderError):
        return _reader_error_problem(display_path, text, err)
    mark = getattr(err, "problem_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (getattr(err, "problem", None) or str(err)).strip()
    context = getattr(err, "context", None) or ""
    context_mark = getattr(err, "context_mark", None)
    lines = text.split("\n")
    src = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    indent = src[: len(src) - len(src.lstrip(" \t-"))]
    if "\t" in indent or src[col - 1 : col] == "\t":
        tab_col = src.index("\t") + 1
        return Problem(
            Position(display_path, line, tab_col),
            "a tab character is used for indentation",
            "YAML allows only spaces for indentation; replace the tab with spaces",
        )
    if "quoted scalar" in context and context_mark is not None:
        return Problem(
            Position(display_path, context_mark.line + 1, context_mark.column + 1),
            f"unclosed quote: {problem}",
            "close the quoted text with the same quote character it opens with",
        )
    message = " ".join(f"{context} {problem}".split()) if context else " ".join(problem.split())
    if context_mark is not None and context_mark.line != (mark.line if mark else -1):
        message += f" (the construct starts at line {context_mark.line + 1})"
    hint = "fix the YAML syntax at this position"
    if "mapping values are not allowed" in problem:
        hint = 'a text that contains ": " must be quoted: `text: "Note: ..."`'
    elif "did not find expected key" in problem:
        hint = "check the indentation: keys of one mapping must start in the same column"
    return Problem(Position(display_path, line, col), message, hint)


def _decode(raw: bytes, display_path: str) -> tuple[str | None, Problem | None]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        return None, Problem(
            Position(display_path, line, col),
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded)",
            "save the file as UTF-8 (in VS Code: 'Save with Encoding' -> UTF-8)",
        )
    return text, None


def oversized(display_path: str, size: int) -> Loaded:
    """The outcome for a file larger than :data:`MAX_BYTES` (YAML005), known without reading it."""
    return Loaded(
        None,
        SourceMap(display_path),
        [
            (
                "YAML005",
                Problem(
                    Position(display_path, 1, 1),
                    f"the file is {size / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB",
                    "split it into several files (one journey stage or situation per file)",
                ),
            )
        ],
    )


def load_bytes(raw: bytes, display_path: str) -> Loaded:
    """Load one YAML file's bytes. Never raises for bad content: problems come back as values."""
    if len(raw) > MAX_BYTES:
        return oversized(display_path, len(raw))
    smap = SourceMap(display_path)
    text, problem = _decode(raw, display_path)
    if text is None:
        assert problem is not None
        return Loaded(None, smap, [("YAML004", problem)])
    builder = _Builder(display_path, text)
    try:
        data = builder.build()
    except _Fatal as fatal:
        return Loaded(None, builder.smap, [*builder.all_problems(), (fatal.rule, fatal.problem)])
    except yaml.YAMLError as err:
        problem = _yaml_error_problem(display_path, text, err)
        return Loaded(None, builder.smap, [*builder.all_problems(), ("YAML001", problem)])
    except (RecursionError, MemoryError):  # pragma: no cover - libyaml's own limits
        return Loaded(None, builder.smap, [("YAML001", Problem(Position(display_path), "the file is too complex"))])
    if builder.skimming:  # too many problems to go on: the file's content is not used
        return Loaded(None, builder.smap, builder.all_problems())
    return Loaded(data, builder.smap, builder.all_problems(), builder.dropped)


def load_text(text: str, display_path: str = "<text>") -> Loaded:
    """Load YAML from a string (for tests and tools)."""
    return load_bytes(text.encode("utf-8", errors="surrogatepass"), display_path)
