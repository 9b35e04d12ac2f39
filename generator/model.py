"""The in-memory handbook: frozen dataclasses and their indexes.

Built once by :func:`generator.pipeline.load` from schema-valid documents; every
renderer (site, checklists, audit, diff) reads only this model, never YAML.
Each entity keeps a :class:`Source` so rules can point at ``file:line:col``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Literal

StandardKind = Literal["say", "do", "avoid", "appearance"]
ParentKind = Literal["step", "situation", "role"]
SEVERITIES: tuple[str, ...] = ("critical", "major", "minor")
CUSTOMER_FACING_KINDS = frozenset({"phone", "email", "chat", "messenger", "social", "in_person", "web_form"})


@dataclass(frozen=True)
class Source:
    """Where an entity was written: a file (relative to the standards folder) and a JSON path inside it."""

    file: str
    path: tuple[str | int, ...] = ()

    def child(self, *parts: str | int) -> Source:
        return Source(self.file, self.path + parts)


@dataclass(frozen=True)
class Text:
    """A translatable text: language code -> string. A plain YAML string becomes ``{default: s}``."""

    values: Mapping[str, str]

    def get(self, lang: str, fallback: str | None = None) -> str:
        """The text in ``lang``; else in ``fallback``; else the first language present; else ''."""
        if lang in self.values:
            return self.values[lang]
        if fallback is not None and fallback in self.values:
            return self.values[fallback]
        return next(iter(self.values.values()), "")

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self.values)

    def __bool__(self) -> bool:
        return any(v.strip() for v in self.values.values())


EMPTY_TEXT = Text(MappingProxyType({}))


@dataclass(frozen=True)
class Review:
    owner: str | None
    every_seconds: int | None
    last: str | None  # YYYY-MM-DD
    codeowners: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class Department:
    id: str
    name: Text
    source: Source


@dataclass(frozen=True)
class Provision:
    id: str
    title: Text
    text: Text
    source: Source


@dataclass(frozen=True)
class Term:
    id: str
    term: Text
    definition: Text
    aliases: tuple[Text, ...]
    source: Source


@dataclass(frozen=True)
class Principle:
    id: str
    title: Text
    text: Text
    source: Source


@dataclass(frozen=True)
class RequiredElement:
    """Something every conversation on a channel must contain (a greeting, a farewell, a name)."""

    id: str
    where: Literal["first", "last", "any"]
    phrases: Mapping[str, tuple[str, ...]]  # language -> phrases
    description: Text
    source: Source
    severity: str = "major"  # its weight in a conversation's score (FORMAT §7.7)


@dataclass(frozen=True)
class HoursEntry:
    """One entry of a channel's ``hours``: a day or a range of days, and its opening times.

    ``days`` are 0 (Monday) to 6 (Sunday), in the order the key names them (``sun-thu``: 6, 0, 1, 2, 3);
    ``ranges`` are ``(open, close)`` in minutes after midnight (``close`` may be 1440, ``24:00``), empty
    for ``closed``; ``written`` holds them as written and ``positions`` their indexes in the YAML list
    (empty when the value was one string), so a rule can point at one of them.
    """

    key: str
    days: tuple[int, ...]
    ranges: tuple[tuple[int, int], ...]
    written: tuple[str, ...]
    positions: tuple[int, ...]


@dataclass(frozen=True)
class Channel:
    id: str
    name: Text
    kind: str  # phone | email | chat | messenger | social | in_person | web_form
    first_response_seconds: int
    response_seconds: int | None
    first_response: str  # as written, e.g. "60s"
    response: str | None
    required: tuple[RequiredElement, ...]
    description: Text
    source: Source
    timezone: str | None = None  # IANA name; FORMAT §7.5
    hours: tuple[HoursEntry, ...] = ()  # empty: every hour counts

    @property
    def customer_facing(self) -> bool:
        return self.kind in CUSTOMER_FACING_KINDS


@dataclass(frozen=True)
class Standard:
    """One checkable standard: an item of a step, a situation, or a role's appearance."""

    id: str
    parent: str  # step, situation or role id
    parent_kind: ParentKind
    kind: StandardKind
    text: Text
    script: Text | None
    severity: str  # critical | major | minor
    role: str  # the responsible role: explicit `role`, else the parent's owner (the role itself for appearance)
    explicit_role: bool
    phrases: Mapping[str, tuple[str, ...]]  # for avoid items: language -> phrases
    principles: tuple[str, ...]
    source: Source
    effective: date | None = None  # the first day in force (FORMAT §7.9); None: since always
    retired: date | None = None  # the first day no longer in force; None: never

    @property
    def global_id(self) -> str:
        return f"{self.parent}#{self.id}"

    @property
    def dated(self) -> bool:
        """The standard has an ``effective`` or a ``retired`` date."""
        return self.effective is not None or self.retired is not None

    def in_force(self, day: date) -> bool:
        """In force on ``day``: ``effective <= day < retired`` (a missing bound is open)."""
        return (self.effective is None or self.effective <= day) and (self.retired is None or day < self.retired)


@dataclass(frozen=True)
class Step:
    id: str
    stage: str
    title: Text
    owner: str
    support: tuple[str, ...]
    channels: tuple[str, ...]
    description: Text
    situations: tuple[str, ...]
    standards: tuple[Standard, ...]
    source: Source


@dataclass(frozen=True)
class Stage:
    id: str
    title: Text
    description: Text
    steps: tuple[Step, ...]
    file: str  # e.g. journey/01-discover.yaml
    review: Review | None
    source: Source


@dataclass(frozen=True)
class Situation:
    id: str
    title: Text
    trigger: Text
    description: Text
    owner: str
    support: tuple[str, ...]
    channels: tuple[str, ...]
    standards: tuple[Standard, ...]
    file: str
    review: Review | None
    source: Source


@dataclass(frozen=True)
class ShoppingPlan:
    """How often each location is to be shopped with a scenario: ``count`` visits every ``every``."""

    count: int
    every: Literal["week", "month", "quarter"]


@dataclass(frozen=True)
class Scenario:
    """A mystery-shopping scenario (scenarios/ID.yaml): what to stage, on which channel, what it checks."""

    id: str
    title: Text
    situation: str | None
    steps: tuple[str, ...]
    channel: str
    persona: Text
    ask: Text
    watch: tuple[Text, ...]
    items: tuple[str, ...]  # global item ids, in the order the shopper meets them
    plan: ShoppingPlan | None
    locations: tuple[str, ...]  # empty: where the items' roles were audited
    file: str
    review: Review | None
    source: Source


@dataclass(frozen=True)
class Role:
    id: str
    name: Text
    department: str
    description: Text
    appearance: tuple[Standard, ...]
    source: Source


@dataclass(frozen=True)
class ForbiddenPhrase:
    id: str
    phrase: Text
    instead: Text | None
    severity: str
    source: Source


@dataclass(frozen=True)
class Tier:
    id: str
    name: Text
    min: float
    source: Source


@dataclass(frozen=True)
class RepeatCritical:
    """``repeat_critical``: the same critical item answered `no` in ``count`` audits within ``within``."""

    count: int
    within: str  # as written, e.g. "90d"
    within_seconds: int


@dataclass(frozen=True)
class Scoring:
    weights: Mapping[str, float]  # severity -> weight
    critical_fail: Literal["zero", "none"] | float
    pass_mark: float
    tiers: tuple[Tier, ...]  # sorted by min, highest first
    source: Source | None
    min_audits: int = 1  # fewer scored audits in the range or period: no tier
    repeat_critical: RepeatCritical | None = None


DEFAULT_SCORING = Scoring(
    weights=MappingProxyType({"critical": 3.0, "major": 2.0, "minor": 1.0}),
    critical_fail="zero",
    pass_mark=80.0,
    tiers=(),
    source=None,
)


@dataclass(frozen=True)
class Handbook:
    """The whole handbook, with lookup indexes built once in ``__post_init__``."""

    root: str  # the standards folder as given
    title: Text
    organization: str
    version: str
    languages: tuple[str, ...]  # the first is the default
    departments: tuple[Department, ...]
    provisions: tuple[Provision, ...]
    terms: tuple[Term, ...]
    principles: tuple[Principle, ...]
    channels: tuple[Channel, ...]
    roles: tuple[Role, ...]
    forbidden: tuple[ForbiddenPhrase, ...]
    stages: tuple[Stage, ...]  # in file-name order
    situations: tuple[Situation, ...]  # in file-name order
    scoring: Scoring
    lint: Mapping[str, str]  # rule id -> error | warning | info | off
    reviews: Mapping[str, Review]  # file -> its review block
    codeowners: tuple[str, ...]  # handbook.yaml's default approvers for files without review.codeowners
    holidays: tuple[str, ...] = ()  # YYYY-MM-DD: every channel with hours is closed (FORMAT §7.5)
    scenarios: tuple[Scenario, ...] = ()  # mystery-shopping scenarios, in file-name order
    _index: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        idx = self._index
        idx["role"] = {r.id: r for r in self.roles}
        idx["channel"] = {c.id: c for c in self.channels}
        idx["step"] = {s.id: s for st in self.stages for s in st.steps}
        idx["stage"] = {st.id: st for st in self.stages}
        idx["situation"] = {s.id: s for s in self.situations}
        idx["department"] = {d.id: d for d in self.departments}
        idx["principle"] = {p.id: p for p in self.principles}
        idx["term"] = {t.id: t for t in self.terms}
        idx["item"] = {s.global_id: s for s in self.all_standards()}
        idx["scenario"] = {s.id: s for s in self.scenarios}

    # -- lookups ---------------------------------------------------------------------------------
    @property
    def default_language(self) -> str:
        return self.languages[0]

    def role(self, id: str) -> Role | None:
        return self._index["role"].get(id)  # type: ignore[attr-defined,no-any-return]

    def channel(self, id: str) -> Channel | None:
        return self._index["channel"].get(id)  # type: ignore[attr-defined,no-any-return]

    def step(self, id: str) -> Step | None:
        return self._index["step"].get(id)  # type: ignore[attr-defined,no-any-return]

    def stage(self, id: str) -> Stage | None:
        return self._index["stage"].get(id)  # type: ignore[attr-defined,no-any-return]

    def situation(self, id: str) -> Situation | None:
        return self._index["situation"].get(id)  # type: ignore[attr-defined,no-any-return]

    def department(self, id: str) -> Department | None:
        return self._index["department"].get(id)  # type: ignore[attr-defined,no-any-return]

    def principle(self, id: str) -> Principle | None:
        return self._index["principle"].get(id)  # type: ignore[attr-defined,no-any-return]

    def scenario(self, id: str) -> Scenario | None:
        return self._index["scenario"].get(id)  # type: ignore[attr-defined,no-any-return]

    def item(self, global_id: str) -> Standard | None:
        """A standard by its global id ``parent#item``."""
        return self._index["item"].get(global_id)  # type: ignore[attr-defined,no-any-return]

    @property
    def items(self) -> Mapping[str, Standard]:
        """Every standard by global id, in journey order (steps, then situations, then appearance)."""
        return self._index["item"]  # type: ignore[return-value]

    # -- iteration ---------------------------------------------------------------------------------
    def steps(self) -> Iterator[Step]:
        for st in self.stages:
            yield from st.steps

    def all_standards(self) -> Iterator[Standard]:
        for step in self.steps():
            yield from step.standards
        for sit in self.situations:
            yield from sit.standards
        for role in self.roles:
            yield from role.appearance

    def standards_for_role(self, role_id: str, on: date | None = None) -> list[Standard]:
        """Every standard a role answers for, in journey order: items whose responsible role is it;
        with ``on``, only those in force that day."""
        return [s for s in self.all_standards() if s.role == role_id and (on is None or s.in_force(on))]

    def steps_owned_by(self, role_id: str) -> list[Step]:
        return [s for s in self.steps() if s.owner == role_id]

    def steps_supported_by(self, role_id: str) -> list[Step]:
        return [s for s in self.steps() if role_id in s.support]

    def situations_owned_by(self, role_id: str) -> list[Situation]:
        return [s for s in self.situations if s.owner == role_id]

    def parent_of(self, item: Standard) -> Step | Situation | Role:
        if item.parent_kind == "step":
            found: Step | Situation | Role | None = self.step(item.parent)
        elif item.parent_kind == "situation":
            found = self.situation(item.parent)
        else:
            found = self.role(item.parent)
        assert found is not None
        return found

    def stage_of(self, step: Step) -> Stage:
        stage = self.stage(step.stage)
        assert stage is not None
        return stage

    def text(self, value: Text | None, lang: str) -> str:
        """Resolve a text in ``lang``, falling back to the default language."""
        return "" if value is None else value.get(lang, self.default_language)
