"""Speed of name consistency: what the `names` check adds to a lint run of a 100,000-word project.

The project is the seeds repeated as 20 chapter files (bench/story.py; chapter 7 spells
Toshiro as Toshirou, so there is something to find). Each run reads the files afresh, so no
document cache carries over; the best of several runs is reported.

    PYTHONPATH=src python bench/consistency_bench.py [--words 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from ficlint.checks import builtin_checks
from ficlint.config import Config
from ficlint.linter import lint
from ficlint.project import Project
from ficlint.readers import read_file
from story import build_story

CHAPTERS = 20


def write_project(folder: Path, words: int) -> list[Path]:
    """Chapter files of seed text, about `words` words in all; chapter 7 spells Toshiro as Toshirou."""
    paths = build_story(folder, words, files=CHAPTERS)
    seventh = paths[6]
    seventh.write_text(seventh.read_text(encoding="utf-8").replace("Toshiro", "Toshirou"), encoding="utf-8")
    return paths


def timed_run(paths: list[Path], checks, tokens_first: bool = False) -> tuple[float, float, int, int]:
    """(seconds for the whole lint, seconds inside the names check, words, names findings).

    With tokens_first, the documents' words and the project's word counts (shared by
    every check) are built before the checks run, so the names time is its own work.
    """
    started = time.perf_counter()
    documents = [read_file(path) for path in paths]
    project = Project.load(documents, Config(root=paths[0].parent))
    if tokens_first:
        project.word_counts
    result = lint(project, checks)
    elapsed = time.perf_counter() - started
    names = [f for f in result.findings if f.check == "names"]
    return elapsed, result.timings.get("names", 0.0), project.word_count, len(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    every = builtin_checks()
    without_names = [check for check in every if check.name != "names"]
    with tempfile.TemporaryDirectory() as folder:
        paths = write_project(Path(folder), options.words)
        timed_run(paths, every)  # warm up: dictionaries and spelling suggestions load once per process
        runs = [(timed_run(paths, every), timed_run(paths, without_names)[0],
                 timed_run(paths, every, tokens_first=True)[1]) for _ in range(options.runs)]  # interleaved
        with_names = min(run[0] for run in runs)
        without = min(run[1] for run in runs)
        own = min(run[2] for run in runs)
    total, inside, words, found = with_names
    print(f"{len(paths)} files, {words:,} words, {found} names findings; best of {options.runs} runs")
    print(f"lint, all checks:           {total:.3f} s")
    print(f"lint, without names:        {without:.3f} s")
    print(f"added by names:             {total - without:+.3f} s")
    print(f"time inside the names check: {inside:.3f} s (it runs first, so it builds the words every check reads)")
    print(f"names check's own work:      {own:.3f} s (words already built)")


if __name__ == "__main__":
    main()
