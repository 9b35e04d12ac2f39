"""The fixture pair holds known changes; each must be found, attributed to the right roles, and nothing else."""

from __future__ import annotations

from generator.diff import ChangeSet, TextChange, ValueChange
from generator.render.diff.present import summary_line


def test_every_item_change_and_its_kind(changes: ChangeSet) -> None:
    found = {c.id: c.change for c in changes.items}
    assert found == {
        "welcome#greet-within-30s": "changed",  # script edited in both languages
        "demo-product#name-the-feature": "moved",  # its step moved from stage browse to purchase
        "demo-product#switch-on": "moved",
        "checkout#confirm-total": "changed",  # the step's owner changed
        "checkout#offer-receipt": "changed",
        "order-handover#greet-by-name": "changed",  # English text only
        "order-handover#check-serial": "changed",  # severity
        "order-handover#offer-bag": "added",
        "refund-request#explain-policy": "removed",  # the situation was removed
        "refund-request#refund-same-day": "removed",
    }


def test_text_edit_in_one_language_only(changes: ChangeSet) -> None:
    item = changes.item("order-handover#greet-by-name")
    assert item is not None
    text = item.fields["text"]
    assert isinstance(text, TextChange) and text.languages == ["en"]
    assert [(s.id, s.field, s.language) for s in changes.stale] == [("order-handover#greet-by-name", "text", "ru")]


def test_severity_and_owner_changes(changes: ChangeSet) -> None:
    serial = changes.item("order-handover#check-serial")
    total = changes.item("checkout#confirm-total")
    assert serial is not None and total is not None
    assert serial.fields == {"severity": ValueChange("major", "critical")}
    assert total.fields == {"role": ValueChange("sales-associate", "cashier")}
    assert total.roles == ("sales-associate", "cashier")


def test_moved_step_and_removed_situation_are_entity_changes(changes: ChangeSet) -> None:
    entities = {e.key: e for e in changes.entities}
    assert entities["step:demo-product"].change == "moved"
    assert entities["step:demo-product"].fields["stage"] == ValueChange("browse", "purchase")
    assert entities["situation:refund-request"].change == "removed"
    assert entities["channel:chat"].fields == {"first_response": ValueChange("60s", "30s")}
    assert set(entities) == {
        "term:pickup-point", "phrase:not-my-job", "channel:chat", "step:demo-product", "step:checkout",
        "situation:refund-request",
    }


def test_grouped_by_role(changes: ChangeSet) -> None:
    lines = {s.role: summary_line(s) for s in changes.roles}
    assert lines == {
        "*": "2 other changes",
        "sales-associate": "5 changed, 3 other changes",
        "pickup-clerk": "2 changed, 1 new standard",
        "cashier": "2 changed, 2 removed, 2 other changes",
        "chat-agent": "1 other change",
    }
    assert changes.roles[0].role == "*"


def test_item_status_for_site_markers(changes: ChangeSet) -> None:
    assert changes.item_status("order-handover#offer-bag") == "added"
    assert changes.item_status("order-handover#check-serial") == "changed"
    assert changes.item_status("demo-product#switch-on") == "changed"
    assert changes.item_status("order-handover#no-blame") is None
    assert changes.item_status("refund-request#refund-same-day") is None
    assert (changes.old_version, changes.new_version) == ("2026.10", "2026.11")


def test_identical_folders_have_no_changes() -> None:
    from diff_support import NEW, ROOT

    from generator.diff import compare
    from generator.pipeline import load

    book = load(ROOT / NEW).handbook
    same = compare(book, book)
    assert same.empty and not same.stale and not same.roles
