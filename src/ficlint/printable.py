"""The one escaping function for everything printed for a person to read.

Story text, file names, rule packs and grammar servers are untrusted: a raw newline
would forge a report line (or a GitHub workflow command), an ESC sequence would drive
the terminal (title, screen, clipboard). Every human-readable sink (text and colour
reports, `-i`, the progress bar, errors and warnings) prints through `printable`.
"""

from __future__ import annotations

import re

UNSAFE_RE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
NAMED = {"\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in NAMED:
        return NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Text with control characters, line and paragraph separators, bidi overrides and
    undecodable bytes shown as escapes (`\\n`, `\\x1b`, `\\u202e`), never raw; a tab stays a tab."""
    return UNSAFE_RE.sub(_visible, text)


def printable_path(path: str) -> str:
    """A file name as the first thing on a line: escaped, and never starting a `::` workflow command."""
    shown = printable(path)
    return f"./{shown}" if shown.startswith(":") else shown
