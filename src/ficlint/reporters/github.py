"""GitHub Actions workflow commands: one annotation per finding.

GitHub's own escaping (%25, %0D, %0A, and %3A, %2C in properties) keeps a newline in a
file name or message from starting a command of its own; other control characters are
shown as `ficlint.printable` shows them.
"""

from __future__ import annotations

from ficlint.printable import printable

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape(value: str, property_value: bool = False) -> str:
    value = printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def report(findings, documents, stream) -> None:
    for f in findings:
        props = (f"file={escape(f.path, True)},line={f.line},col={f.column},"
                 f"endLine={f.end_line},endColumn={f.end_column},title={escape(f.code, True)}")
        stream.write(f"::{LEVELS[f.severity]} {props}::{escape(f.code + ' ' + f.message)}\n")
