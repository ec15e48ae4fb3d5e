"""Replacement spans (entities, emphasis markers) join words without moving any offset."""

from __future__ import annotations

import html
import re

from hypothesis import given, strategies as st

from ficlint.document import WORD_RE, Document
from ficlint.readers import markdown

pieces = st.lists(st.sampled_from(["rain", "fell", "Ann", " ", "\n\n", "*", "**", "_", "&rsquo;", "&amp;",
                                   "&eacute;", "'", ", ", "`x`"]), max_size=30)


@given(pieces)
def test_each_word_is_its_own_span_of_the_file_with_markers_and_entities_read(parts):
    text = "".join(parts)
    markup, replacements = markdown.read(text)
    document = Document("ch.md", text, markup, replacements=replacements)
    assert len(document.plain) == len(text)
    for token in document.tokens:
        span = text[token.start:token.end]
        assert html.unescape(re.sub(r"[*_]", "", span)) == token.text
        assert WORD_RE.fullmatch(token.text)


@given(st.text(alphabet="ab ’'.\n\"“”", max_size=60))
def test_without_replacements_tokens_are_the_words_of_plain(text):
    document = Document("ch.txt", text)
    assert [(t.text, t.start, t.end) for t in document.tokens] == \
        [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(document.plain)]
