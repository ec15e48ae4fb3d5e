"""`--whole-story`: names and terms counted across the story, only the named files reported."""

TERM = "The skorrath shone. She held the skorrath high.\n\nShe laughed, and the skorrath dimmed.\n"


def write_story(tmp_path):
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\nselect = ["SP"]\n', encoding="utf-8")
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "ch1.txt").write_text(TERM, encoding="utf-8")
    (tmp_path / "chapters" / "ch2.txt").write_text("Lina reached for the skorrath. Kira hesistated.\n",
                                                    encoding="utf-8")


def test_a_term_used_once_in_the_new_chapter_is_known_from_the_others(ficlint, tmp_path):
    write_story(tmp_path)
    alone = ficlint("lint", "chapters/ch2.txt").stdout.splitlines()
    assert [line.split(": ", 1)[0] for line in alone] == ["chapters/ch2.txt:1:22", "chapters/ch2.txt:1:37"]
    whole = ficlint("lint", "--whole-story", "chapters/ch2.txt")
    assert whole.stdout.splitlines() == [
        "chapters/ch2.txt:1:37: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?"]
    assert "1 file," in whole.stderr  # the other chapters are read, not reported


def test_word_lists_and_config_are_never_linted_as_prose(ficlint, tmp_path):
    write_story(tmp_path)
    (tmp_path / "names.txt").write_text("Zorblaxian\nkwisp\n", encoding="utf-8")
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\nselect = ["SP"]\nwords = ["names.txt"]\n',
                                            encoding="utf-8")
    (tmp_path / ".ficlint-words.txt").write_text("Qwertyx\n", encoding="utf-8")
    run = ficlint("lint", "--whole-story", ".ficlint-words.txt", "names.txt", "chapters/ch1.txt")
    assert run.exit_code == 0, run.stdout
    assert run.stderr.startswith("1 file,")
