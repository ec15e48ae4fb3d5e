"""Shared helpers: run the real `ficlint` command, or lint one real file through the API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
CONFIG = 'packs = ["english"]\n'


@pytest.fixture
def ficlint(tmp_path):
    """Run `ficlint ARGS` in tmp_path (which has a .ficlint.toml); NO_COLOR and CI are cleared unless given."""
    (tmp_path / ".ficlint.toml").write_text(CONFIG, encoding="utf-8")

    def run(*args, input=None, env=None, **kwargs):
        environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
        environment.update(PYTHONPATH=str(ROOT / "src"), **(env or {}))
        return subprocess.run([sys.executable, "-m", "ficlint", *args], cwd=kwargs.pop("cwd", tmp_path),
                              input=input, env=environment, capture_output="stdout" not in kwargs, **kwargs)
    return run


@pytest.fixture
def lint_file(tmp_path):
    """Write NAME with TEXT under tmp_path, read it as ficlint does, lint it: (document, findings)."""
    from ficlint.checks import all_checks
    from ficlint.config import Config
    from ficlint.linter import lint
    from ficlint.project import Project
    from ficlint.readers import read_file

    def run(name: str, text: str, **settings):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        document = read_file(path, name)
        config = Config(root=tmp_path, packs=["english"], **settings)
        return document, lint(Project.load([document], config), all_checks()).findings
    return run
