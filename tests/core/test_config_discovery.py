"""Config like ruff: found from each linted file's folder upwards; `words add` writes where runs read."""

from __future__ import annotations

STORY_LINE = "Lina reached for the skorrath.\n"  # 'skorrath': a word only the story's word list knows


def story(tmp_path, config: str = 'packs = ["english"]\nselect = ["SP"]\nwords = ["names.txt"]\n'):
    (tmp_path / "story" / "chapters").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    if config:
        (tmp_path / "story" / ".ficlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "story" / "names.txt").write_text("skorrath\n", encoding="utf-8")
    (tmp_path / "story" / "chapters" / "ch1.txt").write_text(STORY_LINE, encoding="utf-8")
    return tmp_path / "story"


def test_a_file_linted_from_another_folder_uses_its_own_storys_config(ficlint, tmp_path):
    story(tmp_path)
    run = ficlint("lint", "../story/chapters/ch1.txt", cwd=tmp_path / "elsewhere")
    assert run.exit_code == 0, run.stdout
    assert "packs: english" in run.stderr


def test_the_same_file_without_the_config_flags_the_word(ficlint, tmp_path):
    story(tmp_path, config="")
    run = ficlint("lint", "--select", "SP", "../story/chapters/ch1.txt", cwd=tmp_path / "elsewhere")
    assert "ch1.txt:1:22: SP001 unknown word 'skorrath'" in run.stdout


def test_two_stories_are_each_linted_with_their_own_config(ficlint, tmp_path):
    story(tmp_path)
    (tmp_path / "elsewhere" / ".ficlint.toml").write_text('packs = ["english"]\nselect = ["SP"]\n', encoding="utf-8")
    (tmp_path / "elsewhere" / "notes.txt").write_text(STORY_LINE, encoding="utf-8")
    run = ficlint("lint", "story/chapters/ch1.txt", "elsewhere/notes.txt")
    assert run.exit_code == 1
    assert run.stdout.splitlines() == ["elsewhere/notes.txt:1:22: SP001 unknown word 'skorrath'"]
    assert run.stderr.count("1 file, 5 words") == 2  # one summary per story


def test_two_stories_in_one_json_report_are_an_error(ficlint, tmp_path):
    story(tmp_path)
    (tmp_path / "elsewhere" / ".ficlint.toml").write_text('select = ["GR"]\n', encoding="utf-8")
    (tmp_path / "elsewhere" / "notes.txt").write_text("A note.\n", encoding="utf-8")
    run = ficlint("lint", "--format", "json", "story/chapters/ch1.txt", "elsewhere/notes.txt")
    assert run.exit_code == 2
    assert run.stderr.startswith("error: paths: are governed by different configs (")


def test_words_add_in_a_chapter_folder_writes_the_list_a_run_from_the_root_reads(ficlint, tmp_path):
    root = story(tmp_path, config='packs = ["english"]\nselect = ["SP"]\n')
    (root / "chapters" / "ch2.txt").write_text("Then the kwisp hummed.\n", encoding="utf-8")
    assert "kwisp" in ficlint("lint", cwd=root).stdout
    added = ficlint("words", "add", "kwisp", "skorrath", cwd=root / "chapters")
    assert added.stderr.strip() == f"added 2 words to {root / '.ficlint-words.txt'}"
    assert not (root / "chapters" / ".ficlint-words.txt").exists()
    assert ficlint("lint", cwd=root).exit_code == 0


def test_without_a_config_the_git_repository_root_holds_the_word_list(ficlint, tmp_path):
    root = story(tmp_path, config="")
    (root / ".git").mkdir()
    (root / "chapters" / "ch2.txt").write_text("Then the kwisp hummed.\n", encoding="utf-8")
    ficlint("words", "add", "kwisp", cwd=root / "chapters")
    assert (root / ".ficlint-words.txt").read_text(encoding="utf-8").split() == ["kwisp"]
    run = ficlint("lint", "--select", "SP", "chapters/ch2.txt", cwd=root)
    assert run.exit_code == 0, run.stdout
