"""Markdown: the spans of syntax to skip (front matter, code, HTML, link targets).

Emphasis, heading and list markers are not words, so the tokenizer already skips them.
"""

from __future__ import annotations

import re

MARKUP_RE = re.compile(
    r"\A---\n.*?\n(?:---|\.\.\.)[ \t]*$"  # YAML front matter
    r"|^(?P<fence>```|~~~).*?^(?P=fence)[ \t]*$"  # fenced code block
    r"|`[^`\n]+`"  # inline code
    r"|<!--.*?-->"  # HTML comment
    r"|</?[A-Za-z][^>\n]*>"  # HTML tag
    r"|\]\([^)\n]*\)"  # link or image target
    r"|^\s{0,3}\[[^\]\n]+\]:[^\n]*$"  # reference definition
    r"|&[A-Za-z]+;|&#\d+;",  # entities
    re.MULTILINE | re.DOTALL,
)


def markup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every span of Markdown syntax that is not prose."""
    return [match.span() for match in MARKUP_RE.finditer(text)]
