"""Capitals: a sentence opened in lower case (CP001), an ordinary word capitalised mid-sentence (CP002)."""

from __future__ import annotations

from tests.checks.test_dialogue import fixed
from tests.conftest import findings_for


def lint_text(ficlint, tmp_path, text: str) -> list[dict]:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    return findings_for(ficlint("lint", "--format", "json", "--select", "CP", "story.txt"), "CP")


def assert_each_mended(ficlint, tmp_path, cases: dict[str, str]) -> None:
    """Each text gets exactly one capitals finding, and its fix gives the expected text."""
    for text, expected in cases.items():
        [finding] = lint_text(ficlint, tmp_path, text)
        assert fixed(text, finding) == expected


def test_a_sentence_in_lower_case_and_a_capitalised_adjective_are_found(ficlint, tmp_path):
    cases = {
        "The door shut. then she cried.\n": "The door shut. Then she cried.\n",
        "It didn't hurt. it was like a dream.\n": "It didn't hurt. It was like a dream.\n",
        "She felt a Warm breeze on her face.\n": "She felt a warm breeze on her face.\n",
        "Something was Burning inside him.\n": "Something was burning inside him.\n",
        "With a rare smile, He decided to wait.\n": "With a rare smile, he decided to wait.\n",
        '"Well, You two are late."\n': '"Well, you two are late."\n',
        "He read about a magic Chest in a book. The chest was old.\n": "He read about a magic chest in a book. The chest was old.\n",
    }
    assert_each_mended(ficlint, tmp_path, cases)


def test_abbreviations_names_titles_verse_and_tags_are_left_alone(ficlint, tmp_path):
    text = ('It was 8 a.m. when he woke. Mr. Weasley laughed. "Why?" she asked. He said... then stopped.\n\n'
            "The Burning Man festival was loud. Do not go near the Twelfth. Sunny waved at Sunny's mother.\n\n"
            "She did everything to protect Will and Jonathan. What is Ken up to now? he thought.\n\n"
            '"Tell me.... Did it hurt?" she asked. ".... Thank you," he said.\n\n'
            "You and me, we dance\nEven the night falls\n\n"
            "Dream of the Endless was quiet. Was it an Infernal? She called for uncle Fester twice.\n\n"
            "We reached a base in the tundra of Wherever, Alaska.\n\n"
            '"Good luck!" sang Break from the next room. He took the boys away from Charming.\n\n'
            '"Did you hear me the first time, Highlights?" I am Kendall (He/They). The heading read "Beast Tamer Weds".\n\n'
            "It runs the Pattern tagger, whose pattern rules are old.\n\n"
            "They reached the Ruins at dawn. The ruins of the old town were cold. Mom said Dad and mom agreed.\n\n"
            "He remembered the storm, the cellar, and Skip getting lost.\n")
    assert lint_text(ficlint, tmp_path, text) == []


def test_languages_days_and_holidays_take_a_capital_as_a_safe_fix(ficlint, tmp_path):
    text = ("She made french toast on monday and spoke French. See you at christmas, or in may. "
            "He began to polish his nail polish.\n")
    found = lint_text(ficlint, tmp_path, text)
    assert [(f["code"], f["text"], f["fix"]["safe"]) for f in found] == [
        ("CP003", "french", True), ("CP003", "monday", True), ("CP003", "christmas", True)]


def test_a_capital_after_dots_inside_a_sentence_is_found(ficlint, tmp_path):
    text = ("He felt... Warm. Something was.. Burning inside him.\n\n"
            '"Please come in... Because I said so." He said... Nothing. She saw the... Hokage.\n\n'
            "We were friends but... Here's the whole story. It was... There was nothing left.\n")
    found = lint_text(ficlint, tmp_path, text)
    assert [(f["code"], f["text"], f["suggestions"]) for f in found] == [
        ("CP002", "Warm", ["warm"]), ("CP002", "Burning", ["burning"])]


def test_a_second_capital_held_by_the_shift_key_is_found_with_the_word_or_the_storys_name(ficlint, tmp_path):
    text = "THe door opened and KIyoshi came in. Kiyoshi smiled. \"WHat now?\" He had two IDs, three TVs and a DVDs box. ZUrvan waited.\n"
    found = lint_text(ficlint, tmp_path, text)
    assert [(f["code"], f["text"], f["suggestions"][0]) for f in found] == [
        ("CP004", "THe", "The"), ("CP004", "KIyoshi", "Kiyoshi"), ("CP004", "WHat", "What")]


def test_a_parent_after_his_or_my_takes_no_capital_but_dad_alone_and_a_name_after_keep_it(ficlint, tmp_path):
    cases = {
        "He waved at his Dad across the field.\n": "He waved at his dad across the field.\n",
        "Their Mother never came home that winter.\n": "Their mother never came home that winter.\n",
        '"I asked my Grandpa about the war," she said.\n': '"I asked my grandpa about the war," she said.\n',
    }
    assert_each_mended(ficlint, tmp_path, cases)
    kept = 'Dad laughed at the joke. "Thanks, Mom," he said. She visited her Grandma Rose on Sundays.\n'
    assert lint_text(ficlint, tmp_path, kept) == []


def test_a_capital_after_a_comma_that_joins_two_sentences_is_the_splice_not_a_capital_slip(ficlint, tmp_path):
    found = lint_text(ficlint, tmp_path, "The slime opened its eyes, It seemed to be falling.\n\n"
                      "With a rare smile, He decided to stay. Lu hated the rain, He hated the cold, and he wanted sun.\n")
    assert [(f["code"], f["text"]) for f in found] == [("CP002", "He"), ("CP002", "He")]


def test_a_title_after_a_or_every_is_anyone_who_holds_it_unless_a_name_follows(ficlint, tmp_path):
    found = lint_text(ficlint, tmp_path, "He slept in a General's tent. A Knight never lies. Every Goddess has a temple.\n\n"
                      "She met a Captain Rogers. It was a Dr. Grout. She was a Goddess of war. The King waved.\n")
    assert [(f["code"], f["text"]) for f in found] == [("CP002", "General"), ("CP002", "Knight"), ("CP002", "Goddess")]
