"""The values a comparison produces: field changes, item changes, entity changes, stale translations.

Plain frozen dataclasses; :mod:`.compare` fills them, the renderers present them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..model import Handbook, Standard, Text
from .words import normalise

ItemChangeKind = Literal["added", "removed", "changed", "moved"]
EntityChangeKind = Literal["added", "removed", "changed", "moved"]

#: the bucket under "All roles": changes everyone must read (forbidden phrases, principles, glossary...)
ALL_ROLES = "*"


@dataclass(frozen=True)
class TextChange:
    """A translatable text that changed: old and new values of the languages that differ."""

    old: Mapping[str, str]
    new: Mapping[str, str]

    @property
    def languages(self) -> list[str]:
        """The languages whose text differs (whitespace-only edits do not count)."""
        return [
            lang
            for lang in dict.fromkeys([*self.old, *self.new])
            if normalise(self.old.get(lang, "")) != normalise(self.new.get(lang, ""))
        ]


@dataclass(frozen=True)
class Place:
    """Where a standard or a step is written: its file, and for a step's, the stage and the step's position.

    A value, not words: presenters say it in their language; ``str()`` is the English of the JSON report
    (``journey/01-buy.yaml (stage browse, step 2)``)."""

    file: str
    stage: str | None = None  # the stage id, for what a journey file holds
    step: int | None = None  # the step's 1-based position in its stage

    def __str__(self) -> str:
        if self.stage is None:
            return self.file
        return f"{self.file} (stage {self.stage}, step {self.step})"


@dataclass(frozen=True)
class ValueChange:
    """Any other field: a severity, a role id, a duration, a list of ids, a :class:`Place`."""

    old: object
    new: object


FieldChange = TextChange | ValueChange


@dataclass(frozen=True)
class ItemChange:
    """What happened to one standard (by global id ``parent#item``)."""

    id: str
    change: ItemChangeKind
    fields: Mapping[str, FieldChange]
    roles: tuple[str, ...]  # every responsible role, old and new
    old: Standard | None
    new: Standard | None

    @property
    def current(self) -> Standard:
        item = self.new or self.old
        assert item is not None
        return item


@dataclass(frozen=True)
class EntityChange:
    """A change to anything but a standard: a step, a situation, a role, a channel, a phrase..."""

    kind: str  # handbook | department | provision | term | principle | channel | role | phrase | stage | step ...
    id: str
    change: EntityChangeKind
    fields: Mapping[str, FieldChange]
    roles: tuple[str, ...]  # the roles concerned; ALL_ROLES for every role
    old_name: Text | None = None
    new_name: Text | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class StaleTranslation:
    """The default-language text changed while this language's text stayed identical."""

    id: str  # a global item id, or an entity key such as ``step:order-handover``
    field: str
    language: str
    default_language: str


@dataclass(frozen=True)
class RoleSummary:
    """The standards one role must re-read (item ids), and the other changes that concern it."""

    role: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    other: tuple[str, ...] = ()  # entity keys


@dataclass(frozen=True)
class ChangeSet:
    """Everything that changed between two handbooks, by item, by entity and by role."""

    old: Handbook
    new: Handbook
    items: tuple[ItemChange, ...]
    entities: tuple[EntityChange, ...]
    stale: tuple[StaleTranslation, ...]
    roles: tuple[RoleSummary, ...]  # ALL_ROLES first, then the new handbook's roles, then removed ones

    @property
    def old_version(self) -> str:
        return self.old.version or self.old.root

    @property
    def new_version(self) -> str:
        return self.new.version or self.new.root

    @property
    def empty(self) -> bool:
        return not (self.items or self.entities)

    def item(self, global_id: str) -> ItemChange | None:
        return self._by_id().get(global_id)

    def item_status(self, global_id: str) -> Literal["added", "changed"] | None:
        """``added`` for a new standard, ``changed`` for a changed or moved one, else None."""
        found = self._by_id().get(global_id)
        if found is None or found.change == "removed":
            return None
        return "added" if found.change == "added" else "changed"

    def role_name(self, role_id: str, lang: str | None = None) -> str:
        """A role's name in ``lang`` (default language), from the new handbook, else the old one."""
        for book in (self.new, self.old):
            role = book.role(role_id)
            if role is not None:
                return book.text(role.name, lang or book.default_language) or role_id
        return role_id

    def _by_id(self) -> dict[str, ItemChange]:
        cache: dict[str, ItemChange] | None = self.__dict__.get("_cache")
        if cache is None:
            cache = {c.id: c for c in self.items}
            object.__setattr__(self, "_cache", cache)
        return cache
