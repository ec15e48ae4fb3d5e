"""Inline suppression: `<!-- ficlint: disable CODE -->` ... `<!-- ficlint: enable CODE -->`.

Codes may be prefixes and may be separated by commas or spaces; `disable` with no
code turns every check off until `enable` with no code. A region left open runs to
the end of the file.
"""

from __future__ import annotations

import re

from ficlint.finding import Finding

DIRECTIVE_RE = re.compile(r"<!--\s*ficlint:\s*(disable|enable)\b(.*?)-->", re.IGNORECASE | re.DOTALL)
ALL = ""


def _directives(text: str):
    """(match, verb, codes) of each directive; codes is [ALL] when none is named."""
    for match in DIRECTIVE_RE.finditer(text):
        codes = [c.upper() for c in re.split(r"[\s,]+", match.group(2).strip()) if c] or [ALL]
        yield match, match.group(1).lower(), codes


def unknown_codes(text: str, known: list[str]) -> list[tuple[int, str]]:
    """(line, code) of each code named in a directive that is no prefix of a known code."""
    return [(text.count("\n", 0, match.start()) + 1, code) for match, _, codes in _directives(text)
            for code in codes if code != ALL and not any(k.startswith(code) for k in known)]


def suppressed_regions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code prefix) of each suppressed region; the prefix '' means every code."""
    regions, open_since = [], {}
    for match, verb, codes in _directives(text):
        if verb == "disable":
            for code in codes:
                open_since.setdefault(code, match.start())
        else:
            for code in list(open_since) if codes == [ALL] else codes:
                if code in open_since:
                    regions.append((open_since.pop(code), match.end(), code))
    regions += [(start, len(text), code) for code, start in open_since.items()]
    return regions


def is_suppressed(finding: Finding, regions: list[tuple[int, int, str]]) -> bool:
    return any(start <= finding.start < end and finding.code.startswith(code) for start, end, code in regions)
