"""`--jobs`: a run shared out to worker processes prints exactly what a run in one process prints."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import FIXTURES, SEEDS
from ficlint import linter

STORY = FIXTURES / "parallel_story"  # three chapters: a name variant across files, an invented name in all three


@pytest.fixture
def always_parallel(monkeypatch):
    """Fork workers even for a small story (a real run waits for 100,000 characters)."""
    monkeypatch.setattr(linter, "PARALLEL_CHARACTERS", 0)


def outputs(ficlint, *args):
    serial = ficlint("lint", "--format", "json", "--jobs", "1", *args)
    parallel = ficlint("lint", "--format", "json", "--jobs", "2", *args)
    return serial, parallel


def test_a_story_in_several_files_gives_the_same_findings_with_two_jobs(ficlint, tmp_path, always_parallel):
    shutil.copytree(STORY, tmp_path / "story")
    serial, parallel = outputs(ficlint, "--select", "ALL,SP002", "story")
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.stdout == serial.stdout
    codes = {(f["path"], code) for f in parallel.json() for code in (f["code"], *f.get("also", ()))}
    # the project-wide checks still saw every chapter: the variant is named against the other files
    assert ("story/ch2.txt", "NM001") in codes and ("story/ch1.txt", "GR1528") in codes
    # an invented name used in all three chapters is listed once, at its first use
    assert [(f["path"], f["line"]) for f in parallel.json() if f["code"] == "SP002"] == [("story/ch1.txt", 7)]


def test_the_seeds_give_the_same_report_with_two_jobs(ficlint, tmp_path, always_parallel):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    serial, parallel = outputs(ficlint, "seeds")
    assert serial.stdout and parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr


def test_one_long_chapter_gives_the_same_report_with_two_jobs(ficlint, tmp_path, always_parallel):
    (tmp_path / "ch.txt").write_text(
        "\n\n".join((STORY / name).read_text(encoding="utf-8") for name in ("ch1.txt", "ch2.txt", "ch3.txt")),
        encoding="utf-8")
    serial, parallel = outputs(ficlint, "--select", "ALL,SP002", "ch.txt")
    assert len(serial.json()) >= 4
    assert parallel.stdout == serial.stdout


def test_no_jobs_is_a_usage_error(ficlint, tmp_path):
    (tmp_path / "a.txt").write_text("She walked home.\n", encoding="utf-8")
    run = ficlint("lint", "--jobs", "0", "a.txt")
    assert run.exit_code == 2 and "--jobs" in run.stderr


def test_a_file_over_the_size_limit_is_an_error_and_the_others_are_linted(ficlint, tmp_path, monkeypatch):
    from ficlint import cli

    monkeypatch.setattr(cli, "MAX_CHARACTERS", 1_000)
    (tmp_path / "huge.txt").write_text("Rukia waited at the gate. " * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text("He could of sworn it was snowing.\n", encoding="utf-8")
    run = ficlint("lint", "--select", "GR1528", "huge.txt", "small.txt")
    assert run.exit_code == 2
    assert "error: huge.txt: 2,600 characters, over the limit of 1,000" in run.stderr
    assert "small.txt:1:4: GR1528" in run.stdout


def test_a_rule_that_runs_out_of_time_in_a_worker_is_still_named(ficlint, tmp_path, always_parallel):
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "rules.yaml").write_text(
        "rules:\n  - code: EV001\n    name: evil\n    type: existence\n    message: 'evil {match}'\n"
        "    tokens: ['(a|aa)+$']\n    nonword: true\n", encoding="utf-8")
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\nrules = ["pack"]\n[grammar]\nbackend = "off"\n',
                                            encoding="utf-8")
    (tmp_path / "ch1.txt").write_text("Rukia waited at the gate.\n", encoding="utf-8")
    (tmp_path / "ch2.txt").write_text("a" * 40 + "!\n", encoding="utf-8")
    serial, parallel = outputs(ficlint, "ch1.txt", "ch2.txt")
    assert "warning: rule EV001" in parallel.stderr and "stopped and skipped" in parallel.stderr
    assert parallel.stdout == serial.stdout
