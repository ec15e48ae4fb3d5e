"""The fandom packs and the shared Japanese pack, as data: each loads, and its misspellings are safe to fix.

Every misspelling must be a word no dictionary knows, no pack accepts and no other pack
corrects differently; the real spelling check must report it with the canon spelling as a
safe fix. A variant spelling is never an English word unless its entry is one (a variant
*Guy* of *Gai* would turn every "guy" of a story into a spelling of the name).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from spellchecker import SpellChecker

from ficlint.checks.spelling import SpellingCheck, match_case
from ficlint.config import Config
from ficlint.document import WORD_RE, Document
from ficlint.packs import PART_RE, SHIPPED, load_glossary, load_words
from ficlint.project import Project
from ficlint.rulefile import load_rule_files

FANDOMS = (
    "harry-potter", "marvel", "naruto", "my-hero-academia", "star-wars", "supernatural", "sherlock",
    "pokemon", "percy-jackson", "twilight", "tolkien", "inuyasha", "genshin-impact", "doctor-who",
    "avatar", "one-piece", "attack-on-titan", "jujutsu-kaisen", "haikyuu", "star-trek",
)
ANIME = ("naruto", "my-hero-academia", "inuyasha", "one-piece", "attack-on-titan", "jujutsu-kaisen", "haikyuu")
OURS = (*FANDOMS, "japanese")
ALL_PACKS = sorted(p.name for p in SHIPPED.iterdir() if (p / "glossary.yaml").is_file())


@lru_cache(maxsize=None)
def terms(pack: str):
    return tuple(load_glossary(SHIPPED / pack / "glossary.yaml").terms)


@lru_cache(maxsize=1)
def dictionary() -> SpellChecker:
    return SpellChecker()


def is_english(word: str) -> bool:
    return bool(dictionary().known([word.lower()]))


@lru_cache(maxsize=1)
def accepted_anywhere() -> dict[str, set[str]]:
    """Lower-case accepted spelling, and each word of one, -> the packs that accept it."""
    where = defaultdict(set)
    for pack in ALL_PACKS:
        for term in terms(pack):
            for spelling in term.spellings:
                for part in {spelling, *PART_RE.findall(spelling)}:
                    where[part.lower()].add(pack)
    for word in load_words(SHIPPED / "english" / "words.txt"):
        where[word.lower()].add("english")
    return where


def test_every_fandom_of_the_brief_has_a_pack():
    assert set(OURS) <= set(ALL_PACKS)


@pytest.mark.parametrize("pack", OURS)
def test_pack_loads_with_the_shipped_loaders(pack):
    folder = SHIPPED / pack
    header = yaml.safe_load((folder / "glossary.yaml").read_text(encoding="utf-8"))
    assert header["pack"] == pack and header["description"]
    assert len(terms(pack)) >= 150, f"{pack}: {len(terms(pack))} entries"
    load_rule_files([folder])  # raises on a schema mistake


@pytest.mark.parametrize("pack", OURS)
def test_no_entry_or_spelling_is_duplicated(pack):
    canonicals, owners, problems = set(), {}, []
    for term in terms(pack):
        if term.canonical.lower() in canonicals:
            problems.append(f"canonical {term.canonical} twice")
        canonicals.add(term.canonical.lower())
        for listed in (term.variants, term.misspellings, term.forms):
            if len({x.lower() for x in listed}) != len(listed):
                problems.append(f"{term.canonical}: a spelling listed twice in {listed}")
        for spelling in {s.lower() for s in term.spellings}:
            if owners.setdefault(spelling, term.canonical) != term.canonical:
                problems.append(f"'{spelling}' accepted by {owners[spelling]} and {term.canonical}")
    assert not problems, problems


@pytest.mark.parametrize("pack", ANIME)
def test_anime_packs_leave_the_shared_japanese_words_to_the_japanese_pack(pack):
    shared = {s.lower() for term in terms("japanese") for s in term.spellings}
    repeated = [term.canonical for term in terms(pack)
                if term.kind in ("japanese", "honorific") and term.canonical.lower() in shared]
    assert not repeated, repeated


@pytest.mark.parametrize("pack", OURS)
def test_misspellings_are_unknown_words_and_claimed_by_no_pack(pack):
    problems = []
    for term in terms(pack):
        for wrong in term.misspellings:
            if not WORD_RE.fullmatch(wrong) or wrong[-1] in "'’" or wrong.lower().endswith(("'s", "’s")):
                problems.append(f"{wrong}: not one word without a possessive (the check reads one word at a time)")
            elif is_english(wrong):
                problems.append(f"{wrong}: an English word")
            elif wrong.lower() in accepted_anywhere():
                problems.append(f"{wrong}: accepted by {sorted(accepted_anywhere()[wrong.lower()])}")
    assert not problems, problems


def test_a_misspelling_has_one_correction_across_all_packs():
    fixes = defaultdict(set)
    for pack in ALL_PACKS:
        for term in terms(pack):
            for wrong in term.misspellings:
                fixes[wrong.lower()].add(term.canonical)
    assert not {wrong: right for wrong, right in fixes.items() if len(right) > 1}


@pytest.mark.parametrize("pack", OURS)
def test_variants_are_english_words_only_where_the_entry_is(pack):
    problems = []
    for term in terms(pack):
        if " " in term.canonical or is_english(term.canonical):
            continue
        problems += [f"{term.canonical}: {variant}" for variant in (*term.variants, *term.forms)
                     if " " not in variant and "-" not in variant and is_english(variant)]
    assert not problems, problems


@pytest.mark.parametrize("pack", OURS)
def test_the_spelling_check_fixes_every_misspelling_to_the_canon_spelling(pack):
    """Each misspelling, in a sentence of its own, is SP003 with one safe fix: the canon spelling."""
    expected = {}
    lines = []
    for term in terms(pack):
        for wrong in term.misspellings:
            right = term.canonical if term.kind in ("name", "place") else match_case(term.canonical, wrong)
            expected[len(lines)] = (wrong, right)
            lines.append(f"Then {wrong} came.")
    document = Document("story.txt", "\n\n".join(lines) + "\n")
    config = Config(root=Path.cwd(), packs=["english", "japanese", pack] if pack != "japanese" else ["english", pack])
    found = {(f.text, f.code, f.suggestions[0] if f.suggestions else None, f.fix.safe if f.fix else None)
             for f in SpellingCheck().check(document, Project.load([document], config))}
    missing = [(wrong, right) for wrong, right in expected.values() if (wrong, "SP003", right, True) not in found]
    assert not missing, missing
