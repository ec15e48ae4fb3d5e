"""Spelling on real fan fiction: the fandom passes, real typos are caught with good suggestions."""

import pytest

from ficlint.checks.spelling import SpellingCheck
from ficlint.config import Config
from ficlint.document import Document
from ficlint.project import Project
from tests.conftest import SEED_000, SEED_001, SEED_002, SEEDS


def spell(*texts: str, dialect: str = "en-US", root=None, words=()):
    documents = [Document(f"ch{i}.txt", text) for i, text in enumerate(texts, 1)]
    config = Config(root=root or SEEDS, dialect=dialect, words=list(words))
    project = Project.load(documents, config)
    return [f for document in documents for f in SpellingCheck().check(document, project)]


@pytest.fixture(scope="module")
def seed_findings():
    texts = [path.read_text(encoding="utf-8") for path in (SEED_000, SEED_001, SEED_002)]
    return spell(*texts)


FANDOM = ("shinigami zanpakutou Zanpakutou zanpakuto Seireitei reiatsu gigai Gigai shunpo shunpoed "
          "Arrancar Vizard Hueco Mundo Espada kido shihakusho Zangetsu Rukia Kurosaki Mayuri Hitsugaya "
          "Toshiro Ichimaru Gin Kira Idzuru Komamura Sajin Kurotsuchi Urahara Kisuke Isshin Kenpachi "
          "Ikkaku Orihime Ishida Kon Aizen Yamamoto Quinta Vasto Lorde").split()


def test_every_fandom_word_of_the_seeds_passes(seed_findings):
    flagged = {f.text for f in seed_findings}
    assert not flagged & set(FANDOM)


def test_the_fandom_beyond_the_seeds_passes():
    text = ("Byakuya-nii-sama drew Senbonzakura while Hitsugaya-taichou called Hyorinmaru. "
            "Grimmjow and Ulquiorra left Las Noches through a Garganta; Yoruichi used shunpo, "
            "Unohana healed Hanataro with kaido and Soi Fon released Suzumebachi in the Rukongai.")
    assert [f.text for f in spell(text)] == []


def test_real_misspellings_get_a_good_first_suggestion(seed_findings):
    suggestions = {f.text: f.suggestions[:1] for f in seed_findings}
    assert suggestions["orginial"] == ["original"]
    assert suggestions["hesistated"] == ["hesitated"]
    assert suggestions["Mayrui"] == ["Mayuri"]
    assert suggestions["zanpaktou"] == ["zanpakutou"]


def test_a_name_typed_wrong_once_is_caught_by_nearness_to_a_known_name():
    findings = spell("Renji nodded. Later Rnji smiled.")
    assert [(f.code, f.text, f.suggestions[:1]) for f in findings] == [("SP001", "Rnji", ["Renji"])]


def test_dialect_passes_inside_dialogue_but_not_in_narration(seed_findings):
    seed_002 = SEED_002.read_text(encoding="utf-8")
    dialect = ["blushin'", "jus'", "won'", "hur'", "I'z", "Wha's", "matta'", "ya", "meh", "upse'", "le's", "Tha's"]
    for word in dialect:
        assert word in seed_002
    assert not [f for f in seed_findings if f.path == "ch3.txt" and f.text.lower().rstrip("'") in
                {w.lower().rstrip("'").removesuffix("'s") for w in dialect}]
    narration = spell("He was blushin' and jus' sat there. Meh.")
    assert [f.text for f in narration] == ["blushin", "jus", "Meh"]


def test_elongated_speech_passes_in_dialogue():
    assert spell('"Nooooo!" she cried. "Sooo cute."') == []


def test_possessives_contractions_compounds_caps_numbers():
    text = ("The bodies' weight, Ichigo's sword and the Kurosakis' house. He couldn't, wouldn't, "
            "won't go. A one-shot, a well-known fox-faced man. AMV's and TATU at 3am on 13th.")
    assert [f.text for f in spell(text)] == []


def test_original_characters_pass_and_a_name_close_to_a_word_is_noted_once():
    chapter_1 = "Izumo knelt. Later, Izumo ran to Kaori. Izumo wept. Iraxa Morvenne watched. Morvenne smiled."
    chapter_2 = "Then Izumo smiled at Kaori, at Haruto and at Kaz."  # Kaz is a letter from 'kat' and 'kay'
    findings = spell(chapter_1, chapter_2)
    assert [(f.code, f.severity, f.text, f.path) for f in findings] == [("SP002", "info", "Kaz", "ch2.txt")]
    assert "used 1 time" in findings[0].message


def test_a_slip_before_a_name_is_still_a_slip_and_coined_terms_pass_once_repeated():
    assert [f.text for f in spell("Whne Rukia came, he left.")] == ["Whne"]
    text = "The chakra rose. His chakra faded. No chakra was left. He felt the woodsmoke. Then hesistated."
    assert [f.text for f in spell(text)] == ["hesistated"]


def test_project_word_list_accepts_original_characters(tmp_path):
    (tmp_path / "cast.txt").write_text("Izumo\nKaori  # his captain\n", encoding="utf-8")
    assert spell("Izumo knelt beside Kaori.", root=tmp_path, words=["cast.txt"]) == []


def test_british_spellings_pass_only_in_the_british_dialect():
    text = "Her favourite colour was grey; she apologised and travelled to the centre."
    assert [f.text for f in spell(text)] == ["favourite", "colour", "apologised", "centre"]
    assert spell(text, dialect="en-GB") == []


def test_known_fandom_misspelling_has_a_safe_fix():
    [finding] = spell("He drew his zanpaktou.")
    assert finding.code == "SP003"
    assert finding.fix.safe and [e.replacement for e in finding.fix.edits] == ["zanpakutou"]


def test_a_character_named_often_is_matched_through_any_one_letter_typed_wrong():
    text = "Ayame knelt. Ayame rose. Later, Ayame smiled. Then Ayami left."
    assert [(f.code, f.text, f.suggestions[:1]) for f in spell(text)] == [("SP001", "Ayami", ["Ayame"])]
    assert spell("Ayame smiled. Then Ayami left.") == []  # a name used once is no proof of a slip
