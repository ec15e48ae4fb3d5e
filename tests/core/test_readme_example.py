"""The README's example is real output of `ficlint lint seeds/`."""

import re

from tests.conftest import ROOT


def test_the_readme_example_lines_are_printed_by_the_tool(ficlint):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```text\n$ ficlint lint seeds/\n", 1)[1].split("```", 1)[0].splitlines()
    run = ficlint("lint", "seeds/", cwd=ROOT)
    printed = run.stdout.splitlines()
    shown = [line for line in example if line.startswith("seeds/")]
    assert len(shown) >= 5 and all(line in printed for line in shown), set(shown) - set(printed)
    summary = run.stderr.strip().splitlines()[-1]
    assert re.sub(r"\d[\d,]*", "N", example[-1]) == re.sub(r"\d[\d,]*", "N", summary)
    assert example[-1].startswith("3 files, 3,795 words, ")
