"""A small real story project on disk for the fixer tests: English pack plus a fandom glossary."""

from __future__ import annotations

from pathlib import Path

from ficlint.checks import all_checks
from ficlint.config import load_config
from ficlint.project import Project
from ficlint.readers import read_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GLOSSARY = """terms:
  - canonical: zanpakutou
    kind: term
    misspellings: [zanpaktou]
"""
STORY = "Kira hesistated, his zanpaktou heavy at his side.\nThis was orginial work.\n"
FIXED = "Kira hesitated, his zanpakutou heavy at his side.\nThis was original work.\n"


def make_project(folder: Path, files: dict[str, str | bytes] | None = None) -> Path:
    """Write a config using the English pack and a glossary pack, plus the given story files."""
    (folder / "fandom").mkdir(exist_ok=True)
    (folder / "fandom" / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (folder / ".ficlint.toml").write_text('packs = ["english"]\nrules = ["fandom"]\n', encoding="utf-8")
    for name, content in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder


def load_project(folder: Path, names: list[str]) -> Project:
    """Read the named files of a project made by make_project, as `ficlint lint` would."""
    config = load_config(start=folder)
    return Project.load([read_file(folder / name, str(folder / name)) for name in names], config)


__all__ = ["FIXED", "SEEDS", "STORY", "all_checks", "load_project", "make_project"]
