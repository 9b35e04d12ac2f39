"""The report as flat tables, for ``audit --format csv`` (one file a table) and ``--format xlsx`` (one sheet a table).

Every table is built from the JSON report's dictionary (:func:`.json.build`), so all formats agree. Column
names are stable ids (``employee``, ``score``, ``pass_rate``), not words of ``--lang``: spreadsheet formulas
and BI tools refer to them. Scores are unrounded (a spreadsheet rounds when it shows them), shares such as
``pass_rate`` are fractions from 0 to 1, empty cells mean "no value". Every table is always written, with
its header even when it has no rows, so that a folder of tables always has the same files whatever the
inputs were (nothing stale left from an earlier run).

``coverage`` has one row per period, scenario and location of a plan (``--coverage``): its ``missing`` column
is above 0 where the location was shopped fewer times than planned.

Tables named ``*_by_period`` have one row per period and id (``--period``); their ``change`` column is the
score minus the same id's score in the period before (the previous period that has data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ...audit.result import AuditRun
from ...model import Handbook
from ..context import RenderContext
from . import json as report_json

#: kinds of column: text, int (a count), score (points, unrounded), share (0-1), date
Kind = str


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = "text"


@dataclass
class Table:
    name: str
    columns: list[Column]
    rows: Iterable[list[Any]]  # may be a generator (findings stream from the spool)
    description: str = ""


def _cols(spec: str) -> list[Column]:
    """``"employee score:score audits:int"`` -> columns."""
    out = []
    for part in spec.split():
        name, _, kind = part.partition(":")
        out.append(Column(name, kind or "text"))
    return out


MEAN = "score:score audits:int unscored_audits:int pass_rate:share"
POOL = "score:score answers:int yes:int no:int na:int yes_weight:score answered_weight:score"
NPS = ("nps:score responses:int promoters:int passives:int detractors:int csat:score csat_mean:score "
       "csat_answers:int csat_satisfied:int")


def _mean_row(v: dict[str, Any]) -> list[Any]:
    return [v["score"], v["audits"], v["unscored_audits"], v["pass_rate"]]


def _pool_row(v: dict[str, Any]) -> list[Any]:
    return [v["score"], v["answers"], v["yes"], v["no"], v["na"], v["yes_weight"], v["answered_weight"]]


def _nps_row(v: dict[str, Any]) -> list[Any]:
    return [v["nps"], v["responses"], v["promoters"], v["passives"], v["detractors"], v["csat"], v["csat_mean"],
            v["csat_answers"], v["csat_satisfied"]]


class _Builder:
    def __init__(self, ctx: RenderContext, run: AuditRun, data: dict[str, Any]) -> None:
        self.run = run
        self.hb: Handbook = ctx.handbook
        self.lang = ctx.lang
        self.data = data
        self.periods: dict[str, Any] = data.get("periods", {})
        self.conversations = {k: v for k, v in data["transcripts"]["employees"].items()}

    def name_of(self, kind: str, gid: str) -> str | None:
        hb, lang = self.hb, self.lang
        if kind == "roles":
            role = hb.role(gid)
            return hb.text(role.name, lang) if role else None
        if kind == "departments":
            names = {d.id: d.name for d in hb.departments}
            return hb.text(names[gid], lang) if gid in names else None
        if kind == "steps":
            step = hb.step(gid)
            return hb.text(step.title, lang) if step else None
        if kind == "situations":
            found = [s for s in hb.situations if s.id == gid]
            return hb.text(found[0].title, lang) if found else None
        if kind == "items":
            item = hb.item(gid)
            return hb.text(item.text, lang) if item else None
        return None

    # -- one range (the whole report, or a period) -----------------------------------------------------
    def _section_rows(self, key: str, section: dict[str, Any], prefix: list[Any],
                      with_change: bool) -> Iterator[list[Any]]:
        tiers = {t.id for t in self.hb.scoring.tiers}
        for gid, v in section[key].items():
            change = [v.get("change")] if with_change else []
            if key == "employees":
                conv = self.conversations.get(gid, {})
                yield [*prefix, gid, *_mean_row(v), v["tier"] if v.get("tier") in tiers else None, *change,
                       conv.get("score"), conv.get("conversations")]
            elif key == "roles":
                yield [*prefix, gid, self.name_of(key, gid), v.get("department"), *_mean_row(v), *change]
            elif key in ("locations",):
                yield [*prefix, gid, *_mean_row(v), *change]
            elif key == "departments":
                yield [*prefix, gid, self.name_of(key, gid), *_mean_row(v), *change]
            elif key == "steps":
                yield [*prefix, gid, self.name_of(key, gid), v.get("stage"), *_pool_row(v), *change]
            elif key == "situations":
                yield [*prefix, gid, self.name_of(key, gid), *_pool_row(v), *change]
            else:  # items
                yield [*prefix, gid, self.name_of(key, gid), v["severity"], v["parent"], v["parent_kind"],
                       v["role"], *_pool_row(v), *change]

    @staticmethod
    def _columns(key: str) -> str:
        return {
            "employees": f"employee {MEAN} tier",
            "roles": f"role name department {MEAN}",
            "locations": f"location {MEAN}",
            "departments": f"department name {MEAN}",
            "steps": f"step name stage {POOL}",
            "situations": f"situation name {POOL}",
            "items": f"item text severity parent parent_kind role {POOL}",
        }[key]

    def groups(self) -> Iterator[Table]:
        for key in report_json.CHANGED:
            extra = " conversation_score:score conversations:int" if key == "employees" else ""
            yield Table(key, _cols(self._columns(key) + extra),
                        list(self._section_rows(key, self.data, [], False)))
        for key in report_json.CHANGED:
            extra = " conversation_score:score conversations:int" if key == "employees" else ""
            rows: list[list[Any]] = []
            for label, section in self.periods.items():
                rows.extend(self._section_rows(key, section, [label], True))
            yield Table(f"{key}_by_period", _cols("period " + self._columns(key) + " change:score" + extra), rows)

    def summary(self) -> Iterator[Table]:
        s = self.data["summary"]
        nps = self.data["nps"]
        rows = [
            ["audits", s["audits"], None], ["scored_audits", s["scored_audits"], None],
            ["score", None, s["score"]], ["pass_rate", None, s["pass_rate"]], ["pass_mark", None, s["pass_mark"]],
            ["nps", None, nps["overall"]], ["nps_responses", nps["responses"], None],
            ["csat", None, nps.get("csat", {}).get("overall")],
            ["conversation_score", None, self.data["transcripts"]["summary"]["score"]],
            ["conversations", self.data["transcripts"]["summary"]["conversations"], None],
        ]
        text = [["period", s["period"]], ["from", s["from"]], ["to", s["to"]],
                ["critical_fail", str(s["critical_fail"])], *([k, v] for k, v in s["inputs"].items())]
        yield Table("summary", _cols("key count:int value:score text"),
                    [*([k, c, v, None] for k, c, v in rows), *([k, None, None, v] for k, v in text)])
        period_rows = []
        for label, section in self.periods.items():
            ps, pn = section["summary"], section["nps"]
            period_rows.append([label, ps["previous"], ps["audits"], ps["scored_audits"], ps["score"], ps["change"],
                                ps["pass_rate"], pn["overall"], pn["change"], pn["responses"],
                                pn.get("csat", {}).get("overall")])
        yield Table("periods", _cols("period previous audits:int scored_audits:int score:score change:score "
                                     "pass_rate:share nps:score nps_change:score nps_responses:int csat:score"),
                    period_rows)

    def audits(self) -> Iterator[Table]:
        audits = self.run.scores.whole.audits if self.run.scores else []
        yield Table("audits", _cols("audit_id date:date period employee role location department auditor visit "
                                    "scenario yes:int no:int na:int yes_weight:score answered_weight:score "
                                    "raw:score final:score passed critical_failed path"),
                    ([a.id, a.date, a.period, a.employee, a.role, a.location, a.department, a.auditor, a.visit,
                      a.scenario, a.yes, a.no, a.na, a.yes_weight, a.answered_weight, a.raw, a.final,
                      None if a.passed is None else ("yes" if a.passed else "no"), " ".join(a.critical_failed),
                      a.source] for a in audits))
        cells = []
        whole = self.run.scores.whole if self.run.scores else None
        for step, by_location in (whole.step_locations.items() if whole else ()):
            for location, pool in by_location.items():
                cells.append([step, location, pool.score, pool.answers, pool.yes_weight, pool.answered_weight])
        yield Table("step_locations", _cols("step location score:score answers:int yes_weight:score "
                                            "answered_weight:score"), cells)
        alerts = self.data.get("alerts", [])
        yield Table("alerts", _cols("kind employee item dates audit_ids"),
                    [[a["kind"], a["employee"], a["item"], " ".join(a["dates"]), " ".join(a["audit_ids"])]
                     for a in alerts])

    def surveys(self) -> Iterator[Table]:
        details = self.data["nps"].get("details", {})
        for key, first in (("locations", "location"), ("employees", "employee"), ("touchpoints", "touchpoint")):
            yield Table(f"nps_{key}", _cols(f"{first} {NPS}"),
                        [[gid, *_nps_row(v)] for gid, v in details.get(key, {}).items()])
        for key, first in (("locations", "location"), ("touchpoints", "touchpoint")):
            rows: list[list[Any]] = []
            for label, section in self.periods.items():
                pd = section["nps"].get("details", {})
                changes = section["nps"].get("changes", {}).get(key, {})
                rows.extend([label, gid, *_nps_row(v), changes.get(gid)] for gid, v in pd.get(key, {}).items())
            yield Table(f"nps_{key}_by_period", _cols(f"period {first} {NPS} change:score"), rows)
        yield Table("detractors", _cols("date:date location employee touchpoint score:int comment path line:int"),
                    [[d["date"], d["location"], d["employee"], d["touchpoint"], d["score"], d["comment"], d["path"],
                      d["line"]] for d in self.data["nps"].get("detractors", [])])

    def calibration(self) -> Iterator[Table]:
        c = self.data.get("calibration", {"items": {}, "auditors": {}, "alpha": None, "visits": 0})
        yield Table("calibration_items", _cols("item text agreement:share visits:int"),
                    [[k, self.name_of("items", k), v["agreement"], v["visits"]] for k, v in c["items"].items()])
        yield Table("calibration_auditors", _cols("auditor deviation:score visits:int"),
                    [[k, v["deviation"], v["visits"]] for k, v in c["auditors"].items()])

    def coverage(self) -> Iterator[Table]:
        c = self.data.get("coverage", {"plans": {}, "periods": {}, "unknown_scenarios": []})
        titles = {s.id: self.hb.text(s.title, self.lang) for s in self.hb.scenarios}
        yield Table("coverage_plans", _cols("scenario title count:int every measured locations locations_from"),
                    [[sid, titles.get(sid), p["count"], p["every"], p["measured"], " ".join(p["locations"]),
                      p["locations_from"]] for sid, p in c["plans"].items()])
        rows = []
        order = {sid: n for n, sid in enumerate(c["plans"])}
        for label, p in c["periods"].items():
            flags = ["yes" if p["in_progress"] else "no", "yes" if p["partial"] else "no"]
            for x in sorted([*p["under_plan"], *p["on_plan"]], key=lambda x: (order[x["scenario"]], x["location"])):
                rows.append([label, p["from"], p["to"], x["scenario"], x["location"], x["planned"], x["done"],
                             x["missing"], *flags])
        yield Table("coverage", _cols("period from:date to:date scenario location planned:int done:int missing:int "
                                      "in_progress partial"), rows)
        yield Table("coverage_unknown_scenarios", _cols("scenario audits:int did_you_mean"),
                    [[u["scenario"], u["audits"], u["did_you_mean"]] for u in c["unknown_scenarios"]])

    def transcripts(self) -> Iterator[Table]:
        t = self.data["transcripts"]
        from ...audit.transcripts import KINDS

        counts = " ".join(f"{k}:int" for k in KINDS)
        for key, first in (("employees", "employee"), ("channels", "channel")):
            yield Table(f"conversations_{key}",
                        _cols(f"{first} conversation_score:score conversations:int conversations_with_findings:int "
                              f"{counts}"),
                        [[gid, v.get("score"), v["conversations"], v["conversations_with_findings"],
                          *(v["findings"][k] for k in KINDS)] for gid, v in t[key].items()])
        conversations: Callable[[], Iterator[tuple[str, dict[str, Any]]]] = t["conversations"].items

        def conv_rows() -> Iterator[list[Any]]:
            for cid, conv in conversations():
                yield [cid, conv["employee"], conv["channel"], conv["messages"], conv["line"], conv["score"],
                       conv["raw_score"], len(conv["findings"])]

        def finding_rows() -> Iterator[list[Any]]:
            for cid, conv in conversations():
                for f in conv["findings"]:
                    yield [cid, conv["channel"], f.get("employee"), f.get("line"), f["kind"], f.get("message")]

        yield Table("conversations", _cols("conversation employee channel messages:int line:int score:score "
                                           "raw_score:score findings:int"), conv_rows())
        yield Table("findings", _cols("conversation channel employee line:int kind message"), finding_rows())


def build(ctx: RenderContext, run: AuditRun) -> list[Table]:
    """Every table of the report, in a fixed order (names of the standards in ``ctx``'s language)."""
    data = report_json.build(run, with_audits=False)
    b = _Builder(ctx, run, data)
    return [*b.summary(), *b.groups(), *b.audits(), *b.surveys(), *b.calibration(), *b.coverage(), *b.transcripts()]
