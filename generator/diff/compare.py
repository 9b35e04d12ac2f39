"""Compare two handbook models: standards by global id, everything else by entity id.

Only the models are compared (never the YAML), so formatting, comments and key order do not count,
and a whitespace-only edit of a text (re-wrapping a paragraph) is not a change.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from ..model import Channel, Handbook, Situation, Standard, Step, Text
from .changes import (
    ALL_ROLES,
    ChangeSet,
    EntityChange,
    EntityChangeKind,
    FieldChange,
    ItemChange,
    ItemChangeKind,
    Place,
    RoleSummary,
    StaleTranslation,
    TextChange,
    ValueChange,
)

#: the fields of a standard that make it "changed" (location fields make it "moved")
ITEM_FIELDS = ("text", "script", "kind", "severity", "role", "phrases", "principles", "effective", "retired")
LOCATION_FIELDS = frozenset({"location", "position"})
PHRASE_FIELDS = ("phrase", "instead", "severity")
ROLE_FIELDS = ("name", "department", "description")
STAGE_FIELDS = ("title", "description", "file")
SITUATION_FIELDS = ("title", "trigger", "description", "owner", "support", "channels", "file")
CHANNEL_FIELDS = ("name", "kind", "first_response", "response")


def compare(old: Handbook, new: Handbook) -> ChangeSet:
    """Every change from ``old`` to ``new``."""
    places_old, places_new = _item_places(old), _item_places(new)
    moved_steps = _moved(_step_orders(old), _step_orders(new))
    moved_items = _moved(_item_orders(old), _item_orders(new))
    items = [
        change
        for gid in _union(old.items, new.items)
        if (change := _item(gid, old.item(gid), new.item(gid), places_old, places_new, moved_steps, moved_items))
    ]
    entities = [
        *_handbook_changes(old, new),
        *_attribute(_simple("department", old.departments, new.departments, ("name",)), old, new, _in_department),
        *_attribute(_simple("provision", old.provisions, new.provisions, ("title", "text")), old, new, _everyone),
        *_attribute(_simple("term", old.terms, new.terms, ("term", "definition", "aliases")), old, new, _everyone),
        *_attribute(_simple("principle", old.principles, new.principles, ("title", "text")), old, new, _everyone),
        *_attribute(_simple("phrase", old.forbidden, new.forbidden, PHRASE_FIELDS), old, new, _everyone),
        *_attribute(_simple("role", old.roles, new.roles, ROLE_FIELDS), old, new, lambda b, r: (r,)),
        *_channels(old, new),
        *_attribute(_simple("stage", old.stages, new.stages, STAGE_FIELDS), old, new, _stage_roles),
        *_steps(old, new, moved_steps),
        *_attribute(_simple("situation", old.situations, new.situations, SITUATION_FIELDS), old, new, _situation_roles),
        *_scoring(old, new),
    ]
    stale = _stale(old, new, items, entities)
    return ChangeSet(old, new, tuple(items), tuple(entities), tuple(stale), _summaries(old, new, items, entities))


# -- values --------------------------------------------------------------------------------------------
def plain(value: Any) -> Any:
    """A JSON-ready copy of a model value (tuples to lists, mappings and texts to dicts)."""
    if isinstance(value, Text):
        return dict(value.values)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def field_change(old: Any, new: Any) -> FieldChange | None:
    """The change between two values of one field, or None when they are the same."""
    if isinstance(old, Text) or isinstance(new, Text):
        change = TextChange(dict(old.values) if old else {}, dict(new.values) if new else {})
        return change if change.languages else None
    a, b = plain(old), plain(new)
    return None if a == b else ValueChange(a, b)


def _fields(old: object, new: object, names: Iterable[str]) -> dict[str, FieldChange]:
    found: dict[str, FieldChange] = {}
    for name in names:
        change = field_change(getattr(old, name), getattr(new, name))
        if change is not None:
            found[name] = change
    return found


def _union(old: Iterable[str], new: Iterable[str]) -> list[str]:
    """Ids of both, in the new order, removed ones after the id that preceded them in the old order."""
    new_ids = list(new)
    result = list(new_ids)
    present = set(new_ids)
    previous: str | None = None
    for key in old:
        if key not in present:
            at = result.index(previous) + 1 if previous is not None else 0
            result.insert(at, key)
            present.add(key)
        previous = key
    return result


# -- order and place -------------------------------------------------------------------------------------
def _lcs_members(a: Sequence[str], b: Sequence[str]) -> set[str]:
    """The ids on a longest common subsequence of two orders (the ones that did not move)."""
    common = set(a) & set(b)
    a2, b2 = [x for x in a if x in common], [x for x in b if x in common]
    kept: set[str] = set()
    for block in difflib.SequenceMatcher(None, a2, b2, autojunk=False).get_matching_blocks():
        kept.update(a2[block.a : block.a + block.size])
    return kept


def _moved(old: Mapping[str, Sequence[str]], new: Mapping[str, Sequence[str]]) -> set[str]:
    """Members of a container (steps of a stage, items of a parent) that changed place within it."""
    moved: set[str] = set()
    for container, order in new.items():
        before = old.get(container, ())
        moved |= (set(order) & set(before)) - _lcs_members(before, order)
    return moved


def _step_orders(book: Handbook) -> dict[str, list[str]]:
    return {st.id: [s.id for s in st.steps] for st in book.stages}


def _item_orders(book: Handbook) -> dict[str, list[str]]:
    orders: dict[str, list[str]] = {}
    for item in book.all_standards():
        orders.setdefault(item.parent, []).append(item.global_id)
    return orders


def _item_places(book: Handbook) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for stage in book.stages:
        for n, step in enumerate(stage.steps, 1):
            for item in step.standards:
                places[item.global_id] = Place(stage.file, stage.id, n)
    for sit in book.situations:
        for item in sit.standards:
            places[item.global_id] = Place(sit.file, None, None)
    for role in book.roles:
        for item in role.appearance:
            places[item.global_id] = Place("roles.yaml", None, None)
    return places


# -- standards ----------------------------------------------------------------------------------------
def _item(
    gid: str,
    old: Standard | None,
    new: Standard | None,
    places_old: Mapping[str, Place],
    places_new: Mapping[str, Place],
    moved_steps: set[str],
    moved_items: set[str],
) -> ItemChange | None:
    if old is None and new is not None:
        return ItemChange(gid, "added", {}, (new.role,), None, new)
    if new is None and old is not None:
        return ItemChange(gid, "removed", {}, (old.role,), old, None)
    assert old is not None and new is not None
    fields = _fields(old, new, ITEM_FIELDS)
    a, b = places_old[gid], places_new[gid]
    if (a.file, a.stage) != (b.file, b.stage) or new.parent in moved_steps:
        fields["location"] = ValueChange(a, b)
    if gid in moved_items:
        fields["position"] = ValueChange(_position_in(old, places_old), _position_in(new, places_new))
    if not fields:
        return None
    kind: ItemChangeKind = "moved" if set(fields) <= LOCATION_FIELDS else "changed"
    return ItemChange(gid, kind, fields, tuple(dict.fromkeys((old.role, new.role))), old, new)


def _position_in(item: Standard, places: Mapping[str, Place]) -> int:
    """The 1-based position of an item within its parent, from the order places were recorded in."""
    siblings = [gid for gid in places if gid.split("#", 1)[0] == item.parent]
    return siblings.index(item.global_id) + 1


# -- entities ---------------------------------------------------------------------------------------------
RolesOf = Callable[[Handbook, str], Iterable[str]]


def _everyone(book: Handbook, entity_id: str) -> tuple[str, ...]:
    return (ALL_ROLES,)


def _in_department(book: Handbook, department: str) -> tuple[str, ...]:
    return tuple(r.id for r in book.roles if r.department == department)


def _parent_roles(parent: Step | Situation | None) -> tuple[str, ...]:
    return () if parent is None else (parent.owner, *parent.support)


def _situation_roles(book: Handbook, situation_id: str) -> tuple[str, ...]:
    return _parent_roles(book.situation(situation_id))


def _stage_roles(book: Handbook, stage_id: str) -> tuple[str, ...]:
    stage = book.stage(stage_id)
    return () if stage is None else tuple(r for s in stage.steps for r in _parent_roles(s))


def _channel_roles(book: Handbook, channel_id: str) -> tuple[str, ...]:
    parents: list[Step | Situation] = [*book.steps(), *book.situations]
    return tuple(r for p in parents if channel_id in p.channels for r in _parent_roles(p))


def _roles_both(old: Handbook, new: Handbook, entity_id: str, roles_of: RolesOf) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*roles_of(old, entity_id), *roles_of(new, entity_id)]))


def _name_of(entity: object | None) -> Text | None:
    for attr in ("name", "title", "term", "phrase"):
        value = getattr(entity, attr, None)
        if isinstance(value, Text):
            return value
    return None


def _simple(kind: str, old: Sequence[Any], new: Sequence[Any], names: Sequence[str]) -> list[EntityChange]:
    """Added, removed and changed entities of one kind, compared field by field."""
    by_old = {e.id: e for e in old}
    by_new = {e.id: e for e in new}
    changes: list[EntityChange] = []
    for eid in _union(by_old, by_new):
        a, b = by_old.get(eid), by_new.get(eid)
        if a is None:
            changes.append(EntityChange(kind, eid, "added", {}, (), None, _name_of(b)))
        elif b is None:
            changes.append(EntityChange(kind, eid, "removed", {}, (), _name_of(a), None))
        elif fields := _fields(a, b, names):
            changes.append(EntityChange(kind, eid, "changed", fields, (), _name_of(a), _name_of(b)))
    return changes


def _attribute(changes: list[EntityChange], old: Handbook, new: Handbook, roles_of: RolesOf) -> list[EntityChange]:
    return [
        EntityChange(c.kind, c.id, c.change, c.fields, _roles_both(old, new, c.id, roles_of), c.old_name, c.new_name)
        for c in changes
    ]


def _handbook_changes(old: Handbook, new: Handbook) -> list[EntityChange]:
    fields = _fields(old, new, ("title", "organization", "languages"))
    if not fields:
        return []
    return [EntityChange("handbook", "handbook", "changed", fields, (ALL_ROLES,), old.title, new.title)]


def _channels(old: Handbook, new: Handbook) -> list[EntityChange]:
    changes = _simple("channel", old.channels, new.channels, CHANNEL_FIELDS)
    by_id = {c.id: c for c in changes}
    for channel in new.channels:
        before = old.channel(channel.id)
        if before is None:
            continue
        extra = {**_required_changes(before, channel), **_fields(before, channel, ("description",))}
        if not extra:
            continue
        current = by_id.get(channel.id)
        fields = {**(current.fields if current else {}), **extra}
        by_id[channel.id] = EntityChange("channel", channel.id, "changed", fields, (), before.name, channel.name)
    ordered = [by_id.get(c.id, c) for c in changes] + [c for k, c in by_id.items() if k not in {x.id for x in changes}]
    return _attribute(ordered, old, new, _channel_roles)


def _required_changes(old: Channel, new: Channel) -> dict[str, FieldChange]:
    """Required conversation elements: added or removed ones, and each one's `where` and phrases."""
    fields: dict[str, FieldChange] = {}
    a = {e.id: e for e in old.required}
    b = {e.id: e for e in new.required}
    if list(a) != list(b):
        fields["required"] = ValueChange(list(a), list(b))
    for eid in a.keys() & b.keys():
        for name in ("where", "phrases", "description"):
            change = field_change(getattr(a[eid], name), getattr(b[eid], name))
            if change is not None:
                fields[f"required.{eid}.{name}"] = change
    return fields


def _steps(old: Handbook, new: Handbook, moved_steps: set[str]) -> list[EntityChange]:
    names = ("title", "owner", "support", "channels", "description", "situations", "stage")
    by_old = {s.id: s for s in old.steps()}
    by_new = {s.id: s for s in new.steps()}
    changes: list[EntityChange] = []
    for sid in _union(by_old, by_new):
        a, b = by_old.get(sid), by_new.get(sid)
        roles = tuple(dict.fromkeys([*_parent_roles(a), *_parent_roles(b)]))
        if a is None or b is None:
            gone: EntityChangeKind = "added" if a is None else "removed"
            changes.append(EntityChange("step", sid, gone, {}, roles, _name_of(a), _name_of(b)))
            continue
        fields = _fields(a, b, names)
        if sid in moved_steps or "stage" in fields:
            fields["position"] = ValueChange(_step_place(old, a), _step_place(new, b))
        if fields:
            kind: EntityChangeKind = "moved" if set(fields) <= {"stage", "position"} else "changed"
            changes.append(EntityChange("step", sid, kind, fields, roles, a.title, b.title))
    return changes


def _step_place(book: Handbook, step: Step) -> Place:
    stage = book.stage_of(step)
    return Place(stage.file, stage.id, [s.id for s in stage.steps].index(step.id) + 1)


def _scoring(old: Handbook, new: Handbook) -> list[EntityChange]:
    fields = _fields(old.scoring, new.scoring, ("weights", "critical_fail", "pass_mark"))
    tiers_a = [(t.id, plain(t.name), t.min) for t in old.scoring.tiers]
    tiers_b = [(t.id, plain(t.name), t.min) for t in new.scoring.tiers]
    if tiers_a != tiers_b:
        fields["tiers"] = ValueChange(_tier_lines(tiers_a), _tier_lines(tiers_b))
    return [EntityChange("scoring", "scoring", "changed", fields, (ALL_ROLES,))] if fields else []


# -- stale translations and role summaries ---------------------------------------------------------------
def _stale(
    old: Handbook, new: Handbook, items: list[ItemChange], entities: list[EntityChange]
) -> list[StaleTranslation]:
    default = new.default_language
    others = [lang for lang in new.languages if lang != default]
    found: list[StaleTranslation] = []
    targets: list[tuple[str, Mapping[str, FieldChange]]] = [(c.id, c.fields) for c in items]
    targets += [(c.key, c.fields) for c in entities]
    for target, fields in targets:
        for name, change in fields.items():
            if not isinstance(change, TextChange) or default not in change.languages:
                continue
            for lang in others:
                if lang in change.old and lang in change.new and lang not in change.languages:
                    found.append(StaleTranslation(target, name, lang, default))
    return found


def _summaries(
    old: Handbook, new: Handbook, items: list[ItemChange], entities: list[EntityChange]
) -> tuple[RoleSummary, ...]:
    buckets: dict[str, dict[str, list[str]]] = {}

    def bucket(role: str) -> dict[str, list[str]]:
        return buckets.setdefault(role, {"added": [], "changed": [], "removed": [], "other": []})

    for change in items:
        key = change.change if change.change in ("added", "removed") else "changed"
        for role in change.roles:
            bucket(role)[key].append(change.id)
    for entity in entities:
        for role in entity.roles:
            bucket(role)["other"].append(entity.key)
    order = [ALL_ROLES, *(r.id for r in new.roles), *(r.id for r in old.roles)]
    order += sorted(buckets)  # roles named by a change but no longer defined anywhere
    return tuple(
        RoleSummary(role, *(tuple(buckets[role][k]) for k in ("added", "changed", "removed", "other")))
        for role in dict.fromkeys(order)
        if role in buckets
    )


def _tier_lines(tiers: list[tuple[str, Any, float]]) -> list[str]:
    return [f"{tier_id} >= {minimum:g}" for tier_id, _name, minimum in tiers]
