"""Reporters: findings to text, JSON, GitHub annotations, SARIF, HTML or statistics. Nothing else prints."""

from __future__ import annotations

from ficlint.linter import LintResult
from ficlint.reporters import github, html, json, sarif, statistics, text

REPORTERS = {"text": text.report, "json": json.report, "github": github.report, "sarif": sarif.report,
             "html": html.report}


def summary(result: LintResult, files: int) -> str:
    """The one-line summary printed on stderr after a run."""
    words = sum(document.word_count for document in result.documents)
    count = len(result.findings)
    line = f"{files} file{'s' * (files != 1)}, {words:,} words, {count} finding{'s' * (count != 1)}"
    fixable = sum(1 for f in result.findings if f.fix and f.fix.safe)
    if fixable:
        line += f" ({fixable} fixable with --fix)"
    if result.errors:
        line += f", {len(result.errors)} file error{'s' * (len(result.errors) != 1)}"
    return "; ".join([line, *result.notes])


__all__ = ["REPORTERS", "summary", "statistics", "text"]
