"""Careless and hostile audit inputs: each a clear AUDIT diagnostic with its line, exit 1, nothing scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from robustness_support import ROOT, handbook, one_error

STANDARDS = ROOT / "tests" / "fixtures" / "audit" / "standards"
RESULTS_HEADER = "audit_id,date,employee,role,location,item,result,comment\n"
ROW = "a1,2026-11-02,emp-1,sales-associate,riga,{item},{result},{comment}\n"
MESSAGE = {"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "agent",
           "employee": "emp-7", "text": "Hello"}


def audit(tmp_path: Path, option: str, name: str, content: bytes, *more: str) -> tuple[int, str, str]:
    (tmp_path / name).write_bytes(content)
    ran = handbook("audit", str(STANDARDS), option, name, *more, cwd=tmp_path)
    return ran.code, ran.out, ran.err


def test_an_unclosed_quote_does_not_swallow_the_rows_after_it(tmp_path: Path) -> None:
    rows = (
        ROW.format(item="greeting#greet", result="no", comment='"forgot')
        + ROW.format(item="greeting#offer-help", result="yes", comment="")
        + ROW.format(item="greeting#no-blame", result="yes", comment="")
    )
    code, out, err = audit(tmp_path, "--results", "r.csv", (RESULTS_HEADER + rows).encode())
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == (
        'r.csv:2:1: error[AUDIT001] a quote `"` opened in this row is never closed, '
        "so the rest of the file would be one value"
    )
    assert "Nothing was scored" in err


def test_text_after_a_closing_quote(tmp_path: Path) -> None:
    row = ROW.format(item="greeting#greet", result="no", comment='"said "hi" first"')
    code, _, err = audit(tmp_path, "--results", "r.csv", (RESULTS_HEADER + row).encode())
    assert code == 1
    assert err.startswith("r.csv:2:1: error[AUDIT001] not valid CSV: ")
    assert 'double each quote in it: "say ""hi"""' in err


SURVEYS_HEADER = "date,location,employee,score\n"


@pytest.mark.parametrize(("option", "header"), [("--results", RESULTS_HEADER), ("--surveys", SURVEYS_HEADER)])
def test_a_semicolon_separated_export_is_one_clear_error(tmp_path: Path, option: str, header: str) -> None:
    code, _, err = audit(tmp_path, option, "fr.csv", header.replace(",", ";").encode("utf-8-sig"))
    assert code == 1
    lines = [line for line in err.splitlines() if "error[" in line]
    assert lines == ["fr.csv:1:1: error[AUDIT002] the columns are separated by `;`, not by commas"]
    assert "CSV UTF-8 (comma delimited)" in err


def test_json_nested_too_deeply(tmp_path: Path) -> None:
    lines = json.dumps(MESSAGE) + "\n" + "[" * 100_000 + "\n" + '{"a":' * 100_000 + "\n"
    code, _, err = audit(tmp_path, "--transcripts", "t.jsonl", lines.encode())
    assert code == 1
    found = [line for line in err.splitlines() if "error[" in line]
    assert found == [
        f"t.jsonl:{n}:1: error[AUDIT011] the line is not a message: its JSON is nested too deeply" for n in (2, 3)
    ]


def test_half_a_surrogate_pair_is_not_text(tmp_path: Path) -> None:
    broken = json.dumps({**MESSAGE, "text": "Hello \ud800 there"})  # json.dumps writes it as \\ud800
    fine = json.dumps({**MESSAGE, "text": "Hello \U0001f600 Здравствуйте"})  # a full pair and \\u escapes
    code, _, err = audit(tmp_path, "--transcripts", "t.jsonl", f"{fine}\n{broken}\n".encode(), "--format", "json")
    assert code == 1
    assert err.splitlines()[0] == (
        "t.jsonl:2:1: error[AUDIT011] field `text` holds \\ud800, half of a UTF-16 surrogate pair: not text"
    )


@pytest.mark.parametrize(
    ("name", "content", "rule"),
    [
        ("bom.csv", b"\xef\xbb\xbf", "AUDIT002"),
        ("empty.csv", b"", "AUDIT002"),
        ("binary.csv", bytes(range(256)) * 8, "AUDIT001"),
        ("nul.csv", (RESULTS_HEADER + ROW.format(item="greeting#greet", result="y\0es", comment="")).encode(),
         "AUDIT005"),
    ],
)
def test_odd_results_files(tmp_path: Path, name: str, content: bytes, rule: str) -> None:
    code, out, err = audit(tmp_path, "--results", name, content)
    assert (code, out) == (1, "")
    assert f"{name}:" in err and f"error[{rule}]" in err


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "the line is not a JSON object"),
        ("5", "the line is not a JSON object"),
        (json.dumps({**MESSAGE, "time": 5}), "field `time` is not a string"),
        (json.dumps({**MESSAGE, "time": "2026-11-02T10:00:00"}), "is not ISO 8601 with a time zone"),
        (json.dumps({k: v for k, v in MESSAGE.items() if k != "speaker"}), "field `speaker` is missing"),
    ],
)
def test_odd_transcript_lines(tmp_path: Path, line: str, message: str) -> None:
    content = f"{json.dumps(MESSAGE)}\r\n{line}\r\n\r\n\n".encode()  # CRLF and trailing blank lines are fine
    code, _, err = audit(tmp_path, "--transcripts", "t.jsonl", content)
    assert code == 1
    errors = [e for e in err.splitlines() if "error[" in e]
    assert len(errors) == 1 and errors[0].startswith("t.jsonl:2:1: error[AUDIT0") and message in errors[0]


def test_crlf_results_score_like_lf(tmp_path: Path) -> None:
    rows = RESULTS_HEADER + ROW.format(item="greeting#greet", result="yes", comment="")
    lf = audit(tmp_path, "--results", "lf.csv", rows.encode(), "--format", "json")
    crlf = audit(tmp_path, "--results", "crlf.csv", rows.replace("\n", "\r\n").encode(), "--format", "json")
    assert lf[0] == crlf[0] == 0
    assert json.loads(lf[1])["items"] == json.loads(crlf[1])["items"] != {}


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>"])
def test_site_url_never_makes_script_links(tmp_path: Path, url: str) -> None:
    rows = RESULTS_HEADER + ROW.format(item="greeting#greet", result="yes", comment="")
    (tmp_path / "r.csv").write_text(rows)
    ran = handbook("audit", str(STANDARDS), "--results", "r.csv", "--format", "html", "--out", "o", "--site-url", url,
                   cwd=tmp_path)
    assert ran.code == 2
    assert one_error(ran).startswith(f"Error: --site-url {url}: give the site's http(s) address or a path")
    assert not (tmp_path / "o").exists()


def test_a_runaway_line_is_reported_without_reading_it_whole(tmp_path: Path) -> None:
    """A transcript export without line breaks: one AUDIT011 per overlong line, the lines around it still read."""
    from generator.audit import transcripts

    huge = json.dumps({**MESSAGE, "text": "x" * (transcripts.MAX_LINE + 10)})
    lines = f"{json.dumps(MESSAGE)}\n{huge}\n{json.dumps({**MESSAGE, 'time': 5})}\n"
    code, _, err = audit(tmp_path, "--transcripts", "t.jsonl", lines.encode())
    assert code == 1
    assert [line for line in err.splitlines() if "error[" in line] == [
        "t.jsonl:2:1: error[AUDIT011] the line is longer than 4 MiB: not one message",
        "t.jsonl:3:1: error[AUDIT011] field `time` is not a string",
    ]
