"""Grammar backends: a neutral match model, settings, and the backend picker.

Backends check plain paragraphs and know nothing about documents or findings;
``ficlint.checks.grammar`` turns their matches into findings.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Protocol

BACKENDS = ("auto", "languagetool", "harper", "harper+languagetool", "off")


@dataclass(frozen=True)
class GrammarMatch:
    """One problem a backend found in one paragraph."""

    start: int  # code-point offset into the paragraph string passed in
    end: int  # exclusive
    rule_id: str  # backend's own id, e.g. "MORFOLOGIK_RULE_EN_US", Harper "SpellCheck"
    category: str  # LanguageTool category id / Harper lint_kind
    message: str
    replacements: tuple[str, ...]


class GrammarBackend(Protocol):
    name: str
    version: str

    def check(self, paragraphs: list[str]) -> list[list[GrammarMatch]]:
        """Check each paragraph; one list of matches per paragraph, in order."""

    def close(self) -> None:
        """Release the backend (stop a local server); safe to call twice."""


class GrammarUnavailable(Exception):
    """One-line cause and fix, shown to the user as a warning."""


@dataclass(frozen=True)
class GrammarSettings:
    """What the user asked for: `[tool.ficlint.grammar]` plus CLI options."""

    backend: str = "auto"
    language: str = "en-US"
    url: str | None = None  # a LanguageTool server, e.g. http://localhost:8081
    allow_public_api: bool = False  # explicit opt-in: the public API sends text away
    picky: bool = False  # LanguageTool's level=picky
    # per backend ("harper", "languagetool"): rule ids to turn off / on
    disabled_rules: dict[str, tuple[str, ...]] = field(default_factory=dict)
    enabled_rules: dict[str, tuple[str, ...]] = field(default_factory=dict)
    timeout: float = 30.0  # seconds per LanguageTool request
    batch_chars: int = 18_000  # under the public API's 20,000-character request limit

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"grammar backend must be one of {', '.join(BACKENDS)}, not {self.backend!r}")


def languagetool_configured(settings: GrammarSettings) -> bool:
    """Whether `auto` should try LanguageTool: a URL, LTP_PATH, or an install in the default folder."""
    from .languagetool import find_local_install

    return bool(settings.url or os.environ.get("LTP_PATH") or find_local_install())


def open_backends(settings: GrammarSettings) -> tuple[list[GrammarBackend], list[str], bool]:
    """Open the backends the settings ask for: (backends, warnings, fell back to Harper).

    `auto` runs Harper, and LanguageTool beside it when a URL or a local install is
    configured (both together found the most errors in bench/README.md, LanguageTool
    alone fewer than Harper alone); `auto` and `harper+languagetool` fall back to
    Harper alone, with one warning, when LanguageTool does not answer. An explicit `languagetool` raises
    GrammarUnavailable instead of falling back.
    """
    if settings.backend == "off":
        return [], [], False
    from .harper import HarperBackend

    if settings.backend == "harper":
        return [HarperBackend.from_settings(settings)], [], False
    from .languagetool import open_languagetool

    if settings.backend == "languagetool":
        return [open_languagetool(settings)], [], False
    if settings.backend == "harper+languagetool" or languagetool_configured(settings):
        try:
            lt = open_languagetool(settings)
        except GrammarUnavailable as exc:
            return [HarperBackend.from_settings(settings)], [f"{exc} (using Harper instead)"], True
        return [HarperBackend.from_settings(settings), lt], [], False
    return [HarperBackend.from_settings(settings)], [], False


def batches(paragraphs: list[str], limit: int, separator: str = "\n\n") -> list[list[int]]:
    """Group paragraph indexes so each joined group stays under `limit` characters.

    A paragraph longer than the limit goes alone in its own group.
    """
    groups: list[list[int]] = []
    size = limit + 1
    for i, text in enumerate(paragraphs):
        extra = len(text) + len(separator)
        if size + extra > limit:
            groups.append([])
            size = 0
        groups[-1].append(i)
        size += extra
    return groups


def join_batch(paragraphs: list[str], separator: str = "\n\n") -> tuple[str, list[int]]:
    """Join paragraphs with blank lines; returns the text and each paragraph's start."""
    starts, pos = [], 0
    for text in paragraphs:
        starts.append(pos)
        pos += len(text) + len(separator)
    return separator.join(paragraphs), starts


def split_batch(
    matches: list[GrammarMatch], paragraphs: list[str], starts: list[int]
) -> list[list[GrammarMatch]]:
    """Give each paragraph its matches, offsets made local; drops matches crossing paragraphs."""
    out: list[list[GrammarMatch]] = [[] for _ in paragraphs]
    for m in matches:
        i = bisect_right(starts, m.start) - 1
        if i < 0:
            continue
        local_start, local_end = m.start - starts[i], m.end - starts[i]
        if local_end > len(paragraphs[i]) or local_start >= len(paragraphs[i]):
            continue
        out[i].append(
            GrammarMatch(local_start, local_end, m.rule_id, m.category, m.message, m.replacements)
        )
    return out
