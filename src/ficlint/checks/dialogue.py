"""Dialogue punctuation: how each quotation joins the tag or beat around it.

Reads the document's dialogue structure (`Document.quotes`, see `ficlint.speech`): for
each quote, the last mark of the speech and whether the narration after it opens with a
tag (*she said*) or an action beat (*Dean sat up*). A statement before a tag ends with a
comma and the tag goes on in lower case; before a beat the speech ends its sentence.
Nothing inside the quotes is touched but its marks, so dialect and speech stay as written.
"""

from __future__ import annotations

import bisect
import re

from ficlint.analysis import BE_FORMS, lemmas, lexicon_tag
from ficlint.checks import Rule
from ficlint.checks.spelling import is_english_word
from ficlint.checks.syntax import CLITIC_VERBS, PARTICLES, _right_clause, _subject_and_verb, _upper_edit
from ficlint.document import CLOSE_QUOTES, DIALOGUE, NARRATION
from ficlint.finding import Edit, Fix
from ficlint.speech import (
    AUXILIARIES, BEAT, FINITE_TAGS, OTHER, QUANTIFIERS, SUBJECT_PRONOUNS, TAG, Quote, _finite, _paragraph_of, speech_lexicon)

NAME = "dialogue"


def _rule(code: str, name: str, summary: str, why: str, example: str, fixable: str) -> Rule:
    return Rule(code, name, NAME, summary, why, example, fixable)


CAPITAL_TAG = _rule(
    "DL001", "capitalised-tag", "A dialogue tag after a quote that starts with a capital (a pronoun, *The*, *His*...).",
    "The tag belongs to the sentence of the quote, so it goes on in lower case.",
    '"Ichigo!" She said  ->  "Ichigo!" she said', "always (safe)")
FULL_STOP_TAG = _rule(
    "DL002", "full-stop-before-tag", "A quoted statement closed with a full stop (or a semicolon or colon) before its dialogue tag.",
    "A statement followed by a tag ends with a comma; the full stop cuts the sentence in two.",
    '"I know." he said  ->  "I know," he said', "always (safe)")
MISSING_COMMA_TAG = _rule(
    "DL003", "missing-comma-before-tag", "A quoted statement with no punctuation before its dialogue tag.",
    "A statement followed by a tag needs a comma inside the closing quote.",
    '"I know" he said  ->  "I know," he said', "always (safe)")
COMMA_BEFORE_SPEECH = _rule(
    "DL004", "comma-before-speech", "A narration paragraph that ends with a comma, followed by a paragraph of speech.",
    "A paragraph break ends the sentence; the comma leaves it hanging.",
    'Gin knelt down,\\n\\n"Come with me."  ->  Gin knelt down.', "always (safe)")
LOWER_CASE_SPEECH = _rule(
    "DL005", "speech-starts-lower-case", "Speech that opens in lower case after a full stop, or after a speech verb and a comma or colon (*said, \"fine.\"*).",
    "After a full stop a new sentence begins, inside the quotes too; or the tag ends with a comma.",
    '"I know," he said. "but not now."  ->  he said. "But not now." (or: he said, "but not now.")', "always (unsafe)")
UNENDED_BEFORE_BEAT = _rule(
    "DL006", "unended-speech-before-beat", "Speech with no closing punctuation, followed by an action that is not a tag.",
    "The speech is a sentence of its own: it ends with a full stop (or ? or !) and the action starts a new one.",
    '"Stay" her cheeks burned  ->  "Stay." Her cheeks burned', "always (unsafe)")
COMMA_BEFORE_BEAT = _rule(
    "DL007", "comma-before-beat", "A comma that joins speech to an action beat, as if the action were a tag.",
    "Only a speech verb (*said*, *asked*, *whispered*) can take the comma; an action is its own sentence.",
    '"Well," Dean sat up  ->  "Well." Dean sat up', "always (unsafe)")
LOWER_CASE_BEAT = _rule(
    "DL008", "lower-case-beat", "An action beat in lower case after a quote that ends with ?, ! or a full stop.",
    "After the speech's own sentence ends, only a tag goes on in lower case; an action starts a new sentence.",
    '"There he is!" she ran to him  ->  "There he is!" She ran to him', "always (unsafe)")
CAPITAL_AFTER_TAG = _rule(
    "DL009", "capital-after-tag-comma", "Speech that goes on after a tag and a comma, but opens with a capital.",
    "After *he said,* the speech goes on in lower case; a new sentence needs a full stop after the tag.",
    '"Wait," he said, "But there\'s more."  ->  "Wait," he said, "but there\'s more."', "always (unsafe)")
OUTSIDE_QUOTE = _rule(
    "DL010", "punctuation-outside-quote", "A comma or full stop after the closing quote of speech, or a second mark after ? or !.",
    "The speech's own mark goes inside the quotes, and a question or exclamation needs no second mark.",
    '"Sammy", Dean said  ->  "Sammy," Dean said', "always (safe)")
BEAT_LEAD_IN = _rule(
    "DL012", "comma-after-beat-before-speech", "An action (not a speech verb) joined by a comma to the speech after it.",
    "Only a speech verb can lead into a quote with a comma; after an action the narration's sentence ends first.",
    'He nodded, "Yes."  ->  He nodded. "Yes."', "always (unsafe)")
UNCLOSED = _rule(
    "DL013", "unclosed-speech", "Speech whose closing (or opening) quote mark is missing.",
    "Without the mark the reader cannot tell where the speech ends and the narration resumes.",
    '"I know, she said.  ->  "I know," she said.', "sometimes (unsafe)")
QUESTION_MARK = _rule(
    "DL014", "question-without-question-mark", "A question before *asked* (or *wondered*) that ends with a comma or a full stop.",
    "A question ends with a question mark, even when a tag follows it.",
    '"Are you okay," she asked.  ->  "Are you okay?" she asked.', "always (unsafe)")
QUOTE_SPACE = _rule(
    "DL015", "no-space-at-quote", "No space between a quote and the narration next to it: `\"Go!\"she said`, `said,\"Hello.\"`.",
    "The speech and the narration are separate words; without the space they read as one.",
    '"Go away!"she screamed.  ->  "Go away!" she screamed.', "always (safe)")
RUN_INTO_QUOTE = _rule(
    "DL011", "narration-runs-into-speech", "Narration that runs into a quote with no punctuation before it.",
    "Speech after narration needs a full stop before it (or a comma after a speech verb).",
    'She stared at him "You ok?"  ->  She stared at him. "You ok?"', "always (unsafe)")

SENTENCE_OPENERS = frozenset("as when while before after once then suddenly meanwhile later".split())
CAPITALISED_FUNCTION_WORDS = SUBJECT_PRONOUNS | QUANTIFIERS | frozenset("the a an his her their my your our its this that".split())
NAMING_WORDS = frozenset(
    "called named titled word words term phrase read reads labelled labeled marked as like the a an of this that "
    "his her their my your our its".split())
ASKING = frozenset("ask inquire enquire wonder query question".split())
TAG_INSIDE = re.compile(r"(?P<mark>[,.!?])[ \t]+(?P<subject>he|she|they|I|we|[A-Z][\w'’-]+)[ \t]+(?P<verb>[a-z]+(?:ed|id|ld|ke|ve))\b")
MISSING_OPENING = re.compile(r"[ \t]*[A-Z][^\"“”\n]{0,200}?[,.!?](?P<mark>[\"”])[ \t]+(?:he|she|they|I|we|[A-Z][\w'’-]+)[ \t]+"
                             r"(?:said|asked|replied|whispered|shouted|yelled|muttered|called|answered|cried)\b")
CLAUSE_BREAKS = frozenset({".", ";", ":", "!", "?", "...", "…", '"', "``", "''", "—", "--", "(", ")"})
SUBORDINATORS = frozenset("when while as because if although though since until after before once unless whether".split())
QUOTE_MARKS = CLOSE_QUOTES + '"' + "’'"
DOUBLE_MARK = re.compile('["“”]')
WORD_RE = re.compile(r"[^\W\d_]+")
SPEECH_START = re.compile(r"[\"“‘'][ \t]*(?P<letter>[a-z])[a-z]*\b")
SENTENCE_END_BEFORE = re.compile(r"[^\W\d_][ \t]*[.!?][ \t]+\Z")  # 'he said. ' (not an ellipsis, not a quote's own end)


def _first_misread(document, quotes, paragraph: tuple[int, int], reported: int) -> int:
    """Where a paragraph's quotes stop being read right after a lost mark: the first straight quote read as
    opening with no space before it, or as closing with a space before it, else where the loss was reported;
    the quotes before it are paired as written ('"Hi" she said. "Wait, I said. "Go" he said.')."""
    plain = document.plain
    for quote in quotes:
        if quote.paragraph != paragraph:
            continue
        before = plain[quote.start - 1] if quote.start > paragraph[0] else " "
        if plain[quote.start] == '"' and not (before.isspace() or before in "([—–-"):
            return quote.start
        if quote.closed and plain[quote.end - 1] == '"' and plain[quote.end - 2].isspace():
            return quote.start
    return reported


def _speech_tag(tag: re.Match) -> bool:
    """Whether a subject and verb inside unclosed speech are its tag: a verb of speech ('"I know, she said'), or one
    that can be after a lower-case pronoun ('"Alive. she countered')."""
    speech, _, actions = speech_lexicon()
    return tag["verb"] in speech or tag["verb"] in actions and tag["subject"] in ("he", "she", "they")


def _unclosed_at_end(document, quote: Quote):
    """DL013 where the closing mark belongs: the last word of a paragraph whose speech runs to its end unclosed
    ('"We should be careful.' -> 'careful."')."""
    plain = document.plain
    end = quote.paragraph[1]
    while end > quote.start and plain[end - 1].isspace():
        end -= 1
    start = max(plain.rfind(" ", quote.start, end) + 1, quote.start + 1)
    closing = "”" if plain[quote.start] == "“" else '"'
    return UNCLOSED.finding(document, start, end, "this speech has no closing quote mark",
                            [plain[start:end] + closing], Fix(False, (Edit(end, end, closing),)))


class DialogueCheck:
    """DL001-DL011: the joins between speech and its tags and beats."""

    name = NAME
    rules = [CAPITAL_TAG, FULL_STOP_TAG, MISSING_COMMA_TAG, COMMA_BEFORE_SPEECH, LOWER_CASE_SPEECH,
             UNENDED_BEFORE_BEAT, COMMA_BEFORE_BEAT, LOWER_CASE_BEAT, CAPITAL_AFTER_TAG, OUTSIDE_QUOTE, RUN_INTO_QUOTE,
             BEAT_LEAD_IN, UNCLOSED, QUESTION_MARK, QUOTE_SPACE]

    def check(self, document, project):
        quotes = document.quotes
        broken = {}
        for finding in self._unclosed(document):
            paragraph = _paragraph_of(document, finding.start)
            broken[paragraph] = min(broken.get(paragraph, finding.start), _first_misread(document, quotes, paragraph, finding.start))
            yield finding
        for index, quote in enumerate(quotes):
            if quote.end > broken.get(quote.paragraph, quote.end):
                continue  # from where a mark is lost the marks are off: the joins after it cannot be read
            yield from self._spaces(document, quote)
            yield from self._before(document, quote)
            outside = self._outside(document, quote)
            if outside:
                yield outside
                continue
            next_quote = quotes[index + 1] if index + 1 < len(quotes) else None
            finding = self._after(document, quote, next_quote)
            if finding:
                yield finding
            if next_quote and next_quote.paragraph == quote.paragraph:
                yield from self._resumed(document, quote, next_quote)
            yield from self._beat_lead_in(document, quote)
            yield from self._lower_case_opening(document, quote)
        yield from self._lead_ins(document)

    def _unclosed(self, document):
        """DL013: a paragraph whose speech is never closed (and the next paragraph does not go on
        with it), or a closing mark with no opening one: '"I know, she said.', 'I know," she said.'"""
        plain = document.plain
        following = dict(zip(document.paragraphs, document.paragraphs[1:]))
        unopened = set()
        for start, end in document.paragraphs:
            opening = MISSING_OPENING.match(plain, start, end)
            if opening and document.kind_at(start) != DIALOGUE:
                unopened.add((start, end))
                mark = opening.start("mark")
                yield UNCLOSED.finding(document, mark - 1, mark + 1, "this speech has no opening quote mark",
                                       [], Fix(False, (Edit(start, start, "“" if plain[mark] == "”" else '"'),)))
        for quote in document.quotes:
            if quote.closed or quote.paragraph in unopened:
                continue
            after = following.get(quote.paragraph)
            if after is not None and plain[after[0]:after[0] + 1] in "\"“‘'":
                continue  # speech that runs on into the next paragraph
            tag = next((tag for tag in TAG_INSIDE.finditer(plain, quote.start + 1, quote.end) if _speech_tag(tag)), None)
            if tag:
                at = tag.start("mark") + 1
                yield UNCLOSED.finding(document, tag.start("mark"), tag.end(), "the speech is not closed before its tag",
                                       [plain[tag.start("mark"):at] + '"' + plain[at:tag.end()]],
                                       Fix(False, (Edit(at, at, '"' if plain[quote.start] == '"' else "”"),)))
            elif quote.end - quote.start > 1 and plain[quote.start] in "\"“":
                lost = _first_misread(document, document.quotes, quote.paragraph, quote.start)  # where the marks went wrong
                if lost == quote.start and not DOUBLE_MARK.search(plain, quote.start + 1, quote.paragraph[1]):
                    yield _unclosed_at_end(document, quote)
                else:
                    yield UNCLOSED.finding(document, lost, lost + 1, "this speech has no closing quote mark", [])

    def _lower_case_opening(self, document, quote: Quote):
        """DL005: '... he said. "but ...': speech after a full stop starts a sentence."""
        plain = document.plain
        first = SPEECH_START.match(plain, quote.start)
        if not first:
            return
        if SENTENCE_END_BEFORE.search(plain, max(0, quote.start - 40), quote.start):
            reason = "speech after a full stop starts with a capital"
        elif not plain[quote.paragraph[0]:quote.start].strip() and _previous_paragraph_ended(document, quote):
            reason = "speech that opens a paragraph starts with a capital"
        elif quote.preceding_mark in ",:" and not _after_a_tag(document, quote) and _speech_verb_before(document, quote):
            reason = "speech introduced by a speech verb starts its own sentence"  # 'and said, "fine."'
        else:
            return
        letter, word = first.start("letter"), plain[first.start("letter"):first.end()]
        yield LOWER_CASE_SPEECH.finding(document, letter, first.end(), f"{reason}: '{word.capitalize()}'",
                                        [word.capitalize()], Fix(False, (Edit(letter, letter + 1, word[0].upper()),)))

    def _after(self, document, quote: Quote, next_quote: Quote | None):
        """DL001-DL003 and DL006-DL008: the mark that ends the speech against what follows it."""
        clause, plain = quote.following, document.plain
        if quote.closed and quote.mark == "," and not clause.words and not plain[quote.end:quote.paragraph[1]].strip() \
                and _is_speech(document, quote) and plain[quote.mark_at - 1:quote.mark_at].isalpha():
            edits = (Edit(quote.mark_at, quote.mark_at + 1, "."),)
            return COMMA_BEFORE_BEAT.finding(  # '... is what I'm saying,"' and the paragraph ends
                document, quote.mark_at, quote.end, "the speech ends its paragraph: a full stop, not a comma",
                [_fixed(plain, quote.mark_at, quote.end, edits)], Fix(False, edits))
        if not quote.closed or not clause.words or not _is_speech(document, quote):
            return None
        first = clause.first
        span_end = (clause.verb or first).end
        if clause.kind == TAG:
            if quote.mark and quote.mark in ".?!…" and clause.verb.lower in speech_lexicon()[1] and first.text[:1].isupper():
                return None  # '"One batch." Ichigo sighed.' is a sentence of its own
            if quote.mark in ("", ".", ",") and (_lemma_of(clause.verb) in ASKING and not _requests(document, quote)
                                                 or _asks(document, quote)) \
                    and plain[quote.mark_at - 1] not in ".?!" and not _goes_on(document, quote, next_quote):
                at = quote.mark_at if quote.mark else quote.end - 1
                edits = (Edit(at, at + len(quote.mark), "?"), *_lower_edit(clause))
                start = at if quote.mark else at - 1
                return QUESTION_MARK.finding(document, start, span_end, "a question ends with a question mark",
                                             [_fixed(plain, start, span_end, edits)], Fix(False, edits))
            lower = _lower_edit(clause)
            if quote.mark == "." and plain[quote.mark_at - 1] != "." or quote.mark in (";", ":"):
                edits = (Edit(quote.mark_at, quote.mark_at + 1, ","), *lower)
                message = "a statement before a dialogue tag ends with a comma" + (
                    f", not '{quote.mark}'" if quote.mark != "." else "") + (", and the tag goes on in lower case" if lower else "")
                return FULL_STOP_TAG.finding(document, quote.mark_at, span_end, message,
                                             [_fixed(plain, quote.mark_at, span_end, edits)], Fix(True, edits))
            if quote.mark == "":
                at = quote.end - 1
                edits = (Edit(at, at, ","), *lower)
                return MISSING_COMMA_TAG.finding(document, at - 1, span_end, "a comma is missing before the dialogue tag",
                                                 [_fixed(plain, at - 1, span_end, edits)], Fix(True, edits))
            if lower:
                fixed = _fixed(plain, first.start, span_end, lower)
                return CAPITAL_TAG.finding(document, first.start, span_end,
                                           f"the dialogue tag goes on in lower case: '{fixed}'", [fixed], Fix(True, lower))
            return None
        if clause.kind == OTHER and quote.mark == "." and plain[quote.mark_at - 1] != "." and first.text.isalpha() \
                and first.text.islower() and clause.words[-1].norm not in ("?", "!"):
            edits = (Edit(quote.mark_at, quote.mark_at + 1, ","),)
            return FULL_STOP_TAG.finding(  # '"Shut up, Tristan." whilst shoving him away'
                document, quote.mark_at, first.end, "the sentence goes on after the quote: a comma, not a full stop, ends the speech",
                [_fixed(plain, quote.mark_at, first.end, edits)], Fix(False, edits))
        opens = clause.kind == OTHER and first.text[:1].isupper() and first.lower in SENTENCE_OPENERS  # '"... again" As she ran'
        if not opens and (clause.kind != BEAT or clause.verb is None or clause.verb.lower in speech_lexicon()[1]):
            return None  # sounds (laughed, sighed) may be tags or beats
        if quote.mark == "":
            at = quote.end - 1
            edits = (Edit(at, at, "."), *_upper_edit(first))
            return UNENDED_BEFORE_BEAT.finding(
                document, at - 1, first.end, f"the speech ends without punctuation before {'a new sentence' if opens else 'an action'}: "
                "end it with a full stop",
                [_fixed(plain, at - 1, first.end, edits)], Fix(False, edits))
        if opens:
            return None
        if quote.mark == ",":
            edits = (Edit(quote.mark_at, quote.mark_at + 1, "."), *_upper_edit(first))
            return COMMA_BEFORE_BEAT.finding(
                document, quote.mark_at, span_end,
                f"'{clause.verb.text}' is an action, not a dialogue tag: end the speech with a full stop",
                [_fixed(plain, quote.mark_at, span_end, edits)], Fix(False, edits))
        if quote.mark in ("?", "!", ".", "…") and first.text[:1].islower():
            edits = _upper_edit(first)
            return LOWER_CASE_BEAT.finding(
                document, first.start, first.end, f"an action after the quote starts a new sentence: '{first.text.capitalize()}'",
                [first.text.capitalize()], Fix(False, edits))
        return None

    def _spaces(self, document, quote: Quote):
        """DL015: '"Go away!"she screamed', 'He said,"Hello."'."""
        plain = document.plain
        if quote.closed and quote.end < len(plain) and plain[quote.end].isalpha() and quote.mark \
                and not plain[quote.end - 2:quote.end - 1].isspace():  # ' "Look': an opening mark where a closing one was due
            yield QUOTE_SPACE.finding(document, quote.end - 1, quote.end + 1, "a space is missing after the closing quote",
                                      [plain[quote.end - 1] + " " + plain[quote.end]], Fix(True, (Edit(quote.end, quote.end, " "),)))
        before = plain[quote.start - 1:quote.start]
        if quote.start and (before.isalpha() or before in ",.!?:;") and plain[quote.start + 1:quote.start + 2].isalpha() \
                and quote.closed and plain[quote.end - 2:quote.end - 1] in ".,!?…-—":
            yield QUOTE_SPACE.finding(document, quote.start - 1, quote.start + 1, "a space is missing before the opening quote",
                                      [before + " " + plain[quote.start]], Fix(True, (Edit(quote.start, quote.start, " "),)))

    def _outside(self, document, quote: Quote):
        """DL010: '"Sammy", Dean said', '"Afraid?".': the speech's mark outside its quotes."""
        plain = document.plain
        at = quote.end
        spaced = bool(quote.mark) and quote.mark in "?!" and plain[at:at + 2] == " ,"  # '"And?" , Hayasaka urged'
        at += spaced
        if not quote.closed or at >= len(plain) or plain[at] not in ",.?!":
            return None
        if plain[at] in "?!" and (quote.mark or not _is_speech(document, quote)):
            return None  # '"Go!"!' is style; 'Did he say "yes"?' asks the whole sentence
        if plain[at] == "." and plain[at:at + 3] in ("...", "..") or plain[at - 2:at] == "..":
            return None
        if quote.mark in "?!.," and quote.mark and (plain[at] == "." or _is_speech(document, quote)):
            edits = (Edit(at - spaced, at + 1, ""),)
            return OUTSIDE_QUOTE.finding(document, quote.end - 2, at + 1,
                                         f"'{plain[at]}' after '{quote.mark}' and the closing quote: drop it",
                                         [plain[quote.end - 2:quote.end]], Fix(True, edits))
        if quote.mark == "" and _is_speech(document, quote) and (quote.preceding_mark in ("", ".", "!", "?", ":", ",", "…")
                                                                   or quote.preceding_mark.isalnum() and plain[at] in ".,"
                                                                   and plain[quote.start + 1:quote.start + 2].isupper()):
            # 'she said "No".' (but 'Did he say "yes"?' asks the whole sentence)
            edits = (Edit(at - 1, at + 1, plain[at] + plain[at - 1]),)
            return OUTSIDE_QUOTE.finding(document, at - 1, at + 1, f"the '{plain[at]}' goes inside the closing quote",
                                         [plain[at] + plain[at - 1]], Fix(True, edits))
        return None

    def _resumed(self, document, quote: Quote, next_quote: Quote):
        """DL009: a tag, a comma, and speech that opens with a capital."""
        clause, plain = quote.following, document.plain
        if clause.kind != TAG or not clause.words:
            return
        between = plain[clause.words[-1].end:next_quote.start]
        if between.strip() != "," and not _phrase_between_commas(document, clause.words[-1].end, next_quote.start):
            return
        words = document.words_in(next_quote.start + 1, next_quote.end)
        first = next((w for w in words if w.is_word()), None)
        comma = clause.words[-1].end + between.rindex(",")
        if first is not None and first.text[:1].islower() and _new_sentence(document, quote, words):
            edits = (Edit(comma, comma + 1, "."), Edit(first.start, first.start + 1, first.text[0].upper()))
            yield CAPITAL_AFTER_TAG.finding(
                document, comma, first.end, "the speech before the tag ended its sentence and the next one begins a "
                "new one: end the tag with a full stop and open the speech with a capital",
                [_fixed(plain, comma, first.end, edits)], Fix(False, edits))
            return
        if first is None or not first.text[:1].isupper() or first.tag in ("NNP", "NNPS") and (
                first.text in document.tagged_names or not is_english_word(first.lower)) or (
                first.lower == "i" and quote.mark not in ".?!" and not _new_sentence_with_i(document, quote, words)):
            return
        if first.text.isupper() and len(first.text) > 1:
            return
        spoken = [w for w in document.words_in(quote.start + 1, quote.end) if w.is_word()]
        called = 0 < len(spoken) <= 2 and all(w.tag in ("NNP", "NNPS") or w.text in document.tagged_names
                                              for w in spoken)  # only a name was said: '"Ted," said Lily, "Drool much?"'
        if quote.mark in ".?!" or first.lower == "i" or called:
            edits = (Edit(comma, comma + 1, "."),)
            message = "the speech before the tag ended its sentence, so end the tag with a full stop"
            suggestion = _fixed(plain, comma, first.end, edits)
        else:
            edits = (Edit(first.start, first.start + 1, first.text[0].lower()),)
            message = f"after a tag and a comma the speech goes on in lower case: '{first.text[0].lower() + first.text[1:]}' (or end the tag with a full stop)"
            suggestion = first.text[0].lower() + first.text[1:]
        yield CAPITAL_AFTER_TAG.finding(document, comma, first.end, message, [suggestion], Fix(False, edits))

    def _before(self, document, quote: Quote):
        """DL011: 'She stared at him worriedly "You ok?"': narration running into speech."""
        plain = document.plain
        if not quote.preceding_mark or not quote.preceding_mark.isalnum():
            return
        inner = plain[quote.start + 1:quote.end - 1 if quote.closed else quote.end].strip()
        words = WORD_RE.findall(inner)
        resumed = _after_a_tag(document, quote, (TAG, BEAT))  # '"You're late," Jon said "again."', '... smiled at them "there'
        asked = inner[-1:] in "?!" and len(words) >= 3  # a question or a cry is speech, never a quoted term
        said = _is_speech(document, quote) and re.match(r"[.,!?]?[ \t]*(?:\n|$)", plain[quote.end:quote.end + 3]) is not None
        # 'she said "No".' at the paragraph's end: a one-word reply, not a term
        if not words or not (inner[:1].isupper() or resumed or asked) or (
                len(words) < 2 and inner[-1:] not in "?!" and not resumed and not said):
            return
        titled = sum(w[:1].isupper() for w in words) * 2 > len(words)
        if inner[-1:] not in ".?!,…-—" and quote.closed and not said and (len(words) < 5 or titled or "," not in inner):
            return  # a title or a term ('a sign that read "Closed"'), not a sentence ('"Hey Tris, this is my brother Zeke"')
        before = document.words_in(quote.before_start, quote.start)
        last = next((w for w in reversed(before) if w.is_word()), None)
        if last is None or last.lower in NAMING_WORDS or last.end != quote.preceding_at + 1:
            return
        if last.tag in ("DT", "JJ", "PRP$", "CC") or last.lower in ("like", "as", "than", "of", "was", "is", "were") \
                or sum(c.isupper() for c in inner) > sum(c.islower() for c in inner):
            return  # 'with a quick "I'm sorry!"' (a quote as a noun), 'All she said was "Soon!"' (its complement),
            # 'noises like "Kyaoo!", or "Kabo!"' (quoted sounds), 'The headline said "INSIDE THE MIND"' 
        mark = "," if last.lower in speech_lexicon()[0] | speech_lexicon()[1] else "."
        edits = (Edit(last.end, last.end, mark),)
        opening = plain[quote.start + 1:quote.end]
        letter = quote.end - len(opening.lstrip())  # the speech's first letter
        if mark == "." and plain[letter].islower():
            edits += (Edit(letter, letter + 1, plain[letter].upper()),)  # 'at them. "There are ...'
        yield RUN_INTO_QUOTE.finding(
            document, last.start, quote.start + 1,
            f"the narration runs into the speech: add '{mark}' after '{last.text}'",
            [last.text + mark], Fix(False, edits))

    def _beat_lead_in(self, document, quote: Quote):
        """DL012: 'He gestured at the dragon, "she tried...': an action that leads into speech with a comma."""
        if quote.preceding_mark != "," or _after_a_tag(document, quote):
            return
        clause = []
        for word in reversed(document.words_in(quote.before_start, quote.preceding_at)):
            if word.norm in CLAUSE_BREAKS:
                break
            clause.append(word)
        speech, _, actions = speech_lexicon()
        ordered = clause[::-1]
        verbs = [w for k, w in enumerate(ordered) if (w.tag.startswith("VB") or (w.lower in speech or w.lower in actions)
                                                     and not (k and ordered[k - 1].tag in ("DT", "PRP$")))  # 'her comment'
                 and not (k + 2 < len(ordered) and ordered[k + 1].lower == "to" and ordered[k + 2].tag == "VB")]
        last = verbs[-1] if verbs else None
        rest = [w for w in ordered[ordered.index(last) + 1:] if w.lower not in PHRASAL_ENDS] if last is not None else []
        acted = last is not None and last.lower in actions and len(rest) > 1 and rest[0].tag in ("DT", "PRP$") \
            and rest[1].tag in ("NN", "NNS", "JJ") and rest[1].lower not in ("name", "names")  # a thing done: 'spit out her juice'
        if not clause or last is not None and (last.lower in speech or last.lower in actions and not acted):
            return  # 'and said,' / 'turned and called out,' (but 'Tears started to stream down her face,', 'She thought
            # for a moment before looking at him,': the last verb says what leads into the speech; 'Miley spit out her
            # juice,' does something to a thing)
        plain = document.plain
        first = next((w for w in document.words_in(quote.start + 1, quote.end) if w.is_word()), None)
        goes_on = first is not None and first.text.islower() and (first.tag in ("IN", "CC", "TO") or first.lower in SUBORDINATORS)
        if any(v.lower in speech for v in verbs) and (goes_on or ordered[-1].lower in ("was", "is")):
            return  # 'He insisted on stopping first, "because...': the speech goes on with what he insisted; 'she said what
            # came to her, which was,'
        if not any(w.tag in FINITE_TAGS or k and ordered[k - 1].tag in ("NNP", "PRP") and _finite(w) for k, w in enumerate(ordered)) \
                or clause[-1].lower in SUBORDINATORS:
            return  # no verb; 'Hiei clenched his fists,': the tagger's adjective after a name is its verb
        if any(w.lower in SUBORDINATORS for w in clause[-1:]) or clause[-1].tag in ("IN", "WRB", "CC") \
                or ordered[-1].tag == "DT" or len(ordered) > 1 and ordered[-2].tag == "DT" \
                and "JJ" in (ordered[-1].tag, lexicon_tag(ordered[-1].lower)):
            return  # 'with a polite, "Good morning."': the speech completes the phrase
        comma = quote.preceding_at
        edits = (Edit(comma, comma + 1, "."), *(_upper_edit(first) if first else ()))
        yield BEAT_LEAD_IN.finding(
            document, comma, quote.start + 1, "an action does not lead into speech with a comma: end its sentence with a full stop",
            [_fixed(plain, comma, (first.end if first else quote.start + 1), edits)], Fix(False, edits))

    def _lead_ins(self, document):
        """DL004: a narration paragraph ending in a comma, then a paragraph that opens with a quote."""
        plain, paragraphs = document.plain, document.paragraphs
        speech = speech_lexicon()[0]
        for (start, end), (next_start, _) in zip(paragraphs, paragraphs[1:]):
            last = plain[start:end].rstrip()
            comma = start + len(last) - 1
            if last.endswith(",") and document.kind_at(comma) == NARRATION and document.kind_at(next_start) == DIALOGUE:
                if last[:-1].rsplit(None, 1)[-1].lower() in speech:
                    continue  # 'and said,': a speech verb's comma introduces the speech, as it does on one line
                yield COMMA_BEFORE_SPEECH.finding(document, comma, comma + 1,
                                                  "a paragraph before speech ends with a comma: end it with '.'",
                                                  ["."], Fix(True, (Edit(comma, comma + 1, "."),)))


def _previous_paragraph_ended(document, quote: Quote) -> bool:
    """Whether the paragraph before the quote's ends a sentence (not speech running on, cut off or mid-sentence)."""
    paragraphs = document.paragraphs
    index = bisect.bisect_left(paragraphs, quote.paragraph)
    if index == 0 or index == len(paragraphs) or paragraphs[index] != quote.paragraph:
        return True  # the first paragraph, or a quote the paragraphs do not hold
    start, end = paragraphs[index - 1]
    last = document.plain[start:end].rstrip()
    return last[-1:] in ".!?" or last[-2:-1] in ".!?" and last[-1:] in QUOTE_MARKS


def _lemma_of(word) -> str:
    found = lemmas(word.lower).get("VERB", ())
    return found[0] if found else word.lower


ASIDES = frozenset("know mean think guess see say suppose swear bet admit".split())  # '"You know," she said, "I ...'


def _new_sentence_with_i(document, quote: Quote, resumed) -> bool:
    """Whether speech resumed after a tag and a comma starts a sentence of its own with 'I': the speech
    before the tag is a whole clause ('... but I want the red one,') and 'I' comes with its verb ('I know')."""
    verb = next((w for w in resumed[1:] if w.tag not in ("RB", "RBR")), None)  # 'I just want'
    if len(resumed) < 3 or verb is None or not (verb.tag in FINITE_TAGS or verb.norm in ("'m", "'ll", "'ve", "'d")):
        return False
    before = [w for w in document.words_in(quote.start + 1, quote.mark_at) if w.is_word() or w.norm in CLITIC_VERBS]
    if len(before) < 3 or before[0].lower in SUBORDINATORS or before[-1].lower in ASIDES or before[-1].lower == "what":
        return False  # "It's fine, Lil,"; "You know what," she said, "I ...": a lead-in that opens onto what follows
    return any(w.tag in FINITE_TAGS and any(v.lower in SUBJECT_PRONOUNS or v.tag == "NNP" for v in before[max(0, i - 3):i])
               for i, w in enumerate(before))


QUESTION_SUBJECTS = frozenset("you i we they he she it there that this".split())
PHRASAL_ENDS = PARTICLES | {"in", "around"}  # what ends a phrasal verb: 'scheduled in', 'spit out'
LINKING_WORDS = frozenset("anyway besides seriously honestly anyhow still".split())  # 'anyway, I ...' opens a sentence
WH_OPENERS = frozenset("what why where when who how which".split())
QUOTE_TOKENS = frozenset({'"', "``", "''", "'"})  # the quote marks among a speech's words


def _phrase_between_commas(document, start: int, end: int) -> bool:
    """Whether the text between a tag and the next quote is ', phrase,' describing the speaker, with no clause of
    its own: a participle's phrase (', rubbing her neck,'), an absolute one (', his voice filled with worry,') or
    words that say how (', calm but firm,', ', softly,')."""
    text = document.plain[start:end].strip()
    middle = document.words_in(start, end)[1:-1]
    if len(text) <= 2 or text[0] != "," or text[-1] != "," or not middle:
        return False
    lead = middle[0]
    participle = lead.tag == "VBG" or lead.lower.endswith("ing") and "VERB" in lemmas(lead.lower)  # the tagger's JJ 'confusing'
    before = document.words_in(max(0, start - 12), start)
    if before and before[-1].lower not in ("then", "and", "but") and all(
            w.tag == "JJ" or w.tag == "RB" and w.lower.endswith("ly") or "ADJ" in lemmas(w.lower)
            or w.lower in ("and", "but", "yet") and 0 < i < len(middle) - 1 for i, w in enumerate(middle)):
        return True  # ', calm but firm,', ', softly,' (not 'and then, more urgently,': the tag goes on)
    return (participle or lead.tag == "PRP$") and not any(w.lower in SUBJECT_PRONOUNS or not w.is_word() for w in middle)


def _new_sentence(document, quote: Quote, words) -> bool:
    """Whether speech resumed after its tag in lower case begins a new sentence: the speech before the tag asked
    or exclaimed ('"Where is he?" she asked, "why ..."'), or said a whole clause of its own and the speech after it
    opens with one ('"It's fine," he said, "he will be back."'; not '"I don't know," she said, "what you mean."')."""
    body = [w for w in words if w.norm not in QUOTE_TOKENS]
    if len(body) < 2 or document.plain[quote.mark_at - 1:quote.mark_at] in (".", "…") or quote.mark == "…":
        return False  # too short to tell, or speech that trailed off ('"Wait..." she said, "maybe not."')
    if quote.mark in "?!":
        return True  # '"Why?" she asked, "you ..."', '"Excuse me?" said Libby, "just give me a minute."': a question or cry ends there
    opens = _opens_sentence(body)
    spoken = [w for w in document.words_in(quote.start + 1, quote.mark_at) if w.norm not in QUOTE_TOKENS]
    clause = _subject_and_verb(spoken) or len(spoken) > 1 and spoken[0].lower in ("that", "this") \
        and spoken[1].tag in FINITE_TAGS  # 'That is still no excuse,'
    particle = spoken[-1].lower in PHRASAL_ENDS and spoken[-2].tag in ("VBN", "VBD", "VB", "VBP", "VBZ")  # 'scheduled in'
    return quote.mark == "," and opens and len(spoken) > 2 and clause and spoken[-1].lower not in BE_FORMS \
        and (spoken[-1].tag not in ("IN", "CC", "DT", "TO") or particle) and spoken[0].lower not in SUBORDINATORS


def _opens_sentence(body) -> bool:
    """Whether the words of resumed speech open a sentence of their own: a clause (not one led by *you*, *it*, *that*,
    *this*, which may go on the speech before), a question (*did he*, *what is*, *what possible reason would they*),
    or *anyway*, *besides*... and a clause."""
    first, then = body[0], body[1]
    if _right_clause(body, 0) is not None and first.lower not in ("you", "it", "that", "this"):
        return True
    if first.lower in AUXILIARIES | {"can", "will", "are", "is", "am"} and then.lower in QUESTION_SUBJECTS:
        return True
    if first.lower in WH_OPENERS:
        if then.lower in AUXILIARIES | {"can", "is", "are", "'s", "n't"}:
            return True
        asking = next((k for k in range(1, min(len(body) - 1, 4)) if body[k].tag not in ("JJ", "NN", "NNS", "DT")), 0)
        return asking > 1 and body[asking].lower in AUXILIARIES | {"can", "would", "could"} \
            and body[asking + 1].lower in QUESTION_SUBJECTS | {"the", "his", "her", "their", "my", "your"}
    return then.norm == "," and first.lower in LINKING_WORDS and _right_clause(body, 2) is not None


def _goes_on(document, quote: Quote, next_quote: Quote | None) -> bool:
    """Whether the speech goes on after the tag in lower case: '"Are you staying," she asked, "or going?"'."""
    return next_quote is not None and next_quote.paragraph == quote.paragraph \
        and document.plain[next_quote.start + 1:next_quote.start + 2].islower()


def _asks(document, quote: Quote) -> bool:
    """Whether the speech's last sentence asks by its word order: an auxiliary before its subject, after a
    wh-word or not ('Do you think it's time,' he muttered; 'Kagura-chan, where are you going,')."""
    body, called = _last_sentence(document, quote)
    first = 1 if body and body[0].lower in WH_OPENERS else 0
    if len(body) <= first + 2 or not (called or body[0].text[:1].isupper()):
        return False
    auxiliary, subject = body[first].lower, body[first + 1].lower
    if auxiliary in ("do", "have", "has", "had") and subject in ("it", "that", "this", "there"):
        return False  # 'Do it now,' 'Have that one,': orders
    if subject == "n't":  # 'Isn't it late,' asks; 'Don't look at me,' orders
        auxiliary, subject = ("" if auxiliary == "do" else auxiliary), body[first + 2].lower
    return auxiliary in AUXILIARIES | {"can", "ca", "wo", "shall", "am"} and subject in QUESTION_SUBJECTS


def _last_sentence(document, quote: Quote) -> tuple[list, bool]:
    """The words of the speech's last sentence, after the name of the one spoken to if it opens with one
    ('Kagura-chan, do you ...', 'Finch, just let us know'), and whether it did."""
    words = document.words_in(quote.start + 1, quote.mark_at if quote.mark else quote.end - 1)
    starts = [i + 1 for i, w in enumerate(words) if w.norm in (".", "!", "?", "…")]
    body = words[starts[-1] if starts else 0:]
    called = len(body) > 2 and body[1].norm == "," and body[0].text[:1].isupper()
    return (body[2:] if called else body), called


def _requests(document, quote: Quote) -> bool:
    """Whether the speech's last sentence asks for something by an order or *please*, not a question ('Let us know
    when they come in please,' he asked)."""
    body, _ = _last_sentence(document, quote)
    while body and body[0].tag == "RB":
        body = body[1:]
    return bool(body) and (body[0].tag == "VB" and body[0].lower not in AUXILIARIES or any(w.lower == "please" for w in body))


def _speech_verb_before(document, quote: Quote) -> bool:
    """Whether the clause before the quote's lead-in mark has a speech verb: 'She sighed and said, "...'."""
    speech = speech_lexicon()[0]
    for tail, word in enumerate(reversed(document.words_in(quote.before_start, quote.preceding_at))):
        if word.lower in speech and word.tag.startswith("VB"):
            return True
        if tail >= 3 or word.tag not in ("RB", "PRP", "TO", "IN", "NNP"):
            return False  # only 'said', 'said softly', 'said to him' lead straight into the speech
    return False


def _after_a_tag(document, quote: Quote, kinds=(TAG,)) -> bool:
    """Whether the narration before a quote is the tag (or, with BEAT in `kinds`, the action) of the quote
    before it ('"Hi," he said, "come in."')."""
    previous = document.quote_ending_at(quote.before_start)
    if previous is None or previous.paragraph != quote.paragraph:
        return False
    between = document.plain[previous.end:quote.start]
    return previous.following.kind in kinds and not any(mark in between for mark in ".!?")


def _is_speech(document, quote: Quote) -> bool:
    """A quote opened at the paragraph's start, at a line's start, after punctuation or straight after a
    speech verb: speech, not a quoted term."""
    if not quote.preceding_mark or not quote.preceding_mark.isalnum():
        return True
    plain, at = document.plain, quote.start
    while at > 0 and plain[at - 1] in " \t\r\n":
        at -= 1
    if "\n" in plain[at:quote.start]:
        return True  # lines of speech with no blank line between them
    before = document.words_in(quote.before_start, quote.start)
    if quote.closed and quote.mark in ("?", "!") and len(WORD_RE.findall(plain[quote.start + 1:quote.end])) >= 3 \
            and not (before and before[-1].tag in ("DT", "JJ", "PRP$", "IN", "CC")):
        return True  # 'saw Arthur "You stole a boat?"': a question or a cry of a few words is said, even run into (not
        # 'with a quick "I'm sorry, Captain!",': a quote used as a noun)
    return bool(before) and before[-1].lower in speech_lexicon()[0] and before[-1].tag.startswith("VB")  # 'replied "Nyeh'


def _lower_edit(clause) -> tuple[Edit, ...]:
    """Lower the tag's first word when it is a capitalised pronoun, article or speech verb."""
    first = clause.first
    speech, sounds, actions = speech_lexicon()
    if first.text[:1].isupper() and len(first.text) > 0 and (
            first.lower in CAPITALISED_FUNCTION_WORDS and first.lower != "i"
            or (clause.verb is first and (first.lower in speech | sounds | actions or not clause.subject))):  # 'Was all'
        return (Edit(first.start, first.start + 1, first.text[0].lower()),)
    return ()


def _fixed(plain: str, start: int, end: int, edits) -> str:
    """The span as it reads after the edits."""
    text = plain[start:end]
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start - start] + edit.replacement + text[edit.end - start:]
    return text
