"""Words shared by every diff renderer: counts, per-role summary lines, field values, entity names.

The words are English messages translated through the catalogs (:mod:`generator.i18n`); counted ones
follow each language's plural rules.
"""

from __future__ import annotations

from ...diff.changes import ALL_ROLES, ChangeSet, EntityChange, ItemChange, Place, RoleSummary, ValueChange
from ...i18n import N_, Translator, translator
from ...model import Text

#: fields whose values are role ids, shown as role names
ROLE_VALUED = frozenset({"role", "owner", "support"})

SYMBOLS = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}
#: fields a comparison adds that are no key of the YAML: their names are words (the YAML's keys stay as written)
WORKED_OUT = {
    "location": N_("place"),  # the file (and stage and step) a standard is written in; "location" is a shop
    "position": N_("position"),  # an item's place among its siblings, a step's in the journey
    "stage": N_("stage"),  # the stage a step belongs to
}

def role_label(changes: ChangeSet, role: str, lang: str) -> str:
    return translator(lang).gettext("All roles") if role == ALL_ROLES else changes.role_name(role, lang)


def field_name(t: Translator, name: str) -> str:
    """A field as the text and Markdown reports name it: the YAML's key, or a word for a worked-out field."""
    message = WORKED_OUT.get(name)
    return t.gettext(message) if message else name


def summary_line(summary: RoleSummary, t: Translator | None = None) -> str:
    """``2 changed, 1 new standard, 1 removed, 3 other changes`` (English without a translator)."""
    t = t or translator("en")
    parts: list[str] = []
    if summary.changed:
        parts.append(t.ngettext("{n} changed", "{n} changed", len(summary.changed)))
    if summary.added:
        parts.append(t.ngettext("{n} new standard", "{n} new standards", len(summary.added)))
    if summary.removed:
        parts.append(t.ngettext("{n} removed", "{n} removed", len(summary.removed)))
    if summary.other:
        parts.append(t.ngettext("{n} other change", "{n} other changes", len(summary.other)))
    return ", ".join(parts)


def counts(changes: ChangeSet) -> dict[str, int]:
    found = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
    for item in changes.items:
        found[item.change] += 1
    return found


def counts_line(changes: ChangeSet, t: Translator) -> str:
    """``Standards: 1 new, 2 changed. Other changes: 3. Stale translations: 0.``"""
    c = counts(changes)
    words = {
        "added": t.ngettext("{n} added", "{n} added", c["added"]),
        "removed": t.ngettext("{n} removed", "{n} removed", c["removed"]),
        "changed": t.ngettext("{n} changed", "{n} changed", c["changed"]),
        "moved": t.ngettext("{n} moved", "{n} moved", c["moved"]),
    }
    standards = ", ".join(words[kind] for kind, n in c.items() if n) or t.gettext("none changed")
    return t.gettext("Standards: {standards}. Other changes: {other}. Stale translations: {stale}.",
                     standards=standards, other=t.format_integer(len(changes.entities)),
                     stale=t.format_integer(len(changes.stale)))


def place(t: Translator, where: Place, stage: str | None = None) -> str:
    """``journey/01-buy.yaml (stage browse, step 2)`` in ``t``'s language; ``stage`` names the stage
    (its title on a page for readers), default its id."""
    if where.stage is None or where.step is None:
        return where.file
    return t.gettext("{file} (stage {stage}, step {position})", file=where.file, stage=stage or where.stage,
                     position=t.format_integer(where.step))


def value(changes: ChangeSet, name: str, raw: object, lang: str) -> str:
    """A field value for people: role names for role ids, lists joined, places in words, ``(none)`` for nothing."""
    if isinstance(raw, Place):
        return place(translator(lang), raw)
    if raw is None or raw == [] or raw == {}:
        return translator(lang).gettext("(none)")
    last = name.rsplit(".", 1)[-1]
    if isinstance(raw, list):
        return ", ".join(value(changes, name, v, lang) for v in raw)
    if isinstance(raw, dict):
        return "; ".join(f"{k}: {value(changes, name, v, lang)}" for k, v in raw.items())
    if last in ROLE_VALUED and isinstance(raw, str):
        return changes.role_name(raw, lang)
    if last == "stage" and isinstance(raw, str):
        for book in (changes.new, changes.old):
            stage = book.stage(raw)
            if stage is not None:
                return book.text(stage.title, lang) or raw
    return str(raw)


def value_pair(changes: ChangeSet, name: str, change: ValueChange, lang: str) -> tuple[str, str]:
    return value(changes, name, change.old, lang), value(changes, name, change.new, lang)


def entity_name(changes: ChangeSet, entity: EntityChange, lang: str) -> str:
    text: Text | None = entity.new_name or entity.old_name
    book = changes.new if entity.new_name is not None else changes.old
    return book.text(text, lang) if text is not None else ""


def item_text(changes: ChangeSet, item: ItemChange, lang: str) -> str:
    book = changes.new if item.new is not None else changes.old
    return book.text(item.current.text, lang)

