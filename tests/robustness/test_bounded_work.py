"""Bounded work (issue 16): at most 100 diagnostics of a rule in a file are listed, the rest become one summary
("… and 150 more YAML003 in this file") in every format, and a hostile file under the size limit cannot make a
run or its report grow without bound. Timing is measured by bench/hostile, not asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from common import write_folder
from robustness_support import handbook

from generator.diagnostics import LIMIT_PER_RULE, Diagnostic, Diagnostics, Position, Severity
from generator.loader import MAX_NODES, load_text


def test_the_limit_is_one_hundred() -> None:
    assert LIMIT_PER_RULE == 100 and MAX_NODES == 100_000


def aliases(tmp_path: Path, n: int) -> Path:
    """A standards folder whose situations/zz.yaml is ``n`` lines of ``- *a`` (an alias each: YAML003)."""
    root = write_folder(tmp_path / "s")
    (root / "situations").mkdir(exist_ok=True)
    (root / "situations" / "zz.yaml").write_text("- *a\n" * n, "utf-8")
    return root


def yaml003(lines: list[str]) -> list[str]:
    return [line for line in lines if "[YAML003]" in line]


def test_text_lists_one_hundred_then_one_summary(tmp_path: Path) -> None:
    aliases(tmp_path, 250)
    ran = handbook("validate", "s", cwd=tmp_path)
    assert ran.code == 1
    found = yaml003(ran.out.splitlines())
    assert len(found) == 101
    assert found[0] == "s/situations/zz.yaml:1:3: error[YAML003] alias `*a` is not allowed"
    assert found[99].startswith("s/situations/zz.yaml:100:3: error[YAML003] alias")
    # 250 aliases: 100 listed, the other 150 in one line at the first one left out (line 101)
    assert found[100] == "s/situations/zz.yaml:101:3: error[YAML003] … and 150 more YAML003 in this file"
    assert "Found 250 errors" in ran.out  # the summary line counts every one


def test_json_sarif_and_github_are_capped_the_same_way(tmp_path: Path) -> None:
    aliases(tmp_path, 250)
    report = json.loads(handbook("validate", "s", "--format", "json", cwd=tmp_path).out)
    mine = [d for d in report["diagnostics"] if d["rule"] == "YAML003"]
    assert len(mine) == 101 and report["errors"] == 250
    assert mine[-1]["more"] == 150 and mine[-1]["line"] == 101
    assert all("more" not in d for d in mine[:-1])
    sarif = json.loads(handbook("validate", "s", "--format", "sarif", cwd=tmp_path).out)
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "YAML003"]
    assert len(results) == 101
    assert results[-1]["message"]["text"].startswith("… and 150 more YAML003 in this file")
    github = handbook("validate", "s", "--format", "github", cwd=tmp_path).out.splitlines()
    annotations = [line for line in github if "title=YAML003" in line]
    assert len(annotations) == 101 and "… and 150 more YAML003 in this file" in annotations[-1]


def test_exactly_one_hundred_need_no_summary(tmp_path: Path) -> None:
    aliases(tmp_path, 100)
    found = yaml003(handbook("validate", "s", cwd=tmp_path).out.splitlines())
    assert len(found) == 100 and not any("more YAML003" in line for line in found)


def test_the_issue_case_seven_megabytes_of_aliases_gives_a_small_report(tmp_path: Path) -> None:
    """The issue's file: 7 MB of `- *a` lines (under the 8 MiB limit) wrote 950 MB of SARIF."""
    lines = 7 * 1024 * 1024 // 5
    aliases(tmp_path, lines)
    ran = handbook("validate", "s", "--format", "sarif", cwd=tmp_path)
    assert ran.code == 1
    assert len(ran.out) < 1_000_000
    results = json.loads(ran.out)["runs"][0]["results"]
    summary = [r for r in results if r["ruleId"] == "YAML003"][-1]
    assert summary["message"]["text"].startswith(f"… and {lines - 100:,} more YAML003 in this file")


def test_other_loader_rules_stop_reading_the_file_and_say_so() -> None:
    loaded = load_text("".join(f"a: {i}\n" for i in range(300)), "dup.yaml")
    assert loaded.data is None  # the file is not read further, nor used
    dups = [p for rule, p in loaded.problems if rule == "YAML002"]
    assert len(dups) == 101
    assert dups[-1].message == "duplicate key `a` (first defined at line 1)" and dups[-1].more == -1
    assert dups[-1].position.line == 102
    diags = Diagnostics([Diagnostic("YAML002", Severity.ERROR, p.position, p.message, p.hint, more=p.more)
                         for p in dups])
    assert diags.sorted()[-1].message == "… and more YAML002 in this file"


def test_a_file_of_more_than_100000_values_is_yaml001() -> None:
    loaded = load_text("- x\n" * (MAX_NODES + 5), "big.yaml")
    assert loaded.data is None
    [(rule, problem)] = loaded.problems
    assert rule == "YAML001"
    assert problem.message == "the file holds more than 100,000 values; it is not read further"
    assert (problem.position.line, problem.position.column) == (MAX_NODES, 3)  # the list is value 1


def test_schema_problems_are_capped_and_not_all_looked_for(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "s")
    (root / "glossary.yaml").write_text("terms:\n" + "  - {}\n" * 300, "utf-8")
    ran = handbook("validate", "s", cwd=tmp_path)
    schema = [line for line in ran.out.splitlines() if "[SCHEMA]" in line and "glossary.yaml" in line]
    assert len(schema) == 101
    assert schema[-1].endswith("error[SCHEMA] … and more SCHEMA in this file")
    assert "Found at least " in ran.out


@pytest.mark.parametrize("extra", [0, 1, 150])
def test_the_cap_of_any_rule_counts_by_file(extra: int) -> None:
    def diag(path: str, line: int, rule: str = "SEM001") -> Diagnostic:
        return Diagnostic(rule, Severity.WARNING, Position(path, line, 1), f"problem on line {line}")

    items = [diag("a.yaml", n) for n in range(1, 101 + extra)]
    items += [diag("b.yaml", n) for n in range(1, 6)] + [diag("a.yaml", 7, "SEM002")]
    diags = Diagnostics(list(reversed(items)))
    listed = diags.sorted()
    a_sem001 = [d for d in listed if d.path == "a.yaml" and d.rule == "SEM001"]
    assert len(a_sem001) == (100 if extra == 0 else 101)
    if extra:
        assert a_sem001[-1].message == f"… and {extra} more SEM001 in this file"
        assert a_sem001[-1].line == 101 and a_sem001[-1].more == extra
    assert len([d for d in listed if d.path == "b.yaml"]) == 5
    assert [d.line for d in listed if d.rule == "SEM002"] == [7]
    assert diags.warnings == 100 + extra + 5 + 1
