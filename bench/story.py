"""Build benchmark stories by repeating the seed stories up to a number of words."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_paragraphs() -> list[str]:
    """Every non-blank paragraph of the three seeds, in order."""
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paragraphs


def build_story(folder: Path, words: int = 100_000, files: int = 1, distinct: bool = False) -> list[Path]:
    """Write `files` chapters holding about `words` words of seed text in all; return their paths.

    With `distinct`, every paragraph is different text (a repeat ends with a numbered sentence),
    so no paragraph's grammar result is reused within the run.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = seed_paragraphs()
    per_file = words // files
    paths = []
    index = 0
    for number in range(1, files + 1):
        chapter, count = [], 0
        while count < per_file:
            paragraph = paragraphs[index % len(paragraphs)]
            if distinct and index >= len(paragraphs):
                paragraph += f" That was on day {index}."
            chapter.append(paragraph)
            count += len(paragraph.split())
            index += 1
        path = folder / f"chapter{number:02d}.txt"
        path.write_text("\n\n".join(chapter) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
