"""Word forms: verbs and nouns in the form their neighbours need.

Reads the tagged sentences (`Document.sentences`) and LemmInflect's forms of each word
(`ficlint.analysis`), so the rules hold for every verb and noun, not for a list of them:
*had knew* (any past after *had* that is not a participle), *she seen*, *Ash frown*,
*one of his best friend*, *the portraits along the wall was*, *she laid on the bed*,
*between he and I*, *Deans car*, *one his suits*, *leaving mom behind*.
"""

from __future__ import annotations

from ficlint.analysis import (
    MODALS, Word, inflections, is_participle_only, is_past_only, lemmas, lexicon_tag, noun_plural, participles_of_past,
    verb_forms)
from ficlint.checks import Rule
from ficlint.checks.spelling import english
from ficlint.checks.syntax import TITLES
from ficlint.document import DIALOGUE, NARRATION
from ficlint.finding import Edit, Fix
from ficlint.speech import SUBJECT_PRONOUNS

NAME = "forms"


def _rule(code: str, name: str, summary: str, why: str, example: str) -> Rule:
    return Rule(code, name, NAME, summary, why, example, "always (unsafe)")


PAST_AFTER_HAVE = _rule(
    "WF001", "past-after-have", "A simple past after *had* or *have*, where the participle belongs: *had knew*, *have went*.",
    "The perfect tenses take the participle; the simple past there reads as a slip.",
    "She had always knew it.  ->  She had always known it.")
PARTICIPLE_AS_PAST = _rule(
    "WF002", "participle-as-past", "A participle used alone as the past: *she seen*, *they done*, *he begun*.",
    "Without *had* or *has* the participle cannot carry the sentence; the past tense can.",
    "The day she seen him.  ->  The day she saw him.")
BARE_VERB = _rule(
    "WF003", "bare-verb-after-subject", "A verb's plain form after *he*, *she*, *it*, a name or a singular noun: *Ash frown and glared*.",
    "One person needs *frowns* (present) or *frowned* (past); the bare form is a dropped ending.",
    "Ash frown and glared at Brock.  ->  Ash frowned and glared at Brock.")
ONE_OF_SINGULAR = _rule(
    "WF004", "one-of-singular", "*One of* followed by a singular noun: *one of his best friend*.",
    "*One of* picks one out of many, so the noun after it is plural.",
    "He's one of Charlie's best friend.  ->  He's one of Charlie's best friends.")
AGREEMENT = _rule(
    "WF005", "agreement-across-phrase", "A verb that agrees with the noun next to it, not with its subject: *the portraits along the wall was*.",
    "The subject is the first noun, not the one in the phrase after it.",
    "The portraits along the wall was old.  ->  The portraits along the wall were old.")
LAY_LIE = _rule(
    "WF006", "lay-for-lie", "*Laid*, *laying*, *lays* with nothing laid: *she laid on the bed*; *lied awake*.",
    "*Lay* takes an object (*laid the book down*); to recline is *lie, lay, lain, lying*.",
    "She laid on the bed.  ->  She lay on the bed.")
PRONOUN_CASE = _rule(
    "WF007", "subject-pronoun-after-preposition", "*He*, *she*, *I*, *we*, *they* after a preposition: *between he and I*.",
    "After a preposition a pronoun takes its object form: *him*, *her*, *me*, *us*, *them*.",
    "It stayed between he and Sherlock.  ->  It stayed between him and Sherlock.")
POSSESSIVE = _rule(
    "WF008", "possessive-apostrophe", "A possessive without its apostrophe before the thing owned: *Deans car*, *his brothers shoulder*; "
    "or a verb's -s with one: *he get's it*.",
    "Without the apostrophe the word reads as a plural, and the noun after it has no owner.",
    "He leaned on Deans car.  ->  He leaned on Dean's car.")
MISSING_OF = _rule(
    "WF009", "missing-of", "*Of* left out after *one*, *some*, *most*: *one his suits*.",
    "*One his suits* needs *of* to say which set the one comes from.",
    "He wore one his suits.  ->  He wore one of his suits.")
FORM_AFTER_MODAL = _rule(
    "WF011", "form-after-modal", "A verb after *will*, *could*, *must*..., *doesn't*, *did not* or *to* in a form other than its plain one: "
    "*will never going*, *doesn't tries*.",
    "A modal takes the plain form of the verb (*could stand*); *-ing*, a past or a participle there is a slip or a lost word.",
    "He could standing there all day.  ->  He could stand there all day.")
S_VERB = _rule(
    "WF012", "s-verb-after-plural-pronoun", "A verb in *-s* after *I*, *you*, *we* or *they*: *they always walks*, *you just groans*.",
    "Only *he*, *she*, *it* and a singular noun take the *-s* of the present; after *they* it reads as a typing slip.",
    "They always walks home together.  ->  They always walk home together.")
KIN_NAME = _rule(
    "WF010", "family-name-capital", "*Mom*, *Dad*, *Grandma* used as a name, or a title before a name, in lower case: "
    "*leaving mom behind*, *called uncle Fester*.",
    "Without *my* or *his* the word is her name (or part of his), and a name takes a capital.",
    "He hated leaving mom behind.  ->  He hated leaving Mom behind.")
COUNT_SINGULAR = _rule(
    "WF013", "count-with-singular", "A number above one with a singular unit: *seven year ago*, *two month after*.",
    "A count of more than one takes the plural; the singular belongs only before a noun (*a two-month trip*).",
    "They met seven year ago.  ->  They met seven years ago.")
DETERMINER_NUMBER = _rule(
    "WF014", "determiner-number", "A determiner and its noun that disagree in number: *a minutes*, *every students*, *several car*.",
    "*A*, *another*, *each* and *every* pick out one; *these*, *those*, *many*, *several* and *both* count more than one.",
    "She waited a minutes.  ->  She waited a minute.")
OBJECT_AS_SUBJECT = _rule(
    "WF015", "object-pronoun-as-subject", "*Me*, *him*, *her*, *us* or *them* in a pair that is a clause's subject: "
    "*Me and Mei went*, *him and Anna began*.",
    "The subject of a verb takes the subject pronoun: *Mei and I went*, *he and Anna began*.",
    "Later, him and Anna left.  ->  Later, he and Anna left.")

SUBJECTS = frozenset("he she it".split())
PERCEIVING = frozenset("watch see hear feel notice observe make let help".split())  # take an object and a plain verb
PLACE_WORDS = frozenset("next nearby here there alone together".split())  # 'the boy who live next door'
NOUN_OPENERS = frozenset("the a an his her their my your our its this that".split())
GROUP_NOUNS = frozenset("police people staff team family crowd group couple class crew audience government committee "
                        "pair rest majority other".split())  # nouns that may take a plural verb: 'the police arrive'
NO_DROPPED_ENDING = frozenset("need dare be have do".split())  # plain forms that are right after a subject or 'and'
CLAUSE_JOINERS = frozenset("and or but that which who when while as if because before after until since though".split())
SUBJECT_CASE = {"he": "him", "she": "her", "i": "me", "we": "us", "they": "them"}
SUBJECT_OF = {obj: "I" if subject == "i" else subject for subject, obj in SUBJECT_CASE.items()}  # 'Me and Mei went' -> 'I'
OBJECT_CASE = frozenset("me him us them".split())  # 'her' and 'it' may start a noun phrase
OBJECT_PRONOUNS = OBJECT_CASE | {"her"}
AMOUNT_NOUNS = frozenset("amount amounts number lot lots bunch handful".split())  # 'the biggest amount money'
MARKED_PARTICIPLES = frozenset({"showed"})  # a past the dictionary allows after 'had' but copy editors mark: 'had showed up'
HAVE = frozenset("had has have having 've 'd".split())
AUXILIARIES = frozenset("have has had do does did will would can could shall should may might must is was are were be am "
                        "'s 're 'm 've 'd 'll".split())
LINKS = frozenset("that if lest rather".split())
WH_OPENERS = frozenset("where what how when why wherever whatever however whenever".split())
REPORTING_VERBS = frozenset("know think say realise realize believe hope suppose guess figure decide remember forget "
                            "assume doubt wish".split())
BARE_OBJECT_VERBS = frozenset("let make help watch see hear feel have notice".split())  # 'letting his covers fall', 'felt her cheeks burn'
CLAUSE_OPENERS = frozenset("and but or so then when while as because if though although since until after before "
                           "once".split())
COLLECTIVES = frozenset("family group team crew class party staff army crowd pair bunch couple lot few handful kind "
                        "sort type majority rest number series".split())
SINGULAR_PLURALS = frozenset("news physics mathematics series species means politics ethics economics".split())
SINGULAR_VERBS = {"was": "were", "is": "are", "has": "have", "does": "do"}
PLURAL_VERBS = {"were": "was", "are": "is", "have": "has", "do": "does"}
INDEFINITES = frozenset("everything everyone everybody nothing nobody someone somebody anything anyone each".split())
PURE_PREPOSITIONS = frozenset("between to with from without about of at behind beside near except among against toward "
                              "towards onto into upon beneath under over around through across despite for alongside "
                              "unlike beyond within amongst besides".split())
PEOPLE = frozenset("girls boys kids students parents brothers sisters friends twins teachers soldiers guards "
                   "players ninjas villagers knights nurses doctors witches wizards".split())  # plurals that own things
PLURAL_ATTRIBUTIVES = frozenset("sports arms weapons glasses clothes savings goods news customs species series means jeans "
                                "pants trousers shorts sales sweets drinks wares rations supplies stairs woods".split())
ABBREVIATED_TITLES = frozenset("mr mrs ms dr st".split())  # written with their stop, another rule's
KIN = {"mom": "Mom", "mum": "Mum", "dad": "Dad", "mommy": "Mommy", "mummy": "Mummy", "daddy": "Daddy",
       "grandma": "Grandma", "grandpa": "Grandpa", "granny": "Granny", "grandad": "Grandad", "granddad": "Granddad",
       "gramps": "Gramps", "nana": "Nana", "papa": "Papa", "mama": "Mama", "mother": "Mother", "father": "Father"}
IS_BEFORE = frozenset("where here there what who that it he she how".split())  # "where's daddy": 's is 'is'
COMMON_KIN = frozenset({"mother", "father"})  # also verbs and common nouns: 'to mother him', 'like father, like son'
DETERMINERS = frozenset("my his her your their our its the a an this that these those every each no any some".split())
OF_QUANTIFIERS = frozenset("one some most none each many several few".split())
OF_DETERMINERS = frozenset("his her their my your our the these those".split())
MODAL_TOKENS = MODALS | {"ca", "wo"}  # 'ca', 'wo': the tokens of can't, won't
DO_FORMS = frozenset("do does did".split())  # with 'not' after them they take the plain form, like a modal
MODAL_AS_NOUN = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "POS", "IN", "CD"})  # 'the can', 'his will', 'all his might'
ONE_DETERMINERS = frozenset("a an another each every".split())
MANY_DETERMINERS = frozenset("these those many several both".split())
PLURAL_ONLY = frozenset("means series species headquarters barracks crossroads news whereabouts gallows kudos odds thanks "
                        "pants scissors glasses clothes congratulations goods premises remains surroundings outskirts "
                        "woods lens thumbs others".split())  # singular in sense or in use: 'a means', 'a glasses case'
PHRASE_ENDERS = frozenset({"IN", "CC", "TO", "RB", "JJ", "VBD", "VBN", "VBZ", "MD", "WDT", "WP"})  # what can follow a noun phrase's head
KINDS = frozenset("kind sort type".split())  # 'these kind of things': speech, not a slip copy editors mark
COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                   "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred several "
                   "few many".split())
UNITS = frozenset("year month week day hour minute second mile inch meter metre kilometer kilometre pound dollar".split())
TIME_WORDS = frozenset("today tonight tomorrow yesterday now".split())
BODY = frozenset("head face eyes eye hair hand hands arm arms shoulder shoulders heart mind voice mouth lips cheeks "
                 "chest back neck body fingers legs knees feet stomach gaze breath".split())  # what a person has
LIED_STILL = frozenset("awake still down back motionless flat curled asleep there beside".split())


class FormsCheck:
    """WF001-WF015: verb and noun forms against their neighbours."""

    name = NAME
    rules = [PAST_AFTER_HAVE, PARTICIPLE_AS_PAST, BARE_VERB, ONE_OF_SINGULAR, AGREEMENT, LAY_LIE, PRONOUN_CASE,
             POSSESSIVE, MISSING_OF, KIN_NAME, FORM_AFTER_MODAL, S_VERB, COUNT_SINGULAR, DETERMINER_NUMBER, OBJECT_AS_SUBJECT]

    def check(self, document, project):
        past_story = _told_in_past(document)
        names = document.names
        for sentence in document.sentences:
            words = sentence.words
            for i, word in enumerate(words):
                rules = [rule for trigger, rule in RULES if trigger(word)]
                if not rules or (word.start and document.text[word.start - 1] in "*_`"):
                    continue  # nothing to look at, or a word quoted as an example (*laid*), not used
                kind = document.kind_at(word.start)
                for rule in rules:
                    finding = rule(document, words, i, kind, past_story, names)
                    if finding:
                        yield finding
                        break


def _replace(document, rule: Rule, word: Word, new: str, message: str, start: int | None = None):
    new = new[0].upper() + new[1:] if word.text[:1].isupper() and word.text[1:2].islower() else new
    start = word.start if start is None else start
    return rule.finding(document, start, word.end, message, [new], Fix(False, (Edit(word.start, word.end, new),)))


def _past_after_have(document, words, i, kind, past_story, names):
    """WF001: had + (adverbs) + a past that is not a participle."""
    word = words[i]
    bare = _bare_form(word) and not is_past_only(word.lower)  # 'had ever saw' is the past of 'see', not 'saw' (cut)
    if not word.is_word() or not (bare or is_past_only(word.lower) or word.lower in MARKED_PARTICIPLES):
        return None
    j = i - 1
    while j >= 0 and (_adverb(words[j]) or words[j].lower in ("n't", "not", "all", "both")):
        j -= 1
    if j < 0 or words[j].lower not in HAVE:
        return None
    if words[j].lower == "'d" and j + 1 == i:
        return None  # "I'd went" may be "I would go" misheard; leave it
    subject, before_subject = (words[j - 1], words[j - 2]) if j >= 2 else (None, None)
    if subject is not None and (subject.tag == "PRP" or subject.tag == "NNP" and word.lower in ("was", "were")) \
            and (before_subject.tag in ("NN", "NNS", "DT", "WP") or before_subject.lower == "all"
                 or before_subject.tag == "NNP" and before_subject.text.islower()) \
            and words[j].lower in ("had", "has", "have"):
        return None  # 'the idea you had was just what we needed', 'All he had was', 'the enemy Ness had was': 'had' ends a
        # clause, the main verb follows
    phrase = [w.tag for w in words[i + 1:i + 3]]
    if (phrase[:1] in (["NN"], ["NNS"]) or phrase[:1] in (["JJ"], ["VBN"]) and phrase[1:] in (["NN"], ["NNS"])) \
            and lemmas(word.lower).get("NOUN") and word.lower not in verb_forms(word.lower, "VB"):
        return None  # 'He had rose colored glasses': a noun (rose, saw) the verb 'had' owns, not a past
    participles = sorted((verb_forms(word.lower, "VBN") if bare else participles_of_past(word.lower)) - {word.lower})
    if not participles or bare and (words[j].lower == "having" or any(w.lower not in ("n't", "not") for w in words[j + 1:i])):
        return None  # only 'had (not) find': 'having' or an adverb before a bare form is more often the tagger's slip
    return _replace(document, PAST_AFTER_HAVE, word, participles[0],
                    f"after '{words[j].text}' the participle: '{participles[0]}', not '{word.text}'")


def _participle_as_past(document, words, i, kind, past_story, names):
    """WF002: she seen, Harry done: a participle straight after its subject."""
    word = words[i]
    if kind == DIALOGUE and word.lower in ("been", "done", "gone", "got"):
        return None  # dialect: "I been thinking"
    if not word.is_word() or not is_participle_only(word.lower):
        return None
    j = i - 1
    while j >= 0 and _adverb(words[j]) and words[j].lower not in ("n't", "not"):
        j -= 1
    if j < 0 or not (_is_subject(words, j, names) or _noun_subject(words, j, i)) or (j > 0 and words[j - 1].lower in AUXILIARIES):
        return None
    pasts = sorted(verb_forms(word.lower, "VBD"))
    if not pasts:
        return None
    if pasts[0] in verb_forms(word.lower, "VB"):  # 'he beaten' -> 'he had beaten', not 'he beat' (read as present)
        return PARTICIPLE_AS_PAST.finding(document, word.start, word.end, f"'{word.text}' needs 'had' before it",
                                          [f"had {word.text}"], Fix(False, (Edit(word.start, word.start, "had "),)))
    return _replace(document, PARTICIPLE_AS_PAST, word, pasts[0],
                    f"'{word.text}' needs 'had' before it, or the past tense: '{pasts[0]}'")


def _bare_verb(document, words, i, kind, past_story, names):
    """WF003: he frown, Ash frown: a third-person subject with a verb's bare form, in narration."""
    word = words[i]
    if kind != NARRATION or word.tag not in ("VB", "VBP") or not word.text.isalpha() or not word.text.islower():
        return None
    following = words[i + 1] if i + 1 < len(words) else None
    needs = word.lower == "need" and following is not None and (
        following.lower == "to" or following.lower in OBJECT_PRONOUNS or following.tag in ("DT", "PRP$"))
    if word.lower not in verb_forms(word.lower, "VB") or word.lower in verb_forms(word.lower, "VBD") or word.lower in (
            "cant", "wont") or word.lower in NO_DROPPED_ENDING and not needs \
            or word.lower in ("sort", "kind") and i + 1 < len(words) and words[i + 1].lower == "of":
        return None  # ('He sort of wished': a hedge, not the verb; 'She need not worry' is right, 'She need him' is not)
    j = i - 1
    while j >= 0 and _adverb(words[j]) and words[j].lower not in ("n't", "not"):
        j -= 1
    if j < 0 or i - j > 2:
        return None
    subject = words[j]
    third_person = subject.lower in SUBJECTS or (_is_name(subject, names) and not subject.text.endswith("s"))
    if not third_person or not (_opens_clause(words, j) or _reports(words, j)) \
            or (j > 1 and words[j - 1].lower in ("and", "or", "nor")) or j > 0 and words[j - 1].norm in ("'d", "’d"):
        return None  # 'Harry and Ron stay': a compound subject; "Where'd he go?": 'd is 'did'
    clitic = words[i + 1] if i + 1 < len(words) and words[i + 1].norm == "'s" and words[i + 1].start == word.end else None
    form = "VBZ" if clitic or not past_story else "VBD"
    found = _inflected(word.lower, form)
    if not found:
        return None
    if clitic:  # 'Anson get's in his head': the -s is there, behind a stray apostrophe
        return POSSESSIVE.finding(document, word.start, clitic.end, f"'{word.text}{clitic.text}' is a verb: no apostrophe, "
                                  f"'{found[0]}'", [found[0]], Fix(False, (Edit(word.start, clitic.end, found[0]),)))
    return _replace(document, BARE_VERB, word, found[0], f"'{subject.text} {word.text}' has lost its ending: '{found[0]}'?")


def _inflected(lower: str, form: str) -> list[str]:
    """The `form` (VBD, VBZ...) of every verb the word can be, sorted: 'lead' -> ['led']."""
    return sorted(set().union(*(inflections(lemma).get(form, ()) for lemma in lemmas(lower).get("VERB", ()))))


def _bare_after_noun(document, words, i, kind, past_story, names):
    """WF003 after a singular noun that opens a clause: 'His heart skip a beat', 'The guard shrug and ...': the
    verb's plain form where the story's tense belongs (not after a noun that names a group: 'the police arrive')."""
    word = words[i]
    if kind != NARRATION or i < 2 or word.lower not in verb_forms(word.lower, "VB") \
            or word.lower in verb_forms(word.lower, "VBD") or word.lower in NO_DROPPED_ENDING:
        return None
    noun, following = words[i - 1], words[i + 1] if i + 1 < len(words) else None
    k = i - 2
    while k > 0 and words[k].tag == "JJ":
        k -= 1
    if noun.tag != "NN" or not noun.text.islower() or noun.lower in GROUP_NOUNS or words[k].lower not in NOUN_OPENERS \
            or not _opens_clause(words, k) or following is None or k > 0 and words[k - 1].lower in ("and", "or", "nor"):
        return None  # ('a picture and a lamp begin': a compound subject)
    takes_object = following.tag in ("DT", "PRP$") or following.lower in OBJECT_CASE
    if not (takes_object or word.tag != "NN" and following.tag in ("IN", "RP", "TO") and following.lower != "of"):
        return None  # 'the door frame in the wall': two nouns
    end = i + 2
    while end < len(words) and words[end].tag in ("JJ", "NN", "NNS"):
        end += 1
    rest = next((words[end + 1:k] for k in range(end + 1, len(words)) if not words[k].is_word()), words[end + 1:])
    if takes_object and end < len(words) and words[end].tag in ("VBD", "VBZ", "VBP", "VBN", "MD") \
            and any(w.tag in ("VBD", "VBZ", "VBP", "MD") for w in rest):
        return None  # 'The bus stop the kids used was empty': a noun, the clause that describes it, then its verb
    form = "VBD" if past_story else "VBZ"
    found = _inflected(word.lower, form)
    if not found:
        return None
    return _replace(document, BARE_VERB, word, found[0], f"'{noun.text} {word.text}' has lost its ending: '{found[0]}'?")


def _bare_after_relative(document, words, i, kind, past_story, names):
    """WF003 after *that*, *which* or *who* and a singular noun: 'the staircase that lead upstairs', 'the boy who live
    next door': the relative clause's verb has lost its ending (the story's tense decides which)."""
    word = words[i]
    if kind != NARRATION or i < 2 or words[i - 1].lower not in ("that", "which", "who") \
            or word.lower not in verb_forms(word.lower, "VB") or word.lower in verb_forms(word.lower, "VBD") \
            or word.lower in NO_DROPPED_ENDING or i + 1 >= len(words):
        return None
    noun, following = words[i - 2], words[i + 1]
    if not (noun.tag == "NN" and noun.text.islower() and noun.lower not in GROUP_NOUNS or _is_name(noun, names)) \
            or not (following.tag in ("DT", "PRP$", "IN", "RP", "TO", "RB") or following.lower in OBJECT_CASE | PLACE_WORDS) \
            or word.tag == "NN" and following.tag not in ("IN", "RP", "TO", "RB") and following.lower not in OBJECT_CASE:
        return None  # ('the house that stands' is right; 'a promise that time ...': the noun's own phrase)
    form = "VBD" if past_story else "VBZ"
    found = _inflected(word.lower, form)
    if not found:
        return None
    return _replace(document, BARE_VERB, word, found[0],
                    f"'{noun.text} {words[i - 1].text} {word.text}' has lost its ending: '{found[0]}'?")


def _bare_after_past(document, words, i, kind, past_story, names):
    """WF003 after *and*: a verb's plain form joined to a past verb of the same subject, in a story told in the
    past (*he walked to the store and buy milk*, *she smiled and nod at him*); not after *to* or a modal (*decided
    to go and see*) nor after a verb whose object takes a plain verb (*watched him run and jump*)."""
    word = words[i]
    if kind != NARRATION or not past_story or i < 3 or words[i - 1].lower != "and" \
            or word.lower not in verb_forms(word.lower, "VB") or word.lower in verb_forms(word.lower, "VBD") \
            or word.lower in NO_DROPPED_ENDING:
        return None
    past = _past_verb_before(words, i - 2)
    if past is None or BARE_OBJECT_VERBS.intersection(lemmas(words[past].lower).get("VERB", ())):
        return None
    following = words[i + 1] if i + 1 < len(words) else None
    if word.tag == "NN" and not (past >= i - 3 and all(w.tag in ("RP", "RB") for w in words[past + 1:i - 1])
                                 and following is not None and following.tag in ("IN", "RP", "TO", "DT", "PRP", "PRP$")):
        return None  # a noun may be joined to a noun ('bought bread and milk'); not right after the verb ('smiled and nod at')
    found = _inflected(word.lower, "VBD")
    if not found:
        return None
    return _replace(document, BARE_VERB, word, found[0],
                    f"'and {word.text}' goes on from '{words[past].text}': the past, '{found[0]}'?")


def _past_verb_before(words: list[Word], k: int) -> int | None:
    """Where the past verb of the clause ending at words[k] is, if its subject is a pronoun or a name right before it."""
    for at in range(k, max(-1, k - 12), -1):
        word = words[at]
        if not word.is_word() or word.lower in CLAUSE_JOINERS or word.tag in ("MD", "WDT", "WP", "WRB") \
                or word.lower in AUXILIARIES or word.tag == "TO" and words[at + 1].tag == "VB":
            return None  # a clause or a list before the verb, an infinitive or an auxiliary: 'decided to go and see'
        if word.tag == "VBD":
            subject = at - 1
            while subject >= 0 and _adverb(words[subject]):
                subject -= 1
            return at if subject >= 0 and words[subject].lower in ("he", "she", "i", "we", "they") else None
        if word.tag.startswith("VB"):
            return None
    return None


def _s_verb(document, words, i, kind, past_story, names):
    """WF012: they always walks, you just groans: an -s verb after a subject that takes none, in narration
    (speech may be dialect: 'I says to him'). Not an appositive noun ('we nurses knew')."""
    word = words[i]
    if kind != NARRATION or not word.text.isalpha() or not word.text.islower() or not word.lower.endswith("s"):
        return None
    plural_noun = lexicon_tag(word.lower) in ("NNS", "NN")  # 'you guys', 'we girls': a noun after the pronoun
    bases = [lemma for lemma in lemmas(word.lower).get("VERB", ()) if word.lower in inflections(lemma).get("VBZ", ())]
    if not bases or word.lower in ("is", "has", "does", "was"):
        return None
    j = i - 1
    while j >= 0 and _adverb(words[j]) and words[j].lower not in ("n't", "not"):
        j -= 1
    if j < 0 or i - j > 2 or words[j].lower not in ("i", "you", "we", "they") or words[j].lower == "i" and words[j].text != "I":
        return None
    if words[j].lower == "you" and not _opens_clause(words, j):
        return None  # 'the noise that bothers you bothers me': 'you' is an object there
    if document.text[words[j].end:words[j].end + 1] in ("*", "_", "`"):
        return None  # 'a story an *I* tells': the word quoted, not its subject
    if plural_noun and (word.tag != "VBZ" or words[j].lower in ("you", "we") and j == i - 1):
        return None
    following = words[i + 1] if i + 1 < len(words) else None
    if following is not None and following.tag in ("VBD", "VBP", "VBZ", "MD"):
        return None  # 'we girls knew': a noun after the pronoun
    form = "VBD" if past_story else "VBP"
    found = sorted(set().union(*(inflections(lemma).get(form, ()) for lemma in bases)))
    if not found:
        return None
    return _replace(document, S_VERB, word, found[0],
                    f"'{words[j].text} {word.text}': after '{words[j].text}' the verb takes no -s: '{found[0]}'?")


def _one_of_singular(document, words, i, kind, past_story, names):
    """WF004: one of his best friend."""
    if words[i].lower != "one" or i + 2 >= len(words) or words[i + 1].lower != "of":
        return None
    j = i + 2
    if words[j].tag in ("DT", "PRP$") or words[j].lower in OF_DETERMINERS:
        j += 1
    elif words[j].tag == "NNP" and j + 1 < len(words) and words[j + 1].norm == "'s":
        j += 2  # one of Charlie's
    else:
        return None
    while j < len(words) and words[j].tag in ("JJ", "JJS", "JJR", "VBN", "RBS", "RB"):
        j += 1
    if j >= len(words) or words[j].tag != "NN" or not words[j].text.islower() or words[j].lower in COLLECTIVES:
        return None
    following = words[j + 1] if j + 1 < len(words) else None
    if following and (following.tag.startswith("NN") or following.norm == "'s"):
        return None  # 'one of the hotel rooms'
    plural = noun_plural(words[j].lower)
    if not plural or plural == words[j].lower or not english().known([plural]):
        return None  # 'one of many': no noun, so no plural ('manies')
    return _replace(document, ONE_OF_SINGULAR, words[j], plural, f"after 'one of' the noun is plural: '{plural}'")


def _form_after_modal(document, words, i, kind, past_story, names):
    """WF011: will never going, could standing, would went, doesn't tries, should happy (a participle only in narration:
    'I could been' is dialect). *Do* only before *not*: without it, it may be the verb itself (*she does drugs*)."""
    modal = words[i]
    if modal.lower in DO_FORMS and (i + 1 >= len(words) or words[i + 1].lower not in ("n't", "not")):
        return _form_in_question(document, words, i)
    if not modal.text.islower() or (i and (words[i - 1].tag in MODAL_AS_NOUN or words[i - 1].lower in ("her", "free"))) \
            or any(w.lower in ("as", "than") for w in words[max(0, i - 3):i]):
        return None  # a noun ('the can rolling'), or a comparison whose verb is left out ('as fast as she could running')
    j = i + 1
    while j < len(words) and _adverb(words[j]) and not _adjective_only(words[j]):
        j += 1  # not 'should happy', which the tagger reads as an adverb
    if j >= len(words):
        return None
    verb = words[j]
    if modal.lower not in DO_FORMS and _adjective_only(verb):
        shown = {"ca": "can't", "wo": "won't"}.get(modal.lower, modal.text)
        return FORM_AFTER_MODAL.finding(
            document, modal.start, verb.end, f"'{shown} {verb.text}': a verb is missing, '{shown} be {verb.text}'",
            [f"be {verb.text}"], Fix(False, (Edit(verb.start, verb.start, "be "),)))
    if not verb.tag.startswith("VB") or not verb.text.isalpha() or not verb.text.islower() \
            or verb.lower in verb_forms(verb.lower, "VB"):
        return None  # the tagger reads 'went' after 'would' as a base form, so the word's own forms decide
    participle = is_participle_only(verb.lower)
    base = sorted(lemmas(verb.lower).get("VERB", ()))
    if not base or kind == DIALOGUE and (participle or modal.lower in DO_FORMS and not verb.lower.endswith("s")):
        return None  # speech keeps its dialect: 'I could been', 'I don't got time'
    suggestions = [base[0]] + ([f"have {verb.text}"] if participle else [])
    shown = {"ca": "can't", "wo": "won't"}.get(modal.lower, modal.text)
    return FORM_AFTER_MODAL.finding(
        document, modal.start, verb.end, f"after '{shown}' the verb's plain form: {' or '.join(map(repr, suggestions))}, not '{verb.text}'",
        suggestions, Fix(False, (Edit(verb.start, verb.end, base[0]),)))


def _past_after_to(document, words, i, kind, past_story, names):
    """WF011 after *to*: 'nice to met you', 'was to asked for help': a past or a participle that is only a verb, where
    the infinitive's plain form belongs, before what the verb goes on to (not a participle that describes: 'to armed
    guards', 'from bored to scared.')."""
    if i + 1 >= len(words):
        return None
    verb, following = words[i + 1], words[i + 2] if i + 2 < len(words) else None
    found = lemmas(verb.lower)
    if not verb.text.isalpha() or not verb.text.islower() or verb.lower in verb_forms(verb.lower, "VB") \
            or verb.lower not in verb_forms(verb.lower, "VBD") | verb_forms(verb.lower, "VBN") \
            or set(found) - {"VERB"} or not found.get("VERB") \
            or following is None or not following.is_word() or following.tag in ("NN", "NNS", "NNP", "JJ", "VBG") \
            or lexicon_tag(verb.lower) == "JJ":
        return None  # ('from bored to angry to scared.': a participle that ends the clause describes)
    base = sorted(found["VERB"])[0]
    return FORM_AFTER_MODAL.finding(
        document, words[i].start, verb.end, f"after 'to' the verb's plain form: '{base}', not '{verb.text}'",
        [base], Fix(False, (Edit(verb.start, verb.end, base),)))


def _past_after_object(document, words, i, kind, past_story, names):
    """WF011 after a perceiving verb and its object: 'watched the smoke filled the air', 'saw the boy approached
    Wolfram': the plain form, where the past has an object of its own (not 'saw the man killed by', a passive)."""
    j = _object_end(words, i + 1)
    if j is None or j + 1 >= len(words):
        return None
    verb, following = words[j], words[j + 1]
    if verb.tag not in ("VBD", "VBN") or not verb.text.isalpha() or not verb.text.islower() \
            or verb.lower in verb_forms(verb.lower, "VB") or verb.lower not in verb_forms(verb.lower, "VBD") \
            or not (following.tag in ("DT", "PRP$") or following.lower in OBJECT_CASE
                    or following.tag == "NNP" and following.text[:1].isupper()):
        return None
    base = sorted(lemmas(verb.lower).get("VERB", ()))
    if not base:
        return None
    return FORM_AFTER_MODAL.finding(
        document, verb.start, verb.end, f"after '{words[i].text}' and its object the verb's plain form: '{base[0]}', "
        f"not '{verb.text}'", [base[0], inflections(base[0]).get("VBG", (base[0],))[0]],
        Fix(False, (Edit(verb.start, verb.end, base[0]),)))


def _object_end(words: list[Word], j: int) -> int | None:
    """The index after the object at words[j]: *him*, *Wolfram*, *the smoke*, *that other boy*."""
    if j >= len(words):
        return None
    if words[j].lower in OBJECT_CASE or words[j].tag == "NNP" and words[j].text[:1].isupper():
        return j + 1
    if words[j].lower not in NOUN_OPENERS or words[j].lower == "her":
        return None
    k = j + 1
    while k < len(words) and words[k].tag == "JJ":
        k += 1
    return k + 1 if k < len(words) and words[k].tag in ("NN", "NNS") and words[k].text.islower() else None


def _object_pronoun_subject(document, words, i, kind, past_story, names):
    """WF015: 'Me and Mei went', 'him and Anna began', 'Mei and me went': an object pronoun in a pair that opens a
    clause and is its verb's subject, in narration (speech keeps its voice)."""
    word = words[i]
    if kind != NARRATION:
        return None
    if i + 1 < len(words) and words[i + 1].lower == "and" and _opens_clause(words, i) and words[i].lower != "her":
        end = _pair_end(words, i + 2)
    elif i >= 2 and words[i - 1].lower == "and" and i + 1 < len(words):
        start = _pair_start(words, i - 2)
        end = i + 1 if start is not None and _opens_clause(words, start) else None
    else:
        return None
    k = end
    while k is not None and k < len(words) and _adverb(words[k]):
        k += 1
    if k is None or k >= len(words) or words[k].tag not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    new = SUBJECT_OF[word.lower]
    return _replace(document, OBJECT_AS_SUBJECT, word, new, f"'{word.text}' is part of the subject here: '{new}'")


def _pair_end(words: list[Word], j: int) -> int | None:
    """The index after the second member of a pair at words[j]: a name or a noun with its determiner."""
    if j < len(words) and words[j].tag == "NNP" and words[j].text[:1].isupper():
        while j < len(words) and words[j].tag == "NNP" and words[j].text[:1].isupper():
            j += 1
        return j
    return _object_end(words, j) if j < len(words) and words[j].lower not in OBJECT_CASE else None


def _pair_start(words: list[Word], k: int) -> int | None:
    """Where the first member of a pair ending at words[k] starts: a name, or a noun with its determiner."""
    if words[k].tag == "NNP" and words[k].text[:1].isupper():
        while k > 0 and words[k - 1].tag == "NNP" and words[k - 1].text[:1].isupper():
            k -= 1
        return k
    if words[k].tag in ("NN", "NNS") and words[k].text.islower():
        j = k - 1
        while j > 0 and words[j].tag == "JJ":
            j -= 1
        return j if words[j].lower in NOUN_OPENERS else None
    return None


def _form_in_question(document, words, i):
    """WF011 in a question: 'Did he went?', 'How did the guy reached it?', 'Does she wants it?': after *do* and its
    subject the verb's plain form (only where the sentence asks, so 'did the work needed' stays a main verb)."""
    if "?" not in [w.norm for w in words[-2:]]:
        return None
    j = i + 1
    if j < len(words) and words[j].lower in SUBJECT_PRONOUNS:
        j += 1
    elif j < len(words) and words[j].tag in ("DT", "PRP$"):
        j += 1
        while j < len(words) and words[j].tag in ("JJ", "NN", "NNS") and words[j].text.islower():
            j += 1
        if words[j - 1].tag not in ("NN", "NNS"):
            return None
    elif j < len(words) and words[j].tag == "NNP" and words[j].text[:1].isupper():
        j += 1
    else:
        return None
    if j >= len(words):
        return None
    verb = words[j]
    if verb.tag not in ("VBD", "VBZ", "VBN") or lexicon_tag(verb.lower) not in ("VBD", "VBZ", "VBN") \
            or verb.lower in ("is", "was", "are", "were", "has", "had") or not verb.text.isalpha() \
            or not verb.text.islower() or verb.lower in verb_forms(verb.lower, "VB"):
        return None  # 'Did he read it?': a plain form too; 'did you guys': a noun; 'did he is': another clause
    base = sorted(lemmas(verb.lower).get("VERB", ()))
    if not base:
        return None
    return FORM_AFTER_MODAL.finding(
        document, verb.start, verb.end, f"after '{words[i].text}' and its subject the verb's plain form: '{base[0]}', not '{verb.text}'",
        [base[0]], Fix(False, (Edit(verb.start, verb.end, base[0]),)))


def _adjective_only(word: Word) -> bool:
    """A word that can only be an adjective (*happy*, *nice*), never a verb or an adverb (*calm*, *still*)."""
    found = lemmas(word.lower)
    return word.text.islower() and lexicon_tag(word.lower) == "JJ" and "VERB" not in found and "ADV" not in found


def _agreement(document, words, i, kind, past_story, names):
    """WF005: the portraits along the wall was; everything from her notes to her sketches were; there is many."""
    verb = words[i]
    if verb.lower in ("is", "was") and i and words[i - 1].lower == "there" and kind == NARRATION:
        return _there_agreement(document, words, i)
    if verb.lower not in SINGULAR_VERBS and verb.lower not in PLURAL_VERBS or (i and words[i - 1].tag in ("TO", "MD")):
        return None
    j = i - 1  # back over the phrase: nouns, adjectives, determiners, prepositions
    prepositions = 0
    while j >= 0 and (words[j].tag in ("NN", "NNS", "NNP", "JJ", "DT", "PRP$", "CD", "POS", "IN", "VBG", "TO")
                      and words[j].lower not in ("that", "which", "who", "than", "like", "as", "if")):
        prepositions += words[j].tag in ("IN", "TO")
        j -= 1
    start = j + 1
    if not prepositions or start >= i or not _opens_clause(words, start) and words[start].lower not in INDEFINITES:
        return None
    head = next((k for k in range(start, i) if words[k].tag in ("IN", "TO")), None)
    if head is None or head == start:
        return None
    subject = words[head - 1]
    if verb.lower in SINGULAR_VERBS and subject.tag == "NNS" and subject.text.islower() \
            and subject.lower not in SINGULAR_PLURALS | COLLECTIVES:
        if words[start].tag not in ("DT", "PRP$") and start != head - 1:
            return None
        return _replace(document, AGREEMENT, verb, SINGULAR_VERBS[verb.lower],
                        f"the subject is '{subject.text}' (plural): '{SINGULAR_VERBS[verb.lower]}'")
    if verb.lower in PLURAL_VERBS and subject.lower == "number" and words[start].lower == "the" and start == head - 2:
        return _replace(document, AGREEMENT, verb, PLURAL_VERBS[verb.lower],
                        f"the subject is 'the number' (one): '{PLURAL_VERBS[verb.lower]}'")  # but 'a number of people were'
    if verb.lower in PLURAL_VERBS and subject.lower in INDEFINITES and start == head - 1:
        return _replace(document, AGREEMENT, verb, PLURAL_VERBS[verb.lower],
                        f"the subject is '{subject.text}' (one): '{PLURAL_VERBS[verb.lower]}'")
    return None


def _there_agreement(document, words, i):
    """'There was many reasons', 'There is two doors': the noun after the verb is the subject."""
    j = i + 1
    if j < len(words) and words[j].lower in ("many", "several", "few", "both") or j < len(words) and words[j].tag == "CD" \
            and words[j].lower != "one":
        j += 1
    else:
        return None  # 'There was a lot of people', 'There was bread and cheese': left to the writer
    while j < len(words) and words[j].tag in ("JJ", "JJR", "VBN"):
        j += 1
    if j >= len(words) or words[j].tag != "NNS" or not words[j].text.islower():
        return None
    verb = words[i]
    plural = SINGULAR_VERBS[verb.lower]
    return _replace(document, AGREEMENT, verb, plural, f"the subject is '{words[j].text}' (plural): '{plural}'")


def _lay_for_lie(document, words, i, kind, past_story, names):
    """WF006: she laid on the bed, laying in bed, lied awake."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if word.lower == "lied" and nxt is not None and nxt.lower in LIED_STILL:
        return _replace(document, LAY_LIE, word, "lay", "to recline is 'lay' in the past ('lied' is told lies)")
    fixes = {"laid": "lay", "laying": "lying", "lays": "lies"}
    if word.lower not in fixes or i == 0 or words[i - 1].lower in ("was", "were", "been", "being", "be", "is", "are"):
        return None
    k = i + 1
    if k < len(words) and words[k].lower in ("down", "back", "there", "still", "flat", "motionless", "aside"):
        k += 1  # ('laid aside her fears': the object comes after the particle)
    following = words[k] if k < len(words) else None
    if following is not None and not (following.tag in ("IN", "TO", "RB") or following.norm[:1] in ".,;!?—…"):
        return None  # 'laid the book down', 'laid down her sword': something is laid
    if following is not None and following.lower in ("it", "them", "him", "her", "out", "eyes"):
        return None
    if words[i - 1].lower in HAVE and word.lower == "laid":
        return _replace(document, LAY_LIE, word, "lain", "to recline is 'lain' after 'had' ('laid' needs an object)")
    return _replace(document, LAY_LIE, word, fixes[word.lower],
                    f"'{word.text}' needs an object; to recline is '{fixes[word.lower]}'")


def _pronoun_case(document, words, i, kind, past_story, names):
    """WF007: between he and I; with she and Harry."""
    word = words[i]
    if word.lower not in SUBJECT_CASE or i == 0:
        return None
    before = words[i - 1]
    if before.lower in PURE_PREPOSITIONS and before.tag == "IN" and i + 1 < len(words) and words[i + 1].lower == "and":
        pass  # 'between he and'
    elif not (before.lower == "and" and i >= 3 and _after_preposition(words, i - 2)):
        return None
    k = i + 1
    while k < len(words) and _adverb(words[k]):
        k += 1  # 'at Yor and she also realized'
    if k < len(words) and (words[k].tag in ("VBD", "VBZ", "VBP", "MD") or words[k].norm in ("'s", "'d", "'ll")):
        return None  # 'to him and she told him': a new clause
    if word.lower == "i" and before.lower == "and" and words[i - 3].lower != "between" \
            and k < len(words) and words[k].is_word() and words[k].tag not in ("IN", "TO"):
        return None  # 'with Elsa and I to the lake' is the object; 'waved to Harry and I grinned' may start a clause
    new = SUBJECT_CASE[word.lower]
    return _replace(document, PRONOUN_CASE, word, new, f"after a preposition the pronoun is '{new}'")


def _after_preposition(words: list[Word], k: int) -> bool:
    """Whether words[k] ends a pronoun, a name or a noun with its determiner straight after a preposition: *with Elsa*,
    *to my brother*, *for the girls*."""
    start = k if words[k].tag == "PRP" else _pair_start(words, k)
    return start is not None and start > 0 and words[start - 1].lower in PURE_PREPOSITIONS


def _possessive(document, words, i, kind, past_story, names):
    """WF008: Deans car, his brothers shoulder."""
    word = words[i]
    if i + 1 >= len(words) or not word.text.endswith("s") or word.text.endswith("ss") or len(word.text) < 4:
        return None
    owned = words[i + 1]
    after = words[i + 2] if i + 2 < len(words) else None
    noun = owned.tag == "NN" or (owned.tag in ("VB", "VBP") and "NOUN" in lemmas(owned.lower)
                                 and (after is None or after.tag in ("VBD", "VBZ") or after.norm[:1] in ".,;!?"
                                      or past_story and after.tag in ("CC", "IN", "TO")))  # 'his fathers sword and ran'
    if owned.tag == "NNS" and word.lower in PEOPLE and i > 0 and words[i - 1].tag in ("DT", "PRP$") \
            and owned.text.islower() and after is not None and (after.tag.startswith("VB") or after.norm[:1] in ".,;!?"):
        new = word.text + "'"  # 'the girls dresses were': the dresses of the girls
        return _replace(document, POSSESSIVE, word, new, f"the {owned.text} belong to the {word.text}: '{new}'")
    base = word.text[:-1]
    if word.text[:1].isupper() and base in names and _opens_clause(words, i) and owned.tag == "VBG" \
            and owned.lower.endswith("ing") and owned.text.islower():
        return _replace(document, POSSESSIVE, word, base + "'s", f"'{word.text}' is '{base} is': '{base}'s'")  # 'Popes going'
    singular = (lemmas(word.lower).get("NOUN") or ("",))[0]
    if word.text.islower() and word.tag == "NNS" and i > 0 and words[i - 1].lower == "the" and owned.lower in BODY \
            and owned.tag in ("NN", "NNS") and word.lower not in PLURAL_ATTRIBUTIVES and singular not in ("", word.lower) \
            and (after is None or not after.tag.startswith("NN")):  # (a noun owned: not 'pushed the coins back across')
        return _replace(document, POSSESSIVE, word, f"{singular}'s",
                        f"the {owned.text} {_belongs(owned)} to the {singular}: '{singular}'s' (or '{word.text}'')")  # 'the monsters chest'
    named_owner = word.text[:1].isupper() and base in names and _opens_noun_phrase(words, i) \
        and not (i > 0 and words[i - 1].lower == "the")  # 'in Spikes arms' (not 'the Potters')
    if named_owner and owned.tag == "NNS" and owned.text.islower() and lexicon_tag(owned.lower) == "NNS" \
            and (after is None or not after.tag.startswith("NN")):
        return _replace(document, POSSESSIVE, word, base + "'s", f"'{word.text}' owns the {owned.text}: '{base}'s'")
    if not noun or not owned.text.islower() or (after is not None and after.tag.startswith("NN")):
        return None
    if after is not None and owned.lower in lemmas(owned.lower).get("VERB", ()) and (
            after.lower in OBJECT_CASE or after.lower in ("open", "shut", "closed") or not past_story
            and after.tag in ("IN", "TO", "RP", "DT", "PRP$")):  # 'my eyes snap open'
        return None  # 'my sensors tell me', 'my friends pile into the room': a plural subject and its verb
    if lexicon_tag(owned.lower) not in ("NN", "VB", "VBP", None) or "NOUN" not in lemmas(owned.lower) and lemmas(owned.lower) \
            or owned.lower in TIME_WORDS:
        return None  # 'his pockets full of': mostly an adjective; 'your eyes seem': a verb only; 'their minds today'
    if word.text[:1].isupper() and base in names and _opens_noun_phrase(words, i):
        new = base + ("'" if i > 0 and words[i - 1].lower == "the" else "'s")
        return _replace(document, POSSESSIVE, word, new, f"'{word.text}' owns the {owned.text}: '{new}'")
    if i > 1 and words[i - 1].tag == "PRP$" and words[i - 2].lower in WH_OPENERS:
        return None  # 'where his loyalties lie', 'what her eyes see': a clause's subject and its verb
    if i > 1 and words[i - 1].tag in ("PRP$", "PRP", "DT") and (words[i - 2].lower in LINKS or BARE_OBJECT_VERBS.intersection(
            lemmas(words[i - 2].lower).get("VERB", ()))):
        return None  # 'felt her cheeks burn', 'let his emotions show': the object and its bare verb (not 'touched her
        # brothers shoulder': 'touch' takes no bare verb after its object)
    if (after is None or after.norm[:1] in ".,;!?") and any(BARE_OBJECT_VERBS.intersection(lemmas(w.lower).get("VERB", ()))
                                                        for w in words[max(0, i - 12):i - 1]):
        return None  # 'let the tears that had welled in her eyes fall.': a longer object, then its bare verb
    if (word.text.islower() and word.tag == "NNS" and i > 0 and words[i - 1].tag == "PRP$"
            and word.lower not in PLURAL_ATTRIBUTIVES and singular not in ("", word.lower)):
        new = f"{singular}'s"
        return _replace(document, POSSESSIVE, word, new, f"the {owned.text} {_belongs(owned)} to the {singular}: '{new}' (or '{word.text}'')")
    return None


def _belongs(owned) -> str:
    return "belong" if owned.tag == "NNS" else "belongs"


def _name_before_body(document, words, i, kind, past_story, names):
    """WF008: 'Marissa heart sank', 'North face softened': a character's name straight before a part of them and a verb."""
    word = words[i]
    if word.text not in names or i + 2 >= len(words) or i and words[i - 1].tag in ("DT", "NNP", "JJ"):
        return None
    owned, after = words[i + 1], words[i + 2]
    if owned.lower not in BODY or not owned.text.islower() or after.tag not in ("VBD", "VBZ", "MD") \
            or document.plain.count(f"{word.text} {owned.text} ") > 1:
        return None  # ('Ghost face raised his knife ... Ghost face chuckled': a name of two words, written alike each time)
    new = word.text + ("'" if word.text.endswith("s") else "'s")
    return _replace(document, POSSESSIVE, word, new, f"'{word.text}' owns the {owned.text}: '{new}'")


def _missing_of(document, words, i, kind, past_story, names):
    """WF009: one his suits, the biggest amount money."""
    word = words[i]
    if word.lower in AMOUNT_NOUNS and i > 0 and i + 1 < len(words) and words[i - 1].tag in ("DT", "JJ", "JJS") \
            and words[i + 1].text.islower() and lexicon_tag(words[i + 1].lower) in ("NN", "NNS") \
            and words[i + 1].lower not in TIME_WORDS and (i + 2 >= len(words) or not words[i + 2].tag.startswith("NN")):
        # ('You've done a lot today': a lot of what, no noun says)
        return MISSING_OF.finding(document, word.start, words[i + 1].end, f"'of' is missing: '{word.text} of {words[i + 1].text}'",
                                  [f"{word.text} of {words[i + 1].text}"], Fix(False, (Edit(word.end, word.end, " of"),)))
    if word.lower not in OF_QUANTIFIERS or i + 2 >= len(words):
        return None
    if words[i + 1].lower not in OF_DETERMINERS or not words[i + 2].tag.startswith("NN"):
        return None
    if i > 0 and words[i - 1].lower in ("no", "any", "every", "each", "which", "the"):
        return None  # 'no one the'
    if word.lower == "one" and words[i + 2].tag != "NNS":
        return None
    return MISSING_OF.finding(document, word.start, words[i + 1].end, f"'of' is missing: '{word.text} of {words[i + 1].text}'",
                              [f"{word.text} of {words[i + 1].text}"], Fix(False, (Edit(word.end, word.end, " of"),)))


def _kin_name(document, words, i, kind, past_story, names):
    """WF010: leaving mom behind (a name), not 'my mom'."""
    word = words[i]
    if word.text not in KIN:
        return None
    before = words[i - 1] if i > 0 else None
    after = words[i + 1] if i + 1 < len(words) else None
    k = i - 1
    while k > 0 and ((words[k].tag in ("JJ", "JJR", "JJS", "VBG", "VBN", "VBD", "RB", "NN") or words[k].lower.endswith("ing"))
                     and words[k].text.islower() or words[k].norm in (",", "and", "but") and _describes(words[k - 1])):
        k -= 1  # 'her adoring father', 'my very own mom', 'his mad scientist grandpa', 'her worried, but relieved, mother'
    verb_before = before is not None and (before.lower == "n't" or before.norm == "'s" and i > 1 and words[i - 2].lower in IS_BEFORE)
    if before is not None and not verb_before and (before.lower in DETERMINERS or before.tag in ("PRP$", "POS", "JJ", "DT")
                                                   or words[k].lower in DETERMINERS or words[k].tag in ("PRP$", "POS")):
        return None  # (not "where's daddy", "didn't dad": the tagger's possessive and adjective)
    if after is not None and after.tag.startswith("NN") and not (before is not None and before.lower == "n't"):
        return None  # 'mom jeans' (not "didn't dad tell")
    if before is None or before.norm in ('"', "``", "'"):
        return None  # the first word of a sentence is capitalised by the sentence rule
    if word.text in COMMON_KIN and (before.lower in ("and", "or", "nor", "like", "than", "as", "/") or before.tag == "MD"
                                    or before.lower == "to" and after is not None and after.is_word()
                                    or before.norm[:1] == "'" or after is not None and after.lower in ("of", "and", "or")):
        return None  # 'his mother and father', 'like father', 'to mother him', 'would mother them', 'mother of two',
        # 'between father and son'
    return _replace(document, KIN_NAME, word, KIN[word.text], f"'{word.text}' is used as a name here: '{KIN[word.text]}'")


def _describes(word: Word) -> bool:
    """An adjective or a participle, or the comma after one: what a list of words describing a noun is made of."""
    return word.norm == "," or word.tag in ("JJ", "VBN", "VBD", "VBG") and word.text.islower()


def _title_before_name(document, words, i, kind, past_story, names):
    """WF010: 'called uncle Fester', 'came in, lady Brienne' (not 'her uncle Fester', 'the lady Brienne')."""
    word, before = words[i], words[i - 1] if i else None
    after = words[i + 1] if i + 1 < len(words) else None
    k = i - 1
    while k > 0 and words[k].tag in ("JJ", "JJR", "JJS", "NN", "VBG", "VBN") and words[k].text.islower():
        k -= 1  # 'her baby brother Tatsuya', 'my dear old uncle Fester', 'her older sister Kayla'
    if word.lower in ABBREVIATED_TITLES or word.tag.startswith("VB") or after is None or after.tag != "NNP" or not after.text[:1].isupper() \
            or after.start != word.end + 1 or before is None or before.norm in ('"', "``", "'") \
            or before.lower in DETERMINERS or before.tag in ("PRP$", "POS", "JJ", "DT", "CD") \
            or words[k].lower in DETERMINERS or words[k].tag in ("PRP$", "POS", "DT"):
        return None
    title = word.text[0].upper() + word.text[1:]
    return _replace(document, KIN_NAME, word, title, f"'{word.text} {after.text}': a title before a name takes a capital, '{title}'")


def _count_singular(document, words, i, kind, past_story, names):
    """WF013: seven year ago, Two Month after: a count above one, then a singular unit that heads no noun after it
    (not *a two hour drive*, *seven year old boys*, *the three day-*)."""
    if i == 0 or not words[i].text[1:].islower():
        return None
    count = words[i - 1]
    if not (count.lower in COUNTS or count.text.isdigit() and int(count.text) > 1 or _tens_and_units(count.lower)) \
            or document.plain[count.end:words[i].start] != " " or i >= 2 and words[i - 2].lower in ("a", "an", "the", "one"):
        return None
    following = words[i + 1] if i + 1 < len(words) else None
    after = words[i + 2] if i + 2 < len(words) else None
    if following is not None and following.lower == "old":
        if after is not None and after.tag.startswith("NN"):
            return None  # 'seven year old boys' (the hyphens are PU105's)
    elif following is not None and (following.tag.startswith(("NN", "JJ")) or following.norm == "-"):
        return None  # 'two hour drive', 'three day-long'
    plural = noun_plural(words[i].lower)
    if not plural or plural == words[i].lower:
        return None
    return _replace(document, COUNT_SINGULAR, words[i], plural, f"'{count.text} {words[i].text}': after a count the unit is plural, "
                    f"'{plural}'")


def _determiner_number(document, words, i, kind, past_story, names):
    """WF014: a determiner straight before a noun of the other number, the noun heading its phrase (not *a sports
    car*, *these coffee cups*, *each takes the blame*)."""
    if i + 1 >= len(words):
        return None
    determiner, noun = words[i], words[i + 1]
    following = words[i + 2] if i + 2 < len(words) else None
    if not noun.text.isalpha() or not noun.text.islower() or noun.lower in PLURAL_ONLY | KINDS \
            or document.plain[determiner.end:noun.start] != " " or i and words[i - 1].lower in ("of", "such"):
        return None  # 'such a means', 'one of those'
    if following is not None and following.is_word() and following.tag not in PHRASE_ENDERS:
        return None  # the noun describes the next one ('a sports car'), or is a verb with its object ('each takes the')
    if determiner.lower in ONE_DETERMINERS:
        singular = [lemma for lemma in lemmas(noun.lower).get("NOUN", ()) if lemma != noun.lower]
        if noun.tag != "NNS" or len(singular) != 1 or noun_plural(singular[0]) != noun.lower \
                or determiner.lower in ("each", "another") and noun.lower in verb_forms(noun.lower, "VBZ"):
            return None  # 'Each fires once': a pronoun and its verb
        return _replace(document, DETERMINER_NUMBER, noun, singular[0],
                        f"'{determiner.text} {noun.text}': one of something takes the singular, '{singular[0]}'",
                        start=determiner.start)
    plural = noun_plural(noun.lower)
    if noun.tag != "NN" or lexicon_tag(noun.lower) != "NN" or not plural or noun.lower not in lemmas(noun.lower).get("NOUN", ()) \
            or "VERB" in lemmas(noun.lower) or following is not None and following.tag == "JJ":
        return None  # 'many fight on', 'both work': a pronoun and its verb; 'both half human': a measure of the adjective
    return _replace(document, DETERMINER_NUMBER, noun, plural,
                    f"'{determiner.text} {noun.text}': more than one takes the plural, '{plural}'", start=determiner.start)


def _tens_and_units(word: str) -> bool:
    """'twenty-five', 'thirty-one': a number written with a hyphen."""
    tens, _, units = word.partition("-")
    return tens in COUNTS and units.isalpha()


def _may_be_plain_verb(word: Word) -> bool:
    """A lower-case word tagged as a plain verb or a noun (*nod*, *skip*): one a dropped ending leaves."""
    return word.tag in ("VB", "VBP", "NN") and word.text.isalpha() and word.text.islower()


RULES = (  # (which words a rule can fire on, the rule)
    (lambda w: w.lower in ONE_DETERMINERS or w.lower in MANY_DETERMINERS, _determiner_number),
    (lambda w: is_past_only(w.lower) or w.lower in MARKED_PARTICIPLES or _bare_form(w), _past_after_have),
    (lambda w: is_participle_only(w.lower), _participle_as_past),
    (lambda w: w.tag in ("VB", "VBP"), _bare_verb),
    (_may_be_plain_verb, _bare_after_past),
    (_may_be_plain_verb, _bare_after_noun),
    (_may_be_plain_verb, _bare_after_relative),
    (lambda w: w.lower == "one", _one_of_singular),
    (lambda w: w.lower in SINGULAR_VERBS or w.lower in PLURAL_VERBS, _agreement),
    (lambda w: w.lower in ("lied", "laid", "laying", "lays"), _lay_for_lie),
    (lambda w: w.lower in SUBJECT_CASE, _pronoun_case),
    (lambda w: w.text.endswith("s") and len(w.text) > 3, _possessive),
    (lambda w: w.tag in ("NN", "NNP") and w.text[:1].isupper(), _name_before_body),
    (lambda w: w.lower in OF_QUANTIFIERS or w.lower in AMOUNT_NOUNS, _missing_of),
    (lambda w: w.text in KIN, _kin_name),
    (lambda w: w.lower in TITLES and w.text.isalpha() and w.text.islower(), _title_before_name),
    (lambda w: w.tag == "MD" and w.lower in MODAL_TOKENS or w.lower in DO_FORMS, _form_after_modal),
    (lambda w: w.lower == "to", _past_after_to),
    (lambda w: w.tag.startswith("VB") and bool(PERCEIVING.intersection(lemmas(w.lower).get("VERB", ()))), _past_after_object),
    (lambda w: w.lower in OBJECT_PRONOUNS, _object_pronoun_subject),
    (lambda w: w.text.endswith("s") and w.text.islower(), _s_verb),
    (lambda w: w.lower in UNITS, _count_singular),
)


def _bare_form(word: Word) -> bool:
    """A verb's bare form, tagged as one here, that is not also its participle: *find*, *use* (not *come*, *put*)."""
    return word.tag in ("VB", "VBP", "VBN") and word.text.islower() and word.lower in verb_forms(word.lower, "VB") \
        and word.lower not in verb_forms(word.lower, "VBN")


def _adverb(word: Word) -> bool:
    """An adverb, by its tag here or, for a lower-case word, by its commonest use (*still*)."""
    return word.tag in ("RB", "RBR") or (word.text.islower() and lexicon_tag(word.lower) in ("RB", "RBR"))


def _is_subject(words: list[Word], j: int, names) -> bool:
    """A subject pronoun anywhere, or a name the story uses at the start of a clause."""
    word = words[j]
    return word.lower in ("he", "she", "they", "i", "we") or (
        (word.lower == "it" or _is_name(word, names)) and _opens_clause(words, j))  # not 'got it done'


def _noun_subject(words: list[Word], j: int, verb: int) -> bool:
    """*The bell* opening a clause before a participle with no phrase after it (*The bell rung, signalling...*), not
    a noun the participle describes (*the song sung by the choir*) nor an absolute phrase (*The job done, we left*)."""
    following, then = (list(words[verb + 1:verb + 3]) + [None, None])[:2]
    if following is not None and (following.tag in ("IN", "TO", "RP", "CC")
                                   or following.norm == "," and not (then is not None and then.tag == "VBG")):
        return False
    return j > 0 and words[j].tag in ("NN", "NNS") and words[j].text.islower() and words[j - 1].lower in ("the", "a", "an") \
        and _opens_clause(words, j - 1)


def _is_name(word: Word, names) -> bool:
    """A capitalised word the story uses mid-sentence that is no adjective or verb (*Ash*, not *Atomic*)."""
    common = lexicon_tag(word.lower)
    return word.text in names and word.tag in ("NNP", "NNS", "NN") and not (common or "").startswith(("JJ", "VB", "RB"))


def _opens_clause(words: list[Word], j: int) -> bool:
    """Whether words[j] can start a clause: at the start, after punctuation, a quote or a joining word."""
    if j == 0:
        return True
    before = words[j - 1]
    if before.tag == "RB" and before.lower not in ("not", "n't"):
        return _opens_clause(words, j - 1)  # 'But sometimes Hitsugaya ...'
    return before.norm[:1] in ",;:.!?—–-\"'`(" or before.lower in CLAUSE_OPENERS or before.tag in ("WRB", "WDT", "WP")


def _reports(words: list[Word], j: int) -> bool:
    """Whether words[j] opens a clause reported by the verb before it, with 'that' left out: *He knew Murtagh
    chose*, not *He watched Mira frown*, whose bare verb is right."""
    return j > 0 and words[j - 1].tag in ("VBD", "VBZ", "VBP") and bool(
        REPORTING_VERBS.intersection(lemmas(words[j - 1].lower).get("VERB", ())))


def _opens_noun_phrase(words: list[Word], j: int) -> bool:
    return j == 0 or words[j - 1].tag in ("IN", "TO", "VBD", "VBZ", "VBP", "VB", "CC", "DT") or words[j - 1].norm[:1] in ",;:.!?\"'"


def _told_in_past(document) -> bool:
    """Whether the narration says *he walked* more often than *he walks*."""
    past = present = 0
    for word in document.words:
        if word.tag in ("VBD", "VBZ") and document.kind_at(word.start) == NARRATION:
            past += word.tag == "VBD"
            present += word.tag == "VBZ"
    return past >= present
