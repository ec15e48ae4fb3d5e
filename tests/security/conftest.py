"""A story project that an attacker wrote: a config, a story, and a secret beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

SECRET = "token ghp_leakedsecretvalue\n"
STORY = "Rukia hesistated at the door.\n"


@pytest.fixture
def project(tmp_path) -> Path:
    """tmp_path/project (english pack only, one chapter) and tmp_path/outside/secret.txt beside it."""
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "project"
    (folder / "chapters").mkdir(parents=True)
    (folder / ".ficlint.toml").write_text('packs = ["english"]\n[grammar]\nbackend = "off"\n', encoding="utf-8")
    (folder / "chapters" / "ch1.txt").write_text(STORY, encoding="utf-8")
    return folder


def add_pack(project: Path, rules: str) -> None:
    """A rule pack of the project's own (`pack/rules.yaml` holding the given rules), used with the English one."""
    (project / "pack").mkdir()
    (project / "pack" / "rules.yaml").write_text(f"rules:\n{rules}", encoding="utf-8")
    (project / ".ficlint.toml").write_text('packs = ["english"]\nrules = ["pack"]\n', encoding="utf-8")
