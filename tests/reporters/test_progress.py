"""The progress bar: on a terminal after a moment, never in CI logs or pipes."""

from __future__ import annotations

import io
import shutil

from tests.conftest import SEEDS
from ficlint.reporters.progress import DELAY, Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_the_bar_shows_on_a_terminal_once_the_run_is_slow_and_is_cleared_at_the_end(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream, clock = Terminal(), Clock()
    progress = Progress(stream, clock)
    progress.start(4)
    progress.advance("ch1.txt (spelling)")
    assert stream.getvalue() == ""
    clock.now += DELAY + 0.1
    progress.advance("ch2.txt (spelling)")
    assert "2/4 ch2.txt (spelling)" in stream.getvalue() and "[" + "#" * 15 in stream.getvalue()
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_no_bar_in_ci_logs_or_pipes(monkeypatch):
    clock = Clock()
    for ci, stream in (("true", Terminal()), ("", io.StringIO())):
        monkeypatch.setenv("CI", ci)
        progress = Progress(stream, clock)
        progress.start(2)
        clock.now += DELAY + 1
        progress.advance("ch1.txt (spelling)")
        progress.close()
        assert stream.getvalue() == ""


def test_a_piped_run_over_many_files_prints_only_the_summary_on_stderr(ficlint_process, tmp_path):
    for copy in range(12):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, tmp_path / f"{copy:02d}_{seed.name}")
    result = ficlint_process("lint", ".", "--quiet")
    assert result.stderr == b""
    result = ficlint_process("lint", ".")
    assert result.stderr.decode().count("\n") == 1 and "36 files" in result.stderr.decode()
