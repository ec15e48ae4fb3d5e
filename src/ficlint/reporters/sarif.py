"""SARIF 2.1.0: the static analysis format GitHub code scanning and editors read."""

from __future__ import annotations

import json
import os
from urllib.parse import quote

from ficlint import __version__
from ficlint.checks import all_rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def region(document, start: int, end: int) -> dict:
    """A SARIF region: 1-based lines and columns in code points, end column exclusive."""
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def artifact(path: str) -> dict:
    """The file's URI: its name's bytes percent-encoded, so a name that is not UTF-8 stays exact."""
    return {"uri": quote(os.fsencode(path.replace("\\", "/")))}


def rule_json(rule) -> dict:
    return {
        "id": rule.code, "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": f"{rule.summary}\n\nWhy: {rule.why}\nExample: {rule.example}\nFix: {rule.fixable}"},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"check": rule.check},
    }


def fix_json(finding, document) -> dict:
    return {
        "description": {"text": ("safe" if finding.fix.safe else "unsafe") + " fix"},
        "artifactChanges": [{
            "artifactLocation": artifact(finding.path),
            "replacements": [{"deletedRegion": region(document, e.start, e.end),
                              "insertedContent": {"text": e.replacement}} for e in finding.fix.edits],
        }],
    }


def result_json(finding, document, index: int) -> dict:
    message = finding.message
    if finding.suggestions:
        message += f" (suggestions: {', '.join(finding.suggestions)})"
    place = region(document, finding.start, finding.end) | {"snippet": {"text": finding.text}}
    result = {
        "ruleId": finding.code, "ruleIndex": index, "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact(finding.path), "region": place}}],
        "properties": {"check": finding.check, "suggestions": finding.suggestions},
    }
    if finding.fix:
        result["fixes"] = [fix_json(finding, document)]
    return result


def report(findings, documents, stream) -> None:
    rules = all_rules()
    codes = sorted({f.code for f in findings} & rules.keys())
    index = {code: i for i, code in enumerate(codes)}
    log = {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "ficlint", "version": __version__, "semanticVersion": __version__,
                                "rules": [rule_json(rules[code]) for code in codes]}},
            "columnKind": "unicodeCodePoints",
            "results": [result_json(f, documents[f.path], index.get(f.code, -1)) for f in findings],
        }],
    }
    json.dump(log, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
