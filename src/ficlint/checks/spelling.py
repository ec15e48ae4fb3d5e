"""Spelling: an English dictionary plus the loaded packs' glossaries, word lists and dialect.

The dictionary is pyspellchecker's English with the SCOWL words it lacks (the lists behind
Hunspell's English dictionaries, in rules/english/dictionary/), and the British or American
spellings the configured dialect accepts. A capitalised word no dictionary knows is a name until
shown otherwise: it is reported only when one slip of the fingers makes it of a name the story
or a loaded pack uses. Suggestions come from the loaded glossaries (near-miss names first),
codespell's list of common misspellings (a single answer there is a safe fix), then
pyspellchecker, computed once per distinct word and bounded in cost; a guess is never applied
by `--unsafe-fixes` to a name, a term of any shipped pack or a word the story repeats.
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import re
import unicodedata
from functools import lru_cache
from importlib.metadata import version

from spellchecker import SpellChecker

from ficlint.analysis import FUNCTION_TAGS, lexicon_tag
from ficlint.checks import Rule
from ficlint.document import AUTHOR_NOTE, DIALOGUE, MARKUP, SCENE_BREAK, Token, base_form
from ficlint.finding import Edit, Fix
from ficlint.packs import SHIPPED, catalogue
from ficlint.project import Project
from ficlint.similarity import damerau, swaps_of, typing_slip

NAME = "spelling"
UNKNOWN = Rule(
    "SP001", "unknown-word", NAME, "A word that is in no dictionary, glossary or word list.",
    "A typo the author's eye slides over is the first thing a reader sees.",
    "He hesistated.  ->  He hesitated.", "sometimes (safe when codespell knows a single correction)",
)
LIKELY_NAME = Rule(
    "SP002", "unknown-name", NAME,
    "A capitalised word no dictionary knows, taken as a name (once per project; only when selected by its code).",
    "Original characters are in no dictionary: this lists them, to review and add with `ficlint words add`.",
    "Izumo knelt.  ->  ficlint words add Izumo", severity="info",
)
FANDOM_MISSPELLING = Rule(
    "SP003", "fandom-misspelling", NAME, "A known misspelling of a term or name of a loaded pack.",
    "Readers of the fandom know the term; a misspelt one reads as careless.",
    "his zanpaktou  ->  his zanpakutou", "always (safe)",
)
REGIONAL = Rule(
    "SP004", "regional-spelling", NAME,
    "An American spelling in a story set to British English (dialect = \"en-GB\"), or the reverse.",
    "A story keeps to one side of the Atlantic; a reader of either notices the other's spelling.",
    "the colour (dialect = \"en-US\")  ->  the color", "sometimes (unsafe)",
)
DICTIONARY = SHIPPED / "english" / "dictionary"
DIALECTS = ("en-GB", "en-US")
ADVERB_STEM = 5  # shorter stems make misspellings: truely, barly
COMPOUND_PART = 4  # shortest half of a closed compound; shorter halves join slips (eachother is TY045's)
PREFIXES = ("re", "un", "mid", "pre", "non", "over", "under", "out", "semi", "anti", "sub", "super",
            "cryo", "cyber", "bio", "nano", "techno", "hyper", "ultra", "mega", "micro", "proto", "neo", "pseudo",
            "multi", "inter", "counter")  # and the combining forms of genre words: cryosleep, cyberware, nanobots
TERM_USES = 2  # a lower-case unknown word used this often (with its plural), like no English word, is the story's own term
SAME_SLIP_USES = 3  # typed the same way this often, a short word one letter from English is the story's own too (Kagura's 'aru';
# not 'worrior', whose length makes it the same slip again)
LONGEST_COMPOUND = 30  # letters; past it a word is no compound of two nouns (and the splits stay cheap)
NOUN_PART_FREQUENCY = 5000  # each noun of a closed compound the dictionary lacks is this common (fishbone, kittypet)
RARE_NEIGHBOUR = 100  # pyspellchecker's count: an unknown word near only words this rare is no slip (goban: gobang 50)
COMMON_RANK = 1000  # a capitalised word at a sentence start is a slip when it is one letter from so common a word
SHORT_NAME_LENGTH = 3  # letters: a capitalised word this short at a sentence start that reads like a word is a name (Hao)
KNOWN_SLIP_LENGTH = 6  # letters: from this long a capitalised misspelling codespell knows is a slip, not a name (Captin),
# and a word one letter from English is a slip however often the story types it (worrior)
CLITICS = {"s", "z", "d", "ll", "re", "ve", "t", "m", "em", "n", "nt"}
ROMAJI = re.compile(r"(?:(?:kk|ss|tt|pp|tch)?(?:ky|gy|sh|ch|j|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmyrwf])?[aeiou]|n)+")  # Hepburn morae
DROPPED_ENDINGS = ("t", "'t", "d", "g", "e", "f", "h", "s")


@lru_cache(maxsize=1)
def english() -> SpellChecker:
    """pyspellchecker's English dictionary, loaded once per process."""
    return SpellChecker(distance=1)


def dictionary_files():
    return sorted(DICTIONARY.glob("*.txt")) + [DICTIONARY / "spellings.tsv", DICTIONARY / "common.txt.gz"]


@lru_cache(maxsize=1)
def scowl_words() -> frozenset[str]:
    """The SCOWL words pyspellchecker lacks, lower case."""
    return frozenset(word.lower() for path in sorted(DICTIONARY.glob("*.txt"))
                     for word in path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def regional_spellings() -> dict[str, dict[str, str]]:
    """For en-GB and en-US: each spelling used in that dialect only -> the other dialect's spelling."""
    spellings: dict[str, dict[str, str]] = {dialect: {} for dialect in DIALECTS}
    for line in (DICTIONARY / "spellings.tsv").read_text(encoding="utf-8").splitlines():
        word, dialect, other = line.split("\t")
        spellings[dialect][word.lower()] = other
    return spellings


LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def accented() -> frozenset[str]:
    """Dictionary words written with accents, without them: cafe (café), naive (naïve); worked out once
    per dictionary and kept in a signed record of this machine."""
    from ficlint.grammar.cache import checked_record, record_checked

    content = f"accented\n{english_version()}".encode()
    words = checked_record("accented", content)
    if words is None:
        words = sorted({strip_accents(word) for word in (*english().word_frequency.dictionary, *scowl_words())
                        if not word.isascii()})
        record_checked("accented", content, words)
    return frozenset(words)


@lru_cache(maxsize=65536)
def is_english_word(lower: str) -> bool:
    """Whether a lower-case word is in the dictionary, in any dialect (café written cafe too)."""
    if lower in scowl_words() or lower in accented() or english().known([lower]):
        return True
    if not lower.isascii() and (plain := strip_accents(lower).replace("æ", "ae").replace("œ", "oe")) != lower \
            and is_english_word(plain):
        return True  # naïve, rôle, fiancée, dæmon: an English word with its diacritics or a ligature
    return any(lower in spellings for spellings in regional_spellings().values())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The lower-case words every reader knows (SCOWL up to size 50)."""
    return frozenset(gzip.decompress((DICTIONARY / "common.txt.gz").read_bytes()).decode("utf-8").split())


def is_common_word(lower: str) -> bool:
    """Whether a lower-case word is an everyday English word: *harry*, *dean* and *rose* are,
    *hermione* and *hogwarts* (which pyspellchecker, built from film subtitles, knows) are not."""
    return lower in common_words()


def english_version() -> str:
    """What decides is_english_word: pyspellchecker's version and the SCOWL lists' content."""
    digest = hashlib.sha256(version("pyspellchecker").encode())
    for path in dictionary_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def other_dialect(dialect: str) -> dict[str, str]:
    """The spellings the configured dialect rejects, each with its own spelling (none when unset)."""
    if dialect not in DIALECTS:
        return {}
    return regional_spellings()[DIALECTS[1 - DIALECTS.index(dialect)]]


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


def explicitly_selected(config, code: str) -> bool:
    """Whether the configuration's select names this very code (a prefix does not turn it on)."""
    return code in config.select and not any(code.startswith(prefix) for prefix in config.ignore)


class SpellingCheck:
    """SP001 unknown word, SP002 a name (on request), SP003 known fandom misspelling, SP004 other dialect."""

    name = NAME
    rules = [UNKNOWN, LIKELY_NAME, FANDOM_MISSPELLING, REGIONAL]

    def check(self, document, project: Project):
        verdicts = project.remember("spelling.verdicts", dict)
        previous = None
        for token in document.tokens:
            before, previous = previous, token
            if token.kind in (MARKUP, SCENE_BREAK) or in_a_compound(document.plain, before, token, project.vocabulary.accepted) \
                    or token.kind == DIALOGUE and cut_off(document.plain, token):
                continue
            key = (token.text, token.kind in (DIALOGUE, AUTHOR_NOTE))  # speech and the author's own voice
            if key not in verdicts:
                verdicts[key] = self._verdict(token.text, key[1], project)
            if verdicts[key]:
                finding = self._finding(document, token, verdicts[key], project, before)
                if finding:
                    yield finding

    def _verdict(self, text: str, informal: bool, project: Project) -> tuple[str, str] | None:
        """What is wrong with a word, decided once per distinct word: None when nothing is."""
        known = project.vocabulary.accepted
        word = base_form(text)
        acronym = word.isupper() or (word.endswith("s") and word[:-1].isupper())
        if len(word) < 2 or acronym or not LATIN_LETTER.search(word):
            return None  # (nor a word in another script: 'よかった', a row of symbols for a scene break)
        if word.lower() in other_dialect(project.config.dialect) and word.lower() not in known:
            return ("regional", other_dialect(project.config.dialect)[word.lower()])
        term = project.vocabulary.misspellings.get(word.lower())
        if term and word.lower() not in known and not english().known([word.lower()]):
            pass  # a loaded pack's known misspelling outranks a rare dictionary word: 'ninjitsu' in Naruto
        elif self._is_known(word, project, known) or self._is_drawn_out(word, project, known) \
                or (informal and self._is_dialect(text, project, known)):
            return None
        if term:
            right = term.canonical if term.kind in ("name", "place") else match_case(term.canonical, word)
            return ("misspelling", right)
        if word[:1].isupper() and word.endswith("s") and word[:-1] in project.remember("spelling.surnames", lambda: surnames(project)):
            return None  # the Duttons: the family of a surname the story uses ('Beth Dutton')
        near = lower_case_name(word, project) or near_name(word, project)
        if not near and word[:1].isupper() and project.word_counts[word] == 1:
            near = near_proper_noun(word)  # Isreal, Merel: a slip of a name English knows, typed once
        if near:
            return ("near-name", near)
        if word.lower() in catalogue().owners:
            return ("other-pack", catalogue().describe(word.lower()))
        return ("unknown", "")

    def _is_known(self, word: str, project: Project, known: set[str]) -> bool:
        lower = word.lower().replace("’", "'")
        if lower in known or self._in_dictionary(lower, project.config.dialect):
            return True
        if lower.endswith("s") and len(lower) > 4 and (lower[:-1] in known or english().known([lower[:-1]])):
            return True  # plurals the dictionaries lack (romanizations, Kurosakis)
        if codespell_corrections(lower):
            return False  # a known misspelling, however it splits: untill, everytime
        stem, _, clitic = lower.rpartition("'")
        if clitic in ("d", "ll", "ve", "re", "m") and stem.isalpha() and self._in_dictionary(stem, project.config.dialect):
            return True  # there'd, what'd, nobody'll: a word and the clitic of 'would', 'will', 'have', 'are', 'am'
        if len(lower) > 4 and is_english_word(lower + "s") and lower in noun_lemmas(lower + "s"):
            return True  # a singular the dictionary lacks beside its plural: bedsheet (not acros)
        if denominal_verb(lower):
            return True  # fisted, pocketing: a noun used as a verb, regularly inflected
        stem = lower[:-3] + "y" if lower.endswith("ily") else lower[:-2]
        if lower.endswith("ly") and len(stem) >= ADVERB_STEM and lexicon_tag(stem) != "RB" \
                and self._is_known(stem, project, known):
            return True  # unendingly, pukingly, leaderly: an adverb or adjective made with -ly (not quitely)
        if lower.endswith("y") and len(lower) > 4 and not lower.endswith(("ly", "yy")) and english().known(
                [lower[:-2] if lower[-2] == lower[-3] else lower[:-1]]):
            return True  # sucky, crappy: an adjective made with -y from a word the dictionary knows
        if lower.isalpha() and noun_compound(lower):
            return True  # two common nouns written as one: fishbone, kittypet, furballs
        if lower.isalpha() and not one_edit_from_english(lower) and any(
                english().known([lower[:i], lower[i:]]) == {lower[:i], lower[i:]}
                for i in range(COMPOUND_PART, len(lower) - COMPOUND_PART + 1)):
            return True  # closed compounds the dictionary lacks, one letter from no word: woodsmoke (not writting)
        prefix = next((p for p in PREFIXES if lower.startswith(p) and len(lower) - len(p) >= COMPOUND_PART), "")
        if prefix and lower[len(prefix):].isalpha() and english().known([lower[len(prefix):]]):
            return True  # rewatched, midafternoon, unsheathed
        return lower.endswith("less") and len(lower) > 6 and english().known([lower[:-4]]) \
            and not one_edit_from_english(lower)  # catless, swordless

    @staticmethod
    def _in_dictionary(lower: str, dialect: str) -> bool:
        """In the dictionary of the configured dialect (unset: either)."""
        return is_english_word(lower) and lower not in other_dialect(dialect)

    def _is_dialect(self, word: str, project: Project, known: set[str]) -> bool:
        """Speech written as said: g-dropping (blushin'), dropped endings (jus', Didn'), clitics (I'z)."""
        lower = word.lower().replace("’", "'")
        if lower in project.vocabulary.dialect_words:
            return True
        if lower.isalpha() and len(lower) >= 3 and not re.search(r"[aeiouy]", lower) \
                and (re.search(r"(.)\1", lower) or lower.endswith("h")):
            return True  # a sound with no vowel: pssh, hmph, grr, pfft (not a slip like 'wht')
        if lower.endswith("in'") and self._is_known(lower[:-1] + "g", project, known):
            return True
        if lower.endswith("a'") and self._is_known(lower[:-2] + "er", project, known):
            return True
        parts = lower.split("'")
        return len(parts) > 1 and all(
            not part or (index and part in CLITICS) or self._is_clipped(part, project, known)
            for index, part in enumerate(parts)
        )

    def _is_drawn_out(self, word: str, project: Project, known: set[str]) -> bool:
        """A word with a letter held for effect, in speech or narration: nooo, soooo, yesss."""
        lower = word.lower()
        return bool(DRAWN_OUT.search(lower)) and any(
            self._is_known(DRAWN_OUT.sub(repl, lower), project, known) for repl in (r"\1", r"\1\1"))

    def _is_clipped(self, part: str, project: Project, known: set[str]) -> bool:
        return self._is_known(part, project, known) or any(
            self._is_known(part + ending, project, known) for ending in DROPPED_ENDINGS
        )

    def _finding(self, document, token: Token, verdict: tuple[str, str], project: Project,
                 before: Token | None = None):
        word = base_form(token.text)
        start, end = token.start, token.start + len(word)
        kind, answer = verdict
        if kind == "misspelling":
            return FANDOM_MISSPELLING.finding(document, start, end, f"'{word}' is a misspelling of '{answer}'",
                                              [answer], Fix(True, (Edit(start, end, answer),)))
        if kind == "regional":
            spelling = "an American" if project.config.dialect == "en-GB" else "a British"
            right = match_case(answer, word)
            return REGIONAL.finding(
                document, start, end, f"'{word}' is {spelling} spelling (dialect = \"{project.config.dialect}\")"
                + (f": '{right}'" if answer else ""), [right] * bool(answer),
                Fix(False, (Edit(start, end, right),)) if answer else None)
        if kind == "near-name":
            return UNKNOWN.finding(document, start, end, f"unknown word '{word}': did you mean the name '{answer}'?",
                                   [answer], unsafe_fix=False)
        uses = project.word_counts[word]
        second = phrase_slip(before, word, project) if kind == "unknown" and before else None
        if second:
            return UNKNOWN.finding(document, start, end, f"unknown word '{word}': did you mean '{base_form(before.text)} "
                                   f"{second}'?", [second], unsafe_fix=False)
        if word[:1].isupper() and not known_misspelling(word) and (
                uses > 1 or not token.sentence_start or not slip_of_a_common_word(word)
                or acts_as_subject(document.plain, end) and not slip_of_a_function_word(word)
                or reads_as_japanese(word) and not codespell_corrections(word.lower())):  # '"Takeo? You're ...': a name
            return self._name(document, start, end, word, uses, project)
        if kind == "other-pack" and word.islower() and word.lower() not in catalogue().misspelt:
            return None  # a word of another fandom's glossary, spelt as it spells it: shinigami in Death Note
        if kind == "other-pack":
            return UNKNOWN.finding(document, start, end, f"unknown word '{word}': {answer}, which this story "
                                   "did not load (see `packs` in the configuration)", unsafe_fix=False)
        if word.islower() and (term_uses(word, project) >= TERM_USES and (not looks_like_a_slip(word) or reads_as_japanese(word))
                               or term_uses(word, project) >= SAME_SLIP_USES and not codespell_corrections(word)
                               and len(word) < KNOWN_SLIP_LENGTH):
            return None  # a term the story coins and keeps using (chakra, kenseikan), or a verbal tic (aru)
        if word.islower() and not codespell_corrections(word) and near_only_rare_words(word):
            return None  # a term of the fandom or the trade, no slip of a word in use: goban, pneumo (not dathered)
        if word.islower() and reads_as_japanese(word) and word[-1] in "aiou" and not looks_like_a_slip(word):
            return None  # Japanese one letter from no English word, even used once: donburi (not garauntee)
        suggestions = [match_case(s, word) for s in suggest(word.lower(), project.config.dialect)]
        single = codespell_corrections(word.lower())
        fix = Fix(True, (Edit(start, end, suggestions[0]),)) if len(single) == 1 and suggestions else None
        hint = f": did you mean '{suggestions[0]}'?" if suggestions else ""
        guarded = {} if fix or (uses == 1 and word.islower()) else {"unsafe_fix": False}  # a repeated word is meant
        return UNKNOWN.finding(document, start, end, f"unknown word '{word}'{hint}", suggestions, fix, **guarded)

    @staticmethod
    def _name(document, start: int, end: int, word: str, uses: int, project: Project):
        """A capitalised word no dictionary knows: a name, listed (SP002) only when asked for by its code,
        once per project (the linter keeps the first finding of each `once` key)."""
        if word.lower() in catalogue().owners or not explicitly_selected(project.config, LIKELY_NAME.code):
            return None
        return LIKELY_NAME.finding(document, start, end, f"'{word}' is taken as a name (used {uses} "
                                   f"time{'s' * (uses != 1)}): add it with `ficlint words add {word}`", once=word)


def in_a_compound(plain: str, before: Token | None, token: Token, known: set[str]) -> bool:
    """A part of a hyphenated word that is right there: a prefix (`un-Jedi-like`), or either part of one the
    dictionary or the word lists know written solid (`half-heartedly`, as `halfheartedly`; `sci-fi`, as `scifi`)."""
    if token.text.lower() in PREFIXES and plain[token.end:token.end + 1] == "-":
        return True
    following = LETTERS_RE.match(plain, token.end + 1) if plain[token.end:token.end + 1] == "-" else None
    if following and _solid(token.text + following.group(), known):
        return True
    return before is not None and before.end == token.start - 1 and plain[before.end] == "-" \
        and _solid(base_form(before.text) + token.text, known)


def _solid(compound: str, known: set[str]) -> bool:
    lower = compound.lower()
    return lower in known or is_english_word(lower)


LETTERS_RE = re.compile(r"[^\W\d_]+")
DRAWN_OUT = re.compile(r"(.)\1{2,}")  # a letter held for effect: nooo, Anddd, Ichigooo


def cut_off(plain: str, token: Token) -> bool:
    """Speech broken off mid-word (`some kind of trou-"`, `Wai—`) or a stammer (`cou-couldn't`): the
    letters before a dash begin an everyday word and no word is joined on, or the next word repeats them."""
    if plain[token.end:token.end + 1] not in ("-", "—", "–"):
        return False
    lower = token.text.lower()
    rest = plain[token.end + 1:token.end + 1 + len(lower)].lower()
    return rest == lower or (not rest[:1].isalpha() and starts_a_common_word(lower))


def starts_a_common_word(lower: str) -> bool:
    """Whether an everyday word begins with these letters and goes on ('trou' for 'trouble')."""
    words = sorted_common_words()
    i = bisect.bisect_right(words, lower)
    return i < len(words) and words[i].startswith(lower)


@lru_cache(maxsize=1)
def sorted_common_words() -> tuple[str, ...]:
    return tuple(sorted(common_words()))


@lru_cache(maxsize=4096)
def noun_lemmas(plural: str) -> tuple[str, ...]:
    """The singulars LemmInflect gives a plural noun (by its rules when it does not know the word)."""
    from lemminflect import getAllLemmas, getAllLemmasOOV

    found = getAllLemmas(plural)
    return found.get("NOUN", ()) if found else getAllLemmasOOV(plural, "NOUN").get("NOUN", ())


def denominal_verb(lower: str) -> bool:
    """A noun or adjective with -ed or -ing that LemmInflect knows no verb for: *fisted*, *dumbed down*, *weirded
    out*, not *stoped* (stop is a verb)."""
    from lemminflect import getAllInflections

    for ending in ("ed", "ing"):
        stem = lower[:-len(ending)]
        for base in (stem, stem + "e"):  # 'stubbled': stubble
            if lower.endswith(ending) and len(base) >= 3 and is_common_word(base) and lexicon_tag(base) in ("NN", "JJ") \
                    and not getAllInflections(base, "VERB"):
                return True
    return False


@lru_cache(maxsize=4096)
def one_edit_from_english(lower: str) -> bool:
    """Whether an English word is one edit from this lower-case word (pyspellchecker's candidates)."""
    return bool(english().candidates(lower))


@lru_cache(maxsize=4096)
def near_only_rare_words(lower: str) -> bool:
    """Whether the English words nearest to this unknown one (one edit away, else two) are all rare: *goban* is
    near only *gobang*, *pneumo* only *pneuma*, so neither is a slip of the fingers."""
    near = english().candidates(lower)
    return bool(near) and all(english().word_frequency[word] < RARE_NEIGHBOUR for word in near)


def noun_compound(lower: str) -> bool:
    """Whether a word is two common nouns joined (*fish* + *bone*, *kitty* + *pet*): a compound, even where one
    letter makes another word of it (*wishbone*). Not a function word or adjective joined on (*anyless*, *highschool*)."""
    return len(lower) <= LONGEST_COMPOUND and any(
        all(lexicon_tag(part) in ("NN", "NNS") and english().word_frequency[part] >= NOUN_PART_FREQUENCY
            for part in (lower[:i], lower[i:])) for i in range(3, len(lower) - 2))


def term_uses(word: str, project: Project) -> int:
    """How often the story writes a word, counting its plural or singular with it (akuma, akumas)."""
    other = word[:-1] if word.endswith("s") else word + "s"
    return project.word_counts[word] + project.word_counts[other]


def reads_as_japanese(word: str) -> bool:
    """Whether a word of four letters or more is Japanese written in the Latin alphabet, every syllable one of its
    morae (*shugo*, *yume*, *jiyuu*, *akumas* with an English plural), and no misspelling codespell knows (*agian*):
    an anime story's own term, though one letter from English (*yum*, *mush*)."""
    lower = word.lower()
    stem = lower[:-1] if lower.endswith("s") else lower
    return len(stem) >= 4 and ROMAJI.fullmatch(stem) is not None and not codespell_corrections(lower)


def looks_like_a_slip(word: str) -> bool:
    """Whether an unknown word is one edit from an English word, or a misspelling codespell knows."""
    lower = word.lower()
    return bool(codespell_corrections(lower)) or one_edit_from_english(lower)


@lru_cache(maxsize=1)
def common_frequency() -> int:
    """How often pyspellchecker's COMMON_RANK-th word is used: the words above it are the common ones."""
    counts = sorted(english().word_frequency.dictionary.values(), reverse=True)
    return counts[min(COMMON_RANK, len(counts) - 1)]


AUXILIARY_VERBS = frozenset("is are was were be been am has have had do does did".split())
NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def slip_of_a_common_word(word: str) -> bool:
    """Whether a capitalised word at a sentence start is a slip rather than a name: a misspelling
    codespell knows, or one letter from a common word that starts with the same letter (Whne)."""
    lower = word.lower()
    if codespell_corrections(lower):
        return True
    if len(lower) <= SHORT_NAME_LENGTH and any(v in lower for v in "aeiouy") and starts_a_common_word(lower[:2]):
        return False  # a short word that reads like one is a name (Hao, Oro, Bu); 'Sge' and 'Wht' read like no word
    return any(c[:1] == lower[:1] and english().word_frequency[c] >= common_frequency()
               for c in english().candidates(lower) or ())


def known_misspelling(word: str) -> bool:
    """A capitalised word of six letters or more that codespell knows as the misspelling of one word (*Captin*,
    *Sargeant*): a slip wherever it stands, not a name (shorter ones often are names: *Maka*, *Winn*, *Rin*)."""
    return len(word) >= KNOWN_SLIP_LENGTH and len(codespell_corrections(word.lower())) == 1


def slip_of_a_function_word(word: str) -> bool:
    """Whether one letter makes word into a pronoun, article, preposition or auxiliary of the same first letter
    (Sge, Teh, Whne): those slips stand where a name would, before a verb."""
    lower = word.lower()
    return any(c[:1] == lower[:1] and (lexicon_tag(c) in FUNCTION_TAGS or c in AUXILIARY_VERBS)
               for c in english().candidates(lower) or ())


def acts_as_subject(plain: str, end: int) -> bool:
    """Whether a finite verb follows the word (*Runo said*, *Chell passed*): at a sentence start, the subject."""
    following = NEXT_WORD.match(plain, end)
    return bool(following) and lexicon_tag(following.group(1).lower()) in ("VBD", "VBN", "VBZ", "MD")


def lower_case_name(word: str, project: Project) -> str | None:
    """The name the story writes twice or more with its capital that this unknown lower-case word is (kacchan for
    Kacchan)."""
    name = word[:1].upper() + word[1:]
    return name if word.islower() and project.word_counts[name] >= 2 else None


def near_name(word: str, project: Project) -> str | None:
    """The name (glossary, or used often in the story) that one slip of the fingers makes word into.

    A word the story uses more often than the name is a slip of it only by two swapped letters
    (Kakahsi): Gon, written throughout a story, is no slip of the glossary's Gin.
    """
    names = project.remember("spelling.names", lambda: story_names(project))
    counts = project.word_counts
    slips = [name for name in names if name.lower() != word.lower()
             and (counts[word] <= max(1, counts[name]) or swapped(word, name))
             and (typing_slip(word, name, strict=counts[word] > 1 and counts[name] < 3 * counts[word],
                              any_letter=counts[word] == 1 and counts[name] >= 3)  # Kazuki, used often, is no slip of Kazui
                  or (len(name) >= 6 and counts[name] >= 3 and word[1:].lower() == name.lower()))]  # Excution
    return max(slips, key=lambda name: (counts[name], name)) if slips else None


COMMON_PROPER_NOUN = 100  # pyspellchecker's count of the name: Israel 237, Merle 118, Seiki 0


def near_proper_noun(word: str) -> str | None:
    """The proper noun of the tagger's lexicon (Israel, Merle) that two swapped letters make word into, if
    it is common enough to be the one meant (not Seiki for the original character Seiji). A key typed
    beside another is no evidence here: Kiri and Suna are places, a key from Kirk and Sung."""
    if lexicon_tag(word, exact=True) is not None or len(word) < 4 or codespell_corrections(word.lower()):
        return None
    return next((other for other in swaps_of(word) if lexicon_tag(other, exact=True) in ("NNP", "NNPS")
                 and english().word_frequency[other.lower()] >= COMMON_PROPER_NOUN), None)


def phrase_slip(before: Token, word: str, project: Project) -> str | None:
    """The second word of a loaded two-word name that word misses by one letter after its first word
    (`Ered Luid` for *Ered Luin*)."""
    phrases = project.remember("spelling.phrases", lambda: two_word_names(project))
    for second in phrases.get(base_form(before.text).lower(), ()):
        if second[:1].lower() == word[:1].lower() and damerau(word.lower(), second.lower(), 1) == 1:
            return second
    return None


def two_word_names(project: Project) -> dict[str, list[str]]:
    """First word (lower case) -> the second words of the loaded glossaries' two-word names and places."""
    phrases: dict[str, list[str]] = {}
    for term in project.vocabulary.terms:
        if term.kind in ("name", "place"):
            for spelling in term.spellings:
                words = spelling.split()
                if len(words) == 2:
                    phrases.setdefault(words[0].lower(), []).append(words[1])
    return phrases


SURNAME_RE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def surnames(project: Project) -> frozenset[str]:
    """Capitalised words the story writes after a first name (Beth Dutton), not after a common word (The Dutton)."""
    return frozenset(match.group(2) for document in project.documents for match in SURNAME_RE.finditer(document.plain)
                     if lexicon_tag(match.group(1), exact=True) in (None, "NNP"))


def swapped(word: str, name: str) -> bool:
    """Whether two neighbouring letters of name are exchanged in word (and nothing else differs)."""
    a, b = word.lower(), name.lower()
    differ = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]


def story_names(project: Project) -> list[str]:
    """Capitalised names of the loaded glossaries (and the words of their longer names: Noches of
    Las Noches) plus capitalised words the story uses three or more times."""
    names = {canonical for lower, canonical in project.vocabulary.names.items() if canonical[:1].isupper()}
    names |= {part for term in project.vocabulary.terms if term.kind in ("name", "place")
              for spelling in term.spellings if " " in spelling for part in spelling.split()
              if len(part) >= 4 and part[:1].isupper() and part.isalpha() and not is_common_word(part.lower())}
    names |= {word for word, count in project.word_counts.items()
              if count >= 3 and word[:1].isupper() and not word.isupper() and len(word) > 3
              and not is_english_word(word.lower())}
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
def suggest(word: str, dialect: str = "") -> tuple[str, ...]:
    """Up to three corrections, best first: codespell's, then pyspellchecker's by frequency.

    Distance 1 is pyspellchecker's own; distance 2 (which pyspellchecker builds by
    generating every double edit, over a second for long words) scans only the
    dictionary words that share the first letter and are within two letters of length.
    A spelling of the other dialect is never suggested.
    """
    rejected = other_dialect(dialect)
    corrections = [c for c in codespell_corrections(word) if c.lower() not in rejected]
    if corrections:
        return tuple(corrections[:3])
    checker = english()
    candidates = checker.known(checker.edit_distance_1(word))
    if not candidates:
        candidates = {w for length in range(len(word) - 2, len(word) + 3)
                      for w in words_by_start(word[:1], length) if damerau(word, w) <= 2}
    ranked = sorted((c for c in candidates if c not in rejected), key=lambda w: (-checker.word_usage_frequency(w), w))
    return tuple(ranked[:3])


def unknown_names(project: Project) -> list[tuple[str, int, str, int]]:
    """Every word the run took as a name (SP002): (word, uses, path, line of its first use)."""
    from ficlint.linter import lint

    config = project.config
    selected, ignored = config.select, config.ignore
    config.select, config.ignore = [LIKELY_NAME.code], []
    try:
        findings = lint(project, [SpellingCheck()]).findings
    finally:
        config.select, config.ignore = selected, ignored
    return [(f.text, project.word_counts[f.text], f.path, f.line) for f in findings]
