"""Run the checks over a project and collect findings, errors and timings.

With `jobs` above 1, a large run is split across worker processes (forked, so each sees the whole
project): the grammar backend checks its share of the paragraphs, then each worker runs the checks
on its share of the documents (or, with fewer documents than workers, on its share of the checks of
a document). Project-wide values are computed from the whole project in every process, findings
reported once per project are kept at their first place in document order, and the parent puts the
results back in document and check order, so the output is the same for any number of jobs.
"""

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
from ficlint.parallel import fork_map, in_order
from ficlint.project import Project
from ficlint.suppression import is_suppressed, suppressed_regions, unknown_codes

# Below this many characters in all, forking workers costs more than it saves.
PARALLEL_CHARACTERS = 100_000
# How long the other checks take on a document, against Harper on the same text: to start the longest first.
CHECKS_PER_GRAMMAR = 0.8


@dataclass
class LintResult:
    """What one run found; `errors` are files that could not be linted."""

    documents: list[Document]
    findings: list[Finding] = field(default_factory=list)
    errors: list[FiclintError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    notes: list[str] = field(default_factory=list)


def lint(project: Project, checks: list[Check], progress=None, jobs: int = 1) -> LintResult:
    """Run every selected check on every document; `progress` (optional) hears of each step."""
    result = LintResult(project.linted)
    config = project.config
    active = [c for c in checks if any(config.selects(rule.code) for rule in c.rules)]
    known = [rule.code for check in checks for rule in check.rules]
    if progress:
        progress.start(len(project.linted) * len(active))
    if sum(len(document.text) for document in project.documents) < PARALLEL_CHARACTERS:
        jobs = 1
    work = {}  # project-wide work a check hands out before the documents (the grammar backend's paragraphs)
    for index, check in enumerate(active):
        prepare = getattr(check, "prepare", None)
        if prepare and (items := prepare(project, jobs)):
            work[index] = items
    every = tuple(c for c in range(len(active)) if c not in work)
    linted = [d for d, document in enumerate(project.documents) if project.reports_on(document)]
    units = [(d, every) for d in linted]
    by_check: dict[tuple[int, int], tuple] = {}  # (document, check) -> (findings, errors, seconds)
    outcomes, work_seconds = run_units(project, active, units, [(c, *item) for c, w in work.items() for item in w],
                                  jobs, progress)
    for (d, _), outcome in zip(units, outcomes):
        by_check.update(((d, c), found) for c, found in outcome)
    for d in linted:  # the checks that handed out work read its results here
        for c in work:
            by_check.update(((d, c), found) for c, found in run_unit(project, active, (d, (c,)), progress))
    once: set = set()
    for index in linted:
        document = project.documents[index]
        result.errors += [FiclintError(f"{document.path}:{line}", f"unknown code '{code}' in a ficlint comment")
                          for line, code in unknown_codes(document.text, known)]
        found = []
        for c, check in enumerate(active):
            findings, errors, seconds = by_check[index, c]
            found += findings
            result.errors += errors
            result.timings[check.name] += seconds
        result.findings += locate(document, merge_same_span(first_of_each(found, once)))
    for c, spent in work_seconds.items():
        result.timings[active[c].name] += spent
    return result


def run_units(project: Project, active: list[Check], units: list, work: list, jobs: int, progress):
    """Each unit's outcome (see run_unit), run here or in `jobs` forked worker processes, with the checks'
    work items (check index, chunk, run, store): `run(chunk)` there, `store(chunk, result)` here. Also the
    seconds the work took, by check index."""
    tasks = [(i, len(project.documents[d].text) * CHECKS_PER_GRAMMAR) for i, (d, _) in enumerate(units)]
    tasks += [(len(units) + i, sum(map(len, chunk))) for i, (_, chunk, _, _) in enumerate(work)]
    order = [i for i, _ in sorted(tasks, key=lambda task: -task[1])]  # the longest first
    here = progress if jobs <= 1 else None

    def do(i):
        if i < len(units):
            outcome = run_unit(project, active, units[i], here)
            if jobs > 1:  # what the checks found out in this worker (the rules that ran out of time)
                return outcome, [(c, check.worker_state(project)) for c, check in enumerate(active)
                                 if hasattr(check, "worker_state")]
            return outcome
        _, chunk, run, _ = work[i - len(units)]
        started = time.perf_counter()
        return run(chunk), time.perf_counter() - started

    outcomes, seconds = [], defaultdict(float)
    for i, outcome in zip(order, fork_map(do, order, jobs)):
        if i >= len(units):
            check, chunk, _, store = work[i - len(units)]
            store(chunk, outcome[0])
            seconds[check] += outcome[1]
        elif jobs > 1:
            outcome, states = outcome
            for c, state in states:
                active[c].take_worker_state(project, state)
            if progress:
                for c in units[i][1]:
                    progress.advance(f"{project.documents[units[i][0]].path} ({active[c].name})")
        outcomes.append(outcome)
    return in_order(outcomes, order)[:len(units)], seconds


def run_unit(project: Project, active: list[Check], unit: tuple[int, tuple[int, ...]], progress) -> list:
    """Some checks on one document: for each, (its index, (the findings the configuration keeps, errors, seconds))."""
    config = project.config
    document = project.documents[unit[0]]
    ignored = [code for pattern, codes in config.per_file_ignores.items()
               if matches(document, pattern, config.root) for code in codes]
    regions = suppressed_regions(document.text)
    out = []
    for index in unit[1]:
        check, found, errors = active[index], [], []
        started = time.perf_counter()
        try:
            for finding in check.check(document, project):
                if config.selects(finding.code) and not any(finding.code.startswith(c) for c in ignored) \
                        and not is_suppressed(finding, regions):
                    finding.severity = config.severity.get(finding.code, finding.severity)
                    found.append(finding)
        except FiclintError as error:
            errors.append(error)
        except Exception as error:  # a bug in a check: this file's error, the other files and checks go on
            errors.append(FiclintError(document.path, f"internal error in the {check.name} check "
                                                      f"({type(error).__name__}: {error}); please report it"))
        out.append((index, (found, errors, time.perf_counter() - started)))
        if progress:
            progress.advance(f"{document.path} ({check.name})")
    return out


def first_of_each(findings: list[Finding], seen: set) -> list[Finding]:
    """Drop a finding marked `once` (reported once per project) whose key was reported before."""
    kept = []
    for finding in findings:
        key = finding.extra.pop("once", None)
        if key is not None:
            if (finding.code, key) in seen:
                continue
            seen.add((finding.code, key))
        kept.append(finding)
    return kept


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
