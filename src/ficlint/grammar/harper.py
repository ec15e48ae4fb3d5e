"""Harper backend: grammar checking in process, no Java, no network."""

from __future__ import annotations

import os
import sys
import threading
from contextlib import contextmanager
from importlib.metadata import version as package_version
from importlib.resources import files

import harper

from . import GrammarMatch, GrammarSettings, GrammarUnavailable, batches, join_batch, split_batch

DIALECTS = {
    "en-US": harper.Dialect.AMERICAN,
    "en-GB": harper.Dialect.BRITISH,
    "en-AU": harper.Dialect.AUSTRALIAN,
    "en-CA": harper.Dialect.CANADIAN,
    "en-IN": harper.Dialect.INDIAN,
}
# Harper is fastest on long texts: paragraphs are linted in joined batches this size.
BATCH_CHARS = 50_000

_linters: dict[harper.Dialect, harper.Linter] = {}
_building: dict[harper.Dialect, tuple[threading.Thread, dict]] = {}


def build_in_background(dialect: harper.Dialect) -> None:
    """Start building the shared Linter in a thread (Harper releases the GIL meanwhile)."""
    if dialect in _linters or dialect in _building:
        return
    box: dict = {}
    thread = threading.Thread(target=lambda: box.setdefault("linter", harper.Linter(dialect)), name="harper-build")
    thread.start()
    _building[dialect] = (thread, box)


def shared_linter(dialect: harper.Dialect) -> harper.Linter:
    """One Linter per dialect per process, built on first use: construction is the expensive step."""
    if dialect in _building:
        thread, box = _building.pop(dialect)
        thread.join()
        if "linter" in box:
            _linters[dialect] = box["linter"]
    if dialect not in _linters:
        _linters[dialect] = harper.Linter(dialect)
    return _linters[dialect]


def rule_names() -> frozenset[str]:
    """Every Harper rule name, as `organized_lints` reports them (asking Harper takes most of a second)."""
    return frozenset(harper.get_default_lint_config())


def listed_rule_names() -> frozenset[str]:
    """The rule names ficlint's table of GR codes lists: known without asking Harper."""
    table = files("ficlint.grammar").joinpath("harper-codes.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[1] for line in table.splitlines() if line and not line.startswith("#"))


class HarperBackend:
    name = "harper"

    def __init__(
        self,
        language: str = "en-US",
        disabled: tuple[str, ...] = (),
        enabled: tuple[str, ...] = (),
    ) -> None:
        if language not in DIALECTS:
            raise GrammarUnavailable(
                f"Harper has no dialect {language!r}; set grammar language to one of {', '.join(DIALECTS)}"
            )
        unknown = (set(disabled) | set(enabled)) - listed_rule_names()
        unknown = sorted(unknown - rule_names()) if unknown else []
        if unknown:
            raise GrammarUnavailable(
                f"unknown Harper rule(s) {', '.join(unknown)}; `ficlint rules` lists the GR codes"
            )
        self.version = package_version("harper-py")
        self.dialect = DIALECTS[language]
        self.config: dict[str, bool | None] = {rule: False for rule in disabled}
        self.config.update({rule: True for rule in enabled})

    @classmethod
    def from_settings(cls, settings: GrammarSettings) -> HarperBackend:
        return cls(
            settings.language,
            settings.disabled_rules.get("harper", ()),
            settings.enabled_rules.get("harper", ()),
        )

    def warm_up(self, now: bool = False) -> None:
        """Start building the Linter in the background, for a check() to come; or, `now`, build it before
        returning (so that worker processes forked next share it instead of building one each)."""
        build_in_background(self.dialect)
        if now:
            shared_linter(self.dialect)

    def batched(self, paragraphs: list[str]) -> list[list[str]]:
        """The paragraphs in the batches check() lints them in (each batch checked alone gives the same)."""
        return [[paragraphs[i] for i in group] for group in batches(paragraphs, BATCH_CHARS)]

    def check(self, paragraphs: list[str]) -> list[list[GrammarMatch]]:
        linter = shared_linter(self.dialect)
        linter.set_lint_config(self.config)  # the linter is shared: apply ours each time
        with _native_output_silenced():
            return [matches for group in batches(paragraphs, BATCH_CHARS)
                    for matches in self._lint_group(linter, [paragraphs[i] for i in group])]

    @staticmethod
    def _lint_group(linter: harper.Linter, texts: list[str]) -> list[list[GrammarMatch]]:
        """Lint paragraphs joined into one text: the matches of each paragraph."""
        text, starts = join_batch(texts)
        found = [
            _match(rule, lint)
            for rule, lints in linter.organized_lints(text, language="plaintext").items()
            for lint in lints
        ]
        return split_batch(sorted(found, key=lambda m: m.start), texts, starts)

    def close(self) -> None:
        """Nothing to release: the shared linter lives as long as the process."""


@contextmanager
def _native_output_silenced():
    """Harper's native code prints debugging lines to the process's standard output (*gerund_form: ...*
    from LookingForwardTo); while it lints, that file descriptor goes to the null device, so JSON and
    SARIF output stay whole."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no standard output to protect
        yield
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.close(null)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _match(rule: str, lint: harper.Lint) -> GrammarMatch:
    span = lint.span
    replacements = []
    for suggestion in lint.suggestions:
        if suggestion.kind == harper.SuggestionKind.REMOVE:
            replacements.append("")
        elif suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
            replacements.append(lint.problem_text + suggestion.replacement_text)
        else:
            replacements.append(suggestion.replacement_text)
    return GrammarMatch(
        span.start, span.end, rule, lint.lint_kind, lint.message, tuple(dict.fromkeys(replacements))
    )
