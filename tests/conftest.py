"""Shared test helpers: the seeds, and running the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_1d94446fcf52eb54.txt"
SEED_001 = SEEDS / "001_d39f44c82c5da904.txt"
SEED_002 = SEEDS / "002_34927351c55c55f5.txt"


class Run:
    """The outcome of one `ficlint` invocation."""

    def __init__(self, result):
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr

    def json(self):
        return json.loads(self.stdout)


@pytest.fixture
def ficlint(monkeypatch, tmp_path):
    """Run `ficlint ARGS...` in a folder (the test's tmp_path by default)."""

    def run(*args, cwd: Path | None = None, input: str | bytes | None = None) -> Run:
        monkeypatch.chdir(cwd or tmp_path)
        return Run(CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False))

    return run


def findings_for(run: Run, code_prefix: str = "") -> list[dict]:
    return [f for f in run.json() if f["code"].startswith(code_prefix)]
