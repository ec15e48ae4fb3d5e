"""The analysis stage: tokens, sentences and word classes that the checks share."""

from __future__ import annotations

import importlib.util

from ficlint.analysis import (
    _apply_context, _tagger, analyse, is_participle_only, is_past_only, normalise, split_sentences, tokenize,
    verb_forms,
)
from tests.conftest import SEEDS


def test_contextual_rules_give_the_tags_textblob_gives_on_real_text():
    module, lexicon = _tagger()
    compared = 0
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in split_sentences(tokenize(path.read_text(encoding="utf-8"))):
            words = [normalise(token[0]) for token in sentence]
            tagged = module.find_tags(words, lexicon=lexicon, morphology=lexicon.morphology, language="en")
            assert _apply_context(tagged) == lexicon.context.apply([list(t) for t in tagged])
            compared += len(words)
    assert compared > 4000


def test_clitics_split_as_the_treebank_does_and_sentences_end_where_a_reader_ends_them():
    assert [t[0] for t in tokenize("I don't know, can't you see it's Harry's? The boys' room.")] == [
        "I", "do", "n't", "know", ",", "ca", "n't", "you", "see", "it", "'s", "Harry", "'s", "?",
        "The", "boys", "'", "room", "."]
    text = '"Go!" she said. Mr. Weasley laughed. "Wait..." He ran.'
    sentences = [" ".join(word.text for word in s.words) for s in analyse(text, 0, len(text))]
    assert sentences == ['" Go ! " she said .', "Mr . Weasley laughed .", '" Wait ... "', "He ran ."]


def test_word_forms_tell_a_past_from_a_participle():
    assert [is_past_only(w) for w in ("knew", "went", "ran", "got", "lit", "learnt")] == [True, True, True, False, False, False]
    assert [is_participle_only(w) for w in ("seen", "done", "beaten", "come", "laid")] == [True, True, True, False, False]
    assert verb_forms("fixed", "VBN") == {"fixed"} and verb_forms("fisted", "VBN") == {"fisted"}


VOTED = [  # a sentence, and the tags its words should get, where Brill's rules alone go wrong
    ("Kira ran as fast as she could but Tomo was beside her in a moment.", {"Tomo": "NNP", "was": "VBD", "in": "IN"}),
    ("Hana didn't mind the rain, and she walked off with her umbrella.", {"n't": "RB", "off": "RP"}),
    ("Working at the bakery, you learn to wake early.", {"Working": "VBG"}),
    ("Every one of the goal nets sagged under the snow.", {"of": "IN", "nets": "NNS", "sagged": "VBD"}),
    ("Daichi yells from the porch and Ren nods.", {"yells": "VBZ", "nods": "VBZ"}),
    ('"Yes," I said, and she clasped her hand and gave her a look.', {"Yes": "UH", "I": "PRP", "hand": "NN"}),
    ("He knelt down and gloomily picked up the broken cup.", {"knelt": "VBD", "gloomily": "RB", "up": "RP"}),
]
NEVER_VERBS = [  # both taggers agree on a verb tag the word cannot have
    ("Glancing into the mirror the tired nurse fixed her collar.", {"mirror": "NN"}),
    ("He waited in his hotel room a whole hour.", {"room": "NN"}),
    ("It was time to leave the harbour.", {"time": "NN"}),
    ("Suddenly growing sheepish the boy looked away.", {"sheepish": "JJ"}),
    ("When my aunt came to town we baked bread.", {"town": "NN"}),
    ("She hardly seen the car go past.", {"seen": "VBD"}),  # a slip in the verb's form keeps its tag
]


def test_the_perceptron_and_brills_rules_vote_each_word_of_fiction_right():
    for text, expected in VOTED:
        words = [word for sentence in analyse(text, 0, len(text)) for word in sentence.words]
        assert {word.text: word.tag for word in words if word.text in expected} == expected, text
    for text, expected in NEVER_VERBS:
        words = [word for sentence in analyse(text, 0, len(text)) for word in sentence.words]
        assert {word.text: word.tag for word in words if word.text in expected} == expected, text
    text = "She clasped her hand and gave her a look."
    assert [w.tag for w in analyse(text, 0, len(text))[0].words if w.text == "her"] == ["PRP$", "PRP"]


def test_a_clause_without_a_verb_gets_one_where_a_second_noun_can_be_a_past_or_an_s_verb():
    text = "She made a sound before a huge smile spread across her face. The crowd parts for him. The cat fight in the alley woke us."
    tags = {w.text: w.tag for sentence in analyse(text, 0, len(text)) for w in sentence.words}
    assert (tags["spread"], tags["parts"], tags["fight"]) == ("VBD", "VBZ", "NN")


def test_the_tagger_model_is_read_only_if_it_is_the_published_one_which_holds_only_containers():
    import pickletools
    from pathlib import Path

    import pytest

    from ficlint import perceptron

    with pytest.raises(perceptron.ModelError, match="SHA-256"):
        perceptron.read_model(b"not the model")
    data = (Path(importlib.util.find_spec("textblob_aptagger").submodule_search_locations[0]) / perceptron.MODEL).read_bytes()
    built = {(op.name, arg) for op, arg, _ in pickletools.genops(data) if op.name in ("GLOBAL", "STACK_GLOBAL", "INST", "OBJ")}
    assert built == {("GLOBAL", "__builtin__ set")}
    weights, tagdict, classes = perceptron.read_model(data)
    assert tagdict["the"] == "DT" and "VBD" in classes and len(weights) > 90_000
