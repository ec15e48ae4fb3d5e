"""Matthew Honnibal's averaged perceptron tagger, the second opinion beside Brill's rules (see `analysis.tag`).

Its model (trained on the Wall Street Journal part of the Penn Treebank) ships in `textblob-aptagger`, published
on PyPI by TextBlob's maintainer. The model is a pickle, and unpickling can run code, so its bytes are unpickled
only if their SHA-256 is that of the file published in version 0.2.0, which holds nothing but dicts, strings,
numbers and one set (a test reads its opcodes). The greedy decoder is the package's own algorithm, written out
here with the same features: the package itself imports a TextBlob module that no longer exists.
"""

from __future__ import annotations

import hashlib
import importlib.util
import pickle
from functools import lru_cache
from pathlib import Path

from ficlint.errors import FiclintError

MODEL = "trontagger-0.1.0.pickle"
MODEL_SHA256 = "1109164b3d28dce58f96b763128bab2fd8754c3921fd3330de2724ac6d1ada7c"
START = ("-START-", "-START2-")
END = ("-END-", "-END2-")


class ModelError(FiclintError):
    """The perceptron's model is missing or is not the published one: an input error, reported as one line."""

    def __init__(self, problem: str):
        super().__init__(f"textblob_aptagger/{MODEL}", problem)


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, dict[str, float]], dict[str, str], tuple[str, ...]]:
    """(feature weights by class, the tags of unambiguous words, the classes)."""
    spec = importlib.util.find_spec("textblob_aptagger")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("not installed: pip install textblob-aptagger==0.2.0")
    return read_model((Path(spec.submodule_search_locations[0]) / MODEL).read_bytes())


def read_model(data: bytes) -> tuple[dict[str, dict[str, float]], dict[str, str], tuple[str, ...]]:
    """The model in the bytes of its file, if they are the published ones."""
    if hashlib.sha256(data).hexdigest() != MODEL_SHA256:
        raise ModelError("not the model textblob-aptagger 0.2.0 published (its SHA-256 differs): "
                         "pip install --force-reinstall textblob-aptagger==0.2.0")
    weights, tagdict, classes = pickle.loads(data, encoding="latin1")  # (bytes as published: dicts, strings, one set)
    return weights, tagdict, tuple(sorted(classes))


def _normal(word: str) -> str:
    """The form the model's context features see."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def tag(words: list[str], fixed: dict[int, str]) -> list[str]:
    """Penn tags of one sentence's tokens (Treebank quotes `` and ''), left to right, each tag a feature of the
    next; `fixed` gives the tags of some positions beforehand (names, clipped words)."""
    weights, tagdict, _ = model()
    context = [*START, *(_normal(w) for w in words), *END]
    prev, prev2 = START
    tags = []
    for i, word in enumerate(words):
        found = fixed.get(i) or tagdict.get(word)
        if not found:
            here, before, after = context[i + 2], context[i + 1], context[i + 3]
            scores = dict(_own_scores(word, here))
            for feature in ("i-1 tag " + prev, "i-2 tag " + prev2, f"i tag+i-2 tag {prev} {prev2}",
                            f"i-1 tag+i word {prev} {here}", "i-1 word " + before, "i-1 suffix " + before[-3:],
                            "i-2 word " + context[i], "i+1 word " + after, "i+1 suffix " + after[-3:],
                            "i+2 word " + context[i + 4]):
                for cls, weight in weights.get(feature, {}).items():
                    scores[cls] += weight
            found = max(zip(scores.values(), scores))[1]  # the highest score; on a tie, the last class by name
        tags.append(found)
        prev2, prev = prev, found
    return tags


@lru_cache(maxsize=50_000)
def _own_scores(word: str, normal: str) -> dict[str, float]:
    """Each class's score from the features of the word alone (its bias, suffix, first letter and form), which a
    word seen again reuses."""
    weights, _, classes = model()
    scores = dict.fromkeys(classes, 0.0)
    for feature in ("bias", "i suffix " + word[-3:], "i pref1 " + word[0], "i word " + normal):
        for cls, weight in weights.get(feature, {}).items():
            scores[cls] += weight
    return scores
