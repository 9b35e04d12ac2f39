"""End to end against the shipped example company (standards/), when it validates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import i18n
from generator.cli import main
from generator.model import Handbook
from generator.pipeline import load

ROOT = Path(__file__).resolve().parent.parent.parent
STANDARDS = ROOT / "standards"


@pytest.fixture(scope="module")
def shipped() -> Handbook:
    if not STANDARDS.is_dir():
        pytest.skip("no shipped standards/")
    result = load(str(STANDARDS))
    if not result.ok:
        pytest.skip("the shipped standards/ do not validate yet")
    return result.handbook


def test_results_and_transcripts_on_the_shipped_example(shipped: Handbook, tmp_path: Path) -> None:
    critical = next(s for s in shipped.items.values() if s.severity == "critical")
    minor = next(s for s in shipped.items.values() if s.severity == "minor")
    w = shipped.scoring.weights
    rows = [
        f"a1,2026-11-02,emp-1,{critical.role},store-1,{critical.global_id},yes,",
        f"a1,2026-11-02,emp-1,{critical.role},store-1,{minor.global_id},no,",
        f"a2,2026-11-03,emp-1,{critical.role},store-1,{critical.global_id},no,",
    ]
    results = tmp_path / "results.csv"
    results.write_text("audit_id,date,employee,role,location,item,result,comment\n" + "\n".join(rows) + "\n",
                       encoding="utf-8")
    channel = next(c for c in shipped.channels if c.response_seconds is not None)
    phrase = shipped.forbidden[0]
    lang = next(iter(phrase.phrase.values))
    messages = [
        {"conversation": "c1", "channel": channel.id, "time": "2026-11-02T10:00:00Z", "speaker": "customer",
         "employee": None, "text": "?"},
        {"conversation": "c1", "channel": channel.id, "time": "2026-11-02T10:00:01Z", "speaker": "agent",
         "employee": "emp-1", "text": f"… {phrase.phrase.values[lang]} …"},
    ]
    transcripts = tmp_path / "t.jsonl"
    transcripts.write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in messages) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(results), "--transcripts",
                                       str(transcripts), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    raw1 = 100 * w["critical"] / (w["critical"] + w["minor"])
    # a2: the critical item is `no`; the final score follows the shipped policy
    policy = shipped.scoring.critical_fail
    final2 = 0.0 if policy == "zero" else (0.0 if policy == "none" else min(0.0, float(policy)))
    assert data["employees"]["emp-1"]["score"] == pytest.approx((raw1 + final2) / 2)
    role = shipped.role(critical.role)
    assert role is not None
    assert data["departments"][role.department]["audits"] == 2
    kinds = [f["kind"] for f in data["transcripts"]["conversations"]["c1"]["findings"]]
    assert "forbidden_phrase" in kinds
    html = CliRunner().invoke(main, ["audit", str(STANDARDS), "--results", str(results), "--format", "html",
                                     "--lang", shipped.languages[-1]])
    assert html.exit_code == 0
    assert f'lang="{shipped.languages[-1]}"' in html.stdout
    assert f'dir="{i18n.direction(shipped.languages[-1])}"' in html.stdout
