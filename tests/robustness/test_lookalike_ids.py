"""Ids that look the same are the same id, or an error (AUDIT020): never two people (issue 16)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from robustness_support import ROOT, handbook

from generator.audit import ids
from generator.report import visible

STANDARDS = ROOT / "tests" / "fixtures" / "audit" / "standards"
HEADER = "audit_id,date,employee,role,location,item,result,comment\n"
ZWSP, NBSP, CYRILLIC_IE, RLO = "\u200b", "\u00a0", "\u0435", "\u202e"


def audit(tmp_path: Path, *args: str, files: dict[str, str]) -> tuple[int, str, str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ran = handbook("audit", str(STANDARDS), *args, cwd=tmp_path)
    return ran.code, ran.out, ran.err


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if "error[" in line]


def test_the_issues_three_spellings_of_emp_1_are_three_errors_with_their_lines(tmp_path: Path) -> None:
    rows = (
        f"a1,2026-11-02,emp-1{ZWSP},sales-associate,riga,greeting#greet,yes,\n"
        f"a2,2026-11-03,emp{NBSP}1,sales-associate,riga,greeting#greet,no,\n"
        f"a3,2026-11-04,{CYRILLIC_IE}mp-1,sales-associate,riga,greeting#greet,no,\n"
        "a4,2026-11-05,emp-1,sales-associate,riga,greeting#greet,yes,\n"
    )
    code, out, err = audit(tmp_path, "--results", "r.csv", files={"r.csv": HEADER + rows})
    assert (code, out) == (1, "")
    # the column is the odd character's: `a1,2026-11-02,` is 14 characters, then `emp-1` before the ZWSP
    assert errors(err) == [
        "r.csv:2:20: error[AUDIT020] employee `emp-1\\u200b` holds U+200B ZERO WIDTH SPACE (an invisible character) "
        "at character 6",
        "r.csv:3:18: error[AUDIT020] employee `emp\\xa01` holds U+00A0 NO-BREAK SPACE (a space that is not a "
        "plain space) at character 4",
        f"r.csv:4:15: error[AUDIT020] employee `{CYRILLIC_IE}mp-1`: the word `{CYRILLIC_IE}mp` mixes Latin and "
        f"Cyrillic letters: `{CYRILLIC_IE}` is U+0435 CYRILLIC SMALL LETTER IE",
    ]
    assert "Nothing was scored" in err
    assert ZWSP not in err and NBSP not in err  # shown as escapes, so the rows cannot look alike


@pytest.mark.parametrize("column", ["audit_id", "location", "comment"])
def test_every_id_column_is_checked_and_a_comment_is_not(tmp_path: Path, column: str) -> None:
    values = {"audit_id": "a1", "location": "riga", "comment": ""}
    values[column] = f"x{RLO}y"
    row = f"{values['audit_id']},2026-11-02,emp-1,sales-associate,{values['location']},greeting#greet,yes," \
          f"{values['comment']}\n"
    code, _, err = audit(tmp_path, "--results", "r.csv", "--format", "json", files={"r.csv": HEADER + row})
    if column == "comment":
        assert code == 0, err
    else:
        assert code == 1
        assert errors(err) == [f"r.csv:2:{row.index(RLO) + 1}: error[AUDIT020] {column} `x\\u202ey` holds U+202E "
                               "RIGHT-TO-LEFT OVERRIDE (an invisible character) at character 2"]


def test_an_id_in_nfc_and_in_nfd_is_one_employee_scored_once(tmp_path: Path) -> None:
    nfc, nfd = "Zo\u00eb", "Zoe\u0308"
    assert nfc != nfd and unicodedata.normalize("NFC", nfd) == nfc
    rows = (
        f"a1,2026-11-02,{nfc},sales-associate,riga,greeting#greet,yes,\n"
        f"a1,2026-11-02,{nfc},sales-associate,riga,greeting#offer-help,yes,\n"
        f"a2,2026-11-03,{nfc},sales-associate,riga,greeting#greet,no,\n"
        f"a3,2026-11-04,{nfd},sales-associate,riga,greeting#greet,no,\n"
    )
    code, out, err = audit(tmp_path, "--results", "r.csv", "--format", "json", files={"r.csv": HEADER + rows})
    assert code == 0, err
    employees = json.loads(out)["employees"]
    # a1: every item yes -> 100; a2 and a3: the critical `greet` failed, critical_fail zero -> 0 each.
    # One employee: (100 + 0 + 0) / 3 = 33.3. Split, `Zoë` would have 50.0 and the decomposed one 0.0.
    assert list(employees) == [nfc]
    assert employees[nfc]["audits"] == 3
    assert employees[nfc]["score"] == pytest.approx(100 / 3)


def test_survey_employee_and_location(tmp_path: Path) -> None:
    text = f"date,location,employee,score\n2026-11-02,riga,emp-1,9\n2026-11-02,riga{ZWSP},emp-1,9\n" \
           f"2026-11-03,riga,\u0435mp-2,10\n"
    code, _, err = audit(tmp_path, "--surveys", "s.csv", files={"s.csv": text})
    assert code == 1
    assert [line.split(" error[")[0] + " " + line.split("] ")[1].split(" ")[0] for line in errors(err)] == [
        "s.csv:3:16: location", "s.csv:4:17: employee"]


MESSAGE = {"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "agent",
           "employee": "emp-7", "text": "Hello! How can I help?"}


def test_a_quoted_id_after_a_comment_over_two_lines_is_found_where_it_is(tmp_path: Path) -> None:
    header = "audit_id,date,comment,employee,role,location,item,result\n"
    row = f'a1,2026-11-02,"two\nlines, ""quoted""","emp-1{ZWSP}",sales-associate,riga,greeting#greet,yes\n'
    code, _, err = audit(tmp_path, "--results", "r.csv", files={"r.csv": header + row})
    assert code == 1
    # the record starts on line 2; the id is on line 3, after `lines, ""quoted""","` (20 characters) and `emp-1`
    assert errors(err)[0].startswith("r.csv:3:26: error[AUDIT020] employee `emp-1\\u200b`"), err


def test_transcript_employee_is_checked_and_normalised(tmp_path: Path) -> None:
    lines = [
        json.dumps(MESSAGE),
        json.dumps({**MESSAGE, "employee": "emp-7\u2066"}),  # a bidi isolate, escaped by json.dumps as \u2066
        json.dumps({**MESSAGE, "employee": "emp-7\u2066"}, ensure_ascii=False),
    ]
    code, _, err = audit(tmp_path, "--transcripts", "t.jsonl", files={"t.jsonl": "\n".join(lines) + "\n"})
    assert code == 1
    assert [e.split(" holds ")[0] for e in errors(err)] == [
        "t.jsonl:2:1: error[AUDIT020] employee `emp-7\\u2066`", "t.jsonl:3:1: error[AUDIT020] employee `emp-7\\u2066`"]
    nfd = [json.dumps({**MESSAGE, "employee": "zoe\u0308"}), json.dumps({**MESSAGE, "employee": "zo\u00eb",
                                                                       "conversation": "c-2"})]
    code, out, err = audit(tmp_path, "--transcripts", "n.jsonl", "--format", "json",
                           files={"n.jsonl": "\n".join(nfd) + "\n"})
    assert code == 0, err
    assert list(json.loads(out)["transcripts"]["employees"]) == ["zo\u00eb"]


def test_a_transcript_line_with_a_key_twice_is_an_error_at_its_line(tmp_path: Path) -> None:
    good = json.dumps(MESSAGE)
    twice = good[:-1] + ', "text": "not my job"}'
    hidden = '{"text": "not my job", ' + good[1:]  # read leniently, the last text would hide the forbidden phrase
    code, _, err = audit(tmp_path, "--transcripts", "t.jsonl", files={"t.jsonl": f"{good}\n{twice}\n{hidden}\n"})
    assert code == 1
    assert errors(err) == [
        f"t.jsonl:{n}:1: error[AUDIT011] the key `text` appears twice in one object: JSON readers keep only one of "
        "them, so the other would go unchecked" for n in (2, 3)]


def test_a_zendesk_export_with_a_key_twice_is_an_error(tmp_path: Path) -> None:
    export = ('{"tickets": [\n  {"id": 1, "via": {"channel": "web"}, "comments": [], "id": 2}\n],\n'
              '"users": []}\n')
    code, _, err = audit(tmp_path, "--transcripts", "z.json", "--transcripts-format", "zendesk",
                         files={"z.json": export})
    assert code == 1
    assert "z.json:2:3: error[AUDIT011]" in err and "the key `id` appears twice in one object" in err


def test_training_roster_and_acknowledgements(tmp_path: Path) -> None:
    (tmp_path / "staff.csv").write_text(f"employee,role,location\nanna{ZWSP},sales-associate,riga\n"
                                        f"\u0435va,sales-associate,riga\nivo,sales-associate,ri{NBSP}ga\n",
                                        encoding="utf-8")
    (tmp_path / "acks.csv").write_text("employee,version,date\nivo,2026.11,2026-11-02\n", encoding="utf-8")
    ran = handbook("training", str(ROOT / "standards"), "--staff", "staff.csv", "--acks", "acks.csv", cwd=tmp_path)
    assert (ran.code, ran.out) == (1, "")
    assert [e.split(" holds ")[0].split(": the word")[0] for e in errors(ran.err)] == [
        "staff.csv:2:5: error[AUDIT020] employee `anna\\u200b`",
        "staff.csv:3:1: error[AUDIT020] employee `\u0435va`",
        "staff.csv:4:23: error[AUDIT020] location `ri\\xa0ga`",
    ]


@pytest.mark.parametrize("value", ["emp-1", "Zo\u00eb", "иван-ivan", "דנה־כהן", "東京タワー", "O'Neil 2", "ĀĒĪ-ūšž"])
def test_ids_people_write_are_fine(value: str) -> None:
    assert ids.problem("employee", value) is None


@pytest.mark.parametrize(("value", "says"), [
    ("\uff45mp", "compatibility form of `e`"),  # fullwidth e
    ("emp\u20111", "which looks like `-`"),  # non-breaking hyphen
    ("emp\u2212" "1", "which looks like `-`"),  # minus sign
    ("emp\t1", "U+0009 (a control character)"),
    ("emp\u3164", "U+3164 HANGUL FILLER (an invisible character)"),
    ("\ue000x", "(a private-use or unassigned character)"),
    ("abc\u03bf", "mixes Latin and Greek letters: `\u03bf` is U+03BF GREEK SMALL LETTER OMICRON"),
    ("emp\u2028", "(a line or paragraph separator)"),
])
def test_lookalike_ids_are_named(value: str, says: str) -> None:
    problem = ids.problem("employee", value)
    assert problem is not None and says in problem[0]


def test_text_output_shows_format_characters_as_escapes() -> None:
    assert visible(f"emp-1{ZWSP}") == "emp-1\\u200b"
    assert visible(f"a{RLO}b\u2066c\U000e0041") == "a\\u202eb\\u2066c\\U000e0041"
    assert visible("line\nbreak\x1b", newlines=True) == "line\nbreak\\x1b"
    assert visible("שלום, Zoë") == "שלום, Zoë"


def test_an_unknown_role_with_an_override_is_escaped_in_the_diagnostic(tmp_path: Path) -> None:
    row = f"a1,2026-11-02,emp-1,sales{RLO}-associate,riga,greeting#greet,yes,\n"
    code, _, err = audit(tmp_path, "--results", "r.csv", files={"r.csv": HEADER + row})
    assert code == 1
    assert RLO not in err
    assert "unknown role `sales\\u202e-associate`" in err


def test_an_agent_id_from_a_help_desk_export_is_checked(tmp_path: Path) -> None:
    zendesk = ROOT / "tests" / "fixtures" / "audit" / "exports" / "zendesk-tickets.json"
    text = zendesk.read_text(encoding="utf-8")
    assert text.count('"sai989sur98w9"') == 1
    (tmp_path / "z.json").write_text(text.replace('"sai989sur98w9"', '"sai989sur98w9\\u200b"'), encoding="utf-8")
    ran = handbook("audit", str(STANDARDS), "--transcripts", "z.json", "--channel-map", "web=chat", cwd=tmp_path)
    assert ran.code == 1
    found = errors(ran.err)
    assert len(found) == 1, ran.err  # once for the ticket, not once per message
    assert "error[AUDIT020] conversation 35436: employee `sai989sur98w9\\u200b` holds U+200B ZERO WIDTH SPACE" \
        in found[0]
    start = text[: text.rindex("{", 0, text.index('"id": 35436'))]
    assert found[0].startswith(f"z.json:{start.count(chr(10)) + 1}:")
