"""Rules as data: the YAML rules of the configured packs, applied to each document.

The rules come from the `*.yaml` files (other than `glossary.yaml`) of every folder in the
config's `packs` and `rules`; see `ficlint.rulefile` for the format. Matching runs on
`document.plain`, so markup is skipped and offsets are the file's own.

Each rule has a budget of CPU time in a run (`budget_seconds`: a second, plus more for a
longer project); a rule that runs out (a pattern that backtracks on this text) is
stopped and skipped from then on, and `skipped_rules` says which, for a warning; the
other rules and the run go on.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ficlint.checks import Rule
from ficlint.config import Config, load_config
from ficlint.document import AUTHOR_NOTE, DIALOGUE, HEADING, NARRATION, Document
from ficlint.finding import Edit, Fix
from ficlint.packs import listed_folders
from ficlint.project import Project
from ficlint.rulefile import RuleSpec, Search, fill, load_rule_files, time_limit

NAME = "rules"
SCOPE_KINDS = {"narration": {NARRATION, HEADING}, "dialogue": {DIALOGUE}, "author-note": {AUTHOR_NOTE}}
SCOPE_KINDS["all"] = set().union(*SCOPE_KINDS.values())
CONTEXT_WINDOW = 80
INDEX_LENGTH = 3  # words are indexed by their first two and first three letters
WORD_START = re.compile(r"(?<![\w'’-])[^\W_]{2,3}")
DEFAULT_WHY = {
    "substitution": "Every word is a real word, so a spellchecker passes it; the reader still stumbles.",
    "existence": "The pack marks this as something to look at again.",
    "consistency": "Switching between spellings of one word reads as careless.",
    "capitalization": "A proper noun or title in lower case reads as a slip.",
    "repetition": "The eye skips a doubled word when writing, not when reading.",
}
BUDGET_BASE, BUDGET_PER_CHARACTER = 1.0, 1e-5  # CPU seconds per rule per run: 6.5 s for 100,000 words,
# where the slowest shipped rule takes 0.3 s
FIXABLE = {"safe": "always (safe)", "unsafe": "always, but unsafe: check it (--unsafe-fixes applies it)",
           "none": "never"}


@lru_cache(maxsize=None)
def as_rule(spec: RuleSpec) -> Rule:
    """The Rule that `ficlint rules` lists and `ficlint explain` prints for a rule file entry."""
    summary = spec.summary or fill(spec.message, match="…", replacement="…", count="N", files="N")
    fixable = FIXABLE[spec.fix]
    if spec.type == "consistency" and spec.fix != "none":
        fixable = f"when one spelling wins: {fixable}"
    source = f"{Path(spec.path).parent.name}/{Path(spec.path).name}"
    why = f"{spec.why or DEFAULT_WHY[spec.type]} (Rule of {source}.)"
    return Rule(spec.code, spec.name, NAME, summary, why, spec.example or "(no example given)", fixable, spec.severity)


class RulesCheck:
    """Every rule of the loaded packs: substitution, existence, consistency, capitalization, repetition."""

    name = NAME

    def __init__(self, config: Config | None = None):
        self.config = config

    @property
    def rules(self) -> list[Rule]:
        """The codes of the packs configured for the current folder (or the given config)."""
        return [as_rule(spec) for spec in load_rule_files(listed_folders(self.config or load_config()))]

    def worker_state(self, project: Project) -> dict[str, str]:
        """What a worker process found out that the run must know: the rules that ran out of time."""
        return dict(budget_of(project.config).skipped)

    def take_worker_state(self, project: Project, skipped: dict[str, str]) -> None:
        budget_of(project.config).skipped.update(skipped)

    def check(self, document: Document, project: Project):
        specs = project.remember("rules.specs", lambda: load_rule_files(project.vocabulary.folders))
        budget = budget_of(project.config)
        allowed = budget_seconds(project)
        for spec in specs:
            if spec.code in budget.skipped:
                continue
            started = time.process_time()
            try:
                with time_limit(allowed - budget.spent[spec.code]):
                    found = list(MATCHERS[spec.type](spec, as_rule(spec), document, project))
            except TimeoutError:
                budget.skipped[spec.code] = spec.path
                continue
            finally:
                budget.spent[spec.code] += time.process_time() - started
            yield from found


def budget_seconds(project: Project) -> float:
    """The CPU time each rule may take in this run."""
    return project.remember("rules.budget", lambda: BUDGET_BASE + BUDGET_PER_CHARACTER * sum(
        len(document.text) for document in project.documents))


class Budget:
    """The CPU time each rule has spent in this run, and the rules that ran out (code -> pack file)."""

    def __init__(self) -> None:
        self.spent: Counter = Counter()
        self.skipped: dict[str, str] = {}


def budget_of(config: Config) -> Budget:
    """The run's budget, kept on the config: `--fix` re-lints with new Projects that share it."""
    if not hasattr(config, "_rule_budget"):
        config._rule_budget = Budget()
    return config._rule_budget


def skipped_rules(config: Config) -> list[str]:
    """One warning per rule that ran out of time in this run."""
    return [f"rule {code} ({path}) stopped and skipped: its regular expressions took too long on this text "
            "(a pattern that backtracks, like (a+)+?)" for code, path in getattr(config, "_rule_budget", Budget()).skipped.items()]


def matches(spec: RuleSpec, document: Document, search: Search, project: Project):
    """Matches of one search of a rule in the document, in the rule's scope and context."""
    plain = document.plain
    lower = project.remember(("rules.lower", id(document)), plain.lower)
    if search.literals and not any(literal in lower for literal in search.literals):
        return
    kinds = set().union(*(SCOPE_KINDS[scope] for scope in spec.scopes))
    pattern = search.regex
    if not spec.bounded:
        found = pattern.finditer(plain)
    elif search.literals and all(WORD_START.fullmatch(literal[:INDEX_LENGTH]) for literal in search.literals):  # 2+ letters
        found = at_words(pattern, plain, word_starts(document, project), search.literals)
    else:
        found = whole_words(pattern, plain)
    for match in found:
        start, end = match.span()
        if document.text[start:end] != plain[start:end] or document.kind_at(start) not in kinds:
            continue
        if spec.after and not spec.after.match(plain, end):
            continue
        if spec.not_after and spec.not_after.match(plain, end):
            continue
        window = max(0, start - CONTEXT_WINDOW)  # '^' and '\A' still mean the start of the text, not of the window
        if spec.before and not spec.before.search(plain, window, start):
            continue
        if spec.not_before and spec.not_before.search(plain, window, start):
            continue
        yield match


def word_starts(document: Document, project: Project) -> dict[str, list[int]]:
    """Where the document's words start, by their first two and first three letters in lower case."""
    def build():
        starts: dict[str, list[int]] = {}
        for match in WORD_START.finditer(document.plain):
            letters = match.group().lower()
            starts.setdefault(letters[:2], []).append(match.start())
            if len(letters) == 3:
                starts.setdefault(letters, []).append(match.start())
        return starts
    return project.remember(("rules.word-starts", id(document)), build)


def at_words(pattern, plain: str, starts: dict[str, list[int]], literals: tuple[str, ...]):
    """Matches that start where a word starts with one of the literals: a lookup per literal, not a scan."""
    candidates = sorted({start for key in {literal[:INDEX_LENGTH] for literal in literals} for start in starts.get(key, ())})
    end = 0
    for start in candidates:
        if start >= end and (match := pattern.match(plain, start)):
            end = match.end()
            yield match


def whole_words(pattern, plain: str):
    """Matches that do not start inside a word (the right edge is in the pattern itself).

    The left edge is a look-behind added to the pattern, so a position inside a word fails
    at once: a pattern opening with `[a-z]+` stays linear on a 1 MB word.
    """
    return scanner(pattern).finditer(plain)


@lru_cache(maxsize=None)
def scanner(pattern: re.Pattern) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:{pattern.pattern})", pattern.flags)


def preserve_case(replacement: str, original: str) -> str:
    """Give the replacement the case of the text it replaces: UPPER, Capitalised or as written."""
    if len(original) > 1 and original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def report(spec: RuleSpec, rule: Rule, document: Document, start: int, end: int,
           replacement: str | None, shown: str | None = None, count: int = 0, files: str = ""):
    """A finding with the message filled in and the rule's fix, if it has one."""
    shown = document.text[start:end] if shown is None else shown
    message = fill(spec.message, match=shown, replacement=replacement or "", count=count, files=files)
    fix = None
    if replacement is not None and spec.fix != "none":
        fix = Fix(spec.fix == "safe", (Edit(start, end, replacement),))
    suggestions = [replacement] if replacement and replacement.strip() else []
    return rule.finding(document, start, end, message, suggestions, fix)


def substitution(spec: RuleSpec, rule: Rule, document: Document, project: Project):
    seen = set()
    for search in spec.searches:
        for match in matches(spec, document, search, project):
            if match.span() in seen:
                continue
            seen.add(match.span())
            replacement = preserve_case(match.expand(search.replacement), match.group())
            yield report(spec, rule, document, match.start(), match.end(), replacement)


def existence(spec: RuleSpec, rule: Rule, document: Document, project: Project):
    for search in spec.searches:
        for match in matches(spec, document, search, project):
            yield report(spec, rule, document, match.start(), match.end(), None)


def capitalization(spec: RuleSpec, rule: Rule, document: Document, project: Project):
    for search in spec.searches:
        for match in matches(spec, document, search, project):
            word = search.replacement
            if any(w.isupper() and t.islower() for t, w in zip(match.group(), word)):
                yield report(spec, rule, document, match.start(), match.end(), word)


def repetition(spec: RuleSpec, rule: Rule, document: Document, project: Project):
    """A word written twice in a row: the second one (and the space before it) goes."""
    for search in spec.searches:
        for match in matches(spec, document, search, project):
            if match.group("first").lower() not in spec.exceptions:
                shown = f"{match.group('first')} {match.group('second')}"
                yield report(spec, rule, document, match.start("gap"), match.end(), "", shown)


def consistency(spec: RuleSpec, rule: Rule, document: Document, project: Project):
    """Variants other than the winning one: the canonical form if given, else the project's majority."""
    counts = project.remember(("rules.consistency", spec.code), lambda: count_variants(spec, project))
    winner = choose_variant(spec, counts)
    if winner is None:
        return
    index, form = winner
    total = sum(counts[index].values())
    used_in = len(project.remember(("rules.consistency-files", spec.code, index), lambda: variant_files(spec, index, project)))
    files = f"{used_in} file{'s' * (used_in != 1)}"
    for other, search in enumerate(spec.searches):
        if other != index:
            for match in matches(spec, document, search, project):
                replacement = preserve_case(form, match.group()) + (match.group("ending") or "")
                yield report(spec, rule, document, match.start(), match.end(), replacement, count=total, files=files)


def count_variants(spec: RuleSpec, project: Project) -> list[Counter]:
    """For each variant, how often each written form of it occurs across the whole project."""
    return [Counter(stem(match) for document in project.documents for match in matches(spec, document, search, project))
            for search in spec.searches]


def variant_files(spec: RuleSpec, index: int, project: Project) -> set[str]:
    """The paths of the documents that use one variant."""
    search = spec.searches[index]
    return {document.path for document in project.documents if next(matches(spec, document, search, project), None)}


def stem(match) -> str:
    """The variant as written, without its ending (plural, possessive, verb)."""
    return match.group()[: match.start("ending") - match.start()] if match.group("ending") else match.group()


def choose_variant(spec: RuleSpec, counts: list[Counter]) -> tuple[int, str] | None:
    """(variant index, form to suggest); None when the project is consistent or evenly split."""
    if spec.canonical:
        index = next(i for i, search in enumerate(spec.searches) if search.regex.fullmatch(spec.canonical))
        return index, spec.canonical
    totals = [sum(counter.values()) for counter in counts]
    if sum(1 for total in totals if total) < 2 or totals.count(max(totals)) > 1:
        return None
    index = totals.index(max(totals))
    return index, counts[index].most_common(1)[0][0]


MATCHERS = {"substitution": substitution, "existence": existence, "consistency": consistency,
            "capitalization": capitalization, "repetition": repetition}
