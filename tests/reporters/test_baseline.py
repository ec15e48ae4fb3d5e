"""Baselines: record today's findings, report only new ones, survive inserted paragraphs."""

from __future__ import annotations

import json
import shutil

from tests.conftest import SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[0]


def findings_of(result):
    return [line for line in result.stdout.decode().splitlines() if line]


def test_a_baseline_hides_old_findings_even_after_a_paragraph_is_inserted(ficlint_process, tmp_path):
    story = tmp_path / "ch1.txt"
    shutil.copy(SEED, story)
    before = findings_of(ficlint_process("lint", "ch1.txt"))
    written = ficlint_process("lint", "ch1.txt", "--write-baseline", ".ficlint-baseline.json")
    assert written.returncode == 0 and findings_of(written) == []
    assert f"{len(before)} recorded in .ficlint-baseline.json" in written.stderr.decode()
    assert len(json.loads((tmp_path / ".ficlint-baseline.json").read_text())["findings"]) == len(before)

    text = story.read_text(encoding="utf-8")
    story.write_text("A new opening paragraph, written later.\n\nAnd another one.\n\n" + text, encoding="utf-8")
    again = ficlint_process("lint", "ch1.txt", "--baseline", ".ficlint-baseline.json")
    assert again.returncode == 0 and findings_of(again) == []
    assert f"{len(before)} hidden by the baseline" in again.stderr.decode()


def test_only_the_new_finding_is_reported_and_the_same_word_elsewhere_is_new_too(ficlint_process, tmp_path):
    story = tmp_path / "ch1.txt"
    shutil.copy(SEED, story)
    ficlint_process("lint", "ch1.txt", "--write-baseline", "base.json")
    text = story.read_text(encoding="utf-8")
    story.write_text(text + "\nAt the end he hesistated.\n", encoding="utf-8")
    new = findings_of(ficlint_process("lint", "ch1.txt", "--baseline", "base.json"))
    assert len(new) == 1 and "'hesistated'" in new[0]
    entries = json.loads((tmp_path / "base.json").read_text())["findings"]
    old_word = [entry["text"] for entry in entries if entry["code"] == "SP001"][-1]  # orginial, met once
    story.write_text(text + f"\nIn a new scene, far away, {old_word} again.\n", encoding="utf-8")
    new = findings_of(ficlint_process("lint", "ch1.txt", "--baseline", "base.json"))
    assert len(new) == 1 and f"'{old_word}'" in new[0]


def test_a_baseline_written_elsewhere_matches_from_another_folder(ficlint_process, tmp_path):
    (tmp_path / "story").mkdir()
    shutil.copy(SEED, tmp_path / "story" / "ch1.txt")
    ficlint_process("lint", "story", "--write-baseline", "story/base.json")
    result = ficlint_process("lint", ".", "--baseline", "base.json", cwd=tmp_path / "story")
    assert findings_of(result) == []


def test_a_malformed_or_unreadable_baseline_is_one_error_and_is_left_as_it_was(ficlint_process, tmp_path):
    shutil.copy(SEED, tmp_path / "ch1.txt")
    (tmp_path / "broken.json").write_text('{"findings": [', encoding="utf-8")
    (tmp_path / "other.json").write_text('{"findings": []}', encoding="utf-8")
    (tmp_path / "folder.json").mkdir()
    for name, problem in [("broken.json", "not a ficlint baseline (invalid JSON"),
                          ("other.json", "not a ficlint baseline (expected"),
                          ("folder.json", "cannot read baseline: is a directory"),
                          ("missing.json", "cannot read baseline: no such file or directory")]:
        result = ficlint_process("lint", "ch1.txt", "--baseline", name)
        assert result.returncode == 2 and result.stdout == b""
        [line] = result.stderr.decode().splitlines()
        assert line.startswith(f"error: {name}: {problem}")
    assert (tmp_path / "broken.json").read_text(encoding="utf-8") == '{"findings": ['
