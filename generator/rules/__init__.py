"""The rule registry: one module per rule, registered explicitly here.

Each module has ``ID``, ``NAME``, ``SEVERITY`` (the default), ``SUMMARY``, a docstring that is the
rule's user documentation (What it does / Why it matters / Example / Use instead), and either
``STAGE = "load"`` (reported by the loader or the schema check), ``STAGE = "audit"`` (a problem of an audit
input, reported by ``handbook audit``'s readers), ``STAGE = "training"`` (a problem of a roster or an
acknowledgements file, reported by ``handbook training``), ``STAGE = "diff"`` (reported by ``handbook diff`` on
a comparison), or a ``check(ctx)`` generator.
"""

from __future__ import annotations

from types import ModuleType

from . import (
    audit001,
    audit002,
    audit003,
    audit004,
    audit005,
    audit006,
    audit007,
    audit008,
    audit009,
    audit010,
    audit011,
    audit012,
    audit013,
    audit014,
    audit015,
    audit016,
    audit017,
    audit018,
    audit019,
    audit020,
    chan001,
    comm001,
    date001,
    hours001,
    hours002,
    i18n001,
    i18n002,
    i18n003,
    id001,
    layout001,
    layout002,
    lint001,
    meta001,
    phrase001,
    prin001,
    prin002,
    ref001,
    role001,
    role002,
    scen001,
    schema_rule,
    score001,
    step001,
    train001,
    train002,
    train003,
    train004,
    version001,
    yaml001,
    yaml002,
    yaml003,
    yaml004,
    yaml005,
)
from ._base import RuleContext

__all__ = ["RULES", "RuleContext", "audit_rules", "get_rule", "semantic_rules", "training_rules"]

_MODULES: tuple[ModuleType, ...] = (
    yaml001,
    yaml002,
    yaml003,
    yaml004,
    yaml005,
    layout001,
    layout002,
    schema_rule,
    lint001,
    id001,
    ref001,
    comm001,
    phrase001,
    i18n001,
    i18n002,
    i18n003,
    prin001,
    prin002,
    role001,
    role002,
    step001,
    chan001,
    hours001,
    hours002,
    meta001,
    date001,
    score001,
    scen001,
    audit001,
    audit002,
    audit003,
    audit004,
    audit005,
    audit006,
    audit007,
    audit008,
    audit009,
    audit010,
    audit011,
    audit012,
    audit013,
    audit014,
    audit015,
    audit016,
    audit017,
    audit018,
    audit019,
    audit020,
    train001,
    train002,
    train003,
    train004,
    version001,
)

RULES: dict[str, ModuleType] = {m.ID: m for m in _MODULES}
assert len(RULES) == len(_MODULES), "two rule modules share an id"


def get_rule(rule_id: str) -> ModuleType:
    """The rule module for ``rule_id`` (case-insensitive); KeyError for an unknown id."""
    return RULES[rule_id.upper()]


def semantic_rules() -> list[ModuleType]:
    """Rules that run on the assembled model, in registry order."""
    return [m for m in _MODULES if getattr(m, "STAGE", "model") == "model"]


def audit_rules() -> list[ModuleType]:
    """Rules about audit inputs (results, surveys, transcripts), reported by ``handbook audit``."""
    return [m for m in _MODULES if getattr(m, "STAGE", "model") == "audit"]


def training_rules() -> list[ModuleType]:
    """Rules about the roster and acknowledgements of ``handbook training``."""
    return [m for m in _MODULES if getattr(m, "STAGE", "model") == "training"]
