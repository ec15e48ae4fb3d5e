"""The Document: one story file as text, a line index, words and segments.

Every check reads a Document; none re-parses text itself. Segments say what each
span is: narration, dialogue, author's note, heading or scene break. Markup spans
(Markdown syntax, HTML tags, URLs) are blanked out of ``plain`` so that offsets
in ``plain`` and ``text`` are the same.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

NARRATION = "narration"
DIALOGUE = "dialogue"
AUTHOR_NOTE = "author-note"
HEADING = "heading"
SCENE_BREAK = "scene-break"
MARKUP = "markup"
KINDS = (NARRATION, DIALOGUE, AUTHOR_NOTE, HEADING, SCENE_BREAK, MARKUP)

WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*['’]?")
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
PARAGRAPH_RE = re.compile(r"^[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", re.MULTILINE)  # from a line start: linear
AUTHOR_NOTE_RE = re.compile(
    r"\s*(?:[\[(]\s*)?(?:A/N|AN:|A\.N\.|Author'?s?[’]?s? ?Note|Disclaimer|Note:)", re.IGNORECASE
)
BRACKETED_NOTE_RE = re.compile(r"[\[(]\s*A/N\b[^\])]*[\])]?", re.IGNORECASE)
SCENE_BREAK_RE = re.compile(r"\s*(?:[-*~=_#+.•·xXoO0]\s*){3,}")
CHAPTER_RE = re.compile(r"\s*(?:#+\s|(?:chapter|prologue|epilogue|part)\b)", re.IGNORECASE)
OPEN_QUOTES, CLOSE_QUOTES, TOGGLE_QUOTES = "“", "”", '"'
SENTENCE_END = ".!?…:;~"
BEFORE_WORD = " \t\r\n\"“”‘([*_—–"  # what may stand between a sentence end and its first word
QUOTE_RE = re.compile('["“”]')
LINE_BREAK_RE = re.compile(r"\r(?!\n)|\n")  # in CRLF the LF ends the line; a lone CR ends one too
SINGLE_QUOTE_RE = re.compile("['‘’]")
ELISION_RE = re.compile(r"['‘’](?:em|cause|cos|til|bout|tis|twas|n|round|kay|course|fore|neath|nough|ere|im|er|ow|ello|ave|alf)\b", re.IGNORECASE)
SPEAKER_AFTER_RE = re.compile(r"[.,]?[ \t]+(?:he|she|they|I|we|you|it|his|her|their|my|the|[A-Z][\w’'-]*)[ \t]+[a-z]")


@dataclass(frozen=True)
class Segment:
    """A span of the text and what it is."""

    kind: str
    start: int
    end: int


class Token(NamedTuple):
    """A word of the text: letters with inner apostrophes, maybe a trailing one."""

    text: str
    start: int
    end: int
    kind: str
    sentence_start: bool


@dataclass(frozen=True)
class Source:
    """How the file was stored, so a fix can write it back byte for byte."""

    path: str | None
    encoding: str = "utf-8"
    bom: bool = False
    mtime_ns: int = 0
    size: int = 0
    identity: tuple[int, int] = (0, 0)  # (device, inode) of the file read: a fix writes back to that file only


@dataclass
class Document:
    """A story file: text, markup spans to skip, and what the reader knows of it."""

    path: str
    text: str
    markup: list[tuple[int, int]] = field(default_factory=list)
    source: Source = field(default_factory=lambda: Source(None))
    replacements: list[tuple[int, int, str]] = field(default_factory=list)

    @cached_property
    def plain(self) -> str:
        """The text with markup and URLs blanked by spaces (newlines kept, a lone CR read as one).

        A replacement span (an HTML entity, a block tag, an emphasis marker inside a
        word) shows what it stands for, then spaces, so offsets still line up.
        """
        parts, cursor = [], 0
        for start, end, shown in self._blanks:
            shown = shown or ""
            parts += [self.text[cursor:start], shown, _blank(self.text[start + len(shown):end])]
            cursor = end
        plain = "".join(parts) + self.text[cursor:]
        return LINE_BREAK_RE.sub("\n", plain) if "\r" in plain else plain

    @cached_property
    def _blanks(self) -> list[tuple[int, int, str | None]]:
        """Markup spans (shown None) and the replacements outside them, in text order."""
        spans = self._markup_merged
        starts = [start for start, _ in spans]
        kept: list[tuple[int, int, str]] = []
        for start, end, shown in sorted(self.replacements):
            index = bisect.bisect_right(starts, end - 1) - 1
            inside_markup = index >= 0 and spans[index][1] > start
            overlaps_kept = kept and kept[-1][1] > start  # '\&amp;': the escape is read, the entity it breaks is not
            if len(shown) <= end - start and not inside_markup and not overlaps_kept:
                kept.append((start, end, shown))
        return sorted([(start, end, None) for start, end in spans] + kept, key=lambda blank: blank[0])

    @cached_property
    def markup_spans(self) -> list[tuple[int, int]]:
        """Every span that is not prose as written: markup, URLs and replacement spans, in order."""
        return [(start, end) for start, end, _ in self._blanks]

    @cached_property
    def _markup_merged(self) -> list[tuple[int, int]]:
        """Markup and URL spans, sorted and merged where they overlap."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(list(self.markup) + [m.span() for m in URL_RE.finditer(self.text)]):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    @cached_property
    def _blank_starts(self) -> list[int]:
        return [start for start, _, _ in self._blanks]

    def readable(self, start: int, end: int) -> str:
        """text[start:end] as a reader sees it: markup dropped, replacements as what they stand for."""
        parts, cursor = [], start
        index = max(bisect.bisect_right(self._blank_starts, start) - 1, 0)
        for blank_start, blank_end, shown in self._blanks[index:]:
            if blank_start >= end:
                break
            if blank_end <= start:
                continue
            parts.append(self.text[cursor:max(blank_start, cursor)])
            parts.append(shown or "" if blank_start >= start else "")
            cursor = min(blank_end, end)
        return "".join(parts) + self.text[cursor:end]

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts; LF, CRLF and a lone CR each end a line."""
        return [0] + [m.end() for m in LINE_BREAK_RE.finditer(self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based (line, column)."""
        return self.line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each run of non-blank lines in ``plain``."""
        return [m.span() for m in PARAGRAPH_RE.finditer(self.plain)]

    @cached_property
    def segments(self) -> list[Segment]:
        """Non-overlapping segments in text order (markup is kept apart)."""
        segments: list[Segment] = []
        first_line = self.plain.strip().split("\n", 1)[0].strip() if self.plain.strip() else ""
        single = self.single_quoted
        for start, end in self.paragraphs:
            segments.extend(_paragraph_segments(self.plain, start, end, first_line, single))
        return segments

    @cached_property
    def single_quoted(self) -> bool:
        """Whether the story writes speech in single quotes ('Hello,' he said), as British books do:
        more of its paragraphs open with a single quote than with a double one."""
        single = double = 0
        for start, end in self.paragraphs:
            head = self.plain[start:end].lstrip()[:2]
            if len(head) == 2 and head[1].isalpha():
                single += head[0] in "'‘" and not ELISION_RE.match(self.plain, start + len(self.plain[start:end]) - len(self.plain[start:end].lstrip()))
                double += head[0] in '"“'
        return single > double

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [segment.start for segment in self.segments]

    def kind_at(self, offset: int) -> str:
        """What the character at offset is part of (markup includes replacement spans such as HTML tags)."""
        index = bisect.bisect_right(self._blank_starts, offset) - 1
        if index >= 0 and offset < self._blanks[index][1]:
            return MARKUP
        index = bisect.bisect_right(self._segment_starts, offset) - 1
        if index >= 0 and offset < self.segments[index].end:
            return self.segments[index].kind
        return NARRATION

    @cached_property
    def tokens(self) -> list[Token]:
        """Every word outside markup, with its segment kind and sentence position.

        Words are found in ``plain`` with the padding of replacement spans taken out,
        so ``couldn&rsquo;t`` and ``un*believ*able`` are one word each.
        """
        tokens = []
        plain, segments = self.plain, self.segments
        compact, starts, spans = self._compact
        index, previous_end = 0, 0
        for match in WORD_RE.finditer(compact):
            piece = bisect.bisect_right(starts, match.start()) - 1
            start = spans[piece][0] + (match.start() - starts[piece] if spans[piece][2] else 0)
            piece = bisect.bisect_right(starts, match.end() - 1) - 1
            end = spans[piece][1] - (starts[piece] + spans[piece][2] - match.end() if spans[piece][2] else 0)
            while index < len(segments) and segments[index].end <= start:
                index += 1
            inside = index < len(segments) and segments[index].start <= start
            kind = segments[index].kind if inside else NARRATION
            sentence_start = _starts_sentence(plain[previous_end:start], after_word=bool(tokens))
            tokens.append(Token(match.group(), start, end, kind, sentence_start))
            previous_end = end
        return tokens

    @cached_property
    def _compact(self) -> tuple[str, list[int], list[tuple[int, int, int]]]:
        """``plain`` without replacement padding, with pieces mapping it back to the text.

        Each piece is (text start, text end, copied): copied pieces map character for
        character; a replacement piece (copied = 0) maps as a whole to its span.
        """
        replaced = [blank for blank in self._blanks if blank[2] is not None]
        if not replaced:
            return self.plain, [0], [(0, len(self.text), len(self.text))]
        parts, starts, spans, cursor, length = [], [], [], 0, 0
        for start, end, shown in [*replaced, (len(self.text), len(self.text), "")]:
            pieces = [(self.plain[cursor:start], (cursor, start, start - cursor)), (shown, (start, end, 0))]
            for piece, span in pieces:
                starts.append(length)
                spans.append(span)
                parts.append(piece)
                length += len(piece)
            cursor = end
        return "".join(parts), starts, spans

    @cached_property
    def word_count(self) -> int:
        return len(self.tokens)

    @cached_property
    def sentences(self) -> list:
        """Sentences of every prose paragraph, each token tagged with its word class.

        One tagger run per paragraph (see ``ficlint.analysis``); scene breaks and
        headings are left out. A capitalised word the story also writes mid-sentence is
        kept as a name when it opens a sentence.
        """
        from ficlint.analysis import analyse

        names = self.names
        sentences = []
        for start, end in self.paragraphs:
            if self.kind_at(start + len(self.plain[start:end]) - len(self.plain[start:end].lstrip())) not in (SCENE_BREAK, HEADING):
                sentences.extend(analyse(self.plain, start, end, names))
        return sentences

    @cached_property
    def names(self) -> frozenset[str]:
        """Capitalised words the story writes mid-sentence: its names (and a few other proper nouns)."""
        return frozenset(t.text for t in self.tokens if t.text[:1].isupper() and not t.sentence_start)

    @cached_property
    def tagged_names(self) -> frozenset[str]:
        """The capitalised words the tagger reads as a name after another word somewhere in the story (not where
        speech opens). The tagger's NNP alone also takes in lower-case words ('the advice Zeke' tags 'advice')."""
        return frozenset(word.text for sentence in self.sentences for previous, word in zip(sentence.words, sentence.words[1:])
                         if word.tag == "NNP" and previous.is_word() and word.text[:1].isupper())

    @cached_property
    def words(self) -> list:
        """Every tagged token of ``sentences``, in text order."""
        return [word for sentence in self.sentences for word in sentence.words]

    @cached_property
    def _word_starts(self) -> list[int]:
        return [word.start for word in self.words]

    def words_in(self, start: int, end: int) -> list:
        """The tagged tokens that start inside [start, end)."""
        return self.words[bisect.bisect_left(self._word_starts, start):bisect.bisect_left(self._word_starts, end)]

    @cached_property
    def quotes(self) -> list:
        """Every quotation with what stands before and after it (see ``ficlint.speech``)."""
        from ficlint.speech import parse_quotes

        return parse_quotes(self)

    def quote_ending_at(self, offset: int):
        """The quote whose closing mark ends at offset, if any."""
        return self._quotes_by_end.get(offset)

    @cached_property
    def _quotes_by_end(self) -> dict:
        return {quote.after_start: quote for quote in self.quotes}


def _blank(span: str) -> str:
    """Spaces in place of every character but newlines."""
    return re.sub(r"[^\n]", " ", span) if "\n" in span else " " * len(span)


def base_form(word: str) -> str:
    """The word without a possessive ending: 's, ’s or a trailing apostrophe."""
    if word[-1:] in "'’":
        return word[:-1]
    return word[:-2] if word[-2:] in ("'s", "’s") else word


def _starts_sentence(gap: str, after_word: bool) -> bool:
    """True at the start of the text, a paragraph or a quote, or after a sentence end.

    gap is the text between the previous word (if any) and this one.
    """
    rest = gap.rstrip(BEFORE_WORD)
    crossed = gap[len(rest):].replace("\r", "")
    ends = rest[-1] in SENTENCE_END if rest else not after_word
    return ends or "\n\n" in crossed or any(quote in crossed for quote in '"“”')


def _paragraph_segments(plain: str, start: int, end: int, first_line: str, single: bool = False) -> list[Segment]:
    """Classify one paragraph: heading, scene break, author's note, or narration with dialogue."""
    body = plain[start:end]
    stripped = body.strip()
    if SCENE_BREAK_RE.fullmatch(body):
        return [Segment(SCENE_BREAK, start, end)]
    if "\n" not in stripped and (stripped == first_line or CHAPTER_RE.match(body)) and len(stripped.split()) <= 12:
        if not stripped.endswith((".", "!", "?")) and not any(q in stripped for q in '"“”'):
            return [Segment(HEADING, start, end)]
    if AUTHOR_NOTE_RE.match(body):
        return [Segment(AUTHOR_NOTE, start, end)]
    segments: list[Segment] = []
    cursor = start
    for note in BRACKETED_NOTE_RE.finditer(plain, start, end):
        segments.extend(_speech_segments(plain, cursor, note.start(), single))
        segments.append(Segment(AUTHOR_NOTE, note.start(), note.end()))
        cursor = note.end()
    segments.extend(_speech_segments(plain, cursor, end, single))
    return segments


def _speech_segments(plain: str, start: int, end: int, single: bool = False) -> list[Segment]:
    """Split a span into narration and dialogue at its quote marks.

    Double quotes (straight or curly), or single ones in a story that writes speech in
    single quotes; there an apostrophe (*goin'*, *the boys' room*, *'em*) is told from a
    closing quote by what stands around it. Speech left open at the end of a paragraph
    ends there: the next paragraph of a multi-paragraph speech opens with a quote of its own.
    """
    segments = []
    cursor, inside = start, False
    marks = _single_quote_marks(plain, start, end) if single else (
        (m.start(), m.group()) for m in QUOTE_RE.finditer(plain, start, end))
    for i, char in marks:
        backwards = char in CLOSE_QUOTES and not inside and i + 1 < end and plain[i + 1].isalnum() and (
            i == start or plain[i - 1].isspace())  # ”Whatever do you mean?” opened with a closing mark
        opens = char in OPEN_QUOTES + "‘" or (char in TOGGLE_QUOTES + "'" and not inside) or backwards
        closes = char in CLOSE_QUOTES + "’" or (char in TOGGLE_QUOTES + "'" and inside)
        if opens and not inside:
            if i > cursor:
                segments.append(Segment(NARRATION, cursor, i))
            cursor, inside = i, True
        elif closes and inside:
            segments.append(Segment(DIALOGUE, cursor, i + 1))
            cursor, inside = i + 1, False
    if end > cursor:
        segments.append(Segment(DIALOGUE if inside else NARRATION, cursor, end))
    if not single:
        segments = [piece for s in segments for piece in (_thoughts(plain, s) if s.kind == NARRATION else (s,))]
    return [s for s in segments if plain[s.start:s.end].strip()]


def _thoughts(plain: str, segment: Segment) -> list[Segment]:
    """A narration segment of a story that writes speech in double quotes, split at the speech or thought it
    sets in closed single quotes ('Ben's fine,' she thought); a single quote left open (a scare quote, an
    elision) stays narration."""
    pieces, cursor, opened = [], segment.start, None
    for i, mark in _single_quote_marks(plain, segment.start, segment.end):
        if mark == "‘":
            opened = i
        elif opened is not None:
            pieces += [Segment(NARRATION, cursor, opened), Segment(DIALOGUE, opened, i + 1)]
            cursor, opened = i + 1, None
    return pieces + [Segment(NARRATION, cursor, segment.end)] if pieces else [segment]


def _single_quote_marks(plain: str, start: int, end: int):
    """(offset, mark) of the single quote marks that open or close speech in plain[start:end]."""
    inside = False
    for match in SINGLE_QUOTE_RE.finditer(plain, start, end):
        i = match.start()
        before = plain[i - 1] if i > start else " "
        after = plain[i + 1] if i + 1 < end else " "
        if not inside and not before.isalnum() and not after.isspace() and not ELISION_RE.match(plain, i):
            inside = True
            yield i, "‘"
        elif inside and not before.isspace() and (after.isspace() or after in ",.;:!?—–-" or i + 1 >= end) and (
                before in ",.!?…—–-" or i + 1 >= end or plain[i + 1:end].strip() == ""
                or SPEAKER_AFTER_RE.match(plain, i + 1, end)):
            inside = False
            yield i, "’"
