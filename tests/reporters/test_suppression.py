"""Inline suppression in Markdown and HTML, and per-file ignores in the config."""

from __future__ import annotations

CHAPTER = """# Chapter 1

He hesistated at the door.

<!-- ficlint: disable SP001 -->
Inside, she hesistated too, and Kaz laughed.
<!-- ficlint: enable SP001 -->

Then everyone hesistated.

<!-- ficlint: disable -->
Nobody hesistated here, not even Rukia.
"""


def flagged(findings):
    return [(f.code, f.line) for f in findings]


def test_disable_and_enable_a_code_and_disable_everything(lint_file):
    _, findings = lint_file("ch1.md", CHAPTER, select=["ALL", "SP002"])  # SP002 lists names only when selected
    assert flagged(findings) == [("SP001", 3), ("SP002", 6), ("SP001", 9)]


def test_a_prefix_and_comma_separated_codes_work_in_html_too(lint_file):
    page = ("<p>He hesistated.</p>\n<!-- ficlint: disable SP, GR001 -->\n<p>She hesistated. Kaz did.</p>\n"
            "<!--ficlint:enable-->\n<p>They hesistated.</p>\n")
    _, findings = lint_file("ch1.html", page)
    assert flagged(findings) == [("SP001", 1), ("SP001", 5)]


def test_per_file_ignores_match_paths_relative_to_the_config(ficlint_process, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "plan.txt").write_text("Then Kaz hesistated.\n", encoding="utf-8")
    (tmp_path / "ch1.txt").write_text("She hesistated.\n", encoding="utf-8")
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\nselect = ["ALL", "SP002"]\n'
                                            '[per-file-ignores]\n"notes/*.txt" = ["SP001"]\n')
    lines = ficlint_process("lint", ".").stdout.decode().splitlines()
    assert [line.split(": ")[1].split()[0] for line in lines if line.startswith("notes/")] == ["SP002"]
    assert [line.split(": ")[1].split()[0] for line in lines if line.startswith("ch1.txt")] == ["SP001"]
    inside = ficlint_process("lint", "plan.txt", cwd=tmp_path / "notes").stdout.decode().splitlines()
    assert [line.split(": ")[1].split()[0] for line in inside] == ["SP002"]


def test_an_unknown_code_in_a_comment_is_an_error_and_the_file_is_still_linted(ficlint_process, tmp_path):
    (tmp_path / "ch1.md").write_text("Fine.\n\n<!-- ficlint: disable SP01X -->\nShe hesistated.\n", encoding="utf-8")
    result = ficlint_process("lint", "ch1.md")
    assert result.returncode == 2
    assert "error: ch1.md:3: unknown code 'SP01X' in a ficlint comment" in result.stderr.decode().splitlines()
    assert result.stdout.decode().startswith("ch1.md:4:5: SP001")
