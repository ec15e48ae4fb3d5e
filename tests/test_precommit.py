"""ficlint as a real pre-commit hook in a real git repository of a story."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


def clean_checkout_rev() -> str:
    """The commit the hook installs from; the working tree must match it for the test to mean anything."""
    if git("status", "--porcelain", "--", "src", "rules", "pyproject.toml", ".pre-commit-hooks.yaml", cwd=ROOT):
        pytest.skip("uncommitted changes in ficlint: pre-commit installs the hook from a commit, commit first")
    return git("rev-parse", "HEAD", cwd=ROOT)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


def commit(story, message, env):
    """git commit; the hook's output (stdout and stderr of git) comes back as one string."""
    done = subprocess.run(["git", "commit", "-m", message], cwd=story, text=True, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return done.returncode, done.stdout


def story_repository(tmp_path, pre_commit_home):
    """A git repository of a story with the ficlint hook installed from this checkout: (folder, env)."""
    rev = clean_checkout_rev()
    story = tmp_path / "story"
    story.mkdir()
    git("init", "-q", "-b", "main", cwd=story)
    git("config", "user.email", "author@example.com", cwd=story)
    git("config", "user.name", "Author", cwd=story)
    (story / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: ficlint\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home)}
    bin_dir = os.path.dirname(sys.executable)
    env["PATH"] = bin_dir + os.pathsep + env["PATH"]
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=story, check=True, env=env,
                   capture_output=True)
    return story, env


def test_hook_blocks_a_commit_with_a_misspelling_and_passes_once_fixed(tmp_path, pre_commit_home):
    story, env = story_repository(tmp_path, pre_commit_home)

    chapter = story / "chapter1.txt"
    chapter.write_text("Rukia drew her zanpakutou.\nKira hesistated at the gate of the Seireitei.\n",
                       encoding="utf-8")
    git("add", ".", cwd=story)
    code, output = commit(story, "chapter 1", env)
    assert code != 0, output
    assert "chapter1.txt:2:6: SP001 [*] unknown word 'hesistated'" in output
    assert git("rev-list", "--all", "--count", cwd=story) == "0"

    chapter.write_text("Rukia drew her zanpakutou.\nKira hesitated at the gate of the Seireitei.\n",
                       encoding="utf-8")
    git("add", ".", cwd=story)
    code, output = commit(story, "chapter 1", env)
    assert code == 0, output
    assert "ficlint" in output and "Passed" in output


def test_hook_counts_terms_across_the_whole_story_and_never_lints_the_word_list(tmp_path, pre_commit_home):
    story, env = story_repository(tmp_path, pre_commit_home)
    (story / ".ficlint.toml").write_text('packs = ["english"]\n', encoding="utf-8")
    (story / "ch1.txt").write_text("The skorrath shone. She held the skorrath high.\n\n"
                                   "She laughed, and the skorrath dimmed.\n", encoding="utf-8")
    git("add", ".", cwd=story)
    code, output = commit(story, "chapter 1", env)
    assert code == 0, output

    # one use in the new chapter: unknown on its own, a term of the story read whole
    (story / "ch2.txt").write_text("Lina woke early. She reached for the skorrath.\n", encoding="utf-8")
    (story / ".ficlint-words.txt").write_text("# words of this story\nZorblaxian\nkwisp\n", encoding="utf-8")
    git("add", ".", cwd=story)
    code, output = commit(story, "chapter 2 and the word list", env)
    assert code == 0, output

    (story / "ch3.txt").write_text("Lina hesistated by the skorrath.\n", encoding="utf-8")
    git("add", "ch3.txt", cwd=story)
    code, output = commit(story, "chapter 3", env)
    assert code != 0, output
    assert "ch3.txt:1:6: SP001 [*] unknown word 'hesistated'" in output
    assert "ch1.txt" not in output and "ch2.txt" not in output  # the rest of the story is read, not reported
