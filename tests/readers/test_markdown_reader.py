"""Markdown input: syntax skipped, emphasis and entities do not split words, positions map to the file."""

from __future__ import annotations


def words_flagged(findings, code="SP001"):
    return [f.text for f in findings if f.code == code]


def test_emphasis_around_or_inside_a_word_does_not_split_it(lint_file):
    text = "She said it was *unbelievable*, **truly** un*believ*able, and _never_ again.\n"
    document, findings = lint_file("ch1.md", text)
    assert words_flagged(findings) == []
    assert {"unbelievable", "truly", "never"} <= {t.text for t in document.tokens}


def test_a_misspelling_inside_emphasis_is_found_at_its_place_in_the_file(lint_file):
    text = "# Chapter 1\n\nHe *hesistated* at the door.\n"
    document, findings = lint_file("ch1.md", text)
    [finding] = [f for f in findings if f.code == "SP001"]
    assert finding.text == "hesistated"
    assert (finding.line, finding.column) == (3, 5)
    assert document.line_text(3)[finding.column - 1:finding.end_column - 1] == "hesistated"


def test_entities_stand_for_their_characters_and_make_no_false_words(lint_file):
    text = "He couldn&rsquo;t say it &amp; she didn&#8217;t ask. The caf&eacute; was closed.\n"
    document, findings = lint_file("ch1.md", text)
    assert words_flagged(findings) == []
    tokens = [t.text for t in document.tokens]
    assert "couldn’t" in tokens and "didn’t" in tokens and "café" in tokens
    assert not {"couldn", "rsquo", "amp", "eacute"} & set(tokens)


def test_front_matter_code_links_and_comments_are_not_prose(lint_file):
    text = (
        "---\ntitle: Xyzzyq Plugh\nauthor: qwfpgj\n---\n"
        "Read the [first chapter](https://example.org/qwzzx-plugh) or [the notes][zqxnotes].\n\n"
        "Run `ficlint --zqxjk` first.\n\n"
        "```\nfrobnicatr quuxly\n```\n\n"
        "<!-- TODO: fiks this -->\n"
        "A footnote[^zqx1].\n\n"
        "[zqxnotes]: https://example.org/notes\n"
        "[^zqx1]: Then she hesistated.\n"
    )
    document, findings = lint_file("ch1.md", text)
    assert words_flagged(findings) == ["hesistated"]  # a footnote's text is prose
    assert "first chapter" in document.plain and "Xyzzyq" not in document.plain


def test_toml_front_matter_is_skipped_and_later_lines_keep_their_numbers(lint_file):
    text = "+++\ntitle = \"Qwzzx\"\n+++\n\nShe hesistated.\n"
    _, findings = lint_file("ch1.md", text)
    assert [(f.text, f.line, f.column) for f in findings if f.code == "SP001"] == [("hesistated", 5, 5)]


def test_escaped_markdown_characters_do_not_split_words(lint_file):
    document, findings = lint_file("ch1.md", "Not a list: 1\\. Then she\\'d gone.\n")
    assert "she'd" in [t.text for t in document.tokens]
    assert words_flagged(findings) == []


def test_an_escaped_ampersand_before_an_entity_name_keeps_the_name_as_written(lint_file):
    document, _ = lint_file("ch1.md", "Fish \\&amp; chips, she wrote.\n")
    assert len(document.plain) == len(document.text)
    assert document.plain.startswith("Fish & amp; chips")
