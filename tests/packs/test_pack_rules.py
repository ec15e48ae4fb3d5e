"""The rules of the fandom packs prove themselves: each example fires and its fix gives the right side;
sentences where the word is the plain English one do not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlint.checks.rules import RulesCheck
from ficlint.config import Config
from ficlint.document import Document
from ficlint.packs import SHIPPED
from ficlint.project import Project
from ficlint.rulefile import load_rule_files
from tests.packs.test_pack_data import FANDOMS

RULES = [(pack, spec) for pack in FANDOMS for spec in load_rule_files([SHIPPED / pack])]

# Sentences of each fandom where a watched word means what it says: no rule of the pack may fire.
GOOD = {
    "harry-potter": [
        "It was a serious black mood that settled over him.",
        "The professor, McGonagall said, was late.",
        "She gave him a pensive look and said nothing.",
        "The private drive up to the manor was gravel.",
        "The whole plan was a damp squib.",
        "The Serious Crimes unit called back.",
    ],
    "star-wars": [
        "Obi-Wan and Qui-Gon waited for Bo-Katan.",
        "With all the force he had, he swung the pipe.",
        "She joined the force after school and made sergeant.",
        "The force of the blast threw him into the wall.",
        "He used the force of his fall to roll clear.",
        "The task force pulled back at dawn.",
        "Han Solo and Qui-Gon Jinn never met.",
        "The Jedi were few; the Sith were two.",
    ],
    "marvel": [
        "Spider-Man and Ant-Man argued with Star-Lord and She-Hulk.",
        "A spider man would be a strange thing to meet.",
        "Kenny Rodgers sang; Steve Rogers did not.",
        "The Romanov dynasty fell in 1917.",
        "The hulk of the old ship lay on the sand.",
    ],
    "supernatural": [
        "The Crown of Castile ruled from Toledo.",
        "She bought a bar of Castile soap.",
        "An impala grazed near the fence.",
    ],
    "sherlock": [
        "Their homes were small, and Sherlock Holmes's was smaller.",
        "The inspector, Lestrade thought, was himself.",
        "He lived at 221B and paid rent late.",
    ],
    "pokemon": [
        "Her Pokémon rested; three Pokemon slept.",
        "She put ketchup on her chips at the Pokémon Center.",
        "The professor, Oak said, was late.",
    ],
    "percy-jackson": [
        "The big house on the corner was empty.",
        "The lord of the manor, Poseidon thought, was late.",
    ],
    "twilight": [
        "He set the table with forks and knives.",
        "Turn left at the forks in the road.",
        "Forks was wet, and Emmett was bored.",
    ],
    "tolkien": [
        "Catherine of Aragon was queen of England.",
        "A peregrine falcon circled; Peregrin Took watched it.",
        "He wandered Middle-earth for an age.",
        "White dwarfs are dim stars.",
        "The king, Théoden said, would ride.",
    ],
    "doctor-who": [
        "The Tardis hummed; the TARDIS always hummed.",
        "The time lord of the manor was asleep.",
        "He was a Time Lord, and the Time Lords were gone.",
    ],
    "avatar": [
        "He changed his avatar picture again.",
        "The river was bending to the east.",
        "Light bends in water; the water bends the light.",
        "Fire Lord Zuko and the Avatar met at dawn.",
    ],
    "one-piece": [
        "He watched The Mask of Zorro twice.",
        "Zoro drew Wado Ichimonji.",
    ],
    "jujutsu-kaisen": [
        "He took jujitsu classes on Tuesdays.",
        "She was a jujutsu sorcerer.",
    ],
    "star-trek": [
        "She read Chekhov on the shuttle; Chekov laughed.",
        "The enterprise of the colonists was admirable.",
        "They joined Starfleet together.",
    ],
    "my-hero-academia": [
        "Endeavour to be kind, she had written.",
        "They would endeavour to finish by noon.",
        "Her Endeavour to reach the summit failed.",
    ],
}


def run(pack: str, text: str):
    config = Config(root=Path.cwd(), packs=[pack], rules=[])
    document = Document("story.txt", text)
    return [f for f in RulesCheck(config).check(document, Project.load([document], config))]


def apply(text: str, findings) -> str:
    edits = sorted((e for f in findings if f.fix for e in f.fix.edits), key=lambda e: e.start, reverse=True)
    for edit in edits:
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def test_every_fandom_pack_has_rules():
    assert {pack for pack, _ in RULES} == set(FANDOMS)


@pytest.mark.parametrize("pack, spec", RULES, ids=[spec.code for _, spec in RULES])
def test_the_example_fires_and_its_fix_gives_the_right_side_which_is_clean(pack, spec):
    wrong, right = (side.strip() for side in spec.example.split("  ->  "))
    found = [f for f in run(pack, wrong) if f.code == spec.code]
    assert found, f"{spec.code} does not fire on its example"
    if spec.fix != "none":
        assert apply(wrong, found) == right
        assert not [f for f in run(pack, right) if f.code == spec.code], "the fixed text fires again"


@pytest.mark.parametrize("pack", sorted(GOOD))
def test_plain_english_uses_do_not_fire(pack):
    fired = [(sentence, f.code, f.text) for sentence in GOOD[pack] for f in run(pack, sentence)]
    assert not fired, fired
