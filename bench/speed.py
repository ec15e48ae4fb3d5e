"""Speed: `ficlint lint --select SP` (or other codes) on a 100,000-word story built from the seeds.

Run: python bench/speed.py [--words N] [--runs N] [--select CODES] [--files N] [--distinct] [--cold]
                           [--jobs N] [--src FOLDER] [--grammar BACKEND]
Prints wall time (best and median of the runs) and the peak memory of one run (the largest process).
`--distinct` makes every paragraph different text, `--cold` passes --no-cache (nothing from the grammar
cache), `--src` runs another checkout's ficlint (its src folder first on PYTHONPATH) for a before/after
measured in the same sitting.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from story import build_story


def run_once(args: list[str], env: dict | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one `ficlint` process (its largest worker, with --jobs)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "ficlint", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    return wall, max(usage.ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def harper_alone(stories: list[Path]) -> float:
    """Wall seconds of harper-py by itself, in a fresh process: one Linter, default rules, each file in
    pieces of about 50,000 characters cut at paragraph breaks (as ficlint batches; one long text is slower)."""
    script = ("import sys, harper\nlinter = harper.Linter(harper.Dialect.AMERICAN)\n"
              "for path in sys.argv[1:]:\n"
              "    piece = ''\n"
              "    for paragraph in open(path, encoding='utf-8').read().split('\\n\\n') + [None]:\n"
              "        if paragraph is None or len(piece) > 50_000:\n"
              "            linter.organized_lints(piece, language='plaintext')\n"
              "            piece = ''\n"
              "        piece += (paragraph or '') + '\\n\\n'\n")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *map(str, stories)], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--select", default="SP", help="codes or prefixes to run, as for `ficlint lint`")
    parser.add_argument("--files", type=int, default=1, help="split the story into this many chapters")
    parser.add_argument("--distinct", action="store_true", help="every paragraph different text")
    parser.add_argument("--cold", action="store_true", help="pass --no-cache")
    parser.add_argument("--jobs", type=int, help="pass --jobs N")
    parser.add_argument("--src", help="the src folder of another checkout to measure instead")
    parser.add_argument("--grammar", help="pass --grammar BACKEND (e.g. harper, to leave an installed LanguageTool out)")
    parser.add_argument("--harper", action="store_true",
                        help="also time harper-py alone (default rules, one Linter) on the same paragraphs")
    options = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(Path(options.src).resolve())} if options.src else None
    args = ["lint", "--select", options.select, "--quiet", *["--no-cache"] * options.cold,
            *(["--jobs", str(options.jobs)] if options.jobs else []),
            *(["--grammar", options.grammar] if options.grammar else [])]
    with tempfile.TemporaryDirectory() as folder:
        stories = build_story(Path(folder) / "story", options.words, options.files, options.distinct)
        words = sum(len(story.read_text(encoding="utf-8").split()) for story in stories)
        results = [run_once([*args, str(Path(folder) / "story")], env) for _ in range(options.runs)]
        alone = [harper_alone(stories) for _ in range(options.runs)] if options.harper else []
    walls = [wall for wall, _ in results]
    peak = max(rss for _, rss in results)
    print(f"story: {words:,} words in {options.files} file(s); {' '.join(args[1:])}; {options.runs} runs"
          + (f"; ficlint from {options.src}" if options.src else ""))
    print(f"wall: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s")
    print(f"peak memory: {peak / 1024:.0f} MiB")
    if alone:
        print(f"Harper alone: median {statistics.median(alone):.2f} s")


if __name__ == "__main__":
    main()
