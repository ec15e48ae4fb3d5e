"""Errors and corruption: one line and exit 2 for a crash, 130 for Ctrl-C, files kept whole and exact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import add_pack
from ficlint import cli
from ficlint.checks.dialogue import DialogueCheck

FIXED = "Rukia hesitated at the door.\n"


def test_a_crash_in_a_check_is_one_line_naming_the_file_and_exit_2(ficlint, project, monkeypatch):
    def broken(self, document, project):
        raise ZeroDivisionError("division by zero")
        yield

    monkeypatch.setattr(DialogueCheck, "check", broken)
    run = ficlint("lint", "chapters", cwd=project)
    assert run.exit_code == 2
    assert "error: chapters/ch1.txt: internal error in the dialogue check (ZeroDivisionError" in run.stderr
    assert "Traceback" not in run.stderr and "chapters/ch1.txt:1:7: SP001" in run.stdout


def test_a_crash_anywhere_else_is_one_line_and_exit_2(ficlint, project, monkeypatch):
    monkeypatch.setattr(cli, "summary", lambda result, files: 1 / 0)
    run = ficlint("lint", "chapters", cwd=project)
    assert run.exit_code == 2 and run.stderr.splitlines()[-1].startswith("error: ficlint: internal error (")


def test_ctrl_c_exits_130(ficlint, project, monkeypatch):
    def interrupted(self, document, project):
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(DialogueCheck, "check", interrupted)
    run = ficlint("lint", "--fix", "chapters", cwd=project)
    assert run.exit_code == 130 and "interrupted" in run.stderr
    assert (project / "chapters" / "ch1.txt").read_text(encoding="utf-8") == "Rukia hesistated at the door.\n"


def test_sigint_during_a_run_exits_130_and_leaves_no_temporary_file(project):
    story = project / "chapters" / "ch1.txt"
    story.write_text("Rukia hesistated at the door.\n" * 20_000, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "ficlint", "lint", "--fix", "chapters"], cwd=project,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)  # whenever it lands (loading, linting or writing), the outcome is the same
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=300)
    if process.returncode == 0:
        pytest.skip("the run finished before the signal")
    assert process.returncode == 130 and "Traceback" not in stderr
    assert story.read_text(encoding="utf-8") in ("Rukia hesistated at the door.\n" * 20_000, FIXED * 20_000)
    assert [p.name for p in story.parent.iterdir()] == ["ch1.txt"]


def test_stale_temporary_files_of_a_killed_run_are_never_read_and_are_cleaned(ficlint, project):
    folder = project / "chapters"
    stale, fresh = folder / ".ch1.txt.k3x9.ficlint-tmp", folder / ".ch1.txt.a1b2.ficlint-tmp"
    stale.write_text("Half a chapter", encoding="utf-8")
    fresh.write_text("Another run's", encoding="utf-8")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    run = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert {f["path"] for f in run.json()} == {"chapters/ch1.txt"}
    assert ficlint("lint", "--fix", "chapters", cwd=project).exit_code == 0
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be", "utf-16-le"])
def test_utf_32_and_utf_16_with_a_bom_are_read_and_fixed_in_their_own_encoding(ficlint, project, encoding):
    story = project / "chapters" / "ch1.txt"
    story.write_bytes("\ufeffRukia hesistated at the door.\n".encode(encoding))
    run = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert [(f["line"], f["column"], f["text"]) for f in run.json()] == [(1, 7, "hesistated")]
    assert ficlint("lint", "--fix", "--unsafe-fixes", "chapters", cwd=project).exit_code == 0
    assert story.read_bytes() == ("\ufeff" + FIXED).encode(encoding)


def test_cr_only_line_endings_give_the_right_lines_and_are_kept(ficlint, project):
    story = project / "chapters" / "ch1.txt"
    story.write_bytes(b"Rukia waited.\r\rShe hesistated at the door.\rThen she left.\r")
    run = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert [(f["line"], f["column"], f["text"]) for f in run.json()] == [(3, 5, "hesistated")]
    ficlint("lint", "--fix", "chapters", cwd=project)
    assert story.read_bytes() == b"Rukia waited.\r\rShe hesitated at the door.\rThen she left.\r"


def test_file_names_that_are_not_utf_8_never_crash_sarif_output_or_baselines(ficlint, project):
    name = os.fsdecode(b"chapters/ch\xff2.txt")
    (project / name).write_text("Kira hesistated.\n", encoding="utf-8")
    run = ficlint("lint", "--format", "sarif", "-o", "report.sarif", "chapters", cwd=project)
    assert run.exit_code == 1 and "Traceback" not in run.stderr
    sarif = json.loads((project / "report.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"chapters/ch1.txt", "chapters/ch%FF2.txt"}
    assert ficlint("lint", "--write-baseline", "base.json", "chapters", cwd=project).exit_code == 0
    assert ficlint("lint", "--baseline", "base.json", "chapters", cwd=project).exit_code == 0
    run = ficlint("lint", "chapters", cwd=project)
    assert "chapters/ch\\xff2.txt:1:6: SP001" in run.stdout
    assert sorted(p.name for p in project.iterdir()) == [".ficlint.toml", "base.json", "chapters", "report.sarif"]


def test_unsafe_fixes_that_swap_two_spellings_settle_on_one_and_stay(ficlint, project):
    add_pack(project, "".join(
            f"  - code: SW00{n}\n    name: swap-{n}\n    type: substitution\n    message: '{{match}}'\n"
            f"    swap: {{{a}: {b}}}\n    fix: unsafe\n" for n, (a, b) in enumerate([("grey", "gray"), ("gray", "grey")], 1)))
    story = project / "chapters" / "ch1.txt"
    story.write_text("Her grey eyes narrowed.\n", encoding="utf-8")
    texts = []
    for _ in range(3):
        run = ficlint("lint", "--fix", "--unsafe-fixes", "chapters", cwd=project)
        assert "fixes undo one another (SW001, SW002)" in run.stderr
        texts.append(story.read_text(encoding="utf-8"))
    assert texts[0] == texts[1] == texts[2] == "Her gray eyes narrowed.\n"


def test_a_report_to_dev_stdout_is_still_written(project):
    run = subprocess.run([sys.executable, "-m", "ficlint", "lint", "-o", "/dev/stdout", "chapters"], cwd=project,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "chapters/ch1.txt:1:7: SP001" in run.stdout
    assert os.path.islink("/dev/stdout") or os.path.exists("/dev/stdout")
