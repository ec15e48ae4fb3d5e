"""Names and terms: one spelling and one capitalisation per name across the whole project.

Every document of the run is counted together, so `ficlint lint chapters/` sees *Toshiro*
in chapter 1 and *Toshirou* in chapter 7. The project's majority spelling wins, unless
`[tool.ficlint.names] canonical` names the form to use. Stories linted in separate runs
keep their own spellings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from ficlint.checks import Rule
from ficlint.checks.spelling import DRAWN_OUT, is_common_word, is_english_word, match_case, story_names
from ficlint.document import DIALOGUE, HEADING, MARKUP, SCENE_BREAK, base_form
from ficlint.finding import Edit, Fix
from ficlint.packs import Term
from ficlint.project import Project
from ficlint.similarity import typing_slip

NAME = "names"
VARIANT = Rule(
    "NM001", "name-variant", NAME, "A spelling of a name or term that the rest of the story spells another way.",
    "Readers notice when Toshiro becomes Tōshirō or Toshirou from one chapter to the next.",
    "Toshiro (14 times) ... Toshirou  ->  Toshiro", "always (safe)",
)
CAPITALISATION = Rule(
    "NM002", "term-capitalisation", NAME,
    "A name or term capitalised differently from the rest of the story (sentence starts and headings aside).",
    "A term that is sometimes capitalised and sometimes not reads as two different things.",
    "her gigai ... an untraceable Gigai  ->  gigai", "always (safe)",
)
NEAR_MISS = Rule(
    "NM003", "near-miss-name", NAME, "A rare capitalised word that one typing slip makes of a name the story or glossary uses.",
    "A mistyped name (Mayrui for Mayuri) passes a spellchecker that has never heard of either.",
    "Mayuri (6 times) ... Mayrui  ->  Mayuri", "never (it may be another character: the name is a suggestion)",
)
UNCASED_KINDS = ("rank", "honorific")
NAME_MAJORITY = 3  # capitalised uses per lower-case one before a rare English word counts as a name
LONG_VOWELS = re.compile(r"(?<=o)[uo]|(?<=u)u")


def fold(word: str) -> str:
    """The spelling with case, accents and long-vowel marks dropped: Tōshirō, Toshirou -> toshiro."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return LONG_VOWELS.sub("", bare.lower())


@dataclass(frozen=True)
class Use:
    """One occurrence of a name or term (the word without a possessive ending)."""

    path: str
    start: int
    word: str
    cased: bool  # its capitalisation means something: not at a sentence start or in a heading
    dialogue: bool


@dataclass
class Group:
    """Every spelling of one name or term found in the project."""

    term: Term | None
    uses: list[Use]


@dataclass(frozen=True)
class Found:
    rule: Rule
    start: int
    end: int
    message: str
    replacement: str
    safe: bool


class NamesCheck:
    """NM001 spelling variant, NM002 capitalisation variant, NM003 near-miss of a name."""

    name = NAME
    rules = [VARIANT, CAPITALISATION, NEAR_MISS]

    def check(self, document, project: Project):
        found = project.remember("names.findings", lambda: project_findings(project))
        for item in found.get(document.path, []):
            if item.rule is NEAR_MISS:  # it may be another character: a suggestion, never a fix
                yield item.rule.finding(document, item.start, item.end, item.message, [item.replacement],
                                        unsafe_fix=False)
                continue
            fix = Fix(item.safe, (Edit(item.start, item.end, item.replacement),))
            yield item.rule.finding(document, item.start, item.end, item.message, [item.replacement], fix)


def project_findings(project: Project) -> dict[str, list[Found]]:
    """Every name finding of the project, by document path."""
    groups, canonical = collect(project)
    found: dict[str, list[Found]] = defaultdict(list)
    for key, group in groups.items():
        flagged = spelling_variants(group, canonical.get(key), found)
        if case_matters(group.term):
            capitalisation_variants(group, canonical.get(key), flagged, found)
    near_misses(project, groups, found)
    return found


def collect(project: Project) -> tuple[dict[tuple, Group], dict[tuple, str]]:
    """Group the project's words by the name or term they spell; and the configured canonical forms."""
    by_spelling: dict[str, Term] = {}
    by_fold: dict[str, Term] = {}
    phrases: dict[str, dict[str, Term]] = defaultdict(dict)  # first word -> two-word spelling -> term
    for term in project.vocabulary.terms:
        multiword = term.kind == "name" and any(" " in spelling for spelling in term.spellings)  # Soi Fon, not titles
        for spelling in term.spellings:
            if " " in spelling:
                if multiword:
                    phrases[spelling.split()[0].lower()][" ".join(spelling.lower().split())] = term
            elif multiword:  # Soifon is Soi Fon written as one word
                phrases[spelling.lower()][spelling.lower()] = term
            else:
                by_spelling.setdefault(spelling.lower(), term)
                by_fold.setdefault(fold(spelling), term)
    is_english: dict[str, bool] = {}

    def key_of(word: str) -> tuple | None:
        lower = word.lower()
        if DRAWN_OUT.search(lower):  # "Ichigooo!" is a shout, not a spelling
            return None
        if lower not in is_english:  # a rare English word the story mostly capitalises is a name ('ted moved' beside Ted)
            counts = project.word_counts
            is_english[lower] = is_english_word(lower.replace("’", "'")) and (
                is_common_word(lower) or counts[lower.capitalize()] < NAME_MAJORITY * max(counts[lower], 1))
        term = by_spelling.get(lower) or (None if is_english[lower] else by_fold.get(fold(word)))
        if term:
            return ("term", term)
        return None if is_english[lower] else ("word", fold(word))

    groups: dict[tuple, Group] = {}
    keyed: dict[str, tuple[str, tuple | None]] = {}  # token text -> (word, group key), once per distinct text
    for document in project.documents:
        for token, phrase, term in phrase_uses(document, phrases):
            groups.setdefault(("term", term), Group(term, [])).uses.append(use_of(document, token, phrase))
        for token in document.tokens:
            entry = keyed.get(token.text)
            if entry is None:
                word = base_form(token.text)
                entry = keyed[token.text] = (word, None if len(word) < 2 or word.isupper() else key_of(word))
            word, key = entry
            if key is None or token.kind in (MARKUP, SCENE_BREAK):
                continue
            if key not in groups:
                groups[key] = Group(key[1] if key[0] == "term" else None, [])
            groups[key].uses.append(use_of(document, token, word))
    canonical = {}
    for form in project.config.names.get("canonical", []):
        key = key_of(form)
        if key:
            canonical[key] = form
    return groups, canonical


def use_of(document, token, word: str) -> Use:
    """One use of a name or term, starting at token and written as word."""
    cased = not token.sentence_start and token.kind != HEADING
    return Use(document.path, token.start, word, cased, token.kind == DIALOGUE)


def phrase_uses(document, phrases: dict[str, dict[str, Term]]):
    """(first token, text as written, term) of each use of a name written as two words or one (Soi Fon, Soifon)."""
    tokens = document.tokens
    for index, token in enumerate(tokens):
        word = base_form(token.text)
        candidates = phrases.get(word.lower())
        if not candidates or token.kind in (MARKUP, SCENE_BREAK):
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        second = base_form(following.text) if following else ""
        two = f"{token.text.lower()} {second.lower()}"
        if following and two in candidates and not document.plain[token.end:following.start].strip():
            yield token, document.text[token.start:following.start + len(second)], candidates[two]
        elif word.lower() in candidates:
            yield token, word, candidates[word.lower()]


def spelling_variants(group: Group, canonical: str | None, found) -> set[Use]:
    """NM001: uses spelt (ignoring case) other than the canonical or majority spelling."""
    spellings = {use.word.lower() for use in group.uses}
    forms = {}
    if group.term:
        spellings |= {s.lower() for s in group.term.spellings}
        forms = {form.lower(): group.term.canonical.lower() for form in group.term.forms}

    def spelling_of(word: str) -> str:
        """The spelling a word is a form of: Toshiro's -> toshiro, zanpakutous -> zanpakutou, shunpoed -> shunpo,
        Wakandans -> wakanda (the plural of the glossary's form Wakandan)."""
        lower = word.lower()
        if lower.endswith("s") and lower[:-1] in spellings and lower not in forms:
            return forms.get(lower[:-1], lower[:-1])
        return forms.get(lower, lower)

    counts = Counter(spelling_of(use.word) for use in group.uses)
    if len(counts) < 2 and not canonical:
        return set()
    target = choose(counts, canonical.lower() if canonical else None, group.term.canonical.lower() if group.term else None)
    majority = [use for use in group.uses if spelling_of(use.word) == target]
    if target is None or not (group.term or canonical or is_name(majority)):
        return set()
    cased = [use.word for use in majority if use.cased]
    surface = canonical or (Counter(cased).most_common(1)[0][0] if cased else target)
    where = usage(majority)
    flagged = set()
    for use in group.uses:
        spelt = spelling_of(use.word)
        if spelt == target:
            continue
        shaped = surface if use.cased or surface[:1].isupper() else match_case(surface, use.word)
        replacement = shaped + (use.word[len(spelt):] if use.word.lower().startswith(spelt) else "")
        reason = f"the story has '{surface}' {where}" if not canonical else \
            f"the configured spelling is '{canonical}'" + (f" ({where})" if where else "")
        found[use.path].append(Found(VARIANT, use.start, use.start + len(use.word),
                                     f"'{use.word}' is spelt differently elsewhere: {reason}", replacement, True))
        flagged.add(use)
    return flagged


def capitalisation_variants(group: Group, canonical: str | None, flagged: set[Use], found) -> None:
    """NM002: uses capitalised against the canonical or majority capitalisation (sentence starts aside)."""
    cased = [use for use in group.uses if use.cased and use not in flagged]
    if group.term and is_common_word(group.term.canonical.lower()):
        # the bare word may be plain English ("a hollow voice"); its other forms are the term's
        cased = [use for use in cased if use.word != group.term.canonical.lower()]
    counts = Counter(use.word[:1].isupper() for use in cased)
    if len(counts) < 2 and not canonical:
        return
    upper = choose(counts, canonical[:1].isupper() if canonical else None,
                   group.term.canonical[:1].isupper() if group.term else None)
    if upper is None:
        return
    where = usage([use for use in cased if use.word[:1].isupper() == upper])
    for use in cased:
        if use.word[:1].isupper() == upper or (use.dialogue and group.term is None):
            continue
        replacement = (use.word[:1].upper() if upper else use.word[:1].lower()) + use.word[1:]
        here, there = ("lower case", "capitalised") if upper else ("capitalised", "lower case")
        reason = f"{there} {where}" if not canonical else f"the configured form is '{canonical}'"
        found[use.path].append(Found(CAPITALISATION, use.start, use.start + len(use.word),
                                     f"'{use.word}' is {here} here, but {reason}", replacement, True))


def near_misses(project: Project, groups: dict[tuple, Group], found) -> None:
    """NM003: a rare capitalised unknown word that one typing slip makes of a name.

    A name the project uses three times as often as the word may have lost or gained a
    letter; a name it hardly uses (only the glossary knows it) must be a swap of
    neighbours or a neighbouring key, since original characters are often a letter away
    from a canon name (Kenji, Renji).
    """
    vocabulary, counts = project.vocabulary, project.word_counts
    names = [name for name in project.remember("spelling.names", lambda: story_names(project)) if len(name) >= 4]
    for key, group in groups.items():
        if group.term or key[0] != "word":
            continue
        for word in {use.word for use in group.uses if use.word[:1].isupper()}:
            lower, rare = word.lower(), counts[word]
            if len(word) < 4 or rare > 2 or word in names or lower in vocabulary.accepted or lower in vocabulary.misspellings:
                continue
            if word.endswith("s") and (word[:-1] in names or (word.endswith("es") and word[:-2] in names)):
                continue  # the Kurosakis: a family, not a slip
            slips = [name for name in names
                     if fold(name) != fold(word) and typing_slip(word, name, strict=counts[name] < 3 * rare,
                                                                      any_letter=counts[name] >= 3 * rare)]
            if not slips:
                continue
            name = max(slips, key=lambda n: counts[n])
            where = usage([u for g in groups.values() for u in g.uses if u.word == name]) or "in the glossary"
            for use in group.uses:
                if use.word == word:
                    found[use.path].append(Found(NEAR_MISS, use.start, use.start + len(word),
                                                 f"'{word}' looks like a misspelling of the name '{name}' ({where})",
                                                 name, False))


def case_matters(term: Term | None) -> bool:
    """Ranks, honorifics and names that are English words (Love, Rose) are capitalised by sense, not by rule."""
    if term is None:
        return True
    if term.kind in UNCASED_KINDS:
        return False
    return not (term.kind in ("name", "place") and is_common_word(term.canonical.lower()))


def choose(counts: Counter, configured, preferred):
    """The configured value if given, else the clear majority, else the preferred one on a tie."""
    if configured is not None:
        return configured
    ranked = counts.most_common()
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    tied = {value for value, count in ranked if count == ranked[0][1]}
    return preferred if preferred in tied else None


def is_name(uses: list[Use]) -> bool:
    """Most uses where case means something are capitalised."""
    cased = [use for use in uses if use.cased]
    return bool(cased) and sum(use.word[:1].isupper() for use in cased) * 2 > len(cased)


def usage(uses: list[Use]) -> str:
    """Where a spelling is used: '14 times in 3 files'."""
    if not uses:
        return ""
    times, files = len(uses), len({use.path for use in uses})
    return f"{times} time{'s' * (times != 1)} in {files} file{'s' * (files != 1)}"
