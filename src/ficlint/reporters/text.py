"""Plain text: `path:line:col: CODE message`, one finding per line."""

from __future__ import annotations


def report(findings, documents, stream) -> None:
    for f in findings:
        marker = "[*] " if f.fix and f.fix.safe else ""
        stream.write(f"{f.path}:{f.line}:{f.column}: {f.code} {marker}{f.message}\n")
