"""Restore an excerpt's text from the stored page excerpt that the `pages` search returned.

The texts are not committed (they belong to their authors). To get one back: run the gold
file's `query` with the `pages` search, save the excerpt of the result whose address is the
gold file's `url` exactly as returned to a file, and run

    python bench/real/restore.py <id> <saved excerpt file>

It cuts the span named in the gold file's `kept` line, makes the gold file's `restore_edits`
(pairs of text and its replacement: a heading, a scene-break line or an author's note taken out by
hand), tries the normalisations the notes describe (trailing spaces removed, paragraph indents removed,
hard-wrapped lines joined into indented paragraphs, extra blank lines reduced to one, single line breaks
between paragraphs made blank lines, a final line break), and writes
`bench/real/text/<id>.txt` with the one whose SHA-256 the gold file records. With none it
writes the plainest one, says so and exits 1: `real_quality.py --check` then tells whether
every annotation is still found on its line.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import sys
from pathlib import Path

import yaml

REAL = Path(__file__).resolve().parent


def candidates(text: str):
    """The excerpt under each combination of the normalisations used when it was saved."""
    steps = (
        lambda t: re.sub(r"[ \t]+$", "", t, flags=re.M),
        lambda t: re.sub(r"^[ \t]+", "", t, flags=re.M),
        lambda t: re.sub(r"\n[ \t]+", "\n\n", re.sub(r"\n(?![ \t\n])", " ", t)),  # hard-wrapped, indented paragraphs
        lambda t: re.sub(r"\n{3,}", "\n\n", t),
        lambda t: re.sub(r"(?<!\n)\n(?!\n)", "\n\n", t),
    )
    for chosen in itertools.product((False, True), repeat=len(steps)):
        out = text
        for use, step in zip(chosen, steps):
            if use:
                out = step(out)
        for ending in (out, out.rstrip("\n") + "\n", out.rstrip("\n")):
            yield ending


def main() -> int:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ident, raw_path = sys.argv[1], Path(sys.argv[2])
    entry = yaml.safe_load((REAL / "gold" / f"{ident}.yaml").read_text(encoding="utf-8"))
    raw = raw_path.read_text(encoding="utf-8")
    span = re.search(r"characters (\d+)-(\d+)", entry.get("kept", ""))
    pieces = [raw[int(span.group(1)):int(span.group(2))]] if span else []
    for before, after in entry.get("restore_edits") or ():
        pieces = [piece.replace(before, after, 1) for piece in pieces]  # a heading or a note removed by hand
    pieces.append(raw.strip())
    target = REAL / "text" / f"{ident}.txt"
    target.parent.mkdir(exist_ok=True)
    for piece in pieces:
        for text in candidates(piece):
            if hashlib.sha256(text.encode("utf-8")).hexdigest() == entry["sha256"]:
                target.write_text(text, encoding="utf-8", newline="")
                print(f"{ident}: restored, SHA-256 matches")
                return 0
    target.write_text(pieces[0].strip("\n") + "\n", encoding="utf-8", newline="")
    print(f"{ident}: written, but no normalisation gives the recorded SHA-256 "
          f"(excerpt {len(raw)} characters; the gold file says: {entry.get('kept')})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
