"""Fandom packs: the automatic choice, explicit lists, the compiled cache, and the pack and words commands."""

from __future__ import annotations

import pickle

import pytest

from ficlint import packs
from ficlint.checks.spelling import is_common_word
from ficlint.errors import FiclintError
from tests.conftest import findings_for

BLEACH_STORY = ("Ichigo Kurosaki-kun drew Zangetsu while Rukia watched from the Seireitei wall.\n\n"
                "\"Oi, Ichigo,\" Renji called, a hand on his zanpaktou. The captain only sighed.\n")
PLAIN_STORY = ("Maelith Vorn crossed the square at dawn. The gallery printed the two captions in red ink, "
               "and Maelith read both twice before Tobrin Hale found her.\n")


def write(folder, name, text):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def summary(run) -> str:
    return run.stderr.strip().splitlines()[-1]


def test_a_bleach_story_loads_bleach_and_the_japanese_pack(ficlint, tmp_path):
    write(tmp_path, "ch1.txt", BLEACH_STORY)
    run = ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt")
    assert "packs: Bleach (auto)" in summary(run)
    found = {f["text"]: f for f in run.json()}
    assert set(found) == {"zanpaktou"}  # Kurosaki-kun, Seireitei, Zangetsu pass
    assert found["zanpaktou"]["code"] == "SP003" and found["zanpaktou"]["fix"]["safe"]


def test_a_story_of_no_known_fandom_loads_no_fandom_and_none_of_its_rules(ficlint, tmp_path):
    write(tmp_path, "ch1.txt", PLAIN_STORY)
    run = ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt")
    assert "packs: no fandom recognised (auto)" in summary(run)
    assert run.json() == []  # Bleach's BL001 ("the two captions": captains) does not apply here
    write(tmp_path, ".ficlint.toml", 'packs = ["english", "japanese", "bleach"]\n')
    assert [f["code"] for f in ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt").json()] == ["BL001"]


def test_one_canon_name_is_no_fandom(ficlint, tmp_path):
    write(tmp_path, "ch1.txt", "Renji waited by the gate with Gin until the rain stopped.\n")  # gin: English
    assert "packs: no fandom recognised (auto)" in summary(ficlint("lint", "--grammar", "off", "ch1.txt"))


def test_an_explicit_list_wins_and_auto_may_be_one_of_its_items(ficlint, tmp_path):
    write(tmp_path, "ch1.txt", BLEACH_STORY)
    write(tmp_path, ".ficlint.toml", 'packs = ["english"]\n')
    run = ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt")
    assert "packs: english;" in summary(run)
    [term] = [f for f in run.json() if f["text"] == "zanpaktou"]
    assert "misspelling of 'zanpakutou' in the Bleach pack, which this story did not load" in term["message"]
    assert term["suggestions"] == [] and term["unsafe_fix"] is False
    write(tmp_path, "own/glossary.yaml", "title: Own\nterms:\n  - canonical: Maelith\n    kind: name\n"
                                         "    misspellings: [Maleith]\n")
    write(tmp_path, ".ficlint.toml", 'packs = ["auto", "own"]\n')
    write(tmp_path, "ch2.txt", "Maleith laughed.\n")
    run = ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt", "ch2.txt")
    assert "packs: Bleach (auto), own;" in summary(run)
    assert {f["text"]: f["code"] for f in run.json()} == {"zanpaktou": "SP003", "Maleith": "SP003"}


def test_a_crossover_loads_both_fandoms_and_a_passing_mention_loads_none(tmp_path):
    write(tmp_path, "english/words.txt", "")
    write(tmp_path, "japanese/glossary.yaml", "terms:\n  - canonical: senpai\n    kind: honorific\n")
    write(tmp_path, "alpha/glossary.yaml", "title: Alpha\ndetect: [Greyhold]\nterms:\n" + "".join(
        f"  - canonical: {name}\n    kind: name\n" for name in ("Zorvane", "Kethrin", "Ulmara", "Harry", "Tavi",
                                                               "Uthros", "Pellinor", "Castemar", "Brinnow")))
    write(tmp_path, "beta/glossary.yaml", "title: Beta\nterms:\n" + "".join(
        f"  - canonical: {name}\n    kind: name\n" for name in ("Quorlith", "Dravena", "Vessimyr", "Tavi")))
    catalogue = packs.compile_catalogue(is_common_word, tmp_path)
    assert "tavi" not in catalogue.marks  # two fandoms share it
    assert "harry" not in catalogue.marks and "senpai" not in catalogue.marks  # everyday English; Japanese
    assert catalogue.marks["greyhold"] == ("alpha",)  # a detect word counts though English
    assert catalogue.choose(["Zorvane", "Kethrin", "Quorlith", "Dravena", "Vessimyr"]) == ["beta", "alpha"]
    assert catalogue.choose(["Zorvane", "Greyhold"]) == ["alpha"]
    assert catalogue.choose(["Zorvane", "Tavi", "Harry"]) == []  # one mark is not enough
    many = ["Zorvane", "Kethrin", "Ulmara", "Greyhold", "Quorlith", "Dravena"]  # 4 of alpha, 2 of beta
    assert catalogue.choose(many) == ["alpha", "beta"]
    many = ["Zorvane", "Kethrin", "Ulmara", "Greyhold", "Uthros", "Pellinor", "Castemar", "Brinnow"]
    assert catalogue.choose(many + ["Quorlith"]) == ["alpha"]  # a passing mention of beta
    assert catalogue.choose(many * 3 + ["Quorlith"] * 5) == ["alpha"]  # however often
    assert catalogue.choose(many + ["Quorlith", "Dravena"]) == ["alpha", "beta"]  # a fifth of alpha's marks


def test_the_catalogue_is_compiled_once_into_a_cache_and_a_damaged_cache_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    packs.catalogue.cache_clear()
    try:
        first = packs.catalogue()
        [cached] = (tmp_path / "ficlint").glob("packs-*.pickle")
        assert pickle.loads(cached.read_bytes()).marks == first.marks
        packs.catalogue.cache_clear()
        cached.write_bytes(b"not a pickle")
        assert packs.catalogue().marks == first.marks
        assert pickle.loads(cached.read_bytes()).marks == first.marks  # written again
    finally:
        packs.catalogue.cache_clear()


def test_a_glossary_with_a_wrong_key_is_one_clear_error(ficlint, tmp_path):
    write(tmp_path, "own/glossary.yaml", "title: Own\ndetects: [X]\nterms: []\n")
    write(tmp_path, ".ficlint.toml", 'packs = ["auto", "own"]\n')
    write(tmp_path, "ch1.txt", PLAIN_STORY)
    run = ficlint("lint", "ch1.txt")
    assert run.exit_code == 2 and "own/glossary.yaml: unknown top-level key 'detects'" in run.stderr
    write(tmp_path, "own/glossary.yaml", "title: Own\ndetect: Greyhold\nterms: []\n")
    with pytest.raises(FiclintError, match="'detect' must be a list of strings"):
        packs.load_glossary(tmp_path / "own" / "glossary.yaml")


def test_pack_new_writes_a_skeleton_that_loads_and_works(ficlint, tmp_path):
    run = ficlint("pack", "new", "my-fandom")
    assert run.exit_code == 0 and 'packs = ["auto", "my-fandom/"]' in run.stderr
    text = (tmp_path / "my-fandom" / "glossary.yaml").read_text(encoding="utf-8")
    assert "title: My Fandom" in text and "misspellings:" in text and text.count("#") > 10
    write(tmp_path, ".ficlint.toml", 'packs = ["auto", "my-fandom/"]\n')
    write(tmp_path, "ch1.txt", "Toshrio sat down.\n")
    [finding] = ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt").json()
    assert (finding["code"], finding["suggestions"]) == ("SP003", ["Toshiro"])
    again = ficlint("pack", "new", "my-fandom")
    assert again.exit_code == 2 and "my-fandom: already exists" in again.stderr


def test_pack_list_names_the_shipped_packs(ficlint):
    lines = ficlint("pack", "list").stdout.splitlines()
    assert any(line.startswith("bleach") and "Bleach" in line for line in lines)
    assert any(line.startswith("japanese") and "Japanese" in line for line in lines)


def test_every_name_of_a_run_is_listed_then_added_at_once_after_review(ficlint, tmp_path):
    write(tmp_path, "ch1.txt", "Maelith met Tobrin. Maelith smiled at Orvane by the Kestrelle gate.\n")
    write(tmp_path, "ch2.txt", "Tobrin left with Orvane. Ichigo and Rukia argued; Rukia drew her zanpaktou. "
                               "Hisagi laughed at Urhaara.\n")
    run = ficlint("words", "unknown", "ch1.txt", "ch2.txt", "-o", "names.txt")
    lines = (tmp_path / "names.txt").read_text(encoding="utf-8").splitlines()
    assert lines == ["Maelith  # 2 times, first at ch1.txt:1", "Tobrin  # 2 times, first at ch1.txt:1",
                     "Orvane  # 2 times, first at ch1.txt:1", "Kestrelle  # 1 time, first at ch1.txt:1"]
    assert run.exit_code == 0  # canon names and the misspelt Urhaara are never offered
    write(tmp_path, "names.txt", "\n".join(lines[:3]) + "\n")  # the author drops Kestrelle
    assert ficlint("words", "add", "--from", "names.txt").exit_code == 0
    assert (tmp_path / ".ficlint-words.txt").read_text(encoding="utf-8") == "Maelith\nTobrin\nOrvane\n"
    assert ficlint("words", "unknown", "ch1.txt").stdout == "Kestrelle  # 1 time, first at ch1.txt:1\n"
    assert ficlint("words", "add").exit_code == 2


def test_a_name_of_a_fandom_without_a_pack_is_never_another_fandom_s_name(ficlint, tmp_path):
    story = ("Gon ran ahead through the trees, and Killua followed. Gon laughed; Killua did not. "
             "\"Gon, wait!\" Killua called, but Gon was already at the river with Ichigo's old sword.\n")
    write(tmp_path, "ch1.txt", story)
    assert ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt").json() == []
    write(tmp_path, ".ficlint.toml", 'packs = ["english", "japanese", "bleach"]\n')
    assert ficlint("lint", "--grammar", "off", "--format", "json", "ch1.txt").json() == []  # Gon is used often
    for path in ("ch1.txt",):
        assert findings_for(ficlint("lint", "--grammar", "off", "--format", "json", path), "NM") == []
