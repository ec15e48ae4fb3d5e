"""Rule packs on disk: a folder with a glossary, word lists and rule files (YAML).

A pack is named (a folder under the shipped `rules/`) or a path (relative to the
project root, and inside it: a project's packs and word lists never lead out of it). `glossary.yaml` holds canonical terms with variants and misspellings;
`words.txt` words accepted everywhere; `dialect.txt` words accepted inside dialogue.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from ficlint.errors import FiclintError
from ficlint.files import check_inside, read_text, replace_file

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: ten times faster
SHIPPED = Path(__file__).parent / "rules"
TERM_KINDS = ("name", "term", "place", "rank", "honorific", "technique", "zanpakuto", "japanese")
TERM_KEYS = {"canonical", "kind", "variants", "misspellings", "forms", "note"}
PART_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class Term:
    """A glossary entry: the canonical spelling and the other spellings it knows."""

    canonical: str
    kind: str
    variants: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    note: str = ""

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every accepted spelling: canonical, variants and inflected forms."""
        return (self.canonical, *self.variants, *self.forms)


def resolve_pack(name: str, root: Path) -> Path:
    """The folder of a pack given by name (shipped) or by path (relative to root)."""
    shipped = SHIPPED / name
    if "/" not in name and shipped.is_dir():
        return shipped
    folder = (root / name).resolve()
    check_inside(folder, root, name)
    if not folder.is_dir():
        known = ", ".join(sorted(p.name for p in SHIPPED.iterdir() if p.is_dir()))
        raise FiclintError(name, f"no such rule pack (shipped packs: {known}; or give a folder)")
    return folder


def load_yaml(path: Path):
    """Parse a YAML file; a syntax error is a FiclintError naming the file and line."""
    try:
        return yaml.load(read_project_file(path, "rule pack"), Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise FiclintError(where, f"invalid YAML: {getattr(error, 'problem', error)}") from None


def read_project_file(path: Path, what: str) -> str:
    """A pack or word list file; one of the project's own must stay in its folder (links inside are fine)."""
    if not path.resolve().is_relative_to(SHIPPED.resolve()):
        check_inside(path, path.parent)
    return read_text(path, what)


def load_glossary(path: Path) -> list[Term]:
    """Load and check a glossary file."""
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise FiclintError(str(path), "a glossary needs a 'terms' list")
    terms = []
    for index, entry in enumerate(data["terms"]):
        where = f"{path}: terms[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("canonical"), str):
            raise FiclintError(where, "each term needs a 'canonical' string")
        if extra := set(entry) - TERM_KEYS:
            raise FiclintError(where, f"unknown key '{sorted(extra)[0]}' (known: {', '.join(sorted(TERM_KEYS))})")
        if entry.get("kind", "term") not in TERM_KINDS:
            raise FiclintError(where, f"'kind' must be one of {', '.join(TERM_KINDS)}")
        lists = {}
        for key in ("variants", "misspellings", "forms"):
            value = entry.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise FiclintError(where, f"'{key}' must be a list of strings")
            lists[key] = tuple(value)
        terms.append(Term(entry["canonical"], entry.get("kind", "term"), note=str(entry.get("note", "")), **lists))
    return terms


def load_words(path: Path) -> set[str]:
    """A word list: one word per line, '#' starts a comment."""
    lines = read_project_file(path, "word list").splitlines()
    return {line.split("#", 1)[0].strip() for line in lines} - {""}


def add_words(path: Path, new_words) -> list[str]:
    """Append words not yet in the word list at path (created if missing); returns those added.

    The list is rewritten whole (atomically) and never through a link out of its folder.
    """
    exists = os.path.lexists(path)
    text = read_project_file(path, "word list") if exists else ""
    existing = load_words(path) if exists else set()
    added = [w for w in dict.fromkeys(new_words) if w not in existing]
    if added:
        prefix = "" if not text or text.endswith("\n") else "\n"
        target = path.resolve()
        try:
            replace_file(target, (text + prefix + "".join(f"{w}\n" for w in added)).encode("utf-8"),
                         os.stat(target) if exists else None)
        except OSError as error:
            raise FiclintError(str(path), f"cannot write word list: {error.strerror or error}") from None
    return added


@dataclass
class Vocabulary:
    """Everything the packs and word lists say about words."""

    terms: list[Term] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    dialect: set[str] = field(default_factory=set)

    @cached_property
    def accepted(self) -> set[str]:
        """Lower-case words accepted anywhere: every part of every glossary spelling, plus word lists."""
        accepted = {w.lower() for w in self.words}
        for term in self.terms:
            for spelling in term.spellings:
                accepted.update(part.lower() for part in PART_RE.findall(spelling))
        return accepted

    @cached_property
    def dialect_words(self) -> set[str]:
        return {w.lower() for w in self.dialect}

    @cached_property
    def misspellings(self) -> dict[str, Term]:
        """Lower-case known misspelling -> its term."""
        return {m.lower(): term for term in self.terms for m in term.misspellings}

    @cached_property
    def names(self) -> dict[str, str]:
        """Lower-case single-word spelling of a name-like term -> the canonical to suggest."""
        names = {}
        for term in self.terms:
            for spelling in term.spellings:
                if " " not in spelling:
                    names[spelling.lower()] = term.canonical if " " not in term.canonical else spelling
        return names


def load_vocabulary(packs: list[Path], word_files: list[Path]) -> Vocabulary:
    """Gather glossaries and word lists from pack folders and extra word files."""
    vocabulary = Vocabulary()
    for folder in packs:
        if (folder / "glossary.yaml").is_file():
            vocabulary.terms += load_glossary(folder / "glossary.yaml")
        if (folder / "words.txt").is_file():
            vocabulary.words |= load_words(folder / "words.txt")
        if (folder / "dialect.txt").is_file():
            vocabulary.dialect |= load_words(folder / "dialect.txt")
    for path in word_files:
        vocabulary.words |= load_words(path)
    return vocabulary
