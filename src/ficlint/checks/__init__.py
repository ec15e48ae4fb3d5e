"""Checks: built-in ones and plugins registered under the `ficlint.checks` entry point group.

A check has a `name`, the `rules` (codes) it reports, and
`check(document, project) -> Iterable[Finding]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Iterable, Protocol

from ficlint.document import Document
from ficlint.errors import FiclintError
from ficlint.finding import Finding, Fix

ENTRY_POINT_GROUP = "ficlint.checks"


@dataclass(frozen=True)
class Rule:
    """One code: what it finds, why, an example, and whether it can be fixed."""

    code: str
    name: str
    check: str
    summary: str
    why: str
    example: str
    fixable: str = "never"
    severity: str = "warning"

    def finding(self, document: Document, start: int, end: int, message: str,
                suggestions: Iterable[str] = (), fix: Fix | None = None, **extra) -> Finding:
        """A finding of this rule at document.text[start:end]."""
        return Finding(document.path, start, end, self.code, self.check, self.severity, message,
                       document.text[start:end], list(suggestions), fix, extra=extra)


class Check(Protocol):
    name: str
    rules: list[Rule]

    def check(self, document: Document, project) -> Iterable[Finding]: ...


def builtin_checks(config=None) -> list[Check]:
    """The checks that ship with ficlint, in the order they run (rule packs as configured)."""
    from ficlint.checks.capitals import CapitalsCheck
    from ficlint.checks.confusables import ConfusablesCheck
    from ficlint.checks.dialogue import DialogueCheck
    from ficlint.checks.forms import FormsCheck
    from ficlint.checks.grammar import GrammarCheck
    from ficlint.checks.names import NamesCheck
    from ficlint.checks.rules import RulesCheck
    from ficlint.checks.spelling import SpellingCheck
    from ficlint.checks.syntax import SyntaxCheck
    from ficlint.checks.tense import TenseCheck

    # names runs before spelling: on a span both flag, the name-aware finding is the one kept;
    # the rule packs run last, so a grammar finding on the same span keeps its backend rule
    return [NamesCheck(), SpellingCheck(), DialogueCheck(), SyntaxCheck(), FormsCheck(), CapitalsCheck(), ConfusablesCheck(),
            TenseCheck(), GrammarCheck(),
            RulesCheck(config)]


def plugin_checks() -> list[Check]:
    """Checks other packages register under the `ficlint.checks` entry point group."""
    checks = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            checks.append(entry.load()())
        except Exception as error:  # a broken plugin is the user's to know about, not a crash
            raise FiclintError(f"plugin {entry.name}", f"cannot load {entry.value}: {error}") from None
    return checks


def all_checks(config=None) -> list[Check]:
    return builtin_checks(config) + plugin_checks()


def all_rules(config=None) -> dict[str, Rule]:
    """Every code of every check, by code; pack rules are those of config (or the current folder's)."""
    return {rule.code: rule for check in all_checks(config) for rule in check.rules}
