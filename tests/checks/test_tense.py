"""Tense slips: a present-tense verb in narration told in the past."""

import pytest

from tests.conftest import SEED_000, SEED_001, SEEDS, findings_for

PAST = ("Rukia walked to the gate. She looked back once. He waited by the wall and she smiled. "
        "He turned away, and she followed him. He sighed. ")


def tense_findings(ficlint, tmp_path, text: str) -> list[dict]:
    """The TN findings of a story of one chapter."""
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    return findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt"))


def test_the_seeds_tense_slips_are_found_with_the_past_form(ficlint):
    found = findings_for(ficlint("lint", "--format", "json", "--select", "TN", SEEDS), "TN")
    assert [(f["path"].split("/")[-1], f["text"], f["suggestions"]) for f in found] == [
        (SEED_000.name, "slides", ["slid"]), (SEED_000.name, "capture", ["captured"]), (SEED_001.name, "lays", ["laid"])]
    assert all(f["fix"]["safe"] is False for f in found)


def test_a_slip_after_and_with_an_adverb(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(PAST + "She knelt by the bed and gently watches him sleep.\n", encoding="utf-8")
    [finding] = findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt"))
    assert (finding["text"], finding["suggestions"]) == ("watches", ["watched"])


def test_a_story_told_in_the_present_is_left_alone(ficlint, tmp_path):
    present = ("Rukia walks to the gate. She looks back once. He waits by the wall and she smiles. "
               "He turns away. She follows him. He sighed.\n")
    (tmp_path / "ch1.txt").write_text(present, encoding="utf-8")
    assert ficlint("lint", "--select", "TN", "ch1.txt").exit_code == 0


def test_two_words_that_describe_the_speaker_are_no_slip_in_a_story_told_in_the_present(ficlint, tmp_path):
    present = ("Rukia walks to the gate. She looks back once. He waits by the wall and she smiles. He turns away. "
               '"Rukia?" he says, sleep-riddled and confused. She walks to the door and opened it.\n')
    (tmp_path / "ch1.txt").write_text(present, encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt"), "TN")
    assert [f["text"] for f in found] == ["opened"]


def test_speech_and_thoughts_keep_their_present_tense(ficlint, tmp_path):
    text = PAST + ('"He knows," she said. ~She hates this place,~ he thought. *He runs too fast,* she mused. '
                   "'Ben's fine and she always does this,' the hopeful part of her insisted. "
                   "Kyo wondered, Why she hates the rain so much? Rukia nodded. Rukia's piercing blue eyes were fixed on him. "
                   "Good, he's here. Great, now she's late.\n")
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    assert ficlint("lint", "--select", "TN", "ch1.txt").exit_code == 0


SLIPS = [
    ("Her eyes widen at the sight of him. They walk to the gate together.", [("widen", "widened"), ("walk", "walked")]),
    ("Mayuri sits at a desk. The Seireitei walls rose. Hollow masks cracked.", [("sits", "sat")]),
    ("Byakuya stood and walks to the window. He felt her fingers clench around his.", [("walks", "walked")]),
    ("When she asked, he just grins at her. He took his eyebrows with it.", [("grins", "grinned")]),
]


@pytest.mark.parametrize("slip, expected", SLIPS, ids=["plural subject", "named character", "and after a past verb", "adverb between"])
def test_slips_after_plural_subjects_names_and_past_verbs(ficlint, tmp_path, slip, expected):
    (tmp_path / "ch1.txt").write_text(PAST + PAST + slip + "\n", encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt"))
    assert [(f["text"], f["suggestions"][0]) for f in found] == expected


def test_descriptions_after_a_plural_subject_are_not_verbs(ficlint, tmp_path):
    text = PAST + ("She lay still, her eyes open. His arms round her, he slept. Their legs like jelly, they sat. "
                   "As they say, time heals. Now, they have been found. His eyes narrow and cold, he waited. "
                   "He turned, his golden eyes sharp with resolve.\n")
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    assert ficlint("lint", "--select", "TN", "ch1.txt").exit_code == 0


def test_a_pronoun_after_a_plural_subject_opens_the_next_clause(ficlint, tmp_path):
    text = PAST + "When she opened her eyes she saw the ceiling. As he raised his hands they shook.\n"
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    assert ficlint("lint", "--select", "TN", "ch1.txt").exit_code == 0


def test_a_present_perfect_in_past_narration_takes_had(ficlint, tmp_path):
    text = (PAST + "Mira has been his teacher for a year. She said she has seen it. Now, they have been found. "
            "Hopefully his father has already gone home.\n")
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    found = [f for f in ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt").json() if f["code"] == "TN002"]
    assert [(f["text"], f["suggestions"]) for f in found] == [("has", ["had"])] * 2


def test_a_slip_after_a_noun_subject_is_told_from_a_noun_by_its_word_class(ficlint, tmp_path):
    text = (PAST + "The door opens and the wind blew in. Beside her, the long walks through the woods were over. "
            "Her eyes widened in equal parts fear and joy.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"]) for f in found] == [("opens", ["opened"])]


def test_a_reader_insert_told_in_the_past_slips_into_the_present(ficlint, tmp_path):
    story = ("You walked to the harbour. You looked at the ships and you sighed. You turned back. "
             "You climbed the hill and you waited. You rush down to the water. I know you love the sea.\n")
    (tmp_path / "ch1.txt").write_text(story, encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt"))
    assert [(f["text"], f["suggestions"]) for f in found] == [("rush", ["rushed"])]


def test_a_first_person_narrator_may_speak_from_the_present(ficlint, tmp_path):
    story = ("I moved to the coast when I was ten. I hated it. I walked to school alone and I waited for the bus. "
             "My father misses the city and he misses his friends too. I stayed anyway.\n")
    (tmp_path / "ch1.txt").write_text(story, encoding="utf-8")
    assert findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt")) == []


def test_a_present_modal_or_are_in_past_narration_takes_its_past_form(ficlint, tmp_path):
    text = PAST * 4 + ("He can hear them in the hall. They will come back. They are gone by morning. "
                       "She may have known all along.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"]) for f in found] == [
        ("can", ["could"]), ("will", ["would"]), ("are", ["were"])]


def test_a_first_person_narrators_modals_and_perfects_are_their_present(ficlint, tmp_path):
    told = "I walked to the gate. I looked back once. I waited by the wall. I sighed. I turned away. " * 2
    text = PAST * 2 + told + "All he can remember is his shows. My presents have been late too. He's come a long way.\n"
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    assert ficlint("lint", "--select", "TN", "ch1.txt").exit_code == 0
    (tmp_path / "ch1.txt").write_text(PAST * 4 + "All he can remember is his shows.\n", encoding="utf-8")
    assert [f["text"] for f in findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt"))] == ["can"]


def test_an_unmarked_inner_monologue_keeps_its_present_tense(ficlint, tmp_path):
    text = PAST * 2 + "\n\nI can't believe him. He never listens. All he can remember is his shows.\n\nHe walks away.\n"
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    assert [f["text"] for f in findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt"))] == ["walks"]


def test_a_story_told_in_the_present_slips_into_the_past_between_joined_verbs(ficlint, tmp_path):
    present = "Rukia walks to the gate. She looks back once. He waits by the wall. She smiles. He turns away. He sighs. "
    text = present * 2 + ("\n\nShe walks to the door and opened it. He looks up and smiled at her. "
                          "She knows that he cheated and lied. Yesterday she fought him.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"]) for f in found] == [("opened", ["opens"]), ("smiled", ["smiles"])]


def test_a_contracted_present_in_past_narration_takes_its_past(ficlint, tmp_path):
    text = PAST + ("He's exhausted, she noticed. She's been awake all night. He isn't giving up, though. "
                   "Rukia's still angry. Rukia's sleeping cat purred. Rukia's hand shook.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"]) for f in found] == [
        ("He's", ["He was", "He'd"]), ("She's", ["She'd"]), ("He isn't", ["He wasn't"]), ("Rukia's", ["Rukia was"])]


def test_an_inverted_auxiliary_keeps_the_plain_verb(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(PAST * 2 + "Little did they know the truth. Never had she seen such a sight.\n", encoding="utf-8")
    assert findings_for(ficlint("lint", "--format", "json", "--select", "TN", "ch1.txt")) == []


def test_a_contracted_present_in_speech_or_a_present_story_is_left_alone(ficlint, tmp_path):
    speech = PAST + "\"He's exhausted,\" she said. \"He isn't giving up.\"\n"
    present = ("Rukia walks to the gate. She looks back once. He waits by the wall and she smiles. "
               "He turns away. She follows him. He's tired. He isn't giving up.\n")
    (tmp_path / "ch1.txt").write_text(speech, encoding="utf-8")
    (tmp_path / "ch2.txt").write_text(present, encoding="utf-8")
    assert ficlint("lint", "--select", "TN", "ch1.txt", "ch2.txt").exit_code == 0


def test_a_story_that_slips_often_is_still_told_in_the_past(ficlint, tmp_path):
    """Two past verbs to each present one, the pasts mostly after names and nouns: the tagger's count of
    every finite verb in the narration shows the story is told in the past."""
    text = ("Mira walked into the kitchen. The house was quiet. Her brother had left early, and the note on the "
            "table said he would be back by noon. Mira poured a glass of milk. The dog barked twice. "
            "She finishes the milk. She rinses the glass. The clock ticked on the wall. Nobody had called. "
            "Mira picked up her keys. The wind howled. She stepped outside.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"][0]) for f in found] == [("finishes", "finished"), ("rinses", "rinsed")]


def test_a_story_with_three_past_verbs_to_two_present_is_told_in_the_past(ficlint, tmp_path):
    """A story that changes tense sentence by sentence: the past still leads, so the present verbs are slips."""
    text = ("Ilsa walked into the hall. The lamps were lit. She found her coat on the hook. The fire crackled. Her "
            "father had gone out, and the letter on the table said he would return by dark. She reads it twice. She "
            "sat down. The rain fell. She pulled her boots off. The dog slept by the door. She waits for a while. "
            "Nobody came. She heard the clock strike nine. She stands by the window. It is late. She sighed. She turns "
            "away. She knows he is not coming.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"][0]) for f in found] == [
        ("reads", "read"), ("waits", "waited"), ("stands", "stood"), ("turns", "turned"), ("knows", "knew"), ("is", "was")]


def test_it_and_there_slip_into_the_present_but_a_cry_or_a_saying_keeps_it(ficlint, tmp_path):
    text = PAST + PAST + ("Rukia turned. There is a light in the window of the old mill. She ran. This can't be happening! "
                          "It is said that the river spirits take the careless. He followed her. He watched her the "
                          "way a hawk watches a mouse it has not yet decided to take. Their boots left marks in the "
                          "mud, and the rain washed over there heads.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"][0]) for f in found] == [("is", "was")]
    assert text[found[0]["column"] - 7:found[0]["column"] - 1] == "There "


def test_a_wish_or_a_guess_in_past_narration_keeps_its_present(ficlint, tmp_path):
    text = PAST + PAST + "Tom suggested they meet at noon. Maybe she is right about him, he thought.\n"
    (tmp_path / "ch1.txt").write_text(text, encoding="utf-8")
    assert ficlint("lint", "--select", "TN", "ch1.txt").exit_code == 0


def test_an_aside_about_a_kind_in_the_present_is_left_alone_where_the_story_slips_often(ficlint, tmp_path):
    """Where only the tagger's count shows the frame, 'they' and plural nouns in the present are more often an
    aside (how a kind of creature lives) than a slip; one character's slips are still found."""
    text = ("Mira walked into the cave. The air was cold. Her torch had gone out, and the map said the tunnel would "
            "end soon. Mira climbed over a rock. The bats screeched. Wyverns were rarely seen. They blend into the "
            "rocks and they hunt at night. She finds a ledge. The water dripped. Nobody had followed. Mira drew her "
            "knife. The tunnel narrowed. She felt tears well up in her eyes while she waited.\n")
    found = tense_findings(ficlint, tmp_path, text)
    assert [(f["text"], f["suggestions"][0]) for f in found] == [("finds", "found")]


def test_words_quoted_in_single_marks_in_the_narration_are_no_inner_monologue(ficlint, tmp_path):
    """'I knew it' quoted inside a paragraph of narration is what a character said, not the paragraph told as a
    thought: the paragraph's past verbs still tell the story's tense, and its slips are found."""
    text = ("The group found themselves falling. Kurogane managed to shout an exasperated 'I knew it' as they fell. "
            + PAST * 2 + "\n\nKurogane is eyeing Fai. Kurogane frowned.\n")
    assert [f["text"] for f in tense_findings(ficlint, tmp_path, text)] == ["is"]


def test_narration_that_speaks_to_you_is_the_characters_inner_voice(ficlint, tmp_path):
    text = PAST + ("Her heart told her to stay with him, he makes you happy and he would never leave you. "
                   "She nodded and he walks to the door.\n")
    assert [f["text"] for f in tense_findings(ficlint, tmp_path, text)] == ["walks"]
