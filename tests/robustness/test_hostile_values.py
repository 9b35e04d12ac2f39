"""Values quoted from the YAML into diagnostics cannot drive the terminal or forge CI workflow commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from common import base, write_folder
from robustness_support import handbook

HOSTILE = r'"\e[2J\e[8mhidden\n::error file=x::forged\u2028\x9b"'


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_control_characters_in_a_value_are_escaped(tmp_path: Path, fmt: str) -> None:
    roles = base("roles.yaml").replace("department: stores", f"department: {HOSTILE}", 1)
    write_folder(tmp_path / "s", {"roles.yaml": roles})
    ran = handbook("validate", "s", "--format", fmt, cwd=tmp_path, env={"FORCE_COLOR": ""})
    assert ran.code == 1
    assert "\x1b" not in ran.out and "\x9b" not in ran.out and "\u2028" not in ran.out
    assert not any(line.startswith("::error file=x") for line in ran.out.splitlines())
    assert "\\x1b[2J\\x1b[8mhidden" in ran.out  # shown, so the author sees what the file holds
