"""Per-file ignores written into the project's config by the interactive review."""

from __future__ import annotations

import pytest

from ficlint.config import load_config
from ficlint.errors import FiclintError
from ficlint.ignores import add_per_file_ignore, ignore_pattern

PYPROJECT = """[project]
name = "my-story"  # not a package, just a story

[tool.ficlint]
packs = ["english"]

[tool.ficlint.per-file-ignores]
# chapter one quotes a spell
"ch1.txt" = ["SP001"]

[tool.other]
x = 1
"""


def test_a_new_pattern_goes_into_the_existing_table_and_comments_stay(tmp_path):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    config = load_config(start=tmp_path)
    add_per_file_ignore(config, "chapters/ch2.txt", "SP003")
    text = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert text == PYPROJECT.replace('[tool.ficlint.per-file-ignores]\n',
                                     '[tool.ficlint.per-file-ignores]\n"chapters/ch2.txt" = ["SP003"]\n')
    assert load_config(start=tmp_path).per_file_ignores == {"ch1.txt": ["SP001"], "chapters/ch2.txt": ["SP003"]}


def test_a_known_pattern_gets_the_code_added_once(tmp_path):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    for _ in range(2):
        add_per_file_ignore(load_config(start=tmp_path), "ch1.txt", "NM001")
    assert load_config(start=tmp_path).per_file_ignores == {"ch1.txt": ["SP001", "NM001"]}
    assert "# chapter one quotes a spell" in (tmp_path / "pyproject.toml").read_text(encoding="utf-8")


def test_without_a_config_a_ficlint_toml_is_created(tmp_path):
    config = load_config(start=tmp_path)
    path = add_per_file_ignore(config, ignore_pattern(config, str(tmp_path / "a.txt")), "SP002")
    assert path == tmp_path / ".ficlint.toml"
    assert path.read_text(encoding="utf-8") == '[per-file-ignores]\n"a.txt" = ["SP002"]\n'


def test_a_table_at_the_end_is_added_after_the_other_keys(tmp_path):
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\n[severity]\nSP002 = "info"', encoding="utf-8")
    add_per_file_ignore(load_config(start=tmp_path), "a.txt", "SP001")
    config = load_config(start=tmp_path)
    assert config.per_file_ignores == {"a.txt": ["SP001"]} and config.severity == {"SP002": "info"}


def test_an_inline_table_is_left_for_the_author_with_the_line_to_add(tmp_path):
    original = 'per-file-ignores = { "a.txt" = ["SP001"] }\n'
    (tmp_path / ".ficlint.toml").write_text(original, encoding="utf-8")
    with pytest.raises(FiclintError, match=r'add `"b.txt" = \["SP003"\]` under \[per-file-ignores\] by hand'):
        add_per_file_ignore(load_config(start=tmp_path), "b.txt", "SP003")
    assert (tmp_path / ".ficlint.toml").read_text(encoding="utf-8") == original
