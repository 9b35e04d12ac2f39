"""Property test (issue 16): mutated standards and audit inputs never reach the "internal error" safety net.

Hypothesis mutates the shipped standards at the YAML level (a key deleted, a scalar of another type, odd text,
huge or non-finite numbers, a key written twice, the file cut short) and the example audit inputs (CSV cells,
JSON Lines fields and lines). `validate`, `checklists` (on what still validates) and `audit` run in-process, as
the command line runs them: each exits 0, 1 or 2 and prints neither "internal error" nor a traceback.

Deterministic (``derandomize``), with no example database, so CI always runs the same cases.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from robustness_support import ROOT

from generator.cli import main

STANDARDS = ROOT / "standards"
EXAMPLES = ROOT / "examples"
YAML_FILES = sorted(p.relative_to(STANDARDS).as_posix() for p in STANDARDS.rglob("*.yaml"))
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ENV = {"HANDBOOK_TODAY": "2026-11-15", "HANDBOOK_DEBUG": "", "GITHUB_ACTIONS": "", "NO_COLOR": "1"}

#: values a careless or hostile editor writes where something else was expected
ODD = st.sampled_from([
    None, True, False, 0, -1, 10**40, 10**5000, float("nan"), float("inf"), -float("inf"), 1e308, 0.5, "", " ",
    "yes", "null", "~", "2026-W45-1", "2026-02-30", "A</title><script>alert(1)</script>", "emp-1\u200b",
    "\u202eevil", "\u0435mp-1", "\x00", "\x1b[31m", "x" * 5000, "{{ 1 }}", "[link](javascript:alert(1))",
    "*a", "&a", "!!python/object:os.system", "- a", "a: b", "\ud7ff\ue000\U0010fffd", [], {}, [1, [2, [3]]],
    {"en": None}, {"nonsense": 1},
])


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=ENV)
    output = result.output
    assert "internal error" not in output, output
    assert "Traceback" not in output, output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), (result.exit_code, output)
    event(f"{args[0]} exit {result.exit_code}")
    return result.exit_code, output


# -- the standards -------------------------------------------------------------------------------------------


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key and index path in ``data`` (containers and scalars)."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


def _mutate_data(data: Any, draw: st.DrawFn) -> Any:
    paths = [p for p in _paths(data) if p]
    if not paths:
        return draw(ODD)
    path = draw(st.sampled_from(paths))
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    action = draw(st.sampled_from(["delete", "replace", "wrap"]))
    if action == "delete":
        del parent[last]
    elif action == "replace":
        parent[last] = draw(ODD)
    else:
        parent[last] = [parent[last]] if draw(st.booleans()) else {"x": parent[last]}
    return data


def _mutate_text(text: str, draw: st.DrawFn) -> str:
    lines = text.splitlines(keepends=True)
    action = draw(st.sampled_from(["truncate", "duplicate", "insert"]))
    if action == "truncate":
        return text[: draw(st.integers(0, max(len(text) - 1, 0)))]
    index = draw(st.integers(0, max(len(lines) - 1, 0)))
    if action == "duplicate" and lines:  # a key written twice, or a list item repeated
        return "".join([*lines[: index + 1], lines[index], *lines[index + 1:]])
    inserted = draw(st.sampled_from(["\t", "\x00", "\ufeff", "\u2028", "? [a]\n", "a: *x\n", "'", '"', "%TAG ! x\n",
                                     "---\n", "  - \n", ": :\n", "\U0001f600"]))
    return "".join([*lines[:index], inserted, *lines[index:]])


@st.composite
def mutated_standards(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(YAML_FILES))
    text = (STANDARDS / name).read_text(encoding="utf-8")
    if draw(st.booleans()):
        data = yaml.safe_load(text)
        data = _mutate_data(data, draw)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)
    else:
        text = _mutate_text(text, draw)
    return name, text.encode("utf-8", "surrogatepass")


@SETTINGS
@given(mutated_standards())
def test_mutated_standards_never_crash(mutation: tuple[str, bytes]) -> None:
    name, content = mutation
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "standards"
        shutil.copytree(STANDARDS, folder)
        (folder / name).write_bytes(content)
        code, _ = _run("validate", str(folder), "--format", "json")
        if code == 0:
            _run("checklists", str(folder), "--out", str(Path(tmp) / "out"), "--lang", "en")


# -- the audit inputs -------------------------------------------------------------------------------------


def _head(name: str, lines: int) -> list[str]:
    with open(EXAMPLES / name, encoding="utf-8") as stream:
        return [next(stream) for _ in range(lines)]


RESULTS = _head("audit-results.csv", 40)
SURVEYS = _head("surveys.csv", 20)
TRANSCRIPTS = _head("transcripts.jsonl", 30)
CSV_ODD = st.sampled_from(["", '"', '""', ",", "\n", '"a\nb"', "na", "N/A", "2026-W45-1", "2026-13-01", "emp-1\u200b",
                           "\u0435mp-1", "\u202e", "\x00", "=1+1", "-1", "11", "x" * 3000, "yes,no", "\ufeff"])


def _mutate_csv(lines: list[str], draw: st.DrawFn) -> str:
    rows = [line.rstrip("\n").split(",") for line in lines]  # the examples quote only comments: good enough
    action = draw(st.sampled_from(["cell", "drop-cell", "drop-line", "header", "truncate"]))
    row = draw(st.integers(0, len(rows) - 1))
    col = draw(st.integers(0, len(rows[row]) - 1))
    if action == "cell":
        rows[row][col] = draw(CSV_ODD)
    elif action == "drop-cell":
        del rows[row][col]
    elif action == "drop-line" and len(rows) > 1:
        del rows[row]
    elif action == "header":
        rows[0][col] = draw(st.sampled_from(["", "employe", "item", "audit_id", "date "]))
    text = "\n".join(",".join(r) for r in rows) + "\n"
    if action == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    return text


def _mutate_jsonl(lines: list[str], draw: st.DrawFn) -> str:
    records = [json.loads(line) for line in lines]
    index = draw(st.integers(0, len(records) - 1))
    key = draw(st.sampled_from(sorted(records[index])))
    action = draw(st.sampled_from(["value", "delete", "twice", "garbage", "truncate"]))
    texts = [json.dumps(r, ensure_ascii=False) for r in records]
    if action == "value":
        records[index][key] = draw(ODD)
        texts[index] = json.dumps(records[index], ensure_ascii=False)
    elif action == "delete":
        del records[index][key]
        texts[index] = json.dumps(records[index], ensure_ascii=False)
    elif action == "twice":
        texts[index] = texts[index][:-1] + f", {json.dumps(key)}: {json.dumps(draw(ODD), ensure_ascii=False)}}}"
    elif action == "garbage":
        texts.insert(index, draw(st.sampled_from(["[", "{}", "null", '"x"', "\x00", "{" * 5000, "1e999"])))
    else:
        texts[index] = texts[index][: draw(st.integers(0, len(texts[index])))]
    return "\n".join(texts) + "\n"


@st.composite
def mutated_inputs(draw: st.DrawFn) -> tuple[str, str]:
    which = draw(st.sampled_from(["results", "surveys", "transcripts"]))
    if which == "transcripts":
        return which, _mutate_jsonl(TRANSCRIPTS, draw)
    return which, _mutate_csv(RESULTS if which == "results" else SURVEYS, draw)


@settings(SETTINGS, max_examples=30)
@given(mutated_inputs())
def test_mutated_audit_inputs_never_crash(mutation: tuple[str, str]) -> None:
    which, content = mutation
    with tempfile.TemporaryDirectory() as tmp:
        files = {"results": "".join(RESULTS), "surveys": "".join(SURVEYS), "transcripts": "".join(TRANSCRIPTS)}
        files[which] = content
        args = ["audit", str(STANDARDS), "--format", "json"]
        for kind, text in files.items():
            path = Path(tmp) / f"{kind}.{'jsonl' if kind == 'transcripts' else 'csv'}"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            args += [f"--{kind}", str(path)]
        _run(*args)
