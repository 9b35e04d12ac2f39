"""Every id a user can see is in the one registry: a rule id written in the code has its module."""

from __future__ import annotations

import re
from pathlib import Path

from generator.rules import RULES, audit_rules

ROOT = Path(__file__).resolve().parents[2]
#: a rule id as the code writes it, in quotes (``"AUDIT012"``, ``'REF001'``)
PREFIXES = "AUDIT|YAML|LAYOUT|LINT|ID|REF|COMM|PHRASE|I18N|PRIN|ROLE|STEP|CHAN|HOURS|META|DATE|SCORE|SCEN|VERSION|TRAIN"
RULE_ID = re.compile(rf"""["']((?:{PREFIXES})[0-9]{{3}})["']""")


def test_every_rule_id_in_the_code_is_registered() -> None:
    used = {m for path in (ROOT / "generator").rglob("*.py") for m in RULE_ID.findall(path.read_text(encoding="utf-8"))}
    assert used, "the pattern found no rule id at all"
    assert sorted(used - set(RULES)) == []


def test_audit_input_rules_are_in_the_registry_and_refuse_an_unknown_id() -> None:
    from generator.audit.inputs import Problems

    assert [m.ID for m in audit_rules()] == [f"AUDIT{n:03d}" for n in range(1, len(audit_rules()) + 1)]
    problems = Problems()
    problems.add("AUDIT005", "r.csv", 2, "result `maybe` is not yes, no or na")
    assert problems.items[0].severity.value == "error"
    try:
        problems.add("AUDIT999", "r.csv", 2, "made up")
    except KeyError:
        pass
    else:  # pragma: no cover
        raise AssertionError("an unregistered audit rule id was accepted")
    try:
        problems.add("REF001", "r.csv", 2, "a standards rule")
    except KeyError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a standards rule was accepted as an audit input problem")
