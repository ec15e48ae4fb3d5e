"""JSON: one array of findings, the contract in DESIGN.md (1-based, end exclusive)."""

from __future__ import annotations

import json


def edit_json(document, edit) -> dict:
    line, column = document.position(edit.start)
    end_line, end_column = document.position(edit.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column,
            "replacement": edit.replacement}


def finding_json(finding, document) -> dict:
    fix = None
    if finding.fix:
        fix = {"safe": finding.fix.safe, "edits": [edit_json(document, e) for e in finding.fix.edits]}
    data = {
        "path": finding.path, "line": finding.line, "column": finding.column,
        "end_line": finding.end_line, "end_column": finding.end_column,
        "code": finding.code, "check": finding.check, "severity": finding.severity,
        "message": finding.message, "text": finding.text, "suggestions": finding.suggestions, "fix": fix,
    }
    data.update(finding.extra)
    return data


def report(findings, documents, stream) -> None:
    json.dump([finding_json(f, documents[f.path]) for f in findings], stream, indent=2, ensure_ascii=False)
    stream.write("\n")
