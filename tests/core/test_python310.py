"""ficlint runs on Python 3.10, as requires-python promises."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ficlint.config import tomllib
from tests.conftest import ROOT

SOURCE = ROOT / "src" / "ficlint"


def test_requires_python_says_310_and_tomli_backs_it():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.10"
    assert "tomli>=2; python_version < '3.11'" in project["dependencies"]


def test_vermin_finds_nothing_newer_than_310_in_the_source():
    vermin = shutil.which("vermin", path=str(Path(sys.executable).parent)) or shutil.which("vermin")
    if vermin is None:
        pytest.skip("vermin is not installed (pip install -e '.[test]')")
    done = subprocess.run([vermin, "-q", "-t=3.10-", "--violations", "--no-tips", "--eval-annotations", str(SOURCE)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_python_310_compiles_every_module():
    found = [shutil.which("python3.10"), *Path("/root/.pyenv/versions").glob("3.10*/bin/python3.10")]
    python = next((p for p in found if p and subprocess.run([str(p), "--version"], capture_output=True).returncode == 0), None)
    if python is None:
        pytest.skip("no Python 3.10 on this machine")
    done = subprocess.run([str(python), "-c", "import ast, pathlib, sys\n"
                           "for p in pathlib.Path(sys.argv[1]).rglob('*.py'): ast.parse(p.read_text('utf-8'), str(p))",
                           str(SOURCE)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_config_loads_through_tomli_when_tomllib_is_missing(tmp_path):
    pytest.importorskip("tomli")
    (tmp_path / ".ficlint.toml").write_text('select = ["SP"]\nfail-on = "error"\n', encoding="utf-8")
    script = ("import sys; sys.modules['tomllib'] = None\n"  # import tomllib now fails, as on 3.10
              "from ficlint import config\n"
              "loaded = config.load_config(start=__import__('pathlib').Path(sys.argv[1]))\n"
              "print(config.tomllib.__name__, loaded.select, loaded.fail_on)")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
    assert done.stdout.strip() == "tomli ['SP'] error", done.stderr
