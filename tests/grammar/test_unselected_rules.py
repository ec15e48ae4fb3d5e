"""Harper rules whose GR codes the configuration leaves out are not run at all; the selected ones find the same."""

from __future__ import annotations

from tests.conftest import FIXTURES

CHAPTER = (FIXTURES / "parallel_story" / "ch1.txt").read_text(encoding="utf-8")  # "he could of sworn"


def gr_findings(ficlint, *args):
    return [(f["line"], f["column"], f["code"]) for f in ficlint("lint", "--format", "json", *args, "ch1.txt").json()]


def test_one_selected_harper_rule_finds_what_it_finds_among_all(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(CHAPTER, encoding="utf-8")
    every = gr_findings(ficlint, "--select", "GR")
    assert (9, 58, "GR1528") in every
    assert gr_findings(ficlint, "--select", "GR1528") == [f for f in every if f[2] == "GR1528"]
    assert (9, 58, "GR1528") not in gr_findings(ficlint, "--select", "GR", "--ignore", "GR1528")
