"""Start-up speed: the pre-commit hook's cases, a one-line file and a 4,000-word chapter (warm grammar cache).

Run: python bench/speed_start.py [--runs N] [--src FOLDER] [--jobs N]
`--src` runs another checkout's ficlint (its `src` folder first on PYTHONPATH), for a before/after table
measured in the same sitting. Prints the median and best wall time of N runs of each case.
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

ONE_LINE = "Rukia walked to the gate and waited for Renji.\n"


def wall(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ficlint", *args], env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--src", help="the src folder of another checkout to measure instead")
    parser.add_argument("--jobs", type=int, help="pass --jobs N (the default is the number of cores)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(folder) / "cache")}
        if options.src:
            env["PYTHONPATH"] = str(Path(options.src).resolve())
        one = Path(folder) / "one.txt"
        one.write_text(ONE_LINE, encoding="utf-8")
        [chapter] = build_story(Path(folder) / "chapter", 4_000)
        extra = ["--jobs", str(options.jobs)] if options.jobs else []
        for name, path in (("one-line file", one), ("4,000-word chapter, warm", chapter)):
            args = ["lint", "--quiet", *extra, str(path)]
            wall(args, env)  # fills the grammar cache: the hook's case is a chapter checked before
            times = [wall(args, env) for _ in range(options.runs)]
            print(f"{name}: median {statistics.median(times):.2f} s, best {min(times):.2f} s ({options.runs} runs)")


if __name__ == "__main__":
    main()
