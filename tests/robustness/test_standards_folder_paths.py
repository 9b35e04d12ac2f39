"""Odd paths inside a standards folder: every one named in one run, nothing hangs, nothing half-read."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from common import write_folder
from robustness_support import handbook, one_error

from generator import loader, pipeline


def test_a_named_pipe_does_not_hang_the_run(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s", {"glossary.yaml": None})
    os.mkfifo(folder / "glossary.yaml")
    ran = handbook("validate", "s", cwd=tmp_path, timeout=30)
    assert ran.code == 2
    assert one_error(ran).startswith("Error: cannot read s/glossary.yaml (it is a named pipe, not a file).")


def test_every_unreadable_file_is_named_in_one_run(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s", {"glossary.yaml": None})
    os.mkfifo(folder / "glossary.yaml")
    (folder / "situations").mkdir(exist_ok=True)
    os.mkfifo(folder / "situations" / "pipe.yaml")
    ran = handbook("validate", "s", cwd=tmp_path, timeout=30)
    assert ran.code == 2
    line = one_error(ran)
    assert "s/glossary.yaml (it is a named pipe, not a file)" in line
    assert "s/situations/pipe.yaml (it is a named pipe, not a file)" in line


@pytest.mark.parametrize("command", [["build", "--site-dir", "site"], ["checklists", "--out", "out"], ["codeowners"]])
def test_other_commands_refuse_the_same_way(tmp_path: Path, command: list[str]) -> None:
    folder = write_folder(tmp_path / "s", {"glossary.yaml": None})
    os.mkfifo(folder / "glossary.yaml")
    ran = handbook(command[0], "s", *command[1:], cwd=tmp_path, timeout=30)
    assert ran.code == 2
    assert "s/glossary.yaml (it is a named pipe, not a file)" in one_error(ran)
    assert not (tmp_path / "site").exists() and not (tmp_path / "out").exists()


def test_a_file_over_the_limit_is_reported_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_folder(tmp_path / "s")
    with (folder / "glossary.yaml").open("ab") as handle:  # sparse: 9 MiB on paper, nothing on disk
        handle.truncate(9 * 1024 * 1024)
    read: list[int] = []

    def recording(raw: bytes, path: str) -> loader.Loaded:
        read.append(len(raw))
        return loader.load_bytes(raw, path)

    monkeypatch.setattr(pipeline, "load_bytes", recording)
    result = pipeline.load(folder)
    found = [(d.rule, d.message) for d in result.diagnostics.sorted() if d.path.endswith("glossary.yaml")]
    assert found == [("YAML005", "the file is 9.0 MiB; the limit is 8 MiB")]
    assert read and max(read) < 1024 * 1024  # only the other, small files were read


def test_a_zero_byte_file_is_a_schema_error(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s")
    (folder / "principles.yaml").write_bytes(b"")
    ran = handbook("validate", "s", cwd=tmp_path)
    assert ran.code == 1
    assert "s/principles.yaml:1:1: error[SCHEMA] the file is empty" in ran.out


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_file_name_that_is_not_utf8(tmp_path: Path, fmt: str) -> None:
    folder = write_folder(tmp_path / "s")
    (folder / "situations").mkdir(exist_ok=True)
    name = b"caf\xe9.yaml".decode("utf-8", "surrogateescape")
    (folder / "situations" / name).write_text("situations: []\n", encoding="utf-8")
    ran = handbook("validate", "s", "--format", fmt, cwd=tmp_path)
    assert ran.code == 1
    shown = "s/situations/caf\\xe9.yaml"  # the undecodable byte as \xNN: valid UTF-8 in every format
    if fmt == "json":
        [found] = json.loads(ran.out)["diagnostics"]
        assert (found["rule"], found["path"]) == ("LAYOUT001", shown)
    elif fmt == "sarif":
        [found] = json.loads(ran.out)["runs"][0]["results"]
        assert found["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == shown.replace("\\", "%5C")
    else:
        assert shown in ran.out and "LAYOUT001" in ran.out


def test_paths_with_spaces_and_unicode(tmp_path: Path) -> None:
    write_folder(tmp_path / "my stándards ü")
    ran = handbook("validate", "my stándards ü", cwd=tmp_path)
    assert (ran.code, ran.out) == (0, "All checks passed.\n")


def test_a_linked_journey_folder_is_reported_not_silently_skipped(tmp_path: Path) -> None:
    """`journey -> ../shared/journey` used to pass validation with every step missing."""
    shared = write_folder(tmp_path / "shared")
    folder = write_folder(tmp_path / "s")
    for name in ("journey", "situations"):
        for path in sorted((folder / name).iterdir()):
            path.unlink()
        (folder / name).rmdir()
        (folder / name).symlink_to(shared / name)
    (folder / "up").symlink_to(tmp_path)  # a link to an ancestor is not walked either
    ran = handbook("validate", "s", cwd=tmp_path)
    assert ran.code == 1
    errors = [line for line in ran.out.splitlines() if "error[" in line]
    assert errors == [
        f"s/{name}:1:1: error[LAYOUT001] `{name}` is a symbolic link to a folder; links are not followed, "
        "so its files are not read"
        for name in ("journey", "situations", "up")
    ]
