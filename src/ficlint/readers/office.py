"""Word (.docx, python-docx) and OpenDocument (.odt, odfpy) stories: one paragraph per line.

The text is the document's paragraphs joined by blank lines, so every check reads it as
it reads a .txt story; a position's line is the paragraph's number (`file:paragraph:column`).
Tracked changes read as accepted (insertions kept, deletions dropped); comments, footnotes
and field codes are not prose. Each paragraph is a list of pieces (a text node of one run or
span, or a fixed character such as a tab): a fix writes back into the pieces it touches when
they share one formatting, so bold stays bold; an edit across formattings is refused.
"""

from __future__ import annotations

import bisect
import difflib
import io
import re
import zipfile
from dataclasses import dataclass
from functools import cached_property

from ficlint.document import AUTHOR_NOTE, HEADING, SCENE_BREAK, Document, Segment, Source, _paragraph_segments
from ficlint.errors import FiclintError

OFFICE_SUFFIXES = (".docx", ".odt")
SOFT_BREAK = "\u2028"  # a line break inside a paragraph (Shift+Enter): stays inside the paragraph's line
MAX_EXPANDED = 256 * 2**20  # a zip that unpacks to more is refused before it is unpacked
ENCRYPTED = b"\xd0\xcf\x11\xe0"  # an encrypted .docx is an OLE compound file, not a zip
PARAGRAPH_BREAK = re.compile("\n\n")


@dataclass(frozen=True)
class OfficeSource(Source):
    """The document as read: its bytes, its text, and each paragraph's style kind."""

    data: bytes = b""
    text: str = ""
    kinds: tuple = ()

    def encode(self, text: str) -> bytes:
        """The document's bytes with text written back; FiclintError if an edit cannot keep formatting."""
        if text == self.text:
            return self.data
        package, paragraphs, _ = _parse(self.path or "-", self.data, _is_odt(self.path or ""))
        old, new = self.text.split("\n\n"), text.split("\n\n")
        if len(old) != len(new):
            raise FiclintError(self.path or "-", "a fix would add or remove a paragraph: not written")
        for number, (before, after, pieces) in enumerate(zip(old, new, paragraphs), 1):
            if before != after:
                problem = _rewrite(pieces, before, after)
                if problem:
                    raise FiclintError(f"{self.path}:{number}", problem)
        return _save(package)

    def refusal(self, document: Document, fix) -> str | None:
        """Why a fix to the document (this file's text, maybe fixed already) cannot be written into the
        file keeping its formatting; None when it can. Only the paragraphs the fix touches are compared."""
        starts = document.line_starts
        touched: dict[int, list] = {}
        for edit in fix.edits:
            number = bisect.bisect_right(starts, edit.start) - 1
            end = starts[number + 1] - 2 if number + 1 < len(starts) else len(document.text)
            if edit.end > end or "\n" in edit.replacement:
                return "it would split or join paragraphs"
            touched.setdefault(number, []).append(edit)
        for number, edits in touched.items():
            start = starts[number]
            after = document.line_text(number + 1)
            for edit in sorted(edits, key=lambda e: e.start, reverse=True):
                after = after[:edit.start - start] + edit.replacement + after[edit.end - start:]
            problem = _rewrite(self.layout[number], self.paragraphs[number], after, dry=True)
            if problem:
                return problem
        return None

    @cached_property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n\n")

    @cached_property
    def layout(self) -> list[list[tuple]]:
        return _parse(self.path or "-", self.data, _is_odt(self.path or ""))[1]


class OfficeDocument(Document):
    """A Document whose lines are paragraphs, with the kinds their styles give them."""

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [match.end() for match in PARAGRAPH_BREAK.finditer(self.text)]

    @cached_property
    def segments(self):
        kinds = getattr(self.source, "kinds", ())
        plain = self.plain
        first_line = plain.strip().split("\n", 1)[0].strip() if plain.strip() else ""
        segments = []
        for start, end in self.paragraphs:
            number = self.position(start)[0]
            kind = kinds[number - 1] if number <= len(kinds) else None
            segments += [Segment(kind, start, end)] if kind else _paragraph_segments(
                plain, start, end, first_line, self.single_quoted)
        return segments


def _is_odt(name: str) -> bool:
    return name.lower().endswith(".odt")


def read(where: str, path: str | None, data: bytes, source: Source) -> OfficeDocument:
    """A .docx or .odt story as a Document; a bad file is a one-line FiclintError."""
    _, paragraphs, kinds = _parse(where, data, _is_odt(path or where))
    text = "\n\n".join("".join(piece[1] for piece in pieces) for pieces in paragraphs)
    office = OfficeSource(path, "utf-8", False, source.mtime_ns, source.size, source.identity,
                          data=data, text=text, kinds=kinds)
    return OfficeDocument(where, text, [], office, [])


def _parse(where: str, data: bytes, odt: bool):
    """(package, paragraphs, kinds): each paragraph a list of [node, text, formatting key, editable]
    pieces; kinds holds what each paragraph's style says it is (heading, author's note, scene break)."""
    name = "OpenDocument text" if odt else "Word document"
    if data.startswith(ENCRYPTED):
        raise FiclintError(where, "is password-protected (encrypted): save a copy without a password to lint it")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = {info.filename: info for info in archive.infolist()}
    except (zipfile.BadZipFile, ValueError, OSError):
        raise FiclintError(where, f"is not a valid {name} (not a readable zip file): damaged? save it again") from None
    if sum(info.file_size for info in members.values()) > MAX_EXPANDED:
        raise FiclintError(where, f"unpacks to over {MAX_EXPANDED // 2**20} MB: too large to read, not read")
    main = "content.xml" if odt else "word/document.xml"
    if odt and "META-INF/manifest.xml" in members and b"encryption-data" in archive.read("META-INF/manifest.xml"):
        raise FiclintError(where, "is password-protected (encrypted): save a copy without a password to lint it")
    if main not in members:
        raise FiclintError(where, f"is a zip file but not a {name} (it has no {main})")
    try:
        return _parse_odt(data) if odt else _parse_docx(data)
    except FiclintError:
        raise
    except Exception as error:  # the libraries raise many kinds on a damaged file
        raise FiclintError(where, f"is a damaged {name} ({type(error).__name__}: {error}): not read") from None


# --- Word ---------------------------------------------------------------------------------

def _parse_docx(data: bytes):
    import docx
    from docx.oxml.ns import qn

    package = docx.Document(io.BytesIO(data))
    styles = {style.style_id: style.name or "" for style in package.styles}
    skip = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent")}
    paragraphs, kinds = [], []
    for p in package.element.body.iter(qn("w:p")):
        if any(ancestor.tag in skip for ancestor in p.iterancestors()):
            continue
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        kinds.append(_kind(styles.get(style.get(qn("w:val")), "") if style is not None else ""))
        pieces = []
        for run in p.iter(qn("w:r")):
            if _owner(run, qn("w:p")) is not p or any(a.tag in skip for a in run.iterancestors() if a is not p):
                continue
            properties = run.find(qn("w:rPr"))
            key = (run.getparent(), str(properties.xml) if properties is not None else "")
            for child in run:
                if child.tag == qn("w:t"):
                    pieces.append([child, _one_line(child.text or ""), key, True])
                elif child.tag in (qn("w:tab"), qn("w:ptab")):
                    pieces.append([child, "\t", None, False])
                elif child.tag in (qn("w:br"), qn("w:cr")):
                    pieces.append([child, SOFT_BREAK, None, False])
                elif child.tag == qn("w:noBreakHyphen"):
                    pieces.append([child, "-", None, False])
        paragraphs.append(pieces)
    return package, paragraphs, tuple(kinds)


def _owner(element, tag):
    return next((a for a in element.iterancestors() if a.tag == tag), None)


# --- OpenDocument -----------------------------------------------------------------------------

def _parse_odt(data: bytes):
    from odf import opendocument
    from odf.namespaces import OFFICENS, STYLENS, TEXTNS

    package = opendocument.load(io.BytesIO(data))
    names = {}
    for styles in (package.styles, package.automaticstyles):
        for style in styles.childNodes:
            if style.qname == (STYLENS, "style"):
                names[style.getAttrNS(STYLENS, "name")] = (style.getAttrNS(STYLENS, "display-name")
                                                           or style.getAttrNS(STYLENS, "name") or "",
                                                           style.getAttrNS(STYLENS, "parent-style-name"))
    skip = {(OFFICENS, "annotation"), (TEXTNS, "note-citation"), (TEXTNS, "note-body"), (TEXTNS, "tracked-changes")}
    paragraphs, kinds = [], []
    for element in _walk(package.text, skip):
        if element.qname not in ((TEXTNS, "p"), (TEXTNS, "h")):
            continue
        style, seen = element.getAttrNS(TEXTNS, "style-name"), []
        while style and style in names and style not in seen:
            seen.append(style)
            style = names[style][1]
        kinds.append(HEADING if element.qname == (TEXTNS, "h") else next(
            (k for s in seen if (k := _kind(names[s][0].replace("_20_", " ").replace("_27_", "'")))), None))
        pieces = []
        _odt_pieces(element, pieces, skip, TEXTNS)
        paragraphs.append(pieces)
    return package, paragraphs, tuple(kinds)


def _walk(element, skip):
    for child in element.childNodes:
        if child.nodeType == child.ELEMENT_NODE and child.qname not in skip:
            yield child
            yield from _walk(child, skip)


def _odt_pieces(element, pieces, skip, textns) -> None:
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            pieces.append([child, _one_line(child.data), element, True])
        elif child.nodeType != child.ELEMENT_NODE or child.qname in skip:
            continue
        elif child.qname in ((textns, "p"), (textns, "h")):
            continue  # a paragraph inside (a frame, a list): read on its own
        elif child.qname == (textns, "s"):
            pieces.append([child, " " * int(child.getAttrNS(textns, "c") or 1), None, False])
        elif child.qname == (textns, "tab"):
            pieces.append([child, "\t", None, False])
        elif child.qname == (textns, "line-break"):
            pieces.append([child, SOFT_BREAK, None, False])
        else:
            _odt_pieces(child, pieces, skip, textns)


def _one_line(text: str) -> str:
    """Text of a paragraph never holds a line break of its own (paragraphs are the lines)."""
    return text.replace("\r", " ").replace("\n", " ")


def _kind(style: str) -> str | None:
    """What a paragraph style's name says the paragraph is (None: read its text to decide)."""
    name = style.lower()
    if name.startswith(("heading", "title", "subtitle")):
        return HEADING
    if "author" in name or re.search(r"\bnote\b", name):
        return AUTHOR_NOTE
    if "scene" in name or "break" in name or "separator" in name:
        return SCENE_BREAK
    return None


# --- Writing back -------------------------------------------------------------------------

def _rewrite(pieces: list[list], before: str, after: str, dry: bool = False) -> str | None:
    """Edit the pieces of one paragraph from before to after; a reason if formatting would be lost."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    changes = [opcode for opcode in matcher.get_opcodes() if opcode[0] != "equal"]
    if any(char in after[j1:j2] for _, _, _, j1, j2 in changes for char in ("\n", SOFT_BREAK)):
        return "the edit would add a line break"
    starts, cursor = [], 0
    for piece in pieces:
        starts.append(cursor)
        cursor += len(piece[1])
    texts = [piece[1] for piece in pieces]
    for _, i1, i2, j1, j2 in reversed(changes):
        touched = [k for k, start in enumerate(starts) if start < i2 and i1 < start + len(pieces[k][1])]
        if not touched:  # an insertion: into the text piece it touches, the one before first
            touched = [k for k, start in enumerate(starts) if start <= i1 <= start + len(pieces[k][1])
                       and pieces[k][3]][:1]
        if not touched or not all(pieces[k][3] for k in touched):
            return "the edit touches a tab, line break or field, which only Word or LibreOffice can change"
        if len({pieces[k][2] for k in touched}) > 1:
            return "the edit crosses text in different formatting (bold, italic, a link): fix it by hand"
        first, last = touched[0], touched[-1]
        head = texts[first][:max(i1 - starts[first], 0)]
        tail = texts[last][i2 - starts[last]:]
        for k in touched:
            texts[k] = ""
        texts[first] = head + after[j1:j2] + (tail if first == last else "")
        if first != last:
            texts[last] = tail
    if not dry:
        for piece, text in zip(pieces, texts):
            if text != piece[1]:
                _set_text(piece[0], text)
    return None


def _set_text(node, text: str) -> None:
    if hasattr(node, "data"):  # an odfpy text node
        node.data = text
    else:  # a w:t element; spaces at either end need xml:space="preserve"
        node.text = text
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _save(package) -> bytes:
    stream = io.BytesIO()
    if hasattr(package, "write"):  # odfpy
        package.write(stream)
    else:
        package.save(stream)
    return stream.getvalue()
