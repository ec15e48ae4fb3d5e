"""Short stories of our own in several fandoms, linted with the fandom's pack loaded explicitly.

Canon names, terms and honorifics spelt right raise nothing; each planted misspelling is
reported once with the canon spelling as a safe fix, and `--fix` leaves a story that lints clean.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import findings_for

STORIES = Path(__file__).parent / "stories"

# fandom -> (packs to load, rule prefix of the fandom pack, planted misspelling -> canon spelling)
PLANTED = {
    "harry-potter": (["english", "harry-potter"], "HP", {
        "Hermoine": "Hermione", "Dumbeldore": "Dumbledore", "Griffindor": "Gryffindor",
        "Voldermort": "Voldemort", "Expeliarmus": "Expelliarmus",
    }),
    "naruto": (["english", "japanese", "naruto"], "NA", {
        "Kakahsi": "Kakashi", "Sauske": "Sasuke", "Jiraya": "Jiraiya", "Orochimaro": "Orochimaru",
    }),
    "my-hero-academia": (["english", "japanese", "my-hero-academia"], "MH", {
        "Bakgou": "Bakugo", "Todorki": "Todoroki", "Midorya": "Midoriya",
    }),
    "star-wars": (["english", "star-wars"], "SW", {
        "Tatoine": "Tatooine", "Kenobe": "Kenobi", "Wookie": "Wookiee", "Vadar": "Vader",
    }),
    "pokemon": (["english", "pokemon"], "PK", {
        "Ketchem": "Ketchum", "Pickachu": "Pikachu", "Gyrados": "Gyarados", "Jigglypuf": "Jigglypuff",
    }),
    "tolkien": (["english", "tolkien"], "TK", {
        "Rivendel": "Rivendell", "Gandolf": "Gandalf", "Gimly": "Gimli", "Galadrial": "Galadriel",
    }),
}


def lint_story(ficlint, tmp_path: Path, fandom: str, *extra: str):
    packs, prefix, _ = PLANTED[fandom]
    (tmp_path / ".ficlint.toml").write_text(f"packs = {packs!r}\n".replace("'", '"'), encoding="utf-8")
    story = tmp_path / f"{fandom}.md"
    if not story.exists():
        shutil.copy(STORIES / f"{fandom}.md", story)
    return ficlint("lint", "--grammar", "off", "--select", f"SP,NM,{prefix}", *extra, story.name), story


@pytest.mark.parametrize("fandom", sorted(PLANTED))
def test_only_the_planted_misspellings_are_found_each_with_a_safe_canon_fix(ficlint, tmp_path, fandom):
    run, _ = lint_story(ficlint, tmp_path, fandom, "--format", "json")
    found = {(f["text"], f["code"], tuple(f["suggestions"]), f["fix"]["safe"] if f["fix"] else None)
             for f in findings_for(run)}
    planted = PLANTED[fandom][2]
    assert found == {(wrong, "SP003", (right,), True) for wrong, right in planted.items()}


@pytest.mark.parametrize("fandom", sorted(PLANTED))
def test_fix_writes_the_canon_spellings_and_the_story_then_lints_clean(ficlint, tmp_path, fandom):
    original = (STORIES / f"{fandom}.md").read_text(encoding="utf-8")
    lint_story(ficlint, tmp_path, fandom, "--fix")
    expected = original
    for wrong, right in PLANTED[fandom][2].items():
        expected = re.sub(rf"\b{wrong}\b", right, expected)
    assert (tmp_path / f"{fandom}.md").read_text(encoding="utf-8") == expected
    run, _ = lint_story(ficlint, tmp_path, fandom, "--format", "json")
    assert run.json() == []
