"""Findings: what a check reports. Data only; reporters print them."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    """Order severities so that 'error' > 'warning' > 'info'."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] (character offsets) with replacement."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """A set of edits that resolves a finding; safe fixes cannot change meaning."""

    safe: bool
    edits: tuple[Edit, ...]


@dataclass
class Finding:
    """One problem at a span of a document (offsets are characters, end exclusive)."""

    path: str
    start: int
    end: int
    code: str
    check: str
    severity: str
    message: str
    text: str
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    extra: dict = field(default_factory=dict)

    def sort_key(self):
        return (self.path, self.start, self.end, self.code)
