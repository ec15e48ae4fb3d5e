"""Configuration: `[tool.ficlint]` in pyproject.toml or a `.ficlint.toml`, checked on load."""

from __future__ import annotations

try:
    import tomllib  # novermin: the fallback below serves 3.10
except ImportError:  # Python 3.10: the same parser, published as tomli
    import tomli as tomllib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ficlint.errors import FiclintError
from ficlint.files import read_text
from ficlint.finding import SEVERITIES

CONFIG_FILES = (".ficlint.toml", "pyproject.toml")
WORDS_FILE = ".ficlint-words.txt"
DIALECTS = ("en-US", "en-GB")


@dataclass
class Config:
    """Settings for one run; `root` is the folder the config file is in (or the cwd)."""

    root: Path
    path: Path | None = None
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    packs: str | list[str] = "auto"  # auto: the shared packs and the fandoms the story's names point to
    rules: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    dialect: str = ""  # unset: American and British spellings both pass; grammar checks en-US
    exclude: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    grammar: dict = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    names: dict = field(default_factory=dict)

    @property
    def words_file(self) -> Path:
        """The project's own word list, where `ficlint words add` writes."""
        return self.root / WORDS_FILE

    @property
    def word_files(self) -> set[str]:
        """The real paths of the project's files that are not prose: config and word lists."""
        files = [self.words_file, *(self.root / name for name in self.words), *(self.root / name for name in CONFIG_FILES)]
        return {os.path.realpath(path) for path in files}

    def selects(self, code: str) -> bool:
        """Whether a code is on: the longest matching prefix of select/ignore wins."""
        def best(prefixes):
            return max((0 if p == "ALL" else len(p) for p in prefixes if p == "ALL" or code.startswith(p)), default=-1)
        return best(self.select) > best(self.ignore)


def _str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


CHECKS = {
    "select": (_str_list, "a list of codes or prefixes"),
    "ignore": (_str_list, "a list of codes or prefixes"),
    "packs": (lambda v: v == "auto" or _str_list(v), '"auto" or a list of rule pack names or folders'),
    "rules": (_str_list, "a list of rule pack folders"),
    "words": (_str_list, "a list of word list files"),
    "dialect": (lambda v: v in DIALECTS, f"one of {', '.join(DIALECTS)}"),
    "exclude": (_str_list, "a list of glob patterns"),
    "severity": (
        lambda v: isinstance(v, dict) and all(s in SEVERITIES for s in v.values()),
        f"a table of code = severity ({', '.join(SEVERITIES)})",
    ),
    "fail-on": (lambda v: v in SEVERITIES, f"one of {', '.join(SEVERITIES)}"),
    "grammar": (lambda v: isinstance(v, dict), "a table"),
    "per-file-ignores": (
        lambda v: isinstance(v, dict) and all(_str_list(codes) for codes in v.values()),
        "a table of glob = [codes]",
    ),
    "names": (
        lambda v: isinstance(v, dict) and set(v) <= {"canonical"} and _str_list(v.get("canonical", [])),
        "a table with canonical = [the spellings to use]",
    ),
}


def find_config(start: Path) -> Path | None:
    """The nearest .ficlint.toml, or pyproject.toml with [tool.ficlint], at or above start."""
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or "[tool.ficlint" in _read(candidate)):
                return candidate
    return None


def project_root(start: Path) -> Path:
    """With no config: the nearest folder at or above start holding a word list or a git repository
    (so `words add` in chapters/ and a run from the story's root share one word list), else start."""
    for folder in [start, *start.parents]:
        if (folder / WORDS_FILE).is_file() or (folder / ".git").exists():
            return folder
    return start


def governing(name: str) -> Path | None:
    """The config governing a path: the nearest one at or above its folder (like ruff)."""
    path = Path(name)
    return find_config((path if path.is_dir() else path.parent).resolve())


def config_groups(paths: list[str]) -> list[list[str]]:
    """The paths grouped by the config that governs them, in the order given."""
    groups: dict[Path | None, list[str]] = {}
    for name in paths:
        groups.setdefault(governing("." if name == "-" else name), []).append(name)
    return list(groups.values())


def config_for(paths: list[str], stdin_filename: str | None = None) -> Path | None:
    """The one config governing every path (standard input: its --stdin-filename's folder)."""
    names = [stdin_filename or "." if name == "-" else name for name in paths] or ["."]
    found = {governing(name) for name in names}
    if len(found) > 1:
        shown = sorted(str(config) if config else "(none)" for config in found)
        raise FiclintError("paths", f"are governed by different configs ({', '.join(shown)}): lint each story on its own")
    return found.pop()


def _read(path: Path) -> str:
    return read_text(path, "config")


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Load and validate the config at path, or the nearest one above start (or the cwd)."""
    start = (start or Path.cwd()).resolve()
    path = path or find_config(start)
    if path is None:
        return Config(root=project_root(start))
    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as error:
        raise FiclintError(str(path), f"invalid TOML: {error}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("ficlint", {})
    prefix = "tool.ficlint." if path.name == "pyproject.toml" else ""
    values = {}
    for key, value in data.items():
        if key not in CHECKS:
            raise FiclintError(str(path), f"unknown key '{prefix}{key}' (known: {', '.join(CHECKS)})")
        valid, expected = CHECKS[key]
        if not valid(value):
            raise FiclintError(str(path), f"'{prefix}{key}' must be {expected}, not {value!r}")
        values[key.replace("-", "_")] = value
    return Config(root=path.parent.resolve(), path=path, **values)
