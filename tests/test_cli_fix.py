"""`ficlint lint --fix / --diff / --unsafe-fixes` and standard input, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ficlint.cli import main
from fixer_project import FIXED, STORY, make_project

SRC = Path(__file__).resolve().parent.parent / "src"


def lint(*args, stdin=None):
    return CliRunner().invoke(main, ["lint", *args], input=stdin, catch_exceptions=False)


def test_diff_shows_the_changes_writes_nothing_and_exits_1(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": STORY})
    monkeypatch.chdir(tmp_path)
    result = lint("--diff", "story.txt")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:3] == ["--- a/story.txt", "+++ b/story.txt", "@@ -1,2 +1,2 @@"]
    assert result.stdout.splitlines()[3:] == [
        "-Kira hesistated, his zanpaktou heavy at his side.", "-This was orginial work.",
        "+Kira hesitated, his zanpakutou heavy at his side.", "+This was original work."]
    assert "would fix 3 findings in 1 file" in result.stderr
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == STORY


def test_diff_is_silent_and_exits_0_when_nothing_would_change(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": FIXED})
    monkeypatch.chdir(tmp_path)
    result = lint("--diff", "story.txt")
    assert result.exit_code == 0 and result.stdout == ""


def test_diff_marks_a_missing_last_newline_as_git_does(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": "The end, orginial."})
    monkeypatch.chdir(tmp_path)
    result = lint("--diff", "story.txt")
    assert result.stdout.endswith("-The end, orginial.\n\\ No newline at end of file\n"
                                  "+The end, original.\n\\ No newline at end of file\n")


def test_unsafe_fixes_apply_the_first_suggestion_and_need_fix_or_diff(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": "She was realy tired and hesistated.\n"})
    monkeypatch.chdir(tmp_path)
    refused = lint("--unsafe-fixes", "story.txt")
    assert refused.exit_code == 2 and "error: --unsafe-fixes: needs --fix or --diff" in refused.stderr
    lint("--fix", "story.txt")
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "She was realy tired and hesitated.\n"
    lint("--fix", "--unsafe-fixes", "story.txt")
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "She was really tired and hesitated.\n"


def test_fix_on_standard_input_writes_the_fixed_bytes_to_stdout(tmp_path):
    make_project(tmp_path)
    story = "\ufeffKira hesistated.\r\nHis zanpaktou sang.\r\nThe glorp waited."
    done = subprocess.run([sys.executable, "-m", "ficlint", "lint", "--fix", "-"], cwd=tmp_path,
                          input=story.encode("utf-8"), capture_output=True, env={"PYTHONPATH": str(SRC)})
    assert done.stdout == "\ufeffKira hesitated.\r\nHis zanpakutou sang.\r\nThe glorp waited.".encode("utf-8")
    assert b"-:3:5: SP001 unknown word 'glorp'" in done.stderr  # the report goes to stderr
    assert b"fixed 2 findings in 1 file" in done.stderr and done.returncode == 1


def test_json_report_after_fix_locates_what_is_left_in_the_fixed_text(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": "He hesistated. Then glorp smiled.\n"})
    monkeypatch.chdir(tmp_path)
    result = lint("--fix", "--format", "json", "story.txt")
    assert '"column": 20' in result.stdout and '"text": "glorp"' in result.stdout


def test_words_add_still_appends_to_the_project_word_list(tmp_path, monkeypatch):
    make_project(tmp_path)
    (tmp_path / ".ficlint-words.txt").write_text("Kira", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    CliRunner().invoke(main, ["words", "add", "Izumo", "Kira", "Izumo"])
    assert (tmp_path / ".ficlint-words.txt").read_text(encoding="utf-8") == "Kira\nIzumo\n"
