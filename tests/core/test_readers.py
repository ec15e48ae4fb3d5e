"""Reading story files: encodings, BOMs, line endings, bad bytes."""

import pytest

from ficlint.errors import FiclintError
from ficlint.readers import read_file


def test_utf8_bom_is_dropped_from_text_and_remembered(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello there.\r\n")
    document = read_file(path)
    assert document.text == "Hello there.\r\n"
    assert document.source.bom and document.source.encoding == "utf-8"


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeffRukia smiled.".encode("utf-16-le"))
    assert read_file(path).text == "Rukia smiled."


def test_invalid_utf8_names_the_byte_offset_and_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("line one\nfiancé\n".encode("latin-1"))
    with pytest.raises(FiclintError) as error:
        read_file(path)
    assert "invalid UTF-8 at byte 14 (line 2)" in str(error.value)
    assert str(path) in str(error.value)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(FiclintError, match="binary file"):
        read_file(path)


def test_markdown_syntax_becomes_markup(tmp_path):
    path = tmp_path / "ch1.md"
    path.write_text("---\ntitle: Zxqv\n---\n# Chapter\n\nSee [the wiki](https://x.org/qqq) and `cdoe`.\n<!-- nott -->\n",
                    encoding="utf-8")
    words = [t.text for t in read_file(path).tokens]
    assert "Zxqv" not in words and "qqq" not in words and "cdoe" not in words and "nott" not in words
    assert words == ["Chapter", "See", "the", "wiki", "and"]
