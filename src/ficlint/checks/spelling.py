"""Spelling: pyspellchecker's English plus the fandom glossary, word lists and dialect.

Unknown words get suggestions from the glossary (near-miss names first), codespell's
list of common misspellings (a single answer there is a safe fix), then pyspellchecker,
computed once per distinct word and bounded in cost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spellchecker import SpellChecker

from ficlint.checks import Rule
from ficlint.document import AUTHOR_NOTE, DIALOGUE, MARKUP, SCENE_BREAK, Token, base_form
from ficlint.finding import Edit, Fix
from ficlint.project import Project
from ficlint.similarity import damerau, typing_slip

NAME = "spelling"
UNKNOWN = Rule(
    "SP001", "unknown-word", NAME, "A word that is in no dictionary, glossary or word list.",
    "A typo the author's eye slides over is the first thing a reader sees.",
    "He hesistated.  ->  He hesitated.", "sometimes (safe when codespell knows a single correction)",
)
LIKELY_NAME = Rule(
    "SP002", "unknown-name", NAME, "A capitalised unknown word used like a name (reported once per project).",
    "Original characters are not in any dictionary; add them once with `ficlint words add NAME`.",
    "Izumo knelt.  ->  ficlint words add Izumo", severity="info",
)
FANDOM_MISSPELLING = Rule(
    "SP003", "fandom-misspelling", NAME, "A known misspelling of a fandom term or name.",
    "Readers of the fandom know the term; a misspelt one reads as careless.",
    "his zanpaktou  ->  his zanpakutou", "always (safe)",
)
COMPOUND_PART = 4  # shortest half of a closed compound; shorter halves join slips (eachother is TY045's)
PREFIXES = ("re", "un", "mid", "pre", "non", "over", "under", "out", "semi", "anti", "sub", "super")
TERM_USES = 3  # a lower-case unknown word used this often, like no English word, is the story's own term
CLITICS = {"s", "z", "d", "ll", "re", "ve", "t", "m", "em", "n", "nt"}
DROPPED_ENDINGS = ("t", "'t", "d", "g", "e", "f", "h", "s")
BRITISH_TO_AMERICAN = (
    ("our", "or"), ("ise", "ize"), ("isa", "iza"), ("isi", "izi"), ("yse", "yze"), ("ysi", "yzi"),
    ("tre", "ter"), ("ll", "l"), ("ogue", "og"), ("ence", "ense"), ("ae", "e"), ("oe", "e"),
)


@lru_cache(maxsize=1)
def english() -> SpellChecker:
    """pyspellchecker's English dictionary, loaded once per process."""
    return SpellChecker(distance=1)


@lru_cache(maxsize=1)
def _codespell_dictionary() -> dict[str, str]:
    from importlib.resources import files

    text = files("codespell_lib").joinpath("data/dictionary.txt").read_text(encoding="utf-8")
    return dict(line.split("->", 1) for line in text.splitlines() if "->" in line)


def codespell_corrections(word: str) -> list[str]:
    """codespell's corrections of a common misspelling (empty when it knows none)."""
    answers = _codespell_dictionary().get(word, "")
    return [answer.strip() for answer in answers.split(",") if answer.strip()]


def match_case(word: str, like: str) -> str:
    """Give a suggestion the capitalisation of the word it replaces."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class SpellingCheck:
    """SP001 unknown word, SP002 probable name, SP003 known fandom misspelling."""

    name = NAME
    rules = [UNKNOWN, LIKELY_NAME, FANDOM_MISSPELLING]

    def check(self, document, project: Project):
        verdicts = project.remember("spelling.verdicts", dict)
        reported_names = project.remember("spelling.reported-names", set)
        for token in document.tokens:
            if token.kind in (MARKUP, SCENE_BREAK):
                continue
            key = (token.text, token.kind in (DIALOGUE, AUTHOR_NOTE))  # speech and the author's own voice
            if key not in verdicts:
                verdicts[key] = self._verdict(token.text, key[1], project)
            if verdicts[key]:
                finding = self._finding(document, token, verdicts[key], project, reported_names)
                if finding:
                    yield finding

    def _verdict(self, text: str, informal: bool, project: Project) -> tuple[str, str] | None:
        """What is wrong with a word, decided once per distinct word: None when nothing is."""
        known = project.vocabulary.accepted
        word = base_form(text)
        acronym = word.isupper() or (word.endswith("s") and word[:-1].isupper())
        if len(word) < 2 or acronym or self._is_known(word, project, known):
            return None
        if informal and self._is_dialect(text, project, known):
            return None
        term = project.vocabulary.misspellings.get(word.lower())
        if term:
            right = term.canonical if term.kind in ("name", "place") else match_case(term.canonical, word)
            return ("misspelling", right)
        near = near_name(word, project)
        return ("near-name", near) if near else ("unknown", "")

    def _is_known(self, word: str, project: Project, known: set[str]) -> bool:
        lower = word.lower().replace("’", "'")
        if lower in known or english().known([lower]):
            return True
        if lower.endswith("s") and len(lower) > 4 and (lower[:-1] in known or english().known([lower[:-1]])):
            return True  # plurals the dictionaries lack (romanizations, Kurosakis)
        if codespell_corrections(lower):
            return False  # a known misspelling, however it splits: untill, everytime
        if lower.isalpha() and not one_edit_from_english(lower) and any(
                english().known([lower[:i], lower[i:]]) == {lower[:i], lower[i:]}
                for i in range(COMPOUND_PART, len(lower) - COMPOUND_PART + 1)):
            return True  # closed compounds the dictionary lacks, one letter from no word: woodsmoke (not writting)
        prefix = next((p for p in PREFIXES if lower.startswith(p) and len(lower) - len(p) >= COMPOUND_PART), "")
        if prefix and lower[len(prefix):].isalpha() and english().known([lower[len(prefix):]]):
            return True  # rewatched, midafternoon, unsheathed
        if lower.endswith("less") and len(lower) > 6 and english().known([lower[:-4]]) and not one_edit_from_english(lower):
            return True  # catless, swordless
        if project.config.dialect in ("en-GB", ""):  # unset: a British spelling is no slip
            return any(uk in lower and english().known([lower.replace(uk, us)]) for uk, us in BRITISH_TO_AMERICAN)
        return False

    def _is_dialect(self, word: str, project: Project, known: set[str]) -> bool:
        """Speech written as said: g-dropping (blushin'), dropped endings (jus', Didn'), clitics (I'z)."""
        lower = word.lower().replace("’", "'")
        if lower in project.vocabulary.dialect_words:
            return True
        if re.search(r"(.)\1\1", lower) and any(
            self._is_known(re.sub(r"(.)\1{2,}", repl, lower), project, known) for repl in (r"\1", r"\1\1")
        ):
            return True
        if lower.endswith("in'") and self._is_known(lower[:-1] + "g", project, known):
            return True
        if lower.endswith("a'") and self._is_known(lower[:-2] + "er", project, known):
            return True
        parts = lower.split("'")
        return len(parts) > 1 and all(
            not part or (index and part in CLITICS) or self._is_clipped(part, project, known)
            for index, part in enumerate(parts)
        )

    def _is_clipped(self, part: str, project: Project, known: set[str]) -> bool:
        return self._is_known(part, project, known) or any(
            self._is_known(part + ending, project, known) for ending in DROPPED_ENDINGS
        )

    def _finding(self, document, token: Token, verdict: tuple[str, str], project: Project, reported_names: set):
        word = base_form(token.text)
        start, end = token.start, token.start + len(word)
        kind, answer = verdict
        if kind == "misspelling":
            return FANDOM_MISSPELLING.finding(document, start, end, f"'{word}' is a misspelling of '{answer}'",
                                              [answer], Fix(True, (Edit(start, end, answer),)))
        if kind == "near-name":
            return UNKNOWN.finding(document, start, end, f"unknown word '{word}': did you mean the name '{answer}'?",
                                   [answer])
        uses = project.word_counts[word]
        if word[:1].isupper() and (uses > 1 or not looks_like_a_slip(word)):
            return None  # an original character or place: the story's own name ('Whne' is still a slip)
        if word.islower() and uses >= TERM_USES and not looks_like_a_slip(word):
            return None  # a term the story coins and keeps using (chakra, kenseikan)
        if word[:1].isupper() and not token.sentence_start:
            if word in reported_names:
                return None
            reported_names.add(word)
            return LIKELY_NAME.finding(
                document, start, end,
                f"'{word}' is not in the dictionary; used {uses} time{'s' * (uses != 1)}, probably a name: "
                f"add it with `ficlint words add {word}`",
            )
        suggestions = [match_case(s, word) for s in suggest(word.lower())]
        single = codespell_corrections(word.lower())
        fix = Fix(True, (Edit(start, end, suggestions[0]),)) if len(single) == 1 else None
        hint = f": did you mean '{suggestions[0]}'?" if suggestions else ""
        return UNKNOWN.finding(document, start, end, f"unknown word '{word}'{hint}", suggestions, fix)


@lru_cache(maxsize=4096)
def one_edit_from_english(lower: str) -> bool:
    """Whether an English word is one edit from this lower-case word (pyspellchecker's candidates)."""
    return bool(english().candidates(lower))


def looks_like_a_slip(word: str) -> bool:
    """Whether an unknown word is one edit from an English word, or a misspelling codespell knows."""
    lower = word.lower()
    return bool(codespell_corrections(lower)) or one_edit_from_english(lower)


def near_name(word: str, project: Project) -> str | None:
    """The name (glossary, or used often in the story) that one slip of the fingers makes word into."""
    names = project.remember("spelling.names", lambda: story_names(project))
    counts = project.word_counts
    slips = [name for name in names if name.lower() != word.lower()
             and typing_slip(word, name, strict=counts[word] > 1 and counts[name] < 3 * counts[word],
                             any_letter=counts[word] == 1 and counts[name] >= 3)]  # Kazuki, used often, is no slip of Kazui
    return max(slips, key=lambda name: (counts[name], name)) if slips else None


def story_names(project: Project) -> list[str]:
    """Capitalised glossary names plus capitalised words the story uses three or more times."""
    names = {canonical for lower, canonical in project.vocabulary.names.items() if canonical[:1].isupper()}
    names |= {word for word, count in project.word_counts.items()
              if count >= 3 and word[:1].isupper() and not word.isupper() and len(word) > 3
              and not english().known([word.lower()])}
    return sorted(names)


@lru_cache(maxsize=1)
def _buckets() -> dict[tuple[str, int], list[str]]:
    buckets: dict[tuple[str, int], list[str]] = {}
    for word in english().word_frequency.dictionary:
        buckets.setdefault((word[:1], len(word)), []).append(word)
    return buckets


def words_by_start(first: str, length: int) -> list[str]:
    """Dictionary words with this first letter and length (distance-2 search stays linear)."""
    return _buckets().get((first, length), [])


@lru_cache(maxsize=4096)
def suggest(word: str) -> tuple[str, ...]:
    """Up to three corrections, best first: codespell's, then pyspellchecker's by frequency.

    Distance 1 is pyspellchecker's own; distance 2 (which pyspellchecker builds by
    generating every double edit, over a second for long words) scans only the
    dictionary words that share the first letter and are within two letters of length.
    """
    corrections = codespell_corrections(word)
    if corrections:
        return tuple(corrections[:3])
    checker = english()
    candidates = checker.known(checker.edit_distance_1(word))
    if not candidates:
        candidates = {w for length in range(len(word) - 2, len(word) + 3)
                      for w in words_by_start(word[:1], length) if damerau(word, w) <= 2}
    ranked = sorted(candidates, key=lambda w: (-checker.word_usage_frequency(w), w))
    return tuple(ranked[:3])
