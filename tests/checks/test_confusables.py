"""Confusables that need word classes (CW001-CW011)."""

from __future__ import annotations

from tests.checks.test_dialogue import fixed
from tests.conftest import findings_for


def lint_text(ficlint, tmp_path, text: str) -> list[dict]:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    return findings_for(ficlint("lint", "--format", "json", "--select", "CW", "story.txt"), "CW")


def test_each_confusable_is_told_by_the_word_after_it(ficlint, tmp_path):
    cases = {
        "She would rather stay then leave.\n": ("CW001", "She would rather stay than leave.\n"),
        "He was taller then his brother.\n": ("CW001", "He was taller than his brother.\n"),
        "A vampire birth was different then birthing a human.\n": ("CW001", "A vampire birth was different than birthing a human.\n"),
        "She ran her fingers though his hair.\n": ("CW002", "She ran her fingers through his hair.\n"),
        '"Whose going to drive?"\n': ("CW003", '"Who\'s going to drive?"\n'),
        '"Mom, whose pick us up?"\n': ("CW003", '"Mom, who\'s pick us up?"\n'),
        "She handed his a stone.\n": ("CW004", "She handed him a stone.\n"),
        "He new the answer.\n": ("CW005", "He knew the answer.\n"),
        "Then they past the old shop.\n": ("CW005", "Then they passed the old shop.\n"),
        "Kim laughed at Ron.\n\nShe sent a top at me, Ron through a pipe at it.\n": (
            "CW005", "Kim laughed at Ron.\n\nShe sent a top at me, Ron threw a pipe at it.\n"),
        "It's tail was fluffy.\n": ("CW006", "Its tail was fluffy.\n"),
        "They're car broke down.\n": ("CW006", "Their car broke down.\n"),
        "Its raining outside.\n": ("CW007", "It's raining outside.\n"),
        "Its a shame.\n": ("CW007", "It's a shame.\n"),
        '"Its just," she said.\n': ("CW007", '"It\'s just," she said.\n'),
        '"Its time for the bird to fly."\n': ("CW007", '"It\'s time for the bird to fly."\n'),
        "He won the prize, so its only fair that he keeps it.\n": ("CW007", "He won the prize, so it's only fair that he keeps it.\n"),
        "I know its harder for him than for us.\n": ("CW007", "I know it's harder for him than for us.\n"),
        '"Every year your older than before."\n': ("CW008", '"Every year you\'re older than before."\n'),
        '"Your so stubborn."\n': ("CW008", '"You\'re so stubborn."\n'),
        '"Amu-chan your going to be late."\n': ("CW008", '"Amu-chan you\'re going to be late."\n'),
        '"Yes, whose to say it will work?"\n': ("CW003", '"Yes, who\'s to say it will work?"\n'),
        "It was to late.\n": ("CW009", "It was too late.\n"),
        '"This is to generous of you."\n': ("CW009", '"This is too generous of you."\n'),
        '"I am to tired."\n': ("CW009", '"I am too tired."\n'),
        "They were all to busy.\n": ("CW009", "They were all too busy.\n"),
        "The villages were spread to far apart.\n": ("CW009", "The villages were spread too far apart.\n"),
        "The breach was to high up to climb.\n": ("CW009", "The breach was too high up to climb.\n"),
        "He was to fat to reach his pants.\n": ("CW009", "He was too fat to reach his pants.\n"),
        "Mara than grinned at the crowd.\n": ("CW010", "Mara then grinned at the crowd.\n"),
        "If the guard will not open the gate than we climb the wall.\n": (
            "CW010", "If the guard will not open the gate then we climb the wall.\n"),
        "Life on the farm was so much simpler than.\n": ("CW010", "Life on the farm was so much simpler then.\n"),
        "Her boots where by the door, still wet.\n": ("CW011", "Her boots were by the door, still wet.\n"),
        '"If you where my friend, you would stay."\n': ("CW011", '"If you were my friend, you would stay."\n'),
        "Mara and her dog where asleep.\n": ("CW011", "Mara and her dog were asleep.\n"),
    }
    for text, (code, expected) in cases.items():
        [finding] = lint_text(ficlint, tmp_path, text)
        assert finding["code"] == code, text
        assert fixed(text, finding) == expected


def test_the_right_words_in_their_own_places_pass(ficlint, tmp_path):
    text = ("She had something to look forward to again. First they ate, then they left. He was tired, though his eyes were bright. Though the rain fell, we went.\n\n"
            "She hugged him back smiling though the boy cant see it. He waved though the guard didnt look.\n\n"
            '"Whose book is this?" He gave his word. More people came and then left. It felt as though his sword had '
            "pierced it. The girl whose power rejected the laws of reality smiled. \"Whose turn is it?\"\n\n"
            "He knew the answer. They passed the shop. He quickly ran home. She alone knew. They all left. "
            "I only wanted the book. He faced the wall. We often visit them.\n\n"
            "It's time we left. It's fun. You're trouble. Its ceiling was high. Its wings beat. Its own door shut. Its only hope was gone. Its time had come.\n\n"
            "The bird spread its wings. On its own, it lay there. Its surface, smooth and cold, gleamed. "
            "He was to blame. It was close to perfect. It went from green to red. He was to leave. It was to be. "
            "Her job was to clean the room. The plan was to open up the shop. Quit your yapping! Your singing is lovely. "
            "They sailed to far lands. It went from near to far. "
            "They are all back to normal.\n\n"
            '"Your pegasus is fast." "Mind your wyvern."\n\n'

            '"Do your worst." "It was your idea." "Your highness." "He\'s your idiot." "I got your back." "Your very own room!"\n\n'

            "The thought of the long road home sent a shiver down her back.\n\n"
            "She would be a distraction to Tony. He was taller than her. She had nothing else than a coat. No sooner had he left than it rained. "
            "It took longer than expected. He would prefer tea than coffee. She was the closest to him than anyone.\n\n"
            "Ron met Kim. Later, Ron in the spring was happy. Ron led the team. Ron won the game.\n\n"
            "She did not care, though her glances implied it. Things were different then. It was all different then, when we were young. Life was different then because of the war.\n\n"
            "They went to towns where nobody lived. Show them where to go. Use hints where possible. He saw the rooms where, "
            "as boys, they had played. We rode to the stables where Finan and Sihtric had been waiting.\n")
    assert lint_text(ficlint, tmp_path, text) == []
