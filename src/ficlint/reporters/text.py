"""Plain text: `path:line:col: CODE message`, one finding per line.

In colour (a terminal, or `--color always`) each finding is followed by its source line
with the offending span underlined, as ruff and rustc do. The plain form never changes:
the pre-commit hook and scripts parse it. File names, messages and story text are
escaped (`ficlint.printable`), so no control character reaches the terminal raw.
"""

from __future__ import annotations

import os

from ficlint.printable import printable, printable_path

RESET, BOLD, DIM, UNDERLINE = "\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[4m"
SEVERITY_COLOURS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
CYAN, GREEN = "\x1b[36m", "\x1b[32m"
WIDTH = 100  # characters of a long source line shown around the span


def report(findings, documents, stream) -> None:
    for f in findings:
        marker = "[*] " if f.fix and f.fix.safe else ""
        stream.write(f"{printable_path(f.path)}:{f.line}:{f.column}: {f.code} {marker}{printable(f.message)}\n")


def use_colour(choice: str, stream) -> bool:
    """`always` and `never` decide; `auto` means a terminal, unless NO_COLOR is set or TERM is dumb."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def window(text: str, line_start: int, line_end: int, start: int, end: int) -> tuple[str, int, int]:
    """At most WIDTH characters of text[line_start:line_end] around [start, end), with … where cut,
    and the span's place in what is shown. Only the window is copied, so a 5 MB line costs nothing."""
    end = min(max(end, start + 1), line_end)
    left = max(line_start, min(start - WIDTH // 3, line_end - WIDTH))
    right = min(line_end, max(left + WIDTH, end))
    shown = text[left:right].replace("\t", " ")
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    return prefix + shown + suffix, start - left + len(prefix), end - left + len(prefix)


def report_colour(findings, documents, stream) -> None:
    """Each finding's line in colour, then its source line with the span underlined."""
    for f in findings:
        colour = SEVERITY_COLOURS.get(f.severity, "")
        marker = f"{GREEN}[*]{RESET} " if f.fix and f.fix.safe else ""
        stream.write(f"{BOLD}{printable_path(f.path)}{RESET}:{f.line}:{f.column}: {colour}{BOLD}{f.code}{RESET} "
                     f"{marker}{printable(f.message)}\n")
        document = documents[f.path]
        line_start = document.line_starts[f.line - 1]
        line_end = line_start + len(document.line_text(f.line))  # a Word paragraph's line ends before its blank line
        shown, start, end = window(document.text, line_start, line_end, f.start, f.end)
        gutter = " " * len(str(f.line))
        stream.write(f"{CYAN}{gutter} |{RESET}\n")
        before, span, after = (printable(piece) for piece in (shown[:start], shown[start:end], shown[end:]))
        stream.write(f"{CYAN}{f.line} |{RESET} {before}{colour}{UNDERLINE}{span}{RESET}{after}\n")
        help_text = f" did you mean {', '.join(printable(repr(s)) for s in f.suggestions[:3])}?" if f.suggestions else ""
        stream.write(f"{CYAN}{gutter} |{RESET} {' ' * len(before)}{colour}{'^' * max(1, len(span))}{help_text}{RESET}\n\n")
