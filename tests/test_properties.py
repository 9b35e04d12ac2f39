"""Property-based: whatever text or bytes a file holds, loading and validating never raise.

The loader and the whole pipeline must answer every input with diagnostics (each with a known rule id
and a position inside the file) or with success: never an exception, never a traceback.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from common import base, write_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.loader import load_bytes, load_text
from generator.pipeline import load
from generator.rules import RULES

# fragments that reach deep into the YAML parser: indentation, tabs, flow collections, quotes, tags, anchors
_FRAGMENTS = st.sampled_from(
    [
        "\n",
        "  ",
        "\t",
        "- ",
        ": ",
        "? ",
        "{",
        "}",
        "[",
        "]",
        ", ",
        '"',
        "'",
        "|",
        ">",
        "#",
        "&a ",
        "*a",
        "!!str ",
        "!x ",
        "!!python/object:os.system ",
        "---\n",
        "...\n",
        "%YAML 1.2\n",
        "id",
        "steps",
        "owner",
        "standards",
        "title",
        "en",
        "ru",
        "text",
        "kind",
        "say",
        "yes",
        "on",
        "~",
        "1",
        "0x1F",
        "2026-10-01",
        "\ufeff",
        "\x00",
        "\u0085",
        "\u2028",
        "é",
        "ש",
        "\\",
        "<<",
        "languages",
        "roles",
        "clerk",
    ]
)
_YAMLISH = st.lists(_FRAGMENTS, max_size=40).map("".join)
_TEXT = st.one_of(st.text(max_size=200), _YAMLISH)


def _check_loaded(raw: bytes) -> None:
    loaded = load_bytes(raw, "f.yaml")
    for rule, problem in loaded.problems:
        assert rule in RULES
        assert problem.position.line >= 1 and problem.position.column >= 1
        assert problem.message
    if loaded.problems and loaded.data is None:
        return
    # success: plain JSON-like values only (nothing constructed from a tag)
    _assert_plain(loaded.data)


def _assert_plain(value: object) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str)
            _assert_plain(v)
    elif isinstance(value, list):
        for v in value:
            _assert_plain(v)
    else:
        assert value is None or isinstance(value, (str, int, float, bool))


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_loader_never_raises_on_bytes(raw: bytes) -> None:
    _check_loaded(raw)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_loader_never_raises_on_text(text: str) -> None:
    _check_loaded(text.encode("utf-8", errors="surrogatepass"))
    assert load_text(text) is not None


def _line_count(raw: bytes) -> int:
    """Lines as YAML counts them (\\r, \\n, \\r\\n, NEL, LS and PS all break lines), plus one for the end."""
    text = raw.decode("utf-8", errors="replace")
    return len(re.split("\r\n|\r|\n|\x85|\u2028|\u2029", text)) + 1


def _validate(changes: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(Path(tmp) / "standards")
        for name, raw in changes.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(raw)
        result = load(folder)
        lines = {name: _line_count(raw) for name, raw in changes.items()}
        for d in result.diagnostics.sorted():
            assert d.rule in RULES
            assert d.line >= 1 and d.column >= 1
            rel = Path(d.path).relative_to(folder).as_posix()
            if rel in lines:
                assert d.line <= lines[rel], d
        assert result.ok == (result.diagnostics.errors == 0)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["handbook.yaml", "journey/01-buy.yaml", "roles.yaml", "journey/02-x.yaml"]),
    content=st.one_of(st.binary(max_size=200), _TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass"))),
)
def test_pipeline_never_raises(name: str, content: bytes) -> None:
    _validate({name: content})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_pipeline_never_raises_on_mutated_valid_files(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(["handbook.yaml", "journey/01-buy.yaml", "channels.yaml", "scoring.yaml"]))
    text = base(name)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 20)))
    insert = data.draw(_TEXT)
    _validate({name: (text[:start] + insert + text[end:]).encode("utf-8", errors="surrogatepass")})
