"""Confusables that only word classes can tell apart.

The rule packs catch most confusables from the words around them (`rules/english/`);
these need to know what kind of word comes next: *then* after a comparative is *than*,
*though* before a noun phrase is *through*, *whose* before a verb is *who's*, a possessive
before an article is an object (*handed his a stone*).
"""

from __future__ import annotations

from ficlint.analysis import BE_FORMS, Word, lemmas, lexicon_tag
from ficlint.checks import Rule
from ficlint.finding import Edit, Fix

NAME = "confusables"


def _rule(code: str, name: str, summary: str, example: str) -> Rule:
    return Rule(code, name, NAME, summary, "Both are real words, so a spellchecker passes the wrong one.", example,
                "always (unsafe)")


THEN_THAN = _rule("CW001", "then-for-than", "*Then* after a comparative (*rather*, *more*, *better*): *rather stay then go*.",
                  "She would rather stay then leave.  ->  She would rather stay than leave.")
THOUGH_THROUGH = _rule("CW002", "though-for-through", "*Though* before a noun phrase that has no verb: *ran her fingers though his hair*.",
                       "She ran her fingers though his hair.  ->  She ran her fingers through his hair.")
WHOSE_WHO_IS = _rule("CW003", "whose-for-who-is", "*Whose* before a verb, where *who's* (who is, who has) is meant.",
                     '"Whose going to pick us up?"  ->  "Who\'s going to pick us up?"')
NOT_A_VERB = _rule("CW005", "noun-in-the-verb-place", "A noun or adjective where the verb of *he*, *she*, *they* belongs: *He new the answer*, *She road home*.",
                   "He new the answer.  ->  He knew the answer.")
POSSESSIVE_OBJECT = _rule("CW004", "possessive-for-object", "A possessive before an article, where the object is meant: *handed his a stone*.",
                          "She handed his a stone.  ->  She handed him a stone.")
CONTRACTION_OWNER = _rule("CW006", "contraction-for-possessive", "*It's*, *you're*, *they're* before a noun that has a verb of "
                          "its own, where the owner is meant: *It's tail was*, *They're car broke down*.",
                          "It's tail was fluffy.  ->  Its tail was fluffy.")
ITS_BEFORE_VERB = _rule("CW007", "its-for-it-is", "*Its* before a verb form, an article or an adverb, or before words that own "
                        "no noun, where *it's* (it is, it has) is meant: *Its raining*, *Its a shame*, *its only fair that*.",
                        "Its raining outside.  ->  It's raining outside.")
TO_TOO = _rule("CW009", "to-for-too", "*To* between a linking verb and an adjective that ends the phrase, where *too* "
               "(excessively) is meant: *it was to late*, *you are to generous*.", "It was to late.  ->  It was too late.")
THAN_THEN = _rule("CW010", "than-for-then", "*Than* with nothing compared before it, or ending its sentence, where the time word "
                  "*then* is meant: *Igor than grinned*, *if she won't talk than I will*, *Things were easier than.*",
                  "He smiled and than he left.  ->  He smiled and then he left.")
YOUR_YOU_ARE = _rule("CW008", "your-for-you-are", "*Your* before words that own no noun, where *you're* (you are) is meant: "
                     "*your older than*, *your so stubborn*, *your going to*.", '"Your so stubborn."  ->  "You\'re so stubborn."')
WHERE_WERE = _rule("CW011", "where-for-were", "*Where* after a plural subject with no clause of its own after it, where the "
                   "verb *were* is meant: *her ears and tail where on display*, *if you where a real partner*.",
                   "Her ears where on display.  ->  Her ears were on display.")

SUBJECT_PRONOUNS = frozenset("he she they we i".split())
POSSESSIVES = {("it", "'s"): "its", ("you", "'re"): "your", ("they", "'re"): "their", ("we", "'re"): "our"}
SOUNDS_LIKE = {"new": "knew", "road": "rode", "past": "passed", "through": "threw", "herd": "heard", "red": "read",
               "wood": "would", "board": "bored", "pored": "poured", "tide": "tied", "won": "one", "blew": "blue",
               "led": "lead", "mist": "missed", "guest": "guessed", "allowed": "aloud", "sent": "scent"}
ITS_IS_BEFORE = frozenset(  # words a possessive 'its' never precedes ('its just', not 'its own', 'its only')
    "a an been not gonna just really so too all okay ok alright fine true over about like almost always never probably "
    "actually still already nothing because".split())
NOUN_TAGS = frozenset("NN NNS NNP NNPS CD FW VB VBP".split())  # a base verb after a possessive is its noun: 'your call'
MODIFIER_TAGS = frozenset("RB RBR RBS JJ JJR JJS VBN VBG".split())
STANDS_FOR_A_NOUN = frozenset("own best worst last first next usual favorite favourite fill share all".split())  # 'on its own', 'do your best'
STOPS = frozenset("IN TO DT PDT PRP PRP$ MD VBD VBZ WDT WP WRB EX RP . ,".split())  # where a clause goes on instead
LINKING_VERBS = frozenset("seem seems seemed feel feels felt look looks looked get gets got become became sound sounds "
                          "sounded grow grew".split())
COMPARATIVES = frozenset("rather more less better worse sooner other larger smaller older younger bigger faster".split())
COMPARING = COMPARATIVES | frozenset("most least else different differently otherwise prefer preferred prefers "
                                      "twice thrice times".split())  # 'nothing else than', 'prefer X than Y'
CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":", "—", "--", '"', "``", "''"})
ARTICLES = frozenset("a an the this that these those".split())
WHERE_PHRASES = frozenset("to possible necessary needed applicable appropriate else exactly".split())  # 'where to go'
OBJECTS = {"his": "him", "their": "them", "my": "me", "your": "you", "our": "us"}


class ConfusablesCheck:
    """CW001-CW011: then/than, though/through, whose/who's, his/him, it's/its, your/you're, to/too, where/were, from the
    word classes around them."""

    name = NAME
    rules = [THEN_THAN, THOUGH_THROUGH, WHOSE_WHO_IS, POSSESSIVE_OBJECT, NOT_A_VERB, CONTRACTION_OWNER, ITS_BEFORE_VERB,
             YOUR_YOU_ARE, TO_TOO, THAN_THEN, WHERE_WERE]

    def check(self, document, project):
        for sentence in document.sentences:
            words = sentence.words
            for i, word in enumerate(words):
                finding = self._one(document, words, i, word)
                if finding:
                    yield finding

    def _one(self, document, words, i: int, word: Word):
        following = words[i + 1] if i + 1 < len(words) else None
        if word.lower == "then" and i > 0 and words[i - 1].norm != "," and (
                _after_comparative(words, i) or _after_different(words, i, following)):
            return _swap(document, THEN_THAN, word, "than", "after a comparison: 'than'")
        if word.lower == "than" and "/" not in (words[i - 1].norm if i else "", following.norm if following else ""):
            compared = _compared_before(words, i)  # (not 'then/than', a pair mentioned)
            if not compared or following is None or following.norm in (".", "!", "?", "…"):
                why = "ends its sentence" if compared else "has nothing compared before it"
                return _swap(document, THAN_THEN, word, "then", f"{why}: 'then' (next, at that time)")
        if word.lower == "though" and following is not None and (i == 0 or words[i - 1].lower not in ("as", "even", ",")) \
                and _noun_phrase_without_verb(words, i + 1):
            return _swap(document, THOUGH_THROUGH, word, "through", "before a place or a thing: 'through'")
        if word.lower == "whose" and following is not None and _verb_after_whose(words, i + 1):
            return _swap(document, WHOSE_WHO_IS, word, "who's", "before a verb: 'who's' (who is, who has)")
        if word.lower in OBJECTS and following is not None and following.lower in ARTICLES and i > 0 \
                and words[i - 1].tag in ("VBD", "VBZ", "VBP", "VB") and following.lower in ("a", "an", "the"):
            return _swap(document, POSSESSIVE_OBJECT, word, OBJECTS[word.lower], f"before an article the object: '{OBJECTS[word.lower]}'")
        if following is not None and (word.lower, following.norm) in POSSESSIVES and i + 3 < len(words) \
                and _owned_noun_with_verb(words, i + 2):
            new = POSSESSIVES[word.lower, following.norm]
            new = new.capitalize() if word.text[:1].isupper() else new
            return CONTRACTION_OWNER.finding(
                document, word.start, following.end, f"'{word.text}{following.text}' before '{words[i + 2].text}', "
                f"which has a verb of its own: the owner, '{new}'", [new], Fix(False, (Edit(word.start, following.end, new),)))
        if word.lower == "its" and following is not None and (
                lexicon_tag(following.lower) == "VBG" and not (i + 2 < len(words) and words[i + 2].tag in NOUN_TAGS) or following.lower in ITS_IS_BEFORE
                or following.lower == "time" and i + 2 < len(words) and words[i + 2].lower in ("to", "for")):
            return _swap(document, ITS_BEFORE_VERB, word, "it's", "before a verb, an article or an adverb: 'it's' (it is, it has)")
        if word.lower == "your" and following is not None and lexicon_tag(following.lower) == "VBG" \
                and following.lower.endswith("ing") and i + 2 < len(words) and words[i + 2].tag in ("TO", "RP", "RB") \
                and words[i + 2].lower not in ("too", "so", "very"):  # 'your going to', not 'your snoring!', 'your singing is'
            return _swap(document, YOUR_YOU_ARE, word, "you're", f"before '{following.text}', a verb: 'you're' (you are)")
        if word.lower in ("its", "your") and following is not None and not _owns_a_noun(words, i + 1):
            rule, new, meaning = (ITS_BEFORE_VERB, "it's", "it is") if word.lower == "its" else (YOUR_YOU_ARE, "you're", "you are")
            return _swap(document, rule, word, new, f"owns no noun here ('{following.text}' goes on without one): '{new}' ({meaning})")
        if word.lower == "where" and word.text.islower() and _plural_before(words, i) and _no_clause_after(words, i + 1):
            return _swap(document, WHERE_WERE, word, "were", "no clause follows it: the verb 'were'")
        if word.lower == "to" and following is not None and _degree_after_linking_verb(words, i):
            return _swap(document, TO_TOO, word, "too", f"before '{following.text}': 'too' (excessively)")
        named = word.text in document.tagged_names and following is not None \
            and following.lower in SOUNDS_LIKE  # 'Ron through a pipe at it': a name takes a verb just as 'he' does
        if (word.lower in SUBJECT_PRONOUNS or named) and following is not None and i + 2 < len(words) and _no_verb(following) \
                and words[i + 2].tag in ("DT", "PRP$", "PRP", "NNP") and (i == 0 or words[i - 1].norm in ",;:.!?\"'`"
                                                                          or words[i - 1].lower in ("and", "but", "then", "so")):
            sounds = SOUNDS_LIKE.get(following.lower)
            message = f"'{following.text}' is not a verb, and a verb belongs after '{word.text}'" + (
                f": '{sounds}'?" if sounds else "")
            return NOT_A_VERB.finding(
                document, following.start, following.end, message, [sounds] if sounds else [],
                Fix(False, (Edit(following.start, following.end, sounds),)) if sounds else None)
        return None


def _plural_before(words, i: int) -> bool:
    """Whether a plural subject ends at words[i - 1]: *you*, *we*, *they*, a plural noun, or two joined by *and*."""
    if i < 1:
        return False
    before = words[i - 1]
    if before.lower in ("you", "we", "they") or before.tag in ("NNS", "NNPS") and before.text.islower() \
            or i == 1 and before.text.endswith("s"):
        return True  # ('Robotics where not': a plural opening the sentence)
    k = i - 1
    while k > 0 and words[k].tag in ("NN", "NNP", "PRP", "DT", "PRP$", "JJ") and i - k < 5:
        k -= 1
    return k < i - 1 and words[k].lower == "and" and k > 0 and words[k - 1].tag in ("NN", "NNP", "PRP")  # 'Takeo and the dog'


def _no_clause_after(words, j: int) -> bool:
    """Whether the words from words[j] to the clause's end hold no finite verb (and there are some): *where on display*,
    *where not his strong suit*, not *where he lived*, *where to go*, *where possible*."""
    segment = []
    for word in words[j:]:
        if not word.is_word() or word.norm in CLAUSE_BREAKS or word.lower in ("but", "so", "yet"):
            break  # (not 'and': 'where Finan and Sihtric had been waiting')
        segment.append(word)
    return bool(segment) and segment[0].lower not in WHERE_PHRASES \
        and not any(w.tag in ("VBD", "VBZ", "VBP", "MD") or w.norm in ("'s", "'re", "'m", "'d", "'ll") for w in segment)


def _owns_a_noun(words, i: int) -> bool:
    """Whether words[i:] can be what a possessive owns: a noun after any adjectives and adverbs ('its only hope',
    'your kind, gentle heart', 'on its own'), not words that go on without one ('its only fair that', 'your older
    than', 'your not'). Anything the model cannot read (a quote, a dash, the end) counts as a noun."""
    j = i
    while j < len(words):
        word = words[j]
        if word.lower in STANDS_FOR_A_NOUN or word.tag in NOUN_TAGS or _noun_reading(word.lower) \
                or not word.text[:1].isalpha() and (word.norm not in STOPS or j == i):  # 'its.': nothing to read
            return True
        if word.tag in MODIFIER_TAGS or word.lower == "not":
            j += 1
        elif word.norm in (",", "and") and j > i and j + 1 < len(words) and words[j + 1].tag in ("JJ", "JJR", "VBN"):
            j += 1  # 'its cold, dead eyes', 'your kind and gentle heart'
        else:
            return word.tag not in STOPS and word.norm not in STOPS
    return True


RARELY_VERBS = frozenset("busy".split())  # 'they were all to busy': an adjective, not 'to busy oneself'


def _degree_after_linking_verb(words, i: int) -> bool:
    """'was to late.', 'are to generous to', 'am to tired': 'to' after a linking verb, before an adjective that is no
    verb's base form and ends the phrase (not 'was to blame', 'close to perfect', 'from green to red')."""
    adjective = words[i + 1]
    after = words[i + 2] if i + 2 < len(words) else None
    ranged = any(w.lower == "from" for w in words[:i])  # 'from green to red', 'from near to far': a range, not a degree
    if adjective.lower == "far" and (after is None or after.norm in (".", ",", "!", "?", "…") or after.lower in ("apart", "gone")):
        return not ranged  # 'went to far', 'spread to far apart'
    then = words[i + 3] if i + 3 < len(words) else None
    too_to = after is not None and after.lower == "to" and then is not None and then.tag == "VB"  # 'was to fat to reach'
    a_verb = adjective.lower in lemmas(adjective.lower).get("VERB", ()) and adjective.lower not in RARELY_VERBS
    if lexicon_tag(adjective.lower) not in ("JJ", "RB", "VBN") or a_verb and not (too_to and lexicon_tag(adjective.lower) == "JJ") \
            or adjective.lower in ("much", "many", "not", "there", "here", "home", "now", "then", "together", "again", "anyway") \
            or adjective.text[:1].isupper():
        return False  # ('a distraction to Tony': a name)
    if after is not None and not (after.norm in (".", ",", "!", "?", ";", "…", "''", '"') or after.lower in ("to", "for", "of", "and", "but")
                                  or after.lower in ("up", "down") and not a_verb):  # 'was to high up'
        return False
    if words[i - 1].lower in ("back", "close", "next", "up", "down", "due", "prior", "similar", "home", "out", "over", "forward"):
        return False  # 'back to normal', 'next to nothing': 'to' goes with the word before it
    before = words[max(0, i - 3):i]  # 'were all to busy'
    return any(w.lower in LINKING_VERBS or w.lower in BE_FORMS for w in before) and not ranged


def _noun_reading(lower: str) -> bool:
    """A noun the tagger may read as something else ('your back', 'your excitement'); not an adjective that is also
    a noun ('its cold', 'your welcome')."""
    common, readings = lexicon_tag(lower), lemmas(lower)
    if common is None and not readings:
        return True  # a word no lexicon knows is a name or a term of the story: 'your pegasus'
    return common in ("NN", "NNS") or "NOUN" in readings and (
        common in ("RB", "VBN", None) or common == "JJ" and "ADJ" not in readings)  # 'your idiot'


def _no_verb(word: Word) -> bool:
    """A lower-case word that is never a verb (*new*, *road*, *past*) and is mostly a noun, an adjective or a preposition."""
    return word.text.islower() and lexicon_tag(word.lower) in ("NN", "NNS", "JJ", "IN") and "VERB" not in lemmas(word.lower)


def _owned_noun_with_verb(words, i: int) -> bool:
    """words[i] is a noun (*tail*, *car*) straight after the contraction, and a finite verb follows it: 'tail was'."""
    noun, verb = words[i], words[i + 1]
    return noun.text.islower() and lexicon_tag(noun.lower) in ("NN", "NNS") \
        and lexicon_tag(verb.lower) in ("VBD", "VBZ", "VBP", "MD")  # the lexicon's tags: the context rules read 'car' as a verb


def _verb_after_whose(words, i: int) -> bool:
    """Whether the word after *whose* is a verb (*whose going*, *whose pick us up*), not its noun."""
    common = lexicon_tag(words[i].lower)
    if words[i].lower in ("going", "gonna", "there", "been", "got", "gotten", "to") or common in ("VBG", "MD", "RB"):
        return True  # not *-s* or *-ed* forms: 'whose edits overlap' has a plural noun
    after = words[i + 1] if i + 1 < len(words) else None
    return common in ("VB", "VBP") and after is not None and after.lower in ("us", "me", "him", "them", "up", "out")


def _after_comparative(words, i: int) -> bool:
    """A comparative earlier in the clause, with no verb of a new clause between it and *then*."""
    for j in range(i - 1, max(i - 8, -1), -1):
        if words[j].norm in CLAUSE_BREAKS or words[j].norm == "," or words[j].tag in ("VBD", "VBZ", "VBP", "MD", "CC"):
            return False
        if words[j].lower in COMPARATIVES or words[j].tag in ("JJR", "RBR"):
            return True
    return False


def _compared_before(words, i: int) -> bool:
    """Whether anything before *than* in its sentence compares (*more*, *taller*, *rather*, *other*, *different*,
    *prefer*, *else*), so *than* has something to finish."""
    return any(w.tag in ("JJR", "RBR", "JJS", "RBS") or w.lower in COMPARING or w.lower.endswith("er") and _comparative_form(w.lower)
               for w in words[:i])


def _comparative_form(word: str) -> bool:
    """*Taller*, *sooner*, *happier*: an adjective's or adverb's form in -er, not its base (*over*, *never*, *her*)."""
    found = lemmas(word)
    return any(lemma != word for upos in ("ADJ", "ADV") for lemma in found.get(upos, ()))


def _after_different(words, i: int, following) -> bool:
    """*different then* with what it differs from after it (*different then birthing a human*), not the time
    (*Things were different then.*, *different then, when*)."""
    return words[i - 1].lower == "different" and following is not None and (
        following.tag in ("VBG", "DT", "PRP$", "NN", "NNS") or following.lower in ("him", "her", "me", "us", "them", "what"))


UNMARKED_NEGATIVES = frozenset("cant wont dont didnt doesnt isnt wasnt werent arent couldnt wouldnt shouldnt aint".split())


def _noun_phrase_without_verb(words, i: int) -> bool:
    """words[i:] open with a determiner and nouns, and no verb follows them in the clause."""
    if words[i].tag not in ("DT", "PRP$") and words[i].lower not in ("his", "her", "their", "my", "your"):
        return False
    j = i + 1
    while j < len(words) and words[j].tag in ("JJ", "NN", "NNS", "NNP", "VBN", "VBG", "CD", "POS") \
            and words[j].lower not in UNMARKED_NEGATIVES:
        j += 1
    if j == i + 1:
        return False
    following = words[j] if j < len(words) else None
    return following is None or not (following.tag in ("VBD", "VBZ", "VBP", "VB", "MD") or following.lower in UNMARKED_NEGATIVES
                                     or lexicon_tag(following.lower) in ("VBD", "VBZ", "MD"))


def _swap(document, rule: Rule, word: Word, new: str, message: str):
    new = new.capitalize() if word.text[:1].isupper() else new
    return rule.finding(document, word.start, word.end, f"'{word.text}' {message}", [new],
                        Fix(False, (Edit(word.start, word.end, new),)))
