"""Capitals: a sentence that starts in lower case, an ordinary word capitalised mid-sentence,
and a word English always capitalises written in lower case (*french*, *monday*).

Reads the tagged words (`Document.words`): a word's commonest use in the tagger's lexicon
tells an adjective or a verb (*Burning*, *Warm*), which is never a name, from a noun that
may be one (*Hope*, *Ash*).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ficlint.analysis import ABBREVIATIONS, Word, lexicon_tag
from ficlint.checks import Rule
from ficlint.checks.forms import KIN
from ficlint.checks.spelling import is_english_word
from ficlint.checks.syntax import TITLES, _has_clause, _left_clause, _right_clause, series_of_clauses
from ficlint.document import AUTHOR_NOTE, DIALOGUE, HEADING
from ficlint.finding import Edit, Fix
from ficlint.packs import SHIPPED
from ficlint.speech import speech_lexicon

NAME = "capitals"
PRONOUNS = frozenset("He She They We You It His Her Their Its My Your Our Him Them".split())  # not 'I', never lower case
LOWER_START = Rule(
    "CP001", "sentence-starts-lower-case", NAME, "A sentence that starts with a small letter after a full stop, ? or !.",
    "Every sentence opens with a capital; a small one reads as a missing full stop or a slip of the shift key.",
    "He left. then she cried.  ->  He left. Then she cried.", "always (unsafe)")
PROPER_WORD = Rule(
    "CP003", "proper-word-in-lower-case", NAME,
    "A language, nationality, day, month or holiday in lower case: *french toast*, *on monday*.",
    "English writes these with a capital wherever they stand.",
    "She made french toast on monday.  ->  She made French toast on Monday.", "always (safe)")
MID_CAPITAL = Rule(
    "CP002", "capital-mid-sentence", NAME, "An adjective or a verb with a capital in the middle of a sentence: *the Burning ache*.",
    "Only names and titles take a capital mid-sentence; an ordinary word with one looks like a slip.",
    "She felt a Warm breeze.  ->  She felt a warm breeze.", "always (unsafe)")
HELD_SHIFT = Rule(
    "CP004", "two-capitals", NAME, "A word whose first two letters are capitals and the rest small: *THe*, *HIkaru*.",
    "The shift key held a letter too long; the word is the ordinary word or the story's name.",
    "THe door opened.  ->  The door opened.", "always (unsafe)")
HELD_SHIFT_RE = re.compile(r"[A-Z]{2}(?!s\b)[a-z]+")  # not a plural of initials: 'IDs', 'TVs'

ORDINAL_RE = re.compile(r"(?i)(?:first|second|third|fifth|eighth|ninth|twelfth|[a-z]+teenth|[a-z]+tieth|fourth|sixth|seventh|tenth|eleventh)")
NOT_NAMES = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "VB", "VBD", "VBG", "VBN", "VBZ", "VBP", "IN", "DT", "CC", "MD",
                       "PRP", "PRP$", "WDT", "WRB"})
ENDS = frozenset({".", "!", "?"})
OPENERS = frozenset({'"', "``", "''", "'", "`", "(", "[", ":", ";", "—", "–", "-", "--", "*", "_", "~"})


class CapitalsCheck:
    """CP001 a sentence in lower case, CP002 an ordinary word capitalised mid-sentence, CP003 *french*, CP004 *THe*."""

    name = NAME
    rules = [LOWER_START, MID_CAPITAL, PROPER_WORD, HELD_SHIFT]

    def check(self, document, project):
        words = document.words
        uses = Counter(word.text for word in words)
        for i, word in enumerate(words):
            if HELD_SHIFT_RE.fullmatch(word.text):
                meant = word.text[0] + word.text[1:].lower()
                if is_english_word(meant.lower()) or any(w.text == meant for w in words):  # the word, or the story's name
                    yield HELD_SHIFT.finding(document, word.start, word.end, f"'{word.text}' has a second capital: '{meant}'",
                                             [meant], Fix(False, (Edit(word.start, word.end, meant),)))
            if i == 0 or not word.is_word():
                continue
            kind = document.kind_at(word.start)
            if kind in (AUTHOR_NOTE, HEADING):
                continue
            previous = words[i - 1]
            proper = capitalised().get(word.text)
            if proper and kind != AUTHOR_NOTE and document.plain[word.end:word.end + 1] not in ("-", "'", "’", "@"):
                yield PROPER_WORD.finding(document, word.start, word.end, f"'{word.text}' takes a capital: '{proper}'",
                                          [proper], Fix(True, (Edit(word.start, word.start + 1, proper[0]),)))
            elif word.text[:1].islower() and _ends_sentence(document, words, i - 1) and not _mention(document, previous, word) \
                    and lexicon_tag(word.text) is not None and not _thought_tag(words, i):  # 'ficlint reads': a name in lower case
                new = word.text[0].upper() + word.text[1:]
                yield LOWER_START.finding(document, word.start, word.end, f"a sentence starts with a capital: '{new}'",
                                          [new], Fix(False, (Edit(word.start, word.start + 1, new[0]),)))
            elif word.text in PRONOUNS and previous.norm == "," and i >= 2 and words[i - 2].is_word() \
                    and words[i - 2].text[-1:].islower() and not _mention(document, previous, word):
                if _splice_at(words, i):
                    continue  # a clause on each side is a splice, SX001's: 'She opened her eyes, It was dark' wants a full stop
                new = word.text[0].lower() + word.text[1:]  # 'With a rare smile, He decided': the sentence goes on
                yield MID_CAPITAL.finding(document, word.start, word.end, f"'{word.text}' after a comma goes on the "
                                          f"sentence: '{new}'", [new], Fix(False, (Edit(word.start, word.start + 1, new[0]),)))
            elif _title_of_anyone(words, i) and word.text.lower() not in project.vocabulary.accepted:
                new = word.text.lower()
                yield MID_CAPITAL.finding(document, word.start, word.end,
                                          f"'{word.text}' after '{previous.text}' is any one of them, not a title: '{new}'",
                                          [new], Fix(False, (Edit(word.start, word.start + 1, new[0]),)))
            elif _kin_after_possessive(words, i) and word.text.lower() not in project.vocabulary.accepted:
                new = word.text.lower()
                yield MID_CAPITAL.finding(document, word.start, word.end,
                                          f"'{word.text}' after '{previous.text}' is a relative, not a name: '{new}'", [new],
                                          Fix(False, (Edit(word.start, word.start + 1, new[0]),)))
            elif _needless_capital(document, words, i, previous, uses) and word.text.lower() not in project.vocabulary.accepted \
                    and not _mention(document, previous, word) \
                    and word.text not in capitalised().values():
                new = word.text.lower()
                yield MID_CAPITAL.finding(document, word.start, word.end,
                                          f"'{word.text}' is not a name: '{new}'", [new],
                                          Fix(False, (Edit(word.start, word.start + 1, new[0]),)))


@lru_cache(maxsize=1)
def capitalised() -> dict[str, str]:
    """Lower-case word -> its capitalised form, from rules/english/capitalised.txt."""
    text = (SHIPPED / "english" / "capitalised.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() for w in line.split("#", 1)[0].split()]
    return {w.lower(): w for w in words}


def _mention(document, previous: Word, word: Word) -> bool:
    """Markup between two words, or around the word (*emphasis*, `code`): a quoted example, not prose."""
    return document.text[previous.end:word.start].strip() != document.plain[previous.end:word.start].strip() or \
        document.text[word.start - 1:word.start] in ("*", "_", "`")


def _ends_sentence(document, words: list[Word], i: int) -> bool:
    """Whether words[i] is a full stop, ? or ! that ends a sentence (not an abbreviation, an
    ellipsis, a decimal point, or the mark of speech that a tag goes on from)."""
    mark = words[i]
    if mark.norm not in ENDS or i == 0 or document.plain[mark.end:words[i + 1].start] == "":
        return False
    before = words[i - 1]
    if not before.is_word() or before.end != mark.start:
        return False
    if mark.norm == "." and (len(before.text) == 1 or before.lower in ABBREVIATIONS or document.plain[before.start - 1:before.start] == "."):
        return False  # a.m., e.g., Mr., initials
    return True


def _needless_capital(document, words: list[Word], i: int, previous: Word, uses: Counter) -> bool:
    """CP002: an adjective or verb (or a noun the story also writes in lower case) capitalised mid-sentence; `uses`
    counts each spelling in the document."""
    word = words[i]
    text = word.text
    if not (text[:1].isupper() and text[1:].islower()) or len(text) < 3 or ORDINAL_RE.fullmatch(text):
        return False  # 'the Twelfth' (division) is a name
    if _dots(previous) and i >= 2 and _goes_on(words[i - 2]) and \
            lexicon_tag(text.lower()) in ("JJ", "JJR", "JJS", "VBG", "VBN", "RB", "VB") and \
            "\n" not in document.plain[previous.end:word.start] and not _here_or_there_clause(words, i):
        pass  # 'He felt... Warm.', 'something was.. Burning': the sentence goes on after the dots
    elif previous.norm in ENDS or previous.norm in OPENERS or _dots(previous) or previous.norm == "/" or \
            "\n" in document.plain[previous.end:word.start]:
        return False  # a sentence, a quote, a list item, a line of verse or a choice ('He/They') starts here
    if previous.lower in TITLE_SMALL_WORDS and previous.text.islower() \
            and sum(w.text[:1].isupper() for w in words[max(0, i - 5):i - 1] if w.is_word()) >= 2:
        return False  # a title in title case, its small words in lower case: 'the heading "Beast Tamer Newt to Wed"'
    common = lexicon_tag(text.lower())
    if lexicon_tag(text, exact=True) in ("NNP", "NNPS") or common not in NOT_NAMES and not (
            common in ("NN", "NNS") and text.lower() not in KIN and uses[text.lower()]
            and not (i + 1 < len(words) and words[i + 1].tag in ("NN", "NNS"))):
        return False  # the lexicon knows it capitalised (a name, a title), or it may be a noun that names a place
        # ('the Academy'), unless the story writes the noun in lower case too ('into the Library ... the library') and
        # it names no other noun after it ('the Pattern tagger')
    following = words[i + 1] if i + 1 < len(words) else None
    if previous.norm == "," and following is not None and following.norm in ("?", "!", ".") \
            and document.kind_at(word.start) == DIALOGUE:
        return False  # 'did you hear me, Highlights?': a nickname for the one spoken to
    if common.startswith("VB") and following is not None and following.tag in ("VBG", "VBD", "VBZ", "MD"):
        return False  # 'and Dally getting shot': a verb is no subject of the next one, so it is a name
    if previous.lower in TITLES:
        return False  # 'uncle Fester': a name after a title (the title's own small letter is another slip)
    if any(previous.lower in verbs for verbs in speech_lexicon()):
        return False  # 'sang Break from the next room': the speaker after a speech verb
    if previous.tag == "IN" and (following is None or not following.is_word()):
        return False  # 'away from Charming.': an adjective alone cannot follow a preposition, so it is a name
    if following is not None and following.norm == "," and i + 2 < len(words) and words[i + 2].tag == "NNP" \
            and words[i + 2].text[:1].isupper():
        return False  # 'the tundra of Wherever, Alaska': a place and its region
    if previous.lower in ("the", "a", "an") and (following is None or following.tag not in ("NN", "NNS", "JJ")):
        return False  # 'Dream of the Endless', 'from an Infernal?': an adjective made the name of a kind
    neighbours = [w for w in (previous, following) if w is not None]
    if any(w.text[:1].isupper() and w.is_word() for w in neighbours):
        return False  # part of a title or a name of several words: 'the Burning Man'
    if any(0 <= j < len(words) and words[j].lower in ("and", "or", "&") and 0 <= k < len(words)
           and words[k].text[:1].isupper() and words[k].is_word() for j, k in ((i + 1, i + 2), (i - 1, i - 2))):
        return False  # one of two names: 'to protect Will and Jonathan'
    return uses[text] == 1  # used again and again: the story's own name


def _splice_at(words: list[Word], i: int) -> bool:
    """Whether the comma before words[i] joins two sentences (not in a series of clauses that ends with *and*)."""
    left = _left_clause(words, i - 1)
    stops = [k for k, w in enumerate(left) if w.norm in ENDS]
    left = left[stops[-1] + 1:] if stops else left
    end = next((k for k in range(i, len(words)) if words[k].norm in ENDS), len(words))
    return bool(_right_clause(words, i)) and _has_clause(left) and not series_of_clauses(words[i:end])


RANKS = frozenset("knight goddess god priest wizard witch mage hero soldier guard warrior colonel major "
                  "admiral emperor empress duke duchess baron count earl chief".split())
ANYONE_TITLES = TITLES | RANKS
POSSESSIVES = frozenset("my his her our their your".split())
TITLE_SMALL_WORDS = frozenset("a an the and or of to in on at for from with by".split())


def _title_of_anyone(words: list[Word], i: int) -> bool:
    """Whether a capitalised title follows *a*, *an*, *every*... with no name after it: any one holder of it
    (*a General's tent*, *every Captain knows*), not a title before a name (*a Captain Rogers*, *a Dr. Grout*) nor an
    epithet (*a Goddess of War*)."""
    word, following = words[i], words[i + 1] if i + 1 < len(words) else None
    return words[i - 1].lower in ("a", "an", "another", "every", "any", "each") and word.lower in ANYONE_TITLES \
        and word.text[:1].isupper() and word.text[1:].islower() \
        and len(word.text) > 3 and not (following is not None and (following.text[:1].isupper() or following.norm in (".", "of")))


def _kin_after_possessive(words: list[Word], i: int) -> bool:
    """'his Dad', 'my Mother': a parent named by what they are to someone takes no capital (*Dad* alone is used as a
    name and keeps it), unless a name follows (*her Grandma Rose*)."""
    word, following = words[i], words[i + 1] if i + 1 < len(words) else None
    return word.text[:1].isupper() and word.text[1:].islower() and word.lower in KIN and words[i - 1].lower in POSSESSIVES \
        and not (following is not None and following.text[:1].isupper() and following.is_word())


def _here_or_there_clause(words: list[Word], i: int) -> bool:
    """'but... Here's the story', '... There was': the word after the dots has its verb straight after it."""
    following = words[i + 1] if i + 1 < len(words) else None
    return following is not None and words[i].lower in ("here", "there") and (
        following.tag in ("VBZ", "VBD", "VBP", "MD") or following.norm in ("'s", "'re", "'ll", "'d"))


def _thought_tag(words: list[Word], i: int) -> bool:
    """'What is Ken up to now? he thought.': a tag after an unquoted question or cry goes on in lower case."""
    from ficlint.speech import speech_lexicon

    following = words[i + 1] if i + 1 < len(words) else None
    return words[i - 1].norm in ("?", "!") and words[i].lower in ("he", "she", "i", "they", "we") and following is not None \
        and following.lower in speech_lexicon()[0]  # the lexicon's speech verbs take in 'think' and 'wonder'


def _dots(word: Word) -> bool:
    """An ellipsis however it is typed: '…', '..', '...', '....'."""
    return word.norm == "…" or (len(word.norm) >= 2 and word.norm.strip(".") == "")


LINKING = frozenset("is are was were be been being am felt feel feels seemed seem seems looked look looks became become "
                    "becomes sounded sounds grew turned remained stayed got".split())


def _goes_on(word: Word) -> bool:
    """A word a sentence cannot end on: an article, a preposition, a linking verb ('He felt... Warm')."""
    return word.tag in ("DT", "TO", "CC", "PRP$", "MD") or word.lower in LINKING
