"""Punctuation that needs word classes or the dialogue model, where a pattern cannot say it.

The shapes a rule pack can match are in `rules/english/punctuation.yaml`; this check reads
`Document.segments` (which quote opens and which closes), `Document.quotes` (the tag after
speech) and `Document.sentences` (tagged words), and pyspellchecker's word frequencies for
compounds written in two words.
"""

from __future__ import annotations

import bisect
import re

from ficlint.analysis import MODALS, QUOTES, is_participle_only, lemmas, lexicon_tag, verb_forms
from ficlint.checks import Rule
from ficlint.checks.forms import DO_FORMS
from ficlint.checks.spelling import is_common_word
from ficlint.checks.syntax import OPENERS, PARTICLES, _clause_boundary, _describing_clause, _main_clause_after_comma, _right_clause
from ficlint.document import DIALOGUE, NARRATION
from ficlint.finding import Edit, Fix
from ficlint.speech import FINITE_TAGS, TAG, _lemma, _subject_end

NAME = "punctuation"
UNSAFE_FIX = "always, but unsafe: check it (--unsafe-fixes applies it)"


def _rule(code: str, name: str, summary: str, why: str, example: str) -> Rule:
    """A code of this check: every fix adds or moves a mark, so every fix is unsafe."""
    return Rule(code, name, NAME, summary, why, example, UNSAFE_FIX)


QUOTE_SPACE = _rule(
    "PU101", "space-inside-quotes", "A space just inside a quote mark: '\" Hello\"', '\"Hello! \"'.",
    "Quote marks hug the words they enclose; a space inside them leaves a mark hanging at a line break.",
    '" Hello," she said.  ->  "Hello," she said.')
MIXED_QUOTES = _rule(
    "PU102", "mixed-quote-marks", "A quote opened with a curly mark and closed with a straight one, or the reverse.",
    "One quotation, one style of marks; a straight mark among curly ones shows the text was patched.",
    '“Hello," she said.  ->  “Hello,” she said.')
TAG_PHRASE = _rule(
    "PU103", "comma-after-tag", "A dialogue tag running into the phrase after it: 'she said rushing around', 'said Ted smiling', 'he said his voice low'.",
    "The phrase describes the speaker, not what was said; without the comma it reads as the words spoken.",
    '"Pirates," she said rushing to the door.  ->  she said, rushing to the door.')
SPLIT_COMPOUND = _rule(
    "PU104", "split-compound-noun", "A noun written as two nouns where English writes one word: 'the battle field', 'a spot light'.",
    "The dictionary has the compound as one word; in two it reads as a slip.",
    "A spot light turned on.  ->  A spotlight turned on.")
COMPOUND_ADJECTIVE = _rule(
    "PU105", "compound-adjective-hyphen", "Two words that act as one adjective before a noun: 'a delicious looking cake', "
    "'wide eyed stares', 'a third generation ship'.",
    "Without the hyphen the first word seems to describe the noun on its own: a delicious cake, a third ship.",
    "a delicious looking cake  ->  a delicious-looking cake")
OPENING_PHRASE = _rule(
    "PU106", "comma-after-opening-participle", "An opening participle phrase running into the clause: 'Arriving late he sat down'.",
    "The comma shows where the phrase ends and the sentence's subject begins.",
    "Arriving twenty minutes late he sat down.  ->  Arriving twenty minutes late, he sat down.")
QUESTION = _rule(
    "PU107", "question-ends-with-full-stop", "A question by its word order that ends with a full stop: "
    "'\"Are you okay.\"', 'Why would you do that.'",
    "The order of the words asks (*are you*, *why would you*); the mark at the end must ask too.",
    '"Why would you do that."  ->  "Why would you do that?"')
UNENDED_PARAGRAPH = _rule(
    "PU108", "paragraph-without-end-mark", "A paragraph of narration whose last sentence has no full stop: 'He walked away'.",
    "Every sentence ends with a mark, the last one of a paragraph too; without it the text looks cut off.",
    "He walked away  ->  He walked away.")

RUN_ON = _rule(
    "PU109", "missing-full-stop", "A sentence that runs into the next with no full stop: 'She looked at the clock It was late'.",
    "A capital *He*, *She* or *It* with its verb starts a new sentence; the one before it needs its mark.",
    "She looked at the clock It was late.  ->  She looked at the clock. It was late.")
WHO_AFTER_NAME = _rule(
    "PU110", "comma-before-who-after-name", "A *who* clause after a person's name, or after *his father* or *my mom*, with no "
    "comma: 'he turned to Morgan who sat back', 'she called her mother who came at once'.",
    "A name (or a parent someone has only one of) already says which person; the *who* clause adds to it, so a comma sets it off.",
    "He turned to Morgan who sat back.  ->  He turned to Morgan, who sat back.")
WHICH_AFTER_CLAUSE = _rule(
    "PU112", "comma-before-which-on-clause", "A *which* clause about the whole clause before it, with no comma: "
    "'he ran upstairs which took a while', 'she hugged him which surprised him'.",
    "After an adverb or a pronoun, *which* can only mean what just happened; the comma shows it comments on all of it.",
    "She hugged him which surprised him.  ->  She hugged him, which surprised him.")
RESULT_PHRASE = _rule(
    "PU111", "comma-before-result-participle", "A participle telling what an action caused, run on with no comma: "
    "'he slammed the door causing the glass to shake'.",
    "The phrase tells what the whole action led to, not which door; without the comma it reads as describing the noun.",
    "He slammed the door causing the glass to shake.  ->  He slammed the door, causing the glass to shake.")
SEMICOLON = _rule(
    "PU113", "semicolon-without-sentence", "A semicolon with no sentence on one side: 'she reached for another balloon; hoping "
    "to find the biggest', 'one spot was open; the seat by the door'.",
    "A semicolon joins two sentences. Before a phrase the mark is a comma, or a colon before what the sentence introduces.",
    "He grabbed the rope; hoping it would hold.  ->  He grabbed the rope, hoping it would hold.")
SUBJECT_COMMA = _rule(
    "PU114", "comma-between-subject-and-verb", "A comma between a sentence's subject and its verb: 'The day that he died, "
    "was the day', 'All that was left, was to go home', 'A girl of only twelve, hummed to herself'.",
    "A subject, however long, runs straight into its verb; a single comma between them splits the sentence in two.",
    "All that was left, was to go home.  ->  All that was left was to go home.")

STRAIGHT, OPENING, CLOSING = '"', "“", "”"
NEW_SUBJECTS = frozenset("He She They We It You There".split())
AUXILIARIES = frozenset("do does did is are was were am can could will would shall should may might must have has had "
                        "'re 's".split())
WH_WORDS = frozenset("what where when why who how which whose".split())
AFTER_SPEECH = re.compile(r"[.!?,…-][\"”’'][ \t]*\Z")  # a capital straight after speech is its tag's or beat's
QUESTION_SUBJECTS = frozenset("i you he she it we they there that this anyone someone everyone anybody somebody "
                              "everybody".split())
# A participle that ends a compound adjective after an adjective: *strange-sounding*, *sweet-smelling*.
LINKING_PARTICIPLES = frozenset("looking sounding smelling tasting seeming".split())
# Nouns made adjectives with -ed, which never stand alone before a noun: *wide-eyed*, *long-haired*, *high-pitched*
# (and *middle-aged*, *short-lived*, whose -ed words rarely do).
BODY_ADJECTIVES = frozenset(
    "eyed haired faced skinned hearted headed minded legged handed footed lipped tongued chested shouldered "
    "cheeked browed nosed bodied blooded tempered spirited natured witted sighted boned necked toothed "
    "fingered clawed winged horned tailed pitched sized shaped colored coloured sided toned mannered aged lived".split())
ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last".split())
RANK_NOUNS = frozenset("year generation century grade class floor rate degree hand person".split())
COMPOUND_ENDS = LINKING_PARTICIPLES | BODY_ADJECTIVES | RANK_NOUNS
SHADES = frozenset("light round pure rich".split())  # 'light blue eyes', 'a round white stone': two adjectives
COLOURS = frozenset("red blue green yellow brown black white grey gray pink purple orange gold golden silver".split())
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
NOUN_TAGS = frozenset({"NN", "NNS"})
PHRASE_START_TAGS = frozenset({"DT", "PRP$", "POS", "CD"})
MIN_COMPOUND_FREQUENCY = 1000  # pyspellchecker's count of the one-word form: rarer ones are too often obsolete
ABSOLUTE_TAGS = frozenset({"JJ", "VBG", "VBN", "RB", "IN"})
SUBJECTS = frozenset("i he she they we".split())
JOINERS = frozenset("and or but then to".split())
CLAUSE_WORDS = frozenset("that what how why where when who which whether if because as while until till before after since "
                         "unless once though although".split())
COMPLEMENTISERS = frozenset("that if whether".split())  # 'saw that it had': the next verb is the clause's own
PARTICIPLE_LEADS = frozenset("while when after before since upon on without by".split())
CLAUSE_TAKERS = frozenset("see know think hope realize realise assume guess consider figure wish wonder believe remember "
                          "notice hear feel sense say tell decide find suppose expect fear worry".split())
RESULT_PARTICIPLES = frozenset("causing making leaving sending forcing allowing prompting earning revealing creating "
                                "resulting".split())
RESULT_AFTER_TAGS = frozenset({"NN", "NNS", "VBD", "VBN", "JJ", "RP"})  # where a clause can end ('the board', 'frozen')
PARTICLES_UP = frozenset({"up", "out", "off", "do"})  # 'making up', 'leaving out', 'making do'
PERCEIVING = frozenset("see watch hear notice feel find spot catch observe glimpse imagine picture remember".split())
ASPECT_VERBS = frozenset("keep start stop begin quit finish go come spend continue try risk avoid mind".split())
LIVING = frozenset("man woman boy girl kid child baby person guy lady people dog cat horse bird fish wolf dragon "
                   "monster creature beast student soldier".split())  # 'a girl holding a book': the one who does it
INDEFINITE_NOUNS = frozenset("something nothing anything everything someone anyone everyone nobody somebody".split())
ONLY_ONE_KIN = frozenset("mother father mom mum dad mommy daddy mama papa wife husband grandmother grandfather".split())
NAMING = frozenset("named called nicknamed dubbed titled".split())
PLACE_PREPOSITIONS = frozenset("from in near".split())
SUBORDINATE_OPENERS = frozenset({opener[0] for opener in OPENERS if len(opener) == 1} | {"as"})  # 'as she stood'
PICKING_OUT = frozenset("another other every each many few some no any".split())  # "other Arrancar who" (tagged a name)
OPENING_PREPOSITIONS = frozenset("without with despite during".split())
MIN_OPENING_PHRASE = 3  # words before the subject of a phrase that opens with a preposition
MAX_OPENING_PHRASE = 10  # words before the subject: a longer opening is rarely one phrase


def _named_often(document, name) -> bool:
    """An English word the story uses as a name again and again ('Chandler'), not once ('He met Will who')."""
    return name.text in document.tagged_names and sum(w.text == name.text for w in document.words) >= 3


def _participle_lead(words) -> int:
    """How many words lead to an opening participle: 'While waiting', 'As if sensing', 'Suddenly becoming'."""
    if words[0].lower in PARTICIPLE_LEADS:
        return 1
    if words[0].lower == "as" and words[1].lower in ("if", "though"):
        return 2
    return int(words[0].tag == "RB" and words[0].lower.endswith("ly") and words[1].tag == "VBG")


def _pronoun_after_participle(words, lead: int) -> int | None:
    """Where a pronoun and its verb follow an opening participle's phrase ('Gasping he woke', not 'Knowing he')."""
    alone = lemmas(words[lead].lower).get("VERB", ("",))[0] not in CLAUSE_TAKERS
    for i in range(lead + 1, min(len(words) - 1, lead + MAX_OPENING_PHRASE)):
        word = words[i]
        if not (word.text[:1].isalnum() or word.tag == "POS") or word.lower in CLAUSE_WORDS \
                or word.lower in ("time", "moment", "second", "minute") and words[i - 1].lower in ("every", "each", "the", "next"):
            return None  # a comma, or a clause of its own inside the phrase ('Knowing that he was ...', 'every time she')
        if word.lower == "you" and words[i + 1].tag in FINITE_TAGS:
            return None  # the main clause may start at 'you' ('Living with him you think I ...'), which is not told here
        if (i > lead + 1 or alone) and (word.lower in SUBJECTS and word.text[:1].islower() or word.text == "I"):
            verb, before = words[i + 1], words[i - 1]
            if verb.tag in FINITE_TAGS and before.is_word() and word.start == before.end + 1 \
                    and not _second_verb(words[i + 2:], verb) and not _describing_clause(words, i + 1):
                return i
            return None
    return None


def _describes_state(word) -> bool:
    """An adjective or a past participle: what ends 'With his gun raised', 'With the door open'."""
    return word.tag in ("VBN", "JJ") or word.lower in verb_forms(word.lower, "VBN")


def _past_participle_phrase(words, lead: int) -> bool:
    """A past participle and its preposition opening the sentence: 'Armed with chalk', 'Surprised by the noise'."""
    word = words[lead]
    return lead + 1 < len(words) and words[lead + 1].tag == "IN" and word.lower.endswith(("ed", "en")) \
        and word.lower in verb_forms(word.lower, "VBN")  # the tagger may read 'Armed' as a plural noun


def _a_name(document, word, not_people) -> bool:
    """A person's name: not a place or a term of the fandom's glossary, nor an English word ('Will')."""
    return word.tag == "NNP" and word.text in document.names and word.text not in not_people \
        and not (is_common_word(word.lower) and not _named_often(document, word))


def _only_one(words, i: int) -> bool:
    """Whether words[i] is a relative someone has only one of, after *his* or *my*: 'her mother', 'his late father'."""
    j = i - 1
    while j > 0 and words[j].tag == "JJ":
        j -= 1
    return words[i].lower in ONLY_ONE_KIN and words[j].tag == "PRP$"


def _determined(words, i: int) -> bool:
    """Whether a determiner stands before words[i], with only modifiers between ('the only Harry', 'a young
    purple haired Amazon', 'a Grand Mage'), not a preposition ('next to Rosa')."""
    j = i - 1
    while j > 0 and words[j].tag in ("JJ", "JJS", "VBN", "NN", "NNP", "RB", "CD") and words[j].lower not in PICKING_OUT:
        j -= 1
    return j >= 0 and (words[j].tag == "DT" or words[j].lower in PICKING_OUT)


def _last_break(words) -> int:
    """Where the last sentence of a run of words starts."""
    for previous, word in zip(reversed(words[:-1]), reversed(words)):
        if previous.norm in (".", "!", "?", "…", "...") or previous.norm in ('"', "''", "``"):
            return word.start
    return words[0].start if words else 0


class PunctuationCheck:
    """PU101-PU111: quote spacing and styles, the comma after a tag, compounds, the comma after an opening phrase or before a result."""

    name = NAME
    rules = [QUOTE_SPACE, MIXED_QUOTES, TAG_PHRASE, SPLIT_COMPOUND, COMPOUND_ADJECTIVE, OPENING_PHRASE, QUESTION,
             UNENDED_PARAGRAPH, RUN_ON, WHO_AFTER_NAME, RESULT_PHRASE, WHICH_AFTER_CLAUSE, SEMICOLON,
             SUBJECT_COMMA]

    def check(self, document, project):
        not_people = project.remember("punctuation.not_people", lambda: frozenset(
            spelling for term in project.vocabulary.terms if term.kind != "name" for spelling in term.spellings))
        yield from self._quote_marks(document)
        yield from self._tags(document)
        for sentence in document.sentences:
            if document.kind_at(sentence.start) in (NARRATION, DIALOGUE):  # not an author's note
                yield from self._compounds(document, sentence.words)
                yield from self._opening_participle(document, sentence.words)
                yield from self._question(document, sentence.words)
                yield from self._run_on(document, sentence.words)
                yield from self._who_after_name(document, sentence.words, not_people)
                yield from self._which_after_clause(document, sentence.words)
                yield from self._result_participle(document, sentence.words)
                yield from self._semicolon(document, sentence.words)
                yield from self._subject_comma(document, sentence.words)
        yield from self._unended(document)

    # Questions and sentence ends

    def _question(self, document, words):
        """PU107: '"Are you okay."', 'Why would you do that.': asked by its word order, closed with a full stop."""
        quotes = ('"', "''", "``", "'")
        body = list(words)
        while body and body[0].norm in quotes:
            body.pop(0)
        while body and body[-1].norm in quotes:
            body.pop()
        if any(w.norm in quotes or w.norm == "?" for w in body):
            return  # speech and its tag in one sentence: the speech's own mark is the dialogue check's; 'done?, he thinks'
        if len(body) < 3 or body[-1].norm != "." or not body[0].text[:1].isupper() \
                or AFTER_SPEECH.search(document.plain, max(0, body[0].start - 4), body[0].start):
            return  # '"Morning!" Was his reply.': the fragment after speech, whose capital is the slip
        first = 1 if body[0].lower in WH_WORDS else 0
        if first and body[0].lower == "how" and body[1].lower == "dare":
            return  # 'How dare you.'
        if len(body) < first + 3 or body[first].lower not in AUXILIARIES:
            return
        subject = body[first + 1]
        if subject.lower not in QUESTION_SUBJECTS and subject.tag not in ("NNP", "DT", "PRP$"):
            return
        if body[first].lower in ("had", "should", "were") and any(w.norm == "," for w in body):
            return  # 'Had the guards known, they would have stayed.': a condition, not a question
        if body[first].lower in ("do", "have", "has", "had") and subject.lower in ("it", "that", "this", "there"):
            return  # 'Do it now.', 'Have that one.': orders, not questions
        if not first and body[0].lower in ("was", "is") and (subject.lower == "all" or subject.lower in ("the", "what") and any(
                w.lower in ("said", "say", "says", "asked", "whispered", "answered", "replied") for w in body)):
            return  # '"No." Was all Miaka said.', 'Was the only thing he said.': the fragment after speech, whose capital is the slip
        if first and body[first].norm in ("'re", "'s"):
            return
        if not first and body[0].lower in MODALS and subject.tag == "NNP" and not any(w.tag in ("VB", "VBP") for w in body[2:]):
            return  # 'Will Dixon and his two sons.': a name, not 'Will he come.'
        stop = body[-1]
        if document.plain[stop.end:stop.end + 2].lstrip('"”’\'').strip()[:1].islower():
            return  # '"Are you okay." she asked': the tag's own check reports it
        comma = next((i for i in range(first + 2, len(body) - 2) if body[i].norm == "," and _right_clause(body, i + 1)), None)
        if comma is not None:
            stop = body[comma]  # 'Why are you screaming, they said.', 'Have you been here long, the man asked.': the question ends at the comma
        yield QUESTION.finding(document, stop.start, stop.end, "the words ask a question: end it with '?'",
                               ["?"], Fix(False, (Edit(stop.start, stop.end, "?"),)))

    def _run_on(self, document, words):
        """PU109: 'She looked at the clock It was late': a capital subject and its verb after a word, with no mark."""
        for i in range(1, len(words) - 1):
            word, previous = words[i], words[i - 1]
            if word.text not in NEW_SUBJECTS or not previous.text.isalpha() or not previous.text.islower():
                continue
            if document.text[previous.end:word.start] != " ":
                continue  # markup or a line break between them: a title, a heading, an example
            j = i + 1
            while j < len(words) - 1 and words[j].tag == "RB" and words[j].lower != "n't":
                j += 1
            verb = words[j]
            if verb.text[:1].isupper():
                continue  # a title: 'It Takes Two'
            if verb.tag in FINITE_TAGS or verb.norm in ("'s", "'re", "'m", "'ll", "'d", "'ve"):
                yield RUN_ON.finding(document, previous.start, word.end,
                                     f"'{previous.text} {word.text}': a new sentence starts here, end the one before it",
                                     [f"{previous.text}. {word.text}"], Fix(False, (Edit(previous.end, previous.end, "."),)))

    def _who_after_name(self, document, words, not_people):
        """PU110: 'landed on Morgan who sat back', 'called her mother who came': a person's name (or *her mother*) needs
        no picking out, so its who clause is an aside."""
        for i in range(1, len(words) - 2):
            name, who = words[i], words[i + 1]
            if who.text != "who" or not (_a_name(document, name, not_people) or _only_one(words, i)):
                continue
            if words[i + 2].norm[:1] in ".?!…":
                continue  # 'Harry who?': a question about the name
            before = [w.lower for w in words[max(0, i - 4):i]]
            if words[i - 1].lower in NAMING or "it" in before or words[i - 1].tag in ("JJ", "JJS") and name.tag == "NNP" \
                    or _determined(words, i) or words[i - 1].lower in PLACE_PREPOSITIONS:
                continue  # 'a boy named Yukio who', 'It was Harry who' (a cleft), 'the only Harry who' (picks one out),
                # 'the mute from Pallet who': a place
            yield WHO_AFTER_NAME.finding(document, name.start, who.end, f"'{name.text} who': a comma goes before 'who'",
                                         [f"{name.text}, who"], Fix(False, (Edit(name.end, name.end, ","),)))

    def _which_after_clause(self, document, words):
        """PU112: 'ran upstairs which took a while', 'hugged him which surprised him': after an adverb or an object
        pronoun, *which* and its verb comment on the clause (not 'in which', 'knew which', 'exactly which one')."""
        for i in range(2, len(words) - 2):
            last, which = words[i - 1], words[i]
            if which.text != "which" or last.lower in ("exactly", "just", "only", "even", "not", "it") \
                    or not (last.tag in ("RB", "RP") or last.lower in ("him", "her", "them", "me", "us") and last.tag == "PRP"):
                continue
            verb = i + 1 + (words[i + 1].tag == "RB")
            if verb < len(words) and words[verb].tag in FINITE_TAGS:
                yield WHICH_AFTER_CLAUSE.finding(
                    document, last.start, which.end, f"'{last.text} which': 'which' comments on the whole clause, so a comma "
                    f"goes before it", [f"{last.text}, which"], Fix(False, (Edit(last.end, last.end, ","),)))

    def _semicolon(self, document, words):
        """PU113: 'reached for a balloon; hoping to find', 'The five of them; Sugimoto, Asirpa': a phrase on one side of a
        lone semicolon (two or more in a sentence keep the items of a list apart; an emoticon is no mark)."""
        marks = [k for k, w in enumerate(words) if w.text == ";" and document.plain[w.end:w.end + 1] not in (")", "(")]
        if len(marks) != 1 or sum(w.text == ";" for w in words) != 1:
            return
        k = marks[0]
        depth = [0]
        for word in words:
            depth.append(depth[-1] + (word.norm == "(") - (word.norm == ")"))
        if depth[k] > 0:
            return  # inside brackets, an aside lists its items as it likes: '(`--version`; on Windows `py`)'
        start, end = k, k + 1
        while start > 0 and (words[start - 1].norm not in QUOTE_MARKS | {":"} or depth[start - 1] > 0):
            start -= 1  # (back past a dash, 'no one saw me — the only one in a helmet; I had', and past brackets)
        while end < len(words) and (words[end].norm not in SEGMENT_BREAKS | STOPS or depth[end] > 0):
            end += 1
        left, right = words[start:k], [w for w, inside in zip(words[k + 1:end], depth[k + 1:end]) if not inside]
        if not left or end < len(words) and words[end].norm in QUOTE_MARKS and document.kind_at(words[k].start) == DIALOGUE:
            return  # speech closed with a semicolon before its tag is DL002's
        if not right and not _speech_follows(document, words[k]):
            return  # one item of a list set out a line each
        if right and right[0].norm in ("-", "*", "•"):
            return  # the next item of a list set out a line each
        if right and _may_hold_sentence(left) and _may_hold_sentence(right):
            return
        mark = ":" if not right or _holds_sentence(left) and not any(w.tag.startswith("VB") for w in right) else ","
        semicolon = words[k]
        what = "ends the sentence" if not right else f"has no sentence {'after' if _holds_sentence(left) else 'before'} it"
        yield SEMICOLON.finding(document, semicolon.start, semicolon.end, f"the semicolon {what}: use '{mark}'",
                                [mark], Fix(False, (Edit(semicolon.start, semicolon.end, mark),)))

    def _subject_comma(self, document, words):
        """PU114: 'The day that he died, was the day', 'A girl of only twelve, hummed': the words from the sentence's start
        to a lone comma are a noun phrase (its own verbs inside a clause that describes it), and a finite verb follows
        with no subject of its own (not a question, 'Mason, is he dead?', nor an aside's closing comma)."""
        for c in range(1, len(words) - 1):
            comma, verb = words[c], words[c + 1]
            if comma.norm != "," or document.kind_at(comma.start) != NARRATION or words[c - 1].tag == "RB" \
                    and words[c - 1].lower not in PARTICLES or verb.lower == "lets" or is_participle_only(verb.lower) \
                    or not (verb.tag in ("VBD", "VBZ", "MD") or verb.lower in ("was", "is", "were")) or not lexicon_tag(verb.lower):
                continue
            after = words[c + 2] if c + 2 < len(words) else None
            if after is not None and (after.lower in QUESTION_SUBJECTS or after.lower == "n't" and verb.lower in AUXILIARIES
                                      or verb.lower in AUXILIARIES - BE and after.tag in ("NNP", "DT", "PRP$")):
                continue  # a question or an inversion: 'had Shimizu called her'
            start = c
            while start > 0 and words[start - 1].norm not in SEGMENT_BREAKS | STOPS | {","}:
                start -= 1
            if start > 0 and words[start - 1].norm == ",":
                continue  # an aside's second comma: 'Harry, my friend, was'
            subject = words[start + (words[start].lower in ("and", "but", "so", "then")):c]
            if not subject or subject[0].tag in OPENING_TAGS and subject[0].lower not in ("all", "what", "whatever"):
                continue  # an opening phrase, not a subject: 'An hour later, bathed'
            if not _only_described(subject):
                continue
            if verb.lower in verb_forms(verb.lower, "VBN") and (any(w.tag in FINITE_TAGS for w in words[c + 2:])
                                                                 or after is not None and after.tag in ("IN", "TO")):
                continue  # a participle's phrase: 'A group of friends, forged in battle, set out', 'Their boy, lost to them''
            yield SUBJECT_COMMA.finding(document, comma.start, verb.end, f"no comma between the subject and its verb '{verb.text}'",
                                        [f" {verb.text}"], Fix(False, (Edit(comma.start, comma.end, ""),)))

    def _unended(self, document):
        """PU108: a paragraph of narration whose last sentence has a verb but no closing mark."""
        plain = document.plain
        ends = [plain[start:end].rstrip()[-1:] for start, end in document.paragraphs]
        for index, (start, end) in enumerate(document.paragraphs):
            text = plain[start:end].rstrip()
            if len(text) > 2 and text[-1] in '"”' and text[-2].isalpha() and text.count(text[-1]) + text.count("“") >= 2:
                at = start + len(text) - 1  # '"I'm going to bed"': the speech closes the paragraph with no mark
                word = document.words_in(start, at)[-1:]
                if word and len(document.words_in(start, at)) >= 3:
                    yield UNENDED_PARAGRAPH.finding(document, word[0].start, at + 1, "the speech that ends this paragraph has no closing mark",
                                                    [word[0].text + "." + text[-1]], Fix(False, (Edit(at, at, "."),)))
                continue
            if not text or not text[-1].isalpha() or document.kind_at(start + len(text) - 1) != NARRATION:
                continue
            words = document.words_in(start, start + len(text))
            tail = [w for w in words if w.start >= _last_break(words)]
            tagged = len(tail) < len(words) and words[-len(tail) - 1].norm in ('"', "''") \
                and any(w.tag in FINITE_TAGS for w in tail)  # '"Fine," I replied': the tag of the speech before it
            verse = len(words) < 12 and not any(w.norm in (".", "!", "?") for w in words) and not tagged
            if verse and any(mark.isalpha() for mark in ends[max(0, index - 1):index] + ends[index + 1:index + 2]):
                continue  # a run of short lines without marks: a song, a poem, a list
            if not tagged and (len(tail) < 3 or not tail[0].text[:1].isupper() or not any(w.tag in FINITE_TAGS for w in tail)):
                continue  # a heading, a title, a word on its own
            at = start + len(text)
            yield UNENDED_PARAGRAPH.finding(document, words[-1].start, at, "this paragraph's last sentence has no full stop",
                                            [words[-1].text + "."], Fix(False, (Edit(at, at, "."),)))

    # Quote marks

    def _quote_marks(self, document):
        """PU101 and PU102, from the dialogue segments of paragraphs whose quote marks pair up."""
        plain, starts = document.plain, [start for start, _ in document.paragraphs]
        mixes = set()  # a mix that repeats is the author's keyboard or archive, not a patch: reported once
        for segment in document.segments:
            if segment.kind != DIALOGUE or plain[segment.start] not in STRAIGHT + OPENING:
                continue
            paragraph = document.paragraphs[bisect.bisect_right(starts, segment.start) - 1]
            if sum(plain.count(mark, *paragraph) for mark in STRAIGHT + OPENING + CLOSING) % 2:
                continue  # an unpaired quote mark: which mark opens is a guess
            opening, last = plain[segment.start], plain[segment.end - 1]
            closed = segment.end - segment.start > 1 and last in STRAIGHT + CLOSING
            inner = plain[segment.start + 1:segment.end - 1 if closed else segment.end]
            lead = len(inner) - len(inner.lstrip(" \t"))
            if lead and inner[lead:lead + 1].isalpha() and _spaces(document, segment.start + 1, lead) \
                    and not plain[segment.start - 1:segment.start].isalpha():  # 'the "Powers" they': it closes a word
                yield self._space(document, segment.start + 1, segment.start + 1 + lead, "after the opening quote")
            if closed:
                trail = len(inner) - len(inner.rstrip(" \t"))
                before = inner.rstrip(" \t")[-1:]
                if trail and (before.isalpha() or before in ",!?") and _spaces(document, segment.end - 1 - trail, trail) \
                        and not plain[segment.end:segment.end + 1].isalpha():  # 'one of the "Mysterious': it opens a word
                    yield self._space(document, segment.end - 1 - trail, segment.end - 1, "before the closing quote")
                if (opening == STRAIGHT) != (last == STRAIGHT) and (opening, last) not in mixes:
                    mixes.add((opening, last))
                    yield self._mixed(document, segment.start, segment.end - 1, opening, last)

    def _space(self, document, start: int, end: int, where: str):
        return QUOTE_SPACE.finding(document, start, end, f"a space {where}: remove it", [],
                                   Fix(False, (Edit(start, end, ""),)))

    def _mixed(self, document, start: int, end: int, opening: str, closing: str):
        at, mark = (start, OPENING) if opening == STRAIGHT else (end, CLOSING)
        other = closing if opening == STRAIGHT else opening
        return MIXED_QUOTES.finding(document, at, at + 1, f"this quote mixes a straight and a curly mark ('{other}'): "
                                    f"'{mark}' matches it", [mark], Fix(False, (Edit(at, at + 1, mark),)))

    # The phrase after a dialogue tag

    def _tags(self, document):
        """PU103: 'she said rushing to the door', 'he said his voice low': a comma after the tag's verb."""
        for quote in document.quotes:
            clause = quote.following
            if clause.kind != TAG or clause.verb is None or clause.verb.tag not in ("VBD", "VBZ", "VBP"):  # 'I say shocked'
                continue
            words = list(clause.words)
            verb = clause.verb
            rest = words[words.index(verb) + 1:]
            if any(w.tag in FINITE_TAGS for w in _before_clause(rest)) and not (rest and _describes_speaker(rest)):
                continue
            last = _tag_end(words, verb)  # 'said Ted', 'asked quietly': the comma goes after the tag
            run = words[words.index(verb):words.index(last) + 2]
            rest = rest[len(run) - 2:]
            if not rest or any(b.start != a.end + 1 for a, b in zip(run, run[1:])):
                continue
            ing = rest[1:2] if rest[0].lower == "not" else rest[:1]  # 'said her father not looking up'
            participle = ing and ing[0].tag == "VBG" and ing[0].lower.endswith("ing") or _describes_speaker(rest)
            absolute = (last is verb and len(rest) >= 3 and rest[0].tag == "PRP$" and rest[1].tag in NOUN_TAGS
                        and rest[2].tag in ABSOLUTE_TAGS)
            if participle or absolute:
                shown = document.plain[verb.start:rest[0].end]
                wanted = document.plain[verb.start:last.end] + "," + document.plain[last.end:rest[0].end]
                yield TAG_PHRASE.finding(
                    document, verb.start, rest[0].end,
                    f"'{shown}': the phrase after the tag takes a comma, '{wanted}'",
                    [wanted], Fix(False, (Edit(last.end, last.end, ","),)))

    def _result_participle(self, document, words):
        """PU111: 'He erased the board leaving it ready', 'Jinx stood there frozen causing her to drop it': a clause,
        then with no comma a participle of cause or result (not 'not letting', 'giving up', 'kept making')."""
        for i in range(2, len(words) - 1):
            participle, last = words[i], words[i - 1]
            if participle.lower not in RESULT_PARTICIPLES or document.kind_at(participle.start) != NARRATION \
                    or last.tag not in RESULT_AFTER_TAGS or words[i + 1].lower in PARTICLES_UP \
                    or last.tag in ("VBD", "VBN") and _lemma(last) in ASPECT_VERBS or last.lower in AUXILIARIES:
                continue  # 'he was forcing it'
            comma = max((k for k in range(i) if words[k].norm == ","), default=-1)
            if not any(w.tag in FINITE_TAGS for w in words[comma + 1:i - 1]):
                continue  # the clause before has its own verb: not '..., Kaori's sword making his attacks sharper'
            if any(w.tag.startswith("VB") and _lemma(w) in PERCEIVING for w in words[comma + 1:i - 1]):
                continue  # 'he could see the crowd leaving': what was seen, doing it
            yield RESULT_PHRASE.finding(
                document, last.start, participle.end, f"'{participle.text}' begins what the action led to: a comma "
                f"goes before it, '{last.text}, {participle.text}'", [f"{last.text}, {participle.text}"],
                Fix(False, (Edit(last.end, last.end, ","),)))

    # The comma after an opening phrase

    def _opening_participle(self, document, words):
        """PU106: 'Arriving late he sat down', 'Shouting her name Claire searched the room': a sentence that opens
        with a participle, then the main clause's subject and verb."""
        if len(words) < 4 or not words[0].text[:1].isupper():
            return
        lead = _participle_lead(words)
        participle = _participle(words[lead])
        phrase = words[0].lower in OPENING_PREPOSITIONS  # 'With his message delivered he left': a noun and its state
        if not (participle or phrase or _past_participle_phrase(words, lead)):
            return
        subject = _pronoun_after_participle(words, lead)
        if phrase and not participle and (subject is None or subject < MIN_OPENING_PHRASE
                                          or not _describes_state(words[subject - 1])
                                          or not all(w.is_word() for w in words[subject + 1:subject + 4])):
            return  # only 'With his gun raised he', not 'With a sigh he sat' nor 'Despite the pain he suffered.'
        if subject is None and words[lead].tag == "VBG" and document.kind_at(words[0].start) == NARRATION:
            subject = _clause_boundary(words, lead + 2, objects=True)  # a name or a noun phrase: 'Shouting her name Claire'
            verb = _subject_end(words, subject) if subject is not None else None
            if verb is not None and _second_verb(_after_verb(words, verb), words[verb]):
                return  # 'Running through the things he knew she would need took an hour': where it ends is unclear
        if subject is None or not words[subject - 1].is_word():
            return  # 'Turning, he poured it out': the comma is there
        word, before = words[subject], words[subject - 1]
        if before.lower in JOINERS or word.text[:1].isupper() and before.text[:1].isupper() \
                and subject >= 2 and words[subject - 2].tag == "DT":
            return  # 'Hearing her speak woke him and he turned': the phrase was the subject; 'an Elden Ring was': one name
        if before.tag in ("NN", "NNS") and _main_clause_after_comma(words, subject + 1):
            return  # 'Taking notice of the look Maya wore, Lucas grinned': a clause that describes the noun, then the comma
        yield OPENING_PHRASE.finding(
            document, before.start, word.end,
            f"the opening phrase ends before '{word.text}': a comma goes there, '{before.text}, {word.text}'",
            [f"{before.text}, {word.text}"], Fix(False, (Edit(before.end, before.end, ","),)))

    # Compounds

    def _compounds(self, document, words):
        """PU104 and PU105 over the words of one sentence."""
        for i in range(len(words) - 1):
            second = words[i + 1]
            led = _noun_led_modifier(words, i)
            ends = second.text.lower() in COMPOUND_ENDS or led
            if not ends and second.tag not in NOUN_TAGS:
                continue
            first = words[i]
            if second.start != first.end + 1 or not ((first.is_word() or _numbered_ordinal(first)) and second.is_word()):
                continue
            previous = words[i - 1] if i else None
            after = words[i + 2] if i + 2 < len(words) else None
            holds_the_verb = second.lower.endswith("s") and "VERB" in lemmas(second.lower) and not any(
                w.tag in FINITE_TAGS for k, w in enumerate(words) if k not in (i, i + 1))  # 'His head aches.'
            finding = None if holds_the_verb else self._split(document, previous, first, second, after)
            if not finding and ends:
                finding = self._adjective(document, first, second, after, previous, led)
            if finding:
                yield finding

    def _split(self, document, previous, first, second, after):
        """PU104: 'the battle field': two nouns opening a noun phrase where English writes one word (not a noun and
        a participle: 'getting his hair cut by Claire')."""
        if not (previous and previous.tag in PHRASE_START_TAGS and first.tag in NOUN_TAGS and second.tag in NOUN_TAGS):
            return None
        if after is not None and after.lower == "by":
            return None
        if not (first.text.islower() and second.text.islower() and len(first.text) > 2 and len(second.text) > 2):
            return None
        from ficlint.checks.spelling import english

        joined = first.lower + second.lower
        if english().word_frequency[joined] < MIN_COMPOUND_FREQUENCY:
            return None
        return SPLIT_COMPOUND.finding(document, first.start, second.end, f"'{first.text} {second.text}' is one word: '{joined}'",
                                      [joined], Fix(False, (Edit(first.start, second.end, joined),)))

    def _adjective(self, document, first, second, after, previous, led: bool):
        """PU105: 'a delicious looking cake', 'wide eyed stares', 'a third generation ship'."""
        if after is None or not (_modified(after) or _names_a_time(first, after, previous)):
            return None
        lower = second.lower
        compound = (
            (first.tag in ADJECTIVE_TAGS and lower in LINKING_PARTICIPLES)
            or (lower in BODY_ADJECTIVES and (first.tag in ADJECTIVE_TAGS | {"CD"} or "ADJ" in lemmas(first.lower)))
            or (first.lower in ORDINALS and lower in RANK_NOUNS and previous is not None and previous.tag in PHRASE_START_TAGS)
            or (_numbered_ordinal(first) and lower in RANK_NOUNS)
            or led and not (lower.endswith("ed") and previous is not None and (previous.tag in ADJECTIVE_TAGS or "-" in previous.text))
        )  # ('the open-topped jeep gained speed': a noun that has its adjective already, then its verb)
        if not compound:
            return None
        joined = f"{first.text}-{second.text}"
        return COMPOUND_ADJECTIVE.finding(
            document, first.start, second.end, f"'{first.text} {second.text}' before a noun is one adjective: '{joined}'",
            [joined], Fix(False, (Edit(first.start, second.end, joined),)))


QUOTE_MARKS = QUOTES - {"'", "`"}  # a double quote, straight or curly (a word's norm makes them one)
SEGMENT_BREAKS = QUOTE_MARKS | {";", ":", "—", "--", "–"}
STOPS = frozenset({".", "!", "?", "…", "..."})


def _speech_follows(document, semicolon) -> bool:
    """Whether speech opens right after the semicolon (in the next paragraph or the same one): what it introduces."""
    rest = document.plain[semicolon.end:semicolon.end + 6].lstrip()
    return rest[:1] in ('"', "“", "'", "‘")


def _may_hold_sentence(words) -> bool:
    """Whether words hold a sentence, or may where the tagger read a verb after its subject as a noun ('a folder works
    too', 'Spelling reports it'; not a base form, which two nouns share: 'the dart board', 'economics class')."""
    return _holds_sentence(words) or any(
        w.text.islower() and w.tag in ("NN", "NNS") and (
            k and words[k - 1].tag in ("NN", "NNS", "NNP", "PRP", "VBG")
            and w.lower in verb_forms(w.lower, "VBZ") | verb_forms(w.lower, "VBD")
            or k == 0 and w.lower in verb_forms(w.lower, "VBZ"))  # its subject in a code span: '`--jobs 1` keeps'
        for k, w in enumerate(words))


def _holds_sentence(words) -> bool:
    """Whether words hold a sentence: a finite verb (or one the tagger took for a participle after its subject:
    'that flash never hurt you'), or an order ('open up', 'let him come')."""
    for k, word in enumerate(words):
        if (k == 0 or words[k - 1].norm == ",") and next(
                (w.tag for w in words[k:] if w.tag not in ("RB", "UH", "CC") and w.lower != "please"), None) == "VB":
            return True
    return any(w.tag in FINITE_TAGS or w.tag == "VBN" and k and words[k - 1].tag in ("NN", "NNS", "NNP", "PRP", "RB")
               and w.lower in verb_forms(w.lower, "VBD") for k, w in enumerate(words))


BE = frozenset("is are was were am".split())
OPENING_TAGS = frozenset({"IN", "RB", "VBG", "VBN", "UH", "WRB", "TO", "JJ", "CC", "WDT", "WP", "VB", "VBP"})
RELATIVE_WORDS = frozenset("that who which whom whose what whatever whoever".split())


def _only_described(subject) -> bool:
    """Whether a would-be subject holds no finite verb but in a clause that describes it: 'The day that he died',
    'the person she wanted to see', 'the night the lamps went out' (a noun, then the clause's own subject)."""
    verbs = [k for k, w in enumerate(subject) if w.tag in FINITE_TAGS]
    if len(verbs) > 1:
        return False  # 'a confusable that depends on it has an unsafe fix': the clause's own verb follows
    verb = verbs[0] if verbs else None
    return verb is None or any(w.lower in RELATIVE_WORDS for w in subject[:verb]) or any(
        subject[k].tag in ("NN", "NNS") and subject[k + 1].tag in ("PRP", "DT", "PRP$", "NNP") for k in range(verb - 1))


def _spaces(document, start: int, length: int) -> bool:
    """Whether the file itself has spaces there, not the padding of an entity such as '&quot;'."""
    return document.text[start:start + length].strip(" \t") == ""


def _after_verb(words, verb: int):
    """The words after a finite verb, past a negation and the verb it negates ('didn't see')."""
    rest = words[verb + 1:]
    return rest[2:] if rest and rest[0].lower in ("n't", "not") else rest


def _second_verb(words, verb=None) -> bool:
    """'... things he knew she would need took an hour', '... the first thing she sees is': another verb not joined
    by 'and' (nor part of 'would need', 'to see', 'did go') ends a relative clause, so the opening phrase is the
    sentence's subject. `verb` is the clause's own verb, just before the words."""
    previous = verb
    for word in words:
        if not word.text[:1].isalnum() or word.lower in SUBORDINATE_OPENERS | COMPLEMENTISERS:
            return False  # a mark, or a clause of its own after the main one ('... as she stood', '... saw that it had')
        if word.tag in ("VBD", "VBZ", "VBP", "VB") and previous is not None \
                and previous.lower not in JOINERS and previous.tag not in ("MD", "TO") and previous.lower not in DO_FORMS:
            return True
        if word.tag != "RB":
            previous = word
    return False



def _before_clause(words):
    """The words before the first that opens a clause of its own ('wondering why he was', 'laughing as she left')."""
    for at, word in enumerate(words):
        if word.tag in ("WRB", "WP", "WDT", "IN", "CC", "PRP"):
            return words[:at]
    return words


def _describes_speaker(rest) -> bool:
    """'she said shocked.', 'he asked, startled by it', 'Runo said shocked and': an adjective or participle alone after
    the tag, how the speaker felt (not 'said nothing', 'said quietly')."""
    word = rest[0]
    after = rest[1] if len(rest) > 1 else None
    described = word.tag in ("JJ", "VBN") or word.tag == "VBD" and word.lower in verb_forms(word.lower, "VBN")  # 'I ask puzzled'
    return described and word.text.islower() and lexicon_tag(word.lower) in ("JJ", "VBN", "VBD") \
        and (after is None or after.norm in (".", ",", "!", "?", ";", "…") or after.lower in ("by", "at", "with", "that", "and", "but"))


def _tag_end(words, verb):
    """The last word of a tag that starts at its verb: the speaker after it ('said Ted', 'said the boy',
    'Said her father') and one adverb ('asked quietly')."""
    at = words.index(verb) + 1
    if at < len(words) and words[at].tag == "NNP" and words[at].text[:1].isupper():
        while at + 1 < len(words) and words[at + 1].tag == "NNP" and words[at + 1].text[:1].isupper():
            at += 1
        at += 1
    elif at + 1 < len(words) and (words[at].lower in ("the", "a", "an") or at == 1 and words[at].tag == "PRP$") \
            and words[at + 1].tag in NOUN_TAGS:
        at += 2  # 'said the boy'; 'said her father' where the tag opens with its verb (not 'he said his voice low')
    if at < len(words) and words[at].tag == "RB" and words[at].lower.endswith("ly"):
        at += 1
    return words[at - 1]

def _participle(word) -> bool:
    """A present participle; the tagger reads one that opens a sentence as a name ('Hearing the bell')."""
    if word.tag == "VBG":
        return True
    verbs = lemmas(word.lower).get("VERB", ())
    return word.tag == "NNP" and word.lower.endswith("ing") and any(verb != word.lower for verb in verbs)


def _modified(word) -> bool:
    """Whether a word after a compound adjective is what it describes: a common noun (not *something*: 'the hand
    represented something' has a verb and its object), or a hyphenated word."""
    return word.text.islower() and (word.tag in NOUN_TAGS and word.lower not in INDEFINITE_NOUNS
                                    or (word.tag in ADJECTIVE_TAGS and "-" in word.text))


def _noun_led_modifier(words, i: int) -> bool:
    """A noun and the word after it describing the noun that follows: a colour (*sea green eyes*), or a participle
    inside a noun phrase (*with blood soaked clothes*, *the shadow cloaked sands*), where the participle cannot be
    the noun's own verb."""
    if i + 2 >= len(words) or i == 0:
        return False
    noun, second, head, before = words[i], words[i + 1], words[i + 2], words[i - 1]
    if not (noun.text.islower() and second.text.islower() and head.text.islower()) or lexicon_tag(noun.lower) != "NN" \
            or head.tag not in NOUN_TAGS or noun.lower.endswith(("body", "one", "thing")) or head.lower in COLOURS:
        return False  # 'like somebody spilled paint': a pronoun and its verb; 'the sky turned orange': a colour it became
    if second.lower in COLOURS:
        return noun.lower not in SHADES and before.lower not in SUBORDINATE_OPENERS
    following = words[i + 3] if i + 3 < len(words) else None
    if second.lower.endswith("ing") and "VERB" in lemmas(second.lower) and noun.lower not in LIVING and head.tag == "NN" \
            and before.lower in ("a", "an") and (following is None or not following.is_word() or following.tag in ("IN", "CC")):
        return True  # 'a bone chilling grin', 'a flame producing device.' (not 'a boy eating cake', 'a man holding the')
    if not second.lower.endswith("ed") or second.lower in NAMING or "VERB" not in lemmas(second.lower) \
            or head.lower.endswith("ing") and "VERB" in lemmas(head.lower):
        return False  # 'the reader of a pipe stopped reading': the noun's own verb and its object
    inside_phrase = before.tag in ADJECTIVE_TAGS | {"IN", "CC", ","} and before.lower not in SUBORDINATE_OPENERS | {"like"} \
        or before.tag in ("VBD", "VBZ", "VBP", "VB") \
        and lemmas(before.lower).get("VERB", ("",))[0] not in CLAUSE_TAKERS  # 'wore blood soaked clothes', not 'knew blood stained'
    after_verb = before.tag in ("DT", "PRP$") and i >= 2 and (words[i - 2].tag.startswith("VB") or words[i - 2].tag == "CC" or (
        words[i - 2].tag == "IN" and words[i - 2].lower not in SUBORDINATE_OPENERS))
    return inside_phrase or after_verb  # a noun phrase, not a clause: not 'The team played football'


def _numbered_ordinal(word) -> bool:
    return word.lower[:1].isdigit() and word.lower[-2:] in ("st", "nd", "rd", "th")


def _names_a_time(first, after, previous) -> bool:
    """'like 21st century Earth': a numbered ordinal before a name, not 'in the 21st century Earth was'."""
    return _numbered_ordinal(first) and after.tag == "NNP" and not (previous and previous.lower == "the")
