"""Rule files: the YAML rules of a pack, checked against their schema when loaded.

A rule file is a pack's `*.yaml` other than `glossary.yaml`, holding a `rules:` list.
Each rule has a `code`, `name`, `type` (substitution, existence, consistency,
capitalization, repetition), `message`, and optionally `severity`, `scope`, `fix`,
`summary`, `why`, `example` (`wrong  ->  right`), `good` (sentences it must not fire
on), plus the keys of its type. A mistake is a FiclintError naming the file, the rule and
the key.

A pack may come with an untrusted story repository, so its regexes run under a time
limit (`time_limit`): `ficlint.checks.rules` stops a rule whose searches take too long,
and a regex that takes too long while its rule is loaded is a pack error. A message is
a template, not a format string: `{match}`, `{replacement}`, `{count}` and `{files}` are
filled in; a format spec (`{match:>99}`) or any other field is a pack error.
"""

from __future__ import annotations

import hashlib
import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ficlint.errors import FiclintError
from ficlint.finding import SEVERITIES
from ficlint.packs import load_yaml

try:  # the parser `re` itself uses, so literal prefixes are exact, not guessed from regex syntax
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants
    import sre_parse

TYPES = ("substitution", "existence", "consistency", "capitalization", "repetition")
SCOPES = ("narration", "dialogue", "author-note", "all")
FIXES = ("safe", "unsafe", "none")
COMMON_KEYS = {"code", "name", "type", "message", "severity", "scope", "fix", "summary", "why", "example", "good"}
CONTEXT_KEYS = {"before", "after", "not_before", "not_after", "ignorecase", "nonword"}
TYPE_KEYS = {
    "substitution": {"swap"} | CONTEXT_KEYS,
    "existence": {"tokens"} | CONTEXT_KEYS,
    "consistency": {"variants", "canonical", "ignorecase", "nonword"},
    "capitalization": {"words"} | CONTEXT_KEYS,
    "repetition": {"tokens", "exceptions"},
}
REQUIRED = {"substitution": "swap", "existence": "tokens", "consistency": "variants",
            "capitalization": "words", "repetition": None}
CODE_RE = re.compile(r"[A-Z]{2,4}\d{3}")
NAME_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ENDING = r"(?P<ending>['’][sd]|s|es|ed|ing)?"  # a consistency variant keeps its plural, possessive or verb ending
PLACEHOLDERS = ("match", "replacement", "count", "files")
FIELD_RE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
LOAD_TIMEOUT = 1.0  # seconds of CPU for a regex run while loading a rule (a canonical spelling)


@contextmanager
def time_limit(seconds: float):
    """TimeoutError inside the block once it has used `seconds` of CPU time.

    Python's `re` checks for signals while it backtracks, so a CPU timer signal stops
    even a catastrophic match. Where there is no such timer (Windows) or off the main
    thread, the block runs without a limit (`--deadline` still stops the run).
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise TimeoutError

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def fill(template: str, **values) -> str:
    """A checked message template with its fields filled in; `{{` and `}}` stand for braces."""
    def field(match: re.Match) -> str:
        return match.group()[0] if match.group() in ("{{", "}}") else str(values[match.group(1)])
    return FIELD_RE.sub(field, template)


def check_template(template: str, where: str) -> None:
    """Only the known fields, bare: no format spec, conversion, index or stray brace."""
    for match in FIELD_RE.finditer(template):
        if match.group() not in ("{{", "}}") and match.group(1) not in PLACEHOLDERS:
            raise FiclintError(where, f"key 'message': {match.group()!r} is not a field (use {{match}}, {{replacement}}, "
                                      "{count}, {files}, with nothing after the name; {{ and }} for braces)")


@dataclass(frozen=True)
class Search:
    """One regex of a rule, what replaces its match, and the lower-case literals a match starts with (one of them)."""

    regex: re.Pattern
    replacement: str = ""
    literals: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSpec:
    """One rule as its file wrote it, with its regular expressions compiled."""

    code: str
    name: str
    type: str
    message: str
    path: str
    severity: str = "warning"
    scopes: tuple[str, ...] = ("all",)
    fix: str = "none"
    summary: str = ""
    why: str = ""
    example: str = ""
    searches: tuple[Search, ...] = ()
    before: re.Pattern | None = None
    after: re.Pattern | None = None
    not_before: re.Pattern | None = None
    not_after: re.Pattern | None = None
    canonical: str = ""
    bounded: bool = True
    exceptions: frozenset[str] = field(default_factory=frozenset)
    good: tuple[str, ...] = ()


def load_rule_files(folders: list[Path]) -> list[RuleSpec]:
    """Every rule of every pack folder; a later pack's rule replaces an earlier one of the same code."""
    rules: dict[str, RuleSpec] = {}
    for folder in folders:
        in_folder: dict[str, RuleSpec] = {}
        for path in sorted(folder.glob("*.yaml")):
            if path.name == "glossary.yaml":
                continue
            for spec in _load_cached(str(path), path.stat().st_mtime_ns):
                if spec.code in in_folder:
                    raise FiclintError(f"{path}: rule {spec.code}",
                                       f"key 'code': {spec.code} is also defined in {in_folder[spec.code].path}")
                in_folder[spec.code] = spec
        rules.update(in_folder)
    return list(rules.values())


@lru_cache(maxsize=256)
def _load_cached(path: str, mtime_ns: int) -> tuple[RuleSpec, ...]:
    return tuple(load_rule_file(Path(path)))


class LazyPattern:
    """A regex compiled on first use: a rule file checked before (same content) loads without compiling its
    regexes, and most rules never run on a short text (none of their literal prefixes is in it)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return getattr(self._compiled, name)


# While a rule file known to be valid loads: each regex's literal prefixes, as recorded when it was checked.
# While a new one loads: an empty dict that records them.
_prefixes_of: dict | None = None
_checked = False
_KIND = "rules-" + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]  # a change here checks again


def load_rule_file(path: Path) -> list[RuleSpec]:
    """Load and check one rule file (a file checked before is loaded from its record, regexes compiled lazily)."""
    global _prefixes_of, _checked
    from ficlint.grammar.cache import checked_record, record_checked

    content = path.read_bytes()
    recorded = checked_record(_KIND, content)
    _prefixes_of, _checked = (recorded, True) if recorded is not None else ({}, False)
    try:
        specs = _load_rule_file(path)
        if recorded is None:
            record_checked(_KIND, content, _prefixes_of)
        return specs
    finally:
        _prefixes_of, _checked = None, False


def _load_rule_file(path: Path) -> list[RuleSpec]:
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise FiclintError(str(path), "a rule file needs a top-level 'rules' list")
    if extra := set(data) - {"rules", "description"}:
        raise FiclintError(str(path), f"unknown top-level key '{sorted(extra)[0]}' (known: rules, description)")
    specs, seen = [], set()
    for index, entry in enumerate(data["rules"]):
        spec = _parse_rule(entry, f"{path}: rule {index + 1}", str(path))
        if spec.code in seen:
            raise FiclintError(f"{path}: rule {spec.code}", "key 'code': the same code is used twice in this file")
        seen.add(spec.code)
        specs.append(spec)
    return specs


def _parse_rule(entry, where: str, path: str) -> RuleSpec:
    if not isinstance(entry, dict):
        raise FiclintError(where, "each rule must be a mapping of keys")
    code = entry.get("code")
    if not isinstance(code, str) or not CODE_RE.fullmatch(code):
        raise FiclintError(where, f"key 'code' must be letters then three digits, like CF001, not {code!r}")
    where = f"{path}: rule {code}"
    kind = entry.get("type")
    if kind not in TYPES:
        raise FiclintError(where, f"key 'type' must be one of {', '.join(TYPES)}, not {kind!r}")
    known = COMMON_KEYS | TYPE_KEYS[kind]
    if extra := set(entry) - known:
        raise FiclintError(where, f"unknown key '{sorted(extra)[0]}' for a {kind} rule (known: {', '.join(sorted(known))})")
    if REQUIRED[kind] and REQUIRED[kind] not in entry:
        raise FiclintError(where, f"key '{REQUIRED[kind]}' is required for a {kind} rule")
    text = {key: _string(entry, key, where) for key in ("name", "message", "summary", "why", "example", "canonical")}
    if not NAME_RE.fullmatch(text["name"]):
        raise FiclintError(where, f"key 'name' must be kebab-case, like there-theyre, not {text['name']!r}")
    if not text["message"]:
        raise FiclintError(where, "key 'message' is required")
    check_template(text["message"], where)
    severity = entry.get("severity", "warning")
    if severity not in SEVERITIES:
        raise FiclintError(where, f"key 'severity' must be one of {', '.join(SEVERITIES)}")
    fix = entry.get("fix", "none")
    if fix not in FIXES:
        raise FiclintError(where, f"key 'fix' must be one of {', '.join(FIXES)}")
    if kind == "existence" and fix != "none":
        raise FiclintError(where, "key 'fix': an existence rule has no replacement, so its fix must be none")
    scopes = entry.get("scope", "all")
    scopes = [scopes] if isinstance(scopes, str) else scopes
    if not isinstance(scopes, list) or not scopes or any(s not in SCOPES for s in scopes):
        raise FiclintError(where, f"key 'scope' must be one of {', '.join(SCOPES)} (or a list of them)")
    flags = _flags(entry, where)
    context = {key: _regex(entry[key], key, where, flags, anchor=key.endswith("before"))
               for key in ("before", "after", "not_before", "not_after") if key in entry}
    return RuleSpec(
        code, text["name"], kind, text["message"], path, severity, tuple(scopes), fix,
        text["summary"], text["why"], text["example"], _searches(kind, entry, where, flags),
        canonical=text["canonical"], bounded=not entry.get("nonword", False), exceptions=frozenset(_strings(entry, "exceptions", where, lower=True)),
        good=tuple(_strings(entry, "good", where)), **context,
    )


def _flags(entry: dict, where: str) -> int:
    for key in ("ignorecase", "nonword"):
        if not isinstance(entry.get(key, False), bool):
            raise FiclintError(where, f"key '{key}' must be true or false")
    return re.IGNORECASE if entry.get("ignorecase", True) else 0


def _searches(kind: str, entry: dict, where: str, flags: int) -> tuple[Search, ...]:
    """The searches of a rule: swaps, tokens, variants or words, bounded as whole words."""
    bounded = not entry.get("nonword", False)
    if kind == "substitution":
        swap = entry["swap"]
        if not isinstance(swap, dict) or not swap or not all(isinstance(v, str) for v in swap.values()):
            raise FiclintError(where, "key 'swap' must map each wrong form (a regex) to its replacement")
        return tuple(Search(_regex(str(wrong), "swap", where, flags, bounded=bounded), right, literal_prefixes(str(wrong)))
                     for wrong, right in swap.items())
    if kind == "repetition":
        token = entry.get("tokens", r"[^\W\d_]+")
        if not isinstance(token, str):
            raise FiclintError(where, "key 'tokens' must be a regex for one word")
        return (Search(_regex(rf"(?P<first>{token})(?P<gap>[ \t]+)(?P<second>(?P=first))", "tokens",
                              where, re.IGNORECASE, bounded=True)),)
    if kind == "capitalization":
        return tuple(Search(_regex(re.escape(word), "words", where, re.IGNORECASE, bounded=bounded), word, (word.lower(),))
                     for word in _strings(entry, "words", where))
    key = "tokens" if kind == "existence" else "variants"
    values = _strings(entry, key, where)
    if kind == "consistency":
        if len(values) < 2:
            raise FiclintError(where, "key 'variants' needs at least two spellings")
        searches = tuple(Search(_regex(rf"(?:{value}){ENDING}", key, where, flags, bounded=bounded), "",
                                literal_prefixes(value)) for value in values)
        canonical = entry.get("canonical")
        if _checked:
            return searches
        try:
            with time_limit(LOAD_TIMEOUT):
                known = not canonical or any(_regex(v, key, where, flags).fullmatch(canonical) for v in values)
        except TimeoutError:
            raise FiclintError(where, f"key '{key}': a variant takes over {LOAD_TIMEOUT:g} s to match "
                                      f"{canonical!r} (a pattern that backtracks, like (a+)+)") from None
        if not known:
            raise FiclintError(where, f"key 'canonical': {canonical!r} is none of the variants")
        return searches
    return tuple(Search(_regex(value, key, where, flags, bounded=bounded), "", literal_prefixes(value)) for value in values)


def literal_prefixes(source: str) -> tuple[str, ...]:
    """Lower-case texts one of which every match of the regex source starts with (() when unknown).

    A document without any of them cannot match, so the rule skips it without searching;
    `(?:tipped|cleared)` gives ('tipped', 'cleared'), `there` gives ('there',).
    """
    if _checked and source in _prefixes_of:
        return tuple(_prefixes_of[source])
    try:
        found = _prefixes(list(sre_parse.parse(source)))
    except (re.error, RecursionError):
        found = ()
    if _prefixes_of is not None:
        _prefixes_of[source] = found
    return found


def _prefixes(items: list) -> tuple[str, ...]:
    letters = []
    for op, value in items:
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT) and not letters:
            continue  # a look-around or boundary before the text consumes nothing
        if op is sre_constants.LITERAL:
            letters.append(chr(value))
            continue
        if not letters and op is sre_constants.SUBPATTERN:
            return _prefixes(list(value[-1]))
        if not letters and op is sre_constants.BRANCH:
            branches = [_prefixes(list(branch)) for branch in value[1]]
            return () if not all(branches) else tuple(prefix for branch in branches for prefix in branch)
        break
    return ("".join(letters).lower(),) if letters else ()


def _regex(source, key: str, where: str, flags: int, anchor: bool = False, bounded: bool = False) -> re.Pattern:
    """Compile a rule's regex; context before a match is anchored at its end, words get boundaries."""
    if not isinstance(source, str) or not source:
        raise FiclintError(where, f"key '{key}' must be a non-empty regular expression")
    pattern = f"(?:{source})\\Z" if anchor else source
    if bounded:  # the left edge is the matcher's: a word index, or a look-behind added where it scans
        pattern = rf"(?:{pattern})(?![\w-]|['’]\w)"
    if _checked:
        return LazyPattern(pattern, flags)
    try:
        return re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError) as error:
        raise FiclintError(where, f"key '{key}': invalid regular expression {source!r}: {error}") from None


def _string(entry: dict, key: str, where: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise FiclintError(where, f"key '{key}' must be a string")
    return value.strip()


def _strings(entry: dict, key: str, where: str, lower: bool = False) -> list[str]:
    values = entry.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise FiclintError(where, f"key '{key}' must be a list of strings")
    return [v.lower() for v in values] if lower else values
