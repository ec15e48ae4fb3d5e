"""Rule packs on disk, and which of them a story loads.

A pack is a folder: shipped (a name under `rules/`) or the project's own (a path relative to
the project root, and inside it: a project's packs and word lists never lead out of it). `glossary.yaml` holds the pack's `title`, its canonical terms with variants
and misspellings, and optional `detect` words; `words.txt` words accepted everywhere;
`dialect.txt` words accepted inside dialogue; other `*.yaml` files are rule files.

`packs = "auto"` (the default) loads the shared packs (English rules, Japanese honorifics and
loanwords) and the fandoms whose canon names the story uses: a shipped fandom's *marks* are its
names and terms that are no everyday English word and belong to no other pack, plus its `detect`
words.
Everything the run needs about all shipped packs is compiled once into a cache keyed by their
content.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from ficlint.errors import FiclintError
from ficlint.files import check_inside, read_text, replace_file

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: ten times faster
SHIPPED = Path(__file__).parent / "rules"
AUTO = "auto"
SHARED = ("english", "japanese")  # loaded by "auto" for every story
TERM_KINDS = ("name", "term", "place", "rank", "honorific", "technique", "zanpakuto", "japanese")
TERM_KEYS = {"canonical", "kind", "variants", "misspellings", "forms", "note"}
GLOSSARY_KEYS = {"pack", "title", "description", "detect", "terms"}
UNMARKED_KINDS = ("japanese", "honorific", "rank")  # shared by many fandoms: they point to none
PART_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_MARKS = 2  # distinct marks a story must use to load a fandom
SHARE_OF_BEST = 0.2  # ...and at least this share of the best fandom's marks (a crossover loads both)
CACHE_VERSION = 5


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


@dataclass(frozen=True)
class Glossary:
    """What a pack's glossary.yaml says: its title, terms and extra detection words."""

    title: str
    terms: tuple[Term, ...] = ()
    detect: tuple[str, ...] = ()


def resolve_pack(name: str, root: Path) -> Path:
    """The folder of a pack given by name (shipped) or by path (relative to root)."""
    shipped = SHIPPED / name
    if "/" not in name and shipped.is_dir():
        return shipped
    folder = (root / name).resolve()
    check_inside(folder, root, name)
    if not folder.is_dir():
        known = ", ".join(shipped_packs())
        raise FiclintError(name, f"no such rule pack (shipped packs: {known}; auto; or give a folder)")
    return folder


def shipped_packs(root: Path | None = None) -> list[str]:
    """The names of the packs that ship with ficlint (the folders under root)."""
    return sorted(p.name for p in (root or SHIPPED).iterdir() if p.is_dir())


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


def strings(value, where: str, key: str) -> tuple[str, ...]:
    """A list of strings from YAML (missing: empty), or a FiclintError naming the key."""
    value = value or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FiclintError(where, f"'{key}' must be a list of strings")
    return tuple(value)


def load_glossary(path: Path) -> Glossary:
    """Load and check a glossary file."""
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise FiclintError(str(path), "a glossary needs a 'terms' list")
    if extra := set(data) - GLOSSARY_KEYS:
        raise FiclintError(str(path), f"unknown top-level key '{sorted(extra)[0]}' (known: {', '.join(sorted(GLOSSARY_KEYS))})")
    title = data.get("title", path.parent.name.replace("-", " ").title())  # harry-potter: Harry Potter
    if not isinstance(title, str):
        raise FiclintError(str(path), "'title' must be a string")
    terms = []
    for index, entry in enumerate(data["terms"]):
        where = f"{path}: terms[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("canonical"), str):
            raise FiclintError(where, "each term needs a 'canonical' string")
        if extra := set(entry) - TERM_KEYS:
            raise FiclintError(where, f"unknown key '{sorted(extra)[0]}' (known: {', '.join(sorted(TERM_KEYS))})")
        if entry.get("kind", "term") not in TERM_KINDS:
            raise FiclintError(where, f"'kind' must be one of {', '.join(TERM_KINDS)}")
        lists = {key: strings(entry.get(key), where, key) for key in ("variants", "misspellings", "forms")}
        terms.append(Term(entry["canonical"], entry.get("kind", "term"), note=str(entry.get("note", "")), **lists))
    return Glossary(title, tuple(terms), strings(data.get("detect"), str(path), "detect"))


def read_word_list(path: Path) -> list[str]:
    """A word list in its order: one word per line, '#' starts a comment."""
    lines = read_project_file(path, "word list").splitlines()
    return [word for word in dict.fromkeys(line.split("#", 1)[0].strip() for line in lines) if word]


def load_words(path: Path) -> set[str]:
    """A word list as a set."""
    return set(read_word_list(path))


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


def parts(spelling: str) -> list[str]:
    """The lower-case words of a spelling: 'Soi Fon' -> soi, fon; 'Qui-Gon' -> qui, gon."""
    return [part.lower() for part in PART_RE.findall(spelling)]


@dataclass
class Catalogue:
    """Every shipped pack with a glossary, and what detection needs to know about them."""

    titles: dict[str, str]  # pack -> its title
    entries: dict[str, tuple[tuple, ...]]  # pack -> its terms as plain tuples, quick to read from the cache
    marks: dict[str, tuple[str, ...]]  # lower-case word -> the fandoms it points to
    owners: dict[str, str]  # lower-case word of any glossary spelling or misspelling -> its pack
    misspelt: dict[str, str]  # lower-case known misspelling -> the canonical it misspells

    def describe(self, word: str) -> str:
        """What a word is in the pack that owns it: 'a term of the Naruto pack'."""
        title = self.titles[self.owners[word]]
        if word in self.misspelt:
            return f"a misspelling of '{self.misspelt[word]}' in the {title} pack"
        return f"a term of the {title} pack"

    def terms(self, pack: str) -> list[Term]:
        """The terms of one shipped pack's glossary."""
        return [Term(*entry) for entry in self.entries[pack]]

    def choose(self, words) -> list[str]:
        """The fandoms a story's words point to, most marks first (none for a story of no known fandom)."""
        evidence = Counter(pack for word in {w.lower() for w in words} for pack in self.marks.get(word, ()))
        best = max(evidence.values(), default=0)
        return [pack for pack, count in evidence.most_common()
                if count >= MIN_MARKS and count >= SHARE_OF_BEST * best]


def compile_catalogue(common, root: Path | None = None) -> Catalogue:
    """Read every glossary of the packs under root (the shipped ones) and work out each fandom's
    marks; `common(word)` says whether a lower-case word is an everyday English word."""
    root = root or SHIPPED
    glossaries = {name: load_glossary(root / name / "glossary.yaml") for name in shipped_packs(root)
                  if (root / name / "glossary.yaml").is_file()}
    owners: dict[str, set[str]] = {}
    for name, glossary in glossaries.items():
        for term in glossary.terms:
            for spelling in (*term.spellings, *term.misspellings):
                for part in parts(spelling):
                    owners.setdefault(part, set()).add(name)
    marks: dict[str, set[str]] = {}
    for name, glossary in glossaries.items():
        if name in SHARED:
            continue
        for term in glossary.terms:
            if term.kind in UNMARKED_KINDS:
                continue
            for spelling in (*term.spellings, *term.misspellings):
                words = parts(spelling)
                for part in words:  # a short piece of a longer name (Qui-Gon's gon) marks nothing
                    if len(part) >= (3 if len(words) == 1 else 4) and owners[part] == {name} and not common(part):
                        marks.setdefault(part, set()).add(name)
        for word in glossary.detect:
            marks.setdefault(word.lower(), set()).add(name)
    misspelt = {m.lower(): term.canonical for glossary in glossaries.values() for term in glossary.terms
                for m in term.misspellings}
    entries = {name: tuple((t.canonical, t.kind, t.variants, t.misspellings, t.forms, t.note) for t in glossary.terms)
               for name, glossary in glossaries.items()}
    return Catalogue({name: glossary.title for name, glossary in glossaries.items()}, entries,
                     {w: tuple(sorted(p)) for w, p in marks.items()}, {w: sorted(p)[0] for w, p in owners.items()},
                     misspelt)


def catalogue_key(english_version: str) -> str:
    """A hash of every shipped glossary's content and of the English dictionary that decided the marks."""
    digest = hashlib.sha256(f"{CACHE_VERSION} {english_version}".encode())
    for name in shipped_packs():
        path = SHIPPED / name / "glossary.yaml"
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ficlint"


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The compiled catalogue of shipped packs, from the cache when their content has not changed."""
    from ficlint.checks.spelling import english_version, is_common_word

    path = cache_folder() / f"packs-{catalogue_key(english_version())}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    compiled = compile_catalogue(is_common_word)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(path)
    except OSError:
        pass  # a read-only home: compile again next time
    return compiled


@dataclass
class Vocabulary:
    """Everything the loaded packs and word lists say about words."""

    terms: list[Term] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    dialect: set[str] = field(default_factory=set)
    folders: list[Path] = field(default_factory=list)  # the loaded packs, whose rule files apply
    note: str = ""  # which packs, for the summary line

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


def chosen_packs(config, words) -> tuple[list[str], list[str]]:
    """The packs a run loads (names or folders) and the fandoms "auto" chose among them."""
    listed = [config.packs] if isinstance(config.packs, str) else list(config.packs)
    if AUTO not in listed:
        return listed, []
    fandoms = catalogue().choose(words)
    shared = [name for name in SHARED if (SHIPPED / name).is_dir()]
    rest = [name for name in listed if name != AUTO]
    return list(dict.fromkeys([*shared, *fandoms, *rest])), fandoms


def listed_folders(config) -> list[Path]:
    """Every folder a run of this configuration may load: with "auto", all shipped packs."""
    listed = [config.packs] if isinstance(config.packs, str) else list(config.packs)
    if AUTO in listed:
        listed = [*shipped_packs(), *(name for name in listed if name != AUTO)]
    return [resolve_pack(name, config.root) for name in dict.fromkeys([*listed, *config.rules])]


def load_vocabulary(config, words) -> Vocabulary:
    """The vocabulary of a run: its packs (chosen from `words` under "auto") and word lists."""
    names, fandoms = chosen_packs(config, words)
    folders = [resolve_pack(name, config.root) for name in dict.fromkeys([*names, *config.rules])]
    vocabulary = Vocabulary(folders=folders, note=pack_note(names, fandoms, config))
    for folder in folders:
        if folder == SHIPPED / folder.name and folder.name in catalogue().entries:
            vocabulary.terms += catalogue().terms(folder.name)
        elif (folder / "glossary.yaml").is_file():
            vocabulary.terms += load_glossary(folder / "glossary.yaml").terms
        if (folder / "words.txt").is_file():
            vocabulary.words |= load_words(folder / "words.txt")
        if (folder / "dialect.txt").is_file():
            vocabulary.dialect |= load_words(folder / "dialect.txt")
    word_files = [config.root / name for name in config.words]
    for name, path in zip(config.words, word_files):
        check_inside(path, config.root, name)
    if os.path.lexists(config.words_file):  # a link or a pipe there is an error, not skipped
        word_files.append(config.words_file)
    for path in word_files:
        vocabulary.words |= load_words(path)
    return vocabulary


def pack_note(names: list[str], fandoms: list[str], config) -> str:
    """The summary line's word on packs: 'packs: Naruto (auto), my-pack'."""
    if not isinstance(config.packs, str) and AUTO not in config.packs:
        return "packs: " + ", ".join(Path(name).name for name in names)
    chosen = ", ".join(catalogue().titles[name] for name in fandoms) or "no fandom recognised"
    own = [Path(name).name for name in names if name not in (*SHARED, *fandoms)]
    return "packs: " + ", ".join([f"{chosen} (auto)", *own])


SKELETON_GLOSSARY = '''\
# The glossary of the {name} pack: the names and terms of the fandom, each with its canonical
# spelling, the other spellings that are right, and the misspellings fans make (fixed safely).
# Load the pack with `packs = ["auto", "{name}/"]` in .ficlint.toml (or [tool.ficlint] of
# pyproject.toml); `ficlint lint` then accepts every spelling below and fixes every misspelling.
pack: {name}
title: {title}                    # shown on the summary line: "packs: {title} (auto)"
description: What this pack covers (which canon, which seasons or books).
# detect: [Hogwarts]              # optional: words that mark a story of this fandom
terms:
  # kind: name, place, term, technique, rank, honorific, japanese (or zanpakuto)
  - canonical: Toshiro            # the spelling to suggest
    kind: name
    variants: [Tōshirō, Toushirou] # other right spellings (romanisations, accents)
    misspellings: [Toshrio]       # never an English word: each is fixed to the canonical
    note: who or what it is, for the people who keep the pack
  - canonical: zanpakutou
    kind: term
    variants: [zanpakuto, zanpakutō]
    forms: [zanpakutous]          # inflected forms that are right too
    misspellings: [zanpaktou]
'''

SKELETON_RULES = '''\
# Rules of the {name} pack: slips that are real words, so only context finds them. Every rule
# proves itself: its example must fire and its fix must give the right side. The format is in the
# README ("Writing a house-style pack"); an example, to copy and change:
#
#  - code: XX001                    # two to four capital letters and three digits, unique
#    name: caption-for-captain
#    type: substitution
#    message: "'{{match}}' should be '{{replacement}}' (the rank)"
#    example: "the caption of the squad  ->  the captain of the squad"
#    swap: {{caption: captain}}
#    after: '\\s+of\\s+the\\b'
#    fix: unsafe
rules: []
'''


def write_skeleton(folder: Path) -> list[Path]:
    """A new pack folder with a commented glossary and rule file; refuses a folder that exists."""
    if folder.exists():
        raise FiclintError(str(folder), "already exists: choose another name or folder")
    name = folder.name
    title = name.replace("-", " ").replace("_", " ").title()
    folder.mkdir(parents=True)
    written = [folder / "glossary.yaml", folder / "rules.yaml"]
    written[0].write_text(SKELETON_GLOSSARY.format(name=name, title=title), encoding="utf-8")
    written[1].write_text(SKELETON_RULES.format(name=name), encoding="utf-8")
    return written
