"""Files: nothing outside the project is read or written, only regular files, each once, capped."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys

import pytest

from conftest import SECRET, STORY
from ficlint import files


def test_a_committed_link_out_of_the_project_is_not_read(ficlint, project):
    (project / "chapters" / "x.md").symlink_to("../../outside/secret.txt")
    run = ficlint("lint", "--format", "json", ".", cwd=project)
    assert run.exit_code == 2
    assert "chapters/x.md: is a symbolic link to" in run.stderr and "outside the project" in run.stderr
    assert "ghp_" not in run.stdout + run.stderr
    assert [f["path"] for f in run.json()] == ["chapters/ch1.txt"]  # the real chapter is still linted


def test_a_linked_folder_out_of_the_project_is_not_followed(ficlint, project):
    (project / "chapters" / "more").symlink_to("../../outside")
    run = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert run.exit_code == 2 and "chapters/more: is a symbolic link to" in run.stderr
    assert "ghp_" not in run.stdout


def test_a_link_named_on_the_command_line_still_stays_inside(ficlint, project):
    (project / "chapters" / "x.txt").symlink_to("../../outside/secret.txt")
    run = ficlint("lint", "chapters/x.txt", cwd=project)
    assert run.exit_code == 2 and "outside the project" in run.stderr and "ghp_" not in run.stdout


def test_links_inside_the_project_are_fine_and_the_file_is_linted_once(ficlint, project):
    (project / "chapters" / "same.txt").symlink_to("ch1.txt")
    run = ficlint("lint", "--format", "json", ".", "chapters/ch1.txt", "chapters/ch1.txt", cwd=project)
    assert run.exit_code == 1
    assert [f["text"] for f in run.json()] == ["hesistated"]


def test_fix_through_a_link_fixes_the_target_inside_and_keeps_the_link(ficlint, project):
    (project / "chapters" / "ch1.txt").rename(project / "story.txt")
    (project / "chapters" / "ch1.txt").symlink_to("../story.txt")
    (project / "chapters" / "evil.txt").symlink_to("../../outside/secret.txt")
    run = ficlint("lint", "--fix", "chapters", cwd=project)
    assert run.exit_code == 2
    assert (project / "story.txt").read_text(encoding="utf-8") == "Rukia hesitated at the door.\n"
    assert (project / "chapters" / "ch1.txt").is_symlink()
    assert (project.parent / "outside" / "secret.txt").read_text(encoding="utf-8") == SECRET


def test_a_file_with_another_hard_link_is_read_only_when_named(ficlint, project):
    os.link(project / "chapters" / "ch1.txt", project / "chapters" / "twin.txt")
    run = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert run.exit_code == 2 and "has 2 hard links" in run.stderr
    assert ficlint("lint", "chapters/twin.txt", cwd=project).exit_code == 1


@pytest.mark.parametrize("make, kind", [
    (lambda path: os.mkfifo(path), "a named pipe (FIFO)"),
    (lambda path: socket.socket(socket.AF_UNIX).bind(str(path)), "a socket"),
])
def test_only_regular_files_are_read_never_a_pipe_or_socket(ficlint, project, make, kind):
    make(project / "chapters" / "ch2.txt")
    run = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert run.exit_code == 2 and f"chapters/ch2.txt: is {kind}, not a regular file: not read" in run.stderr
    assert len(run.json()) == 1  # ch1 is still linted


def test_dev_zero_as_a_story_or_a_word_list_is_one_error(ficlint, project):
    run = ficlint("lint", "/dev/zero", "chapters/ch1.txt", cwd=project)
    assert run.exit_code == 2 and "error: /dev/zero: is a character device, not a regular file" in run.stderr
    (project / ".ficlint-words.txt").symlink_to("/dev/zero")
    run = ficlint("lint", "chapters/ch1.txt", cwd=project)
    assert run.exit_code == 2 and ".ficlint-words.txt" in run.stderr and "Traceback" not in run.stderr


def test_a_fifo_named_as_a_story_does_not_block(project):
    os.mkfifo(project / "pipe.txt")  # a process, so a blocking open would hang the test, not pass it
    run = subprocess.run([sys.executable, "-m", "ficlint", "lint", "pipe.txt"], cwd=project, capture_output=True,
                         text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert run.returncode == 2 and "pipe.txt: is a named pipe (FIFO), not a regular file" in run.stderr


def test_a_file_over_the_size_cap_is_one_error(ficlint, project, monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    monkeypatch.setattr("ficlint.readers.read_bytes",
                        lambda path, where=None: files.read_bytes(path, where, limit=files.MAX_BYTES))
    (project / "chapters" / "long.txt").write_text("She waited. " * 100, encoding="utf-8")
    run = ficlint("lint", "chapters", cwd=project)
    assert run.exit_code == 1 + 1 and "chapters/long.txt: is 0.0 MB, over the 0 MB limit: not read" in run.stderr


def test_packs_and_word_lists_in_the_config_stay_inside_the_project(ficlint, project):
    config = project / ".ficlint.toml"
    config.write_text('packs = ["english"]\nwords = ["../outside/secret.txt"]\n', encoding="utf-8")
    run = ficlint("lint", "chapters", cwd=project)
    assert run.exit_code == 2 and "leads outside the project" in run.stderr and "ghp_" not in run.stderr
    config.write_text('packs = ["english", "../outside"]\n', encoding="utf-8")
    run = ficlint("lint", "chapters", cwd=project)
    assert run.exit_code == 2 and "../outside: leads outside the project" in run.stderr


def test_words_add_never_writes_through_a_link_out_of_the_project(ficlint, project):
    (project / ".ficlint-words.txt").symlink_to("../outside/secret.txt")
    run = ficlint("words", "add", "Kon", cwd=project)
    assert run.exit_code == 2 and "leads outside the project" in run.stderr
    assert (project.parent / "outside" / "secret.txt").read_text(encoding="utf-8") == SECRET


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="root reads any folder without setpriv")
def test_an_unreadable_folder_is_an_error_not_silence(project):
    locked = project / "chapters" / "locked"
    locked.mkdir()
    (locked / "ch9.txt").write_text(STORY, encoding="utf-8")
    locked.chmod(0)
    # root reads any folder: the run gives up the capabilities that let it
    without_override = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    run = subprocess.run([*without_override, sys.executable, "-m", "ficlint", "lint", "chapters"], cwd=project,
                         capture_output=True, text=True, timeout=300)
    locked.chmod(0o755)
    assert run.returncode == 2 and "chapters/locked: cannot read folder: Permission denied" in run.stderr
    assert "chapters/ch1.txt:1:7: SP001" in run.stdout


def test_fix_keeps_setuid_and_setgid_bits(ficlint, project):
    story = project / "chapters" / "ch1.txt"
    story.chmod(0o6755)
    assert ficlint("lint", "--fix", "chapters", cwd=project).exit_code == 0
    assert stat.S_IMODE(story.stat().st_mode) == 0o6755
    assert story.read_text(encoding="utf-8") == "Rukia hesitated at the door.\n"
