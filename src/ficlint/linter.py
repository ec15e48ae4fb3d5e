"""Run the checks over a project and collect findings, errors and timings."""

from __future__ import annotations

import bisect
import fnmatch
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ficlint.checks import Check
from ficlint.document import Document
from ficlint.errors import FiclintError
from ficlint.finding import Finding, severity_rank
from ficlint.project import Project
from ficlint.suppression import is_suppressed, suppressed_regions, unknown_codes


@dataclass
class LintResult:
    """What one run found; `errors` are files that could not be linted."""

    documents: list[Document]
    findings: list[Finding] = field(default_factory=list)
    errors: list[FiclintError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    notes: list[str] = field(default_factory=list)


def lint(project: Project, checks: list[Check], progress=None) -> LintResult:
    """Run every selected check on every document; `progress` (optional) hears of each step."""
    result = LintResult(project.linted)
    config = project.config
    active = [c for c in checks if any(config.selects(rule.code) for rule in c.rules)]
    known = [rule.code for check in checks for rule in check.rules]
    if progress:
        progress.start(len(project.linted) * len(active))
    for document in project.linted:
        ignored = [code for pattern, codes in config.per_file_ignores.items()
                   if matches(document, pattern, config.root) for code in codes]
        regions = suppressed_regions(document.text)
        result.errors += [FiclintError(f"{document.path}:{line}", f"unknown code '{code}' in a ficlint comment")
                          for line, code in unknown_codes(document.text, known)]
        found = []
        for check in active:
            started = time.perf_counter()
            try:
                for finding in check.check(document, project):
                    if config.selects(finding.code) and not any(finding.code.startswith(c) for c in ignored) \
                            and not is_suppressed(finding, regions):
                        finding.severity = config.severity.get(finding.code, finding.severity)
                        found.append(finding)
            except FiclintError as error:
                result.errors.append(error)
            except Exception as error:  # a bug in a check: this file's error, the other files and checks go on
                result.errors.append(FiclintError(document.path, f"internal error in the {check.name} check "
                                                                 f"({type(error).__name__}: {error}); please report it"))
            result.timings[check.name] += time.perf_counter() - started
            if progress:
                progress.advance(f"{document.path} ({check.name})")
        result.findings += locate(document, merge_same_span(found))
    return result


def matches(document: Document, pattern: str, root: Path) -> bool:
    """Whether a per-file-ignores pattern matches the path as given or relative to the config's folder."""
    names = [document.path]
    if document.source.path:
        try:
            names.append(Path(document.source.path).resolve().relative_to(root).as_posix())
        except ValueError:
            pass
    return any(fnmatch.fnmatch(name, pattern) for name in names)


def merge_same_span(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per span: the most severe (ficlint's own over a backend's), with the others'
    suggestions and codes added."""
    by_span: dict[tuple[int, int], Finding] = {}
    for finding in findings:
        kept = by_span.get((finding.start, finding.end))
        if kept is None:
            by_span[(finding.start, finding.end)] = finding
            continue
        if severity_rank(finding.severity) > severity_rank(kept.severity) or (
                finding.severity == kept.severity and kept.check == "grammar" and finding.check != "grammar"):
            kept, finding = finding, kept
            by_span[(kept.start, kept.end)] = kept
        kept.suggestions += [s for s in finding.suggestions if s not in kept.suggestions]
        kept.extra.setdefault("also", []).append(finding.code)
        kept.fix = kept.fix or finding.fix
    return _fold_backend_overlaps(sorted(by_span.values(), key=Finding.sort_key))


def _fold_backend_overlaps(findings: list[Finding]) -> list[Finding]:
    """A grammar backend's finding that overlaps one of ficlint's own is the same error: keep ficlint's,
    with the backend's code in `also` (its message is the one written for fiction)."""
    own = [f for f in findings if f.check != "grammar"]
    starts = [f.start for f in own]
    kept = []
    for finding in findings:
        if finding.check == "grammar":
            before = bisect.bisect_left(starts, finding.end)  # the own findings that start before this one ends
            twin = next((f for f in own[max(0, before - 8):before] if finding.start < f.end), None)
            if twin is not None:
                twin.extra.setdefault("also", []).append(finding.code)
                continue
        kept.append(finding)
    return kept


def locate(document: Document, findings: list[Finding]) -> list[Finding]:
    """Fill in 1-based line and column (in characters) from offsets."""
    for finding in findings:
        finding.line, finding.column = document.position(finding.start)
        finding.end_line, finding.end_column = document.position(finding.end)
    return findings

