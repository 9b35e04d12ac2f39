"""The shipped example company is the product's demo and its first fixture: it must be complete and clean."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.layout import discover
from generator.pipeline import load

ROOT = Path(__file__).resolve().parent.parent
STANDARDS = ROOT / "standards"


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return load(STANDARDS)


def test_every_file_points_editors_at_its_schema() -> None:
    files = discover(str(STANDARDS))
    assert files
    for f in files:
        assert f.kind is not None, f.rel
        first = f.path.read_text(encoding="utf-8").splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        assert first.startswith(prefix), f"{f.rel} must start with the schema comment"
        target = (f.path.parent / first[len(prefix) :].strip()).resolve()
        assert target == (ROOT / "schema" / f"{f.kind}.schema.json").resolve(), f.rel


def test_the_example_validates_without_errors_or_warnings(result) -> None:  # type: ignore[no-untyped-def]
    problems = [f"{d.position} {d.rule} {d.message}" for d in result.diagnostics.sorted() if d.severity.value != "info"]
    assert problems == []


def test_the_example_is_a_complete_company(result) -> None:  # type: ignore[no-untyped-def]
    hb = result.handbook
    assert hb.languages == ("en", "ru", "he")
    steps = list(hb.steps())
    assert len(hb.stages) >= 7 and len(steps) >= 25
    assert len(hb.roles) == 8 and len({r.department for r in hb.roles}) >= 3
    assert len(hb.channels) == 6
    assert len(hb.situations) >= 12
    assert len(hb.terms) >= 20
    assert len(hb.principles) == 12
    assert len(hb.forbidden) >= 8 and all(f.instead for f in hb.forbidden)
    assert len(hb.scoring.tiers) >= 3
    ids = {s.id for s in steps}
    assert {"follow-up-call", "order-waiting", "order-handover"} <= ids
    assert {"bad-online-review", "angry-caller", "refund-request", "delivery-delay"} <= {s.id for s in hb.situations}
    for text in (s.title for s in steps):
        assert set(text.values) == {"en", "ru", "he"}


def test_reviews_are_current_on_the_release_date() -> None:
    env = dict(os.environ)
    try:
        os.environ["HANDBOOK_TODAY"] = "2026-11-24"
        res = load(STANDARDS)
    finally:
        os.environ.clear()
        os.environ.update(env)
    assert not [d for d in res.diagnostics.sorted() if d.rule == "META001"]
