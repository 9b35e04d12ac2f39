"""Which items a role's checklist holds, and how they are grouped."""

from __future__ import annotations

import pytest
from checklist_helpers import EXPECTED

from generator.model import Handbook
from generator.render.checklists.content import item_ids, role_content
from generator.render.context import render_context


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_items_are_exactly_the_roles_standards_in_journey_order(handbook: Handbook, role: str) -> None:
    assert item_ids(handbook, role) == EXPECTED[role]
    assert [i.global_id for i in role_content(render_context(handbook, "en"), role).items] == EXPECTED[role]


def test_grouped_by_stage_then_step_then_situations_then_appearance(handbook: Handbook) -> None:
    content = role_content(render_context(handbook, "en"), "pickup-clerk")
    shape = [(s.kind, s.title, [g.title for g in s.groups]) for s in content.sections]
    assert shape == [
        ("stage", "Welcome", ["Greeting in store"]),
        ("stage", "Pickup", ["Handing over the order"]),
        ("situations", "Situations", ["An angry customer"]),
        ("appearance", "Appearance", ["Pickup clerk"]),
    ]
    situation = content.sections[2].groups[0]
    assert situation.subtitle == "The customer raises their voice"


def test_texts_resolve_in_the_asked_language(handbook: Handbook) -> None:
    content = role_content(render_context(handbook, "ru"), "pickup-clerk")
    greet = next(i for i in content.items if i.global_id == "order-handover#greet-by-name")
    assert greet.text == "Поприветствуйте клиента по имени"
    assert greet.script == "Добрый день, {customer_name}! Ваш заказ готов."
    assert content.sections[0].title == "Приветствие"


def test_supported_steps_are_context_with_their_owner(handbook: Handbook) -> None:
    clerk = role_content(render_context(handbook, "en"), "pickup-clerk")
    assert [(s.stage, s.title, s.owner) for s in clerk.supported] == [("Welcome", "Greeting in store", "Store manager")]
    manager = role_content(render_context(handbook, "en"), "store-manager")
    assert [s.title for s in manager.supported] == ["Handing over the order"]


def test_forbidden_phrases_all_roles_and_own_avoid_items(handbook: Handbook) -> None:
    clerk = role_content(render_context(handbook, "en"), "pickup-clerk")
    assert [(f.phrase, f.instead) for f in clerk.forbidden] == [
        ("calm down", "I understand this is frustrating"),
        ("no idea", ""),
    ]
    assert [(f.phrase, f.source) for f in clerk.avoid_phrases] == [
        ("not my job", "order-handover#no-blame"),
        ("the courier's fault", "order-handover#no-blame"),
        ("you are wrong", "angry-customer#no-argue"),
    ]
    # the manager has no avoid item of its own: the clerk's phrases are not listed for it
    assert role_content(render_context(handbook, "en"), "store-manager").avoid_phrases == ()
    assert len(role_content(render_context(handbook, "en"), "store-manager").forbidden) == 2
