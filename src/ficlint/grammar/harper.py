"""Harper backend: grammar checking in process, no Java, no network."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version as package_version

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
# A Linter is not thread-safe but releases the GIL: long runs lint on one Linter per core.
WORKERS = min(2, os.cpu_count() or 1)

_linters: dict[harper.Dialect, harper.Linter] = {}
_helpers: dict[harper.Dialect, list[harper.Linter]] = {}
_building: dict[harper.Dialect, tuple[threading.Thread, dict]] = {}


def build_in_background(language: str) -> None:
    """Start building the shared Linter in a thread (Harper releases the GIL meanwhile)."""
    dialect = DIALECTS.get(language)
    if dialect is None or dialect in _linters or dialect in _building:
        return
    box: dict = {}
    thread = threading.Thread(target=lambda: box.setdefault("linter", harper.Linter(dialect)), name="harper-build")
    thread.start()
    _building[dialect] = (thread, box)


def shared_linter(dialect: harper.Dialect) -> harper.Linter:
    """One Linter per dialect per process: construction is the expensive step."""
    if dialect in _building:
        thread, box = _building.pop(dialect)
        thread.join()
        if "linter" in box:
            _linters[dialect] = box["linter"]
    if dialect not in _linters:
        _linters[dialect] = harper.Linter(dialect)
    return _linters[dialect]


def helper_linters(dialect: harper.Dialect, count: int) -> list[harper.Linter]:
    """Extra Linters for parallel work, built in parallel (construction releases the GIL too)."""
    helpers = _helpers.setdefault(dialect, [])
    missing = count - len(helpers)
    if missing > 0:
        with ThreadPoolExecutor(missing) as pool:
            helpers += pool.map(lambda _: harper.Linter(dialect), range(missing))
    return helpers[:count]


def rule_names() -> frozenset[str]:
    """Every Harper rule name, as `organized_lints` reports them."""
    return frozenset(harper.get_default_lint_config())


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
        unknown = sorted((set(disabled) | set(enabled)) - rule_names())
        if unknown:
            raise GrammarUnavailable(
                f"unknown Harper rule(s) {', '.join(unknown)}; `ficlint rules` lists the GR codes"
            )
        self.version = package_version("harper-py")
        self.linter = shared_linter(DIALECTS[language])
        self.config: dict[str, bool | None] = {rule: False for rule in disabled}
        self.config.update({rule: True for rule in enabled})

    @classmethod
    def from_settings(cls, settings: GrammarSettings) -> HarperBackend:
        return cls(
            settings.language,
            settings.disabled_rules.get("harper", ()),
            settings.enabled_rules.get("harper", ()),
        )

    def check(self, paragraphs: list[str]) -> list[list[GrammarMatch]]:
        groups = list(batches(paragraphs, BATCH_CHARS))
        workers = min(WORKERS, len(groups))
        linters = [self.linter] + (helper_linters(self.linter.dialect, workers - 1) if workers > 1 else [])
        for linter in linters:
            linter.set_lint_config(self.config)  # the linters are shared: apply ours each time
        shares = [groups[i::len(linters)] for i in range(len(linters))]
        with ThreadPoolExecutor(len(linters)) as pool:
            done = list(pool.map(lambda pair: self._lint_groups(pair[0], paragraphs, pair[1]), zip(linters, shares)))
        by_group = {first: matches for part in done for first, matches in part}
        return [matches for group in groups for matches in by_group[group[0]]]

    @staticmethod
    def _lint_groups(linter: harper.Linter, paragraphs: list[str], groups) -> list[tuple[int, list]]:
        """Lint batches of paragraphs on one linter: (first paragraph index, matches per paragraph)."""
        out = []
        for group in groups:
            texts = [paragraphs[i] for i in group]
            text, starts = join_batch(texts)
            found = [
                _match(rule, lint)
                for rule, lints in linter.organized_lints(text, language="plaintext").items()
                for lint in lints
            ]
            out.append((group[0], split_batch(sorted(found, key=lambda m: m.start), texts, starts)))
        return out

    def close(self) -> None:
        """Nothing to release: the shared linter lives as long as the process."""


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
