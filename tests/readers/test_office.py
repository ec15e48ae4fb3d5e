"""Word (.docx) and OpenDocument (.odt) stories: read, reported by paragraph, fixed keeping formatting.

story.odt and story.docx were made by LibreOffice 7.4 (`soffice --headless --convert-to odt|docx
story.fodt`) from story.fodt beside them: a heading and an author's note known only by their
styles, a bold misspelling, a comment and a tracked deletion (each holding a misspelling that the
accepted text does not have) and a tracked insertion.
"""

from __future__ import annotations

import io
import shutil
import zipfile

import docx
import pytest
from odf import opendocument
from odf.namespaces import TEXTNS

from ficlint.document import AUTHOR_NOTE, HEADING, NARRATION, SCENE_BREAK
from ficlint.readers import read_file
from tests.conftest import FIXTURES

OFFICE = FIXTURES / "office"
SPELLING = [(2, 24, "fixd"), (3, 31, "hesistated"), (4, 36, "teh")]


@pytest.fixture
def story(tmp_path):
    for name in ("story.odt", "story.docx"):
        shutil.copy(OFFICE / name, tmp_path / name)
    (tmp_path / ".ficlint.toml").write_text('packs = ["english", "bleach"]\n', encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", ["story.odt", "story.docx"])
def test_libreoffice_files_read_as_accepted_text_with_styles(story, name):
    document = read_file(story / name)
    assert document.text.split("\n\n") == [
        "It Began With Rain.", "Thanks to my beta, who fixd every comma.",
        "Rukia drew her zanpakutou and hesistated at the gate.",
        "Renji laughed and walked away from teh barracks.", "* * *",
        "Ichigo waited by the river until the sun went down."]
    kinds = [document.kind_at(document.offset(paragraph, 1)) for paragraph in range(1, 7)]
    assert kinds == [HEADING, AUTHOR_NOTE, NARRATION, NARRATION, SCENE_BREAK, NARRATION]


@pytest.mark.parametrize("name", ["story.odt", "story.docx"])
def test_findings_are_at_paragraph_and_column_and_the_report_says_so(ficlint, story, name):
    run = ficlint("lint", "--select", "SP", "--format", "json", name, cwd=story)
    assert [(f["line"], f["column"], f["text"]) for f in run.json()] == SPELLING
    run = ficlint("lint", "--select", "SP", name, cwd=story)
    assert run.stdout.splitlines()[1] == f"{name}:3:31: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?"
    assert "in .docx and .odt files a position is paragraph:column" in run.stderr
    assert "frowend" not in run.stdout and "wrogn" not in run.stdout  # the deletion and the comment


def test_diff_is_text_and_nothing_is_written(ficlint, story):
    before = (story / "story.docx").read_bytes()
    run = ficlint("lint", "--select", "SP", "--diff", "story.docx", cwd=story)
    assert run.exit_code == 1
    assert "-Rukia drew her zanpakutou and hesistated at the gate.\n" in run.stdout
    assert "+Rukia drew her zanpakutou and hesitated at the gate.\n" in run.stdout
    assert (story / "story.docx").read_bytes() == before


def test_fix_writes_the_word_document_back_with_bold_and_tracked_changes_kept(ficlint, story):
    run = ficlint("lint", "--select", "SP", "--fix", "story.docx", cwd=story)
    assert "fixed 2 findings in 1 file" in run.stderr
    package = docx.Document(str(story / "story.docx"))
    runs = [(r.text, bool(r.bold)) for r in package.paragraphs[2].runs]
    assert ("hesitated", True) in runs
    xml = package.element.xml
    assert "<w:ins " in xml and "frowend" in xml  # the tracked changes are still there to accept or reject
    assert ficlint("lint", "--select", "SP", "--format", "json", "story.docx", cwd=story).json()[0]["text"] == "fixd"


def test_fix_writes_the_opendocument_back_with_its_spans_kept(ficlint, story):
    run = ficlint("lint", "--select", "SP", "--fix", "story.odt", cwd=story)
    assert "fixed 2 findings in 1 file" in run.stderr
    package = opendocument.load(str(story / "story.odt"))
    spans = [str(span) for span in package.text.getElementsByType(__import__("odf.text").text.Span)]
    assert "hesitated" in spans and "barracks" in spans
    paragraphs = [str(p) for p in package.text.getElementsByType(__import__("odf.text").text.P)
                  if p.getAttrNS(TEXTNS, "style-name") == "Standard"]
    assert any(p.startswith("Renji laughed") and "away from the" in p for p in paragraphs)


def test_an_edit_across_a_tab_is_left_unfixed_with_a_reason(ficlint, tmp_path):
    package = docx.Document()
    paragraph = package.add_paragraph("He stopped")
    paragraph.add_run().add_tab()
    paragraph.add_run(", then turned. Ichigo said ")
    paragraph.add_run("nothing").bold = True
    paragraph.add_run(" to teh captain.")
    package.save(str(tmp_path / "tabs.docx"))
    run = ficlint("lint", "--fix", "--unsafe-fixes", "--select", "SP,GR", "tabs.docx")
    assert "warning: tabs.docx:1:11: GR1170 not fixed: the edit touches a tab, line break or field" in run.stderr
    assert "tabs.docx:1:11: GR1170" in run.stdout
    runs = [(r.text, bool(r.bold)) for r in docx.Document(str(tmp_path / "tabs.docx")).paragraphs[0].runs]
    assert runs == [("He stopped", False), ("\t", False), (", then turned. Ichigo said ", False), ("nothing", True),
                    (" to the captain.", False)]


def test_a_folder_of_word_files_is_linted_and_lock_files_skipped(ficlint, tmp_path):
    (tmp_path / "chapters").mkdir()
    for number, sentence in ((1, "Kira hesistated."), (2, "Kira waited.")):
        package = docx.Document()
        package.add_paragraph(sentence)
        package.save(str(tmp_path / "chapters" / f"ch{number}.docx"))
    (tmp_path / "chapters" / "~$ch1.docx").write_bytes(b"\x05Author" + b" " * 50)  # Word's lock file
    run = ficlint("lint", "--select", "SP", "chapters")
    assert run.exit_code == 1
    assert run.stdout.splitlines() == ["chapters/ch1.docx:1:6: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?"]
    assert "2 files" in run.stderr


def zipped(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return stream.getvalue()


def test_bad_office_files_are_one_line_each_and_the_rest_is_linted_and_nothing_written(ficlint, story, monkeypatch):
    from ficlint.readers import office

    (story / "photos.docx").write_bytes(zipped({"holiday.txt": b"Sand and sea."}))
    (story / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)  # how Word saves with a password
    (story / "locked.odt").write_bytes(zipped({"mimetype": b"application/vnd.oasis.opendocument.text",
                                               "content.xml": b"\x8f\x02garbled",
                                               "META-INF/manifest.xml": b"<manifest:encryption-data/>"}))
    (story / "torn.odt").write_bytes((OFFICE / "story.odt").read_bytes()[:3000])
    (story / "huge.docx").write_bytes(zipped({"word/document.xml": b" " * 3 * 2**20}))
    monkeypatch.setattr(office, "MAX_EXPANDED", 2**20)
    before = {path.name: path.read_bytes() for path in story.iterdir()}
    run = ficlint("lint", "--select", "SP", "--fix", ".", cwd=story)
    assert run.exit_code == 2
    errors = sorted(line for line in run.stderr.splitlines() if line.startswith("error:"))
    assert errors == [
        "error: huge.docx: unpacks to over 1 MB: too large to read, not read",
        "error: locked.docx: is password-protected (encrypted): save a copy without a password to lint it",
        "error: locked.odt: is password-protected (encrypted): save a copy without a password to lint it",
        "error: photos.docx: is a zip file but not a Word document (it has no word/document.xml)",
        "error: torn.odt: is not a valid OpenDocument text (not a readable zip file): damaged? save it again"]
    assert "fixed 4 findings in 2 files" in run.stderr  # the good stories are still linted and fixed
    assert all((story / name).read_bytes() == data for name, data in before.items() if name not in ("story.odt", "story.docx"))


def test_a_damaged_document_inside_a_good_zip_is_one_line(ficlint, tmp_path):
    (tmp_path / "bad.docx").write_bytes(zipped({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}))
    run = ficlint("lint", "bad.docx")
    assert run.exit_code == 2
    assert run.stderr.splitlines()[0].startswith("error: bad.docx: is a damaged Word document (")


def test_the_colour_report_shows_the_paragraph_as_its_source_line(ficlint, story):
    run = ficlint("lint", "--select", "SP", "--color", "always", "story.docx", cwd=story)
    shown = [line for line in run.stdout.splitlines() if line.startswith("\x1b[36m3 |")]
    assert shown and shown[0].endswith("at the gate.")


def test_a_python_docx_comment_is_not_prose_and_survives_a_fix(ficlint, tmp_path):
    package = docx.Document()
    paragraph = package.add_paragraph("Kira waited by the gate and hesistated.")
    package.add_comment(paragraph.runs[0], text="A beta note with a mistaek.", author="Beta")
    package.save(str(tmp_path / "noted.docx"))
    run = ficlint("lint", "--select", "SP", "--fix", "noted.docx")
    assert "fixed 1 finding in 1 file" in run.stderr and "mistaek" not in run.stdout
    fixed = docx.Document(str(tmp_path / "noted.docx"))
    assert fixed.paragraphs[0].text == "Kira waited by the gate and hesitated."
    assert [comment.text for comment in fixed.comments] == ["A beta note with a mistaek."]


def test_the_html_report_names_the_paragraph(ficlint, story):
    ficlint("lint", "--select", "SP", "--format", "html", "--output", "report.html", "story.docx", cwd=story)
    page = (story / "report.html").read_text(encoding="utf-8")
    assert "<span class=where>paragraph 3, column 31:</span>" in page
