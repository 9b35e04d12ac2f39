"""The group's safety net: no traceback for a crash, Ctrl-C, a full disk, a mistyped command or a non-UTF-8 argument."""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from common import write_folder
from robustness_support import ROOT, handbook, one_error

from generator import cli


@pytest.fixture
def failing_command(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """A ``boom`` command that raises whatever the test puts in the list."""
    raised: list[BaseException] = []

    @click.command("boom")
    def command() -> None:
        raise raised[0]

    module = types.ModuleType("generator.commands.boom")
    module.command = command  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "generator.commands.boom", module)
    monkeypatch.setitem(cli.COMMANDS, "boom", "boom")
    yield raised


def test_a_crash_is_one_line_asking_for_a_report(failing_command: list[BaseException]) -> None:
    failing_command.append(RuntimeError("the model is inconsistent"))
    result = CliRunner().invoke(cli.main, ["boom"], env={"HANDBOOK_DEBUG": ""})
    assert result.exit_code == 1
    assert "internal error: RuntimeError: the model is inconsistent" in result.stderr
    assert "please report" in result.stderr and "HANDBOOK_DEBUG=1" in result.stderr
    assert "Traceback" not in result.output


def test_handbook_debug_shows_the_crash(failing_command: list[BaseException]) -> None:
    failing_command.append(RuntimeError("the model is inconsistent"))
    result = CliRunner().invoke(cli.main, ["boom"], env={"HANDBOOK_DEBUG": "1"})
    assert isinstance(result.exception, RuntimeError)  # re-raised, so the traceback is shown


def test_ctrl_c_exits_130_with_one_line(failing_command: list[BaseException]) -> None:
    failing_command.append(KeyboardInterrupt())
    result = CliRunner().invoke(cli.main, ["boom"])
    assert result.exit_code == 130
    assert result.stderr.strip() == "Interrupted."


def test_an_unwritable_file_is_named(failing_command: list[BaseException]) -> None:
    failing_command.append(PermissionError(13, "Permission denied", "/srv/out/report.html"))
    result = CliRunner().invoke(cli.main, ["boom"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: /srv/out/report.html: Permission denied"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_standard_output(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "generator", "validate", str(folder)],
            stdout=full, stderr=subprocess.PIPE, cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
            check=False,
        )
    err = done.stderr.decode()
    assert done.returncode == 1
    assert err.strip() == "Error: No space left on device", err


def test_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """`handbook rules | head -1`: the reader leaves early; no BrokenPipeError, no "Exception ignored"."""
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    many = "terms:\n" + "".join(f"  - bogus{i}: 1\n" for i in range(3000))  # far more than a pipe buffer
    folder = write_folder(tmp_path / "s", {"glossary.yaml": many})
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(folder), "--format", "json"],
        stdout=reader.stdin, stderr=subprocess.PIPE, cwd=tmp_path, env={"PYTHONPATH": str(ROOT)}, check=False,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert done.stderr.decode() == ""
    assert done.returncode == 1


def test_a_mistyped_command_gets_a_suggestion(tmp_path: Path) -> None:
    ran = handbook("valdate", cwd=tmp_path)
    assert ran.code == 2
    assert "No such command 'valdate'. Did you mean 'validate'?" in ran.err


def test_no_arguments_prints_the_commands(tmp_path: Path) -> None:
    ran = handbook(cwd=tmp_path)
    assert ran.code in (0, 2)  # click 8.2+ exits 2 with the help, older versions 0
    assert all(name in ran.out + ran.err for name in cli.COMMANDS)


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
def test_an_argument_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    latin1 = b"caf\xe9"
    (tmp_path / latin1.decode("utf-8", "surrogateescape")).mkdir()
    ran = handbook("validate", latin1, cwd=tmp_path)
    assert ran.code == 2
    assert one_error(ran) == (
        "Error: 'caf\\xe9' is not UTF-8 text: rename the file or folder (its name uses another encoding)"
    )


def test_a_deleted_working_folder(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "s")
    gone = tmp_path / "gone"
    gone.mkdir()
    script = f'cd "{gone}" && rmdir "{gone}" && exec "$0" -m generator build "{folder}" --site-dir "{tmp_path}/site"'
    done = subprocess.run(
        ["sh", "-c", script, sys.executable], capture_output=True, env={"PYTHONPATH": str(ROOT)}, check=False
    )
    assert done.returncode == 2
    assert done.stderr.decode().strip() == (
        "Error: the current folder no longer exists (deleted or moved): cd into a folder and run again"
    )
    assert not (tmp_path / "site").exists()
