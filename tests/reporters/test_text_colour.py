"""Text output: plain lines in pipes (the format scripts parse), colour and underlines on a terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

from ficlint.reporters.text import window
from tests.conftest import ENGLISH_ONLY, ROOT

PLAIN_LINE = re.compile(r"^[^:\s]+:\d+:\d+: [A-Z]+\d+ ")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
STORY = "He waited by the door.\nThen he hesistated, and Kaz laughed at him.\n"


def on_a_terminal(ficlint_process, tmp_path, *args, env=None):
    """Run ficlint with a pseudo-terminal as standard output; returns what the terminal showed."""
    leader, follower = pty.openpty()
    result = ficlint_process("lint", "ch1.txt", *args, env=env, stdout=follower, stderr=subprocess.PIPE)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert result.returncode == 1, result.stderr
    return shown.decode().replace("\r\n", "\n")


def test_a_pipe_gets_exactly_the_plain_line_format(ficlint_process, tmp_path):
    (tmp_path / "ch1.txt").write_text(STORY, encoding="utf-8")
    lines = ficlint_process("lint", "ch1.txt", "--select", "ALL,SP002").stdout.decode().splitlines()
    assert lines == ["ch1.txt:2:9: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?",
                     "ch1.txt:2:25: SP002 'Kaz' is taken as a name (used 1 time): add it with `ficlint words add Kaz`"]


def test_a_terminal_gets_colour_and_the_span_underlined_under_its_line(ficlint_process, tmp_path):
    (tmp_path / "ch1.txt").write_text(STORY, encoding="utf-8")
    shown = on_a_terminal(ficlint_process, tmp_path)
    assert "\x1b[" in shown
    lines = ANSI.sub("", shown).splitlines()
    index = lines.index("ch1.txt:2:9: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?")
    source, carets = lines[index + 2], lines[index + 3]
    assert source == "2 | Then he hesistated, and Kaz laughed at him."
    assert carets.index("^") == source.index("hesistated") and carets.count("^") == len("hesistated")
    assert carets.endswith("did you mean 'hesitated'?")


def test_no_color_and_never_keep_a_terminal_plain_and_always_colours_a_pipe(ficlint_process, tmp_path):
    (tmp_path / "ch1.txt").write_text(STORY, encoding="utf-8")
    for shown in (on_a_terminal(ficlint_process, tmp_path, env={"NO_COLOR": "1"}),
                  on_a_terminal(ficlint_process, tmp_path, "--color", "never")):
        assert "\x1b[" not in shown
        assert all(PLAIN_LINE.match(line) for line in shown.splitlines())
    assert "\x1b[" in ficlint_process("lint", "ch1.txt", "--color", "always").stdout.decode()


def test_a_long_line_is_cut_around_the_span_with_the_underline_still_under_it():
    text = "First line.\n" + "word " * 400 + "hesistated " + "word " * 400 + "\nLast line.\n"
    start = text.index("hesistated")
    line_start, line_end = text.index("\n") + 1, text.rindex("\nLast")
    shown, new_start, new_end = window(text, line_start, line_end, start, start + len("hesistated"))
    assert len(shown) <= 102 and shown.startswith("…") and shown.endswith("…")
    assert shown[new_start:new_end] == "hesistated"
    assert window("Short line.\n", 0, 11, 6, 10) == ("Short line.", 6, 10)


def test_a_reader_that_stops_reading_the_pipe_ends_the_run_quietly(tmp_path):
    """`ficlint lint | head`: once head has its lines, ficlint stops with no 'internal error' line."""
    (tmp_path / ".ficlint.toml").write_text(ENGLISH_ONLY, encoding="utf-8")
    (tmp_path / "ch1.txt").write_text("Then he hesistated by the door.\n\n" * 3000, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "ficlint", "lint", "--format", "json", "ch1.txt"], cwd=tmp_path,
                               env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(200).startswith(b"[")
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait() == 141
    assert "internal error" not in stderr and "Traceback" not in stderr
