"""Bad input: one clear error line each, exit 2, the other files still linted."""

from __future__ import annotations

import re

from tests.conftest import FIXTURES


def test_each_bad_file_is_one_error_line_and_the_good_files_are_still_linted(ficlint_process, tmp_path):
    (tmp_path / "good.txt").write_text("She hesistated.\n", encoding="utf-8")
    (tmp_path / "broken.html").write_text("<p>Fine.</p>\n<!-- never closed\n", encoding="utf-8")
    (tmp_path / "story.docx").write_bytes(b"PK\x03\x04 not a story")
    (tmp_path / "huge.txt").write_text("word " * 1_000_000 + "hesistated\n", encoding="utf-8")
    # spelling only: grammar on a 5 MB sentence is the grammar backend's own (slow) affair
    result = ficlint_process("lint", "--select", "SP", "good.txt", "broken.html", "story.docx", "huge.txt")
    assert result.returncode == 2
    assert result.stdout.decode().splitlines() == [
        "good.txt:1:5: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?",
        "huge.txt:1:5000001: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?"]
    errors = [line for line in result.stderr.decode().splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert errors[0].startswith("error: broken.html: malformed HTML: '<!--' at line 2")
    assert errors[1] == "error: story.docx: is not a valid Word document (not a readable zip file): damaged? save it again"


def test_a_huge_single_line_shows_only_a_window_around_the_span_in_colour(ficlint_process, tmp_path):
    (tmp_path / "huge.txt").write_text("word " * 1_000_000 + "hesistated\n", encoding="utf-8")
    shown = ficlint_process("lint", "huge.txt", "--select", "SP", "--color", "always").stdout.decode()
    assert len(shown) < 1000 and "hesistated" in shown and "…" in shown


def test_an_unknown_output_format_is_a_usage_error(ficlint_process, tmp_path):
    (tmp_path / "good.txt").write_text("Fine.\n", encoding="utf-8")
    result = ficlint_process("lint", "--format", "docx", "good.txt")
    assert result.returncode == 2
    assert "Invalid value for '--format'" in result.stderr.decode()


def test_standard_input_is_read_as_markdown_by_its_stdin_filename(ficlint_process):
    result = ficlint_process("lint", "-", "--stdin-filename", "chapters/ch2.md",
                     input="---\ntitle: Qwzzx\n---\nHe *hesistated*.\n".encode())
    assert result.stdout.decode().splitlines() == [
        "chapters/ch2.md:4:5: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?"]


def test_standard_input_is_read_as_html_by_its_stdin_filename(ficlint_process):
    page = (FIXTURES / "ao3_sample.html").read_bytes()
    result = ficlint_process("lint", "-", "--stdin-filename", "ao3.html", input=page)
    lines = result.stdout.decode().splitlines()
    flagged = [re.search(r"^ao3\.html:\d+:\d+: SP001 unknown word '(\w+)'", line) for line in lines if " SP001 " in line]
    assert [match.group(1) for match in flagged] == ["wheather", "acros"]


def test_standard_input_with_an_unknown_suffix_is_an_error_and_files_are_still_linted(ficlint_process, tmp_path):
    (tmp_path / "good.txt").write_text("She hesistated.\n", encoding="utf-8")
    result = ficlint_process("lint", "-", "good.txt", "--stdin-filename", "notes.rtf", input=b"{\\rtf1 x}")
    assert result.returncode == 2
    assert "error: notes.rtf: unknown format '.rtf'" in result.stderr.decode()
    assert result.stdout.decode().startswith("good.txt:1:5: SP001")
