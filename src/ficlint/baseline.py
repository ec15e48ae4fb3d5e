"""Baselines: record today's findings so that a later run reports only new ones.

A finding is matched by its file, code, flagged text and the words around it (not its
line number), so inserting a paragraph above an old finding does not bring it back.
Editing the words on one side of it still matches; editing both sides makes it new.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ficlint.document import Document
from ficlint.errors import FiclintError
from ficlint.files import read_text, replace_file
from ficlint.finding import Finding

VERSION = 1
CONTEXT = 30  # characters of context kept on each side, whitespace collapsed


def _context(document: Document, finding: Finding) -> tuple[str, str]:
    plain = document.plain
    before = " ".join(plain[max(0, finding.start - 4 * CONTEXT):finding.start].split())[-CONTEXT:]
    after = " ".join(plain[finding.end:finding.end + 4 * CONTEXT].split())[:CONTEXT]
    return before, after


def _path(document: Document, folder: Path) -> str:
    """The document's path relative to the baseline's folder (as given, for standard input)."""
    if document.source.path is None:
        return document.path
    return Path(os.path.relpath(Path(document.source.path).resolve(), folder)).as_posix()


def fingerprint(finding: Finding, document: Document, folder: Path) -> dict:
    before, after = _context(document, finding)
    return {"path": _path(document, folder), "code": finding.code, "text": finding.text,
            "before": before, "after": after, "line": finding.line}


def write_baseline(path: Path, findings: list[Finding], documents: dict[str, Document]) -> None:
    """Write every finding to path, atomically (a failed write leaves the old baseline whole)."""
    folder = path.resolve().parent
    entries = [fingerprint(f, documents[f.path], folder) for f in findings]
    data = json.dumps({"ficlint-baseline": VERSION, "findings": entries}, indent=1, ensure_ascii=False) + "\n"
    try:  # a file name that is not UTF-8 is kept as a JSON \udcXX escape, which reads back the same
        replace_file(path.resolve(), data.encode("utf-8", "backslashreplace"),
                     os.stat(path) if path.is_file() else None)
    except OSError as error:
        raise FiclintError(str(path), f"cannot write baseline: {error.strerror or error}") from None


def load_baseline(path: Path) -> list[dict]:
    """The entries of a baseline file; unreadable or malformed is an error naming the file."""
    try:
        data = json.loads(read_text(path, "baseline"))
    except json.JSONDecodeError as error:
        raise FiclintError(str(path), f"not a ficlint baseline (invalid JSON: {error})") from None
    keys = {"path", "code", "text", "before", "after"}
    if not isinstance(data, dict) or data.get("ficlint-baseline") != VERSION or not isinstance(data.get("findings"), list) \
            or not all(isinstance(e, dict) and keys <= e.keys() for e in data["findings"]):
        raise FiclintError(str(path), f"not a ficlint baseline (expected {{\"ficlint-baseline\": {VERSION}, "
                                      "\"findings\": [...]}, as written by --write-baseline)")
    return data["findings"]


def new_findings(findings: list[Finding], documents: dict[str, Document], entries: list[dict],
                 path: Path) -> list[Finding]:
    """The findings not in the baseline; each baseline entry hides at most one finding."""
    folder = path.resolve().parent
    unused: dict[tuple, list[dict]] = {}
    for entry in entries:
        unused.setdefault((entry["path"], entry["code"], entry["text"]), []).append(entry)
    new = []
    for finding in findings:
        mark = fingerprint(finding, documents[finding.path], folder)
        candidates = unused.get((mark["path"], mark["code"], mark["text"]), [])
        match = next((e for e in candidates if (e["before"], e["after"]) == (mark["before"], mark["after"])), None) \
            or next((e for e in candidates if e["before"] == mark["before"] or e["after"] == mark["after"]), None)
        if match:
            candidates.remove(match)
        else:
            new.append(finding)
    return new
