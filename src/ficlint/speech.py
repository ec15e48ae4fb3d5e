"""Dialogue structure: each quotation, and the tag or beat on either side of it.

Parsed once per document from its dialogue segments and its tagged words, so the
dialogue, names and grammar checks read the same structure. After a closing quote the
narration's first clause is a **tag** when its verb introduces speech (*she said*,
*said Harry*, *the girl whispered softly*), a **beat** when it is another action with a
subject (*Dean sat up*, *her cheeks burned*), **none** when the paragraph ends, and
**other** otherwise (*and then*, a fragment). The speech verbs are the lexicon in
`rules/english/speech-verbs.txt`, inflected by LemmInflect.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ficlint.analysis import ABBREVIATIONS, BE_FORMS, Word, inflections, lemmas, lexicon_tag
from ficlint.analysis import FINITE as FINITE_TAGS
from ficlint.document import CLOSE_QUOTES, DIALOGUE, Document
from ficlint.packs import SHIPPED

SPACED_ELLIPSIS = re.compile(r"\.[ \t]+\.[ \t]+\.\Z")  # ". . .", the ellipsis of older house styles

TAG, BEAT, NONE, OTHER = "tag", "beat", "none", "other"
SUBJECT_PRONOUNS = frozenset("he she they i we you it".split())
CLAUSE_END = frozenset(",.;:!?…()[]—–") | {"--", "...", '"', "``", "''"}
AUXILIARIES = frozenset("had has have was were is are would could will did does do might must should".split())
QUANTIFIERS = frozenset("everyone everybody someone somebody anyone anybody nobody no-one others both all one two three several many few some none each".split())
PHRASE_PREPOSITIONS = frozenset("of above beside behind near next in at from on with across for".split())
MOTIONS = frozenset("return press read cut start fire shoot spit begin continue finish end go".split())
PARTICLES = frozenset("out up in back on off".split())
GERUND_TAKERS = frozenset("begin continue finish try attempt start end remember recall go".split())  # 'tried pushing'
MAX_APPOSITIVE = 8  # words from a subject's comma to the next: 'Ms. Yamashita, the teacher, said'
MAX_RELATIVE = 16  # the same for a clause about the speaker: 'Kirby, who was confident until then, was alarmed'
ATTEMPTS = frozenset("try attempt manage continue".split())  # 'tried to reason' is a tag ('started to cry' may be a beat)
SPEECH_PARTICLES = {"go": frozenset({"on"}), "cut": frozenset({"in", "off"})}  # the ones with which these verbs say
CARRYING = frozenset("echo ring resound reverberate boom".split())  # 'My voice echoes through the cavern': where the sound went
PARTICLE_ONLY = frozenset({"go"})  # 'she went on' is a tag, 'She went.' is an action
OBJECT_PRONOUNS = frozenset("him her them me us you everyone everybody".split())
NOT_SPEECH_OBJECTS = frozenset("nothing it that this so something anything everything goodbye".split())
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNP", "VBG", "VBN", "CD", "POS"})


@dataclass(frozen=True)
class Clause:
    """The first clause of the narration after a quote (or the last one before it)."""

    kind: str  # tag, beat, none, other
    words: tuple[Word, ...]
    subject: tuple[Word, ...] = ()
    verb: Word | None = None

    @property
    def first(self) -> Word | None:
        return self.words[0] if self.words else None


@dataclass(frozen=True)
class Quote:
    """A quotation in one paragraph: its marks, the speech's last mark, and its surroundings."""

    start: int  # the opening mark
    end: int  # after the closing mark (the paragraph's end when the speech runs on)
    closed: bool
    mark: str  # the last character of the speech before the closing mark ('' if none)
    mark_at: int
    paragraph: tuple[int, int]
    after_start: int  # the narration after the quote: [after_start, after_end)
    after_end: int
    before_start: int  # the narration before it: [before_start, start)
    following: Clause
    preceding_mark: str  # the last non-space character before the opening mark ('' at the paragraph's start)
    preceding_at: int


@lru_cache(maxsize=1)
def speech_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(speech, sounds, also-actions): every finite form of the listed verbs."""
    sections: dict[str, list[str]] = {}
    current = "speech"
    text = (SHIPPED / "english" / "speech-verbs.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            current = line.strip("[]")
        elif line:
            sections.setdefault(current, []).extend(line.split())
    sounds = set(sections.get("sounds", []))
    actions = set(sections.get("also actions", []))
    speech = set(sections.get("speech", [])) - sounds - actions
    return _forms(speech), _forms(sounds), _forms(actions)


DOUBLED_END = re.compile(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$")  # 'deadpan' -> 'deadpanned'


def _forms(lemmas_: set[str]) -> frozenset[str]:
    """Every form of the verbs, but not a second past that is another verb's own form and not the
    participle: 'lay' is the past of 'lie' (recline), not of 'lie' (tell lies): 'Killua lay down' is
    no speech tag ('he ground out' is: 'ground' is the participle of 'grind' too)."""
    forms = set()
    for lemma in lemmas_:
        found = inflections(lemma)
        if DOUBLED_END.search(lemma) and not lemmas(found.get("VBD", ("",))[0]).get("VERB"):
            forms.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"))  # a verb the inflector does not know
        for tag in ("VBD", "VBZ", "VBP", "VB", "VBG", "VBN"):  # VBN: 'Christine had sung'
            options = found.get(tag, ())
            forms.update(f for f in options if len(options) == 1 or f == lemma or f in found.get("VBN", ())
                         or f not in lemmas(f).get("VERB", ()))
        forms.add(lemma)
    return frozenset(forms)


def parse_quotes(document: Document) -> list[Quote]:
    """Every quotation of the document, in order."""
    plain = document.plain
    quotes = []
    dialogue = [s for s in document.segments if s.kind == DIALOGUE]
    for index, segment in enumerate(dialogue):
        paragraph = _paragraph_of(document, segment.start)
        closed = segment.end - segment.start > 1 and plain[segment.end - 1] in CLOSE_QUOTES + '"' + "’'"
        inner = plain[segment.start + 1:segment.end - 1 if closed else segment.end].rstrip()
        mark_at = segment.start + len(inner)
        mark = plain[mark_at] if inner and not plain[mark_at].isalnum() else ""
        if mark == "." and SPACED_ELLIPSIS.search(inner):
            mark = "…"  # '"Optimus . . ." Bee ventured': an ellipsis spaced in the old way, not a full stop
        following_start = dialogue[index + 1].start if index + 1 < len(dialogue) else paragraph[1]
        after_end = min(following_start, paragraph[1]) if closed else segment.end
        previous_end = dialogue[index - 1].end if index > 0 else paragraph[0]
        before_start = max(previous_end, paragraph[0])
        before = plain[before_start:segment.start].rstrip()
        quotes.append(Quote(
            segment.start, segment.end, closed, mark, mark_at if mark else -1, paragraph,
            segment.end, after_end, before_start,
            classify(document.words_in(segment.end, after_end), mark == ",") if closed else Clause(NONE, ()),
            before[-1] if before else "", before_start + len(before) - 1 if before else -1,
        ))
    return quotes


def _paragraph_of(document: Document, offset: int) -> tuple[int, int]:
    paragraphs = document.paragraphs
    index = bisect.bisect_right(paragraphs, (offset, float("inf"))) - 1
    if index >= 0 and paragraphs[index][0] <= offset < paragraphs[index][1]:
        return paragraphs[index]
    return offset, offset


def classify(words: list[Word], after_comma: bool) -> Clause:
    """Whether the words after a quote open with a tag, a beat, nothing or something else (after a comma, an action
    joined to a speech verb is a tag: *"Thing is," he paused and then added*)."""
    clause = _first_clause(words)
    if not clause:
        return Clause(NONE if not words else OTHER, tuple(clause))
    speech, sounds, actions = speech_lexicon()
    if len(clause) > 2 and clause[0].lower == "was" and (clause[1].lower in ("all", "what") or clause[1].lower == "the"
                                                         and clause[2].lower in ("only", "first", "last")) \
            and not any(w.norm == "?" for w in words[:len(clause) + 1]):
        return Clause(TAG, tuple(clause), (), clause[0])  # '"Jack!" was all she could say': the speech is its subject
    # said Harry / whispered the girl
    verb = clause[0]
    subject_end = _subject_end(clause, 1)
    if verb.lower in speech | sounds | actions and subject_end and verb.tag != "NNP":
        return Clause(TAG, tuple(clause), tuple(clause[1:subject_end]), verb)
    if len(clause) > 1 and clause[0].text[:1].isupper() and (clause[0].tag in ("NNP", "NN") or lexicon_tag(clause[0].lower) is None) \
            and clause[1].lower in speech and clause[1].lower.endswith("s") \
            and clause[1].text.islower() and (len(clause) == 2 or clause[2].tag in ("RB", "IN", "TO", "CC")):
        return Clause(TAG, tuple(clause), tuple(clause[:1]), clause[1])  # 'Zeke jokes': a verb, not 'Zeke' + plural noun
    start = 1 if clause[0].lower in ("then", "finally", "suddenly") else 0
    subject_end = _subject_end(clause, start)
    if subject_end is not None and subject_end + 1 < len(clause) and clause[subject_end].lower == "and":
        subject_end = _subject_end(clause, subject_end + 1) or subject_end  # 'Shinra and Arthur said'
    if subject_end is None:
        bare = _bare_noun_phrase_end(clause, start)
        if bare is None or bare >= len(clause) or clause[bare].tag not in ("VBD", "VBZ"):
            return Clause(OTHER, tuple(clause))
        subject_end = bare  # 'light shone in', 'mom said': a noun with no determiner before its verb
    described = _verb_after_relative(clause, subject_end)
    if described is not None:
        return Clause(TAG, tuple(clause), tuple(clause[start:subject_end]), described)  # 'A man who wore grey demanded.'
    i = subject_end
    while i < len(clause) and (clause[i].tag in ("RB", "RBR") or clause[i].lower.endswith("ly")
                               or lexicon_tag(clause[i].lower) == "RB" and i + 1 < len(clause)):  # 'He then/JJ stated'
        i += 1
    if i >= len(clause):
        return Clause(OTHER, tuple(clause))
    verb = auxiliary = clause[i]
    if verb.lower in AUXILIARIES and i + 1 < len(clause) and clause[i + 1].tag in ("VBN", "VBG", "VB", "VBD") \
            and "VERB" in lemmas(clause[i + 1].lower):  # 'It was grief': the tagger's VBG is a noun
        i += 1  # 'Leonard had heard': the main verb
        verb = clause[i]
    subject = tuple(clause[start:subject_end])
    after = clause[i + 1:]
    if subject and subject[0].lower in ("nobody", "none", "neither") and _finite(verb):
        return Clause(BEAT, tuple(clause), subject, verb)  # '"Hello?" Nobody answered.': no one says the words
    if verb.lower == "tell" and clause[i - 1].lower in ("could", "can", "ca"):
        return Clause(BEAT, tuple(clause), subject, clause[i - 1])  # 'She could tell her sisters wanted...': she sees it
    if after and (after[0].lower in NOT_SPEECH_OBJECTS or (after[0].lower == "to" and len(after) > 1 and after[1].tag == "VB"
                                                           and after[1].lower not in speech)):
        return Clause(BEAT if _finite(verb) else OTHER, tuple(clause), subject, verb)  # "said nothing", "began to run"
    passive = auxiliary is not verb and auxiliary.lower in BE_FORMS and verb.tag == "VBN"  # 'She was cut off by him'
    if (verb.lower in speech or verb.lower in sounds) and not (verb.tag == "VBG" and auxiliary.lower in BE_FORMS) \
            and not passive and not (_lemma(verb) in CARRYING and after and after[0].tag == "IN"):
        return Clause(TAG, tuple(clause), subject, verb)  # (not 'My voice was teasing': an ongoing action)
    if len(after) > 1 and after[0].lower == "to" and after[1].lower in speech and _lemma(verb) in ATTEMPTS:
        return Clause(TAG, tuple(clause), subject, after[1])  # 'Double D tried to reason'
    if verb.lower in actions and not passive and _only_person_or_particle(verb, after) \
            or _lemma(verb) == "point" and after and after[0].lower == "out" and _only_person_or_particle(verb, after):
        return Clause(TAG, tuple(clause), subject, verb)  # 'she called out', 'Piper pointed out'
    joined = _joined_speech_verb(after) if after_comma else None
    if joined is not None and _finite(verb):
        return Clause(TAG, tuple(clause), subject, joined)  # 'he paused and then added': the second verb says it
    if _finite(verb) or _finite(auxiliary):
        return Clause(BEAT, tuple(clause), subject, verb)  # 'Power was sounding upset': the auxiliary is finite
    return Clause(OTHER, tuple(clause))


def _verb_after_relative(clause: list[Word], end: int) -> Word | None:
    """The speech verb that ends a clause whose subject a *who* clause describes (*A woman who was wearing grey and
    looked stern corrected sharply*), or None."""
    if end >= len(clause) or clause[end].lower not in ("who", "that"):
        return None
    speech, sounds, _ = speech_lexicon()
    last = len(clause)
    while last > end and (clause[last - 1].tag in ("RB", "RBR") or clause[last - 1].lower.endswith("ly")):
        last -= 1  # 'corrected sternly'
    verb = clause[last - 1] if last - 1 > end + 2 else None
    return verb if verb is not None and (verb.lower in speech or verb.lower in sounds) and _finite(verb) \
        and last - end <= MAX_RELATIVE else None


def _joined_speech_verb(after: list[Word]) -> Word | None:
    """The speech verb joined by *and* straight after a clause's first verb (*paused and then added*, *smiled and
    said*), or None; after a longer action (*let out a sigh and continued*) it leads into the next speech."""
    speech, _, actions = speech_lexicon()
    for k, word in enumerate(after[:3]):
        if word.lower == "and":
            j = k + 1
            while j < len(after) and after[j].tag in ("RB", "RBR"):
                j += 1
            if j == len(after) or not _finite(after[j]):
                return None
            verb, rest = after[j], after[j + 1:]
            return verb if verb.lower in speech or verb.lower in actions and _only_person_or_particle(verb, rest) else None
    return None


def _first_clause(words: list[Word]) -> list[Word]:
    """The words up to the first clause break, reading past what sits inside a subject: the stop of a title
    (*Ms. Yamashita*), a comma between adjectives (*A long, dark-haired girl*), and an appositive or a clause about
    the speaker between commas (*Ms. Yamashita, the teacher, said*; *Akira, six years old, and Tadashi said*;
    *Kirby, who was sure of it, froze*)."""
    clause: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.norm == "." and clause and clause[-1].lower in ABBREVIATIONS and clause[-1].end == word.start:
            i += 1
            continue
        if word.norm == "," and clause:
            if clause[0].tag in ("DT", "PRP$") and 1 < len(clause) < 4 and all(w.tag in ("JJ", "NN") for w in clause[1:]) \
                    and i + 1 < len(words) and words[i + 1].tag == "JJ":
                i += 1
                continue
            relative = i + 1 < len(words) and words[i + 1].lower in ("who", "whose")  # 'Kirby, who was confident, was'
            reach = i + (MAX_RELATIVE if relative else MAX_APPOSITIVE)
            close = next((k for k in range(i + 1, min(reach, len(words))) if words[k].norm in CLAUSE_END), None)
            if close and close > i + 1 and words[close].norm == "," and close + 1 < len(words) and _is_subject(clause) \
                    and (relative or not any(w.tag in FINITE_TAGS for w in words[i + 1:close])):
                i = close + 1
                continue
        if word.norm in CLAUSE_END:
            break
        clause.append(word)
        i += 1
    return clause


def _is_subject(words: list[Word]) -> bool:
    """Whether the words are a whole subject: a noun phrase, or two joined by *and*."""
    end = _subject_end(words, 0)
    if end is not None and end + 1 < len(words) and words[end].lower == "and":
        end = _subject_end(words, end + 1)
    return end == len(words)


def _only_person_or_particle(verb: Word, after: list[Word]) -> bool:
    """Whether a verb of the also-actions list is a tag here: nothing follows it but adverbs, a
    particle, the person spoken to, (for verbs that are not motions) a preposition, or a phrase with an -ing verb
    ('she questioned tiredly, wondering why'; after a verb that takes one as its object only after an adverb), or *and*
    with a clause of its own."""
    adverb = False
    if after and after[0].lower == "again" or len(after) > 1 and (after[0].lower, after[1].lower) == ("once", "more"):
        return True  # '"Sara?" she tried again': said again
    for k, word in enumerate(after):
        if word.lower == "and":
            rest = [w for w in after[k + 1:] if w.tag not in ("RB", "RBR")]
            return bool(rest) and rest[0].tag in ("PRP", "NNP", "DT", "PRP$") and rest[0].lower not in OBJECT_PRONOUNS
            # '"9S," a voice called and slowly he opened his eyes': the calling is done; a new clause follows
        if word.lower in PARTICLES:
            if word.lower not in SPEECH_PARTICLES.get(_lemma(verb), PARTICLES):
                return False  # 'A light went off', 'they went out' (not 'he went on', 'she cut in')
            onward = after[k + 1] if k + 1 < len(after) else None
            return not (_lemma(verb) in PARTICLE_ONLY and onward is not None and onward.tag in ("IN", "TO", "DT"))
            # 'went on', 'read off the list', 'cut in' (not 'They went out to the yard': a motion)
        if _lemma(verb) in PARTICLE_ONLY:
            return False
        if word.tag == "RP" and k + 1 < len(after) and after[k + 1].tag in ("DT", "PRP$"):
            return _lemma(verb) not in MOTIONS  # 'called over his shoulder': a preposition and its object
        if word.tag in ("RB", "RP") or word.lower in OBJECT_PRONOUNS or word.tag == "NNP" or word.lower.endswith("ly"):
            adverb = adverb or word.tag == "RB" or word.lower.endswith("ly")
            continue
        if word.tag == "VBG" and (adverb or _lemma(verb) not in GERUND_TAKERS):
            return True  # 'Ted questioned leaning on the can' (but 'she tried pushing the door')
        return word.tag in ("IN", "TO") and word.lower != "to" and _lemma(verb) not in MOTIONS
    return _lemma(verb) not in PARTICLE_ONLY


def _lemma(word: Word) -> str:
    found = lemmas(word.lower).get("VERB", ())
    return found[0] if found else word.lower


def _finite(word: Word) -> bool:
    """A verb form that can head a clause: *sat*, *turns*, *could*."""
    if word.tag in FINITE_TAGS:
        return True
    forms = lemmas(word.lower).get("VERB", ())
    return any(word.lower in inflections(lemma).get(tag, ()) for lemma in forms for tag in ("VBD", "VBZ"))


def _subject_end(words: list[Word], i: int) -> int | None:
    """The index after a subject that starts at words[i]: a noun phrase with up to two
    prepositional phrases after it (*one of the voices above me*)."""
    end = _noun_phrase_end(words, i, SUBJECT_PRONOUNS)
    if end is None or words[i].lower in SUBJECT_PRONOUNS:
        return end
    for _ in range(2):
        if end + 1 < len(words) and words[end].tag == "IN" and words[end].lower in PHRASE_PREPOSITIONS:
            inner = _noun_phrase_end(words, end + 1, OBJECT_PRONOUNS) or _bare_noun_phrase_end(words, end + 1)
            if inner:
                end = inner
                continue
        break
    return end


def _bare_noun_phrase_end(words: list[Word], i: int) -> int | None:
    """The index after a noun phrase with no determiner, adjectives then nouns (*brown pointed hair*)."""
    j = i
    while j < len(words) and words[j].tag in ("JJ", "VBN", "NN", "NNS") and words[j].text.islower():
        j += 1
    if j > i + 1 and words[j - 1].tag == "VBN":
        j -= 1  # 'sharp claws pressed against': the participle after the noun is its verb
    return j if j > i and words[j - 1].tag in ("NN", "NNS") else None


def _noun_phrase_end(words: list[Word], i: int, pronouns: frozenset[str]) -> int | None:
    """The index after a noun phrase at words[i]: a pronoun, a name, *the girl*, *the other*, *one*."""
    if i >= len(words):
        return None
    first = words[i]
    if first.lower in pronouns and first.tag in ("PRP", "NN", "NNP"):
        return i + 1
    if first.lower in QUANTIFIERS:
        noun = i + 1 < len(words) and words[i + 1].tag in ("NN", "NNS") and words[i + 1].text.islower()
        return i + 2 if noun else i + 1  # 'One woman says', 'Both guards shouted'
    j = i
    if first.tag in ("DT", "PRP$") or first.lower in ("his", "her", "their", "my", "your", "our", "its"):
        j += 1
        while j < len(words) and (words[j].tag in MODIFIER_TAGS or words[j].lower == "and" and words[j - 1].tag == "JJ"
                                  and j + 1 < len(words) and words[j + 1].tag == "JJ"):  # 'A humorous and curious voice'
            j += 1
        if j < len(words) and words[j].tag in ("NNS", "NNPS"):
            j += 1
        if j > i + 2 and words[j - 1].tag in ("VBN", "VBG") and words[j - 2].tag in NOUN_TAGS \
                and (j == len(words) or words[j].tag == "RB"):
            j -= 1  # '"..." The ninth grader interrupted.': a participle ending the clause after the noun is its verb
        return j if j > i + 1 and words[j - 1].tag in NOUN_TAGS | {"JJ", "JJR", "JJS", "CD"} else None  # 'the tallest of them'
    while j < len(words) and (words[j].tag in ("NNP", "NNPS") or words[j].text[:1].isupper() and (
            words[j].tag in NOUN_TAGS or words[j].text.isalpha() and lexicon_tag(words[j].text) is None
            or words[j].tag == "CD" and words[j].text.isalpha())):  # 'Four said': a character named by a number
        j += 1
        if j < len(words) and words[j].norm == "'s" and j + 1 < len(words) and words[j + 1].tag in NOUN_TAGS:
            j += 2  # Ron's mother
    return j if j > i else None
