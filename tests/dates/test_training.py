"""`handbook training` on a git repository with tags v2026.10 and 2026.11: current and due, and why."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from chromium_support import needs_chromium
from common import base, write_folder

from dates.dates_support import run

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

J = "journey/01-buy.yaml"
STAFF = """\
employee,role,location,name
c1,clerk,riga,Anna Ozola
c2,clerk,riga,
c3,clerk,jurmala,
m1,manager,riga,
m2,manager,jurmala,
"""
ACKS = """\
employee,version,date,kind,trainer,role
c1,2026.10,2026-10-05,read,,
c2,2026.10,2026-10-05,read,,
c2,2026.11,2026-11-20,read,,
c3,2026.09,2026-09-01,read,,
m1,2026.10,2026-10-06,read,,
c1,2026.11,2026-11-21,training,m1,manager
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                    "-c", "tag.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


def version(text: str, value: str) -> str:
    return text.replace('version: "1.0"', f'version: "{value}"')


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """v2026.10, then 2026.11 (a bare tag) where one clerk standard's text changed; HEAD is 2026.11."""
    root = tmp_path_factory.mktemp("training") / "repo"
    folder = write_folder(root / "standards", {"handbook.yaml": version(base("handbook.yaml"), "2026.10")})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-qm", "2026.10")
    git(root, "tag", "v2026.10")
    write_folder(root / "standards", {
        "handbook.yaml": version(base("handbook.yaml"), "2026.11"),
        J: base(J).replace("Greet the customer,", "Greet every customer by name,"),
    })
    git(root, "commit", "-qam", "2026.11")
    git(root, "tag", "2026.11")
    (root / "staff.csv").write_text(STAFF, encoding="utf-8")
    (root / "acks.csv").write_text(ACKS, encoding="utf-8")
    assert folder.is_dir()
    return root


def training(repo: Path, *args: str, staff: str = "staff.csv", acks: str = "acks.csv") -> tuple[int, str, str]:
    result = run("training", str(repo / "standards"), "--staff", str(repo / staff), "--acks", str(repo / acks),
                 *args, today="2026-11-28")
    return result.exit_code, result.stdout, result.stderr


def test_unchanged_role_stays_current_changed_role_is_due_with_the_changed_items(repo: Path) -> None:
    code, out, err = training(repo, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    people = data["employees"]
    # m1 read 2026.10; between v2026.10 and 2026.11 nothing a manager reads changed
    assert people["m1"]["status"] == "current" and people["m1"]["acknowledged"] == "2026.10"
    assert people["m1"]["reason"] == "unchanged_since"
    # c1 read 2026.10 too, but a clerk's standard changed: due, with that standard listed
    assert people["c1"]["status"] == "due" and people["c1"]["acknowledged"] == "2026.10"
    assert people["c1"]["changes"] == {"since": "2026.10", "added": [], "changed": ["greet#hello"], "removed": [],
                                       "other": []}
    # c1's later training row was signed off for another role: it does not count for the clerk role
    assert people["c1"]["trained"] is None
    # c2 read the current version; c3's version has no tag; m2 never acknowledged anything
    assert people["c2"]["status"] == "current" and people["c2"]["reason"] == "current_version"
    assert people["c3"]["status"] == "due" and people["c3"]["reason"] == "version_not_found"
    assert people["m2"]["status"] == "due" and people["m2"]["reason"] == "never"
    assert people["m2"]["acknowledged"] is None
    assert data["roles"] == {"clerk": {"current": 1, "due": 2}, "manager": {"current": 1, "due": 1}}
    assert data["locations"]["riga"]["current"] == 2 and data["locations"]["riga"]["due"] == 1
    assert data["locations"]["jurmala"] == {"current": 0, "due": 2, "roles": {"clerk": {"current": 0, "due": 1},
                                                                              "manager": {"current": 0, "due": 1}}}
    assert data["unresolved_versions"] == {"2026.09": {"reason": "no_tag", "detail": None}}
    assert data["version"] == "2026.11"


def test_text_report_says_why(repo: Path) -> None:
    code, out, _ = training(repo)
    assert code == 0
    assert ("[Due] c1 (Anna Ozola): Acknowledged version 2026.10 on 2026-10-05; 1 change for this role since "
            "then.") in out
    assert "~ changed: greet#hello  Greet every customer by name" in out
    assert "[Current] m1: Acknowledged version 2026.10 on 2026-10-06; nothing this role reads has changed since." in out
    assert "Version 2026.09 cannot be compared: git has no tag v2026.09 or 2026.09." in out


def test_html_page_for_a_store_manager(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "riga.html"
    code, out, err = training(repo, "--format", "html", "--location", "riga", "--out", str(target))
    assert code == 0 and out == "" and "Wrote" in err
    page = target.read_text("utf-8")
    assert '<html lang="en" dir="ltr">' in page and "<script" not in page
    assert "Who must read version 2026.11" in page
    assert 'id="location-1"' in page and "jurmala" not in page  # one store only
    assert '<tr class="status-due">' in page and "✗</span> Due" in page  # a word, not only a colour
    assert "Changes for Clerk since version 2026.10" in page and "greet#hello" in page
    ru = training(repo, "--format", "html", "--lang", "ru")[1]
    assert '<html lang="ru" dir="ltr">' in ru and "Продавец" in ru


def test_a_bad_row_is_an_error_with_its_line_and_nothing_is_reported(repo: Path) -> None:
    (repo / "bad-staff.csv").write_text(
        "employee,role,location\nc1,clerk,riga\nc2,clerck,riga\nc3,clerk,\nc1,manager,riga\n", encoding="utf-8")
    (repo / "bad-acks.csv").write_text(
        "employee,version,date,kind\nc1,2026.11,2026-02-30,read\nc1,2026.11,2026-12-01,read\nc1,2026.11,2026-11-01,"
        "reading\n,2026.11,2026-11-01,read\n", encoding="utf-8")
    code, out, err = training(repo, staff="bad-staff.csv", acks="bad-acks.csv")
    assert code == 1 and out == ""
    found = re.findall(r"/([a-z-]+\.csv):(\d+):1: error\[(TRAIN\d+)\]", err)
    assert found == [
        ("bad-acks.csv", "2", "TRAIN003"), ("bad-acks.csv", "3", "TRAIN003"), ("bad-acks.csv", "4", "TRAIN003"),
        ("bad-acks.csv", "5", "TRAIN003"),
        ("bad-staff.csv", "3", "TRAIN002"), ("bad-staff.csv", "4", "TRAIN002"), ("bad-staff.csv", "5", "TRAIN002"),
    ]
    assert "unknown role `clerck`" in err and "did you mean `clerk`?" in err
    assert "employee `c1` is on the roster twice (first on line 2)" in err
    assert "`2026-02-30` is not a date" in err and "the date 2026-12-01 is after today (2026-11-28)" in err
    assert "kind `reading` is not read or training" in err and "empty `employee`" in err
    assert "Nothing was reported" in err


def test_a_bad_header_names_the_column(repo: Path) -> None:
    (repo / "bad-header.csv").write_text("employe,role,location\nc1,clerk,riga\n", encoding="utf-8")
    code, out, err = training(repo, staff="bad-header.csv")
    assert code == 1 and out == ""
    assert "bad-header.csv:1:1: error[TRAIN001] unknown column `employe`" in err and "did you mean `employee`?" in err
    assert "missing column `employee`" in err


def test_an_acknowledgement_of_someone_not_on_the_roster_is_a_warning(repo: Path) -> None:
    (repo / "left-acks.csv").write_text(ACKS + "c9,2026.11,2026-11-02,read,,\nc11,2026.11,2026-11-02,read,,\n",
                                        encoding="utf-8")
    code, out, err = training(repo, "--format", "json", acks="left-acks.csv")
    assert code == 0
    assert "left-acks.csv:8:1: warning[TRAIN004] employee `c9` is not on the roster" in err
    assert "did you mean `c1`?" in err
    assert set(json.loads(out)["employees"]) == {"c1", "c2", "c3", "m1", "m2"}


def test_outside_git_an_old_version_cannot_be_compared(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "standards", {"handbook.yaml": version(base("handbook.yaml"), "2026.11")})
    (tmp_path / "staff.csv").write_text(STAFF, encoding="utf-8")
    (tmp_path / "acks.csv").write_text(ACKS, encoding="utf-8")
    result = run("training", str(folder), "--staff", str(tmp_path / "staff.csv"), "--acks",
                 str(tmp_path / "acks.csv"), "--format", "json", today="2026-11-28")
    data = json.loads(result.stdout)
    assert data["employees"]["m1"]["reason"] == "version_not_found"
    assert data["unresolved_versions"]["2026.10"] == {"reason": "no_repository", "detail": None}
    assert data["employees"]["c2"]["status"] == "current"


@pytest.mark.browser
@needs_chromium
def test_printable_page_in_chromium(repo: Path, tmp_path: Path, chromium: Any) -> None:
    target = tmp_path / "page.html"
    code, _, err = training(repo, "--format", "html", "--out", str(target))
    assert code == 0, err
    page = chromium.new_page(viewport={"width": 390, "height": 844})  # a phone
    page.goto(target.as_uri())
    due = page.locator("tr.status-due td.status").first
    assert due.is_visible() and due.inner_text().strip() == "✗ Due"
    assert page.locator("section.reading li").first.inner_text().startswith("changed")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4")
    page.close()
    if shutil.which("pdfinfo"):  # each location starts on a new sheet: riga, then jurmala
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+2\b", info), info


def test_the_checklist_sign_off_is_a_row_of_the_acknowledgements_file(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "checklists"
    result = run("checklists", str(repo / "standards"), "--out", str(out), "--role", "clerk", "--lang", "en",
                 today="2026-11-28")
    assert result.exit_code == 0, result.output
    page = (out / "en" / "clerk-checklist.html").read_text("utf-8")
    table = re.search(r'<table class="ack-row" dir="ltr">(.*?)</table>', page, re.S)
    assert table is not None
    header = re.findall(r'<th scope="col">([^<]*)</th>', table.group(1))
    printed = re.findall(r"<td>([^<]*)</td>", table.group(1))
    assert header == ["employee", "version", "date", "kind", "trainer", "role"]
    assert printed == ["", "2026.11", "", "training", "", "clerk"]
    # the trainer fills in the blanks and the office adds the line as it is
    filled = [value or blank for value, blank in zip(printed, ["c3", "", "2026-11-27", "", "m1", ""], strict=True)]
    (repo / "signed.csv").write_text(",".join(header) + "\n" + ",".join(filled) + "\n", encoding="utf-8")
    code, out_json, err = training(repo, "--format", "json", acks="signed.csv")
    assert code == 0, err
    c3 = json.loads(out_json)["employees"]["c3"]
    assert c3["status"] == "current" and c3["acknowledged"] == "2026.11"
    assert c3["trained"] == {"version": "2026.11", "date": "2026-11-27", "kind": "training", "trainer": "m1",
                             "line": 2}


def test_the_example_company_roster_and_acknowledgements() -> None:
    root = Path(__file__).resolve().parents[2]
    result = run("training", str(root / "standards"), "--staff", str(root / "examples" / "staff.csv"), "--acks",
                 str(root / "examples" / "acks.csv"), "--format", "json", today="2026-11-28")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    due = sorted(e for e, v in data["employees"].items() if v["status"] == "due")
    # by hand from examples/acks.csv: five read only 2026.11 (the version before the dated changes), two never
    assert due == sorted(["janis.kalnins", "dmitrijs.sokolovs", "santa.kruze", "ilja.morozovs", "yossi.mizrahi",
                          "viktorija.smirnova", "agnese.rozite"])
    assert len(data["employees"]) == 26
    assert data["employees"]["liga.berzina"]["trained"]["trainer"] == "maris.eglitis"


def test_names_and_ids_from_the_files_are_escaped(repo: Path, tmp_path: Path) -> None:
    (repo / "hostile.csv").write_text(
        'employee,role,location,name\n'
        '"<b>c1</b>",clerk,"riga<script>alert(1)</script>","<img src=x onerror=alert(1)>"\n',
        encoding="utf-8")
    target = tmp_path / "page.html"
    code, _, err = training(repo, "--format", "html", "--out", str(target), staff="hostile.csv")
    assert code == 0, err
    page = target.read_text("utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>c1</b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "riga&lt;script&gt;" in page
