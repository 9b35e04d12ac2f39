"""What every rule receives: the model, the source maps, and today's date."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from ..diagnostics import Position, Problem
from ..model import Handbook, Source, Standard, Text
from ..sourcemap import SourceMap


@dataclass(frozen=True)
class RuleContext:
    handbook: Handbook
    maps: Mapping[str, SourceMap]  # relative file -> its source map
    today: date
    #: every file was parsed (rules about what nothing uses stay quiet otherwise: the user may be in the lost file)
    complete: bool = True
    #: handbook.yaml was read (rules about languages and departments stay quiet otherwise)
    manifest: bool = True

    def pos(self, source: Source, *sub: str | int, key: bool = False) -> Position:
        """The position of ``source`` (or a field below it) as ``file:line:col``."""
        smap = self.maps.get(source.file)
        if smap is None:
            return Position(source.file, 1, 1)
        return smap.position(source.path + sub, key=key)

    def problem(self, source: Source, *sub: str | int, message: str, hint: str = "", key: bool = False) -> Problem:
        return Problem(self.pos(source, *sub, key=key), message, hint)


def item_label(item: Standard) -> str:
    return f"`{item.global_id}`"


def iter_texts(hb: Handbook) -> Iterator[tuple[str, Text, Source]]:
    """Every translatable text of the handbook, with a label and the source of its value."""
    handbook = Source("handbook.yaml")
    if hb.title.values:
        yield "the handbook title", hb.title, handbook.child("title")
    for d in hb.departments:
        yield f"department `{d.id}` name", d.name, d.source.child("name")
    for p in hb.provisions:
        yield f"provision `{p.id}` title", p.title, p.source.child("title")
        yield f"provision `{p.id}` text", p.text, p.source.child("text")
    for t in hb.terms:
        yield f"term `{t.id}`", t.term, t.source.child("term")
        yield f"term `{t.id}` definition", t.definition, t.source.child("definition")
        for i, alias in enumerate(t.aliases):
            yield f"term `{t.id}` alias", alias, t.source.child("aliases", i)
    for pr in hb.principles:
        yield f"principle `{pr.id}` title", pr.title, pr.source.child("title")
        yield f"principle `{pr.id}` text", pr.text, pr.source.child("text")
    for c in hb.channels:
        yield f"channel `{c.id}` name", c.name, c.source.child("name")
        if c.description.values:
            yield f"channel `{c.id}` description", c.description, c.source.child("description")
        for el in c.required:
            if el.description.values:
                yield f"channel `{c.id}` element `{el.id}` description", el.description, el.source.child("description")
    for r in hb.roles:
        yield f"role `{r.id}` name", r.name, r.source.child("name")
        if r.description.values:
            yield f"role `{r.id}` description", r.description, r.source.child("description")
        for a in r.appearance:
            yield from _standard_texts(a)
    for f in hb.forbidden:
        yield f"forbidden phrase `{f.id}`", f.phrase, f.source.child("phrase")
        if f.instead is not None:
            yield f"forbidden phrase `{f.id}` instead", f.instead, f.source.child("instead")
    for st in hb.stages:
        yield f"stage `{st.id}` title", st.title, st.source.child("title")
        if st.description.values:
            yield f"stage `{st.id}` description", st.description, st.source.child("description")
        for s in st.steps:
            yield f"step `{s.id}` title", s.title, s.source.child("title")
            if s.description.values:
                yield f"step `{s.id}` description", s.description, s.source.child("description")
            for item in s.standards:
                yield from _standard_texts(item)
    for sit in hb.situations:
        yield f"situation `{sit.id}` title", sit.title, sit.source.child("title")
        yield f"situation `{sit.id}` trigger", sit.trigger, sit.source.child("trigger")
        if sit.description.values:
            yield f"situation `{sit.id}` description", sit.description, sit.source.child("description")
        for item in sit.standards:
            yield from _standard_texts(item)
    for tier in hb.scoring.tiers:
        yield f"tier `{tier.id}` name", tier.name, tier.source.child("name")
    for sc in hb.scenarios:
        yield f"scenario `{sc.id}` title", sc.title, sc.source.child("title")
        if sc.persona.values:
            yield f"scenario `{sc.id}` persona", sc.persona, sc.source.child("persona")
        yield f"scenario `{sc.id}` ask", sc.ask, sc.source.child("ask")
        for i, watch in enumerate(sc.watch):
            yield f"scenario `{sc.id}` watch", watch, sc.source.child("watch", i)


def _standard_texts(item: Standard) -> Iterator[tuple[str, Text, Source]]:
    yield f"{item_label(item)} text", item.text, item.source.child("text")
    if item.script is not None:
        yield f"{item_label(item)} script", item.script, item.source.child("script")
