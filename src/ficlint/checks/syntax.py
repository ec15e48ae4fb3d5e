"""Sentence structure from word classes: comma splices and names spoken to.

Reads the document's tagged sentences (`Document.sentences`, see `ficlint.analysis`).
A comma splice is two clauses, each with its own subject and verb, joined by a comma
alone; a name or term of address spoken to (*Harry*, *dear*, *guys*) is set off by a
comma from the sentence it stands in.
"""

from __future__ import annotations

from ficlint.analysis import (BE_FORMS, FINITE, PLACEHOLDER_RE, QUOTES, Word, is_participle_only, is_past_only, lemmas,
                               lexicon_tag, verb_forms)
from ficlint.checks import Rule
from ficlint.checks.confusables import _after_comparative
from ficlint.checks.spelling import DRAWN_OUT
from ficlint.document import DIALOGUE, NARRATION
from ficlint.finding import Edit, Fix
from ficlint.speech import OBJECT_PRONOUNS, SUBJECT_PRONOUNS, _bare_noun_phrase_end, _lemma, _subject_end

NAME = "syntax"

SPLICE = Rule(
    "SX001", "comma-splice", NAME,
    "Two sentences joined by a comma alone: each side has its own subject and verb.",
    "A comma cannot hold two sentences together; the reader runs on and has to go back. "
    "Use a full stop, a semicolon, or a joining word (and, but, so).",
    "He gave her a look, she nodded.  ->  He gave her a look. She nodded.", "always (unsafe)", "info")
VOCATIVE = Rule(
    "SX002", "name-spoken-to", NAME,
    "A name or term of address spoken to (Harry, dear, guys, sir) without the comma that sets it off.",
    "Without the comma the name reads as part of the sentence: 'Let's eat Grandma'.",
    '"Come on dear, we\'re late."  ->  "Come on, dear, we\'re late."', "always (unsafe)")
OPENING_CLAUSE = Rule(
    "SX003", "comma-after-opening-clause", NAME,
    "An opening clause (*When the door opened*, *If you want*) runs into the main clause with no comma.",
    "Without the comma the main clause's subject reads as the object of the opening one, and the reader backtracks.",
    "When the door opened the cat ran out.  ->  When the door opened, the cat ran out.", "always (unsafe)")
JOINING_COMMA = Rule(
    "SX004", "comma-before-joining-word", NAME,
    "*But*, *so*, *yet* or *then* joins two sentences, each with its own subject and verb, with no comma before it.",
    "A comma before the joining word marks where the first sentence ends; copy editors add it "
    "(a house style that leaves it out may ignore the rule).",
    "She smiled at him but he looked away.  ->  She smiled at him, but he looked away.", "always (unsafe)", "info")
FUSED = Rule(
    "SX005", "fused-sentence", NAME,
    "Two sentences run together with no mark between them: the second's *I*, *he*, *she*, *we* or *they* and its verb "
    "straight after the end of the first.",
    "With no stop the reader takes the second subject into the first sentence and has to go back.",
    "It was hard I wanted to stop.  ->  It was hard. I wanted to stop.", "always (unsafe)")
NOT_A_SENTENCE_END = frozenset(  # 'there he was', 'the more she heard', 'a second later he ran', 'or else she would'
    "then now not n't too there here else more less later earlier ago least out up".split())
COMMON_INITIALS = frozenset("OK TV US UK PC ID AM PM HQ ER OR AI IT PE PR CD VR UN EU".split())  # two letters, not names
GROUP_NUMBERS = frozenset("two three four five six seven both".split())  # 'The two got up'
JOINING_WORDS = frozenset("but then so yet".split())
SO_TAKERS = frozenset("think hope guess suppose say tell do believe expect imagine fear reckon assume figure seem appear "
                      "be become remain".split())  # 'I hope so', 'it is so', 'he did so'
PURPOSE_MODALS = frozenset("could would can will might may should shall wo ca".split())  # 'so he could see': what for, no comma
NOT_A_CLAUSE_END = frozenset("nothing all anything everything not none no last".split())  # 'nothing but', 'all but'
CONJUNCTIONS = frozenset("and but or so yet nor for".split())
OPENERS = {("when",): 1, ("whenever",): 1, ("after",): 1, ("before",): 1, ("once",): 1, ("while",): 1,
           ("although",): 1, ("though",): 1, ("because",): 1, ("since",): 1, ("until",): 1, ("if",): 1,
           ("unless",): 1, ("as", "soon", "as"): 3, ("even", "though"): 2, ("now", "that"): 2, ("every", "time"): 2,
           ("the", "moment"): 2, ("by", "the", "time"): 3, ("as",): 1, ("where",): 1, ("wherever",): 1}
OPENER_STARTS = frozenset(opener[0] for opener in OPENERS)
LEAD_INS = frozenset("and but so then even only".split())
RESULT_STATES = frozenset("shut open closed tight wide".split())  # 'his eyes squeezed shut'
BACKWARD_OPENERS = frozenset("while although though because since as whereas".split())  # ', while she ...' belongs to the clause before
NOMINATIVES = frozenset("i he she we they".split())
INDEFINITES = frozenset("someone somebody something anyone anybody anything everyone everybody everything nothing nobody".split())
COMPLEMENT_TAKERS = frozenset(  # a subject after these begins their object, not the main clause
    "see watch hear feel find notice know think tell show ask wish hope say realize realise decide remember "
    "forget learn understand guess suppose believe expect fear pretend promise swear admit mean worry discover "
    "make let help have get want need suggest insist demand propose recommend request agree pray doubt".split())
OPINIONS = frozenset("think guess bet suppose believe say figure reckon swear promise hope know".split())  # before 'that' or 'if'
TELLING = frozenset("tell show ask promise remind warn assure inform convince teach".split())
STATE_WORDS = frozenset("sure certain glad afraid aware happy sorry convinced positive confident relieved surprised "
                        "worried scared grateful thankful amazed so such".split())
SUBORDINATORS = frozenset(
    "when whenever while as because if though although since until till unless before after once whether "
    "which who whom whose where that than even like".split())
SOME_OF = frozenset("all both each some many most several none half".split())  # 'all of them filled with books'
CONDITIONS = frozenset("if when because since once unless although though whenever".split())
WH_WORDS = frozenset("how why what whatever whoever wherever however whichever".split())
NO_SENTENCE_BEFORE = SUBORDINATORS | CONJUNCTIONS | STATE_WORDS | NOT_A_SENTENCE_END  # SX005: words a sentence does not end on
CLAUSE_TAKERS = COMPLEMENT_TAKERS | TELLING | {"bet"}  # SX005: verbs whose object a clause may follow ('told him he')
INNER_OPENERS = (SUBORDINATORS | WH_WORDS | {"everytime"}) - {"that", "like"}  # SX005: a clause inside the first
ADVERBIAL_NOUNS = frozenset("way time times moment minute second day night instant same".split())
TIME_NOUNS = frozenset("time times moment minute second day night instant".split())
DAY_TIMES = TIME_NOUNS | frozenset("morning afternoon evening week weekend month year hour".split())
TIME_DETERMINERS = frozenset("that this one every each next last".split())  # 'That night', 'One morning'
CONNECTIVES = frozenset("then however therefore thus otherwise instead besides meanwhile hence nevertheless "
                        "consequently".split())
COMMENT_VERBS = frozenset(
    "know think guess suppose figure reckon hope wonder fear admit realize realise notice decide remember recall "
    "imagine expect assume believe feel sense conclude bet swear mean seem appear turn say add note observe see".split())
AUXILIARY_ENDS = frozenset("do does did have has had 'd 've".split())  # a clause cut short after its auxiliary
CLITIC_VERBS = frozenset({"'s", "'re", "'m", "'ve", "'ll", "'d"})
CLAUSE_BREAKS = frozenset({";", ":", "—", "--", "–", "‒", "-", "(", ")"})  # a hyphen standing alone is a dash ('1954- really')
ELLIPSES = frozenset({"...", "…"})  # 'You don't think... no, he can't be': the words before it are a thought broken off
PHRASE_OPENERS = frozenset("of like after before by as since until upon".split())  # after an adverb: 'Instead of', 'Soon after'


INTERJECTIONS = frozenset(
    "yes no yeah yep yup nope nah okay ok alright right sure fine hey hi hello thanks thank sorry please well "
    "ugh wow bye goodbye goodnight night morning evening congratulations welcome really seriously listen look "
    "wait stop hush cheers oh ah ahh aw aww uh um hmm huh eh ooh gosh geez jeez c'mon cmon".split())
EPITHETS = frozenset("fool idiot moron mortal human brat stranger".split())  # 'Cower before me mortal', but 'you idiot'
ADDRESS_TERMS = frozenset(
    "dear darling honey sweetheart sweetie sweety love babe baby son kid kiddo boy girl lad lass man dude bro sis "
    "buddy pal mate sir ma'am madam miss guys everyone everybody folks children kids boys girls ladies gentlemen "
    "uncle aunt aunty auntie mom mum mommy mummy dad daddy mother father grandma grandpa granny gramps nephew niece "
    "brother sister cousin captain doctor professor sensei senpai sempai teacher boss chief master gang team fellas "
    "princess prince hon cutie sunshine kitten pumpkin".split()) | EPITHETS
ASKING = frozenset("do did are were have".split())  # 'Boy do you want...', 'Harry are you coming?'
GREETINGS = frozenset("hi hello hey bye goodbye morning night evening thanks".split())
ONLY_SPOKEN_TO = frozenset("sir ma'am madam dude bro kiddo darling sweetheart sweetie buddy pal".split())
NAMELIKE_TERMS = frozenset("mom mum dad mommy daddy mother father grandma grandpa granny uncle aunt auntie aunty sensei "
                           "senpai sempai captain doctor professor boss chief master".split())
GREETING_NOUNS = frozenset("morning night evening afternoon birthday job work luck day bye hell goodness".split())
DONE_TO = frozenset("clutch grip hold clench tuck press wrap raise lower cross fold cover soak draw pull tie strap sling spend "
                    "forget knock abandon discard finish do lose use empty drain lock pin trap grasp clasp squeeze "
                    "bury hide plaster glue fix".split())  # what is done to a thing: 'the gun clutched in her hand'
INTRANSITIVE = frozenset("go come wait worry hurry relax sleep rest listen breathe laugh cry smile calm sit stand care "
                         "arrive return apologize apologise matter die panic hesitate behave complain sulk".split())  # nothing follows them but the one spoken to
LEAD_ADVERBS = frozenset("now too here there again already later tonight tomorrow yesterday anymore today yet though anyway please "
                         "really soon either so indeed home".split())
PARTICLES = frozenset("on up out down off away back over".split())
TITLES = frozenset("mr mrs ms miss mister professor uncle aunt auntie aunty captain dr doctor lord lady sir master "
                   "king queen prince princess saint st general commander lieutenant sergeant detective agent "
                   "officer sister brother father mother grandma grandpa".split())
WISHED_BY = frozenset("god lord heaven heavens christ".split())
LEAD_IN_ORDERS = frozenset("look listen wait come see say trust mind believe guess suppose remember hold hang "
                           "let tell face admit thank please excuse forgive pardon calm".split())  # 'Look, I...', 'Excuse me, I...'
SAYING = COMMENT_VERBS | TELLING  # 'I have to admit', 'I must warn you'
ECHO_ADVERBS = frozenset("really truly actually definitely certainly honestly genuinely".split())
NOT_ADDRESSED = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                          "june july august september october november december christmas easter tomorrow".split())
NEVER_ADDRESSED = NOT_ADDRESSED | INTERJECTIONS  # 'Ooh yes': an interjection is no name spoken to
SENTENCE_END = frozenset({".", "!", "?", "...", "…", "?!", "!?", ".."})


class SyntaxCheck:
    """SX001 comma splices, SX002 names spoken to without their comma, SX003 an opening clause without
    its comma, SX004 no comma before *but*, *so*, *yet* or *then* joining two sentences."""

    name = NAME
    rules = [SPLICE, VOCATIVE, OPENING_CLAUSE, JOINING_COMMA, FUSED]

    def check(self, document, project):
        for sentence in document.sentences:
            words = list(sentence.words)
            yield from self._splices(document, words)
            yield from self._opening_clauses(document, words)
            yield from self._fused(document, words)
            vocatives = list(self._vocatives(document, words)) if any(
                document.kind_at(w.start) == DIALOGUE for w in words) else []
            yield from vocatives
            for finding in self._joined_without_comma(document, words):
                if not any(v.start < finding.end and finding.start < v.end for v in vocatives):
                    yield finding  # 'sorry dude but': the name's commas come first

    def _splices(self, document, words: list[Word]):
        """SX001: 'He gave her a look, she nodded.'"""
        plain = document.plain
        for c, comma in enumerate(words):
            if comma.norm != "," or c == 0 or c + 2 >= len(words):
                continue
            if words[c - 1].norm in QUOTES or words[c + 1].norm in QUOTES:
                continue  # the join of speech and its tag
            if plain[comma.end:comma.end + 1].isalpha():
                continue  # 'alright,you'll': the missing space (TY003) is the slip to mend first
            left = _left_clause(words, c)
            right = _right_clause(words, c + 1) or _question_after(words, c + 1, left) or _after_opening(words, c + 1) \
                or _after_phrase(words, c + 1)
            if not left or right is None or not _has_clause(left):
                continue
            subject_start, verb_index = right
            after = words[verb_index + 1:]
            verb = words[verb_index]
            by = next((w for w in after[:2] if w.tag not in ("RP", "RB")), None)
            if _absolute(verb, after) and (words[subject_start].tag == "PRP$" or by is not None and by.lower == "by"
                                           or words[subject_start].lower in ("a", "an") and _held_on_someone(after)
                                           or words[subject_start].lower in SOME_OF and words[subject_start + 1].lower == "of"
                                           or words[subject_start].lower == "the" and _done_to(verb, after)):
                continue  # an absolute phrase: 'He stood, his hands clenched.', 'Yachi overwhelmed by it', 'the signs wiped
                # away by time', 'a cup clutched in his hand', 'all of them filled with books', 'the last clip spent'
            if any(left[i].lower in ("so", "such") and not _so_far(left, i) for i in range(max(0, len(left) - 3), len(left))):
                continue  # 'you were so late, we ...': a result clause (not 'pleased so far, she')

            if _comments(words[verb_index], after) or _emphatic_echo(words[subject_start:verb_index + 1], after):
                continue  # 'She was tired, he knew.', 'Dad can too, it turns out.', 'I'll go, he decided.', 'she really did.'
            if any(w.lower in ADVERBIAL_NOUNS for w in words[subject_start:verb_index]):
                continue  # '..., the way someone might look at it'
            if words[c - 1].norm in ("*", "_"):
                continue  # an italic thought and its tag
            if series_of_clauses(after) \
                    or any(w.lower in ("and", "or") and i + 2 < len(after) and after[i + 2].lower == verb.lower
                           and after[i + 1].tag in ("PRP", "NNP") for i, w in enumerate(after)):
                continue  # a series of clauses that ends with 'and': 'Gray would strip, Happy would eat and Natsu would'
            head = words[c + 1:verb_index + 1]
            echo = _same_words(left[:len(head)], head) and (
                len(left) <= len(head) + 2 or any(w.lower in ("not", "n't", "no") for w in left))
            if echo or words[c - 1].lower == words[c + 1].lower:
                continue  # 'I know, I know.', 'It's not something, it's someone.', 'and he, he was stuck'
            if _series_of_three(words, left, c):
                continue  # 'He ate, he drank, he slept.': short clauses of one subject in a row, written so on purpose
            tail = [w for w in after if w.norm not in QUOTES]
            if words[c + 1].lower == "you" and tail and len(tail) <= 3 and tail[-1].norm == "?":
                continue  # 'I'm staying right here, you got that?': a tag question
            first = words[c + 1]
            suggestion = ";" if first.lower in CONNECTIVES else "."
            edits = (Edit(comma.start, comma.end, suggestion),)
            if suggestion == "." and first.text[:1].islower() and first.lower != "i":
                edits += (Edit(first.start, first.start + 1, first.text[0].upper()),)
            yield SPLICE.finding(
                document, comma.start, first.end,
                "two sentences joined by a comma alone: use a full stop, a semicolon or a joining word",
                [plain[comma.start:first.end].replace(",", suggestion, 1)], Fix(False, edits))

    def _opening_clauses(self, document, words: list[Word]):
        """SX003: 'When the door opened the cat ran out.', '..., but if you are tired you can go.'
        (an opening participle's phrase is PU106's: 'Shouting her name Claire searched the room')."""
        for s, word in enumerate(words):
            length = _opener_at(words, s)
            if not length or document.kind_at(word.start) != NARRATION:
                continue
            if s and words[s - 1].norm != "," and not (s == 1 and words[0].lower in LEAD_INS):
                continue  # only at the start of a sentence or after a comma (', and when ...' is often left open)
            boundary = _main_clause_start(words, s + length)
            if boundary is None:
                continue
            last, first = words[boundary - 1], words[boundary]
            yield OPENING_CLAUSE.finding(
                document, last.start, first.end, "the opening clause ends with a comma before the main clause",
                [f"{last.text}, {first.text}"], Fix(False, (Edit(last.end, last.end, ","),)))

    def _fused(self, document, words: list[Word]):
        """SX005: 'I met her again she smiled.', 'He sat down alone I'm sure of it.': a subject pronoun and its finite
        verb straight after a clause that is whole, with no mark between (not after a noun, which a clause may describe:
        'the man she loved'; nor after a verb, a state or a person told: 'knew he', 'sure he', 'told him he')."""
        for k in range(2, len(words) - 1):
            word, previous = words[k], words[k - 1]
            if word.lower not in NOMINATIVES or not _finite_verb(words, k + 1) or not previous.is_word() \
                    or previous.norm in QUOTES or previous.tag.startswith(("VB", "NN", "IN", "TO", "CC", "DT", "W", "MD", "PRP$", "CD", "RP")) \
                    or previous.lower in NO_SENTENCE_BEFORE:
                continue
            if previous.lower in OBJECT_PRONOUNS | {"it"} and words[k - 2].tag == "IN" or any(
                    w.tag.startswith("VB") and _lemma(w) in CLAUSE_TAKERS for w in words[max(0, k - 4):k - 1]):
                continue  # 'lucky for you we did', 'I told him he was right', 'they promised each other they would'
            if previous.tag in ("JJR", "JJS") or lexicon_tag(previous.lower) in ("NN", "NNS"):
                continue  # 'the calmest he had felt', 'the half nod she gave': a clause that describes what comes before
            left = _left_clause(words, k)
            if not _has_clause(left) or any(w.lower in ("so", "such", "too", "enough", "than", "as") for w in left[-5:]) \
                    or any(w.lower in INNER_OPENERS for w in left) \
                    or len(left) >= 3 and left[-3].lower in ("it", "that") and left[-2].lower in BE_FORMS:
                continue  # 'so tired he fell', 'more than he knew', 'how tall he was'; 'It was true she was': its subject
            yield FUSED.finding(
                document, previous.start, word.end, "two sentences run together: end the first with a full stop",
                [f"{previous.text}. {word.text if word.lower == 'i' else word.text.capitalize()}"],
                Fix(False, (Edit(previous.end, word.start, ". "), *(() if word.lower == "i" else _upper_edit(word)))))

    def _joined_without_comma(self, document, words: list[Word]):
        """SX004: 'She smiled at him but he looked away.', 'It was late so we left.', 'It took a few seconds then I knew.'"""
        for b, but in enumerate(words):
            if but.lower not in JOINING_WORDS or b < 2 or words[b - 1].norm in CLAUSE_BREAKS | QUOTES | {",", "...", "…", ".", "!", "?", "*", "_"} \
                    or but.lower != "but" and words[b - 1].lower in CONJUNCTIONS | SUBORDINATORS | {"just", "only", "even"} \
                    or but.lower == "then" and (words[b - 1].lower == "right" or _after_comparative(words, b)):
                continue  # 'and then', 'since then', 'just then'; 'more trouble then he's worth' is CW001's 'than'
            left = _left_clause(words, b)
            if not left or left[-1].lower in NOT_A_CLAUSE_END or _cannot_help(left) or not (
                    _main_clause_before(left, but.lower) or but.lower == "but" and _main_clause_opens(left)):
                continue
            after = _clause_after_joint(words, b + 1)
            if after is None or but.lower in ("so", "yet") and not _result_clause(words, b, after[1]):
                continue
            last = words[b - 1]
            yield JOINING_COMMA.finding(
                document, last.start, but.end, f"a comma goes before '{but.text}' joining two sentences",
                [f"{last.text}, {but.text}"], Fix(False, (Edit(last.end, last.end, ","),)))

    def _vocatives(self, document, words: list[Word]):
        """SX002: '"Come on dear."', '"Yes Harry?"', '"Thank you Professor Snape."', '"Kazuki you watch"'"""
        yield from self._opening_vocatives(document, words)
        yield from self._greeted(document, words)
        for k, word in enumerate(words):
            if k == 0 or not _addressable(word, document.tagged_names):
                continue
            start = k
            if word.lower in ADDRESS_TERMS and start > 1 and (words[start - 1].lower in FOND and words[start - 1].text.islower()
                                                            or words[start - 1].tag == "JJ" and words[start - 2].norm in QUOTES):
                start -= 1  # 'little brother', 'my dear', 'old man', '"Young master'
            while start > 0 and (words[start - 1].lower in TITLES and words[start - 1].text[:1].isupper()
                                 or words[start - 1].norm == "." and start > 1 and words[start - 2].lower in TITLES):
                start -= 1  # 'Professor Snape', 'Uncle Iroh', 'Mrs. Midoriya'
            end = k + 1
            while end < len(words) and words[end].tag == "NNP" and words[end].text[:1].isupper():
                end += 1
            hailed = _hailed(words, start, end)
            if end >= len(words) or not (words[end].norm[:1] in ".!?…;" or words[end].norm in {",", "''", '"', "'"}
                                         or _clause_follows(words, end) or hailed):
                continue
            if start == 0 or document.kind_at(word.start) != DIALOGUE:
                continue
            previous = words[start - 1]
            if not _leads_to_address(words, start - 1):
                continue
            called = document.plain[words[start].start:words[end - 1].end]
            edits = (Edit(previous.end, words[start].start, ", "),)
            closing = _clause_follows(words, end) or hailed
            if closing:
                edits += (Edit(words[end - 1].end, words[end].start, ", "),)  # 'Thank you, Miss Mills, if you ...'
            yield VOCATIVE.finding(
                document, previous.start, words[end - 1].end, f"'{called}' is spoken to: set it off with "
                + ("commas" if closing else "a comma"), [f"{previous.text}, {called}" + ("," if closing else "")],
                Fix(False, edits))


    def _greeted(self, document, words: list[Word]):
        """SX002 for a common noun greeted at the start of speech: '"Hi cub, you're early."', '"Morning sunshine!"'."""
        for k, word in enumerate(words[1:-1], 1):
            greeting, after = words[k - 1], words[k + 1]
            if greeting.lower not in GREETINGS or (k > 1 and words[k - 2].norm not in QUOTES) or not word.text.islower() \
                    or word.tag != "NN" or lexicon_tag(word.lower) != "NN" or word.lower in GREETING_NOUNS | ADDRESS_TERMS \
                    or after.norm not in (",", "!", "?", ".", "…") or document.kind_at(word.start) != DIALOGUE:
                continue
            yield VOCATIVE.finding(
                document, greeting.start, word.end, f"'{word.text}' is spoken to: set it off with a comma",
                [f"{greeting.text}, {word.text}"], Fix(False, (Edit(greeting.end, word.start, ", "),)))

    def _opening_vocatives(self, document, words: list[Word]):
        """SX002 at the start of speech: '"Kazuki you watch the door."', '"Harry come here."',
        '"Dr. Ziegler could you..."', '"Tai why haven't you..."'"""
        for k, word in enumerate(words[:-2]):
            asks_term = word.lower in ADDRESS_TERMS - NAMELIKE_TERMS and words[k + 1].lower in ASKING and words[k + 2].lower == "you"
            opens = not k or words[k - 1].norm in QUOTES or (
                words[k - 1].norm == "," and k >= 2 and words[k - 2].lower in INTERJECTIONS
                and (k == 2 or words[k - 3].norm in QUOTES))  # '"Aww, Yukine you look so cute!"'
            if not opens or word.lower in ADDRESS_TERMS - NAMELIKE_TERMS and not asks_term \
                    or word.lower in WISHED_BY:
                continue  # 'God help me', 'Heaven forbid': a wish, its subject is not spoken to ('Boy do you...' is asked)
            last = _name_after_title(words, k)
            while last + 1 < len(words) and words[last + 1].tag == "NNP" and words[last + 1].text[:1].isupper() \
                    and words[last].tag == "NNP":
                last += 1  # 'Regina Mills'
            name = words[last]
            if _stammer(name.text) or not (_addressable(name) or name.text in document.tagged_names):
                continue  # a name the tagger reads as a common word here ('Sonic') is one where it reads it as a name mid-sentence
            if document.kind_at(word.start) != DIALOGUE or _common_word(name, document) and not asks_term \
                    or document.plain[word.start - 1:word.start] in ("'", "’"):  # 'Cause
                continue
            if last + 2 >= len(words):
                continue
            following, then = words[last + 1], words[last + 2]
            if following.lower == "you" and then.tag in ("VB", "VBP") or _imperative(following, then) \
                    or following.lower in WH_WORDS | {"where", "who", "when"} and then.tag in ("VBP", "VBZ", "VBD", "MD") \
                    or following.lower in ("i", "we") and then.tag in ("VBP", "VBD", "MD") or following.lower == "please" \
                    or (following.tag == "MD" or following.lower in ASKING) and then.lower == "you" \
                    or following.lower in ("there", "here") and then.lower in SUBJECT_PRONOUNS or _clause_follows(words, last + 1) \
                    or following.lower in ("that", "this", "it") and then.norm in ("'s", "is", "was") \
                    or following.lower in ("no", "yes", "stop", "wait") and then.norm[:1] in ",.!?…":
                called = document.plain[word.start:name.end]
                yield VOCATIVE.finding(
                    document, word.start, following.end, f"'{called}' is spoken to: set it off with a comma",
                    [f"{called}, {following.text}"], Fix(False, (Edit(name.end, following.start, ", "),)))


def _clause_follows(words: list[Word], i: int) -> bool:
    """Whether a new clause starts at words[i] after a name spoken to: *if*, *when*, *but* opening one, or
    *I*, *we*, *you* with a verb (*Thank you Miss Mills if you need...*, *Oh god Derek I'm sorry*, *sorry dude but it's*)."""
    if i + 1 >= len(words):
        return False
    word, then = words[i], words[i + 1]
    return word.lower in ("if", "when", "because", "unless", "but", "so") and (then.lower in SUBJECT_PRONOUNS or then.lower in (
        "it", "its", "it's", "that", "this", "there")) \
        or word.lower in ("i", "we", "you") and (then.tag in ("VBP", "VBD", "MD") or then.norm in CLITIC_VERBS) \
        or word.lower in WH_WORDS | {"what", "where", "who"} and word.text.islower() \
        and (then.lower in ASKING | {"is", "was", "can", "will", "would"} or then.norm in CLITIC_VERBS)


def _hailed(words: list[Word], start: int, end: int) -> bool:
    """Whether a name after an interjection that opens the speech goes on to more words that are not its own
    verb or a noun it names (*"Umm Yuji about yesterday*, *"Wow Zatch look at them*; not *"Oh Harry is here*,
    *"Hey Sam's*, *"Well Harry Potter fans*)."""
    if start < 1 or end >= len(words) or not words[end].is_word():
        return False
    interjection, then = words[start - 1], words[end]
    return (interjection.tag == "UH" or interjection.lower in INTERJECTIONS) and (start == 1 or words[start - 2].norm in QUOTES) \
        and then.tag not in ("VBZ", "VBD", "VBP", "MD", "POS", "CC", "NNP") and then.norm not in CLITIC_VERBS \
        and (then.tag not in ("NN", "NNS") or end + 1 < len(words) and _imperative(then, words[end + 1]))  # not 'Harry Potter fans'


def _name_after_title(words: list[Word], k: int) -> int:
    """The index of the name a title at words[k] goes with (*Dr. Ziegler*, *Professor Snape*), else k."""
    if words[k].lower not in TITLES:
        return k
    j = k + 1 + (k + 1 < len(words) and words[k + 1].norm == ".")
    return j if j < len(words) and words[j].tag == "NNP" and words[j].text[:1].isupper() else k


def _opener_at(words: list[Word], s: int) -> int:
    """The length of a subordinator that opens a clause at words[s] (*when*, *as soon as*), or 0."""
    if s >= len(words) or words[s].lower not in OPENER_STARTS:
        return 0
    for opener, length in OPENERS.items():
        if tuple(w.lower for w in words[s:s + length]) == opener:
            return length
    return 0


def _main_clause_start(words: list[Word], i: int) -> int | None:
    """Where the main clause begins, with no comma before it, after an opening clause that starts at words[i]:
    the opening clause needs its own subject and verb, and the main clause a subject and a finite verb."""
    verb = _subject_end(words, i) if i < len(words) and (words[i].lower in SUBJECT_PRONOUNS or words[i].tag in (
        "NNP", "NN", "NNS", "DT", "PRP$")) else None
    verb = verb if verb is None else _past_adverbs(words, verb)
    if verb is None or verb >= len(words) or not _finite_verb(words, verb):
        return None  # the opening clause needs its own subject and verb: not 'after lots of pleading'
    if any(w.norm in (",", ";", ":") or w.norm in QUOTES for w in words[i:verb]):
        return None
    return _clause_boundary(words, verb + 1)


def _clause_boundary(words: list[Word], start: int, objects: bool = False) -> int | None:
    """The first word from words[start] on that opens a clause, a subject and a finite verb, with no comma before
    it (None when a mark comes first or where it begins is unclear). With `objects`, a noun phrase straight after
    a verb is its object, never a subject (the opening is a participle's phrase: 'Avoiding questions that require
    a direct lie is...')."""
    inner_names: set[int] = set()  # a clause inside the opening one: where its subject begins and goes on
    for k in range(start, len(words)):
        word, previous = words[k], words[k - 1]
        if word.tag == "POS":
            continue  # "Lilynette's arms"
        if k - 1 in inner_names and word.tag == "NNP" and word.text[:1].isupper():
            inner_names.add(k)
            continue  # a name goes on ('the drama that Michael Rivkin created')
        if not word.is_word() or word.norm in QUOTES:
            return None  # a comma (or other mark) is there, or the sentence ends
        if objects and previous.tag.startswith("VB"):
            continue
        own = previous.tag == "PRP$" and not (previous.lower == "her" and word.lower in NOMINATIVES)  # not 'behind her she'
        if word.lower in ("so", "such", "that") or own or previous.tag in ("TO", "CC", "DT", "PDT", "WDT", "WP", "WRB", "MD") \
                or previous.tag == "IN" and (previous.lower not in PARTICLES or previous.lower == "on" and word.tag in ("DT", "PRP$")) \
                and (word.lower not in NOMINATIVES or previous.lower == "all") \
                or previous.lower in SUBORDINATORS:  # ('glanced around he saw': no preposition takes 'he'; 'all she could';
                # 'Kneeling on the stone was': 'on' takes the noun, but 'sat down my friend waved' starts a clause)
            if previous.lower in SUBORDINATORS or previous.tag in ("WDT", "WP"):
                inner_names.add(k)  # a clause inside the opening one begins here
            continue  # 'once he was inside': a clause of its own inside the opening one
        if word.lower not in SUBJECT_PRONOUNS and word.tag not in ("NNP", "DT", "PRP$") \
                or word.tag == "NNP" and not word.text[:1].isupper():
            continue  # (the tagger's lower-case 'NNP' is no name: 'before Anakin even opened')
        if word.lower in ("you", "it", "her") and previous.tag.startswith("VB") \
                or previous.lower in INDEFINITES and k >= 2 and words[k - 2].tag == "IN":
            continue  # an object: 'When he saw it'; a clause that describes: 'like someone they knew'
        end = _subject_end(words, k)
        end = end if end is None else _past_adverbs(words, end)
        if end is None or end >= len(words) or not (_finite_verb(words, end) and (
                words[end].tag != "MD" or word.lower in SUBJECT_PRONOUNS)):
            continue  # no clause starts here ('want the map')
        if previous.tag.startswith("VB") and _lemma(previous) in COMPLEMENT_TAKERS and not (
                is_participle_only(previous.lower) and words[k - 2].tag in ("NN", "NNS")) or previous.lower in STATE_WORDS \
                or previous.tag in ("JJ", "RB") and k >= 2 and words[k - 2].lower in ("so", "such", "how") \
                or previous.tag in ("PRP", "PRP$") and k >= 2 and _lemma(words[k - 2]) in TELLING:
            return None  # 'When he realised she was gone', 'When he told her he loved her', 'so tired she', 'how much the
            # child wanted': where it ends is unclear (not after 'make his presence known', which takes no clause)
        if end + 1 < len(words) and words[end + 1].norm in SENTENCE_END and end == k + 1 and words[end].lower in BE_FORMS:
            return None  # 'Driving separately it is.': an idiom, not a clause after an opening
        gap = _past_adverbs(words, end + 1)
        gap += gap < len(words) and words[gap].tag == "VBN" and _lemma(words[end]) == "have"  # 'the thing Holden had ever seen.'
        if (previous.tag in ("NN", "NNS") or previous.tag == "NNP" and previous.text.islower()) and word.tag not in ("DT", "PRP$") \
                and words[end].lower not in BE_FORMS \
                and _lemma(words[end]) not in INTRANSITIVE \
                and (gap >= len(words) or words[gap].norm in SENTENCE_END
                     or words[gap].tag == "IN" and words[gap].lower not in ("that", "if", "whether")):
            return None  # 'the most familiar thing Holden had ever seen.', 'the belt he wore outside of the jacket'
        if _describing_clause(words, end) or words[end].lower not in BE_FORMS and end + 1 < len(words) \
                and (words[end + 1].tag in ("IN", "RB", "RP") or previous.tag in ("NN", "NNS")) \
                and _main_clause_after_comma(words, end + 1):
            return None  # 'As he sat on the seat he used as a couch, Liz nodded', 'Though she met the man she calls
            # father, her life...': a clause that describes the noun before it, then the comma and the main one
        named = next((m for m in range(k + 1, end) if words[m].text[:1].isupper() and words[m - 1].text.islower()
                      and words[m - 1].tag.startswith("NN")), None) if previous.tag.startswith("VB") else None
        return named or k  # 'When she opened the door Pam was': the verb's object, then the subject (not 'my friend Alya')
    return None


def _describing_clause(words: list[Word], verb: int) -> bool:
    """Whether a subject and its verb at words[verb] describe the noun before them and end at a comma straight
    after the verb (and a participle), before the main clause: 'Being the bad student I was, I ...', 'Considering
    the years they'd missed, that was ...'."""
    comma = verb + 1 + (verb + 1 < len(words) and words[verb + 1].tag == "VBN")
    return comma < len(words) and words[comma].norm == "," and _right_clause(words, comma + 1) is not None


def _main_clause_after_comma(words: list[Word], start: int) -> bool:
    """Whether the first mark from words[start] on is a comma with a main clause after it."""
    comma = next((m for m in range(start, len(words)) if not words[m].is_word() or words[m].norm in QUOTES), None)
    return comma is not None and words[comma].norm == "," and _right_clause(words, comma + 1) is not None


def _common_word(word: Word, document) -> bool:
    """An English word capitalised at the start of speech (*'Cause*, *Guess we*, *May I*): a name only where the
    story reads it as one after another word (*Harry*, *Sonic*)."""
    return word.text not in document.tagged_names and lexicon_tag(word.lower) is not None


def _imperative(word: Word, then: Word) -> bool:
    """A base-form verb that is no past tense: after a name it can only be an order (*Harry, come here*). Where the
    tagger reads it as a noun or a plural's verb (*Sonic look out*, *Shinigami don't*), only a verb that is no
    auxiliary, with a particle, a preposition or an object after it."""
    from ficlint.analysis import verb_forms

    if word.tag not in ("VB", "VBP", "NN") or not word.text.islower():
        return False
    if word.tag != "VB" and (word.lower in ("do", "have", "be") or then.tag not in ("RP", "IN", "RB", "PRP", "DT", "PRP$", "TO")):
        return False
    return word.lower in verb_forms(word.lower, "VB") and word.lower not in verb_forms(word.lower, "VBD")


def _held_on_someone(after: list[Word]) -> bool:
    """Whether a participle is followed by where it is on someone (*clutched in his hand*, *slung over her
    shoulder*): the place of an absolute phrase's thing (not *a door slammed behind her*)."""
    rest = [w for w in after[:4] if w.tag not in ("RP", "RB")]
    return len(rest) > 1 and rest[0].tag == "IN" and rest[1].tag == "PRP$"


def _absolute(verb: Word, after: list[Word]) -> bool:
    """A participle that can end an absolute phrase (*his hands clenched*, *his face covered in blood*), not a
    finite verb: no modal, no *had* before a participle, and no object after it (*his father carried it*)."""
    if verb.tag == "MD" or verb.lower not in _participles(verb):
        return False
    following = after[0] if after else None
    return following is None or following.lower in RESULT_STATES or not (following.tag in ("VBN", "DT", "PRP$", "NNP")
                                     or following.tag == "PRP" and following.lower in OBJECT_PRONOUNS
                                     or following.tag == "TO" and len(after) > 1 and after[1].tag == "VB")  # 'seemed to be'


def series_of_clauses(words: list[Word]) -> bool:
    """Whether the words hold a comma before *and* or *or*: the last of a series of clauses ('Gray would strip, Happy
    would eat, and Natsu would sleep'), whose commas are no splices."""
    return any(a.norm == "," and b.lower in ("and", "or") for a, b in zip(words, words[1:]))


def _done_to(verb: Word, after: list[Word]) -> bool:
    """Whether a participle of a verb done to a thing has no object and nothing after it but adverbs, particles and one
    phrase with a preposition to the sentence's end: done to the subject (*the last clip spent*, *the wind knocked out
    of him*), not a verb that happens by itself (*the door closed behind him*, *the girl nodded*)."""
    if _lemma(verb) not in DONE_TO or verb.lower.endswith("ing"):
        return False
    rest = [w for w in after if w.norm not in QUOTES]
    k = 0
    while k < len(rest) and (rest[k].tag in ("RB", "RP") or rest[k].lower in PARTICLES):
        k += 1
    if k < len(rest) and rest[k].tag == "IN" and rest[k].lower not in ("that", "if", "because", "as", "while", "when"):
        k += 1
        while k < len(rest) and rest[k].tag in ("DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "CD", "POS"):
            k += 1
    return k < len(rest) and rest[k].norm in SENTENCE_END


def _series_of_three(words: list[Word], left: list[Word], comma: int) -> bool:
    """Whether the comma is one of two or more that each open a short clause (five words at most) with the same
    subject as the clause before the first: 'He ate, he drank, he slept.'"""
    subject = left[0].lower if left else ""
    if subject not in SUBJECT_PRONOUNS or len(left) > 5:
        return False
    starts = [i for i, w in enumerate(words) if w.norm == "," and i + 1 < len(words) and words[i + 1].lower == subject]
    clauses = [next((j for j in range(i + 1, len(words)) if not words[j].is_word()), len(words)) - i - 1 for i in starts]
    return len(starts) >= 2 and comma in starts and all(length <= 5 for length in clauses)


def _upper_edit(word) -> tuple[Edit, ...]:
    return (Edit(word.start, word.start + 1, word.text[0].upper()),) if word.text[:1].islower() else ()


def _left_clause(words: list[Word], comma: int) -> list[Word]:
    """The clause before a comma: back to the sentence's start, a semicolon, a colon, a dash or a quote."""
    start = comma
    while start > 0 and (words[start - 1].norm not in CLAUSE_BREAKS | QUOTES | ELLIPSES or _scare_quote(words, start - 1, comma)):
        start -= 1
    clause = words[start:comma]
    if clause and clause[0].lower in CONJUNCTIONS:
        clause = clause[1:]
    return clause


def _scare_quote(words: list[Word], i: int, end: int) -> bool:
    """Whether words[i] is a single quote that opens a word or two set off inside the clause (*my 'driveway'
    almost*), closed before `end`."""
    return words[i].norm == "'" and any(w.text.endswith(("'", "’")) and w.is_word() for w in words[i + 1:min(i + 4, end)])


def _demonstrative_subject(words: list[Word]) -> bool:
    """Whether the words open with *that* or *this* as the subject of *is* or *was* ('That's a lie')."""
    return len(words) > 1 and words[0].lower in ("that", "this") and words[1].norm in ("'s", "was", "is")


def _opens_dependent(left: list[Word]) -> bool:
    """Whether the words are empty or open as no main clause does: a subordinator, a participle, *to*, a wh-word
    or a preposition (*When he left*, *Upon seeing*)."""
    if _demonstrative_subject(left):
        return False  # 'That's a lie, she ...'
    return not left or left[0].lower in SUBORDINATORS or left[0].tag in ("VBG", "VBN", "TO", "WRB", "WDT", "WP", "IN")


def _has_clause(left: list[Word]) -> bool:
    """Whether the words before a comma end with an independent clause: a subject and a finite
    verb after the last comma, not a dependent clause (*When he left*), a phrase (*Upon seeing*,
    *The first time they met*) nor an opening (*The truth was*)."""
    if _opens_dependent(left):
        return False
    if len(left) > 1 and left[0].tag == "RB" and left[0].lower not in ("then", "now", "later") \
            and left[1].lower in PHRASE_OPENERS:
        return False  # 'Instead of the monks he expected, ...', 'Much like a baby craved a lullaby, ...': an opening phrase
    done = len(left) > 1 and left[-1].lower in ("did", "does") and left[-2].lower in SUBJECT_PRONOUNS  # 'and they did, one'
    ends_in_be = left[-1].tag in FINITE and not done and (left[-1].lower in BE_FORMS | AUXILIARY_ENDS or left[-1].tag == "MD"
                                                          or left[0].lower in WH_WORDS)  # 'The truth was, ...', 'she'd, ...'
    if ends_in_be and not _ends_with_object_clause(left) or _opener_at(left, 0) or any(
            w.lower in ("had", "were", "should") and (i == 0 or left[i - 1].lower == "that") and _subject_like(left[i + 1])
            for i, w in enumerate(left[:-1])):
        return False  # 'Had he known, ...', '... that had she struck him, ...': a condition; 'Now that she's queen, ...'
    # a subordinator that ends the clause is an adverb: 'tired from the night before, he ...'
    joins = [i for i, w in enumerate(left[:-1]) if i and _joins_a_clause(w)
             and any(v.tag.startswith("VB") or v.lower in NOMINATIVES for v in left[i + 1:])  # 'until nine': a preposition's
             and not (w.lower == "as" and (i > 1 and left[i - 2].lower == "as" or i + 2 < len(left) and left[i + 2].lower == "as"))
             # 'as quick as he could', 'as terrible as it was' compare
             and not (w.lower in WH_WORDS and left[i + 1].lower == "to")  # 'no idea what to do': a phrase, no clause
             and left[i + 1].tag != "VBG"]  # 'before continuing on their way': a phrase
    if joins and not _object_clause(left, joins[0]) and not _trailing_clause(left, joins[0]):
        return False
    if _object_goes_on(left):
        return False
    if len(left) > 2 and left[0].tag == "DT" and any(w.lower in TIME_NOUNS for w in left[1:4]) \
            or [w.lower for w in left[:3]] in (["the", "next", "thing"], ["next", "thing", "she"], ["next", "thing", "he"]):
        return False  # 'The first time they met, ...', 'The next thing she knew, ...'
    if any(w.lower == "the" and left[i + 1].lower in TIME_NOUNS and (left[i + 2].tag in ("DT", "PRP$", "PRP", "NNP")
                                                                     or _subject_like(left[i + 2])) for i, w in enumerate(left[:-2])):
        return False  # 'She knew that the second the bell rang, she ...': a clause of time
    commas = [i for i, w in enumerate(left) if w.norm == ","]
    segment = left[commas[-1] + 1:] if commas else left
    if len(segment) <= 3 and segment[-1].tag in FINITE | {"VB", "VBP"} and _lemma(segment[-1]) in COMMENT_VERBS \
            or _comment_lead_in(segment):
        return False  # 'I mean, he may be', 'You know, it might', 'I swear, we'll', 'I have to admit, I': a comment, not a clause
    if len(segment) > 2 and segment[0].lower in ("and", "but", "so", "yet") and segment[1].lower in NOMINATIVES:
        segment = segment[1:]  # '..., but he didn't take it' (so she ...): a clause of its own after its joining word
    if segment and (segment[0].lower in SUBORDINATORS and not _demonstrative_subject(segment) or segment[0].lower in CONJUNCTIONS
                    or [w.lower for w in segment[:2]] == ["in", "case"]):
        return False  # '..., and when he left, she ...', '..., in case you haven't heard, I ...'
    opening = segment and segment[0].tag in ("VBG", "VBN") and not any(w.tag in FINITE for w in left[:len(left) - len(segment)])
    if opening or len(left) > 1 and left[0].lower == "the" and left[1].tag in ("JJR", "RBR"):
        return False  # 'Now, staring at the walls that held her, she ...' (an opening phrase); 'The more she saw, the more'
    links = [i for i, w in enumerate(segment[:-1]) if i and w.lower in ("but", "and", "so", "yet") and not _so_far(segment, i)]
    if any(segment[link + 1].tag in ("RB", "IN") and len(segment) - link <= 10
           and not any(_finite_verb(segment, i) for i in range(link + 1, len(segment))) for link in links):
        return False  # '... but otherwise, he ...', '... and out of frustration and pain, she ...': the next clause's opening
    return _subject_and_verb(segment) or _order(segment)


def _order(words: list[Word]) -> bool:
    """Whether the words are an order with its object, opening the sentence: *Don't blame me*, *Take the car* (not a
    word that leads in, *Look*, *Come on*, *Trust me*, nor a verb and its particle, *Get up*)."""
    k = 2 if len(words) > 2 and words[0].lower in ("do", "don't") and words[1].lower in ("n't", "not") else 0
    verb = words[k] if k < len(words) else None
    return verb is not None and verb.tag == "VB" and words[0].text[:1].isupper() and len(words) - k >= 2 \
        and words[k + 1].tag not in ("RB", "RP", "IN") and words[k + 1].lower not in PARTICLES \
        and _lemma(verb) not in LEAD_IN_ORDERS and not any(w.tag in FINITE for w in words[k:])  # not 'Get up', 'Go ahead'


def _comment_lead_in(segment: list[Word]) -> bool:
    """Whether the words are *I* with a modal or *have to* and a verb of saying, and perhaps *you*: a lead-in to what
    is said (*I have to admit*, *I must warn you*, *I gotta say*), not a clause of its own."""
    words = [w.lower for w in segment]
    if words[-1:] in (["you"], ["ya"]):
        words = words[:-1]
    if len(words) < 3 or words[0] not in ("i", "i'll", "we") or _lemma(segment[len(words) - 1]) not in SAYING:
        return False
    helper = words[1:-1]
    return helper in (["must"], ["have", "to"], ["got", "to"], ["gotta"], ["'ve", "got", "to"], ["should"], ["will"])


def _cannot_help(left: list[Word]) -> bool:
    """Whether the words before *but* end in *can't help* (*She couldn't help but laugh*), not *She wanted to help*."""
    return len(left) > 1 and left[-1].lower == "help" and left[-2].lower in ("n't", "not", "cannot", "never")


def _main_clause_opens(left: list[Word]) -> bool:
    """Whether the words before *but* open with a main clause that a dependent one finishes (*It was as if he
    couldn't find the words* but ...): a subject and a finite verb before any joining word."""
    if _opens_dependent(left):
        return False
    join = next((i for i, w in enumerate(left) if _joins_a_clause(w) or w.norm == ","), len(left))
    return join > 1 and _subject_and_verb(left[:join])


def _so_far(words: list[Word], i: int) -> bool:
    """Whether words[i] is the *so* of *so far* ('pleased with herself so far, she had won'): no intensifier, no joint."""
    return words[i].lower == "so" and i + 1 < len(words) and words[i + 1].lower == "far"


def _joins_a_clause(word: Word) -> bool:
    """Whether a word can open a dependent clause inside another (*since*, *when*, *what*; not *that*, *like*, *than*)."""
    return word.lower in SUBORDINATORS | WH_WORDS and word.lower not in ("that", "like", "than")


def _main_clause_before(left: list[Word], joint: str) -> bool:
    """Whether the words before a joining word hold a main clause, alone or followed by a whole dependent clause
    (*It had been a long time since blood was spilled here* but ...) or, before *but*, by a participle's phrase (a
    *so* after one tells its purpose: *crouching down so they were eye to eye*)."""
    if _has_clause(left):
        return True
    opening = _opener_at(left, 0)
    main = _main_clause_start(left, opening) if opening else None
    if main is None and opening and left[0].lower in PHRASE_OPENERS:  # 'After a few minutes they stopped but ...'
        main = next((i for i in range(opening + 1, len(left)) if left[i].lower in NOMINATIVES), None)
    if main is not None and _has_clause(left[main:]):
        return True  # 'As the investigation went on Grissom sensed some tension but he ...': the main clause after the opening
    lead = _leading_adverbial_end(left)
    if lead and _has_clause(left[lead:]):
        return True  # 'That night Andy played with his toys but ...', 'At one point Grace had tried ... but ...'
    comma = max((i for i, w in enumerate(left) if w.norm == ","), default=None)
    if joint == "but" and comma is not None and comma + 1 < len(left) and left[comma + 1].tag in ("VBG", "VBN") \
            and not any(w.tag in FINITE for w in left[comma + 1:]) and _has_clause(left[:comma]):
        return True  # 'He was hunched over, crying into the noise but she heard': a clause and its participle's phrase
    join = next((i for i, w in enumerate(left[1:-1], 1) if _joins_a_clause(w)), None)
    return join is not None and left[join - 1].norm != "," and _has_clause(left[:join]) and (
        _subject_and_verb(left[join + 1:]) or left[join].lower in WH_WORDS and _finite_verb(left, join + 1))


def _leading_adverbial_end(left: list[Word]) -> int:
    """The index after a short phrase of time or place that opens a clause with no comma of its own (*That night*,
    *One morning*, *At one point*, *In the hall*), or 0."""
    if not left:
        return 0
    start = 1 if left[0].tag == "IN" and left[0].lower not in SUBORDINATORS else 0
    if not start and left[0].lower not in TIME_DETERMINERS:
        return 0
    j = start if start else 1
    while j < min(len(left), start + 3) and (left[j].tag in ("DT", "CD", "PRP$", "JJ") or left[j].lower == "one"):
        j += 1
    if j >= len(left) - 1:
        return 0
    noun = left[j].lower in DAY_TIMES if not start else left[j].tag in ("NN", "NNS", "NNP") and left[j].text.islower()
    return j + 1 if noun and left[j + 1].is_word() else 0  # (after 'Under his breath,' the phrase has its comma)


def _result_clause(words: list[Word], joint: int, verb: int) -> bool:
    """Whether *so* or *yet* at words[joint] joins a second sentence rather than saying what for (*so he could see*),
    standing for a clause (*I think so*) or meaning *still* (*not yet*)."""
    before, after = words[joint - 1], words[joint + 1]
    if _lemma(before) in SO_TAKERS or before.tag == "MD" or before.lower == "enough" or after.lower in ("that", "as", "far", "much", "many") \
            or after.tag in ("JJ", "JJR", "RB", "RBR") and after.lower not in ("then", "now") \
            and not (after.tag == "JJ" and joint + 2 < len(words) and words[joint + 2].tag.startswith("NN")):
        return False  # 'I hope so', 'so that', 'so far', 'so fast he fell', 'loud enough so he woke' (not 'so poor Howl stood')
    if words[joint].lower == "yet":
        return not any(w.lower in ("not", "n't", "never", "no") for w in words[max(0, joint - 5):joint])
    if words[verb].lower in ("do", "does") and verb + 1 < len(words) and words[verb + 1].lower in ("n't", "not") \
            and any(w.tag == "MD" or w.tag == "TO" and words[k + 1].tag == "VB" for k, w in enumerate(words[:joint])):
        return False  # 'We need to move that way so they don't smell us': what for, in the present
    return words[verb].lower not in PURPOSE_MODALS


def _subject_and_verb(words: list[Word]) -> bool:
    """Whether the words hold a finite verb with a subject among the four words before it."""
    return any(_finite_verb(words, k) and (any(_subject_like(w) for w in words[max(0, k - 4):k])
                                           or k > 1 and words[k - 1].tag in ("JJ", "VBN") and words[k - 2].lower == "the"
                                           or k == 1 and words[0].lower in ("this", "that", "these", "those"))
               for k in range(1, len(words)))  # 'the wounded were', 'This was all his fault'


def _past_adverbs(words: list[Word], i: int) -> int:
    """The index of the first word from words[i] on that is not an adverb (*n't* is no adverb here)."""
    while i < len(words) and words[i].tag == "RB" and words[i].lower != "n't":
        i += 1
    return i


def _object_goes_on(left: list[Word]) -> bool:
    """Whether a comma after these words falls inside the object of a verb of thinking or saying: after an opening
    phrase that follows its *that* (*He knew that around that time, his father ...*), or after a condition
    (*You think if I asked them, they'd ...*)."""
    for i, word in enumerate(left[:-1]):
        if not i or _lemma(left[i - 1]) not in OPINIONS:
            continue
        if word.lower in ("that", "if", "when") and left[i - 1].tag.startswith("VB") \
                and not any(_finite_verb(left, k) for k in range(i + 1, len(left))):
            return True
        if word.lower in ("if", "when") and _lemma(left[i - 1]) != "know":
            return True
    return False


def _ends_with_object_clause(left: list[Word]) -> bool:
    """Whether the clause's last verb is its object clause's ('She asked where the shop was, ...')."""
    return any(j and left[j].lower in WH_WORDS | {"where", "when", "why"} and _object_clause(left, j)
               for j in range(len(left) - 2))


def _trailing_clause(left: list[Word], j: int) -> bool:
    """Whether the clause that *as*, *while*, *because* or the like opens at left[j] follows a whole clause and so belongs
    to it (*Vanitas scowled as he took his coat off*), not to what comes after the comma."""
    before = left[j - 1]
    verb = _subject_end(left, 0)
    verb = verb if verb is None else _past_adverbs(left, verb)
    return left[j].lower in BACKWARD_OPENERS | {"after", "before", "until", "once"} and left[0].lower not in SUBORDINATORS \
        and verb is not None and verb < j and _finite_verb(left, verb) and "that" not in (w.lower for w in left[j:]) \
        and before.tag not in ("CC", "IN", "DT", "WDT") and before.lower not in DAY_TIMES | {"that", "so"} \
        and not (before.tag.startswith("VB") and _lemma(before) in COMPLEMENT_TAKERS | OPINIONS) \
        and not any(w.lower in ("and", "but", "so", "because") for w in left[max(0, j - 2):j]) \
        and not (j + 1 < len(left) and left[j + 1].lower in SUBORDINATORS)
    # (not 'and while they weren't wrong, they ...', 'I guess since I have time, I ...', 'a year after I met her, I ...',
    # 'because if they were caught, they ...', 'The years she spent as a ghost, ...', 'as she feared that this time, it')


def _object_clause(left: list[Word], j: int) -> bool:
    """Whether the wh-word or *if* at left[j] opens the object of the clause before it: a subject, then a verb
    of knowing or asking (*He never knew why they came*, *She asked if it hurt*)."""
    verb = left[j - 1] if left[j - 1].tag != "RB" else left[j - 2] if j > 1 else left[j - 1]
    if verb.tag == "IN" and verb.lower not in SUBORDINATORS | {"that"} \
            and left[j].lower in WH_WORDS | {"why", "where", "when", "who", "which", "whether"} and not left[j].lower.endswith("ever") \
            and not any(w.lower in SUBORDINATORS for w in left[j + 1:]) \
            and _subject_and_verb(left[:j - 1]):
        return True  # 'He had no time to think about how much had changed': the object of 'about'
    perfect = verb.tag == "VBN" and j > 1 and any(w.lower in ("had", "has", "have", "'d", "'ve") for w in left[max(0, j - 4):j - 1])
    helped = verb.tag == "VB" and j > 1 and (left[j - 2].tag == "MD" or left[j - 2].lower in ("n't", "not", "did", "do", "does"))
    return (left[j].lower in WH_WORDS | {"why", "where", "when", "who", "which", "whether", "if"}
            and (verb.tag in ("VBD", "VBZ", "VBP") or perfect or helped) and _lemma(verb) in COMPLEMENT_TAKERS
            and any(_subject_like(w) for w in left[:j - 1]) and left[0].lower not in SUBORDINATORS)


def _subject_like(word: Word) -> bool:
    return word.lower in SUBJECT_PRONOUNS or word.tag in ("NNP", "NN", "NNS", "EX", "PRP") or word.lower in GROUP_NUMBERS


def _right_clause(words: list[Word], i: int) -> tuple[int, int] | None:
    """(subject start, verb index) when the words after a comma open an independent clause."""
    if i >= len(words):
        return None
    first = words[i]
    if first.lower == "that" and i + 2 < len(words) and words[i + 1].tag == "NN" and _finite_verb(words, i + 2):
        return i, i + 2  # ', that line couldn't be truer': a demonstrative, not the conjunction
    if first.lower in CONJUNCTIONS or first.lower in SUBORDINATORS or first.tag in ("WDT", "WP", "WRB", "VBG", "VBN", "TO", "IN"):
        return None
    if first.lower in CONNECTIVES:
        i += 1
        if i < len(words) and words[i].norm == ",":
            i += 1
    elif first.tag in ("RB", "RBR") and first.lower not in ("not", "n't", "so", "too", "as", "even", "just", "only"):
        k = i + 1
        while k < i + 3 and k < len(words) and (words[k].tag in ("RB", "RBR") or words[k].lower == "or"):
            k += 1
        i = k  # ', sooner or later it'll tear', ', maybe she was right'
    if i >= len(words):
        return None
    if words[i].lower == "there" and i + 1 < len(words) and _finite_verb(words, i + 1):
        return i, i + 1
    if words[i].lower not in SUBJECT_PRONOUNS and words[i].tag not in ("NNP", "DT", "PRP$") \
            and words[i].lower not in ("nothing", "everything", "something", "everyone", "nobody", "someone", "this"):
        return None
    end = _subject_end(words, i) if words[i].lower not in ("nothing", "everything", "something", "this") else i + 1
    if end is None:
        return None
    verb = _past_adverbs(words, end + 1)
    if words[i].lower in ("they", "we", "you") and verb < len(words) and words[end].lower in ("all", "both") \
            and (words[verb].tag in ("VBD", "VBP", "MD") or words[verb].lower.endswith("ed")):
        return i, verb  # 'they all preferred', 'we both then made'
    if end - i > 2 and words[end - 1].tag in ("NNP", "PRP") and (words[end - 2].tag.startswith("NN") or words[end - 2].lower == "one") \
            and words[end - 2].text.islower():
        return None  # ', the kinds of stuff Dad told us', ', the one Roll talked about': a noun and the clause that describes it
    while end < len(words) and (words[end].tag in ("RB",) or words[end].lower.endswith("ly")) and words[end].lower != "n't":
        end += 1
    if end < len(words) and _finite_verb(words, end):
        return i, end
    return None


def _clause_after_joint(words: list[Word], i: int) -> tuple[int, int] | None:
    """(subject start, verb index) of the clause after *but*, *so* or *yet*: as after a comma, or with a bare noun for its subject
    (*but storm clouds were gathering*, *but death still hung*), or after a short opening phrase (*but for the life of
    him he couldn't*, *but somewhere deep inside she knew*)."""
    found = _right_clause(words, i)
    if found or i >= len(words):
        return found
    if words[i].tag == "JJ" and i + 1 < len(words) and words[i + 1].tag == "NNP" and words[i + 1].text[:1].isupper():
        found = _right_clause(words, i + 1)
        return (i, found[1]) if found else None  # 'so poor Taro waited'
    verb = _past_adverbs(words, i + 1)
    if words[i].lower == "that" and verb < len(words) and _finite_verb(words, verb):
        return i, verb  # 'but that was only because': after the joining word, a demonstrative
    end = _bare_noun_phrase_end(words, i)
    if end is not None and all(lexicon_tag(w.lower) in ("NN", "NNS", "JJ") for w in words[i:end]):
        verb = _past_adverbs(words, end)
        if verb < len(words) and (words[verb].tag in ("VBD", "VBZ", "VBP", "MD") and _finite_verb(words, verb)
                                  or words[verb].tag == "VBN" and words[verb].lower in verb_forms(words[verb].lower, "VBD")
                                  and not any(w.tag in FINITE for w in words[verb + 1:])):
            return i, verb  # 'but sharp claws pressed against her throat' (no verb after: not 'claws pressed flat are')
    described = _verb_after_described_subject(words, i)
    if described is not None:
        return i, described  # 'but a child raised under his care would grow up'
    if words[i].lower in CONDITIONS and words[i - 1].lower == "but":
        inner = _right_clause(words, i + 1)
        return (i, inner[1]) if inner else None  # 'but if Fiona wasn't going to talk, she ...': the main clause follows it
    if words[i].tag not in ("IN", "RB") or words[i].lower in SUBORDINATORS:
        return None
    for j in range(i + 1, min(i + 8, len(words) - 1)):
        if words[j].norm in CLAUSE_BREAKS | QUOTES | {","} or _finite_verb(words, j):
            return None
        if words[j].lower in NOMINATIVES and words[j - 1].tag != "IN" and _finite_verb(words, j + 1):
            return j, j + 1  # (not 'but for he ...')
    return None


def _verb_after_described_subject(words: list[Word], i: int) -> int | None:
    """The verb of a clause whose subject, at words[i], a participle's phrase describes (*a child raised under his
    care would*, *the girl sitting beside him said*), or None."""
    j = i + 1
    if words[i].tag not in ("DT", "PRP$"):
        return None
    while j < len(words) and words[j].tag == "JJ":
        j += 1
    if j + 1 >= len(words) or words[j].tag not in ("NN", "NNS") or words[j + 1].tag not in ("VBN", "VBG"):
        return None
    for k in range(j + 2, min(j + 9, len(words))):
        if not words[k].is_word() or words[k].norm in QUOTES or words[k].tag == "CC":
            return None
        if _finite_verb(words, k):
            return k
    return None


def _after_opening(words: list[Word], i: int) -> tuple[int, int] | None:
    """(start, verb index) of the main clause when an opening clause follows the comma and a main clause follows
    it (*I sent a challenge, if they accept, then the rules say...*)."""
    if i >= len(words) or (words[i].lower,) not in OPENERS or words[i].lower in BACKWARD_OPENERS:
        return None
    comma = next((j for j in range(i + 1, len(words)) if words[j].norm == "," or words[j].norm in QUOTES), None)
    if comma is None or words[comma].norm != "," or not any(_finite_verb(words, k) for k in range(i + 1, comma)):
        return None  # (not 'her bedroom, where her husband, Bob was ...': the opening clause needs its verb)
    return _right_clause(words, comma + 1)


def _after_phrase(words: list[Word], i: int) -> tuple[int, int] | None:
    """(start, verb index) of a clause after a short prepositional phrase with no comma of its own (*They turned
    around, to his surprise he saw her*): the subject is a pronoun no preposition takes, so the phrase ends there."""
    if i >= len(words) or words[i].tag not in ("IN", "TO") or words[i].lower in SUBORDINATORS:
        return None
    for j in range(i + 1, min(i + 6, len(words) - 1)):
        if words[j].lower in NOMINATIVES and (words[j].text[:1].islower() or words[j].text == "I"):
            return (j, j + 1) if j > i + 1 and _finite_verb(words, j + 1) else None
        if words[j].tag not in ("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "POS", "CD"):
            return None
    return None


def _question_after(words: list[Word], i: int, left: list[Word]) -> tuple[int, int] | None:
    """(start, verb index) when a direct question follows the comma: a wh-word, its verb, and a closing '?'
    (*You are acting weird, what's going on?*), unless the clause before asks or thinks it (*She asked, what now?*)."""
    from ficlint.speech import speech_lexicon

    end = next((w for w in reversed(words) if w.norm not in QUOTES), None)
    if words[i].lower not in WH_WORDS | {"where", "who", "when"} or end is None or end.norm != "?":
        return None
    verb = next((j for j in range(i + 1, min(i + 4, len(words))) if words[j].tag in ("VBZ", "VBD", "VBP", "MD")
                 or words[j].norm in CLITIC_VERBS), None)
    last = max((k for k, w in enumerate(left) if w.tag.startswith("VB")), default=None)
    asking = last is not None and (_lemma(left[last]) in COMMENT_VERBS | {"ask", "wonder"} or left[last].lower in speech_lexicon()[0]) \
        and all(w.tag in ("PRP", "RB") for w in left[last + 1:])  # 'She asked him, what ...?', 'I wonder, what ...?'
    return None if verb is None or asking else (i, verb)


def _participles(word: Word) -> set[str]:
    """The participle forms of the verbs a word can be (*clenched*, *thrust*)."""
    from ficlint.analysis import verb_forms

    return verb_forms(word.lower, "VBN")


def _finite_verb(words: list[Word], i: int) -> bool:
    word = words[i]
    if word.norm in CLITIC_VERBS:  # he's, there's, that's, Harry's (is) but not Harry's (possessive)
        return i > 0 and (words[i - 1].tag in ("PRP", "EX") or words[i - 1].lower in ("that", "this", "what")
                          or (word.norm != "'s" and words[i - 1].tag == "NNP") or word.tag == "VBZ")
    if i > 0 and words[i - 1].tag in ("DT", "PRP$", "POS") and not (
            words[i - 1].lower in ("this", "that") and word.lower in ("is", "was", "has", "had", "will", "would", "can", "could")
            or words[i - 1].lower in SOME_OF and word.tag in FINITE):
        return False  # 'the Academy's offices': a noun the tagger took for a verb (but 'this is', 'both understood')
    if word.tag in ("VBP", "VBZ") and word.lower not in ("'s",) and not lemmas(word.lower).get("VERB"):
        return False  # 'the personnel department': never a verb
    if len(word.text) > 1 and word.text.isupper() and i > 0 and words[i - 1].tag in ("NN", "NNS", "JJ"):
        return False  # 'the console LED glowing': initials after a noun, not the verb 'led'
    if word.lower.endswith("ing") and word.lower not in lemmas(word.lower).get("VERB", ()):
        return False  # 'her fingers fiddling': a participle the tagger took for a present (but 'they sing')
    if word.tag == "VBD" and i > 0 and words[i - 1].tag in ("NN", "NNS") and is_participle_only(word.lower):
        return False  # 'make his presence known': what the noun was made, not its verb
    return word.tag in FINITE and word.lower not in ("'s",) or word.lower in ("did", "does") \
        or word.tag == "VBN" and is_past_only(word.lower)  # the tagger's 'he did/VB', 'this certainly took/VBN'


def _comments(verb: Word, after: list[Word]) -> bool:
    """A verb of saying or knowing that ends its sentence: a comment on the clause before it."""
    from ficlint.speech import speech_lexicon

    if verb.tag == "MD" and after and after[0].tag == "VB" or _lemma(verb) == "have" and after and (
            after[0].tag == "VBN" or after[0].tag == "VBD" and after[0].lower in verb_forms(after[0].lower, "VBN")):
        return _comments(after[0], after[1:])  # 'It was nicer still, Hob would argue, because ...', '..., he had told himself.'
    rest = [w for w in after if w.tag not in ("RB", "RP", "IN", "TO") and w.lower not in ("so", "out")
            and not w.lower.endswith(("self", "selves"))]  # 'Yuri corrects himself'
    if rest and rest[0].lower in ("it", "you") and _lemma(verb) in COMMENT_VERBS \
            or rest and rest[0].lower in OBJECT_PRONOUNS and verb.lower in speech_lexicon()[0]:
        rest = rest[1:]  # '..., I swear it!', '..., I promise you.', '..., her mind reminded her.'
    ends = not rest or rest[0].norm[:1] in ".!?…," or rest[0].norm in QUOTES | {"—", "–", "--"} or (
        lexicon_tag(rest[0].lower) == "IN" and rest[0].lower not in ("that", "if", "whether")) \
        or _time_phrase_ends(after)  # '..., he decided after a moment'
    if verb.lower in ("am", "'m", "is", "'s", "are", "'re", "was") and rest and rest[0].lower in ("sure", "certain", "afraid"):
        after_state = rest[1:]
        return not after_state or after_state[0].norm[:1] in ".!?…," or after_state[0].norm in QUOTES  # ', I am sure.'
    if _lemma(verb) == "turn" and not (after and after[0].lower == "out"):
        return False  # 'it turns out' comments; 'he turned around' is an action
    return ends and (_lemma(verb) in COMMENT_VERBS or verb.lower in speech_lexicon()[0] | speech_lexicon()[1])


def _emphatic_echo(clause: list[Word], after: list[Word]) -> bool:
    """Whether a pronoun and an auxiliary with nothing after them but *to* echo the clause before the comma for
    emphasis (*She hoped he'd win, she really did.*, *They would go, they had to.*): no second sentence."""
    subject, *between, verb = clause
    rest = [w for w in after if w.norm not in QUOTES]
    stressed = any(w.lower in ECHO_ADVERBS for w in between) or rest[:1] and rest[0].lower == "to"
    ends = [w for w in rest if w.lower != "to"][:1]
    return subject.lower in SUBJECT_PRONOUNS and (verb.tag == "MD" or _lemma(verb) in ("be", "do", "have")) \
        and all(w.tag == "RB" for w in between) and bool(stressed) and bool(ends) and ends[0].norm in SENTENCE_END


def _time_phrase_ends(after: list[Word]) -> bool:
    """Whether a short phrase of time ends the sentence: *after another look.*, *after a moment.*"""
    words = [w for w in after if w.tag not in ("RB", "RP") and not w.lower.endswith(("self", "selves"))]
    end = next((k for k, w in enumerate(words) if not w.is_word()), len(words))
    return 1 < end <= 4 and words[0].lower in ("after", "before", "again") and all(
        w.tag in ("DT", "JJ", "NN", "CD") for w in words[1:end]) and (end == len(words) or words[end].norm[:1] in ".!?…")


def _same_words(left: list[Word], right: list[Word]) -> bool:
    return [w.lower for w in left] == [w.lower for w in right]


def _addressable(word: Word, names: frozenset[str] = frozenset()) -> bool:
    """A name (capitalised: a proper noun, with an honorific: *Mayuri-sama*, or one of the story's `names` the
    tagger reads otherwise here) or a term of address."""
    if word.lower in ADDRESS_TERMS:
        return True
    if word.lower in NEVER_ADDRESSED or word.lower in ("i", "mr", "mrs", "ms", "dr", "st") or "'" in word.norm \
            or _stammer(word.text) or DRAWN_OUT.search(word.lower) and lexicon_tag(DRAWN_OUT.sub(r"\1", word.lower)):
        return False  # ('Anddd': a word drawn out, not a name)
    if PLACEHOLDER_RE.fullmatch(word.text):
        return True  # the reader's name in a reader-insert story: 'Hey (Y/N)'
    if len(word.text) == 2 and word.text.isalpha() and word.text.isupper() and word.text not in COMMON_INITIALS:
        return lexicon_tag(word.lower) is None  # a name of initials: 'Good morning JD' (not a word shouted: 'LOOK AT ME')
    return word.text[:1].isupper() and word.text[1:2].islower() and (
        word.tag in ("NNP", "NNPS") or "-" in word.text or word.text in names)


def _stammer(text: str) -> bool:
    """A common word said with a stammer, each piece a start of the last: 'I-I', 'Why-w-why', 'W-What' (a
    stammered name, 'S-Sam', is still a name; 'Mayuri-sama' is no stammer)."""
    *starts, whole = text.split("-")
    return bool(starts) and all(start and whole.lower().startswith(start.lower()) for start in starts) and (
        whole.islower() or whole.lower() in WH_WORDS | SUBJECT_PRONOUNS | {"where", "who", "when"})


def _leads_to_address(words: list[Word], p: int) -> bool:
    """Whether the word before a possible name spoken to leaves it no other role (object, subject, title)."""
    previous = words[p]
    lower = previous.lower
    if not previous.is_word() or lower in TITLES:
        return False
    before = words[p - 1] if p > 0 else None
    if lower == "no" and before is not None and before.text[:1].isupper():
        return False  # 'Sode no Shirayuki': a Japanese name
    if lower in ("oh", "ohh", "aw", "aww", "ah", "ahh", "ugh", "my") \
            and words[p + 1].lower in ("dear", "god", "lord", "gosh", "goodness", "boy", "man", "brother"):
        return False  # 'Oh dear', 'my God', 'Oh boy', 'Aw man': exclamations
    if lower in OBJECT_PRONOUNS or lower == "it":
        if lower == "her" and not words[p + 1].text[:1].isupper():
            return False  # 'her sister': a possessive
        if lower == "you" and (words[p + 1].lower in EPITHETS | {"guys", "two", "all", "people", "boys", "girls", "lot", "kids"}
                               or before is None or before.norm in QUOTES
                               or before.lower in ("are", "were") and (p < 2 or words[p - 2].norm in QUOTES)):
            return False  # 'you guys', '"You Arisawa?"', '"Are you Spider-Man?"'
        if lower == "it" and before is not None and before.lower in ("is", "was", "'s", "are", "were"):
            return p >= 2 and words[p - 2].lower in ("what", "who", "where", "how")  # 'What is it Benny?' (not 'Is it Harry?')
        return not (before is not None and before.lower in GIVING)
    if lower in ("he", "she", "they", "we") and words[p + 1].norm not in ("'s",) and not (
            before is not None and before.lower in ("is", "was", "are", "were", "'s", "'re")):
        return True  # "can't they Mira?", 'did she Kara?' (not 'Is he Martin?', which asks who he is)
    determined = before is not None and before.tag == "DT"  # 'in the Night Court': a name's first word
    if (lower in INTERJECTIONS or previous.tag == "UH") and not determined and not (before is not None and before.tag in ("TO", "MD")) \
            or lower in ("yourself", "yourselves"):
        return True  # 'Watch yourself little brother': the verb has its object already (not 'I want to thank Kara')
    if lexicon_tag(lower) in ("NN", "NNS") and previous.text.islower() and not _person_noun(lower) and before is not None \
            and (before.lower in ("the", "that", "this") or before.lower in ("your", "yer", "ur", "no") and lower not in NAMED_THINGS) \
            and words[p + 1].text[:1].isupper():
        return True  # 'Thanks for the advice Zeke', "It's your fault Kara", 'No offense Mio': no one is called that
        # ('your sword Zangetsu' is a thing with a name)
    following = words[p + 2] if p + 2 < len(words) else None
    addressed = words[p + 1].text.islower() or words[p + 1].lower in ("sir", "ma'am", "madam")  # not 'But Bro' (a name)
    if words[p + 1].lower in ONLY_SPOKEN_TO and (previous.tag not in NOUN_PHRASE_INSIDE or lower in ("but", "and", "so")
                                                 and addressed and not (following is not None and following.text[:1].isupper())) \
            and not (previous.tag.startswith("VB") and _lemma(previous) not in INTRANSITIVE):
        return True  # 'One moment sir', 'Of course ma'am', 'But sir': no one else is called 'sir' (not 'and sir Lancelot')
    if (previous.tag == "MD" or lower in ("do", "does", "did")) and not (before is not None and before.lower in ("neither", "nor", "so")):
        return True  # 'You may Taichi.', 'I do Harry.': the verb's object or subject cannot follow it
    if lower in ("that", "this") and before is not None and before.tag in ("IN", "TO") and words[p + 1].lower not in EPITHETS:
        return True  # 'Sorry about that Levi'
    if lower in ("that", "this", "it") and words[p + 1].lower in ("guys", "everyone", "everybody", "folks") \
            and p + 2 < len(words) and words[p + 2].norm in (".", "!", "?", ",", "…"):
        return True  # 'Did you hear that guys?': the pronoun ends the clause, the group is spoken to
    if (lower, before.lower if before else "") in (("course", "of"), ("what", "know"), ("god", "thank"), ("god", "oh"),
                                                   ("god", "my"), ("gosh", "oh"), ("goodness", "my"), ("care", "take"),
                                                   ("luck", "good"), ("job", "good"), ("work", "nice"), ("try", "nice"),
                                                   ("done", "well")):
        return True  # 'Of course Professor', 'You know what Shikamaru', 'Oh god Derek', 'Take care Gwen'
    if lower in ("yo", "man", "dude", "bro") and (before is None or before.norm in QUOTES):
        return True  # '"Yo Miles!"', '"Man Lily, you look great"': an interjection opening the speech
    if (previous.tag.startswith("VB") or before is not None and before.lower in ("n't", "not")) and _lemma(previous) in INTRANSITIVE:
        return True  # 'Don't worry Ino', 'Where are you going Ron?'
    if lower in LEAD_ADVERBS or (lower in PARTICLES - {"over"} and previous.tag in ("RP", "RB", "IN") and p > 0
                                 and (words[p - 1].tag.startswith("VB") or "VERB" in lemmas(words[p - 1].lower)
                                      and words[p - 1].tag not in ("NNS", "DT", "JJ"))
                                 and words[p - 1].tag not in ("VBD", "VBN")):
        return True  # 'Come on Harry', 'Hurry up Ron' (not 'surprise attacks on Wessex', 'he experimented on Clary')
    if lower in GREETING_NOUNS and not determined:
        return True  # 'Good night Harry' (not 'in the Night Court')
    if lexicon_tag(lower) in ("NN", "NNS") and previous.text.islower() and before is not None and before.tag == "JJ" \
            and (p < 2 or words[p - 2].norm in QUOTES) and words[p + 1].text[:1].isupper():
        return True  # '"Nice earrings Bloom,"', '"Big news Harry!"': a remark, then the one spoken to
    if previous.tag == "RB" and lower.endswith("ly") and (before is None or before.norm in QUOTES):
        return True  # '"Technically Spencer, you ...': an adverb opening the speech, then the one spoken to
    if previous.text.islower() and lexicon_tag(lower) == "NN" and before is not None and before.lower in ("a", "an") \
            and words[p + 1].text[:1].isupper():
        return True  # "It's a trap Tristan!": after 'a' and a noun a name is no apposition (but 'a baby sister' is one noun)
    if (previous.tag == "JJ" or (previous.tag == "NNP" and previous.text.islower())) and lexicon_tag(words[p + 1].lower, True) in (
            None, "NNP", "NNPS") and (before is None or before.norm in QUOTES and (p < 2 or words[p - 2].norm in (",", ":"))
            or before.lower in ("all", "so", "too", "pretty", "very", "really")):
        return True  # '"Ready Tou-chan!"', '"All ready Bilbo?"' (not a phrase quoted in narration: 'addressed as "young master"')
    copula = before is not None and (before.lower in ("is", "'s", "was", "were") or before.lower in ("this", "that", "it")
                                     and p >= 2 and words[p - 2].lower in ("is", "was", "isn't", "wasn't"))
    if previous.tag == "JJ" and copula and lower not in FOND and p + 2 < len(words) \
            and words[p + 2].norm in (".", "!", "?", ",", "…"):
        return True  # "That's wonderful Ippo.", 'Is this true Kanzaki?': what it is, then the one spoken to
    if previous.tag == "JJ" and previous.text.islower() and lower not in FOND and lexicon_tag(lower) == "JJ" \
            and before is not None and before.tag not in ("DT", "PRP$", "POS", "IN", "TO", "JJ", "CC", "RB", "WDT") \
            and before.norm != "," and before.lower not in BE_FORMS and words[p + 1].lower not in ADDRESS_TERMS \
            and _name_ends_clause(words, p + 1):
        return True  # "There's something wrong Chris,", 'you find it cute Bess,': a name after how something is ends nothing
        # (after a copula the branch below decides: 'She was brave Mary Jane' may name her)
    if previous.tag.startswith("VB") and lower not in GIVING and _object_asked(words, p):
        return True  # 'What do you mean Beako?': the question's first word is the verb's object
    if (previous.tag == "JJ" or (previous.tag == "NNP" and previous.text.islower())) and (before is None or before.tag not in ("DT", "PRP$", "JJ", "RB", "POS")):
        return before is not None and before.lower in ("be", "stay", "keep", "'m", "'re", "am", "are", "looking", "look")
    return False


def _name_ends_clause(words: list[Word], n: int) -> bool:
    """Whether the name that starts at words[n] (*Chris*, *Harry Potter*) is followed by a stop or a comma."""
    while n + 1 < len(words) and words[n + 1].tag == "NNP" and words[n + 1].text[:1].isupper():
        n += 1
    return n + 1 < len(words) and words[n + 1].norm in (".", "!", "?", ",", "…", "...", "?!", "!?")


def _object_asked(words: list[Word], p: int) -> bool:
    """Whether the verb at words[p] ends a question that opens with its object and a name follows to end it:
    'What do you mean Beako?', 'Who did you see Ron?' (*what*, *do* and a subject pronoun open the clause)."""
    start = p - 3 - (words[p - 1].tag == "RB")
    return start >= 0 and words[start].lower in ("what", "who") and words[start + 1].lower in ("do", "does", "did") \
        and words[start + 2].lower in SUBJECT_PRONOUNS and (start == 0 or words[start - 1].norm in QUOTES) \
        and _name_ends_clause(words, p + 1) and words[next(
            (k for k in range(p + 1, len(words)) if not words[k].is_word()), p + 1)].norm == "?"


FOND = frozenset("little big old young dear my sweet poor".split())
NAMED_THINGS = frozenset("sword blade weapon zanpakuto ship planet city town village country kingdom world land house "
                         "horse spell technique attack move song book team squad school academy company band".split())
PERSON_NOUNS = ADDRESS_TERMS | TITLES | frozenset(
    "friend boyfriend girlfriend partner wife husband son daughter man woman guy kid child baby teammate classmate "
    "roommate neighbour neighbor student apprentice servant maid butler guard soldier officer agent leader member "
    "nephew niece twin sibling brother-in-law sister-in-law fiance fiancee fiancé fiancée ex lover rival enemy ally "
    "cat dog pet horse bird dragon".split())


def _person_noun(lower: str) -> bool:
    """A noun for a person (or a pet), in its plural too (*friends*, *brothers*)."""
    return lower in PERSON_NOUNS or lower.endswith("s") and lower[:-1] in PERSON_NOUNS


NOUN_PHRASE_INSIDE = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "POS", "IN", "CD", "CC", "TO"})
GIVING = frozenset("give gave given giving show showed shown tell told call called name named send sent bring brought".split())
