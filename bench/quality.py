"""Quality benchmark: recall of the gold errors and false alarms per 1,000 words.

Runs, in one go, ficlint (Python API, every check, the shipped packs), plain
pyspellchecker, Harper alone (harper-py, default config) and codespell's dictionary
over the seeds (each seed is its own story, so its own project) and over the clean
prose in bench/clean/, and prints Markdown tables.

    PYTHONPATH=src python bench/quality.py            # the tables
    PYTHONPATH=src python bench/quality.py --missed   # also the gold errors ficlint misses
    PYTHONPATH=src python bench/quality.py --alarms   # also ficlint's false alarms
    PYTHONPATH=src python bench/quality.py --heldout  # the held-out stories (bench/heldout) instead of the seeds
    PYTHONPATH=src python bench/quality.py --heldout2 # the second held-out set (bench/heldout2)

The held-out stories were written with their gold by someone who had not seen ficlint's rules,
so they measure how the rules carry over to errors of the same kinds in text not tuned on.

A gold error counts as found when a finding overlaps its text; a finding that
overlaps no gold error is a false alarm. Every finding on clean prose is one.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import harper
import yaml
from real_quality import grammar_overrides
from spellchecker import SpellChecker

from ficlint.checks import all_checks
from ficlint.checks.spelling import codespell_corrections
from ficlint.checks.grammar import close_session
from ficlint.config import Config
from ficlint.document import WORD_RE, Document, base_form
from ficlint.linter import lint
from ficlint.project import Project
from ficlint.readers import read_file

BENCH = Path(__file__).resolve().parent
SEEDS = BENCH.parent / "seeds"
CATEGORIES = ("spelling", "grammar", "confusable", "name", "dialogue", "punctuation")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    category: str
    where: str = ""


@dataclass(frozen=True)
class Alarm:
    start: int
    end: int
    severity: str = "warning"


def gold_errors(document: Document, path: Path) -> list[Gold]:
    """The annotated errors of a seed as character spans of its text."""
    errors = []
    for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["errors"]:
        text = entry["text"]
        pattern = (r"(?<!\w)" if text[0].isalnum() else "") + re.escape(text) + (r"(?!\w)" if text[-1].isalnum() else "")
        line_start = document.offset(entry["line"], 1)
        matches = list(re.finditer(pattern, document.line_text(entry["line"])))
        occurrence = entry.get("occurrence", 1)
        if len(matches) < occurrence:
            sys.exit(f"error: {path}: line {entry['line']} has no occurrence {occurrence} of {text!r}")
        match = matches[occurrence - 1]
        where = f"{path.with_suffix('.txt').name}:{entry['line']}: {entry['category']}: {text!r}"
        errors.append(Gold(line_start + match.start(), line_start + match.end(), entry["category"], where))
    return errors


@lru_cache(maxsize=None)
def run_grammar() -> dict:
    """The run's grammar settings, with one LanguageTool server for every story."""
    return grammar_overrides(None)


def run_ficlint(document: Document) -> list[Alarm]:
    config = Config(root=BENCH)
    config.grammar = {**config.grammar, **run_grammar()}
    try:
        return [Alarm(f.start, f.end, f.severity) for f in lint(Project.load([document], config), all_checks()).findings]
    finally:
        close_session(config)


SPELL = SpellChecker()


def run_pyspellchecker(document: Document) -> list[Alarm]:
    return [Alarm(m.start(), m.end()) for m in WORD_RE.finditer(document.text)
            if SPELL.unknown([base_form(m.group()).lower()])]


HARPER = harper.Linter()


def run_harper(document: Document) -> list[Alarm]:
    return [Alarm(lint.span.start, lint.span.end) for lint in HARPER.lint(document.text)]


def run_codespell(document: Document) -> list[Alarm]:
    return [Alarm(m.start(), m.end()) for m in WORD_RE.finditer(document.text) if codespell_corrections(m.group().lower())]


TOOLS = {
    "ficlint": run_ficlint,
    "pyspellchecker": run_pyspellchecker,
    "Harper": run_harper,
    "codespell": run_codespell,
}


def overlaps(alarm: Alarm, gold: Gold) -> bool:
    return alarm.start < gold.end and gold.start < max(alarm.end, alarm.start + 1)


@dataclass
class Score:
    found: Counter
    total: Counter
    false_alarms: int = 0
    info_alarms: int = 0
    words: int = 0
    clean_alarms: int = 0
    clean_info: int = 0
    clean_words: int = 0


def score(tool, seeds: list[tuple[Document, list[Gold]]], clean: list[Document]) -> Score:
    result = Score(Counter(), Counter())
    for document, golds in seeds:
        alarms = tool(document)
        result.words += document.word_count
        for gold in golds:
            result.total[gold.category] += 1
            result.found[gold.category] += any(overlaps(a, gold) for a in alarms)
        for alarm in alarms:
            if not any(overlaps(alarm, gold) for gold in golds):
                result.false_alarms += 1
                result.info_alarms += alarm.severity == "info"
    for document in clean:
        alarms = tool(document)
        result.clean_words += document.word_count
        result.clean_alarms += len(alarms)
        result.clean_info += sum(a.severity == "info" for a in alarms)
    return result


def per_thousand(count: int, words: int) -> str:
    return f"{1000 * count / words:.1f}"


def main() -> None:
    heldout = next((arg[2:] for arg in sys.argv[1:] if arg.startswith("--heldout")), "")
    stories, gold_folder = (BENCH / heldout, BENCH / heldout / "gold") if heldout else (SEEDS, BENCH / "gold")
    seeds = []
    for gold_path in sorted(gold_folder.glob("*.yaml")):
        document = read_file(stories / gold_path.with_suffix(".txt").name)
        seeds.append((document, gold_errors(document, gold_path)))
    clean = [read_file(path) for path in sorted(BENCH.glob("clean*/*.txt"))]
    scores = {name: score(tool, seeds, clean) for name, tool in TOOLS.items()}
    any_score = next(iter(scores.values()))
    print(f"{f'Held-out stories ({heldout})' if heldout else 'Seeds'}: {len(seeds)} stories, {any_score.words:,} words, {sum(any_score.total.values())} gold errors; "
          f"clean prose: {len(clean)} files, {any_score.clean_words:,} words.\n")
    print("| tool | recall | false alarms / 1,000 words (seeds) | false alarms / 1,000 words (clean prose) |")
    print("|---|---|---|---|")
    for name, s in scores.items():
        found, total = sum(s.found.values()), sum(s.total.values())
        info = f" (info: {per_thousand(s.info_alarms, s.words)})" if s.info_alarms else ""
        clean_info = f" (info: {per_thousand(s.clean_info, s.clean_words)})" if s.clean_info else ""
        print(f"| {name} | {100 * found / total:.0f}% ({found}/{total}) | {per_thousand(s.false_alarms, s.words)}{info} "
              f"| {per_thousand(s.clean_alarms, s.clean_words)}{clean_info} |")
    print("\nRecall by category:\n")
    print("| tool | " + " | ".join(f"{c} ({any_score.total[c]})" for c in CATEGORIES) + " |")
    print("|---|" + "---|" * len(CATEGORIES))
    for name, s in scores.items():
        print(f"| {name} | " + " | ".join(str(s.found[c]) for c in CATEGORIES) + " |")
    if "--missed" in sys.argv[1:]:
        print_missed(seeds)
    if "--alarms" in sys.argv[1:]:
        print_alarms(seeds, clean)


def print_missed(seeds: list[tuple[Document, list[Gold]]]) -> None:
    """The gold errors that no ficlint finding overlaps, one per line."""
    print("\nMissed by ficlint:\n")
    for document, golds in seeds:
        alarms = run_ficlint(document)
        for gold in golds:
            if not any(overlaps(a, gold) for a in alarms):
                print(f"- {gold.where}")


def print_alarms(seeds: list[tuple[Document, list[Gold]]], clean: list[Document]) -> None:
    """ficlint's findings that overlap no gold error, and every finding on the clean prose."""
    print("\nFalse alarms of ficlint:\n")
    for document, golds in [*seeds, *((document, []) for document in clean)]:
        project = Project.load([document], Config(root=BENCH))
        for finding in lint(project, all_checks()).findings:
            if not any(overlaps(Alarm(finding.start, finding.end), gold) for gold in golds):
                print(f"- {Path(document.path).name}:{finding.line}: {finding.code} {finding.text!r}: {finding.message}")


if __name__ == "__main__":
    main()
