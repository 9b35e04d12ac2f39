"""Known cross-site-scripting payloads, put into every text field the schemas have (tests of safe rendering).

:func:`hostile_standards` copies a standards folder and appends :func:`payload` to every string the
schema accepts as free text (titles, names, descriptions, scripts, phrases, glossary terms and
definitions, provisions, principles, channel names, tier names...). Which strings are free text is
decided by the schema itself: every string leaf is tried, and the ones the schema then refuses (ids,
dates, durations, enums, owners) get their value back. Each field has its own number, so a dialog
that opens says which field leaked (``FIELDS[n]``).
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator.layout import discover
from generator.loader import load_text
from generator.model import Handbook
from generator.pipeline import load
from generator.schema import validator


def payload(n: int) -> str:
    """Every way a text has been seen to escape its place, each calling ``alert(n)``."""
    return (
        f" </title></textarea></script><script>alert({n})</script><img src=x onerror=alert({n})>"
        f"\"><svg onload=alert({n})>'><b onmouseover=alert({n})>x</b>"
        f" [link](javascript:alert({n})) <a href=\"javascript:alert({n})\">a</a>"
        f" {{: onclick=alert({n}) }} <iframe srcdoc=\"<script>alert({n})</script>\"></iframe>"
        f" ]\"); alert({n}); //"
    )


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))]
    return [path] if isinstance(value, str) else []


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


def _field(leaf: tuple[Any, ...]) -> tuple[Any, ...]:
    """The field a leaf belongs to, whatever its language (placeholders and phrases stay alike across them)."""
    return tuple(p for p in leaf if not (isinstance(p, str) and len(p) == 2 and p.islower()))


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)


def hostile_standards(source: Path, target: Path) -> dict[int, str]:
    """Copy ``source`` to ``target`` with a payload in every free-text field; returns {n: where}.

    A string the schema refuses with a payload gets its value back, and so does one a rule refuses
    (a time zone is a free string to the schema, not to HOURS001)."""
    shutil.copytree(source, target)
    counter = 0
    files: dict[str, tuple[Path, Any, dict[tuple[Any, ...], str], dict[tuple[Any, ...], int]]] = {}
    for found in discover(str(target)):
        if found.kind is None:
            continue
        path = target / found.rel
        data = load_text(path.read_text(encoding="utf-8")).data
        check = validator(found.kind)
        originals = {leaf: _get(data, leaf) for leaf in _leaves(data)}
        numbers: dict[tuple[Any, ...], int] = {}
        for leaf, text in originals.items():
            if _field(leaf) not in numbers:
                counter += 1
                numbers[_field(leaf)] = counter
            _set(data, leaf, text + payload(numbers[_field(leaf)]))
        for _ in range(10):  # a refused string gets its value back; an anyOf's error may name its parent
            refused = {tuple(e.absolute_path) for e in check.iter_errors(data)}
            if not refused:
                break
            for leaf, text in originals.items():
                if any(leaf[: len(r)] == r for r in refused):
                    _set(data, leaf, text)
        else:
            raise AssertionError(f"{found.rel} keeps failing its schema")
        path.write_text(_dump(data), encoding="utf-8")
        files[path.resolve().as_posix()] = (path, data, originals, numbers)
    for _ in range(10):  # what the rules refuse, by the line of the diagnostic
        errors = [d for d in load(target).diagnostics.sorted() if d.severity.name == "ERROR"]
        if not errors:
            break
        for error in errors:
            path, data, originals, _numbers = files[Path(error.position.path).resolve().as_posix()]
            where = load_text(path.read_text(encoding="utf-8")).source_map
            for leaf, text in originals.items():
                if where.position(leaf).line == error.position.line:
                    _set(data, leaf, text)
            path.write_text(_dump(data), encoding="utf-8")
    else:
        raise AssertionError(f"the payloads keep failing rules: {errors[:3]}")
    fields: dict[int, str] = {}
    for path, data, originals, numbers in files.values():
        for leaf, text in originals.items():
            if _get(data, leaf) != text:
                name = ".".join(map(str, _field(leaf)))
                fields.setdefault(numbers[_field(leaf)], f"{path.relative_to(target)}: {name}")
    return fields


#: payloads as audit inputs carry them: ids and comments from a CSV, texts from a transcript
AUDIT_PAYLOAD = '<script>alert("audit")</script><img src=x onerror=alert("audit")>"\'><svg onload=alert("audit")>'


def hostile_audit_inputs(handbook: Handbook, folder: Path) -> dict[str, Path]:
    """Results, surveys, transcripts, a training roster and acknowledgements whose every free field holds
    :data:`AUDIT_PAYLOAD`."""
    folder.mkdir(parents=True, exist_ok=True)
    role = next(r for r in handbook.roles if handbook.standards_for_role(r.id))
    items = handbook.standards_for_role(role.id)[:4]
    who = "emp-1" + AUDIT_PAYLOAD
    rows = [["audit_id", "date", "employee", "role", "location", "item", "result", "comment"]]
    for n, item in enumerate(items):
        result = "no" if n % 2 else "yes"
        rows.append(["a-1" + AUDIT_PAYLOAD, "2026-11-02", who, role.id, "riga" + AUDIT_PAYLOAD, item.global_id,
                     result, AUDIT_PAYLOAD])
    surveys = [["date", "location", "employee", "score"], ["2026-11-02", "riga" + AUDIT_PAYLOAD, who, "3"]]
    paths = {"results": folder / "results.csv", "surveys": folder / "surveys.csv"}
    for name, table in (("results", rows), ("surveys", surveys)):
        with paths[name].open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(table)
    channel = handbook.channels[0]
    phrase = handbook.text(handbook.forbidden[0].phrase, handbook.default_language)
    messages = [
        ("customer", None, "2026-11-02T10:00:00Z", "Hello" + AUDIT_PAYLOAD),
        ("agent", who, "2026-11-02T10:00:30Z", f"{AUDIT_PAYLOAD} {phrase} {AUDIT_PAYLOAD}"),
    ]
    paths["staff"] = folder / "staff.csv"
    paths["acks"] = folder / "acks.csv"
    staff = [["employee", "role", "location", "name"], [who, role.id, "riga" + AUDIT_PAYLOAD, "Anna" + AUDIT_PAYLOAD]]
    acks = [["employee", "version", "date", "kind", "trainer", "role", "note"],
            [who, handbook.version, "2026-11-02", "training", "trainer" + AUDIT_PAYLOAD, role.id, AUDIT_PAYLOAD]]
    for name, table in (("staff", staff), ("acks", acks)):
        with paths[name].open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(table)
    paths["transcripts"] = folder / "transcripts.jsonl"
    paths["transcripts"].write_text("".join(
        json.dumps({"conversation": "c-1" + AUDIT_PAYLOAD, "channel": channel.id, "time": time,
                    "speaker": speaker, "employee": employee, "text": text}) + "\n"
        for speaker, employee, time, text in messages
    ), encoding="utf-8")
    return paths
