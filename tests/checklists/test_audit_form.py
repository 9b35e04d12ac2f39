"""The fillable audit form's markup (FORMAT §7.8): header inputs, a labelled radio group and a comment per
item of the role and no other, its configuration, and the paper form it still prints as."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from checklist_helpers import EXPECTED, have_poppler, pdf_pages

from generator.model import Handbook

HEADER_FIELDS = ["audit_id", "date", "employee", "location", "auditor", "visit", "scenario"]


@dataclass
class Group:
    legend: str = ""
    radios: list[tuple[str, str]] = field(default_factory=list)  # (name, value)


@dataclass
class Form:
    inputs: list[dict[str, str]] = field(default_factory=list)
    labels_for: set[str] = field(default_factory=set)
    groups: list[Group] = field(default_factory=list)
    buttons: dict[str, str] = field(default_factory=dict)
    config: str = ""


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.form = Form()
        self._group: Group | None = None
        self._legend = False
        self._button: str | None = None
        self._config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "fieldset" and "q" in a.get("class", "").split():
            self._group = Group()
            self.form.groups.append(self._group)
        elif tag == "legend" and self._group is not None:
            self._legend = True
        elif tag == "input":
            self.form.inputs.append(a)
            if a.get("type") == "radio":
                assert self._group is not None, f"a radio outside an item's fieldset: {a}"
                self._group.radios.append((a["name"], a["value"]))
        elif tag == "label" and "for" in a:
            self.form.labels_for.add(a["for"])
        elif tag == "button":
            self._button = a.get("id", "")
            self.form.buttons[self._button] = ""
        elif tag == "script" and a.get("type") == "application/json":
            self._config = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "fieldset":
            self._group = None
        elif tag == "legend":
            self._legend = False
        elif tag == "button":
            self._button = None
        elif tag == "script":
            self._config = False

    def handle_data(self, data: str) -> None:
        if self._legend and self._group is not None:
            self._group.legend += data
        if self._button is not None:
            self.form.buttons[self._button] += data.strip()
        if self._config:
            self.form.config += data


def parse(path: Path) -> Form:
    parser = _FormParser()
    parser.feed(path.read_text("utf-8"))
    return parser.form


@pytest.mark.parametrize("lang", ["en", "ru", "he"])
@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_one_labelled_radio_group_and_comment_per_item_of_the_role(out: Path, role: str, lang: str) -> None:
    form = parse(out / lang / f"{role}-audit-form.html")
    names = [g.radios[0][0] for g in form.groups]
    assert names == EXPECTED[role]
    for group in form.groups:
        item = group.radios[0][0]
        assert group.radios == [(item, "yes"), (item, "no"), (item, "na")]
        assert group.legend.strip(), f"{item}: the group's legend is the item's text"
    comments = [i for i in form.inputs if i.get("name", "").endswith(":comment")]
    assert [c["name"] for c in comments] == [f"{item}:comment" for item in EXPECTED[role]]
    assert all(c["type"] == "text" and c["id"] in form.labels_for for c in comments)


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_header_fields_and_download_button(out: Path, role: str) -> None:
    form = parse(out / "ru" / f"{role}-audit-form.html")
    header = [i for i in form.inputs if i.get("name") in HEADER_FIELDS]
    assert [i["name"] for i in header] == HEADER_FIELDS
    assert all(i["id"] in form.labels_for for i in header), "every header input has a label"
    assert next(i for i in header if i["name"] == "date")["type"] == "date"
    required = {i["name"] for i in header if "required" in i}
    assert required == {"audit_id", "date", "employee", "location"}, "the columns `handbook audit` needs filled"
    assert form.buttons["download-csv"] == "Скачать CSV"


def test_items_another_role_answers_for_are_not_on_the_form(out: Path, handbook: Handbook) -> None:
    """The pickup clerk owns order-handover, but its `manager-signs` names the store manager; the clerk only
    supports store-greeting, but its `clerk-smile` names the clerk."""
    names = {g.radios[0][0] for g in parse(out / "en" / "pickup-clerk-audit-form.html").groups}
    assert "order-handover#manager-signs" not in names
    assert "store-greeting#clerk-smile" in names
    assert names == {s.global_id for s in handbook.standards_for_role("pickup-clerk")}


def test_configuration_is_json_that_cannot_close_its_script(out: Path, handbook: Handbook) -> None:
    form = parse(out / "he" / "pickup-clerk-audit-form.html")
    assert "<" not in form.config and "&" not in form.config, "escaped as \\u003c and \\u0026"
    config = json.loads(form.config)
    assert config["role"] == "pickup-clerk" and config["lang"] == "he"
    assert config["storageKey"] == "handbook-audit-form:Fixture & Sons <Ltd>:pickup-clerk:he"
    assert [i["id"] for i in config["items"]] == EXPECTED["pickup-clerk"]
    assert [i["severity"] for i in config["items"]] == ["minor", "critical", "major", "major", "major", "minor"]
    assert config["weights"] == {"critical": 3.0, "major": 2.0, "minor": 1.0}
    assert config["criticalFail"] == "zero" and config["passMark"] == 80.0
    other = json.loads(parse(out / "en" / "pickup-clerk-audit-form.html").config)
    assert other["storageKey"] != config["storageKey"], "one draft per form"


@pytest.mark.skipif(not have_poppler(), reason="poppler-utils is not installed")
def test_the_pdf_is_still_the_paper_form(out: Path) -> None:
    text = " ".join(pdf_pages(out / "en" / "pickup-clerk-audit-form.pdf"))
    # column heads over each of the 4 groups (store-greeting, order-handover, angry-customer, appearance) and
    # the intro's "N/A (the situation did not arise)"; the buttons' own words are not printed per item
    assert text.count("N/A") == 4 + 1
    assert len(re.findall(r"\bComment\b", text)) == 4
    for label in ("Audit id", "Date", "Employee", "Location", "Auditor", "Visit", "Scenario", "Score"):
        assert label in text
    for screen_only in ("Download CSV", "New audit", "Answered", "Draft saved"):
        assert screen_only not in text
    assert "Mark one box per item" in text


def test_the_scenario_field_offers_the_scenarios_that_check_the_roles_items(out: Path) -> None:
    html = (out / "ru" / "pickup-clerk-audit-form.html").read_text("utf-8")
    assert 'list="scenario-ids"' in html
    assert '<option value="angry-pickup">Рассерженный клиент на выдаче</option>' in html
    assert "scenario-ids" not in (out / "ru" / "contact-agent-audit-form.html").read_text("utf-8")
