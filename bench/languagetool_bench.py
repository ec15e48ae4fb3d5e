"""LanguageTool against Harper, and both together: speed and quality in one run.

    PYTHONPATH=src python bench/languagetool_bench.py [--words 100000] [--no-speed] [--no-quality]

Needs the Maven install (`languagetool/install`, or FICLINT_LANGUAGETOOL). Starts the server the
way `ficlint lint` does and reports its start time (to a first answered check) and its memory.

Speed: `ficlint lint --timings` on a story of N words whose every paragraph is distinct (the
seeds repeated, each paragraph with its own opening), each in a fresh process: cold (empty
paragraph cache) and again with the cache, for Harper, LanguageTool (the server already
running) and both.

Quality: ficlint with every check and the shipped packs, with each grammar backend, over the
seeds, the held-out sets, the real excerpts (bench/real/text, when present) and the clean prose:
recall per kind of error and false alarms per 1,000 words, as in quality.py and real_quality.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
BACKENDS = ("harper", "languagetool", "harper+languagetool")


def start_server() -> tuple[str, subprocess.Popen, float]:
    from ficlint.grammar.languagetool import find_local_install, start_local_server

    if find_local_install() is None:
        sys.exit("error: LanguageTool is not installed; run languagetool/install first")
    started = time.perf_counter()
    url, process = start_local_server()
    return url, process, time.perf_counter() - started


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def lint_seconds(story: Path, backend: str, url: str, cache: Path) -> tuple[float, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ficlint", "lint", "--grammar", backend, "--languagetool-url", url,
                           "--timings", str(story)], cwd=story.parent, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1) or "warning:" in done.stderr:
        sys.exit(f"ficlint failed: {done.stderr.strip()[-600:]}")
    grammar = next(line for line in done.stderr.splitlines() if line.startswith("timings:"))
    return wall, next(p for p in grammar.split(", ") if p.startswith("grammar ")).strip()


def speed(url: str, words: int) -> None:
    from grammar_bench import make_distinct
    from story import build_story

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        [story] = build_story(folder / "story", words)
        make_distinct(story)
        print(f"\nstory: {len(story.read_text(encoding='utf-8').split()):,} words, every paragraph distinct; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
        print("| backend | cold: wall s (grammar s) | with the paragraph cache: wall s (grammar s) |")
        print("|---|---|---|")
        for backend in BACKENDS:
            cache = folder / f"cache-{backend}"
            shutil.rmtree(cache, ignore_errors=True)
            cold, cold_grammar = lint_seconds(story, backend, url, cache)
            warm, warm_grammar = lint_seconds(story, backend, url, cache)
            print(f"| {backend} | {cold:.1f} ({cold_grammar.split()[1]}) | {warm:.1f} ({warm_grammar.split()[1]}) |")


def quality(url: str) -> None:
    import quality as seeds_quality
    import real_quality

    from ficlint.checks import all_checks
    from ficlint.config import Config
    from ficlint.linter import lint
    from ficlint.project import Project
    from ficlint.readers import read_file

    sets = {}
    for stories, gold in [(BENCH.parent / "seeds", BENCH / "gold"),
                          *((folder, folder / "gold") for folder in sorted(BENCH.glob("heldout*")))]:
        name = "seeds" if stories.name == "seeds" else "held-out"
        for path in sorted(gold.glob("*.yaml")):
            document = read_file(stories / path.with_suffix(".txt").name)
            sets.setdefault(name, []).append((document, seeds_quality.gold_errors(document, path)))
    real = [(document, golds) for _, document, golds in real_quality.load_excerpts("all")]
    if real:
        sets["real"] = real
    sets["clean"] = [(read_file(path), []) for path in sorted(BENCH.glob("clean*/*.txt"))]

    def findings(document, backend):
        config = Config(root=BENCH)
        config.grammar = {**config.grammar, "backend": backend, "url": url, "cache": False}
        return lint(Project.load([document], config), all_checks(config)).findings

    print("\n| grammar | " + " | ".join(f"{name}: recall" for name in sets if name != "clean")
          + " | " + " | ".join(f"{name}: false alarms / 1,000 words" for name in sets) + " | seconds |")
    print("|---|" + "---|" * (2 * len(sets)))
    kinds: dict[str, tuple[Counter, Counter]] = {}
    for backend in ("off", *BACKENDS):
        found, total = kinds.setdefault(backend, (Counter(), Counter()))
        recalls, alarms = [], []
        started = time.perf_counter()
        for name, pairs in sets.items():
            hit = count = false = words = 0
            for document, golds in pairs:
                result = findings(document, backend)
                words += document.word_count
                for gold in golds:
                    got = any(real_quality.overlaps(f, gold) for f in result)
                    hit, count = hit + got, count + 1
                    found[gold.category] += got
                    total[gold.category] += 1
                false += sum(not any(real_quality.overlaps(f, gold) for gold in golds) for f in result)
            if name != "clean":
                recalls.append(f"{100 * hit / count:.1f}% ({hit}/{count})")
            alarms.append(f"{1000 * false / words:.2f}")
        print(f"| {backend} | " + " | ".join(recalls) + " | " + " | ".join(alarms)
              + f" | {time.perf_counter() - started:.0f} |")
    categories = sorted(kinds["off"][1], key=lambda c: -kinds["off"][1][c])
    print("\nRecall per kind (all annotated sets):\n")
    print("| grammar | " + " | ".join(f"{c} ({kinds['off'][1][c]})" for c in categories) + " |")
    print("|---|" + "---|" * len(categories))
    for backend, (found, _) in kinds.items():
        print(f"| {backend} | " + " | ".join(str(found[c]) for c in categories) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    options = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    url, process, seconds = start_server()
    try:
        print(f"LanguageTool server: started and answering in {seconds:.1f} s (RSS {rss_mb(process.pid):.0f} MB)")
        if not options.no_speed:
            speed(url, options.words)
            print(f"\nLanguageTool server RSS after the runs: {rss_mb(process.pid):.0f} MB")
        if not options.no_quality:
            quality(url)
    finally:
        from ficlint.grammar.languagetool import stop_process

        stop_process(process)


if __name__ == "__main__":
    main()
