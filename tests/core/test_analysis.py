"""The analysis stage: tokens, sentences and word classes that the checks share."""

from __future__ import annotations

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
