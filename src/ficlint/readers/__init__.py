"""Readers: bytes on disk (or standard input) to a Document, one module per markup format."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from ficlint.document import LINE_BREAK_RE, Document, Source
from ficlint.errors import FiclintError
from ficlint.files import MAX_BYTES, read_bytes
from ficlint.readers import html, markdown, office

MARKUP_READERS = {".md": markdown.read, ".markdown": markdown.read, ".html": html.read, ".htm": html.read}
STORY_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", *office.OFFICE_SUFFIXES)
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # UTF-32 LE starts like UTF-16 LE


def decode(data: bytes, where: str) -> tuple[str, str, bool]:
    """Decode story bytes: (text, encoding, had_bom). Binary or invalid UTF-8 is an error.

    A byte order mark names the encoding (UTF-8, UTF-16 or UTF-32, either byte order).
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], encoding, where), encoding, True
    if b"\x00" in data[:8192]:
        raise FiclintError(where, "binary file (contains NUL bytes), not a story: skipped")
    return _decode(data, "utf-8", where), "utf-8", False


def _decode(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FiclintError(
            where, f"invalid {encoding.upper()} at byte {error.start} (line {line}): save the file as UTF-8"
        ) from None


def read_file(path: Path, display: str | None = None) -> Document:
    """Read a story file from disk into a Document."""
    where = display or str(path)
    check_format(where, path.suffix.lower())
    data, stat = read_bytes(path, where)
    identity = (stat.st_dev, stat.st_ino)
    if path.suffix.lower() in office.OFFICE_SUFFIXES:
        return office.read(where, str(path), data, Source(str(path), "utf-8", False, stat.st_mtime_ns, stat.st_size, identity))
    text, encoding, bom = decode(data, where)
    source = Source(str(path), encoding, bom, stat.st_mtime_ns, stat.st_size, identity)
    return make_document(where, text, path.suffix.lower(), source)


def read_stdin(display: str = "-") -> Document:
    """Read a story from standard input; the display name's suffix picks the format."""
    check_format(display, Path(display).suffix.lower())
    if Path(display).suffix.lower() in office.OFFICE_SUFFIXES:
        raise FiclintError(display, "a Word or OpenDocument file is read from disk, not standard input: name the file")
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FiclintError(display, f"standard input is over the {MAX_BYTES // 2**20} MB limit: not read")
    text, encoding, bom = decode(data, display)
    return make_document(display, text, Path(display).suffix.lower(), Source(None, encoding, bom))


def check_format(where: str, suffix: str) -> None:
    """A file named with a suffix ficlint does not read is an error, not a guess."""
    if suffix and suffix not in STORY_SUFFIXES:
        raise FiclintError(where, f"unknown format '{suffix}' (ficlint reads {', '.join(STORY_SUFFIXES)}; "
                                  "save the story as one of these)")


def make_document(where: str, text: str, suffix: str, source: Source) -> Document:
    """Build a Document with the markup spans and replacements of its format (a .docx or .odt keeps
    its paragraphs and their styles, from the source it was read from).

    The markup reader sees a lone CR (old Mac line ending) as LF: same length, same offsets.
    """
    if isinstance(source, office.OfficeSource):
        return office.OfficeDocument(where, text, [], source, [])
    try:
        markup, replacements = MARKUP_READERS.get(suffix, lambda _text: ([], []))(LINE_BREAK_RE.sub("\n", text) if "\r" in text else text)
    except ValueError as error:
        raise FiclintError(where, str(error)) from None
    return Document(where, text, markup, source, replacements)
