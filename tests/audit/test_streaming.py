"""Bounded memory of ``audit --transcripts``: spooled findings, compact state, ``--grouped``.

The golden reports under tests/fixtures/audit/golden were written by the implementation before findings
were spooled to disk (every conversation and finding kept in memory until the end); the reports must not
change by a byte. The text and HTML goldens were rewritten three times: when the reports' interface words
became translatable, when durations took CLDR's units (``1 min 59 sec``), and when the conversation scores of
FORMAT §7.7 were added (a line, a sentence and a column; every other figure as before). The JSON goldens are
the original ones: :func:`normalized_json` leaves out the conversation scores before comparing.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from generator.audit import matcher, transcripts
from generator.audit.inputs import Problems
from generator.audit.result import AuditRun
from generator.model import Handbook
from generator.render.audit import json as report_json

from . import corpus
from .conftest import FIXTURES, run_audit

GOLDEN = FIXTURES / "golden"


def normalized_json(stdout: str) -> str:
    """The report without the path of the transcripts, and without the conversation scores of FORMAT §7.7
    (added since the goldens were written: everything of FORMAT §6 must stay as it was)."""
    data = json.loads(stdout)
    data["summary"].pop("inputs")  # the path of the transcripts
    t = data["transcripts"]
    for conversation in t["conversations"].values():
        for key in ("score", "raw_score", "checks"):
            conversation.pop(key)
    for table in (t["employees"], t["channels"]):
        for bucket in table.values():
            bucket.pop("score")
    t["summary"].pop("score")
    for key in ("min_audits", "repeat_critical", "period", "from", "to"):  # v2 (FORMAT §7.2): not in the goldens
        data["summary"].pop(key)
    return json.dumps(data, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(("name", "grouped"), [("interleaved", False), ("grouped", False), ("grouped", True)])
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_reports_identical_to_the_in_memory_implementation(name: str, grouped: bool, fmt: str) -> None:
    args = ["--transcripts", str(GOLDEN / f"{name}.jsonl"), "--format", fmt] + (["--grouped"] if grouped else [])
    result = run_audit(*args)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert normalized_json(result.stdout) == (GOLDEN / f"{name}.json").read_text(encoding="utf-8")
    else:
        expected = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
        assert "… and " in expected  # more findings than the text report lists: the cap is exercised too
        assert result.stdout == expected


def test_html_and_json_of_the_fixture_identical_to_the_in_memory_implementation() -> None:
    path = str(FIXTURES / "transcripts.jsonl")
    html = run_audit("--transcripts", path, "--format", "html").stdout
    assert html.replace(path, "TRANSCRIPTS") == (GOLDEN / "fixture.html").read_text(encoding="utf-8")
    data = run_audit("--transcripts", path, "--format", "json").stdout
    assert normalized_json(data) == (GOLDEN / "fixture.json").read_text(encoding="utf-8")


def test_where_any_last_and_first_on_the_email_channel(tmp_path: Path) -> None:
    rows = [
        ("e", "2026-11-02T10:00:00Z", "customer", "Hi"),
        ("e", "2026-11-02T10:01:00Z", "agent", "Dear Ana, we are on it."),  # greeting (first)
        ("e", "2026-11-02T10:02:00Z", "agent", "Kind regards, support."),  # signature (any)
        ("e", "2026-11-02T10:03:00Z", "agent", "Anything else?"),  # closing (last)
        ("f", "2026-11-02T10:00:00Z", "agent", "Anything else? Kind regards."),  # closing and signature
        ("f", "2026-11-02T10:01:00Z", "agent", "Dear Ana, the refund is done."),  # greeting too late
    ]
    lines = [json.dumps({"conversation": c, "channel": "email", "time": t, "speaker": s,
                         "employee": "emp-1" if s == "agent" else None, "text": x}) for c, t, s, x in rows]
    path = tmp_path / "mail.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for extra in ((), ("--grouped",)):
        data = json.loads(run_audit("--transcripts", str(path), "--format", "json", *extra).stdout)
        convs = data["transcripts"]["conversations"]
        assert convs["e"]["findings"] == []
        missing = [(f["element"], f["where"]) for f in convs["f"]["findings"]]
        assert missing == [("greeting", "first"), ("closing", "last")]


def grouped_stream(tmp_path: Path) -> Path:
    """a, a, b, a: conversation `a` comes back on line 4."""
    rows = [("a", "10:00:00", "customer", "Hi"), ("a", "10:00:30", "agent", "Hello!"),
            ("b", "10:00:00", "customer", "Hi"), ("a", "10:01:00", "customer", "Thanks")]
    lines = [json.dumps({"conversation": c, "channel": "chat", "time": f"2026-11-02T{t}Z", "speaker": s,
                         "employee": "emp-1" if s == "agent" else None, "text": x}) for c, t, s, x in rows]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_grouped_rejects_a_conversation_that_comes_back(tmp_path: Path) -> None:
    path = grouped_stream(tmp_path)
    result = run_audit("--transcripts", str(path), "--grouped")
    assert result.exit_code == 1
    assert f"{path}:4:1: error[AUDIT017] conversation `a` appears again after other conversations " \
           "(it started on line 1)" in result.stderr
    assert "Nothing was scored" in result.stderr
    # without --grouped the same file is fine (interleaving is allowed)
    assert run_audit("--transcripts", str(path)).exit_code == 0


def test_grouped_judges_each_conversation_when_the_next_begins(
    handbook: Handbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = corpus.write(tmp_path / "g.jsonl", corpus.layout(corpus.conversations(60, seed=5), interleaved=False))
    monkeypatch.setattr(transcripts, "BATCH", 7)
    observed: list[tuple[bool, int, int]] = []
    apply = transcripts._Run.apply

    def spy(self: transcripts._Run, batch: list[tuple[int, dict[str, Any]]]) -> None:
        apply(self, batch)
        observed.append((self.grouped, len(self.open), self.result.spool.conversations))

    monkeypatch.setattr(transcripts._Run, "apply", spy)
    reports = []
    for grouped in (False, True):
        problems = Problems()
        result = transcripts.Checker(handbook).run(str(path), problems, grouped=grouped)
        assert not problems
        run = AuditRun(handbook, None, None, result)
        reports.append("".join(report_json.render(run)))
        result.close()
    assert reports[0] == reports[1]
    default = [(opened, done) for g, opened, done in observed if not g]
    grouped_ = [(opened, done) for g, opened, done in observed if g]
    # default: every conversation stays open until the end of the file, none is judged before it
    assert default[-1] == (60, 0)
    # grouped: one conversation open at a time, the others already judged and spooled
    assert max(opened for opened, _ in grouped_) == 1
    assert grouped_[-1][1] == 59
    assert [done for _, done in grouped_] == sorted(done for _, done in grouped_)


def traced_peak(handbook: Handbook, path: Path, grouped: bool) -> tuple[int, transcripts.TranscriptResult]:
    """The run's tracemalloc peak. The objects of the rest of the process are frozen out of the garbage
    collector first: how much garbage waits for a collection then depends on this run only, not on how many
    objects earlier tests left (which moved the peak by 200 KB in a full test run)."""
    checker = transcripts.Checker(handbook)
    problems = Problems()
    gc.collect()
    gc.freeze()
    tracemalloc.start()
    try:
        result = checker.run(str(path), problems, grouped=grouped)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        gc.unfreeze()
    assert not problems
    return peak, result


def test_grouped_memory_does_not_grow_with_the_stream(handbook: Handbook, tmp_path: Path) -> None:
    """tracemalloc peak of a 20 000-conversation grouped stream, against bounds computed from its data."""
    convs = corpus.conversations(20_000, seed=9, text_size=300)
    big = corpus.write(tmp_path / "big.jsonl", corpus.layout(convs, interleaved=False))
    small = corpus.write(tmp_path / "small.jsonl", corpus.layout(convs[:5_000], interleaved=False))
    agent_text = sum(len(m["text"]) for c in convs for m in c if m["speaker"] == "agent")
    matcher.fold("déjà")  # compile the folding regex (a one-time cost) before measuring

    peak_small, result_small = traced_peak(handbook, small, grouped=True)
    result_small.close()
    peak, result = traced_peak(handbook, big, grouped=True)
    try:
        assert result.conversations == 20_000
        finding_json = sum(len(json.dumps(f, ensure_ascii=False))
                           for _, entry in result.spool.items() for f in entry["findings"])
    finally:
        result.close()
    assert sum(result.findings.values()) > 20_000
    # Keeping every agent text, or every finding (whose JSON is a lower bound of its size in memory),
    # would take more than half of either total.
    assert peak < min(agent_text, finding_json) / 2, (peak, agent_text, finding_json)
    # Four times the conversations, and not even 8 bytes (one pointer) more per extra conversation.
    assert peak - peak_small < (20_000 - 5_000) * 8, (peak_small, peak)


def test_the_goldens_agree_with_figures_worked_out_by_hand() -> None:
    """The goldens above were written by the implementation; these figures come from reading the inputs.

    fixture (transcripts.jsonl, 8 lines, both conversations on chat: first reply within 60 s, later ones
    within 2 min, a greeting first and a closing last):
    - c-1 (en, emp-7): customer 10:00:00, agent 10:01:30 -> 90 s > 60 s, a late first response; "Please calm
      down" is a forbidden phrase; customer 10:02:00, agent 10:05:00 -> 180 s > 120 s, a late response; it
      greets ("Hello") and closes ("Anything else?").
    - c-2 (ru, emp-8): 30 s and 60 s, in time; "ЖДИТЕ" (just-wait) and "не моя работа" (an avoid item) are two
      forbidden phrases ("Подождите" is another word); it greets ("Здравствуйте") but does not close.
    """
    fixture = json.loads((GOLDEN / "fixture.json").read_text(encoding="utf-8"))["transcripts"]
    assert fixture["summary"] == {"conversations": 2, "messages": 8, "agent_messages": 4, "findings": {
        "forbidden_phrase": 1 + 2, "missing_required": 0 + 1, "first_response": 1 + 0, "response_time": 1 + 0}}
    assert fixture["employees"]["emp-7"]["findings"] == {
        "forbidden_phrase": 1, "missing_required": 0, "first_response": 1, "response_time": 1}
    text = (GOLDEN / "fixture.html").read_text(encoding="utf-8")
    assert "reply after 1 min 30 sec; the target is 1 min" in text  # c-1's 90 s against 60 s
    # interleaved: 690 lines, 150 conversations; c-2 (in store, first reply within 30 s, no later target, no
    # required element) has its customer on line 4 at 23:28:45Z and emp-6's reply on line 8 at 01:30:44+02:00,
    # that is 23:30:44Z: 119 s late; "Just wait" (line 8) and "calm down" (line 22) are forbidden phrases.
    lines = (GOLDEN / "interleaved.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 690 and len({json.loads(line)["conversation"] for line in lines}) == 150
    report = (GOLDEN / "interleaved.txt").read_text(encoding="utf-8")
    assert report.splitlines()[2] == "150 conversations, 690 messages"
    c2 = json.loads((GOLDEN / "interleaved.json").read_text(encoding="utf-8"))["transcripts"]["conversations"]["c-2"]
    assert [(f["kind"], f["line"]) for f in c2["findings"]] == [
        ("first_response", 8), ("forbidden_phrase", 8), ("forbidden_phrase", 22)]
    assert c2["findings"][0]["delay_seconds"] == 2 * 60 - 1 and c2["findings"][0]["target_seconds"] == 30
    assert "c-2           in-store  emp-6        8  Late first response       reply after 1 min 59 sec" in report


LINES = [
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "customer", '
    '"employee": null, "text": "Hello"}',
    '{"conversation":"c1","channel":"chat","time":"2026-11-02T10:01:00+02:00","speaker":"agent",'
    '"employee":"emp-1","text":"Hi, I am Eli"}',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:02:00Z", "speaker": "agent", '
    '"employee": "emp-1", "text": "a", "text": "b"}',  # a duplicate key
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:03:00Z", "speaker": "agent", '
    '"employee": "emp\\u200b1", "text": "escaped id"}',  # an invisible character written as an escape
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:04:00Z", "speaker": "agent", '
    '"employee": "émp-1", "text": "a non-ASCII id"}',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:05:00", "speaker": "agent", '
    '"employee": "emp-1", "text": "no time zone"}',
    '{"conversation": "c1", "channel": "fax", "time": "2026-11-02T10:06:00Z", "speaker": "agent", '
    '"employee": "emp-1", "text": "unknown channel"}',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:07:00Z", "speaker": "agent", '
    '"text": "no employee"}',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:08:00Z", "speaker": "agent", '
    '"employee": "emp-1", "text": "trailing space"}   ',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:09:00Z", "speaker": "agent", '
    '"employee": "emp-1", "text": "two objects"} {}',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:10:00Z", "speaker": "bot", '
    '"employee": null, "text": "who?"}',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:11:00Z", "speaker": "customer", '
    '"employee": 7, "text": "employee is a number"}',
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:12:00Z", "speaker": "agent", '
    '"employee": "emp-1", "text": "nested", "extra": {"a": 1, "a": 2}}',
    '[1, 2]', "", "   ", "not json", None,
    '{"conversation": "c1", "channel": "chat", "time": "2026-11-02T10:13:00Z", "speaker": "customer", '
    '"employee": "emp\\u0000", "text": "a control character"}',
]


def test_the_quick_reader_takes_only_what_the_careful_reader_takes(handbook: Handbook) -> None:
    """``Checker.messages`` (one loop over the lines, with a quick path for plain messages) gives the records and
    the problems of the careful reader run line by line, on lines that are fine and lines that are not."""
    checker = transcripts.Checker(handbook)
    quick, careful = Problems(), Problems()
    got = list(checker.messages("t.jsonl", enumerate(LINES, start=1), quick))
    expected = [(n, r) for n, text in enumerate(LINES, start=1) if text is not None
                if (r := checker._careful("t.jsonl", n, text, careful)) is not None]
    assert got == expected
    assert [n for n, _ in got] == [1, 2, 5, 9]
    assert quick.items == careful.items and len(quick.items) >= 10
