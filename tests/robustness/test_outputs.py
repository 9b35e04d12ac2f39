"""Where commands write: unwritable places, folders given for files, broken site settings, Ctrl-C and kill."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from common import write_folder
from robustness_support import ROOT, handbook, one_error

from generator.pipeline import load
from generator.render import checklists


def leftovers(folder: Path) -> list[str]:
    """Hidden temporary folders or files that an interrupted write would leave."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_build_into_a_path_under_a_file(tmp_path: Path) -> None:
    write_folder(tmp_path / "s")
    (tmp_path / "notes.txt").write_text("mine\n")
    ran = handbook("build", "s", "--site-dir", "notes.txt/site", cwd=tmp_path)
    assert ran.code == 2
    assert one_error(ran) == (
        f"Error: cannot write into {tmp_path / 'notes.txt'}: a part of it is a file; choose another --site-dir"
    )
    assert (tmp_path / "notes.txt").read_text() == "mine\n"


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (
            "site_name: x\nmarkdown_extensions: 5\nhooks: hook.py\nextra_css: [1]\n",
            "`markdown_extensions` must be a list of extension names (or `name: {settings}` entries); "
            "`hooks` must be a list of file paths; `extra_css` must be a list of file paths",
        ),
        ("site_name: x\nmarkdown_extensions:\n  - 5\n", "`markdown_extensions` must be a list of extension names"),
        ("site_name: x\nextra: {polyfills: 3}\n", "`extra.polyfills` must be a list"),
        ("- a\n- b\n", "must be a mapping of MkDocs settings"),
        ("!!python/name:os.getcwd\n", "must be a mapping of MkDocs settings"),
        ("INHERIT: mkdocs.yml\n", "its INHERIT chain comes back to a file it already inherits"),
        ("INHERIT: base.yml\n", "Inherited config file 'base.yml' does not exist"),
        ("site_name: [unclosed\n", "MkDocs encountered an error parsing the configuration file"),
    ],
)
def test_a_broken_mkdocs_yml_is_named_and_nothing_is_built(tmp_path: Path, settings: str, expected: str) -> None:
    write_folder(tmp_path / "s")
    (tmp_path / "mkdocs.yml").write_text(settings, encoding="utf-8")
    ran = handbook("build", "s", cwd=tmp_path)
    assert ran.code == 1
    line = one_error(ran)
    assert str(tmp_path / "mkdocs.yml") in line and expected in line
    assert not (tmp_path / "site").exists() and leftovers(tmp_path) == []


def test_ctrl_c_during_a_build_leaves_nothing(tmp_path: Path) -> None:
    """SIGINT while MkDocs works: exit 130, one line, no site/, no temporary folder."""
    shipped = ROOT / "standards"
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", str(shipped), "--site-dir", "site"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not leftovers(tmp_path) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.3)  # inside the build: its work folder exists
    process.send_signal(signal.SIGINT)
    err = process.communicate(timeout=60)[1]
    if process.returncode == 0:
        pytest.skip("the build finished before the signal arrived")
    assert process.returncode == 130, err.decode()
    assert "Traceback" not in err.decode() and err.decode().strip() == "Interrupted."
    assert not (tmp_path / "site").exists() and leftovers(tmp_path) == []


def test_ctrl_c_while_writing_checklists_removes_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handbook_model = load(write_folder(tmp_path / "s")).handbook

    def interrupted(*args: object, **kwargs: object) -> list[Path]:
        raise KeyboardInterrupt

    monkeypatch.setattr(checklists, "_write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        checklists.write_checklists(handbook_model, tmp_path / "out")
    assert not (tmp_path / "out").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("address", ["nonsense", "127.0.0.1:99999", "999.1.1.1:8000", ":", "localhost:http"])
def test_serve_refuses_a_bad_address(tmp_path: Path, address: str) -> None:
    write_folder(tmp_path / "s")
    ran = handbook("serve", "s", "--dev-addr", address, cwd=tmp_path, timeout=30)
    assert ran.code == 2
    assert one_error(ran) == (
        f"Error: --dev-addr {address}: give an IP address and a port from 1 to 65535, e.g. 127.0.0.1:8000"
    )


def test_serve_refuses_a_port_in_use_before_building(tmp_path: Path) -> None:
    write_folder(tmp_path / "s")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = handbook("serve", "s", "--dev-addr", f"127.0.0.1:{port}", cwd=tmp_path, env={"TMPDIR": str(tmp_path)})
    assert ran.code == 2
    assert one_error(ran) == (
        f"Error: cannot serve on 127.0.0.1:{port}: Address already in use; choose another --dev-addr"
    )
    assert "Building" not in ran.err and not list(tmp_path.glob("handbook-serve-*"))


def test_killing_serve_removes_its_work_folder(tmp_path: Path) -> None:
    write_folder(tmp_path / "s")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "s", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    seen = b""
    while b"Serving on" not in seen and time.monotonic() < deadline:
        seen += process.stderr.readline()
    assert list(tmp_path.glob("handbook-serve-*")), "serve did not start"
    process.terminate()
    err = seen + process.communicate(timeout=30)[1]
    assert b"Traceback" not in err
    assert not list(tmp_path.glob("handbook-serve-*"))


def test_codeowners_output_that_is_a_folder(tmp_path: Path) -> None:
    write_folder(tmp_path / "s")
    (tmp_path / "owners").mkdir()
    ran = handbook("codeowners", "s", "--output", "owners", "--root", ".", cwd=tmp_path)
    assert ran.code == 2
    assert one_error(ran) == "Error: --output owners is a folder; give the path of a file to write"
    ran = handbook("codeowners", "s", "--output", "owners", "--check", "--root", ".", cwd=tmp_path)
    assert ran.code == 2
    assert one_error(ran).startswith("Error: owners is a folder; give the CODEOWNERS file to compare")


def test_codeowners_check_against_a_binary_file(tmp_path: Path) -> None:
    write_folder(tmp_path / "s")
    (tmp_path / "CODEOWNERS").write_bytes(b"\xd0\x00\xff binary")
    ran = handbook("codeowners", "s", "--output", "CODEOWNERS", "--check", "--root", ".", cwd=tmp_path)
    assert ran.code == 1
    assert ran.err.startswith("CODEOWNERS is out of date: run `handbook codeowners s --output CODEOWNERS`")
    assert (tmp_path / "CODEOWNERS").read_bytes() == b"\xd0\x00\xff binary"


def test_serve_keeps_running_when_a_file_becomes_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The preview's rebuild: a named pipe appearing while previewing is reported (terminal and banner), not a
    traceback, and the last valid site stays."""
    from generator.commands.serve import Preview
    from generator.pipeline import load

    folder = write_folder(tmp_path / "s", {"glossary.yaml": None})
    handbook = load(folder).handbook
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("last valid version\n")
    preview = Preview(folder, site, handbook)
    os.mkfifo(folder / "glossary.yaml")
    preview.rebuild()
    err = capsys.readouterr().err
    problem = f"cannot read {folder}/glossary.yaml (it is a named pipe, not a file)"
    assert problem in err
    assert "The preview shows the last valid version (with a banner) until this is fixed." in err
    assert problem in preview.banner("/en/index.html")
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text() == "last valid version\n"
