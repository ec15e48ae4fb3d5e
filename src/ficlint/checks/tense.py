"""Tense: a present-tense verb slipping into narration told in the past (*as he slides down*).

Only narration counts: dialogue, author's notes, headings and italic or ~tilde~ thoughts
are left alone. A document is taken as past-tense when its narration says *he walked*
far more often than *he walks*, or (unless an *I* tells it) when the tagger reads at least three of its
finite verbs as past for every two it reads as present: a story that slips often; in a present-tense story only verbs joined by *and* that slip
into the past are flagged (*She walks to the door and opened it*).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ficlint.checks import Rule
from ficlint.analysis import FUNCTION_TAGS, inflections, lemmas, lexicon_tag
from ficlint.checks.spelling import english, match_case, story_names
from ficlint.document import NARRATION
from ficlint.finding import Edit, Fix

NAME = "tense"
PERFECT_SHIFT = Rule(
    "TN002", "present-perfect-in-past", NAME, "*Has* or *have* with a participle in narration told in the past: *he has been*.",
    "In a story told in the past, what happened before it is told with *had*: *he had been*.",
    "Obi-Wan has been his Padawan for a year.  ->  Obi-Wan had been his Padawan for a year.", "always (unsafe)",
)
TENSE_SHIFT = Rule(
    "TN001", "tense-shift", NAME, "A present-tense verb in narration told in the past tense.",
    "Slipping between past and present is one of the commonest slips in fan fiction; readers feel the jolt.",
    "He hit the ground as he slides down the wall.  ->  as he slid down the wall", "sometimes (unsafe)",
)
ADVERB = r"(?:(?:[a-z]+ly|just|then|only|still|also|even|never|always|simply|suddenly)[ \t]+)?"
PRONOUN_VERB = re.compile(rf"\b(?:[Hh]e|[Ss]he)[ \t]+{ADVERB}(?P<verb>[a-z]+)\b")
IT_VERB = re.compile(rf"\b(?:[Ii]t|[Tt]his)[ \t]+{ADVERB}(?P<verb>[a-z]+)\b")
THERE_VERB = re.compile(rf"\b[Tt]here[ \t]+{ADVERB}(?P<verb>is|are|seems|remains)\b")  # not 'there heads' (their)
NO_ONE = (IT_VERB, THERE_VERB)  # subjects that are no character: their slips do not tell the story's tense
SIMILE = re.compile(r"\b(?:the way|like an?|as an?)\b[^.!?\n]*\Z")  # 'the way ice does before it breaks': any time
PLURAL_VERB = re.compile(
    r"\b(?:[Tt]hey|(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:eyes|hands|lips|fingers|arms|legs|shoulders|cheeks|knees|feet|brows|eyebrows|tears|fists|eyelids))"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]+)\b")
NAME_VERB = re.compile(rf"\b(?P<name>[A-Z][a-z]+)[ \t]+{ADVERB}(?P<verb>[a-z]+)\b")
AND_AFTER_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|stood|sat|went|came|ran|took|got|made|said|rose|knelt|fell|left)[ \t]+and[ \t]+(?P<verb>[a-z]+s)"
    r"(?=[ \t]+(?:to|at|the|his|her|their|into|back|away|out|over|toward|towards|down|up|off|on|in|around|across|"
    r"through|a|an|him|them|it)\b)")
PERCEIVED = re.compile(r"\b(?:felt|feel|feels|saw|see|sees|watched|watch|watches|heard|hear|hears|noticed|notice|let|"
                       r"lets|made|make|makes|helped|help|helps|suggested|insisted|demanded|proposed)[ \t]+\Z")
# 'felt her fingers clench', 'suggested they meet': no tense of its own
MUSING = re.compile(r"\b(?:[Mm]aybe|[Pp]erhaps)\b[^.!?\n]*\Z")  # 'Maybe she is part of the family': the character's thought
INVERTED = re.compile(r"\b(?:did|does|do|could|would|should|can|will|had|has|have|may|might|must)[ \t]+\Z",
                      re.IGNORECASE)  # 'Little did they know': the verb after an inverted auxiliary is its plain form
AND_ADVERB_VERB = re.compile(r"\band[ \t]+[a-z]+ly[ \t]+(?P<verb>[a-z]+)\b")
THOUGHT = re.compile(r"~[^~\n]+~|\*[^*\n]+\*|_[^_\n]+_"
                     r"|(?<![\w'’])['‘](?=[A-Za-z])[^\n]{1,200}?['’](?![\w'’])")  # and words in single quotes: 'I knew it'
ASKED_ONESELF = re.compile(r"\b(?:wondered|thought|asked (?:himself|herself|themselves|myself))[,:][ \t]+([A-Z][^.!?\n\"“”]*\?)")
EXCLAIMED_THOUGHT = re.compile(r"(?:^|(?<=[.!?…][ \t])|(?<=[.!?…][\"”][ \t]))((?:Good|Great|Okay|OK|Alright|All right|Well|Oh|"
                               r"Oh no|Oh god|Oh God|Ugh|Damn|Crap|Shit|Fine|Perfect|Wow|Right|Of course)[,!][^.!?\n\"“”]*[.!?])",
                               re.MULTILINE)
SECOND_PERSON = frozenset("you your yours yourself".split())  # in narration told about 'he' and 'she': a voice speaking
PAST_MAJORITY = 4  # past-tense uses per present-tense use before a story counts as told in the past
MIN_PAST = 5
TAGGED_PAST = 10
MODALS = {"can": "could", "will": "would", "shall": "should"}  # not 'may': 'he may not be able to' reads as his own thought
SPECIAL = {"is": "was", "has": "had", "does": "did", "goes": "went", "says": "said", **MODALS}
PLURAL_SPECIAL = {"are": "were", **MODALS}
UNCHANGED = {"say", "let", "set", "put", "hit", "cut", "shut", "hurt", "cast", "cost", "burst", "beat", "read", "split",
             "spread", "thrust", "slit", "quit", "bid", "fit", "knit", "wet", "rid", "spit", "have", "do"}  # 'as they say'; pasts that look like presents; auxiliaries
NOT_VERBS = set("""
open clear free dry wet empty calm still steady blank dim warm cool narrow low wide slack loose tight limp numb idle
level bare thin stiff sore raw round black blue brown gold green grey gray red white yellow pink purple silver dark pale like out up
down off over back near past under after forward home inside outside all both each too alone together apart never
even only just with without at on in into onto from to of for by behind beside above below across through toward towards
while when as because since until unless though although whereas and but or so than that which who
""".split())  # words after 'his eyes' that describe rather than act: 'his eyes open', 'her arms round him'
KNOWING = {"know", "think", "remember", "guess", "suppose", "mean", "wonder", "believe", "hope", "wish", "admit",
           "swear", "promise", "bet", "need", "want", "see", "understand", "love", "hate", "like", "doubt", "miss"}
IRREGULAR = dict(pair.split(":") for pair in """
arise:arose awake:awoke bear:bore beat:beat become:became begin:began bend:bent bite:bit bleed:bled
blow:blew break:broke bring:brought build:built burn:burnt buy:bought catch:caught choose:chose
cling:clung come:came creep:crept cut:cut deal:dealt dig:dug draw:drew dream:dreamt drink:drank
drive:drove eat:ate fall:fell feed:fed feel:felt fight:fought find:found flee:fled fling:flung fly:flew
forget:forgot forgive:forgave freeze:froze get:got give:gave grind:ground grow:grew hang:hung hear:heard
hide:hid hit:hit hold:held hurt:hurt keep:kept kneel:knelt know:knew lay:laid lead:led lean:leant
leap:leapt leave:left lend:lent let:let lie:lay light:lit lose:lost make:made mean:meant meet:met
pay:paid put:put quit:quit read:read ride:rode ring:rang rise:rose run:ran see:saw seek:sought sell:sold
send:sent set:set shake:shook shine:shone shoot:shot shrink:shrank shut:shut sing:sang sink:sank sit:sat
slay:slew sleep:slept slide:slid sling:slung slit:slit speak:spoke speed:sped spend:spent spin:spun
spit:spat split:split spread:spread spring:sprang stand:stood steal:stole stick:stuck sting:stung
stink:stank stride:strode strike:struck string:strung strive:strove swear:swore sweep:swept swim:swam
swing:swung take:took teach:taught tear:tore tell:told think:thought throw:threw thrust:thrust
tread:trod understand:understood wake:woke wear:wore weave:wove weep:wept win:won wind:wound
wring:wrung write:wrote
""".split())
IRREGULAR_PASTS = set(IRREGULAR.values()) | {"was", "were", "had", "did", "went", "said", "could", "would"}


def past_of_present(word: str) -> str | None:
    """The past form of a third-person present verb (slides -> slid, watches -> watched), else None."""
    if word in SPECIAL:
        return SPECIAL[word]
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return None
    stems = [word[:-1]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    elif word.endswith("es"):
        stems.append(word[:-2])
    return next((past for past in map(past_of_base, stems) if past), None)


def past_of_base(stem: str) -> str | None:
    """The past form of a verb's base form (capture -> captured, widen -> widened), else None."""
    if stem in IRREGULAR:
        return IRREGULAR[stem]
    for past in (stem[:-1] + "ied" if stem.endswith("y") else "", stem + "d" if stem.endswith("e") else "",
                 stem + "ed", stem + stem[-1] + "ed"):
        if past and english().known([past]) and english().known([stem]):
            return past
    return None


def past_of_plural(word: str) -> str | None:
    """The past form of a verb after a plural subject (their eyes widen -> widened), else None."""
    if word in PLURAL_SPECIAL:
        return PLURAL_SPECIAL[word]
    if word in UNCHANGED or word in NOT_VERBS or is_past(word) or word.endswith(("ing", "s")) or len(word) < 3 \
            or lexicon_tag(word) in FUNCTION_TAGS or lexicon_tag(word) == "JJ":
        return None  # 'her eyes she saw': a pronoun, not a verb; 'his eyes sharp with anger': an adjective
    return past_of_base(word)


SAYING = re.compile(r"[ \t]+(?:said|thought|believed|known|told)\b")  # 'It is said that'
SENTENCE_REACH = 400  # characters either side of a word that hold its sentence (a slice, not the whole text)


def exclaimed(plain: str, match: re.Match) -> bool:
    """Whether the sentence around an *it*, *there* or *this* is the character's own cry or question (*This can't be
    happening!*, *It can't be.*), a saying (*It is said that*), a simile (*the way ice does before it breaks*) or a clause
    about the noun before it (*a bird it has not yet eaten*), not the narrator's present."""
    before = re.search(r"[^.!?\n]*\Z", plain[max(0, match.start() - SENTENCE_REACH):match.start()]).group()
    after = re.match(r"[^.!?\n]*[.!?]?", plain[match.start():match.start() + SENTENCE_REACH]).group()
    previous = before.split()[-1:]
    return after.endswith(("!", "?")) or len((before + after).split()) <= 4 or SIMILE.search(before) \
        or bool(previous) and lexicon_tag(previous[0].lower()) in ("NN", "NNS") \
        or SAYING.match(plain, match.end()) is not None


def thought_spans(text: str) -> list[tuple[int, int]]:
    """The italic, ~tilde~ or single-quoted thoughts of a text, an unmarked question a character asks herself
    (*she wondered, What does he want?*) and an unmarked thought that opens with a cry (*Good, he's here.*,
    *Great, now she's late.*), as (start, end), in order (each within one line)."""
    spans = [match.span() for match in THOUGHT.finditer(text)]
    unmarked = [match.span(1) for match in (*ASKED_ONESELF.finditer(text), *EXCLAIMED_THOUGHT.finditer(text))
                if not inside(spans, match.start(1))]
    return sorted(spans + unmarked)


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether offset falls inside one of the ordered, non-overlapping spans."""
    index = bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def person_names(project) -> frozenset[str]:
    """The glossary's names of people, and the capitalised words a story uses often that English lacks."""
    vocabulary = project.vocabulary
    people = {spelling for term in vocabulary.terms if term.kind == "name" for spelling in term.spellings if " " not in spelling}
    coined = {name for name in story_names(project) if name.lower() not in vocabulary.names}  # original characters
    return frozenset(people | coined)


def is_past(word: str) -> bool:
    return word in IRREGULAR_PASTS or (word.endswith("ed") and english().known([word]))


class TenseCheck:
    """TN001: present-tense verbs in past-tense narration."""

    name = NAME
    rules = [TENSE_SHIFT, PERFECT_SHIFT]

    def check(self, document, project):
        names = project.remember("tense.names", lambda: person_names(project))
        plain = document.plain
        thoughts = thought_spans(document.text)
        said_i = narration_i(document, thoughts)
        narrator_i, reader_insert = len(said_i) >= 3, second_person_pasts(document, thoughts)
        if not narrator_i and reader_insert < MIN_PAST:
            thoughts = with_monologues(document, thoughts, said_i)
        patterns = (PRONOUN_VERB, IT_VERB, THERE_VERB, AND_ADVERB_VERB, PLURAL_VERB, NAME_VERB, AND_AFTER_PAST)
        uses = [m for pattern in patterns for m in pattern.finditer(plain)
                if document.kind_at(m.start("verb")) == NARRATION and not inside(thoughts, m.start())
                and (m.re is not NAME_VERB or m.group("name") in names)
                and (m.re not in NO_ONE or not exclaimed(plain, m))
                and not PERCEIVED.search(plain, max(0, m.start() - 12), m.start())
                and not MUSING.search(plain, max(0, m.start() - 80), m.start())
                and not INVERTED.search(plain, max(0, m.start() - 10), m.start())]
        past = sum(1 for m in uses if m.re is PRONOUN_VERB and is_past(m.group("verb"))) + reader_insert
        forms = ((m, (past_of_plural if m.re is PLURAL_VERB else past_of_present)(m.group("verb"))) for m in uses)
        present = [(m, form) for m, form in forms if form]
        told = sum(1 for m, _ in present if m.re not in NO_ONE)  # 'it is', 'there is' slip but do not tell the frame
        if told >= MIN_PAST and told >= PAST_MAJORITY * past:
            yield from past_slips(document, thoughts, names)  # a story told in the present: 'He looks up and smiled'
            return
        slips_often = past < MIN_PAST or past < PAST_MAJORITY * told
        if slips_often and (narrator_i or not told_in_past(document, thoughts)):
            return
        if narrator_i:  # 'I' tells it from the present: 'all he can remember is'
            present = [(m, form) for m, form in present if m.group("verb") not in MODALS]
        else:
            yield from perfect_shifts(document, thoughts)
        if slips_often:  # a story that slips often: one character's slips, not an aside about a kind ('They blend in')
            present = [(m, form) for m, form in present if m.re is not PLURAL_VERB]
        found = [(match.start("verb"), match.end("verb"), match.group("verb"), (form,)) for match, form in present]
        seen = {start for start, *_ in found}
        found += [(start, end, verb, (form,)) for start, end, verb, form in noun_subject_shifts(document, thoughts)
                  if start not in seen and not (slips_often and not verb.lower().endswith("s"))]
        found += [shift for shift in contracted_shifts(document, thoughts, names)
                  if not (narrator_i and (shift[2].lower().endswith(("can't", "won't"))
                                          or any(past.endswith("'d") for past in shift[3])))]  # 'He's come a long way'
        if found and reader_insert < MIN_PAST:
            addressed = [(s.start, s.end) for s in document.sentences if any(
                w.lower in SECOND_PERSON and document.kind_at(w.start) == NARRATION for w in s.words)]
            found = [slip for slip in found if not inside(addressed, slip[0])]  # 'he makes you happy': her inner voice
        for start, end, verb, pasts in sorted(found):
            forms = [match_case(one, verb) for one in pasts]
            shown = "' or '".join(forms)
            yield TENSE_SHIFT.finding(
                document, start, end, f"'{verb}' is present tense in a story told in the past: '{shown}'?",
                forms, Fix(False, (Edit(start, end, forms[0]),)),
            )


PRESENT_AND_PAST = re.compile(
    r"\b(?P<subject>[Hh]e|[Ss]he|[A-Z][a-z]+)[ \t]+(?:[a-z]+ly[ \t]+)?(?P<first>[a-z]+s)\b(?P<between>[^.!?;:\"“”\n]{0,60}?)"
    r"[ \t]and[ \t]+(?:[a-z]+ly[ \t]+|then[ \t]+)?(?P<verb>[a-z]+ed)\b")
OWN_CLAUSE = re.compile(r"\b(?:that|who|which|he|she|they|I|we|you|it|because|when|if|what|how|why|where|as|since|after|"
                        r"before|while|until|though|although)\b")  # the past verb may be another subject's


def past_slips(document, thoughts, names):
    """TN001 in a story told in the present: one subject's verbs joined by 'and' where the second
    slips into the past ('She walks to the door and opened it')."""
    for match in PRESENT_AND_PAST.finditer(document.plain):
        first, verb = match.group("first"), match.group("verb")
        if document.kind_at(match.start("verb")) != NARRATION or inside(thoughts, match.start("verb")) \
                or not past_of_present(first) or not english().known([verb]) or OWN_CLAUSE.search(match.group("between")) \
                or match.group("subject").lower() not in ("he", "she") and match.group("subject") not in names:
            continue
        last = re.search(r"([a-z-]+)[ \t]*\Z", match.group("between"))
        if last and (last.group(1).endswith("ed") or lexicon_tag(last.group(1)) == "JJ"):
            continue  # 'he says, sleep-riddled and confused': two words that describe him, no second verb
        after = re.match(r"[ \t]+([a-z]+)", document.plain[match.end("verb"):match.end("verb") + 30])
        if after and lexicon_tag(after.group(1)) in ("NN", "NNS"):
            continue  # 'the hurt and pained expression': an adjective
        lemma = (lemmas(verb).get("VERB") or ("",))[0]
        present = (inflections(lemma).get("VBZ") or ("",))[0] if lemma and lemma != verb else ""
        if present:
            start, end = match.span("verb")
            yield TENSE_SHIFT.finding(
                document, start, end, f"'{verb}' is past tense in a story told in the present: '{present}'?",
                [present], Fix(False, (Edit(start, end, present),)))


def told_in_past(document, thoughts) -> bool:
    """Whether the narration's finite verbs, as the tagger reads them, are past at least 1.5 times as often as present."""
    past, present = finite_tenses(document, thoughts, document.words)
    return past >= TAGGED_PAST and 2 * past >= 3 * present


def finite_tenses(document, thoughts, words) -> tuple[int, int]:
    """How many of the words are finite verbs in the past and in the present, in narration outside thoughts."""
    past = present = 0
    for word in words:
        if word.tag in ("VBD", "VBZ", "VBP") and document.kind_at(word.start) == NARRATION and not inside(thoughts, word.start):
            past += word.tag == "VBD"
            present += word.tag != "VBD"
    return past, present


def narration_i(document, thoughts) -> list[int]:
    """Where the narration says 'I' (outside thoughts). Three times or more: a narrator 'I' tells the
    story, and may speak from the present about the past ('My mother misses him', 'he has been late')."""
    return [word.start for word in document.words if word.text == "I" and document.kind_at(word.start) == NARRATION
            and not inside(thoughts, word.start)]


def with_monologues(document, thoughts: list[tuple[int, int]], said_i: list[int]) -> list[tuple[int, int]]:
    """The thoughts, and every paragraph where a character says 'I' (at `said_i`) in the narration of a
    story told about 'he' and 'she': an unmarked inner monologue ('I can't believe him. All he can remember is...')."""
    monologues = [(start, end) for start, end in document.paragraphs if any(start <= at < end for at in said_i)]
    kept = [span for span in thoughts if not any(start <= span[0] < end for start, end in monologues)]
    return sorted(kept + monologues)


def second_person_pasts(document, thoughts) -> int:
    """How often the narration says 'you turned': a reader-insert story told in the past."""
    return sum(1 for sentence in document.sentences for before, verb in zip(sentence.words, sentence.words[1:])
               if before.lower == "you" and verb.tag == "VBD" and document.kind_at(verb.start) == NARRATION
               and not inside(thoughts, verb.start))


def noun_subject_shifts(document, thoughts):
    """(start, end, verb, past) for a present verb after a noun subject in narration: 'the door opens',
    'her phone rings', 'everyone stares' (the tagger tells the verb from the noun)."""
    for sentence in document.sentences:
        words = sentence.words
        for i in range(1, len(words)):
            verb = words[i]
            if verb.tag not in ("VBZ", "VBP") or not verb.text.isalpha() or not verb.text.islower():
                continue
            if document.kind_at(verb.start) != NARRATION or inside(thoughts, verb.start):
                continue
            j = i - 1
            while j > 0 and words[j].tag == "RB" and words[j].lower.endswith("ly"):
                j -= 1
            subject = words[j]
            if subject.lower == "you" and verb.tag == "VBP" and (j == 0 or not words[j - 1].is_word()
                                                                             or words[j - 1].tag == "CC"):
                form = past_of_plural(verb.lower) if verb.lower not in KNOWING else None
                if form:
                    yield verb.start, verb.end, verb.text, form
                continue
            if subject.tag not in ("NN", "NNS") or not subject.text.islower() \
                    or lexicon_tag(subject.lower) not in (None, "NN", "NNS"):
                continue  # 'final reluctant nods': an adjective the tagger took for the noun
            k = j - 1
            while k > 0 and words[k].tag == "JJ":
                k -= 1
            if k < 0 or words[k].tag not in ("DT", "PRP$", "POS") or k and words[k - 1].is_word() and not (
                    words[k - 1].tag == "CC" or words[k - 1].lower in ("when", "while", "as", "until", "before", "after")):
                continue  # the subject of a clause: 'The door opens', ', and her phone rings' (not 'in equal parts fear')
            form = past_of_present(verb.lower) if verb.tag == "VBZ" else past_of_plural(verb.lower)
            if verb.lower in ("is", "are", "has", "have"):
                form = {"is": "was", "are": "were", "has": "had", "have": "had"}[verb.lower]
            if form and (verb.tag == "VBZ") == (subject.tag == "NN"):
                yield verb.start, verb.end, verb.text, form


NEGATIVE_PASTS = {"is": "wasn't", "does": "didn't", "has": "hadn't", "ca": "couldn't", "wo": "wouldn't"}
STILL = frozenset("now still not already always never just really also even only finally".split())


def contracted_shifts(document, thoughts, names):
    """(start, end, text, pasts) for a contracted present after *he*, *she* or a character's name in
    narration: 'He's tired' (was), 'she's been' ('d), 'he isn't giving up' (wasn't), 'Daryl's now'.
    A name's 's is a possessive unless an adverb, *been* or an -ing form follows it ('Daryl's hand')."""
    for sentence in document.sentences:
        words = sentence.words
        for i, subject in enumerate(words[:-2]):
            verb, following = words[i + 1], words[i + 2]
            if subject.lower not in ("he", "she") and subject.text not in names:
                continue
            if document.kind_at(verb.start) != NARRATION or inside(thoughts, verb.start):
                continue
            if verb.lower == "'s" and verb.start == subject.end:
                if subject.lower not in ("he", "she") and not (following.lower in STILL or following.lower == "been" or (
                        following.tag == "VBG" and (i + 3 == len(words) or words[i + 3].tag not in ("NN", "NNS", "JJ")))):
                    continue  # 'Daryl's hand', 'Yachiru's sleeping face', 'Steve's piercing blue eyes': a possessive
                pasts = ("'d",) if following.lower == "been" else (" was", "'d") if following.tag == "VBN" else (" was",)
                start, end = subject.start, verb.end
            elif verb.lower in NEGATIVE_PASTS and following.lower == "n't" and following.start == verb.end:
                pasts, start, end = (" " + NEGATIVE_PASTS[verb.lower],), subject.start, following.end
            else:
                continue
            yield start, end, document.text[start:end], tuple(subject.text + past for past in pasts)


def perfect_shifts(document, thoughts):
    """TN002: a subject, then *has* or *have* and a participle, in past-tense narration."""
    for sentence in document.sentences:
        words = sentence.words
        for i, word in enumerate(words[1:-1], 1):
            if word.lower not in ("has", "have") or document.kind_at(word.start) != NARRATION or inside(thoughts, word.start):
                continue
            subject, after = words[i - 1], i + 1
            while after < len(words) - 1 and words[after].tag == "RB" and words[after].lower not in ("not", "n't", "now"):
                after += 1  # 'his dad has already gone'
            following = words[after]
            if subject.tag not in ("PRP", "NNP", "NN", "NNS") or subject.lower in ("you", "i", "we") or following.tag != "VBN":
                continue
            if i > 1 and (words[i - 2].tag in ("MD", "WDT", "WP", "IN") or words[i - 2].tag.startswith("VB")
                          or words[i - 2].lower in ("that", "who", "which")):
                continue  # 'may have', 'that he has seen', 'said she has seen'
            if any(w.lower in ("now", "finally", "ever") for w in words[:i]):
                continue  # 'Now, they have been found': the narrator's own present
            fixed = match_case("had", word.text)
            yield PERFECT_SHIFT.finding(document, word.start, word.end, f"'{word.text} {following.text}' in a story told in the past: '{fixed}'?",
                                        [fixed], Fix(False, (Edit(word.start, word.end, fixed),)))
