"""Run `handbook training` on the small test folder with a roster and acknowledgements; `(exit, [(rule, line)])`."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from common import write_folder

from generator.cli import main

STAFF = "employee,role,location\nc1,clerk,riga\nm1,manager,riga\n"
ACKS = "employee,version,date\nc1,1.0,2026-11-02\n"


def training_problems(tmp_path: Path, staff: str = STAFF, acks: str = ACKS) -> tuple[int, list[tuple[str, int]]]:
    folder = write_folder(tmp_path / "standards")
    (tmp_path / "staff.csv").write_text(staff, encoding="utf-8")
    (tmp_path / "acks.csv").write_text(acks, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["training", str(folder), "--staff", str(tmp_path / "staff.csv"), "--acks", str(tmp_path / "acks.csv")],
        env={"HANDBOOK_TODAY": "2026-11-28", "GITHUB_ACTIONS": ""},
    )
    found = [(rule, int(line)) for line, rule in re.findall(r"\.csv:(\d+):1: (?:error|warning)\[(TRAIN\d+)\]",
                                                              result.stderr)]
    return result.exit_code, found
