"""How long `--fix` takes on the seeds (each copied N times as chapters), against a plain lint.

Default packs (English and Bleach). `--fix` is: lint, fix, re-lint (per pass), then write.

Run: PYTHONPATH=src python bench/fix_seeds.py [copies]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from ficlint.checks import all_checks
from ficlint.config import load_config
from ficlint.fixer import fix_project, save
from ficlint.linter import lint
from ficlint.project import Project
from ficlint.readers import read_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(copies: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / ".ficlint.toml").write_text("", encoding="utf-8")
        for index in range(copies):
            for seed in SEEDS.glob("*.txt"):
                shutil.copy(seed, root / f"{index:03d}_{seed.name}")
        config = load_config(start=root)
        paths = sorted(root.glob("*.txt"))

        def project():
            return Project.load([read_file(p) for p in paths], config)

        lint(project(), all_checks())  # warm the dictionaries
        started = time.perf_counter()
        plain = lint(project(), all_checks())
        lint_seconds = time.perf_counter() - started
        started = time.perf_counter()
        run = fix_project(project(), all_checks())
        fixed = time.perf_counter()
        written, errors = save(run)
        done = time.perf_counter()
        words = sum(d.word_count for d in plain.documents)
        print(f"{len(paths)} files, {words:,} words: lint {lint_seconds:.2f} s; --fix {done - started:.2f} s "
              f"(fixing {fixed - started:.2f} s in {run.passes} passes, writing {done - fixed:.2f} s; "
              f"{run.fixed_count} fixes, {len(written)} files written, {len(errors)} errors)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
