"""HTML input as saved from AO3 and FanFiction.Net: story text only, headings kept, file positions."""

from __future__ import annotations

import re

import pytest

from tests.conftest import FIXTURES
from ficlint.document import HEADING
from ficlint.errors import FiclintError


def read_fixture(lint_file, name):
    return lint_file(name, (FIXTURES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["ao3_sample.html", "ffn_sample.html"])
def test_only_the_story_errors_are_reported_not_the_sites_chrome(lint_file, name):
    _, findings = read_fixture(lint_file, name)
    assert sorted(f.text for f in findings if f.code == "SP001") == ["acros", "wheather"]
    reported = {f.text.lower() for f in findings}
    assert not reported & {"archve", "imaginaton", "reveiw", "servise", "teh", "inkwell_moth"}


@pytest.mark.parametrize("name", ["ao3_sample.html", "ffn_sample.html"])
def test_findings_point_at_the_line_and_column_of_the_html_file(lint_file, name):
    document, findings = read_fixture(lint_file, name)
    lines = (FIXTURES / name).read_text(encoding="utf-8").split("\n")
    for finding in findings:
        line = lines[finding.line - 1]
        assert line[finding.column - 1:finding.end_column - 1] == finding.text


def test_ao3_chapter_headings_are_headings_and_landmarks_are_skipped(lint_file):
    document, _ = read_fixture(lint_file, "ao3_sample.html")
    headings = [" ".join(document.plain[s.start:s.end].split()) for s in document.segments if s.kind == HEADING]
    assert headings == ["Chapter 1: Rain", "Chapter 2: Ash"]
    for chrome in ("Chapter Text", "Afterword", "Posted originally", "Teen And Up", "drop by the Archive"):
        assert chrome not in document.plain


def test_ffn_heading_in_the_story_text_is_recognised_and_menus_skipped(lint_file):
    document, _ = read_fixture(lint_file, "ffn_sample.html")
    headings = [" ".join(document.plain[s.start:s.end].split()) for s in document.segments if s.kind == HEADING]
    assert headings == ["Chapter 1: Rain"]
    for chrome in ("FanFiction", "Anime/Manga", "Rated:", "Next", "Terms"):
        assert chrome not in document.plain


@pytest.mark.parametrize("name", ["ao3_sample.html", "ffn_sample.html"])
def test_entities_make_no_false_words(lint_file, name):
    document, _ = read_fixture(lint_file, name)
    tokens = {t.text for t in document.tokens}
    assert {"didn’t"} <= tokens and ("shouldn’t" in tokens or "shouldn't" in tokens)
    assert not tokens & {"shouldn", "didn", "rsquo", "amp", "quot", "ldquo", "rdquo"}


def test_paragraph_tags_end_paragraphs_so_dialogue_does_not_run_on(lint_file):
    html = "<p>\"Wait,\" she said.</p><p>He ran. \"Never.</p>\n<p>It was late.</p>\n"
    document, _ = lint_file("page.html", html)
    late = document.text.index("It was late")
    assert document.kind_at(late) == "narration"


def test_a_page_without_a_story_container_keeps_its_body_text(lint_file):
    html = "<html><head><title>Qwzzx</title></head><body><nav>Hoem</nav><p>She hesistated.</p></body></html>"
    _, findings = lint_file("page.htm", html)
    assert [f.text for f in findings if f.code == "SP001"] == ["hesistated"]


@pytest.mark.parametrize("broken, opened", [
    ("<p>Fine.</p>\n<!-- a comment never closed\n<p>Lost.</p>", "<!--"),
    ("<p>Fine.</p>\n<script>var x = 1;\n<p>Lost.</p>", "<script"),
    ("<p>Fine.</p>\n<p class=\"x\n", "<p"),
])
def test_a_construct_left_open_is_one_clear_error_with_its_line(lint_file, broken, opened):
    with pytest.raises(FiclintError) as error:
        lint_file("broken.html", broken)
    message = str(error.value)
    assert message.startswith("broken.html: malformed HTML:") and opened in message
    assert re.search(r"line 2, column 1\b", message)


def test_tags_and_attributes_are_markup_to_checks_that_scan_the_text(lint_file):
    document, _ = lint_file("page.html", '<p class="storytext">Rain fell.</p>\n')
    assert document.kind_at(document.text.index("storytext")) == "markup"
    assert document.kind_at(document.text.index("Rain")) == "narration"


def test_one_br_breaks_a_line_and_two_break_a_paragraph(lint_file):
    page = "<p>&ldquo;Wait,<br/>she said.&rdquo; He left.<br><br>Rain fell.</p>\n"
    document, _ = lint_file("page.html", page)
    assert document.kind_at(document.text.index("she said")) == "dialogue"
    assert len(document.paragraphs) == 2
