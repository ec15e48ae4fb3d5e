"""Start-up cost of `packs = "auto"`: what a run spends choosing and loading its packs.

    PYTHONPATH=src python bench/packs_speed.py              # the shipped packs
    PYTHONPATH=src python bench/packs_speed.py --copies 21  # as if 21 fandoms of the largest pack's size shipped

Each figure is a fresh process timing `Project.load` (the catalogue of every shipped pack, the
choice of fandoms, the chosen packs' vocabulary) on the three seeds as one story, imports and
tokenizing aside (every run pays them anyway):
"cold" with an empty cache folder (the catalogue is compiled, which loads the English
dictionary), "warm" with the cache the cold run wrote, best of five.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SNIPPET = """
import sys, time
from pathlib import Path
import ficlint.packs as packs
from ficlint.checks import all_checks  # imported by every run before its project loads
from ficlint.checks.spelling import SpellingCheck
from ficlint.config import Config
from ficlint.project import Project
from ficlint.readers import read_file
if sys.argv[1] != "-":
    packs.SHIPPED = Path(sys.argv[1])
documents = [read_file(path) for path in sorted(Path(sys.argv[2]).glob("*.txt"))]
for document in documents:
    document.tokens  # reading the story is not the packs' cost
start = time.perf_counter()
project = Project.load(documents, Config(root=Path(sys.argv[2])))
print(f"{time.perf_counter() - start:.3f} {len(project.vocabulary.terms)} {project.vocabulary.note}")
"""


def run(shipped: str, cache: Path) -> tuple[float, str]:
    env = {"PYTHONPATH": str(BENCH.parent / "src"), "XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", SNIPPET, shipped, str(BENCH.parent / "seeds")], env=env,
                         capture_output=True, text=True, check=True).stdout.split(maxsplit=2)
    return float(out[0]), f"{out[1]} terms loaded; {out[2].strip()}"


def copies(count: int, folder: Path) -> Path:
    """A rules folder with the shipped packs plus `count` copies of the largest fandom glossary."""
    shipped = BENCH.parent / "rules"
    for pack in shipped.iterdir():
        shutil.copytree(pack, folder / pack.name)
    largest = max(shipped.glob("*/glossary.yaml"), key=lambda path: path.stat().st_size)
    for index in range(count):
        (folder / f"copy{index}").mkdir()
        shutil.copy(largest, folder / f"copy{index}" / "glossary.yaml")
    return folder


def main() -> None:
    count = int(sys.argv[sys.argv.index("--copies") + 1]) if "--copies" in sys.argv else 0
    with tempfile.TemporaryDirectory() as temporary:
        shipped = str(copies(count, Path(temporary) / "rules")) if count else "-"
        cache = Path(temporary) / "cache"
        cold, what = run(shipped, cache)
        warm = min(run(shipped, cache)[0] for _ in range(5))
    packs = f"the shipped packs and {count} copies of the largest" if count else "the shipped packs"
    print(f"{packs}: cold {cold:.3f} s, warm {warm:.3f} s ({what})")


if __name__ == "__main__":
    main()
