"""The strict loader: YAML 1.2 core values, positions of keys and values, and the FORMAT §2 refusals."""

from __future__ import annotations

import pytest

from generator.loader import MAX_DEPTH, load_bytes, load_text


def test_core_schema_values() -> None:
    loaded = load_text(
        "a: yes\nb: no\nc: on\nd: off\ne: true\nf: False\ng: ~\nh: 2026-10-01\ni: 0o17\nj: 0x1F\n"
        "k: 1.5\nl: '1'\nm: .inf\n12: twelve\n"
    )
    assert loaded.problems == []
    assert loaded.data == {
        "a": "yes",
        "b": "no",
        "c": "on",
        "d": "off",
        "e": True,
        "f": False,
        "g": None,
        "h": "2026-10-01",
        "i": 15,
        "j": 31,
        "k": 1.5,
        "l": "1",
        "m": float("inf"),
        "12": "twelve",
    }


def test_positions_of_keys_and_values() -> None:
    loaded = load_text("steps:\n  - id: greet\n    owner:   clerk\n")
    smap = loaded.source_map
    assert (smap.position(("steps", 0, "owner")).line, smap.position(("steps", 0, "owner")).column) == (3, 14)
    key = smap.position(("steps", 0, "owner"), key=True)
    assert (key.line, key.column) == (3, 5)
    missing = smap.position(("steps", 0, "nothing-here"))  # the nearest recorded ancestor
    assert (missing.line, missing.column) == (2, 5)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "\ufeff"])
def test_empty_documents_load_as_nothing(text: str) -> None:
    loaded = load_text(text)
    assert (loaded.data, loaded.problems) == (None, [])


@pytest.mark.parametrize(
    ("raw", "rule", "line", "col"),
    [
        (b"a: 1\na: 2\n", "YAML002", 2, 1),
        (b"a: &x 1\n", "YAML003", 1, 4),
        (b"a: *x\n", "YAML003", 1, 4),
        (b"a: !!python/name:os.system\n", "YAML003", 1, 4),
        (b"a: !!binary aGVsbG8=\n", "YAML003", 1, 4),
        (b"a: !!int nope\n", "YAML001", 1, 4),
        (b"a: 1\n---\nb: 2\n", "YAML001", 2, 1),
        (b"a:\n\tb: 1\n", "YAML001", 2, 1),
        (b'a: "open\n', "YAML001", 1, 4),
        (b"a: b: c\n", "YAML001", 1, 5),
        (b"a: \x00\n", "YAML001", 1, 4),
        (b"a: \xe9t\xe9\n", "YAML004", 1, 4),
        (b"? [a, b]\n: 1\n", "YAML001", 1, 3),
    ],
)
def test_refusals_are_positioned(raw: bytes, rule: str, line: int, col: int) -> None:
    loaded = load_bytes(raw, "f.yaml")
    assert [(r, p.position.line, p.position.column) for r, p in loaded.problems] == [(rule, line, col)]
    assert all("\n" not in p.message for _, p in loaded.problems)


def test_deep_nesting_stops_early() -> None:
    loaded = load_text("a: " + "[" * (MAX_DEPTH + 10) + "]" * (MAX_DEPTH + 10))
    assert [r for r, _ in loaded.problems] == ["YAML001"]
    assert loaded.data is None


def test_aliases_are_never_expanded() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    loaded = load_text(bomb)
    assert {r for r, _ in loaded.problems} == {"YAML003"}
    assert loaded.data is not None and loaded.data["i"] == [None] * 9
