"""Shared test helpers: the seeds, and running the real CLI (in process, or as a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_1d94446fcf52eb54.txt"
SEED_001 = SEEDS / "001_d39f44c82c5da904.txt"
SEED_002 = SEEDS / "002_34927351c55c55f5.txt"
FIXTURES = ROOT / "tests" / "fixtures"
ENGLISH_ONLY = 'packs = ["english"]\n'


class Run:
    """The outcome of one `ficlint` invocation."""

    def __init__(self, result):
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr

    def json(self):
        return json.loads(self.stdout)


@pytest.fixture(autouse=True)
def user_cache(tmp_path_factory, monkeypatch) -> Path:
    """The user cache folder (grammar cache, signing secret) of each test: its own, never the tester's."""
    folder = tmp_path_factory.mktemp("user-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "ficlint"


@pytest.fixture
def ficlint(monkeypatch, tmp_path):
    """Run `ficlint ARGS...` in a folder (the test's tmp_path by default)."""

    def run(*args, cwd: Path | None = None, input: str | bytes | None = None) -> Run:
        monkeypatch.chdir(cwd or tmp_path)
        return Run(CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False))

    return run


def findings_for(run: Run, code_prefix: str = "") -> list[dict]:
    return [f for f in run.json() if f["code"].startswith(code_prefix)]


@pytest.fixture
def ficlint_process(tmp_path):
    """Run `ficlint ARGS` as a process in tmp_path (with a .ficlint.toml using the english pack only),
    for tests of terminals, pipes and standard input; NO_COLOR and CI are cleared unless given."""
    (tmp_path / ".ficlint.toml").write_text(ENGLISH_ONLY, encoding="utf-8")

    def run(*args, input=None, env=None, **kwargs):
        environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
        environment.update({"PYTHONPATH": str(ROOT / "src"), **(env or {})})
        return subprocess.run([sys.executable, "-m", "ficlint", *args], cwd=kwargs.pop("cwd", tmp_path),
                              input=input, env=environment, capture_output="stdout" not in kwargs, **kwargs)
    return run


@pytest.fixture
def lint_file(tmp_path):
    """Write NAME with TEXT under tmp_path, read it as ficlint does, lint it with the english pack:
    (document, findings)."""
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
