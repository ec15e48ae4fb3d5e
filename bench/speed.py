"""Spelling speed: `ficlint lint --select SP` on a 100,000-word story built from the seeds.

Run: python bench/speed.py [--words N] [--runs N]
Prints wall time (best and median of the runs) and the peak memory of one run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from story import build_story


def run_once(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one `ficlint` process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "ficlint", *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    return wall, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        [story] = build_story(Path(folder), options.words)
        words = len(story.read_text(encoding="utf-8").split())
        results = [run_once(["lint", "--select", "SP", "--quiet", str(story)]) for _ in range(options.runs)]
    walls = [wall for wall, _ in results]
    peak = max(rss for _, rss in results)
    print(f"story: {words:,} words; spelling only; {options.runs} runs")
    print(f"wall: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s")
    print(f"peak memory: {peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
