"""Assemble the frozen :class:`Handbook` from loaded documents.

Tolerant by design: a document with schema problems still contributes what it can (an entry
with an id is kept), so semantic rules do not flood the user with follow-on errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Literal

from .model import (
    DEFAULT_SCORING,
    EMPTY_TEXT,
    Channel,
    Department,
    ForbiddenPhrase,
    Handbook,
    HoursEntry,
    Principle,
    Provision,
    RepeatCritical,
    RequiredElement,
    Review,
    Role,
    Scenario,
    Scoring,
    ShoppingPlan,
    Situation,
    Source,
    Stage,
    Standard,
    Step,
    Term,
    Text,
    Tier,
)
from .schema import definition_pattern

_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def duration_seconds(value: Any) -> int | None:
    """``"5m"`` -> 300; None for anything that is not a duration (the schema's ``duration``)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not definition_pattern("duration").search(text):
        return None
    return int(float(text[:-1]) * _UNIT[text[-1]])


class _Assembler:
    def __init__(self, docs: Mapping[str, tuple[str, Any]], root: str) -> None:
        self.docs = docs  # rel path -> (kind, data)
        self.root = root
        manifest = self.doc("handbook.yaml")
        langs = [x for x in _list(manifest.get("languages")) if isinstance(x, str)]
        self.languages: tuple[str, ...] = tuple(langs) or ("en",)

    def doc(self, rel: str) -> dict[str, Any]:
        found = self.docs.get(rel)
        return found[1] if found and isinstance(found[1], dict) else {}

    def of_kind(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        return [(rel, d) for rel, (k, d) in sorted(self.docs.items()) if k == kind and isinstance(d, dict)]

    # -- values ------------------------------------------------------------------------------------
    def text(self, value: Any) -> Text:
        if isinstance(value, str):
            return Text(MappingProxyType({self.languages[0]: value}))
        if isinstance(value, dict):
            return Text(MappingProxyType({str(k): v for k, v in value.items() if isinstance(v, str)}))
        return EMPTY_TEXT

    def opt_text(self, value: Any) -> Text | None:
        return self.text(value) if value is not None else None

    @staticmethod
    def phrases(value: Any) -> Mapping[str, tuple[str, ...]]:
        if not isinstance(value, dict):
            return MappingProxyType({})
        return MappingProxyType({str(k): tuple(p for p in _list(v) if isinstance(p, str)) for k, v in value.items()})

    def review(self, value: Any, src: Source) -> Review | None:
        if not isinstance(value, dict):
            return None
        return Review(
            owner=_str_or_none(value.get("owner")),
            every_seconds=duration_seconds(value.get("every")),
            last=_str_or_none(value.get("last")),
            codeowners=_ids(value.get("codeowners")),
            source=src,
        )

    # -- entities ----------------------------------------------------------------------------------
    def standard(
        self, raw: dict[str, Any], parent: str, parent_kind: str, owner: str, src: Source, kind: str | None = None
    ) -> Standard:
        role = raw.get("role")
        severity = raw.get("severity")
        return Standard(
            id=_str(raw.get("id")),
            parent=parent,
            parent_kind=parent_kind,  # type: ignore[arg-type]
            kind=kind or _str(raw.get("kind")) or "do",  # type: ignore[arg-type]
            text=self.text(raw.get("text")),
            script=self.opt_text(raw.get("script")),
            severity=severity if severity in ("critical", "major", "minor") else "major",
            role=role if isinstance(role, str) and role else owner,
            explicit_role=isinstance(role, str) and bool(role),
            phrases=self.phrases(raw.get("phrases")),
            principles=_ids(raw.get("principles")),
            source=src,
            effective=_date(raw.get("effective")),
            retired=_date(raw.get("retired")),
        )

    def standards(self, raw: Any, parent: str, parent_kind: str, owner: str, src: Source) -> tuple[Standard, ...]:
        return tuple(
            self.standard(item, parent, parent_kind, owner, src.child(i))
            for i, item in enumerate(_list(raw))
            if isinstance(item, dict) and isinstance(item.get("id"), str)
        )

    def stage(self, rel: str, data: dict[str, Any]) -> Stage:
        stage_id = _str(data.get("id"))
        steps = []
        for i, raw in enumerate(_list(data.get("steps"))):
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                continue
            src = Source(rel, ("steps", i))
            owner = _owner(raw.get("owner"))
            steps.append(
                Step(
                    id=raw["id"],
                    stage=stage_id,
                    title=self.text(raw.get("title")),
                    owner=owner,
                    support=_ids(raw.get("support")),
                    channels=_ids(raw.get("channels")),
                    description=self.text(raw.get("description")),
                    situations=_ids(raw.get("situations")),
                    standards=self.standards(raw.get("standards"), raw["id"], "step", owner, src.child("standards")),
                    source=src,
                )
            )
        return Stage(
            id=stage_id,
            title=self.text(data.get("title")),
            description=self.text(data.get("description")),
            steps=tuple(steps),
            file=rel,
            review=self.review(data.get("review"), Source(rel, ("review",))),
            source=Source(rel),
        )

    def situation(self, rel: str, data: dict[str, Any]) -> Situation:
        sid = _str(data.get("id"))
        owner = _owner(data.get("owner"))
        return Situation(
            id=sid,
            title=self.text(data.get("title")),
            trigger=self.text(data.get("trigger")),
            description=self.text(data.get("description")),
            owner=owner,
            support=_ids(data.get("support")),
            channels=_ids(data.get("channels")),
            standards=self.standards(data.get("standards"), sid, "situation", owner, Source(rel, ("standards",))),
            file=rel,
            review=self.review(data.get("review"), Source(rel, ("review",))),
            source=Source(rel),
        )

    def scenario(self, rel: str, data: dict[str, Any]) -> Scenario:
        plan = data.get("per_location")
        count = plan.get("count") if isinstance(plan, dict) else None
        every = plan.get("every") if isinstance(plan, dict) else None
        good_plan = isinstance(count, int) and not isinstance(count, bool) and count > 0
        return Scenario(
            id=_str(data.get("id")),
            title=self.text(data.get("title")),
            situation=_str_or_none(data.get("situation")),
            steps=_ids(data.get("steps")),
            channel=_str(data.get("channel")),
            persona=self.text(data.get("persona")),
            ask=self.text(data.get("ask")),
            watch=tuple(self.text(w) for w in _list(data.get("watch"))),
            items=_ids(data.get("items")),
            plan=ShoppingPlan(count, every) if good_plan and every in ("week", "month", "quarter") else None,  # type: ignore[arg-type]
            locations=_ids(data.get("locations")),
            file=rel,
            review=self.review(data.get("review"), Source(rel, ("review",))),
            source=Source(rel),
        )

    def role(self, i: int, raw: dict[str, Any]) -> Role:
        src = Source("roles.yaml", ("roles", i))
        rid = _str(raw.get("id"))
        appearance = tuple(
            self.standard(item, rid, "role", rid, src.child("appearance", j), kind="appearance")
            for j, item in enumerate(_list(raw.get("appearance")))
            if isinstance(item, dict) and isinstance(item.get("id"), str)
        )
        return Role(
            id=rid,
            name=self.text(raw.get("name")),
            department=_str(raw.get("department")),
            description=self.text(raw.get("description")),
            appearance=appearance,
            source=src,
        )

    def channel(self, i: int, raw: dict[str, Any]) -> Channel:
        src = Source("channels.yaml", ("channels", i))
        required = tuple(
            RequiredElement(
                id=_str(r.get("id")),
                where=_where(r.get("where")),
                phrases=self.phrases(r.get("phrases")),
                description=self.text(r.get("description")),
                source=src.child("required", j),
                severity=_severity(r.get("severity")),
            )
            for j, r in enumerate(_list(raw.get("required")))
            if isinstance(r, dict)
        )
        return Channel(
            id=_str(raw.get("id")),
            name=self.text(raw.get("name")),
            kind=_str(raw.get("kind")),
            first_response_seconds=duration_seconds(raw.get("first_response")) or 0,
            response_seconds=duration_seconds(raw.get("response")),
            first_response=_str(raw.get("first_response")),
            response=_str_or_none(raw.get("response")),
            required=required,
            description=self.text(raw.get("description")),
            source=src,
            timezone=_str_or_none(raw.get("timezone")),
            hours=_hours(raw.get("hours")),
        )

    def scoring(self) -> Scoring:
        if "scoring.yaml" not in self.docs:
            return DEFAULT_SCORING
        data = self.doc("scoring.yaml")
        weights = dict(DEFAULT_SCORING.weights)
        raw_weights = data.get("weights")
        for k, v in raw_weights.items() if isinstance(raw_weights, dict) else ():
            if k in weights and isinstance(v, (int, float)) and not isinstance(v, bool):
                weights[k] = float(v)
        cf = data.get("critical_fail", "zero")
        critical_fail: Any = float(cf) if isinstance(cf, (int, float)) and not isinstance(cf, bool) else cf
        if critical_fail not in ("zero", "none") and not isinstance(critical_fail, float):
            critical_fail = "zero"
        tiers = [
            Tier(_str(t.get("id")), self.text(t.get("name")), float(t["min"]), Source("scoring.yaml", ("tiers", i)))
            for i, t in enumerate(_list(data.get("tiers")))
            if isinstance(t, dict) and isinstance(t.get("min"), (int, float)) and not isinstance(t.get("min"), bool)
        ]
        pass_mark = data.get("pass_mark", 80)
        min_audits = data.get("min_audits", 1)
        repeat = data.get("repeat_critical")
        repeat_critical = None
        if isinstance(repeat, dict) and isinstance(repeat.get("count"), int) and duration_seconds(repeat.get("within")):
            within = str(repeat["within"])
            repeat_critical = RepeatCritical(int(repeat["count"]), within, duration_seconds(within) or 0)
        return Scoring(
            weights=MappingProxyType(weights),
            critical_fail=critical_fail,
            pass_mark=float(pass_mark) if isinstance(pass_mark, (int, float)) else 80.0,
            tiers=tuple(sorted(tiers, key=lambda t: -t.min)),
            source=Source("scoring.yaml"),
            min_audits=min_audits if isinstance(min_audits, int) and not isinstance(min_audits, bool) else 1,
            repeat_critical=repeat_critical,
        )

    def handbook(self) -> Handbook:
        m = self.doc("handbook.yaml")
        reviews = {}
        for rel, (_kind, data) in self.docs.items():
            if isinstance(data, dict):
                r = self.review(data.get("review"), Source(rel, ("review",)))
                if r is not None:
                    reviews[rel] = r
        raw_lint = m.get("lint")
        lint: dict[Any, Any] = raw_lint if isinstance(raw_lint, dict) else {}
        return Handbook(
            root=self.root,
            title=self.text(m.get("title")),
            organization=_str(m.get("organization")),
            version=str(m.get("version", "")),
            languages=self.languages,
            departments=tuple(
                Department(_str(d.get("id")), self.text(d.get("name")), Source("handbook.yaml", ("departments", i)))
                for i, d in enumerate(_list(m.get("departments")))
                if isinstance(d, dict)
            ),
            provisions=tuple(
                Provision(
                    _str(p.get("id")),
                    self.text(p.get("title")),
                    self.text(p.get("text")),
                    Source("handbook.yaml", ("provisions", i)),
                )
                for i, p in enumerate(_list(m.get("provisions")))
                if isinstance(p, dict)
            ),
            terms=tuple(
                Term(
                    _str(t.get("id")),
                    self.text(t.get("term")),
                    self.text(t.get("definition")),
                    tuple(self.text(a) for a in _list(t.get("aliases"))),
                    Source("glossary.yaml", ("terms", i)),
                )
                for i, t in enumerate(_list(self.doc("glossary.yaml").get("terms")))
                if isinstance(t, dict)
            ),
            principles=tuple(
                Principle(
                    _str(p.get("id")),
                    self.text(p.get("title")),
                    self.text(p.get("text")),
                    Source("principles.yaml", ("principles", i)),
                )
                for i, p in enumerate(_list(self.doc("principles.yaml").get("principles")))
                if isinstance(p, dict)
            ),
            channels=tuple(
                self.channel(i, c)
                for i, c in enumerate(_list(self.doc("channels.yaml").get("channels")))
                if isinstance(c, dict)
            ),
            roles=tuple(
                self.role(i, r) for i, r in enumerate(_list(self.doc("roles.yaml").get("roles"))) if isinstance(r, dict)
            ),
            forbidden=tuple(
                ForbiddenPhrase(
                    _str(f.get("id")),
                    self.text(f.get("phrase")),
                    self.opt_text(f.get("instead")),
                    _severity(f.get("severity")),
                    Source("phrases.yaml", ("forbidden", i)),
                )
                for i, f in enumerate(_list(self.doc("phrases.yaml").get("forbidden")))
                if isinstance(f, dict)
            ),
            stages=tuple(self.stage(rel, d) for rel, d in self.of_kind("stage")),
            situations=tuple(self.situation(rel, d) for rel, d in self.of_kind("situation")),
            scoring=self.scoring(),
            lint=MappingProxyType({str(k): str(v) for k, v in lint.items()}),
            reviews=MappingProxyType(reviews),
            codeowners=_ids(m.get("codeowners")),
            holidays=_ids(m.get("holidays")),
            scenarios=tuple(self.scenario(rel, d) for rel, d in self.of_kind("scenario")),
        )


def _hours(value: Any) -> tuple[HoursEntry, ...]:
    """A channel's ``hours`` as entries; keys and ranges the schema rejects are left out."""
    if not isinstance(value, dict):
        return ()
    entries = []
    for key, times in value.items():
        days = _days(key)
        if days is None:
            continue
        given = [times] if isinstance(times, str) and times != "closed" else _list(times)
        parsed = [(i, t, r) for i, t in enumerate(given) if isinstance(t, str) and (r := _time_range(t)) is not None]
        entries.append(HoursEntry(str(key), days, tuple(r for _, _, r in parsed), tuple(t for _, t, _ in parsed),
                                  tuple(i for i, _, _ in parsed) if isinstance(times, list) else ()))
    return tuple(entries)


def _days(key: Any) -> tuple[int, ...] | None:
    """``mon`` -> (0,), ``mon-fri`` -> (0, ..., 4), ``sun-thu`` -> (6, 0, 1, 2, 3) (across the week's end, as
    in Israel); None if not days."""
    if not isinstance(key, str):
        return None
    first, _, last = key.partition("-")
    if first not in DAYS or (last and last not in DAYS):
        return None
    a, b = DAYS.index(first), DAYS.index(last or first)
    return tuple(range(a, b + 1)) if a <= b else (*range(a, 7), *range(0, b + 1))


def _time_range(text: str) -> tuple[int, int] | None:
    """``"09:00-18:30"`` -> (540, 1110) minutes after midnight; ``24:00`` is 1440; None if malformed
    (the schema's ``time_range``)."""
    if not definition_pattern("time_range").search(text):
        return None
    start, _, end = text.partition("-")
    (h1, m1), (h2, m2) = start.split(":"), end.split(":")
    return int(h1) * 60 + int(m1), int(h2) * 60 + int(m2)


def _where(value: Any) -> Literal["first", "last", "any"]:
    if value == "first":
        return "first"
    if value == "last":
        return "last"
    return "any"


def _severity(value: Any) -> str:
    return value if value in ("critical", "major", "minor") else "major"


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _owner(value: Any) -> str:
    """The owner role; for a list (a SCHEMA error: one step, one owner) its first role, to avoid follow-on errors."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return _str(value)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _date(value: Any) -> date | None:
    """A ``YYYY-MM-DD`` string as a date; None for anything else (the schema reports it)."""
    if not isinstance(value, str) or not definition_pattern("date").search(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _ids(value: Any) -> tuple[str, ...]:
    return tuple(v for v in _list(value) if isinstance(v, str))


def assemble(docs: Mapping[str, tuple[str, Any]], root: str) -> Handbook:
    """Build the handbook model from ``{relative path: (kind, data)}``."""
    return _Assembler(docs, root).handbook()
