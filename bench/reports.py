"""Speed of the reports-and-inputs stages on the seeds, repeated to a 40-chapter story.

Run: PYTHONPATH=src python bench/reports.py
Prints seconds for: reading the story as saved HTML, linting it, writing the HTML and SARIF
reports, writing a baseline and matching a run against it.
"""

from __future__ import annotations

import html
import io
import tempfile
import time
from pathlib import Path

from ficlint.baseline import load_baseline, new_findings, write_baseline
from ficlint.checks import all_checks
from ficlint.config import Config
from ficlint.linter import lint
from ficlint.project import Project
from ficlint.readers import read_file
from ficlint.reporters import html as html_report, sarif

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = 40


def timed(label: str, action):
    started = time.perf_counter()
    value = action()
    print(f"{label:<44} {time.perf_counter() - started:7.2f} s")
    return value


def chapter_page(number: int, text: str) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())
    return (f"<html><body><div id=\"preface\"><div class=\"meta\">Tags</div></div><div id=\"chapters\">"
            f"<div class=\"meta group\"><h2 class=\"heading\">Chapter {number}</h2></div>"
            f"<div class=\"userstuff\">\n{paragraphs}\n</div></div></body></html>\n")


def main() -> None:
    seeds = [p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        paths = []
        for number in range(1, CHAPTERS + 1):
            path = folder / f"chapter-{number:02d}.html"
            path.write_text(chapter_page(number, seeds[number % len(seeds)]), encoding="utf-8")
            paths.append(path)
        size = sum(p.stat().st_size for p in paths)
        print(f"{CHAPTERS} chapters as AO3-style HTML, {size / 1e6:.1f} MB")
        documents = timed("read HTML (tags, chrome, entities)", lambda: [read_file(p) for p in paths])
        timed("find the words (plain text, tokens)", lambda: [d.tokens for d in documents])
        config = Config(root=folder, packs=["english"])
        result = timed("lint (every check, english pack)", lambda: lint(Project.load(documents, config), all_checks()))
        by_path = {d.path: d for d in documents}
        print(f"{len(result.findings)} findings, {sum(d.word_count for d in documents):,} words")
        page = io.StringIO()
        timed("HTML report", lambda: html_report.report(result.findings, by_path, page))
        print(f"{'':<44} {len(page.getvalue()) / 1e6:7.2f} MB page")
        timed("SARIF report", lambda: sarif.report(result.findings, by_path, io.StringIO()))
        baseline = folder / "baseline.json"
        timed("write baseline", lambda: write_baseline(baseline, result.findings, by_path))
        entries = load_baseline(baseline)
        new = timed("match a run against the baseline", lambda: new_findings(result.findings, by_path, entries, baseline))
        assert new == []


if __name__ == "__main__":
    main()
