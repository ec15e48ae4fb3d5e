"""Grammar speed: full `ficlint lint` (spelling + grammar, Harper) on a 100,000-word story.

Run: python bench/grammar_bench.py [--words N]
Prints, each in a fresh process: a cold run (empty cache), a re-run after one paragraph
changed, and a cold run on a story whose every paragraph is distinct (the seeds repeated
with a numbered opening sentence each, so neither the cache nor in-run deduplication
helps); with `--timings` per check. Also Harper's construction time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from story import build_story


def lint(folder: Path, story: Path) -> tuple[float, str]:
    """Wall seconds of one `ficlint lint --timings` in `folder`, and its timings line."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ficlint", "lint", "--grammar", "harper", "--timings", str(story)],
                          cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1) or "timings:" not in done.stderr:
        sys.exit(f"ficlint failed: {done.stderr.strip()}")
    lines = done.stderr.splitlines()
    return wall, " | ".join(line for line in lines if line.startswith("timings:") or "grammar:" in line)


def harper_construction() -> float:
    code = "import time, harper; t = time.perf_counter(); harper.Linter(); print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)


def make_distinct(story: Path) -> None:
    paragraphs = story.read_text(encoding="utf-8").split("\n\n")
    story.write_text("\n\n".join(f"Day {i} began. {p}" for i, p in enumerate(paragraphs)), encoding="utf-8")


def best(runs: int, before, folder: Path, story: Path) -> tuple[float, str]:
    """The fastest of `runs` lints, calling `before()` ahead of each."""
    results = []
    for _ in range(runs):
        before()
        results.append(lint(folder, story))
    return min(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        [story] = build_story(folder, options.words)
        text = story.read_text(encoding="utf-8")
        cache = folder / ".ficlint-cache"

        def cold():
            shutil.rmtree(cache, ignore_errors=True)

        def edit():
            edit.count = getattr(edit, "count", 0) + 1
            story.write_text(text.replace("He beaten it all", f"He had beaten it all {edit.count} times", 1),
                             encoding="utf-8")

        print(f"story: {len(text.split()):,} words, {text.count(chr(10) * 2) + 1:,} paragraphs; "
              f"best of {options.runs}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"Harper construction: {min(harper_construction() for _ in range(options.runs)):.2f} s")
        print("cold (empty cache): %.2f s   %s" % best(options.runs, cold, folder, story))
        print("re-run, one paragraph changed: %.2f s   %s" % best(options.runs, edit, folder, story))
        make_distinct(story)
        print("cold, every paragraph distinct: %.2f s   %s" % best(options.runs, cold, folder, story))
        print("re-run of that, nothing changed: %.2f s   %s" % best(options.runs, lambda: None, folder, story))


if __name__ == "__main__":
    main()
