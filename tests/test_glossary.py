"""Data checks for the Bleach glossary (rules/bleach/glossary.yaml).

Reads the YAML directly with PyYAML; does not import ficlint.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

GLOSSARY = Path(__file__).resolve().parents[1] / "rules" / "bleach" / "glossary.yaml"

VALID_KINDS = {"name", "term", "place", "rank", "honorific", "technique", "zanpakuto", "japanese"}
ALLOWED_KEYS = {"canonical", "kind", "variants", "misspellings", "forms", "note"}

# Every Bleach term / name occurring in the three seed stories (seeds/*.txt).
# Original characters (Izumo, Kaori, Tsukino, Kahna, Mahara, Chishioyaiba) are not listed.
SEED_TERMS = [
    # seed 000
    "shinigami", "Soul Society", "Rukia", "hollow", "hollows", "Arrancar", "Ichigo",
    "Seireitei", "Aizen", "reiatsu", "Vizard", "Kurotsuchi", "Mayuri", "Komamura",
    "Sajin", "Hitsugaya", "Toshiro", "Kurosaki", "zanpakutou", "shunpo", "gigai",
    "Kon", "Ishida", "Orihime", "Zangetsu", "Urahara", "Kisuke", "Isshin",
    "shunpoed", "soul glove", "Kenpachi", "Ikkaku",
    # seed 001
    "Hueco Mundo", "Quinta", "Espada", "kido", "Vasto Lorde", "zanpakuto", "Yamamoto",
    # seed 002
    "Kira", "shihakusho", "Ichimaru", "Gin", "Idzuru", "Izuru",
]

# Misspellings that actually occur in the seeds and must map to the right canonical.
SEED_MISSPELLINGS = {"Mayrui": "Mayuri", "zanpaktou": "zanpakutou"}

# Well-known fan-fiction misspellings and the single correction each must get.
KNOWN_MISSPELLINGS = {
    "zanpakto": "zanpakutou", "zanpaktō": "zanpakutou", "shinigame": "shinigami",
    "Seiretei": "Seireitei", "Seirietei": "Seireitei", "Hitsugya": "Hitsugaya",
    "Ulqiorra": "Ulquiorra", "Grimjow": "Grimmjow", "Byakyua": "Byakuya",
    "Kuchicki": "Kuchiki", "reatsu": "reiatsu", "reiatsue": "reiatsu",
}


@pytest.fixture(scope="module")
def data():
    with GLOSSARY.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def terms(data):
    return data["terms"]


def _accepted(entry):
    return [entry["canonical"], *entry.get("variants", []), *entry.get("forms", [])]


@pytest.fixture(scope="module")
def accepted_index(terms):
    """lower-cased accepted string (and each word of multi-word ones) -> canonicals."""
    index: dict[str, set[str]] = {}
    for e in terms:
        for s in _accepted(e):
            for t in {s, *s.split()}:
                index.setdefault(t.lower(), set()).add(e["canonical"])
    return index


def test_header(data):
    assert data["pack"] == "bleach"
    assert isinstance(data["description"], str) and data["description"]
    assert isinstance(data["terms"], list) and len(data["terms"]) >= 400


def test_entry_shape_and_kind(terms):
    for e in terms:
        assert isinstance(e, dict), e
        assert set(e) <= ALLOWED_KEYS, e
        assert isinstance(e["canonical"], str) and e["canonical"].strip() == e["canonical"] != ""
        assert e["kind"] in VALID_KINDS, e
        for key in ("variants", "misspellings", "forms"):
            if key in e:
                assert isinstance(e[key], list) and e[key], (e["canonical"], key)
                assert all(isinstance(x, str) and x.strip() for x in e[key]), (e["canonical"], key)
                assert len({x.lower() for x in e[key]}) == len(e[key]), (e["canonical"], key, "duplicate")
        assert e["canonical"].lower() not in {v.lower() for v in e.get("variants", [])}, e["canonical"]
        if "note" in e:
            assert isinstance(e["note"], str) and e["note"]


def test_canonicals_unique_case_insensitively(terms):
    seen: dict[str, str] = {}
    dups = []
    for e in terms:
        key = e["canonical"].lower()
        if key in seen:
            dups.append(e["canonical"])
        seen[key] = e["canonical"]
    assert not dups, f"duplicate canonicals: {dups}"


def test_accepted_strings_belong_to_one_entry(terms):
    owner: dict[str, str] = {}
    clashes = []
    for e in terms:
        for s in {x.lower() for x in _accepted(e)}:
            if s in owner and owner[s] != e["canonical"]:
                clashes.append((s, owner[s], e["canonical"]))
            owner[s] = e["canonical"]
    assert not clashes, clashes


def test_misspellings_are_not_english_words(terms):
    from spellchecker import SpellChecker

    sc = SpellChecker()
    english = []
    for e in terms:
        for m in e.get("misspellings", []):
            for w in re.split(r"[\s\-']+", m):
                if w and sc.known([w.lower()]):
                    english.append((m, e["canonical"]))
    assert not english, f"misspellings that are English words: {english}"


def test_misspellings_do_not_collide(terms, accepted_index):
    collisions = []
    where: dict[str, str] = {}
    for e in terms:
        for m in e.get("misspellings", []):
            key = m.lower()
            if key in accepted_index:
                collisions.append((m, e["canonical"], sorted(accepted_index[key])))
            if key in where and where[key] != e["canonical"]:
                collisions.append((m, e["canonical"], [where[key]]))
            where[key] = e["canonical"]
    assert not collisions, collisions


@pytest.mark.parametrize("word", SEED_TERMS)
def test_seed_terms_covered(word, accepted_index):
    # Multi-word terms must be covered as a whole string.
    assert word.lower() in accepted_index, f"{word!r} from the seeds is not in the glossary"


@pytest.mark.parametrize("wrong,right", sorted({**SEED_MISSPELLINGS, **KNOWN_MISSPELLINGS}.items()))
def test_known_misspellings(wrong, right, terms):
    hits = [e["canonical"] for e in terms if wrong.lower() in {m.lower() for m in e.get("misspellings", [])}]
    assert hits == [right]


@pytest.mark.parametrize(
    "word",
    ["Tōshirō", "Toushirou", "zanpakutō", "shunpō", "shumpo", "taicho", "fukutaicho",
     "Visored", "Halibel", "Soifon", "kidō", "Kyōraku", "Uryū", "Hōgyoku", "shunpoing",
     "shinigamis", "Arrancars", "gigais", "zanpakutous"],
)
def test_common_variants_and_forms_accepted(word, accepted_index):
    assert word.lower() in accepted_index
