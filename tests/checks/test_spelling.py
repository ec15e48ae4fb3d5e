"""Spelling on real fan fiction: the fandom passes, real typos are caught with good suggestions."""

import pytest

from ficlint.checks.spelling import SpellingCheck
from ficlint.config import Config
from ficlint.document import Document
from ficlint.linter import lint
from ficlint.project import Project
from tests.conftest import SEED_000, SEED_001, SEED_002, SEEDS, findings_for


BLEACH = ["english", "japanese", "bleach"]


def spell(*texts: str, dialect: str = "en-US", root=None, words=(), packs="auto", select=("ALL",)):
    documents = [Document(f"ch{i}.txt", text) for i, text in enumerate(texts, 1)]
    config = Config(root=root or SEEDS, dialect=dialect, words=list(words), packs=packs, select=list(select))
    project = Project.load(documents, config)
    return lint(project, [SpellingCheck()]).findings  # the linter keeps a name's SP002 once per project


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
    findings = spell("Renji nodded. Later Rnji smiled.", packs=BLEACH)
    assert [(f.code, f.text, f.suggestions[:1]) for f in findings] == [("SP001", "Rnji", ["Renji"])]


def test_dialect_passes_inside_dialogue_but_not_in_narration(seed_findings):
    seed_002 = SEED_002.read_text(encoding="utf-8")
    dialect = ["blushin'", "jus'", "won'", "hur'", "I'z", "Wha's", "matta'", "ya", "meh", "upse'", "le's", "Tha's"]
    for word in dialect:
        assert word in seed_002
    assert not [f for f in seed_findings if f.path == "ch3.txt" and f.text.lower().rstrip("'") in
                {w.lower().rstrip("'").removesuffix("'s") for w in dialect}]
    narration = spell("He was blushin' and jus' sat there. Meh.")
    assert [f.text for f in narration] == ["blushin", "jus"]  # meh is in the dictionary


def test_elongated_speech_passes_in_dialogue():
    assert spell('"Nooooo!" she cried. "Sooo cute."') == []


def test_a_name_english_knows_typed_with_one_slip_once_is_that_name():
    found = spell("She flew to Isreal that summer. Merel laughed at Kira, and Seiji, Kira and Mayuri waved.")
    assert [(f.text, f.suggestions) for f in found] == [("Isreal", ["Israel"]), ("Merel", ["Merle"])]


def test_words_with_their_diacritics_and_y_adjectives_of_known_words_pass():
    assert spell("The naïve child ordered a crêpe. It was a sucky, crappy day.") == []
    assert [f.text for f in spell("He was realy tired and the bodyy ached.")] == ["realy", "bodyy"]


def test_british_pasts_and_spoken_spellings_pass_where_they_belong():
    assert spell('She leant against the wall. "I probly will," he said.') == []
    assert [f.text for f in spell("He would probly go.")] == ["probly"]


def test_adverbs_made_with_ly_from_known_words_pass_but_slips_of_ly_words_do_not():
    assert spell("The corridor ran on unendingly. She grinned smirkingly and spoke leaderly words.") == []
    found = spell("He was quitely tired, truely and wholely done, and smiled hopefuly.")
    assert [f.text for f in found] == ["quitely", "truely", "wholely", "hopefuly"]


def test_speech_broken_off_or_stammered_passes_but_a_slip_before_a_dash_does_not():
    assert spell('"Are you in some kind of trou-" she began. "I cou-couldn\'t," he said. "Wai—" "You idi-"') == []
    found = spell('"I saw a dinosuar- it was huge," he said.')
    assert [(f.code, f.text, f.suggestions[:1]) for f in found] == [("SP001", "dinosuar", ["dinosaur"])]


def test_possessives_contractions_compounds_caps_numbers():
    text = ("The bodies' weight, Ichigo's sword and the Kurosakis' house. He couldn't, wouldn't, "
            "won't go. A one-shot, a well-known fox-faced man. AMV's and TATU at 3am on 13th.")
    assert [f.text for f in spell(text)] == []


def test_original_characters_pass_and_are_listed_once_each_when_sp002_is_selected():
    chapter_1 = "Quellin knelt. Later, Quellin ran to Kaori. Quellin wept. Iraxa Morvenne watched. Morvenne smiled."
    chapter_2 = "Then Quellin smiled at Kaori, at Haruto and at Kaz."  # Kaz is a letter from 'kat' and 'kay'
    assert spell(chapter_1, chapter_2) == []
    listed = spell(chapter_1, chapter_2, select=["ALL", "SP002"])
    assert [(f.code, f.severity, f.text) for f in listed] == [
        ("SP002", "info", word) for word in ("Quellin", "Kaori", "Iraxa", "Morvenne", "Haruto", "Kaz")]
    assert "used 4 times" in listed[0].message and "ficlint words add Quellin" in listed[0].message
    assert spell(chapter_1, chapter_2, select=["SP"]) == []  # a prefix does not turn SP002 on


def test_a_name_used_once_at_a_sentence_start_before_its_verb_passes_but_a_slipped_pronoun_does_not():
    text = "Runo said nothing. Chell passed the gate. Sge walked home. Teh dog barked."
    assert [f.text for f in spell(text)] == ["Sge", "Teh"]
    short = "The storm broke. Hao had never cared. Oro! Bu left the room."
    assert spell(short) == []  # a short capitalised word is a name: 'Hao' is no slip of 'Had' (but 'Teh' is codespell's)


def test_a_sound_without_a_vowel_passes_in_speech_and_an_adjective_made_a_verb_passes():
    text = 'He dumbed it down. She was weirded out. "Pssh, whatever." "Hmph." "Grr." "Wht do you want?" He stoped.'
    assert [f.text for f in spell(text)] == ["Wht", "stoped"]


def test_a_slip_before_a_name_is_still_a_slip_and_coined_terms_pass_once_repeated():
    assert [f.text for f in spell("Whne Rukia came, he left.")] == ["Whne"]
    text = "The chakra rose. His chakra faded. No chakra was left. He felt the woodsmoke. Then hesistated."
    assert [f.text for f in spell(text)] == ["hesistated"]
    twice = "A glimmerkin flew past. Two glimmerkins followed it. He hesistated, and hesistated again."
    assert [f.text for f in spell(twice)] == ["hesistated", "hesistated"]  # a slip repeated is still a slip
    japanese = "Her shugo egg woke. The shugo egg cracked. Then her yume came true, a yume of old."
    assert spell(japanese) == []  # a Japanese term the story repeats, one letter from 'hugo' or 'yum', is its own
    tic = '"It is fine, aru." "Eat, aru." "Go, aru." The worrior stood. A worrior fell. The last worrior ran.'
    assert [f.text for f in spell(tic)] == ["worrior"] * 3  # a short word the story repeats is a tic, a long one a slip


def test_project_word_list_accepts_original_characters(tmp_path):
    (tmp_path / "cast.txt").write_text("Izumo\nKaori  # his captain\n", encoding="utf-8")
    assert spell("Izumo knelt beside Kaori.", root=tmp_path, words=["cast.txt"]) == []


def test_british_spellings_pass_in_british_english_and_get_their_american_spelling_in_american():
    text = "Her favourite colour was grey; she apologised and travelled to the centre."
    findings = spell(text)
    assert [(f.code, f.text, f.suggestions) for f in findings] == [
        ("SP004", "favourite", ["favorite"]), ("SP004", "colour", ["color"]), ("SP004", "grey", ["gray"]),
        ("SP004", "apologised", ["apologized"]), ("SP004", "travelled", ["traveled"]), ("SP004", "centre", ["center"])]
    assert all(not f.fix.safe for f in findings)
    assert spell(text, dialect="en-GB") == [] and spell(text, dialect="") == []


def test_british_english_has_a_real_word_list_and_never_suggests_an_american_spelling():
    british = ("He wore pyjamas, scraped the mould off the programme, stepped off the kerb, cashed a cheque, "
               "wrapped it in aluminium foil against the draught, sold her jewellery and made a manoeuvre.")
    assert spell(british, dialect="en-GB") == [] and spell(british, dialect="") == []
    american = {f.text: f.suggestions for f in spell(british)}
    assert american["mould"] == ["mold"] and american["pyjamas"] == ["pajamas"]
    assert american["jewellery"] == ["jewelry"] and american["manoeuvre"] == ["maneuver"]
    [color] = spell("The color of the sky.", dialect="en-GB")
    assert (color.code, color.suggestions) == ("SP004", ["colour"])
    assert spell("She hesitated; her neighbor's colour.", dialect="") == []
    [slip] = spell("The favorate colour.", dialect="en-GB")
    assert "favorite" not in slip.suggestions


def test_english_words_a_small_dictionary_lacks_pass():
    text = ("The teleportation failed, so they met at the cafe, etc. Her pearlescent vorpal blade, "
            "a naive fiance.")
    assert spell(text) == []


def test_known_fandom_misspelling_has_a_safe_fix():
    [finding] = spell("He drew his zanpaktou.", packs=BLEACH)
    assert finding.code == "SP003"
    assert finding.fix.safe and [e.replacement for e in finding.fix.edits] == ["zanpakutou"]


def test_a_character_named_often_is_matched_through_any_one_letter_typed_wrong():
    text = "Ayame knelt. Ayame rose. Later, Ayame smiled. Then Ayami left."
    assert [(f.code, f.text, f.suggestions[:1]) for f in spell(text)] == [("SP001", "Ayami", ["Ayame"])]
    assert spell("Ayame smiled. Then Ayami left.") == []  # a name used once is no proof of a slip


def test_a_slip_in_the_second_word_of_a_two_word_name_is_caught_after_its_first_word():
    text = "Rukia and Renji crossed Hueco Mundu to the gates of Las Noches."
    [finding] = spell(text, packs=BLEACH)
    assert (finding.text, finding.suggestions, finding.extra) == ("Mundu", ["Mundo"], {"unsafe_fix": False})
    assert spell("Rukia and Renji met Mundu.", packs=BLEACH) == []  # a name of its own without its first word


def test_unsafe_fixes_rewrite_a_lower_case_slip_used_once_but_never_a_name_or_a_repeated_word(tmp_path):
    from ficlint.checks import all_checks
    from ficlint.fixer import fix_project

    text = "The genin ran to Suna. Two genin fell near Kiri and Iwa, and he was realy tired. The shadw glowed. The shadw fell.\n"
    document = Document("ch1.txt", text)
    project = Project.load([document], Config(root=tmp_path, packs=["english"], select=["SP"]))
    run = fix_project(project, all_checks(), unsafe=True)
    assert run.documents[0].text == text.replace("realy", "really")
    left = {f.text: f for f in run.result.findings}
    # 'genin', another fandom's word spelt as its glossary spells it, passes; 'shadw', used twice, is meant
    assert set(left) == {"shadw"} and left["shadw"].extra == {"unsafe_fix": False}


def test_a_noun_used_as_a_verb_and_a_singular_beside_its_plural_are_words(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("He fisted his hands in the bedsheet. She stoped at the door.\n", encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "--select", "SP", "ch1.txt"))
    assert [(f["text"], f["suggestions"][:1]) for f in found] == [("stoped", ["stopped"])]


def test_a_term_near_only_rare_words_passes_once_but_a_slip_of_a_word_in_use_does_not():
    text = "She set the stones on the goban. The pneumo was clear. He dathered his things and left."
    assert [f.text for f in spell(text, packs=[])] == ["dathered"]


def test_genre_compounds_and_japanese_words_pass_once_but_a_slip_of_english_does_not():
    text = ("The crew woke from cryosleep. His cyberware hummed. They ate donburi by the window. "
            "He snarks at her. With steepled fingers he waited. It fell with a thunk. It was a garauntee. She was tierd.")
    assert [f.text for f in spell(text, packs=[])] == ["garauntee", "tierd"]


def test_both_halves_of_a_known_hyphenated_word_and_a_family_called_by_the_storys_name_pass():
    text = ("She loved sci-fi films and the hotel wi-fi. He took his meds. The Harlows came to dinner. "
            "Mia Harlow smiled and Tom Harlow laughed. His stubbled jaw set. Her dæmon hissed. \"Your gf left.\" The bot beeped. She was tierd.")
    assert [f.text for f in spell(text, packs=["english"])] == ["tierd"]


def test_another_fandoms_word_spelt_as_its_glossary_spells_it_passes():
    text = "The shinigami stared at the notebook. Light wrote a name."
    assert spell(text, packs=["english"]) == []


def test_words_in_another_script_and_rows_of_symbols_are_not_english_slips():
    text = "She whispered よかった and smiled.\n\n𓅬𓅬𓅬\n\nThe next morning was tierd and cold."
    assert [f.text for f in spell(text, packs=[])] == ["tierd"]


def test_a_japanese_name_opening_speech_is_a_name():
    assert spell('"Takeo? You are supposed to be asleep." She waited.', packs=[]) == []


def test_a_name_the_story_capitalises_is_caught_in_lower_case():
    text = "Zorvath smiled at me. Zorvath waved. Then zorvath left."
    [finding] = spell(text, packs=[])
    assert (finding.text, finding.suggestions) == ("zorvath", ["Zorvath"])


def test_a_capitalised_misspelling_codespell_knows_is_a_slip_mid_sentence_but_short_names_pass():
    text = "They saluted the Captin twice. Then Maka and Winn waved at the old Sargeant by the gate."
    found = spell(text)
    assert [(f.text, f.suggestions[0]) for f in found] == [("Captin", "Captain"), ("Sargeant", "Sergeant")]


def test_a_word_with_a_letter_held_for_effect_passes_in_narration_too():
    text = 'But nooo, luck was not on their side. He was soooo tired. "Yesss!" she cried. He nooded.'
    assert [f.text for f in spell(text)] == ["nooded"]
