"""Dialogue punctuation: the tag after a quote, the comma that leads into it, the lead-in to speech.

A tag is a speech verb with its speaker (*she said*, *He yelled at her*, *said Ichigo*);
what follows a quote without a speech verb is a new sentence and is left alone
(`"Go." She turned away.`). Nothing inside the quotes is touched but its closing mark,
so dialect and speech stay as the author wrote them.
"""

from __future__ import annotations

import re

from ficlint.checks import Rule
from ficlint.document import CLOSE_QUOTES, DIALOGUE, NARRATION, TOGGLE_QUOTES
from ficlint.finding import Edit, Fix

NAME = "dialogue"
CAPITAL_TAG = Rule(
    "DL001", "capitalised-tag", NAME, "A dialogue tag after a quote that starts with a capital pronoun.",
    "The tag belongs to the sentence of the quote, so it goes on in lower case.",
    '"Ichigo!" She said  ->  "Ichigo!" she said', "always (safe)",
)
FULL_STOP_TAG = Rule(
    "DL002", "full-stop-before-tag", NAME, "A quoted statement closed with a full stop before its dialogue tag.",
    "A statement followed by a tag ends with a comma; the full stop cuts the sentence in two.",
    '"I know." he said  ->  "I know," he said', "always (safe)",
)
MISSING_COMMA_TAG = Rule(
    "DL003", "missing-comma-before-tag", NAME, "A quoted statement with no punctuation before its dialogue tag.",
    "A statement followed by a tag needs a comma inside the closing quote.",
    '"I know" he said  ->  "I know," he said', "always (safe)",
)
COMMA_BEFORE_SPEECH = Rule(
    "DL004", "comma-before-speech", NAME,
    "A narration paragraph that ends with a comma, followed by a paragraph of speech.",
    "A paragraph break ends the sentence; the comma leaves it hanging.",
    'Gin knelt down,\\n\\n"Come with me."  ->  Gin knelt down.', "always (safe)",
)
LOWER_CASE_SPEECH = Rule(
    "DL005", "speech-starts-lower-case", NAME,
    "Speech that opens in lower case after a tag or action ended with a full stop.",
    "After a full stop a new sentence begins, inside the quotes too; or the tag ends with a comma.",
    '"I know," he said. "but not now."  ->  he said. "But not now." (or: he said, "but not now.")', "always (unsafe)",
)

IRREGULAR = "said says told tells spoke speaks sang sings spat spits began".split()
REGULAR = """ask cry yell whisper call gasp reply mutter murmur shout scream snap answer add continue
exclaim mumble hiss growl sigh laugh sob stammer stutter breathe chuckle tease demand beg plead insist
warn admit explain question inquire respond retort remark repeat grumble groan whimper whine roar bellow
bark comment offer suggest agree promise announce declare interrupt purr drawl quip sneer scoff snarl
squeak squeal croak wail shriek note muse wonder joke yelp huff grunt blurt giggle snicker greet order
protest object observe state mention counter correct confirm assure soothe coo chirp cheer sniff""".split()
DOUBLED = {"snap", "beg", "sob", "quip"}
# Sounds as much as speech: after a closed quote, "Ichigo sighed." is an action of its own.
BEATS = "sigh laugh sob chuckle groan huff grunt giggle snicker sniff gasp scoff snort".split()
PRONOUNS = {"he", "she", "they", "we", "you", "it"}
ADVERB = r"(?:[a-z]+ly[ \t]+)?"
SUBJECT_FIRST = re.compile(rf"[ \t]*(?P<subject>[A-Za-z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)[ \t]+{ADVERB}(?P<verb>[A-Za-z]+)\b(?![ \t]+(?:nothing|it|that|this|so|something|anything|everything)\b)")
VERB_FIRST = re.compile(r"[ \t]*(?P<verb>[A-Za-z]+)[ \t]+(?P<subject>[A-Z][\w’']*|he|she|they|we|you|it)\b")


def _inflections(verb: str) -> set[str]:
    """The -s and -ed forms of a regular verb: cry -> cries, cried; snap -> snaps, snapped."""
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return {verb[:-1] + "ies", verb[:-1] + "ied"}
    stem = verb + verb[-1] if verb in DOUBLED else verb
    return {verb + ("es" if verb.endswith(("sh", "ch", "ss", "x")) else "s"),
            stem + ("d" if verb.endswith("e") else "ed")}


SPEECH_VERBS = frozenset(IRREGULAR) | frozenset(form for verb in REGULAR for form in _inflections(verb))
BEAT_VERBS = frozenset(form for verb in BEATS for form in _inflections(verb))
SPEECH_START = re.compile(r"[\"“][ \t]*(?P<letter>[a-z])[a-z]*\b")
SENTENCE_END_BEFORE = re.compile(r"[^\W\d_][ \t]*[.!?][ \t]+\Z")  # 'he said. ' (not an ellipsis, not a quote's own end)
NOT_A_TAG = re.compile(r"[ \t]+(?:to\b|[a-z]+ing\b)")  # "She began to back away", "He continued walking"


class DialogueCheck:
    """DL001 capitalised tag, DL002 full stop before a tag, DL003 no comma before a tag, DL004 lead-in comma."""

    name = NAME
    rules = [CAPITAL_TAG, FULL_STOP_TAG, MISSING_COMMA_TAG, COMMA_BEFORE_SPEECH, LOWER_CASE_SPEECH]

    def check(self, document, project):
        plain = document.plain
        for segment in document.segments:
            if segment.kind != DIALOGUE:
                continue
            if plain[segment.end - 1] in CLOSE_QUOTES + TOGGLE_QUOTES:
                finding = self._tag(document, plain, segment.end)
                if finding:
                    yield finding
            yield from self._lower_case_opening(document, plain, segment.start)
        yield from self._lead_ins(document, plain)

    def _lower_case_opening(self, document, plain: str, quote: int):
        """DL005: '... he said. "but ...': speech after a full stop starts a sentence."""
        first = SPEECH_START.match(plain, quote)
        if first and SENTENCE_END_BEFORE.search(plain, max(0, quote - 40), quote):
            letter, word = first.start("letter"), plain[first.start("letter"):first.end()]
            yield LOWER_CASE_SPEECH.finding(
                document, letter, first.end(), f"speech after a full stop starts with a capital: '{word.capitalize()}'",
                [word.capitalize()], Fix(False, (Edit(letter, letter + 1, word[0].upper()),)))

    def _tag(self, document, plain: str, after: int):
        """A finding for the tag that follows a quote ending at `after`, if it is punctuated wrongly."""
        tag = _tag_at(plain, after)
        if tag is None:
            return None
        first_start, first, verb, verb_end = tag
        mark_at = after - 2
        mark = plain[mark_at]
        if first[:1].isupper() and mark in ".!?…" and verb.lower() in BEAT_VERBS:
            return None  # '"...one batch." Ichigo sighed.' is a sentence of its own
        lower_edit = ()
        if first[:1].isupper() and (first.lower() in PRONOUNS or first.lower() in SPEECH_VERBS):
            lower_edit = (Edit(first_start, first_start + 1, first[0].lower()),)
        if mark == "." and plain[mark_at - 1] != ".":
            edits = (Edit(mark_at, mark_at + 1, ","), *lower_edit)
            message = "a statement before a dialogue tag ends with a comma" + (
                ", and the tag goes on in lower case" if lower_edit else "")
            return FULL_STOP_TAG.finding(document, mark_at, verb_end, message, [_fixed(plain, mark_at, verb_end, edits)],
                                         Fix(True, edits))
        if mark.isalpha():
            edits = (Edit(mark_at + 1, mark_at + 1, ","), *lower_edit)
            return MISSING_COMMA_TAG.finding(document, mark_at, verb_end, "a comma is missing before the dialogue tag",
                                             [_fixed(plain, mark_at, verb_end, edits)], Fix(True, edits))
        if lower_edit:
            fixed = _fixed(plain, first_start, verb_end, lower_edit)
            return CAPITAL_TAG.finding(document, first_start, verb_end, f"the dialogue tag goes on in lower case: '{fixed}'",
                                       [fixed], Fix(True, lower_edit))
        return None

    def _lead_ins(self, document, plain: str):
        """DL004: a narration paragraph ending in a comma, then a paragraph that opens with a quote."""
        paragraphs = document.paragraphs
        for (start, end), (next_start, _) in zip(paragraphs, paragraphs[1:]):
            last = plain[start:end].rstrip()
            comma = start + len(last) - 1
            if last.endswith(",") and document.kind_at(comma) == NARRATION and document.kind_at(next_start) == DIALOGUE:
                said = last[:-1].rsplit(None, 1)[-1].lower() in SPEECH_VERBS  # 'and said,' introduces the speech
                mark = ":" if said else "."
                yield COMMA_BEFORE_SPEECH.finding(document, comma, comma + 1,
                                                  f"a paragraph before speech ends with a comma: end it with '{mark}'",
                                                  [mark], Fix(True, (Edit(comma, comma + 1, mark),)))


def _tag_at(plain: str, after: int) -> tuple[int, str, str, int] | None:
    """(start of the tag's first word, that word, the speech verb, the tag's end) of a tag right after a quote."""
    match = SUBJECT_FIRST.match(plain, after)
    if (match and match.group("verb").lower() in SPEECH_VERBS and _is_speaker(match.group("subject"))
            and not NOT_A_TAG.match(plain, match.end("verb"))):
        return match.start("subject"), match.group("subject"), match.group("verb"), match.end("verb")
    match = VERB_FIRST.match(plain, after)
    if match and match.group("verb").lower() in SPEECH_VERBS:
        return match.start("verb"), match.group("verb"), match.group("verb"), match.end("subject")
    return None


def _is_speaker(word: str) -> bool:
    """A pronoun or a capitalised name can speak; 'Her lips' and 'the boy' are not this tag's subject."""
    return word.lower() in PRONOUNS or (word[:1].isupper() and word.lower() not in {"her", "his", "the", "their", "its"})


def _fixed(plain: str, start: int, end: int, edits) -> str:
    """The span as it reads after the edits."""
    text = plain[start:end]
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start - start] + edit.replacement + text[edit.end - start:]
    return text
