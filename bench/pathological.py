"""Pathological input: CPU seconds to read and lint 1 MB of each input of issue 13, grammar off.

    PYTHONPATH=src python bench/pathological.py     # one line per input, in process
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "security"))

from test_time import INPUTS  # noqa: E402  (the inputs the tests run under a CPU limit)

from ficlint.checks import all_checks  # noqa: E402
from ficlint.config import Config  # noqa: E402
from ficlint.linter import lint  # noqa: E402
from ficlint.project import Project  # noqa: E402
from ficlint.readers import read_file  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    config = Config(root=folder, packs=["english", "bleach"], grammar={"backend": "off"})
    checks = all_checks(config)
    lint(Project.load([], config), checks)  # dictionaries and packs loaded once, outside the figures
    for name, text in INPUTS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        started = time.process_time()
        document = read_file(path)
        document.tokens
        read = time.process_time() - started
        lint(Project.load([document], config), checks)
        print(f"{name:<14} read {read:5.2f} s   read + lint {time.process_time() - started:5.2f} s")


if __name__ == "__main__":
    main()
