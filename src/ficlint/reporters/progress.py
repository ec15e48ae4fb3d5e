"""A progress bar on standard error for long runs: only on a terminal, never in CI logs or pipes."""

from __future__ import annotations

import os
import shutil
import time

from ficlint.printable import printable

DELAY = 0.5  # seconds before the bar shows, so quick runs stay quiet
WIDTH = 30


class Progress:
    """The linter calls `start(steps)`, then `advance(label)` after each step; `close()` clears the bar."""

    def __init__(self, stream, clock=time.monotonic):
        self.stream, self.clock = stream, clock
        self.total, self.done, self.started, self.shown = 0, 0, clock(), False
        self.enabled = wanted(stream)

    def start(self, total: int) -> None:
        self.total, self.done, self.started = total, 0, self.clock()

    def advance(self, label: str) -> None:
        self.done += 1
        if not self.enabled or self.clock() - self.started < DELAY:
            return
        filled = WIDTH * self.done // max(self.total, 1)
        line = f"[{'#' * filled}{' ' * (WIDTH - filled)}] {self.done}/{self.total} {printable(label)}"
        columns = shutil.get_terminal_size().columns - 1  # a wrapped bar could not be cleared
        self.stream.write("\r\x1b[K" + (line if len(line) <= columns else line[:columns - 1] + "…"))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def wanted(stream) -> bool:
    """A terminal that is not a CI log (the CI variable is set by GitHub, GitLab and most others)."""
    return not os.environ.get("CI") and hasattr(stream, "isatty") and stream.isatty()
