"""The `ficlint` command as a user runs it: paths, formats, exit codes, errors."""

import shutil

from tests.conftest import ROOT, SEED_002, SEEDS, findings_for

CLEAN = "Rukia smiled at Ichigo. The rain had stopped.\n"
TYPO = "Kira hesistated for a moment.\n"


def test_clean_story_exits_zero_with_a_summary(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(CLEAN, encoding="utf-8")
    run = ficlint("lint", "ch1.txt")
    assert run.exit_code == 0
    assert run.stdout == ""
    assert "1 file, 8 words, 0 findings" in run.stderr


def test_finding_is_printed_as_path_line_col_code_message(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(CLEAN + TYPO, encoding="utf-8")
    run = ficlint("lint", "ch1.txt")
    assert run.exit_code == 1
    assert run.stdout.splitlines() == [
        "ch1.txt:2:6: SP001 [*] unknown word 'hesistated': did you mean 'hesitated'?"]


def test_json_output_follows_the_contract(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("Tōshirō said:\tKira hesistated.\n", encoding="utf-8")
    [finding] = ficlint("lint", "--format", "json", "ch1.txt").json()
    assert finding == {
        "path": "ch1.txt", "line": 1, "column": 20, "end_line": 1, "end_column": 30,
        "code": "SP001", "check": "spelling", "severity": "warning",
        "message": "unknown word 'hesistated': did you mean 'hesitated'?", "text": "hesistated",
        "suggestions": ["hesitated"],
        "fix": {"safe": True, "edits": [
            {"line": 1, "column": 20, "end_line": 1, "end_column": 30, "replacement": "hesitated"}]},
    }


def test_github_annotations(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(TYPO, encoding="utf-8")
    run = ficlint("lint", "--format", "github", "ch1.txt")
    assert run.stdout.startswith("::warning file=ch1.txt,line=1,col=6,endLine=1,endColumn=16,title=SP001::SP001 ")


def test_statistics_count_findings_per_code(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(TYPO + TYPO + "Then Wxyzzy left.\n", encoding="utf-8")
    lines = ficlint("lint", "--statistics", "ch1.txt").stdout.splitlines()
    assert lines[0].split() == ["2", "SP001", "[*]", "unknown-word"]


def test_folders_recurse_into_txt_and_md_and_honour_excludes(ficlint, tmp_path):
    (tmp_path / "story" / "drafts").mkdir(parents=True)
    (tmp_path / "story" / "ch1.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "story" / "ch2.md").write_text("# Two\n\nShe orginial left.\n", encoding="utf-8")
    (tmp_path / "story" / "drafts" / "old.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "story" / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".ficlint.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    run = ficlint("lint", "--format", "json", "story")
    assert sorted({f["path"] for f in run.json()}) == ["story/ch1.txt", "story/ch2.md"]


def test_standard_input(ficlint):
    run = ficlint("lint", "-", input=TYPO)
    assert run.stdout.startswith("-:1:6: SP001")
    run = ficlint("lint", "-", "--stdin-filename", "chapter.md", input="<b>hesistated</b>\n")
    assert run.stdout.startswith("chapter.md:1:4: SP001")


def test_bad_inputs_each_get_one_line_and_the_rest_is_linted(ficlint, tmp_path):
    (tmp_path / "good.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin1.txt").write_bytes("Kira caf\xe9\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nothing").mkdir()
    run = ficlint("lint", "good.txt", "binary.txt", "latin1.txt", "empty.txt", "missing.txt", "nothing")
    assert run.exit_code == 2
    assert "good.txt:1:6: SP001" in run.stdout
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: missing.txt: no such file or directory",
        "error: nothing: no story files (.txt, .md, .markdown, .html, .htm, .docx, .odt) in this folder",
        "error: binary.txt: binary file (contains NUL bytes), not a story: skipped",
        "error: latin1.txt: invalid UTF-8 at byte 8 (line 1): save the file as UTF-8",
    ]


def test_bom_crlf_and_huge_single_line(ficlint, tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbfFirst line.\r\nKira hesistated.\r\n")
    huge = ("Rukia smiled at Ichigo and the rain stopped. " * 110_000) + "Kira hesistated."
    (tmp_path / "huge.txt").write_text(huge, encoding="utf-8")
    run = ficlint("lint", "--format", "json", "crlf.txt", "huge.txt")
    located = {(f["path"], f["line"], f["column"]) for f in run.json()}
    assert located == {("crlf.txt", 2, 6), ("huge.txt", 1, len(huge) - len("hesistated.") + 1)}


def test_malformed_config_is_a_clear_error(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.ficlint]\nselekt = ["SP"]\n', encoding="utf-8")
    run = ficlint("lint", "ch1.txt")
    assert run.exit_code == 2
    assert run.stderr.startswith(f"error: {tmp_path / 'pyproject.toml'}: unknown key 'tool.ficlint.selekt'")
    (tmp_path / "pyproject.toml").write_text('[tool.ficlint]\ndialect = "en-AU"\n', encoding="utf-8")
    assert "'tool.ficlint.dialect' must be one of en-US, en-GB" in ficlint("lint", "ch1.txt").stderr
    (tmp_path / "pyproject.toml").write_text('[tool.ficlint\n', encoding="utf-8")
    assert "invalid TOML" in ficlint("lint", "ch1.txt").stderr


def test_select_ignore_severity_and_fail_on(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("Wxyzzy smiled at Kaz. Wxyzzy left. " + TYPO, encoding="utf-8")
    assert {f["code"] for f in ficlint("lint", "--format", "json", "ch1.txt").json()} == {"SP001"}
    both = ficlint("lint", "--format", "json", "--select", "ALL,SP002", "ch1.txt").json()
    assert {f["code"] for f in both} == {"SP001", "SP002"}
    assert {f["code"] for f in ficlint("lint", "--format", "json", "--select", "ALL,SP002", "--ignore", "SP001",
                                       "ch1.txt").json()} == {"SP002"}
    only_names = ficlint("lint", "--select", "SP002", "ch1.txt")
    assert only_names.exit_code == 0  # SP002 is info, below the default failing level
    assert ficlint("lint", "--select", "SP002", "--fail-on", "info", "ch1.txt").exit_code == 1
    (tmp_path / ".ficlint.toml").write_text('[severity]\nSP001 = "info"\n', encoding="utf-8")
    assert ficlint("lint", "ch1.txt").exit_code == 0
    run = ficlint("lint", "--select", "XX9", "ch1.txt")
    assert run.exit_code == 2 and "unknown code or prefix 'XX9'" in run.stderr


def test_words_add_writes_the_project_word_list(ficlint, tmp_path):
    (tmp_path / ".ficlint.toml").write_text("", encoding="utf-8")
    (tmp_path / "ch1.txt").write_text("Whne met Kaz. " + CLEAN, encoding="utf-8")
    assert findings_for(ficlint("lint", "--format", "json", "ch1.txt"), "SP")
    ficlint("words", "add", "Whne", "Kaz")
    assert (tmp_path / ".ficlint-words.txt").read_text(encoding="utf-8") == "Whne\nKaz\n"
    assert ficlint("lint", "ch1.txt").exit_code == 0


def test_explain_and_rules(ficlint):
    explained = ficlint("explain", "sp003").stdout
    assert "SP003 (fandom-misspelling)" in explained and "zanpaktou" in explained and "always (safe)" in explained
    listing = ficlint("rules", "--all").stdout
    assert any(line.startswith("SP001   unknown-word") for line in listing.splitlines())
    assert ficlint("explain", "ZZ123").exit_code == 2


def test_linting_a_copy_of_the_seeds(ficlint, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    run = ficlint("lint", "seeds")
    assert run.exit_code == 1
    assert "3 files, 3,795 words" in run.stderr
    assert f"seeds/{SEED_002.name}:27:6: SP001 [*] unknown word 'hesistated'" in run.stdout


def test_the_readme_passes_its_own_linter(ficlint):
    run = ficlint("lint", "README.md", cwd=ROOT)
    assert run.exit_code == 0, run.stdout


def test_a_tagger_model_that_is_not_the_published_one_is_one_error_line_and_exit_code_2(ficlint_process, tmp_path):
    import os
    import pickle

    fake = tmp_path / "site" / "textblob_aptagger"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "trontagger-0.1.0.pickle").write_bytes(pickle.dumps(({}, {}, set())))
    (tmp_path / "story.txt").write_text("Mira walked to the gate and waited for Ren.\n", encoding="utf-8")
    run = ficlint_process("lint", "--grammar", "off", "story.txt",
                          env={"PYTHONPATH": f"{tmp_path / 'site'}{os.pathsep}{ROOT / 'src'}"})
    errors = [line for line in run.stderr.decode().splitlines() if line.startswith("error:")]
    assert run.returncode == 2
    assert errors == ["error: textblob_aptagger/trontagger-0.1.0.pickle: not the model textblob-aptagger 0.2.0 "
                      "published (its SHA-256 differs): pip install --force-reinstall textblob-aptagger==0.2.0"]
