"""HTML character references (`&amp;`, `&#8217;`, `&rsquo;`) as the characters they stand for."""

from __future__ import annotations

import html
import re

ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def entity_replacements(text: str) -> list[tuple[int, int, str]]:
    """(start, end, character) of each character reference; spaces stand for no-break spaces."""
    replacements = []
    for match in ENTITY_RE.finditer(text):
        shown = html.unescape(match.group())
        if shown != match.group():
            replacements.append((*match.span(), " " if shown.isspace() else shown))
    return replacements
