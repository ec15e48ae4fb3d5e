"""Grammar: Harper (default) or LanguageTool, filtered for fiction.

Paragraphs of every document are checked once per run (cached on disk between runs),
then each match is kept or dropped here: spelling is left to the spelling check,
rules that misfire on speech are scoped out of dialogue, and known false alarms on
correct English are dropped. Each backend rule has a stable GR code; the backend's
own rule id is kept in the message and in the JSON (`rule_id`).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from ficlint.analysis import MODALS, lexicon_tag, verb_forms
from ficlint.checks import Rule
from ficlint.document import AUTHOR_NOTE, DIALOGUE, HEADING, MARKUP, SCENE_BREAK, WORD_RE, Document, base_form
from ficlint.errors import FiclintError
from ficlint.finding import Edit, Fix
from ficlint.grammar import (
    BACKENDS,
    GrammarMatch,
    GrammarSettings,
    GrammarUnavailable,
    open_backends,
)
from ficlint.grammar.cache import ParagraphCache, cache_folder
from ficlint.grammar.languagetool import SPELL_RULE_PREFIXES

NAME = "grammar"
CHUNK = 400  # paragraphs per backend call: progress is cached chunk by chunk
MAX_PARAGRAPH = 20_000  # characters; Harper slows down badly on one endless sentence
FIXABLE = "sometimes (unsafe: only when the backend offers exactly one replacement)"
WHY = "A grammar slip pulls a reader out of the story."

# Categories whose findings are suggestions rather than errors.
INFO_CATEGORIES = frozenset(
    {"Style", "Readability", "Enhancement", "Formatting", "Redundancy",
     "STYLE", "TYPOGRAPHY", "PLAIN_ENGLISH", "REDUNDANCY"}
)
# Rules (or categories) that misfire on speech, and on the chat of author's notes: fragments,
# fillers, dialect spelling, a lower-case 'i' ("i've been way too busy!! plz review").
# Backend spell rules (when enabled) are also kept out of dialogue, as spelling does.
INFORMAL = (DIALOGUE, AUTHOR_NOTE)
SPEECH = {
    "harper": frozenset(
        {"FillerWords", "OrthographicConsistency", "SplitWords", "SentenceCapitalization", "AvoidContractions",
         "PronounVerbAgreement", "PronounInflectionBe", "CapitalizePersonalPronouns", "Cant", "NominalWants",
         "RepeatedWords"}  # "it don't matter" is a voice; "heh heh", "shh shh" are said twice (TY010 still finds "the the")
    ),
    "languagetool": frozenset(
        {"UPPERCASE_SENTENCE_START", "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "GONNA", "ANYWAYS",
         "INCORRECT_CONTRACTIONS", "EN_UNPAIRED_BRACKETS", "I_LOWERCASE", "EN_CONTRACTION_SPELLING",
         "PRP_THE", "HE_VERB_AGR", "NE",  # "you the new guy?", "She drag you", "ne?": voices
         "DOUBLE_NEGATIVE", "PRP_PAST_PART", "AUXILIARY_DO_WITH_INCORRECT_VERB_FORM", "YOU_GOOD",  # "Last I seen him"
         "EN_SPLIT_WORDS_HYPHEN", "CONFUSION_OF_ME_I", "AGREEMENT_SENT_START_2",  # "you- you-"
         "CANT", "IDK", "CAUSE_BECAUSE", "PRONOUN_NOUN",  # "i cant even", "idk", "'cause", "you lot"
         "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "NONSTANDARD_PHRASES", "REPETITIONS_STYLE"}
    ),
}


@dataclass(frozen=True)
class FalseAlarm:
    """A rule's match on correct English: the matched text, what follows it and what comes before it."""

    rule: str
    text: str
    after: str = ""
    before: str = ""

    def hits(self, match: GrammarMatch, paragraph: str) -> bool:
        return (
            match.rule_id == self.rule
            and re.fullmatch(self.text, paragraph[match.start:match.end], re.IGNORECASE) is not None
            and re.match(self.after, paragraph[match.end:], re.IGNORECASE) is not None
            and re.search(f"(?:{self.before})\\Z", paragraph[:match.start], re.IGNORECASE) is not None
        )


FALSE_ALARMS = (
    # "Everything he ever had had been taken": past perfect of *have*.
    FalseAlarm("RepeatedWords", r"had\s+had"),
    FalseAlarm("ENGLISH_WORD_REPEAT_RULE", r"had\s+had"),
    # "It wasn't soon after that that Izumo...": a demonstrative then a conjunction.
    FalseAlarm("RedundantThat", r"that\s+that"),
    FalseAlarm("RepeatedWords", r"that\s+that"),
    FalseAlarm("ENGLISH_WORD_REPEAT_RULE", r"that\s+that"),
    # "happened to you two": *you* before a number or *both/all* is not *your*; nor before a subject ("lucky for you we did").
    FalseAlarm("PossessiveYour", r"you", r"\s+(two|three|four|five|both|all|guys|lot|we|i|he|she|they|yourself|yourselves|tonight|today|tomorrow|"
               r"now|too|here|there|again|alone)\b"),
    # "Were there stories about him?": a question about what exists, not *their*.
    FalseAlarm("ThereToTheir", r"there", before=r"(?:^|[.!?\"“”]\s*)(?:were|was|are|is)\s+"),
    # "people stand there today": the place, before a word of time, not *their*.
    FalseAlarm("ThereToTheir", r"there", r"\s+(?:today|tonight|tomorrow|yesterday|now|again|anymore|forever|once|twice)\b"),
    # "looking forward to yet another day": *yet* is an adverb, not a verb wanting its -ing form.
    FalseAlarm("LookingForwardTo", r"yet"),
    # "Ichigo let out a sigh", "John lets out a yelp": *let* in a phrasal verb.
    FalseAlarm("LetsConfusion", r"lets?", r"\s+(out|down|in|off|slip|loose|up|fly|go|rip)\b"),
    # "She can't be out fighting": *out* as an adverb, not a prefix.
    FalseAlarm("DisjointPrefixes", r"out\s+\w+ing"),
    # "She hopped down": hopping, not hoping.
    FalseAlarm("HopHope", r"hop\w*", r"\s+(down|up|off|onto|over|out|in|on|into|across|away|back|along|around|through)\b"),
    # "every one of them stopped": each one, not everyone.
    FalseAlarm("Everyone", r"every\s+one", r"\s+of\b"),
    # "It's half past nine": a time, not a possession.
    FalseAlarm("ItsPossessive", r"it['’]s", r"\s+(half|quarter|nearly|almost|about|just|only|already|still|past|ten|"
               r"eleven|twelve|one|two|three|four|five|six|seven|eight|nine|midnight|noon|dawn|morning|night|time)\b"),
    # "you guys think": a group addressed, not a verb after "you" (a past tense is dropped in _keep).
    FalseAlarm("PronounVerbAgreement", r"guys"),
    # "Please please PLEASE review": repeated on purpose.
    *(FalseAlarm(rule, r"(please|no|yes|yep|yup|yeah|nope|okay|ok|hmm|mm|um|uh|ah|aw|very|so|really|go|come|now|never|run|wait|hey|oh|ha|bye|knock|tick|"
               r"again|more|faster|harder|closer|higher|slowly|round|over|on)\s+\1")
      for rule in ("RepeatedWords", "ENGLISH_WORD_REPEAT_RULE")),
    # "from bored to angry to scared": a range, not *too*; "back to normal": a return.
    FalseAlarm("ToTwoToo", r"to", before=r"\b(?:from|to)\s+\w+\s+"),
    FalseAlarm("ToTwoToo", r"to", before=r"\bback\s+"),
    # "resentment would give way to hatred": the idiom *give way to*.
    FalseAlarm("WayTooAdjective", r"to", before=r"\b(?:give|gives|gave|given|giving)\s+way\s+"),
    # "something to look forward to again", "what he was up to now": a preposition at the end of its phrase.
    FalseAlarm("ToTwoToo", r"to", before=r"\b(?:forward|up)\s+"),
    # "He was also quite fun", "in quite a long time": the adverb before a word it qualifies.
    FalseAlarm("QuiteQuiet", r"quite", r"\s+[^\W\d_]", before=r"(?:^|(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bso)(?<!\bvery)\s+)"),
    # "all that was left were", "The ones that had survived were": the verb after a relative clause.
    FalseAlarm("WereWhere", r"were", before=r"\b(?:that|who|which)\s+(?:[^\W\d_]+\s+){1,3}"),
    # "the quiet one of the group": a collective noun.
    FalseAlarm("OneOfTheSingular", r"group|family|team|squad|division|crowd|class|gang|clan|pack|pair|bunch|lot|"
               r"world|best|rest|few|two|three|four|trio|duo|household|last|first|worst|youngest|oldest|latter|former"),
    # "she had been the one walking": a participle, not a mass noun.
    FalseAlarm("MassNouns", r"one\s+\w+ing"),
    # "wrote NO in big letters": the word itself, in capitals.
    FalseAlarm("NotIn", r"(?-i:NO)\s+in"),
    # "a very long time ago": the article is there.
    FalseAlarm("LongTimeAgo", r"long\s+time\s+ago", before=r"\ba\s+(?:very|really|so)\s+"),
    # "Can't say no to a fella": the answer *no*.
    FalseAlarm("NotTo", r"no\s+to", before=r"\bsay\s+"),
    # "send someone new": the adjective, not the past of *know*.
    FalseAlarm("PronounKnew", r"new", before=r"\b(?:(?:some|any|no|every)(?:one|body|thing)|me|him|her|us|them|what|which|whose|"
               r"whatever|whichever)\s+"),
    # "You're Evan, right?": *you are* before a name, not *your*.
    FalseAlarm("PronounContraction", r"you['’]re", r"\s+(?-i:[A-Z])[a-z]+\b"),
    # "Whenever ya like": dialect for *you*, not *you're*.
    FalseAlarm("YOUR_YOU_RE", r"ya"),
    # "a hell butterfly": the noun, not "he'll".
    FalseAlarm("HELL", r"hell", before=r"\b(?:a|the|this|that|of|what)\s+"),
    # "She kneeled", "he strived": a regular past the dictionaries give beside the irregular one.
    FalseAlarm("RegularIrregulars", r"kneeled|strived|leaped|dreamed|learned|burned|spelled|spoiled|smelled|spilled|"
               r"dived|dwelled|speeded|lighted|knitted|pleaded|sneaked|wetted"),
    # "for they belong to him alone": *for* joins a clause, and *they* is its subject.
    FalseAlarm("TheyToThem", r"they", r"\s+(?:[a-z]+ly\s+)?(?:are|were|had|have|would|could|will|can|did|do|must|might|"
               r"should|knew|belong|[a-z]+ed)\b"),
    # "propriety demands he enter the room": the subjunctive after a demand.
    FalseAlarm("PronounVerbAgreement", r"[a-z]+", before=r"\b(?:(?:demand|insist|require|suggest|propose|request|recommend)"
               r"(?:s|ed)?\s+(?:that\s+)?|lest\s+)(?:he|she|it)\s+"),
    # "Earlier that day", "an hour earlier that kiss had been": a time and a demonstrative, no comparison.
    FalseAlarm("ThatThan", r"that", before=r"\b(?:earlier|later|sooner)\s+"),
    # "Mr. and Mrs. Wilford": the stop of a title, not a sentence's end.
    FalseAlarm("SentenceCapitalization", r"[a-z]+", before=r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Lt|Sgt|Capt|Col|Gen|Jr|Sr)\.\s+"),
    # "Darkness….an endless sea": the sentence goes on after the dots.
    FalseAlarm("SentenceCapitalization", r"[a-z]+", before=r"(?:…|\.\.\.)\.?\s*"),
    # "the Re-Estize Kingdom": a name with a hyphen, not *there*.
    FalseAlarm("There", r"the\s+re", after=r"-"),
    # "anticipated her visit and prepared dinner": a past verb with its object, no infinitive (not "tried ignore").
    FalseAlarm("MissingTo", r"[a-z]+ed", r"\s+(?:the|a|an|his|her|their|my|your|our|its|this|that|these|those|some|him|"
               r"them|it|me|us|dinner|breakfast|lunch|supper)\b"),
    # "Did he want to?": the plain verb after *did* and its subject.
    FalseAlarm("NominalWants", r"want", before=r"\b(?:did|does|do|didn['’]t|doesn['’]t|don['’]t)\s+(?:he|she|it|you|they|we|i)\s+"),
    # "some fifteen years ago": *some* meaning about, before a number.
    FalseAlarm("QuantifierNumeralConflict", r"some\s+\w+", r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|"
               r"feet|metres?|meters?|people|men|times)\b"),
    # "Was he mad at me?": the question's own order, the adjective after its subject.
    FalseAlarm("PronounVerbAgreement", r"[a-z]+", before=r"(?:^|[.!?\"“]\s*)(?:(?:why|how|where|when|what|who|so|then)\s+)?"
               r"(?:was|is|were|are)\s+(?:he|she|it|they|you|we|i)\s+"),
    # "broke into the gang's hideout", "after a long workout": a noun after a possessive or an article, not a phrasal verb.
    FalseAlarm("PhrasalVerbAsCompoundNoun", r"[a-z]+", before=r"(?:['’]s|s['’]|\b(?:a|an|the|his|her|my|your|our|their|its|this|that))\s+"
               r"(?:[a-z]+\s+)?"),
    # "at the very beginning": *very* as the adjective of *the very man*.
    FalseAlarm("VerbToAdjective", r"the\s+very\s+\w+(?:\s+\w+)?"),
    # "Dr Ogden calls as she wipes her hands": *as* opens a clause of time, not a second name.
    FalseAlarm("CallThem", r"\s*as", r"\s+(?:he|she|they|I|we|you|it)\s"),
    # "one of the most artlessly kind": the adjective *kind*, not the noun.
    FalseAlarm("OneOfTheSingular", r"kind", before=r"\bmost\s+(?:\w+ly\s+)?"),
    # "Where'd he go?": *'d* is *did*, and the plain verb follows its subject.
    FalseAlarm("PronounVerbAgreement", r"[a-z]+", before=r"\b(?:where|what|how|why|who|when)['’]d\s+(?:he|she|it)\s+"),
    # "He sort of wished": a hedge, not the verb *sort*.
    FalseAlarm("PronounVerbAgreement", r"sort|kind", r"\s+of\b"),
    # "What's your name, little one?": a way of addressing a child.
    FalseAlarm("QuantifierNumeralConflict", r"little\s+one"),
)
AUTHOR_NOTE_MARKER_RE = re.compile(r"\bA/N\b", re.IGNORECASE)
PLURAL_LOOKING_NAME_RE = re.compile(r"\b([A-Z][^\W\d_]*s)\s+\Z")
CLIPPED_RE = re.compile(r"['’](?![^\W\d_])")  # an apostrophe ending a word: an', nothin'


def _can_be_past(word: str) -> bool:
    """Whether a word can be a simple past tense (*spat*, *hid*, *dither-dathered*)."""
    last = word.lower().rsplit("-", 1)[-1]
    return last.endswith("ed") or last in verb_forms(last, "VBD")


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|_", "-", name).lower()


def _harper_rules() -> dict[str, Rule]:
    """Harper rule name -> Rule, from the table of stable codes shipped with ficlint."""
    table = files("ficlint.grammar").joinpath("harper-codes.tsv").read_text(encoding="utf-8")
    rules = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, rule, description = line.split("\t")
            rules[rule] = Rule(
                code, f"harper-{_kebab(rule)}", NAME, description, WHY,
                f"Harper's {rule} rule; the message names the rule.", FIXABLE,
            )
    return rules


HARPER_RULES = _harper_rules()
# Off unless enabled:
# - spelling is the spelling check's job, and capitals and closed compounds (woodsmoke) with it;
# - whitespace, dashes and ellipses are typography's (Harper counts a tab as two spaces, fiction
#   writes "...." for an ellipsis and a full stop, and "Class 2-3" is no range);
# - long sentences, the Oxford comma, "all of the", "find out", a comma after "Instead", spelling
#   out abbreviations (OMG, ASAP) and Harper's advice on word choice ("very good" -> "excellent",
#   curses, "ok" -> "okay") are style: an author's voice, and a character's, is theirs to choose;
# - open compounds ("white walls") and missing prepositions were false alarms every time on the
#   seeds and bench/clean, and "a thief" (MassNouns), "lying there in Silbern" (Therein) and
#   "It's canon" (ItsPossessive, which the CF rules cover in context) on held-out stories;
# - a dialect's or a style guide's preference (snuck or sneaked, windscreen, "have a look", "not
#   uncommon", digits for small numbers, "re-entered", "would have never", hedging such as "to a certain
#   degree") is the author's choice, and "El and" is no split "Eland"
#   (MergeWords: split compounds are PU104's, which knows names): false alarms on real stories;
# - unclosed quotes are the dialogue check's (DL013), which knows speech that goes on into the next
#   paragraph and quotes inside quotes; Harper's UnclosedQuotes misread both on real stories.
HARPER_ABBREVIATIONS = tuple(name for name, rule in HARPER_RULES.items() if rule.summary.startswith("Expands"))
HARPER_STYLE = tuple(name for name, rule in HARPER_RULES.items()
                     if re.search(r"vivid writing|stronger word choice|offensive language|^Corrects ok to okay", rule.summary))
# 'and also', 'a couple days', 'stay a while', 'if only it was', 'No thanks': voice, not slips a copy editor marks;
# 'the Kraken's tentacles', 'the Dixon's house': fiction names its ships, beasts and families with 'the'
HARPER_PREFERENCES = tuple(name for name in HARPER_RULES if name.startswith("Prefer")) + (
    "Regionalisms", "LitotesDirectPositive", "HaveTakeALook", "InOnTheCards", "FedUpWith", "TillDate", "FatalOutcome",
    "SendAnEmailTo", "SpelledNumbers", "MergeWords", "DisjointPrefixes", "OutOfTheWindow", "WouldNeverHave", "Hedging",
    "AvoidAndAlso", "QuantifierNeedsOf", "AWhile", "SubjunctiveWasToWere", "IntroCueCommaBeforeThanks",
    "TheProperNounPossessive")
DEFAULT_OFF = {
    "harper": ("SpellCheck", "Spaces", "NoFrenchSpaces", "Dashes", "UseEllipsisCharacter", "EllipsisLength",
               "LongSentences", "OxfordComma", "CondenseAllThe", "FindOut", "SplitWords", "DiscourseMarkers",
               "NumericRangeEnDash", "OrthographicConsistency", "MassNouns", "Therein", "ItsPossessive",
               "CompoundNouns", "MissingPreposition", "UnclosedQuotes", *HARPER_ABBREVIATIONS, *HARPER_STYLE, *HARPER_PREFERENCES),
    # LanguageTool: style (three sentences starting alike, commas a writer may leave out, "all of
    # the", American or British preferences), unpaired quotes (the dialogue check's, and clipped
    # words such as hur'), hyphenated compounds and diacritics (fiancee): all false alarms or
    # matters of voice on the seeds and bench/clean; on real stories, a space after a sentence
    # (typography's: fiction writes "...Oh!" and "scared her…A determination"), "it's sure to
    # find you" (English, not a slip), commas the writer may leave out (before a closing "actually", "lucky for you
    # we did") and phrasal verbs read as nouns ("his back up straight", "don't fuck up").
    "languagetool": ("WHITESPACE_RULE", "EN_QUOTES", "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "COMMA_COMPOUND_SENTENCE",
                     "COMMA_COMPOUND_SENTENCE_2", "COMMA_COMPOUND_SENTENCE_3", "COMMA_COMPOUND_SENTENCE_4",
                     "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE", "ALL_OF_THE", "EN_UNPAIRED_QUOTES", "EN_COMPOUNDS",
                     "EN_DIACRITICS_REPLACE_ORTHOGRAPHY", "EN_DIACRITICS_REPLACE", "COMMA_PARENTHESIS_WHITESPACE",
                     "PROGRESSIVE_VERBS", "ADMIT_ENJOY_VB", "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA", "A_BIT",
                     "THINK_OFF", "THE_SUPERLATIVE", "SENTENCE_WHITESPACE", "IT_IS_SURE", "FINAL_ADVERB_COMMA",
                     "PRP_COMMA", "VERB_NOUN_CONFUSION"),
}
# LanguageTool categories that are style or a dialect's preference, off unless a rule is enabled.
LT_OFF_CATEGORIES = frozenset({"STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "REPETITIONS_STYLE", "AMERICAN_ENGLISH_STYLE",
                               "BRITISH_ENGLISH", "AMERICAN_ENGLISH", "BRE_STYLE_OXFORD_SPELLING", "TEXT_ANALYSIS",
                               "CREATIVE_WRITING", "WIKIPEDIA", "TON_ACADEMIC", "GENDER_NEUTRALITY"})
HARPER_OTHER = Rule("GR1000", "harper-other", NAME, "A Harper rule newer than ficlint's table of codes.",
                    WHY, "The message names Harper's rule.", FIXABLE)


def _languagetool_rules() -> dict[str, Rule]:
    """LanguageTool rule id -> Rule, from the table of stable codes shipped with ficlint."""
    table = files("ficlint.grammar").joinpath("languagetool-codes.tsv").read_text(encoding="utf-8")
    rules, names = {}, set()
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, rule, category = line.split("\t")
            name = f"languagetool-{_kebab(rule)}"
            name += f"-{code.lower()}" if name in names else ""  # ON-GOING and ON_GOING
            names.add(name)
            rules[rule] = Rule(
                code, name, NAME, f"LanguageTool's {rule} rule ({category}).", WHY,
                f"LanguageTool's {rule} rule; the message ends with [{rule}].", FIXABLE,
            )
    return rules


LT_RULES = _languagetool_rules()
LT_OTHER = Rule("GR2000", "languagetool-other", NAME, "A LanguageTool rule newer than ficlint's table of codes.",
                WHY, "The message names LanguageTool's rule id.", FIXABLE)


def rule_for(backend: str, match: GrammarMatch) -> Rule:
    """The stable GR code of a backend's rule."""
    if backend == "harper":
        return HARPER_RULES.get(match.rule_id, HARPER_OTHER)
    return LT_RULES.get(lt_rule_id(match.rule_id), LT_OTHER)


def lt_rule_id(rule_id: str) -> str:
    """The table's id for a LanguageTool match: EN_COMPOUNDS_LONG_LOST is a rule of EN_COMPOUNDS."""
    while rule_id not in LT_RULES and "_" in rule_id:
        rule_id = rule_id.rsplit("_", 1)[0]
    return rule_id


# Harper rules that judge how a word is spelt: the glossary and word lists overrule them.
HARPER_SPELL_RULES = frozenset({"SpellCheck", "SplitWords", "OrthographicConsistency"})


def is_spell_rule(backend: str, rule_id: str) -> bool:
    return rule_id in HARPER_SPELL_RULES if backend == "harper" else rule_id.startswith(SPELL_RULE_PREFIXES)


def grammar_settings(config) -> tuple[GrammarSettings, bool]:
    """`[tool.ficlint.grammar]` (plus CLI overrides) as settings; and whether to cache."""
    table = dict(config.grammar)
    where = str(config.path or "config")

    def bad(key: str, expected: str):
        return FiclintError(where, f"'tool.ficlint.grammar.{key}' must be {expected}, not {table[key]!r}")

    known = {"backend", "language", "url", "allow-public-api", "picky", "timeout",
             "disabled-rules", "enabled-rules", "cache"}
    for key in table:
        if key not in known:
            raise FiclintError(where, f"unknown key 'tool.ficlint.grammar.{key}' (known: {', '.join(sorted(known))})")
    rules = {}
    for key in ("disabled-rules", "enabled-rules"):
        value = table.get(key, {})
        if not (isinstance(value, dict) and set(value) <= {"harper", "languagetool"}
                and all(isinstance(v, list) and all(isinstance(r, str) for r in v) for v in value.values())):
            raise bad(key, "a table of harper/languagetool = [rule ids]")
        rules[key] = {name: tuple(ids) for name, ids in value.items()}
    checks = {
        "backend": (lambda v: v in BACKENDS, f"one of {', '.join(BACKENDS)}"),
        "language": (lambda v: isinstance(v, str) and re.fullmatch(r"en-[A-Z]{2}", v), "a variant like en-US or en-GB"),
        "url": (lambda v: v is None or isinstance(v, str), "a URL"),
        "allow-public-api": (lambda v: isinstance(v, bool), "true or false"),
        "picky": (lambda v: isinstance(v, bool), "true or false"),
        "cache": (lambda v: isinstance(v, bool), "true or false"),
        "timeout": (lambda v: isinstance(v, (int, float)) and v > 0, "a number of seconds"),
    }
    for key, (valid, expected) in checks.items():
        if key in table and not valid(table[key]):
            raise bad(key, expected)
    language = table.get("language", config.dialect or "en-US")
    spell_off = {"harper": ("SpellCheck",), "languagetool": (f"MORFOLOGIK_RULE_{language.replace('-', '_').upper()}",)}
    enabled = rules["enabled-rules"]
    disabled = {
        name: tuple(r for r in (*DEFAULT_OFF[name], *spell_off[name], *rules["disabled-rules"].get(name, ()))
                    if r not in enabled.get(name, ()))
        for name in ("harper", "languagetool")
    }
    # a Harper rule whose code the configuration does not select would only be dropped: it is not run
    disabled["harper"] += tuple(rule for rule, gr in HARPER_RULES.items() if not config.selects(gr.code))
    settings = GrammarSettings(
        backend=table.get("backend", "auto"), language=language, url=table.get("url"),
        allow_public_api=table.get("allow-public-api", False), picky=table.get("picky", False),
        disabled_rules={k: tuple(dict.fromkeys(v)) for k, v in disabled.items()}, enabled_rules=enabled,
        timeout=float(table.get("timeout", 30.0)),
    )
    return settings, table.get("cache", True)


@dataclass
class GrammarSession:
    """The run's backends (one or two), a paragraph cache for each, and what went wrong."""

    settings: GrammarSettings
    cache_folder: Path | None
    backends: list = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unavailable: bool = False  # the grammar asked for did not run (failed, or Harper stood in)
    open_seconds: float = 0.0
    results: dict[str, dict[str, list[GrammarMatch]]] = field(default_factory=dict)  # backend -> text -> matches
    caches: dict[str, ParagraphCache] = field(default_factory=dict)

    def open(self) -> GrammarSession:
        started = time.perf_counter()
        try:
            self.backends, self.warnings, self.unavailable = open_backends(self.settings)
        except GrammarUnavailable as error:
            self.fail(str(error))
        self.open_seconds = time.perf_counter() - started
        for backend in self.backends:
            self.results[backend.name] = {}
            if self.cache_folder is None:
                continue
            name = backend.name
            fingerprint = json.dumps([
                name, backend.version, self.settings.language, self.settings.picky,
                sorted(self.settings.disabled_rules.get(name, ())), sorted(self.settings.enabled_rules.get(name, ())),
            ])
            cache, problem = ParagraphCache.open(self.cache_folder, fingerprint)
            self.warnings += [problem] if problem else []
            if cache is not None:
                self.caches[name] = cache
        return self

    @property
    def backend(self):
        """The first backend (whose finding is kept when two flag the same words), or None."""
        return self.backends[0] if self.backends else None

    def fail(self, warning: str, backend=None) -> None:
        """A backend cannot be used: warn once and go on with the other one, if any."""
        self.warnings.append(warning)
        self.unavailable = True
        for gone in [backend] if backend is not None else list(self.backends):
            gone.close()
            if gone in self.backends:
                self.backends.remove(gone)

    def lookup(self, texts: list[str], backend=None) -> list[str]:
        """Take what a backend's cache knows (the first backend's by default); return what it must still check."""
        backend = backend or self.backend
        results, cache = self.results[backend.name], self.caches.get(backend.name)
        todo = []
        for text in dict.fromkeys(texts):
            if text in results:
                continue
            cached = cache.get(text) if cache else None
            if cached is None:
                todo.append(text)
            else:
                results[text] = cached
        return todo

    def check(self, texts: list[str]) -> None:
        """Check every paragraph not yet known, with each backend: from its cache, else by the backend."""
        for backend in list(self.backends):
            todo = self.lookup(texts, backend)
            for i in range(0, len(todo), CHUNK):
                if backend not in self.backends:
                    break
                self.store(todo[i:i + CHUNK], self.run(todo[i:i + CHUNK], backend), backend)

    def run(self, chunk: list[str], backend=None):
        """A backend's matches for some paragraphs, or why it failed (this may run in a worker process)."""
        try:
            return (backend or self.backend).check(chunk)
        except GrammarUnavailable as error:
            return error

    def store(self, chunk: list[str], found, backend=None) -> None:
        """Keep (and cache) what `run` found; after a failure that backend is off for the rest of the run."""
        backend = backend or self.backend
        if backend not in self.backends:
            return
        if isinstance(found, GrammarUnavailable):
            self.fail(str(found), backend)
            return
        results, cache = self.results[backend.name], self.caches.get(backend.name)
        for text, matches in zip(chunk, found):
            results[text] = matches
            if cache:
                cache.put(text, matches)

    @property
    def note(self) -> str:
        """For the summary line: which backend ran."""
        if self.backends:
            return "grammar: " + " + ".join(f"{b.name} {b.version}" for b in self.backends)
        return "grammar: unavailable" if self.unavailable else "grammar: off"

    @property
    def cache_hits(self) -> int:
        return sum(cache.hits for cache in self.caches.values())

    def close(self) -> None:
        for backend in self.backends:
            backend.close()
        for cache in self.caches.values():
            if cache.written:
                cache.prune()


def session_for(project) -> GrammarSession:
    """The run's grammar session, opened on first use and kept on the config.

    `--fix` and `--interactive` re-lint with new Projects that share the config, so
    they reuse the backend (one LanguageTool server per run); `close_session` stops it.
    """
    session = getattr(project.config, "_grammar_session", None)
    if session is None:
        settings, use_cache = grammar_settings(project.config)
        folder = cache_folder(project.config) if use_cache else None
        session = GrammarSession(settings, folder).open()
        project.config._grammar_session = session
    return session


def _in_hyphenated_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is joined by a hyphen to a letter on either side ('laugh' in 'laugh-sobbed')."""
    return text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha() \
        or start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def close_session(config) -> GrammarSession | None:
    """Stop the backend (a LanguageTool server) if this run opened one."""
    session = getattr(config, "_grammar_session", None)
    if session is not None:
        session.close()
    return session


def paragraphs(document: Document) -> list[tuple[int, str]]:
    """(start, text) of each paragraph worth checking: not a heading or scene break.

    Markup is already blanked to spaces in `plain`, so offsets match the text.
    """
    out = []
    for start, end in document.paragraphs:
        text = document.plain[start:end]
        if document.kind_at(start + len(text) - len(text.lstrip())) in (HEADING, SCENE_BREAK):
            continue
        out.append((start, text))
    return out


def touches_markup(document: Document, begin: int, end: int) -> bool:
    """Whether a span, with the whitespace around it, touches markup (blanked to spaces).

    Blanked markup leaves runs of spaces that backends read as French spacing, a
    space before a comma, or a sentence starting after a code span.
    """
    plain = document.plain
    while begin > 0 and plain[begin - 1].isspace():
        begin -= 1
    while end < len(plain) and plain[end].isspace():
        end += 1
    return any(s <= end and begin <= e for s, e in document.markup_spans)


def paragraphs_of(document: Document, project) -> list[tuple[int, str]]:
    return project.remember(("grammar.paragraphs", id(document)), lambda: paragraphs(document))


class GrammarCheck:
    """GR1xxx Harper rules, GR3xxx to GR6xxx LanguageTool rules, one code per rule."""

    name = NAME
    rules = [HARPER_OTHER, *HARPER_RULES.values(), LT_OTHER, *LT_RULES.values()]

    def prepare(self, project, jobs: int = 1) -> list | None:
        """Before the documents: the chunks of paragraphs Harper must check, as (chunk, run, store) work for
        worker processes when there are several jobs (Harper built first, to be shared by them); with one,
        Harper starts building in the background."""
        session = session_for(project)
        if session.backend is None:
            return None
        todo = session.lookup([text for doc in project.linted for _, text in paragraphs_of(doc, project)
                               if len(text) <= MAX_PARAGRAPH])
        if not todo:
            return None
        parallel = jobs > 1 and session.backend.name == "harper"
        getattr(session.backend, "warm_up", lambda now: None)(now=parallel)
        if not parallel:
            return None
        # Harper's matches for a paragraph depend on the batch it is linted in ('a a kid': AnA or RepeatedWords),
        # so the work is shared out by the very batches one process would lint: the findings stay the same
        return [(batch, session.run, session.store) for i in range(0, len(todo), CHUNK)
                for batch in session.backend.batched(todo[i:i + CHUNK])]

    def check(self, document: Document, project):
        session = session_for(project)
        project.remember("grammar.checked", lambda: self._check_project(project, session))
        known = project.vocabulary.accepted | project.vocabulary.dialect_words
        kept: list = []  # the first backend's findings, then the others' not on the same words
        for i, backend in enumerate(b.name for b in session.backends):
            results, first = session.results.get(backend, {}), i == 0
            for start, text in paragraphs_of(document, project):
                for match in results.get(text, ()):
                    if not self._keep(document, start, text, match, backend, known, session.settings):
                        continue
                    finding = self._finding(document, start, match, backend)
                    same = None if first else next(
                        (k for k in kept if k.start < finding.end and finding.start < k.end), None)
                    if same is None:
                        kept.append(finding)
                    elif finding.code not in same.extra.setdefault("also", []):
                        same.extra["also"].append(finding.code)
                        same.suggestions += [s for s in finding.suggestions if s not in same.suggestions]
        yield from kept

    def _check_project(self, project, session: GrammarSession) -> None:
        """Send every paragraph of the linted documents to the backend, except those too long to check."""
        texts = []
        for doc in project.linted:
            for start, text in paragraphs_of(doc, project):
                if len(text) <= MAX_PARAGRAPH:
                    texts.append(text)
                else:
                    line, _ = doc.position(start)
                    session.warnings.append(
                        f"grammar: {doc.path}:{line}: paragraph of {len(text):,} characters not checked "
                        f"(over {MAX_PARAGRAPH:,}); break it into paragraphs")
        session.check(texts)

    def _keep(self, document: Document, start: int, text: str, match: GrammarMatch, backend: str, known,
              settings: GrammarSettings) -> bool:
        flagged = text[match.start:match.end]
        if backend == "languagetool":
            rule_id = lt_rule_id(match.rule_id)
            if rule_id in settings.disabled_rules.get(backend, ()):
                return False  # a rule of a group the server still ran (EN_COMPOUNDS_LONG_LOST)
            if match.category in LT_OFF_CATEGORIES and rule_id not in settings.enabled_rules.get(backend, ()):
                return False
        begin = start + match.start + len(flagged) - len(flagged.lstrip())  # Harper starts some at a space
        if touches_markup(document, start + match.start, start + match.end):
            return False
        if any(m.start() < match.end and match.start < m.end() for m in AUTHOR_NOTE_MARKER_RE.finditer(text)):
            return False
        if CLIPPED_RE.match(text, match.end) and flagged[-1:].isalpha() or CLIPPED_RE.fullmatch(flagged[-1:] + text[match.end:match.end + 1]):
            return False  # a clipped word (an' for and, nothin', Don') is not the word it looks like
        kind = document.kind_at(begin)
        if kind in (HEADING, SCENE_BREAK, MARKUP):
            return False
        spelling = is_spell_rule(backend, match.rule_id)
        rule_id = lt_rule_id(match.rule_id) if backend == "languagetool" else match.rule_id
        if kind in INFORMAL and (spelling or rule_id in SPEECH[backend] or match.category in SPEECH[backend]):
            return False
        if spelling and any(base_form(w).lower() in known for w in WORD_RE.findall(flagged)):
            return False
        word = flagged.strip()
        if WORD_RE.fullmatch(word) and (word in document.names or word.lower() in known) and (
                word[:1].isupper() or match.category in ("TYPOS", "CASING", "PROPER_NOUNS")):
            return False  # a name or term the story or its packs use ('Ino', 'pokemon'), read as another word ('I no')
        if "AGREEMENT" in rule_id and (name := PLURAL_LOOKING_NAME_RE.search(text, 0, match.start)) \
                and name.group(1) in document.names:
            return False  # 'Trunks was': a character's name that ends in s, not a plural
        first = word.split(" ", 1)[0]
        if first.lower() in MODALS and (first in document.tagged_names or named_by_a_past_verb(document, first)):
            return False  # 'Will is', 'Will nodded': a character the story calls Will, read as the modal
        if rule_id == "PronounVerbAgreement" and _can_be_past(word):
            return False  # 'Rukia spat', 'he hid', 'she leapt': a past tense the backend read as a present
        if WORD_RE.fullmatch(word) and _in_hyphenated_word(text, match.start, match.end):
            return False  # 'she laugh-sobbed': one piece of a hyphenated word, which the backend reads alone
        return not any(alarm.hits(match, text) for alarm in FALSE_ALARMS)

    def _finding(self, document: Document, start: int, match: GrammarMatch, backend: str):
        rule = rule_for(backend, match)
        begin, end = start + match.start, start + match.end
        suggestions = [r for r in match.replacements if r != document.text[begin:end]][:5]
        fix = Fix(False, (Edit(begin, end, suggestions[0]),)) if len(match.replacements) == 1 and suggestions else None
        finding = rule.finding(
            document, begin, end, f"{match.message} [{match.rule_id}]", suggestions, fix,
            rule_id=match.rule_id, backend=backend, category=match.category,
        )
        if match.category in INFO_CATEGORIES:
            finding.severity = "info"
        return finding


def named_by_a_past_verb(document: Document, word: str) -> bool:
    """Whether the capitalised modal is somewhere followed by a past verb ('Will nodded'): a modal never is, a name is."""
    return word[:1].isupper() and any(lexicon_tag(following) == "VBD" for following in re.findall(
        rf"\b{re.escape(word)}[ \t]+([a-z]+)\b", document.plain))


def prepare(config, backend: str | None, url: str | None, no_cache: bool) -> None:
    """Apply `--grammar`, `--languagetool-url` and `--no-cache` over `[tool.ficlint.grammar]`.

    A URL with `auto` means LanguageTool beside Harper (Harper alone, with one warning, when
    the URL does not answer). Harper itself is built only when a paragraph needs it.
    """
    overrides = {"backend": backend, "url": url, "cache": False if no_cache else None}
    config.grammar = {**config.grammar, **{k: v for k, v in overrides.items() if v is not None}}


def timings_line(result, session: GrammarSession | None) -> str:
    """Seconds per check, and how long opening the grammar backend took (within `grammar`)."""
    parts = [f"{name} {seconds:.2f} s" for name, seconds in result.timings.items()]
    if session is not None:
        parts.append(f"grammar backend start {session.open_seconds:.2f} s")
        if session.caches:
            parts.append(f"grammar cache hits {session.cache_hits}")
    return "timings: " + ", ".join(parts)
