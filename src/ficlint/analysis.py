"""Word classes and sentences: one tagger run per paragraph, shared by every check.

Two taggers read each sentence and vote: TextBlob's port of the Pattern tagger (Brill's
lexicon of 94,000 words with its lexical and contextual rules, trained on the Brown corpus
and the Penn Treebank) and Honnibal's averaged perceptron (`perceptron.py`, trained on the
Treebank's Wall Street Journal). Both are pure Python, their data shipped in wheels, nothing
downloaded. Word forms (the past and participle of a verb, the plural of a noun) come from
LemmInflect, which also tells the vote which classes a word can have. All are loaded the
first time a check asks for them.

Tokens follow the Penn Treebank: clitics are split off (*don't* is *do* + *n't*,
*Harry's* is *Harry* + *'s*), every punctuation mark is a token, and the tags are Penn
tags (NN, VBD, PRP$, ...). Curly quotes and apostrophes are read as straight ones.
"""

from __future__ import annotations

import atexit
import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ficlint import perceptron

PLACEHOLDER = r"\([A-Z]/[A-Z]\)|\b[A-Z]/[A-Z]\b"  # a reader-insert's blank: (Y/N) your name, (E/C) eye colour
PLACEHOLDER_RE = re.compile(PLACEHOLDER)
TOKEN_RE = re.compile(
    PLACEHOLDER
    + r"|[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*['’]?"  # words, inner apostrophes and hyphens
    r"|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?"
    r"|\.{2,}|…|-{2,}|[—–]"
    r"|[^\w\s]"
)
NAME_RE = re.compile(r"[A-Z][^\W\d_]*")
CLITIC_RE = re.compile(r"(?i)(n't|'s|'re|'ve|'ll|'d|'m)$")
MODALS = frozenset("will would can could shall should may might must".split())
FUNCTION_TAGS = frozenset("PRP PRP$ DT PDT IN CC WP WP$ WDT WRB MD TO EX".split())  # tags of words that are never a verb
BE_FORMS = frozenset("is was were are am be been being 's 're 'm".split())
ABBREVIATIONS = frozenset("mr mrs ms dr st prof lt capt sgt col gen jr sr vs etc mt ft".split())
SENTENCE_MARKS = ".!?…"
CLOSERS = frozenset('"”’\')»')
OPENERS = frozenset('"“‘\'(«')


class Word(NamedTuple):
    """A token of the text with its Penn Treebank tag (punctuation is a token too)."""

    text: str  # as written
    start: int
    end: int
    tag: str
    norm: str  # straight apostrophes and quotes, the form the tagger saw
    lower: str  # norm in lower case

    def is_word(self) -> bool:
        return self.text[:1].isalpha() or PLACEHOLDER_RE.fullmatch(self.text) is not None


class Sentence(NamedTuple):
    start: int
    end: int
    words: tuple[Word, ...]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Penn-style tokens of text[start:end] as (text, start, end)."""
    tokens = []
    for match in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        word, at = match.group(), match.start()
        straight = word.replace("’", "'")
        clitic = CLITIC_RE.search(straight) if word[:1].isalpha() else None
        if clitic and clitic.start() > 0:
            cut = clitic.start()  # don't -> do + n't, can't -> ca + n't, Harry's -> Harry + 's
        elif straight.endswith("s'") and len(word) > 2:
            cut = len(word) - 1  # the boys' room -> boys + '
        else:
            tokens.append((word, at, match.end()))
            continue
        tokens.append((word[:cut], at, at + cut))
        tokens.append((word[cut:], at + cut, match.end()))
    return tokens


def split_sentences(tokens: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Group tokens into sentences.

    A sentence ends at . ! ? or … (with the closing quotes that follow it) when the next
    token starts with a capital, a digit or an opening quote, or at the end of the list;
    a lower-case word after the mark goes on the same sentence (`"Go!" she said`).
    """
    sentences, current, i = [], [], 0
    while i < len(tokens):
        token = tokens[i]
        current.append(token)
        i += 1
        if token[0][0] not in SENTENCE_MARKS:
            continue
        if token[0] == "." and len(current) > 1 and current[-2][0].lower() in ABBREVIATIONS and current[-2][2] == token[1]:
            continue  # Mr. Weasley
        while i < len(tokens) and tokens[i][0] in CLOSERS and tokens[i][1] == current[-1][2]:
            current.append(tokens[i])
            i += 1
        following = tokens[i][0] if i < len(tokens) else ""
        if not following or following[0].isupper() or following[0].isdigit() or following[0] in OPENERS:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


@lru_cache(maxsize=1)
def _tagger():
    """TextBlob's Pattern tagger module and lexicon.

    The module is loaded from its file: importing the `textblob` package would import
    NLTK (0.4 s) for nothing the tagger uses.
    """
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed")
    folder = Path(spec.submodule_search_locations[0])
    module_spec = importlib.util.spec_from_file_location("ficlint._pattern_tagger", folder / "_text.py")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    data = folder / "en"
    lexicon = module.Lexicon(path=str(data / "en-lexicon.txt"), morphology=str(data / "en-morphology.txt"),
                             context=str(data / "en-context.txt"), entities=str(data / "en-entities.txt"), language="en")
    return module, lexicon


@lru_cache(maxsize=1)
def _plain_lexicon() -> dict[str, str]:
    """The lexicon as a plain dict: TextBlob's lazy dict checks it is loaded on every lookup. Reading its
    file takes a third of a second, so its words are kept in a signed record of this machine and put
    straight into the lazy dict (as its own `load` does, with `dict.update`)."""
    from ficlint.grammar.cache import checked_record, record_checked

    _, lexicon = _tagger()
    if dict.__len__(lexicon) == 0:
        content = Path(lexicon.path).read_bytes()
        words = checked_record("tagger-lexicon", content)
        if words is None:
            record_checked("tagger-lexicon", content, dict(lexicon.items()))
        else:
            dict.update(lexicon, words)
    return dict(lexicon.items())


def lexicon_tag(word: str, exact: bool = False) -> str | None:
    """The tag the lexicon gives a word out of context (its commonest use); unless `exact`,
    a capitalised word the lexicon lacks is looked up in lower case."""
    found = _plain_lexicon().get(word)
    return found if found or exact else _plain_lexicon().get(word.lower())


def tag(words: list[str], names: frozenset[str] = frozenset(), treebank: list[str] | None = None) -> list[str]:
    """Penn tags of one sentence's tokens (straight quotes and apostrophes); `treebank` is the same tokens with
    each quote written as the Treebank writes an opening (``) or closing ('') one.

    Two taggers read the sentence: Brill's rules (`_brill_tags`) and Honnibal's averaged perceptron
    (`perceptron.tag`), and `_vote` settles each word they disagree on. A capitalised word is read in
    lower case at the start of a sentence or a quote, unless it is one of `names`.
    """
    words_lexicon = _plain_lexicon()
    opens = [i == 0 or words[i - 1] in ('"', "``", "'", "`", "(") for i in range(len(words))]
    brill = _brill_tags(words, names, opens)
    shouted = sum(word.isupper() and len(word) > 1 for word in words) >= 3  # 'SHE IS NOT UGLY'
    lookup = [word.lower() if (opens[i] and word not in names or shouted and word.isupper()) and word.lower() in words_lexicon
              and words_lexicon.get(word) not in ("NNP", "NNPS") else word for i, word in enumerate(treebank or words)]
    fixed = {i: "NNP" for i, word in enumerate(words) if word in names and word.lower() not in words_lexicon}
    fixed.update((i, CLIPPED[word.lower()]) for i, word in enumerate(words) if word.lower() in CLIPPED)
    tags = perceptron.tag(lookup, fixed)
    for i, word in enumerate(words):
        tags[i] = _vote(words, i, brill[i], tags, opens[i])
        if tags[i] == "JJ" and word.lower().endswith("ing") and "ADJ" not in lemmas(word) and "VERB" in lemmas(word):
            tags[i] = "VBG"  # 'said unwrapping his lunch': no adjective of that form
        elif _impossible_verb(word, tags[i]):
            tags[i] = _likeliest_non_verb(word, opens[i])
    for i, word in enumerate(words[:-1]):
        if opens[i] and tags[i] == "JJ" and tags[i + 1] in ("VBD", "VBZ") and words[i + 1].lower() not in AUXILIARY_WORDS \
                and word.islower() and "NOUN" in lemmas(word):
            tags[i] = "NN"  # '"Come in!" light/JJ shone in': a clause's first word before its verb is its subject
        elif 1 < i and tags[i] in ("VBD", "VBN") and word.endswith("ed") and "JJ" in (tags[i - 1], lexicon_tag(words[i - 1])) \
                and tags[i - 2] in ("DT", "PRP$", "JJ") and tags[i + 1] in ("NN", "NNS"):
            tags[i] = "JJ"  # 'the green eyed/VBD girl', 'the red/NN haired/VBD boy': no verb stands between an adjective and its noun
    for i in range(2, len(words)):
        if _her_as_object(words, i, tags):
            tags[i - 1], tags[i] = "PRP", "VBD"
    _verb_of_verbless_clause(words, tags)
    _verb_of_participle_clause(words, tags, opens)
    for i, word in enumerate(words):
        if word in names and _names_a_character(word, tags[i], opens[i], tags[i + 1] if i + 1 < len(tags) else "."):
            tags[i] = "NNP"
    return ["NNP" if PLACEHOLDER_RE.fullmatch(word) else _punctuation_tag(word) or tag_
            for word, tag_ in zip(words, tags)]


def _impossible_verb(word: str, tag_: str) -> bool:
    """Whether both taggers gave a word a verb tag it cannot have: *-ing* on a word without that ending (*into
    the mirror/VBG*, *in his hotel room/VBG*), or a present verb on a word that is never a verb (*becoming
    sheepish/VB*, *came to town/VB*). Past forms are left alone: *she seen* is a slip the grammar checks find."""
    lower = word.lower()
    if lower in CLIPPED or not lower.isalpha():
        return False
    if tag_ == "VBG":
        return not lower.endswith("ing")
    return tag_ in ("VB", "VBP", "VBZ") and bool(found := lemmas(word)) and "VERB" not in found and "AUX" not in found


def _likeliest_non_verb(word: str, opens: bool) -> str:
    """The tag for a word read wrongly as a verb: a name mid-sentence, else the lexicon's class, else a noun."""
    if word[:1].isupper() and not opens:
        return "NNP"
    known = lexicon_tag(word)
    return known if known and not known.startswith("VB") and _possible(word, known) else "NN"


CLAUSE_OPENERS = frozenset("before after as when while until because since once though although if".split())


def _verb_of_verbless_clause(words: list[str], tags: list[str]) -> None:
    """Give a clause with no verb its verb: the second of two nouns after a determiner (and adjectives), followed by a
    preposition, when it can be a past or an -s verb (*before a huge smile spread/NN across her face* -> VBD, *the
    crowd parts/NNS for him*)."""
    start = 0
    breaks = [k for k, w in enumerate(words) if tags[k] in (",", ".", ":", "CC") or w.lower() in CLAUSE_OPENERS]
    for end in breaks + [len(words)]:
        if not any(t.startswith("VB") or t == "MD" for t in tags[start:end]):
            for i in range(max(start, 2), end - 1):
                j = i - 2
                while j > start and tags[j] == "JJ":
                    j -= 1  # 'a huge smile spread'
                if tags[i] in ("NN", "NNS") and tags[i - 1] == "NN" and tags[j] in ("DT", "PRP$") \
                        and tags[i + 1] in ("IN", "RP") and words[i].islower():
                    form = next((form for form in ("VBD", "VBZ") if words[i] in verb_forms(words[i], form)), None)
                    if form:
                        tags[i] = form
                        break
        start = end + 1


QUOTES = frozenset({'"', "``", "''", "'", "`"})
PRONOUN_SUBJECTS = frozenset("he she they we i both everyone everybody nobody someone somebody none neither".split())
AUXILIARY_WORDS = frozenset("was were is are had has did does could would should might must".split())
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _verb_of_participle_clause(words: list[str], tags: list[str], opens: list[bool]) -> None:
    """Give a clause that opens a sentence, follows a quote or follows *but*, *so* or *and* its past verb when the
    taggers read it as a participle (*"Time to go" his mother called/VBN from downstairs*, *A familiar voice called/VBN
    and he woke*, *but both understood/VBN*): a subject, then a form that can be a past, and no finite verb before the
    clause ends at a stop, a quote or a joining word. A clause ending at a comma is left alone: *Her hair tied back,
    she ran* is a phrase about her."""
    start = 0
    while start < len(words):
        end = next((k for k in range(start, len(words)) if tags[k] in (",", ".", ":", "CC") or words[k] in QUOTES),
                   len(words))
        opening = opens[start] or start > 0 and words[start - 1].lower() in ("but", "so", "and")
        if end > start + 1 and opening and (end == len(words) or words[end] != ",") \
                and not any(t in FINITE for t in tags[start:end]):
            i = _after_subject(words, tags, start, end)
            if i is not None and tags[i] == "VBN" and words[i].lower() in verb_forms(words[i], "VBD"):
                tags[i] = "VBD"
        start = end + 1


def _after_subject(words: list[str], tags: list[str], start: int, end: int) -> int | None:
    """The index after a noun phrase opening words[start:end]: *his mother*, *a familiar voice*, *Ron*, *both*."""
    i = start
    if words[i].lower() in PRONOUN_SUBJECTS:
        return i + 1
    if tags[i] in ("DT", "PRP$"):
        i += 1
        while i < end and tags[i] == "JJ":
            i += 1
        while i < end and tags[i] in ("NN", "NNS") and words[i].islower():
            i += 1
        return i if i < end and tags[i - 1] in ("NN", "NNS") else None
    while i < end and tags[i] == "NNP":
        i += 1
    return i if start < i < end else None


def _her_as_object(words: list[str], i: int, tags: list[str]) -> bool:
    """Whether *her* after a preposition ends a subject and words[i] is its verb in the past (*a part of her
    wished she*, *something about her made him*, *something inside her snapped.*), which both taggers read as a
    possessive and an adjective (not *of her painted nails*, *in her tired voice*)."""
    word, next_tag = words[i], tags[i + 1] if i + 1 < len(tags) else "."
    if words[i - 1].lower() != "her" or tags[i - 1] != "PRP$" or tags[i - 2] != "IN" or tags[i] not in ("JJ", "VBN", "VBD") \
            or word.lower() not in verb_forms(word, "VBD"):
        return False
    return next_tag in ("PRP", "DT", "PRP$", "TO", "IN", "RB", "CD") or next_tag == "." and "ADJ" not in lemmas(word)


def _brill_tags(words: list[str], names: frozenset[str], opens: list[bool]) -> list[str]:
    """Brill's tags: each word the lexicon's most frequent tag for it, unknown words tagged by their endings
    (his lexical rules), then his contextual rules."""
    module, lexicon = _tagger()
    words_lexicon = _plain_lexicon()
    lookup = [word.lower() if opens[i] and word not in words_lexicon and word not in names
              and word.lower() in words_lexicon else word for i, word in enumerate(words)]
    tagged = module.find_tags(lookup, lexicon=words_lexicon, morphology=lexicon.morphology, language="en")
    return [tag_ for _, tag_ in _apply_context(tagged)]


CLIPPED = {"an'": "CC", "'n'": "CC", "n'": "CC", "o'": "IN", "'em": "PRP", "ya": "PRP", "yer": "PRP$",
           "'cause": "IN", "cos": "IN", "cuz": "IN", "gonna": "VBG", "wanna": "VBP", "gotta": "VBP"}  # speech's clipped words
INDEFINITES = frozenset("something nothing anything everything someone anyone everyone".split())
BARE_VERB_TAKERS = frozenset("do does did don't let lets make makes made help helps helped watch watches watched see sees saw "
                             "hear hears heard feel feels felt have has had".split())  # 'made the boys laugh'
AUXILIARIES = frozenset("be is was were are am been being have has had having 's 're 'd 've get got".split())
OPEN_CLASSES = {"N": "NOUN", "V": "VERB", "J": "ADJ", "R": "ADV"}


def _vote(words: list[str], i: int, brill: str, tags: list[str], opens: bool) -> str:
    """The tag of words[i] where Brill's rules and the perceptron (tags[i]; tags before i are already settled)
    may disagree. The perceptron is the better tagger of the two on fiction (right on three in four of the words
    where they differ, in a sample of real stories), so it wins, except where it is known to go wrong on fiction
    (a name, a verb after its subject, an interjection, a word the Wall Street Journal spells out: *tonight*) or
    gives a word a class it never has (*noise/IN*, *gloomily/NN*, *hear/VBD*)."""
    word, apt = words[i], tags[i]
    before = [w.lower() for w in words[max(0, i - 3):i]]
    previous = tags[i - 1] if i else ""
    next_tag, after_next = (tags[i + 1] if i + 1 < len(tags) else "."), (tags[i + 2] if i + 2 < len(tags) else ".")
    lower = word.lower()
    if brill == apt:
        return apt
    if lower == "i":
        return "PRP"
    if "-" in word:
        return brill  # the perceptron sees every hyphenated word as one feature ('mid-sentence', 'maroon-haired')
    if lower in CLIPPED:
        return CLIPPED[lower]
    if lower == "her":  # 'her hand', 'her softened face'; 'gave her a look', 'saw her.'
        noun_next = next_tag in ("NN", "NNS") and words[i + 1].lower() not in INDEFINITES
        return "PRP$" if noun_next or next_tag in ("JJ", "VBG", "VBN") and after_next.startswith("NN") else "PRP"
    if (brill == "NNP" or opens) and word[:1].isupper() and not lemmas(word) and lexicon_tag(word) is None:
        return brill  # a word no word list knows: a name ('Fukutaichou'), or Brill's guess where a sentence opens ('Whaddaya')
    if "UH" in (brill, apt) or brill == "EX" and next_tag in ("VBD", "VBZ", "VBP", "MD") \
            or brill in ("NNP", "NNPS") and apt in ("NN", "NNS", "NNPS"):
        return brill  # 'Yes', 'Well', 'but there was', 'Mikan', 'Mills'
    if brill == "VBD" and apt in ("VBN", "VB", "VBP") and not AUXILIARIES & set(before[-2:]):
        return brill  # 'Mikan replied and'
    if brill in ("VB", "VBP") and apt == "VBN" and previous in ("NNP", "PRP") and not AUXILIARIES & set(before[-2:]):
        return brill  # '"Mira come here'
    if brill == "NN" and apt in ("VB", "VBP") and next_tag in ("NN", "NNS") and after_next in ("VBD", "VBZ", "VBP", "MD"):
        return brill  # 'but storm clouds were': a noun before the noun its verb follows
    if brill == "VBG" and apt == "NN" and "VERB" in lemmas(word):
        return brill  # 'said standing up'
    if brill in ("VBP", "VBZ") and apt in ("NN", "NNS") and "VERB" in lemmas(word) and (
            previous in ("PRP", "NNP") or (brill, apt) == ("VBZ", "NNS") and previous in ("NN", "NNS")):
        return brill  # 'Joey yells', 'Ash frown and glared': a verb after its subject (if in the wrong form)
    if brill.startswith("VB") and apt == "IN" and next_tag == "TO" and "VERB" in lemmas(word):
        return brill  # 'as Watanuki like to call it'
    if brill in ("NN", "NNS") and apt == "VBZ" and previous in ("NN", "NNP", "JJ", "JJR", "JJS") \
            and next_tag not in ("DT", "PRP$", "PRP", "CD", "NNP"):
        return brill  # 'the goal nets sagged', 'way better skills then'
    if brill == "VBP" and apt == "VB" and previous in ("PRP", "NNP", "NNS", "NN") and "MD" not in tags[max(0, i - 3):i] \
            and "TO" not in tags[max(0, i - 3):i] and not {"do", "does", "did", "n't", "not"} & set(before):
        return brill  # 'her eyes dart' (not 'do you know')
    if brill == "VB" and previous == "TO":
        return brill  # 'to reason'
    if brill == "RB" and apt == "NN" and "ADV" in lemmas(word) and previous not in ("DT", "PRP$", "JJ"):
        return brill  # 'tonight' (the Treebank's noun) is an adverb here
    if brill == "RB" and apt == "JJ" and i + 1 < len(words) and lexicon_tag(words[i + 1]) == "JJ":
        return brill  # 'its only fair': an adverb before an adjective
    if brill == "JJ" and apt == "NN" and previous == "RB":
        return brill  # 'only fair that'
    if apt == "VB" and brill.startswith("NN") and (previous == "NNS" or previous == "PRP" and before[-1:] in (["they"], ["we"], ["you"])) \
            and not {"MD", "TO"} & set(tags[max(0, i - 4):i]) and not BARE_VERB_TAKERS & set(before):
        return "VBP"  # 'but his eyes pull at her': a present verb after a plural subject (not 'made the boys laugh')
    if _possible(word, apt):
        return apt
    if _possible(word, brill):
        return brill
    known = lexicon_tag(word)
    return known if known and _possible(word, known) else apt  # 'taller/JJR', where both are wrong


def _possible(word: str, tag_: str) -> bool:
    """Whether a word can have the tag at all: its forms as LemmInflect knows them, or Brill's lexicon's class
    for a word LemmInflect lacks."""
    if tag_ in ("NNP", "NNPS"):
        return word[:1].isupper()
    found = lemmas(word)
    known = lexicon_tag(word)
    if tag_[0] not in OPEN_CLASSES or tag_ == "RP":
        return not found or "ADV" in found or known is None or known[0] not in OPEN_CLASSES  # not 'noise/IN'
    if not found:
        return known is None or known[0] == tag_[0]
    if tag_ in ("VBD", "VBN", "VBZ", "VBG") and "VERB" in found and "AUX" not in found:
        return word.lower() in verb_forms(word, tag_)
    upos = OPEN_CLASSES[tag_[0]]
    return upos in found or upos == "VERB" and "AUX" in found or (
        tag_ == "JJ" and "VERB" in found and word.lower().endswith(("ed", "en", "ing")))


def _names_a_character(word: str, tag_: str, opens: bool, next_tag: str) -> bool:
    """Whether a word the story writes capitalised mid-sentence, tagged as a common word, is its name
    here (*at Sonic and Tails*, *said Will*): not a capitalised adjective before a noun (*French toast*),
    and at the start of a sentence only where it can be no modal or verb (*Will you*, *Hope filled*)."""
    if tag_ in ("NNP", "NNPS") or not word[1:2].islower() or opens and tag_ not in ("JJ", "NNS", "NN"):
        return False
    return not (tag_.startswith("JJ") and next_tag.startswith("NN")) and tag_ in (
        "JJ", "NN", "NNS", "VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "MD", "RB", "IN")


def _punctuation_tag(word: str) -> str | None:
    """The Treebank tag of a punctuation token (the lexicon lacks dashes and curly quotes)."""
    if any(char.isalnum() for char in word):
        return None
    if word in QUOTE_TAGS:
        return QUOTE_TAGS[word]
    if word[0] in "—–-…" or word.startswith(".."):
        return ":"
    return "." if word[0] in "!?" else word


# Brill's contextual rules, applied as TextBlob's `Context.apply` applies them: token by token,
# among the rules for the tag the lexicon gave the token, the last that matches wins, and the
# conditions see the tags already given to the tokens before it. Each rule's condition is a key
# looked up in a table (the previous tag, the next word...), not a test run rule by rule, so it
# is twenty times faster; a test checks that the tags are the same.
KEYS = {  # command -> the keys of token i that a rule's (x) or (x, y) is compared with
    "prevtag": lambda t, i: (t[i - 1][1],),
    "nexttag": lambda t, i: (t[i + 1][1],),
    "prev2tag": lambda t, i: (t[i - 2][1],),
    "next2tag": lambda t, i: (t[i + 2][1],),
    "prev1or2tag": lambda t, i: (t[i - 1][1], t[i - 2][1]),
    "next1or2tag": lambda t, i: (t[i + 1][1], t[i + 2][1]),
    "prev1or2or3tag": lambda t, i: (t[i - 1][1], t[i - 2][1], t[i - 3][1]),
    "next1or2or3tag": lambda t, i: (t[i + 1][1], t[i + 2][1], t[i + 3][1]),
    "surroundtag": lambda t, i: ((t[i - 1][1], t[i + 1][1]),),
    "curwd": lambda t, i: (t[i][0],),
    "prevwd": lambda t, i: (t[i - 1][0],),
    "nextwd": lambda t, i: (t[i + 1][0],),
    "prev1or2wd": lambda t, i: (t[i - 1][0], t[i - 2][0]),
    "next1or2wd": lambda t, i: (t[i + 1][0], t[i + 2][0]),
    "prevwdtag": lambda t, i: ((t[i - 1][0], t[i - 1][1]),),
    "nextwdtag": lambda t, i: ((t[i + 1][0], t[i + 1][1]),),
    "wdprevtag": lambda t, i: ((t[i - 1][1], t[i][0]),),
    "wdnexttag": lambda t, i: ((t[i][0], t[i + 1][1]),),
    "wdand2aft": lambda t, i: ((t[i][0], t[i + 2][0]),),
    "wdand2tagbfr": lambda t, i: ((t[i - 2][1], t[i][0]),),
    "wdand2tagaft": lambda t, i: ((t[i][0], t[i + 2][1]),),
    "lbigram": lambda t, i: ((t[i - 1][0], t[i][0]),),
    "rbigram": lambda t, i: ((t[i][0], t[i + 1][0]),),
    "prevbigram": lambda t, i: ((t[i - 2][1], t[i - 1][1]),),
    "nextbigram": lambda t, i: ((t[i + 1][1], t[i + 2][1]),),
}
PAIRED = {"surroundtag", "prevwdtag", "nextwdtag", "wdprevtag", "wdnexttag", "wdand2aft", "wdand2tagbfr",
          "wdand2tagaft", "lbigram", "rbigram", "prevbigram", "nextbigram"}


@lru_cache(maxsize=1)
def _context_rules() -> dict[str, list[tuple]]:
    """For each tag: (keys of a token, {rule key: (rule index, new tag)}) for each command."""
    _, lexicon = _tagger()
    tables: dict[str, dict[str, dict]] = {}
    for index, rule in enumerate(lexicon.context):
        command = rule[2].lower()
        if command not in KEYS:
            continue
        key = (rule[3], rule[4] if len(rule) > 4 else "") if command in PAIRED else rule[3]
        tables.setdefault(rule[0], {}).setdefault(command, {})[key] = (index, rule[1])
    wildcard = tables.get("*", {})
    return {tag: [(KEYS[command], table) for command, table in {**wildcard, **commands}.items()]
            for tag, commands in tables.items()}


def _apply_context(tagged: list[list[str]]) -> list[list[str]]:
    by_tag = _context_rules()
    pad = [("STAART", "STAART")] * 3
    t = pad + [list(token) for token in tagged] + pad
    for i in range(3, len(t) - 3):
        best = None
        for keys, table in by_tag.get(t[i][1], ()):
            for key in keys(t, i):
                found = table.get(key)
                if found and (best is None or found[0] > best[0]):
                    best = found
        if best:
            t[i] = [t[i][0], best[1]]
    return t[3:-3]


QUOTE_TAGS = {'"': '"', "“": "``", "”": "''", "‘": "``", "’": "''"}


def normalise(word: str) -> str:
    return word.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def analyse(text: str, start: int, end: int, names: frozenset[str] = frozenset()) -> list[Sentence]:
    """The sentences of text[start:end] (one paragraph), their tokens tagged.

    A paragraph seen before in this process (a chorus, a scene break's words, a repeated
    line) is tagged once: its tags are kept by its text and the names it contains.
    """
    names_here = frozenset(word for word in NAME_RE.findall(text, start, end) if word in names)
    return [Sentence(words[0].start + start, words[-1].end + start,
                     tuple([Word(w[0], w[1] + start, w[2] + start, w[3], w[4], w[5]) for w in words]))
            for words in _tagged_paragraph(text[start:end], names_here)]


@lru_cache(maxsize=20_000)
def _tagged_paragraph(paragraph: str, names: frozenset[str]) -> tuple[tuple[Word, ...], ...]:
    """The tagged sentences of one paragraph, offsets counted from its start."""
    sentences = []
    for sentence in split_sentences(tokenize(paragraph)):
        norms = [normalise(token[0]) for token in sentence]
        treebank = [("``" if token[1] == 0 or not paragraph[token[1] - 1].strip() or paragraph[token[1] - 1] in "([—-"
                     else "''") if norm in ('"', "'") else norm for token, norm in zip(sentence, norms)]
        tags = tag(norms, names, treebank)
        sentences.append(tuple(Word(token[0], token[1], token[2], tag_, norm, norm.lower())
                               for token, tag_, norm in zip(sentence, tags, norms)))
    return tuple(sentences)


# Word forms, from LemmInflect.

MAX_REMEMBERED_FORMS = 200_000  # words and lemmas kept between runs


class RememberedForms:
    """LemmInflect's answers kept between runs (a signed record of this machine): loading its tables
    takes most of a second, and a chapter linted again (the pre-commit hook) asks about the same words."""

    def __init__(self) -> None:
        self.answers: dict | None = None
        self.added = 0

    def _load(self) -> dict:
        if self.answers is None:
            from ficlint.grammar.cache import checked_record

            self.answers = checked_record("word-forms", self._content()) or {}
            atexit.register(self.save)
        return self.answers

    @staticmethod
    def _content() -> bytes:
        from importlib.metadata import version

        return f"lemminflect {version('lemminflect')}\n".encode() + Path(__file__).read_bytes()

    def get(self, key: str, compute) -> dict[str, tuple[str, ...]]:
        answers = self._load()
        if key not in answers:
            answers[key] = {k: list(v) for k, v in compute().items()}
            self.added += 1
        return {k: tuple(v) for k, v in answers[key].items()}

    def save(self) -> None:
        if self.added and len(self.answers) <= MAX_REMEMBERED_FORMS:
            from ficlint.grammar.cache import record_checked

            record_checked("word-forms", self._content(), self.answers)
            self.added = 0


REMEMBERED = RememberedForms()


@lru_cache(maxsize=None)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """{'VERB': ('know',)} for 'knew': the lemmas of a word by universal part of speech."""
    def compute():
        from lemminflect import getAllLemmas

        return getAllLemmas(word.lower())

    return REMEMBERED.get("L" + word.lower(), compute)


@lru_cache(maxsize=None)
def inflections(lemma: str, upos: str = "VERB") -> dict[str, tuple[str, ...]]:
    """{'VBD': ('knew',), 'VBN': ('known',), ...}: the forms of a lemma by Penn tag.

    LemmInflect leaves out a regular verb's participle (it is the past: *fixed*); it is
    filled in here, and a verb LemmInflect does not list is inflected by its rules.
    """
    def compute():
        from lemminflect import getAllInflections, getAllInflectionsOOV

        forms = dict(getAllInflections(lemma, upos) or getAllInflectionsOOV(lemma, upos))
        if upos == "VERB" and "VBD" in forms and "VBN" not in forms:
            forms["VBN"] = forms["VBD"]
        return forms

    return REMEMBERED.get(f"I{upos}\t{lemma}", compute)


def verb_forms(word: str, form: str) -> set[str]:
    """The `form` (VBD, VBN, VBZ, VB...) of every verb the word can be a form of."""
    found = lemmas(word).get("VERB", ())
    if not found and word.lower().endswith("ed"):
        from lemminflect import getAllLemmasOOV

        found = getAllLemmasOOV(word.lower(), "VERB").get("VERB", ())  # 'fisted'
    return {f for lemma in found for f in inflections(lemma).get(form, ())}


def participles_of_past(word: str) -> set[str]:
    """The participles of the verbs whose simple past the word is: *saw* -> *seen* (not *sawn*)."""
    word = word.lower()
    forms = [inflections(lemma) for lemma in lemmas(word).get("VERB", ())]
    return {p for f in forms if word in f.get("VBD", ()) for p in f.get("VBN", ())}


def is_past_only(word: str) -> bool:
    """A simple past that is never a participle: *knew*, *went*, *ran* (not *got*, *lit*, *learnt*, nor *fit*, which
    is its own base form and American English's participle)."""
    word = word.lower()
    for lemma in lemmas(word).get("VERB", ()):
        forms = inflections(lemma)
        past, participle = forms.get("VBD", ()), forms.get("VBN", ())
        if word in past and word not in participle and not any(p.endswith("ed") for p in past) and word not in ("got", lemma):
            return True
    return False


def is_participle_only(word: str) -> bool:
    """A participle that is never a simple past nor a base form: *seen*, *done*, *begun*."""
    word = word.lower()
    found = False
    for lemma in lemmas(word).get("VERB", ()):
        forms = inflections(lemma)
        if word in forms.get("VBD", ()) or word in forms.get("VB", ()) or word in forms.get("VBP", ()):
            return False
        found = found or word in forms.get("VBN", ())
    return found


def noun_plural(word: str) -> str | None:
    """The plural of a singular noun (*friend* -> *friends*), or None."""
    from lemminflect import getInflection

    forms = getInflection(word.lower(), "NNS")
    return forms[0] if forms and forms[0] != word.lower() else None
