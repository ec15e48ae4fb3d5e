"""The document model: segments, words and positions on real story text."""

from ficlint.document import AUTHOR_NOTE, DIALOGUE, HEADING, NARRATION, SCENE_BREAK, Document
from tests.conftest import SEED_000, SEED_002


def kinds_of(document, fragment):
    start = document.text.index(fragment)
    return {document.kind_at(i) for i in range(start, start + len(fragment))}


def test_seed_dialogue_narration_note_and_title_are_told_apart():
    document = Document("000.txt", SEED_000.read_text(encoding="utf-8"))
    assert kinds_of(document, "Not Gonna Get Us") == {HEADING}
    assert kinds_of(document, '"There not gonna get us."') == {DIALOGUE}
    assert kinds_of(document, "He told her as they moved") == {NARRATION}
    assert kinds_of(document, "This was orginial meant") == {AUTHOR_NOTE}
    assert kinds_of(document, "He had always heard of wars.") == {NARRATION}


def test_dialect_speech_in_seed_002_is_dialogue():
    document = Document("002.txt", SEED_002.read_text(encoding="utf-8"))
    assert kinds_of(document, "jus' relax... I'z won' hur' ya.") == {DIALOGUE}
    assert kinds_of(document, "Kira choked back a sob") == {NARRATION}


def test_curly_quotes_and_multi_paragraph_speech():
    text = "“Wait,” she said. “I know.”\n\n“First paragraph of a speech.\n\n“And its second.” He left.\n"
    document = Document("x.txt", text)
    assert kinds_of(document, "“Wait,”") == {DIALOGUE}
    assert kinds_of(document, "she said.") == {NARRATION}
    assert kinds_of(document, "“First paragraph of a speech.") == {DIALOGUE}
    assert kinds_of(document, "“And its second.”") == {DIALOGUE}
    assert kinds_of(document, "He left.") == {NARRATION}


def test_author_notes_in_their_usual_forms():
    text = "Title\n\nA/N: thanks for reading!\n\nStory text. (A/N: a small aside) More story.\n\nAuthor's Note: bye\n"
    document = Document("x.txt", text)
    assert kinds_of(document, "A/N: thanks for reading!") == {AUTHOR_NOTE}
    assert kinds_of(document, "(A/N: a small aside)") == {AUTHOR_NOTE}
    assert kinds_of(document, "More story.") == {NARRATION}
    assert kinds_of(document, "Author's Note: bye") == {AUTHOR_NOTE}


def test_scene_breaks_and_chapter_headings():
    text = "Chapter 3: The Return\n\nShe ran.\n\n~~~oOo~~~\n\n* * *\n\nHe stayed.\n"
    document = Document("x.txt", text)
    assert kinds_of(document, "Chapter 3: The Return") == {HEADING}
    assert kinds_of(document, "~~~oOo~~~") == {SCENE_BREAK}
    assert kinds_of(document, "* * *") == {SCENE_BREAK}
    assert kinds_of(document, "He stayed.") == {NARRATION}


def test_positions_count_characters_with_crlf_tabs_and_non_ascii():
    text = "First line\r\n\tTōshirō said\u00a0hi\r\nthird"
    document = Document("x.txt", text)
    assert document.position(text.index("said")) == (2, 10)
    assert document.position(text.index("\u00a0hi") + 1) == (2, 15)
    assert document.position(text.index("third")) == (3, 1)
    assert document.offset(2, 10) == text.index("said")
    assert document.line_text(2) == "\tTōshirō said\u00a0hi"


def test_words_keep_apostrophes_and_split_at_hyphens():
    document = Document("x.txt", "Gin's blushin' won' the bodies' I-Izumo Nii-sama 13")
    assert [t.text for t in document.tokens] == [
        "Gin's", "blushin'", "won'", "the", "bodies'", "I", "Izumo", "Nii", "sama"]


def test_markup_is_blanked_keeping_offsets():
    document = Document("x.md", "See <b>here</b> https://example.com/kido now", markup=[(4, 7), (11, 15)])
    assert len(document.plain) == len(document.text)
    assert [t.text for t in document.tokens] == ["See", "here", "now"]
