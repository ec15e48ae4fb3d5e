"""Fuzz: readers, lint and fixer on arbitrary text never crash, stay in bounds and keep the text
outside the edits (bounded by example counts, not by time)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from ficlint.checks import all_checks
from ficlint.config import Config
from ficlint.document import Source
from ficlint.fixer import fix_project
from ficlint.linter import lint
from ficlint.project import Project
from ficlint.readers import make_document

PIECES = ["Rukia", " ", "\n", "\r\n", "\r", "\t", '"', "“", "”", "'", "’", "<p>", "</p>", "<div id=chapters>",
          "<script>", "</script>", "<!--", "-->", "`", "```", "*", "_", "[A/N", "]", "(", ")", "&amp;", "&rsquo;",
          "hesistated", "there", "their", "zanpaktou", ".", ",", "!", "—", "...", "\x1b", "\u202e", "é"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map("".join)
SUFFIXES = st.sampled_from([".txt", ".md", ".html"])
CONFIG = Config(root=Path(__file__).parent, packs=["english"], grammar={"backend": "off"})
CHECKS = all_checks(CONFIG)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def document(text: str, suffix: str):
    """The document, or (for malformed HTML, the one error allowed) an example skipped."""
    try:
        return make_document(f"story{suffix}", text, suffix, Source(None))
    except Exception as error:
        assert type(error).__name__ == "FiclintError" and "malformed HTML" in str(error)
        assume(False)


@FUZZ
@given(TEXT, SUFFIXES)
def test_readers_give_spans_inside_the_text_and_a_plain_text_of_the_same_length(text, suffix):
    doc = document(text, suffix)
    assert len(doc.plain) == len(text)
    assert all(0 <= start <= end <= len(text) for start, end in doc.markup_spans)
    assert all(text[t.start:t.end] for t in doc.tokens)
    assert doc.position(len(text))[0] == len(doc.line_starts)


@FUZZ
@given(TEXT, SUFFIXES)
def test_lint_findings_lie_inside_the_text(text, suffix):
    doc = document(text, suffix)
    result = lint(Project.load([doc], CONFIG), CHECKS)
    assert result.errors == []
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text) and finding.line >= 1 and finding.column >= 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, SUFFIXES)
def test_the_fixer_changes_only_what_it_fixes_and_a_second_run_changes_nothing(text, suffix):
    doc = document(text, suffix)
    run = fix_project(Project.load([doc], CONFIG), CHECKS, unsafe=True)
    fixed = run.documents[0].text
    again = fix_project(Project.load([run.documents[0]], CONFIG), CHECKS, unsafe=True).documents[0].text
    assert again == fixed or run.cycles or run.unconverged
