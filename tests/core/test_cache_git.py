"""The grammar cache never shows up in the story repository's `git status`."""

import subprocess


def test_a_run_leaves_git_status_clean(ficlint, tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\n', encoding="utf-8")
    (tmp_path / "ch1.txt").write_text("Kira walked to the gate. He waited there until dusk.\n", encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    before = subprocess.run(["git", "status", "--porcelain"], cwd=tmp_path, capture_output=True, text=True).stdout
    ficlint("lint", "ch1.txt")
    assert (tmp_path / ".ficlint-cache" / "grammar").is_dir()  # the cache was written beside the config
    after = subprocess.run(["git", "status", "--porcelain", "--ignored=no"], cwd=tmp_path,
                           capture_output=True, text=True).stdout
    assert after == before
