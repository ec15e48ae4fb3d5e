"""Quality on real fan fiction: strict recall per category and unmatched findings per 1,000 words.

Each excerpt of `bench/real/` is linted as its own story with every check and the default
settings (its text from `bench/real/text/`, which git ignores; see `bench/real/README.md`).
Scoring is strict: a finding matches an error when their spans overlap, and each finding may
match one error and each error one finding (a maximum matching, so one long finding never
counts for two errors).

    PYTHONPATH=src python bench/real_quality.py                  # dev split: the tables
    PYTHONPATH=src python bench/real_quality.py --split test     # the test split (never studied)
    PYTHONPATH=src python bench/real_quality.py --split fresh    # a batch added later (fresh, fresh2...)
    PYTHONPATH=src python bench/real_quality.py --split all
    PYTHONPATH=src python bench/real_quality.py --check --split fresh   # validate gold files, lint nothing
    PYTHONPATH=src python bench/real_quality.py --missed         # the errors ficlint misses (dev, or fresh once scored)
    PYTHONPATH=src python bench/real_quality.py --alarms         # its findings that match no error (dev)
    PYTHONPATH=src python bench/real_quality.py --grammar harper+languagetool
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from ficlint.checks import all_checks
from ficlint.checks.grammar import close_session, grammar_settings
from ficlint.config import Config
from ficlint.document import Document
from ficlint.finding import Finding
from ficlint.grammar import languagetool_configured
from ficlint.grammar.languagetool import start_local_server
from ficlint.linter import lint
from ficlint.project import Project
from ficlint.readers import read_file

BENCH = Path(__file__).resolve().parent
REAL = BENCH / "real"
CATEGORIES = ("dialogue", "grammar", "confusable", "vocative", "splice", "punctuation", "missing-word",
              "capitals", "possessive", "hyphen", "tense", "name", "spelling")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    category: str
    where: str


def gold_errors(document: Document, entries: list[dict], name: str) -> list[Gold]:
    """The annotated errors of an excerpt as character spans of its text."""
    errors = []
    for entry in entries:
        text, line = str(entry["text"]), entry["line"]
        found, start = [], 0
        line_text = document.line_text(line)
        while (index := line_text.find(text, start)) >= 0:
            before_ok = index == 0 or not (text[0].isalnum() and line_text[index - 1].isalnum())
            end = index + len(text)
            after_ok = end == len(line_text) or not (text[-1].isalnum() and line_text[end].isalnum())
            if before_ok and after_ok:
                found.append(index)
            start = index + 1
        occurrence = entry.get("occurrence", 1)
        if len(found) < occurrence:
            sys.exit(f"error: {name}: line {line} has no occurrence {occurrence} of {text!r}")
        offset = document.offset(line, 1) + found[occurrence - 1]
        category = entry["category"]
        if category not in CATEGORIES:
            sys.exit(f"error: {name}: line {line}: unknown category {category!r}")
        errors.append(Gold(offset, offset + len(text), category, f"{name}:{line}: {category}: {text!r} -> {entry.get('correction')!r}"))
    return errors


def overlaps(finding: Finding, gold: Gold) -> bool:
    return finding.start < gold.end and gold.start < max(finding.end, finding.start + 1)


def match(findings: list[Finding], golds: list[Gold]) -> dict[int, int]:
    """A maximum one-to-one matching of findings to overlapping errors: {gold index: finding index}."""
    candidates = [[j for j, finding in enumerate(findings) if overlaps(finding, gold)] for gold in golds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def load_excerpts(split: str) -> list[tuple[str, Document, list[Gold]]]:
    excerpts, missing = [], []
    for path in sorted((REAL / "gold").glob("*.yaml")):
        entry = yaml.safe_load(path.read_text(encoding="utf-8"))
        if split != "all" and entry.get("split", "dev") != split:
            continue
        text_path = REAL / "text" / f"{entry['id']}.txt"
        if not text_path.is_file():
            missing.append(entry["id"])
            continue
        if hashlib.sha256(text_path.read_bytes()).hexdigest() != entry.get("sha256"):
            print(f"warning: {text_path.name}: SHA-256 differs from the gold file's", file=sys.stderr)
        document = read_file(text_path)
        excerpts.append((entry["id"], document, gold_errors(document, entry.get("errors") or [], entry["id"])))
    if missing:
        print(f"warning: {len(missing)} excerpt texts are missing from bench/real/text/: {', '.join(missing)}", file=sys.stderr)
    return excerpts


def grammar_overrides(backend: str | None) -> dict:
    """Grammar settings for the whole run: one LanguageTool server shared by every story.

    Each story gets its own Config, and a Config's grammar session would start (and
    keep) a server of its own: one Java process per excerpt.
    """
    overrides = {"backend": backend} if backend else {}
    config = Config(root=REAL)
    config.grammar = {**config.grammar, **overrides}
    settings, _ = grammar_settings(config)
    if not settings.url and (settings.backend in ("languagetool", "harper+languagetool")
                             or settings.backend == "auto" and languagetool_configured(settings)):
        overrides["url"], _ = start_local_server()  # stopped when this process exits
    return overrides


def run_ficlint(document: Document, grammar: dict) -> list[Finding]:
    config = Config(root=REAL)
    config.grammar = {**config.grammar, **grammar}
    project = Project.load([document], config)
    try:
        return lint(project, all_checks(config)).findings
    finally:
        close_session(config)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", help="dev, test, all, or a later batch's name (fresh, fresh2...)")
    parser.add_argument("--check", action="store_true", help="only validate the gold files and their texts")
    parser.add_argument("--grammar", help="grammar backend (default: the configuration's default)")
    parser.add_argument("--missed", action="store_true")
    parser.add_argument("--alarms", action="store_true")
    args = parser.parse_args()
    if (args.missed or args.alarms) and args.split in ("test", "all"):
        sys.exit("error: --missed and --alarms list the dev or fresh split only (the test split is never studied)")
    excerpts = load_excerpts(args.split)
    if not excerpts:
        sys.exit("error: no excerpts to score")
    if args.check:
        counts = Counter(gold.category for _, _, golds in excerpts for gold in golds)
        words = sum(document.word_count for _, document, _ in excerpts)
        print(f"{len(excerpts)} excerpts, {words:,} words, {sum(counts.values())} errors: "
              + ", ".join(f"{category} {counts[category]}" for category in CATEGORIES if counts[category]))
        return
    found, total, unmatched, by_code, matched_codes = Counter(), Counter(), Counter(), Counter(), Counter()
    words = 0
    missed, alarms = [], []
    grammar = grammar_overrides(args.grammar)
    for name, document, golds in excerpts:
        findings = run_ficlint(document, grammar)
        pairs = match(findings, golds)
        words += document.word_count
        for i, gold in enumerate(golds):
            total[gold.category] += 1
            found[gold.category] += i in pairs
            if i not in pairs:
                missed.append(gold.where)
        matched = set(pairs.values())
        matched_codes.update(findings[j].code for j in matched)
        for j, finding in enumerate(findings):
            if j not in matched:
                unmatched[finding.severity] += 1
                by_code[finding.code] += 1
                alarms.append(f"{name}:{finding.line}:{finding.column}: {finding.code} {finding.text!r}: {finding.message}")
    all_found, all_total, all_unmatched = sum(found.values()), sum(total.values()), sum(unmatched.values())
    print(f"Real fan fiction ({args.split}): {len(excerpts)} excerpts, {words:,} words, {all_total} errors\n")
    print(f"recall: {100 * all_found / max(all_total, 1):.0f}% ({all_found}/{all_total}); "
          f"unmatched findings: {1000 * all_unmatched / words:.1f} per 1,000 words ({all_unmatched}; "
          f"info {unmatched['info']}, warning {unmatched['warning']}, error {unmatched['error']})\n")
    print("| category | errors | found | recall |")
    print("|---|---|---|---|")
    for category in CATEGORIES:
        if total[category]:
            print(f"| {category} | {total[category]} | {found[category]} | {100 * found[category] / total[category]:.0f}% |")
    print("\nMatched findings by code: " + ", ".join(f"{code} {n}" for code, n in matched_codes.most_common()))
    print("\nUnmatched findings by code: " + ", ".join(f"{code} {n}" for code, n in by_code.most_common()))
    if args.missed:
        print("\nMissed:\n" + "\n".join(f"- {line}" for line in missed))
    if args.alarms:
        print("\nUnmatched findings:\n" + "\n".join(f"- {line}" for line in alarms))


if __name__ == "__main__":
    main()
