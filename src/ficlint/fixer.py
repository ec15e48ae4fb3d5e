"""Fixer: apply the findings' fixes to documents and write story files back safely.

Fixes are chosen deterministically (by position, then code): a fix whose edits
overlap or touch an already chosen one loses and stays open for the next pass.
Passes repeat (lint, fix, re-lint) until nothing more applies; a fix that the same
rule flags again is reported as not converging. Fixes that undo one another (two
spellings swapped back and forth) are caught when a text comes back: the file settles
on the first of that cycle's texts in sorting order, so every run ends on the same text. Files are written atomically in
their own encoding, BOM and line endings, and only if unchanged on disk since read.
"""

from __future__ import annotations

import codecs
import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ficlint.document import Document
from ficlint.errors import FiclintError
from ficlint.files import read_bytes, replace_file
from ficlint.finding import Edit, Finding, Fix
from ficlint.linter import LintResult, lint
from ficlint.printable import printable
from ficlint.project import Project
from ficlint.readers import make_document

MAX_PASSES = 10
BOM_BYTES = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
             "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}


def fix_for(finding: Finding, unsafe: bool = False) -> Fix | None:
    """The fix to apply: a safe one, or with `unsafe` any fix, else the first suggestion (unless the
    finding says `unsafe_fix: false`, as spelling does for names and terms)."""
    if finding.fix and (finding.fix.safe or unsafe):
        return finding.fix
    if unsafe and finding.suggestions and finding.extra.get("unsafe_fix", True):
        return Fix(False, (Edit(finding.start, finding.end, finding.suggestions[0]),))
    return None


def is_valid(fix: Fix, length: int) -> bool:
    """Edits inside the text, in order, neither overlapping nor touching one another."""
    edits = sorted(fix.edits, key=lambda e: (e.start, e.end))
    inside = all(0 <= e.start <= e.end <= length for e in edits)
    return bool(edits) and inside and all(a.end < b.start for a, b in zip(edits, edits[1:]))


def conflict(a: Fix, b: Fix) -> bool:
    """Whether two fixes overlap or touch (an edit ending where another starts counts)."""
    return any(x.start <= y.end and y.start <= x.end for x in a.edits for y in b.edits)


def choose(candidates: list[tuple[Finding, Fix]]) -> tuple[list[tuple[Finding, Fix]], list[Finding]]:
    """Pick fixes that do not conflict, first by position then code; the rest lose."""
    def order(candidate):
        finding, fix = candidate
        return (min(e.start for e in fix.edits), max(e.end for e in fix.edits), finding.code,
                tuple((e.start, e.end, e.replacement) for e in fix.edits))

    chosen, losers = [], []
    for candidate in sorted(candidates, key=order):
        if any(conflict(candidate[1], kept) for _, kept in chosen):
            losers.append(candidate[0])
        else:
            chosen.append(candidate)
    return chosen, losers


def apply_fixes(text: str, fixes: list[Fix]) -> str:
    """The text with every edit of non-conflicting fixes applied; untouched elsewhere."""
    parts, cursor = [], 0
    for edit in sorted((e for fix in fixes for e in fix.edits), key=lambda e: e.start):
        parts += [text[cursor:edit.start], edit.replacement]
        cursor = edit.end
    return "".join(parts) + text[cursor:]


def with_text(document: Document, text: str) -> Document:
    """The same document (path, format, source) with new text."""
    return make_document(document.path, text, Path(document.path).suffix.lower(), document.source)


def new_spans(edits: list[Edit]) -> list[tuple[int, int]]:
    """Where each edit's replacement lies in the fixed text (edits in text order, not conflicting)."""
    spans, shift = [], 0
    for edit in edits:
        spans.append((edit.start + shift, edit.start + shift + len(edit.replacement)))
        shift += len(edit.replacement) - (edit.end - edit.start)
    return spans


@dataclass
class FixRun:
    """What fixing a project did: the fixed documents and what is left to report."""

    originals: list[Document]
    documents: list[Document]
    initial: LintResult
    result: LintResult
    applied: dict[str, list[Finding]] = field(default_factory=dict)
    unconverged: list[Finding] = field(default_factory=list)
    cycles: dict[str, list[str]] = field(default_factory=dict)  # path -> codes of fixes that undo one another
    refused: list[tuple[Finding, str]] = field(default_factory=list)  # fixes the file's format cannot take, and why
    passes: int = 0

    def changed(self) -> list[tuple[Document, Document]]:
        """(original, fixed) for every document whose text changed."""
        return [(old, new) for old, new in zip(self.originals, self.documents) if old.text != new.text]

    @property
    def fixed_count(self) -> int:
        return sum(len(findings) for findings in self.applied.values())


def fix_project(project: Project, checks: list, unsafe: bool = False) -> FixRun:
    """Lint, apply fixes, re-lint, until no fix applies (at most MAX_PASSES passes)."""
    result = lint(project, checks)
    run = FixRun(list(project.documents), list(project.documents), result, result)
    frozen: set[int] = set()
    history = {index: [(document.text, 0)] for index, document in enumerate(project.documents)}
    while run.passes < MAX_PASSES:
        passed = _fix_pass(run, frozen, unsafe)
        if not passed:
            break
        run.passes += 1
        settled = {index for index in passed if _settle_cycle(run, index, history[index])}
        frozen |= settled
        relinted = lint(Project(run.documents, project.config, project.vocabulary, targets=project.targets), checks)
        for index, chosen in passed.items():
            if index in settled:
                continue
            stray = _unconverged(run.documents[index], chosen, relinted.findings)
            run.unconverged += stray
            frozen |= {index} if stray else set()
        run.result = relinted
    return run


def _settle_cycle(run: FixRun, index: int, history: list[tuple[str, int]]) -> bool:
    """Whether the document's new text came back from an earlier pass; if so it settles on the
    cycle's first text in sorting order (a choice that does not depend on where the run started)."""
    document = run.documents[index]
    applied = run.applied.get(document.path, [])
    texts = [text for text, _ in history]
    if document.text not in texts:
        history.append((document.text, len(applied)))
        return False
    cycle = history[texts.index(document.text):]
    text, count = min(cycle)
    run.cycles[document.path] = sorted({finding.code for finding in applied[cycle[0][1]:]})
    run.documents[index] = with_text(document, text)
    run.applied[document.path] = applied[:count]
    return True


def _fix_pass(run: FixRun, frozen: set[int], unsafe: bool) -> dict[int, list[tuple[Finding, Fix]]]:
    """Apply one round of fixes to every document; returns the fixes chosen per document."""
    passed = {}
    for index, document in enumerate(run.documents):
        if index in frozen:
            continue
        candidates = [(f, fix) for f in run.result.findings
                      if f.path == document.path and (fix := fix_for(f, unsafe)) and is_valid(fix, len(document.text))
                      and not _refused(run, document, f, fix)]
        chosen, _losers = choose(candidates)  # losers stay open; the next pass may fix them
        if not chosen:
            continue
        text = apply_fixes(document.text, [fix for _, fix in chosen])
        if text == document.text:
            continue
        run.documents[index] = with_text(document, text)
        run.applied.setdefault(document.path, []).extend(f for f, _ in chosen)
        passed[index] = chosen
    return passed


def _refused(run: FixRun, document: Document, finding: Finding, fix: Fix) -> bool:
    """Whether the file's format cannot take this fix (a .docx edit across formatting); noted in run.refused."""
    refusal = getattr(document.source, "refusal", None)
    reason = refusal(document, fix) if refusal else None
    if reason:
        run.refused.append((finding, reason))
    return bool(reason)


def _unconverged(document: Document, chosen: list[tuple[Finding, Fix]], findings: list[Finding]) -> list[Finding]:
    """New findings that cover text a fix wrote and share the code of that fix."""
    edits = sorted(((edit, finding.code) for finding, fix in chosen for edit in fix.edits), key=lambda p: p[0].start)
    spans = new_spans([edit for edit, _ in edits])
    return [f for f in findings if f.path == document.path and any(
        code == f.code and f.start < end and start < f.end for (start, end), (_, code) in zip(spans, edits))]


def unified_diff(original: Document, text: str) -> str:
    """A unified diff of the fix, git style (a/ and b/ prefixes, missing newline marked)."""
    def lines(value: str) -> list[str]:
        result = value.splitlines(keepends=True)
        if result and not result[-1].endswith("\n"):
            result[-1] += "\n\\ No newline at end of file\n"
        return result

    return "".join(difflib.unified_diff(lines(original.text), lines(text),
                                        f"a/{printable(original.path)}", f"b/{printable(original.path)}"))


def encode(text: str, source) -> bytes:
    """The bytes of a document as it was stored: same encoding, BOM kept (a .docx or .odt: its package)."""
    if hasattr(source, "encode"):
        return source.encode(text)
    bom = BOM_BYTES[source.encoding] if source.bom else b""
    return bom + text.encode(source.encoding)


def write_document(original: Document, text: str) -> None:
    """Replace the story file with text, atomically; refuse if anything looks unsafe.

    Refused (a FiclintError, the file untouched): read-only file or folder (by its
    permission bits, so root is refused too), a file changed on disk since it was
    read, a path that now leads to another file (a link retargeted). A link inside the
    project is followed: its target, the file that was read, is rewritten and the link kept.
    """
    where = original.path
    target = Path(os.path.realpath(original.source.path))
    try:
        info = os.stat(target)
        if (info.st_dev, info.st_ino) != original.source.identity:
            raise FiclintError(where, "now leads to another file than the one read: not overwritten (run again)")
        if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
            raise FiclintError(where, "file is read-only: not fixed (make it writable to fix it)")
        folder = os.stat(target.parent)
        if not folder.st_mode & 0o222 or not os.access(target.parent, os.W_OK | os.X_OK):
            raise FiclintError(where, f"folder {target.parent} is read-only: not fixed")
        _check_unchanged(original, target, info)
        replace_file(target, encode(text, original.source), info)
    except OSError as error:
        raise FiclintError(where, f"cannot write: {error.strerror or error}; file left as it was") from None


def _check_unchanged(original: Document, target: Path, info: os.stat_result) -> None:
    source = original.source
    same = (info.st_mtime_ns, info.st_size) == (source.mtime_ns, source.size)
    if not same or read_bytes(target, original.path)[0] != encode(original.text, source):
        raise FiclintError(original.path, "changed on disk since it was read: not overwritten (run again)")


def save(run: FixRun) -> tuple[list[Document], list[FiclintError]]:
    """Write every changed file once; returns those written and the errors of those refused."""
    written, errors, seen = [], [], set()
    for original, fixed in run.changed():
        if original.source.path is None or os.path.realpath(original.source.path) in seen:
            continue  # standard input is printed; a file named twice (or by a link too) is written once
        seen.add(os.path.realpath(original.source.path))
        try:
            write_document(original, fixed.text)
            written.append(fixed)
        except FiclintError as error:
            errors.append(error)
    return written, errors
