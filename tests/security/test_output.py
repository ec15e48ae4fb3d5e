"""Output: untrusted text (file names, story text, rule packs) never reaches a terminal or a CI log raw."""

from __future__ import annotations

import io

from conftest import add_pack
from ficlint.printable import printable
from ficlint.reporters.progress import Progress

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b]52;c;ZWNobyBvd25lZA==\x07"  # set the title, clear, write the clipboard


def test_printable_shows_control_characters_newlines_and_odd_bytes():
    assert printable("a\nb\r\x1b[2J\u202e\udcff\tz") == "a\\nb\\r\\x1b[2J\\u202e\\xff\tz"


def test_escape_sequences_in_a_story_never_reach_the_terminal_raw(ficlint, project):
    (project / "chapters" / "ch2.txt").write_text(f"Rukia {ESCAPES} hesistated.\n", encoding="utf-8")
    for options in ([], ["--color", "always"]):
        run = ficlint("lint", *options, "chapters/ch2.txt", cwd=project)
        assert run.exit_code == 1 and "hesistated" in run.stdout
        assert "\x1b]" not in run.stdout and "\x07" not in run.stdout and "\x1b[2J" not in run.stdout
        assert "\\x1b]0;owned\\x07" in run.stdout or not options


def test_a_file_name_cannot_forge_a_line_or_a_workflow_command(ficlint, project):
    name = "ch\n::error file=x::forged\x1b[2J.txt"
    (project / "chapters" / name).write_text("Rukia hesistated.\n", encoding="utf-8")
    for output in ("text", "github"):
        run = ficlint("lint", "--format", output, "chapters", cwd=project)
        lines = run.stdout.splitlines()
        assert not any(line.startswith("::error file=x") for line in lines), output
        assert all("\x1b" not in line for line in lines)
    assert "%0A::error file%3Dx" not in run.stdout and "ch%0A%3A%3Aerror file=x%3A%3Aforged" in run.stdout


def test_a_file_name_starting_a_workflow_command_is_shown_as_a_path(ficlint, project):
    (project / "::warning::x.txt").write_text("Rukia hesistated.\n", encoding="utf-8")
    run = ficlint("lint", "::warning::x.txt", cwd=project)
    assert run.stdout.startswith("./::warning::x.txt:1:7: SP001")


def test_errors_warnings_and_the_summary_are_escaped(ficlint, project):
    run = ficlint("lint", f"missing{ESCAPES}.txt", cwd=project)
    assert run.exit_code == 2 and "\x1b" not in run.stderr and "missing\\x1b]0;owned" in run.stderr


def test_a_rule_pack_cannot_write_escapes_through_explain_or_rules(ficlint, project):
    add_pack(project, '  - code: EV004\n    name: loud\n    type: existence\n    message: "loud {match}\\e[2J"\n'
                      '    summary: "Loud\\e]0;owned\\a"\n    tokens: [door]\n')
    for args in (["explain", "EV004"], ["rules", "--all"], ["lint", "chapters"]):
        run = ficlint(*args, cwd=project)
        assert "\x1b" not in run.stdout + run.stderr and "\\x1b" in run.stdout, args


def test_interactive_review_shows_the_line_escaped(ficlint, project):
    (project / "chapters" / "ch1.txt").write_text(f"Rukia {ESCAPES} hesistated.\n", encoding="utf-8")
    run = ficlint("lint", "-i", "chapters/ch1.txt", cwd=project, input="s\n")
    assert "hesistated" in run.stdout and "\x1b]" not in run.stdout and "\\x1b]0;owned" in run.stdout


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_progress_bar_shows_file_names_escaped(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    ticks = iter(range(100))
    stream = Terminal()
    progress = Progress(stream, clock=lambda: next(ticks))
    progress.start(2)
    progress.advance(f"ch{ESCAPES}.txt (spelling)")
    shown = stream.getvalue()
    assert "ch\\x1b]0;owned" in shown and shown.count("\x1b") == 1  # only the bar's own line clear
