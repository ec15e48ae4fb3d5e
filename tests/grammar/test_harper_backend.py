"""Harper for real, on paragraphs of the seed stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficlint.grammar import GrammarUnavailable
from ficlint.grammar.harper import HarperBackend

SEEDS = Path(__file__).parents[2] / "seeds"


def seed_paragraph(phrase: str) -> str:
    for path in sorted(SEEDS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if phrase in paragraph:
                return paragraph
    raise AssertionError(f"no seed paragraph has {phrase!r}")


@pytest.fixture(scope="module")
def harper():
    return HarperBackend(disabled=("SpellCheck",))


@pytest.mark.parametrize(
    "phrase, flagged, rule, suggestion",
    [
        ("lets make a promise", "lets", "LetsConfusion", "let's"),
        ("apart of Aizen", "apart of", "APart", "a part of"),
        ("wasn't everyday you", "everyday", "Everyday", "every day"),
        ("He beaten it all", "beaten", "PronounVerbAgreement", None),
        ("rather then a one shot", "then", "ThenThan", "than"),
        ("a little to much", "to", "ToTwoToo", "too"),
        ("over come with joy", "over come", "DisjointPrefixes", "overcome"),
    ],
)
def test_catches_real_errors_in_the_seeds(harper, phrase, flagged, rule, suggestion):
    paragraph = seed_paragraph(phrase)
    at = paragraph.index(phrase) + phrase.index(flagged)
    [matches] = harper.check([paragraph])
    hit = [m for m in matches if (m.start, m.end) == (at, at + len(flagged))]
    assert [m.rule_id for m in hit] == [rule]
    assert suggestion is None or suggestion in hit[0].replacements


def test_batched_paragraphs_keep_their_own_matches(harper):
    paragraphs = [seed_paragraph("lets make a promise"), "All is well here.", seed_paragraph("He beaten it all")]
    alone = [harper.check([p])[0] for p in paragraphs]
    assert harper.check(paragraphs) == alone
    assert alone[1] == [] and alone[0] and alone[2]


def test_offsets_are_characters_after_emoji(harper):
    paragraph = "😀🎉 Starting from here, lets make a promise"
    [matches] = harper.check([paragraph])
    assert [paragraph[m.start:m.end] for m in matches if m.rule_id == "LetsConfusion"] == ["lets"]


def test_disabled_rule_is_not_reported():
    paragraph = seed_paragraph("rather then a one shot")
    [matches] = HarperBackend(disabled=("SpellCheck", "ThenThan")).check([paragraph])
    assert "ThenThan" not in {m.rule_id for m in matches}


def test_dialect_follows_the_language_variant():
    us = HarperBackend("en-US", enabled=("SpellCheck",)).check(["The colour of the sky."])[0]
    gb = HarperBackend("en-GB", enabled=("SpellCheck",)).check(["The colour of the sky."])[0]
    assert [m.rule_id for m in us] == ["SpellCheck"] and gb == []


def test_backends_sharing_a_linter_keep_their_own_rules():
    strict = HarperBackend(enabled=("SpellCheck",))
    lenient = HarperBackend(disabled=("SpellCheck",))
    assert lenient.check(["Ichigo smiled at Rukia."])[0] == []
    assert {m.rule_id for m in strict.check(["Ichigo smiled at Rukia."])[0]} == {"SpellCheck"}


def test_unknown_rule_name_is_a_clear_error():
    with pytest.raises(GrammarUnavailable, match="unknown Harper rule.*ThenThen"):
        HarperBackend(disabled=("ThenThen",))


def test_unknown_dialect_is_a_clear_error():
    with pytest.raises(GrammarUnavailable, match="no dialect 'fr-FR'"):
        HarperBackend("fr-FR")



def test_harpers_own_debugging_output_never_reaches_the_json_on_standard_output(ficlint_process, tmp_path):
    """Harper's LookingForwardTo prints a debugging line from native code; ficlint's JSON stays whole (and its
    match on 'yet', an adverb, is a false alarm ficlint drops)."""
    (tmp_path / "story.txt").write_text("She was looking forward to yet another quiet day at the shop.\n", encoding="utf-8")
    result = ficlint_process("lint", "--format", "json", "--grammar", "harper", "--jobs", "1", "story.txt")
    assert "gerund_form" not in result.stdout.decode()
    assert json.loads(result.stdout) == []
