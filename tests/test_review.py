"""`ficlint lint -i`: the interactive walk, answered through click's runner and a real terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ficlint import cli
from ficlint.checks import Rule
from ficlint.cli import main
from ficlint.config import load_config
from ficlint.finding import Edit, Fix
from fixer_project import STORY, make_project

SRC = Path(__file__).resolve().parent.parent / "src"
NAMES = STORY + "Then the glorp smiled.\n"  # Kira, a name, is no finding; glorp, an invented word, is


def review(*answers, paths=("story.txt",)):
    return CliRunner().invoke(main, ["lint", "-i", *paths], input="".join(a + "\n" for a in answers),
                              catch_exceptions=False)


def test_each_answer_does_what_it_says(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": NAMES})
    monkeypatch.chdir(tmp_path)
    # hesistated: skip; zanpaktou: ignore SP003 here; orginial: 1; glorp: add to word list
    result = review("s", "i", "1", "a")
    story = (tmp_path / "story.txt").read_text(encoding="utf-8")
    assert story == "Kira hesistated, his zanpaktou heavy at his side.\nThis was original work.\nThen the glorp smiled.\n"
    assert (tmp_path / ".ficlint-words.txt").read_text(encoding="utf-8") == "glorp\n"
    assert load_config(start=tmp_path).per_file_ignores == {"story.txt": ["SP003"]}
    assert "review: 1 change written to 1 file, 1 word added, 1 ignored" in result.stderr
    assert result.exit_code == 1  # hesistated, skipped, is still an unknown word
    again = CliRunner().invoke(main, ["lint", "story.txt"])
    assert [line.split(": ", 2)[1].split()[0] for line in again.stdout.splitlines()] == ["SP001"]


def test_the_line_is_shown_with_the_span_marked_and_suggestions_numbered(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": "Then the glorp smiled.\n"})
    monkeypatch.chdir(tmp_path)
    result = review("q")
    assert result.stdout.splitlines()[1:7] == [
        "story.txt:1:10: SP001 unknown word 'glorp': did you mean 'glory'?",
        "  Then the glorp smiled.",
        "           ^^^^^",
        "  1) glory",
        "  2) glop",
        "  3) gorp",
    ]
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "Then the glorp smiled.\n"


def test_quit_writes_what_was_accepted_and_leaves_the_rest(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": NAMES, "other.txt": "It was orginial.\n"})
    monkeypatch.chdir(tmp_path)
    result = review("1", "q", paths=("story.txt", "other.txt"))
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == NAMES.replace("hesistated", "hesitated")
    assert (tmp_path / "other.txt").read_text(encoding="utf-8") == "It was orginial.\n"
    assert "review: 1 change written to 1 file" in result.stderr


def test_a_wrong_answer_is_asked_again(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": "He hesistated.\n"})
    monkeypatch.chdir(tmp_path)
    result = review("7", "maybe", "1")
    assert result.stdout.count("is not one of the choices") == 2
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "He hesitated.\n"
    assert result.exit_code == 0


def test_adding_a_word_settles_its_other_findings_and_running_out_of_answers_writes_nothing(tmp_path, monkeypatch):
    story = "The glorp fell. Another glorp hesistated.\n"
    make_project(tmp_path, {"story.txt": story})
    monkeypatch.chdir(tmp_path)
    result = review("a")
    shown = [line for line in result.stdout.splitlines() if line.startswith("story.txt:")]
    assert shown == ["story.txt:1:5: SP001 unknown word 'glorp': did you mean 'glory'?",
                     "story.txt:1:31: SP001 unknown word 'hesistated': did you mean 'hesitated'?"]
    assert result.exit_code == 2 and "error: review: interrupted: no story file changed" in result.stderr
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == story
    assert (tmp_path / ".ficlint-words.txt").read_text(encoding="utf-8") == "glorp\n"


def test_interactive_refuses_standard_input_and_fix(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": STORY})
    monkeypatch.chdir(tmp_path)
    assert "error: --interactive: reads answers from the terminal" in review(paths=("-",)).stderr
    result = CliRunner().invoke(main, ["lint", "-i", "--fix", "story.txt"])
    assert result.exit_code == 2 and "cannot be combined with --fix or --diff" in result.stderr


def test_in_a_real_terminal_the_span_is_highlighted(tmp_path):
    make_project(tmp_path, {"story.txt": "He hesistated.\n"})
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "ficlint", "lint", "-i", "story.txt"], cwd=tmp_path,
                               stdin=follower, stdout=follower, stderr=follower,
                               env={"PYTHONPATH": str(SRC), "TERM": "xterm"})
    os.close(follower)
    output = b""
    while b"[q]uit" not in output:
        output += os.read(leader, 4096)
    os.write(leader, b"1\n")
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    assert process.wait(timeout=60) == 0
    os.close(leader)
    assert b"He \x1b[1m\x1b[7mhesistated\x1b[0m." in output
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "He hesitated.\n"


def test_an_ignore_that_cannot_be_written_is_said_and_the_review_goes_on(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": "He hesistated. It was orginial. Teh end.\n"})
    config = '[per-file-ignores]\n"story.txt" = [\n  "SP003",\n]\n'
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\n' + config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = review("1", "i", "1")
    assert "  error: " in result.stdout and "by hand" in result.stdout
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "He hesitated. It was orginial. The end.\n"


class SpaceBeforeComma:
    """A real (small) check on more than a word: ' ,' -> ','."""

    name = "spacing"
    rules = [Rule("XX003", "space-before-comma", "spacing", "Space before a comma.", "Typo.", "a , b", "always")]

    def check(self, document, project):
        for match in re.finditer(r"\w+ ,", document.text):
            yield self.rules[0].finding(document, *match.span(), "space before comma", [match.group()[:-2] + ","],
                                        Fix(True, (Edit(*match.span(), match.group()[:-2] + ","),)))


def test_only_a_single_word_can_be_added_to_the_word_list_and_tabs_keep_the_marker_aligned(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": "\tShe came , then left.\n"})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli, "all_checks", lambda config=None: [SpaceBeforeComma()])
    result = review("a", "1")
    assert "[a]dd" not in result.stdout and "'a' is not one of the choices" in result.stdout
    assert "  \tShe came , then left.\n  \t    ^^^^^^\n" in result.stdout
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "\tShe came, then left.\n"
