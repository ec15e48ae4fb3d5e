"""Writing fixed stories back: bytes kept, atomic, and refusals that leave files whole."""

from __future__ import annotations

import codecs
import os
import stat

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from ficlint import fixer
from ficlint.cli import main
from ficlint.errors import FiclintError
from ficlint.fixer import fix_project, save, write_document
from fixer_project import FIXED, STORY, all_checks, load_project, make_project

ENCODINGS = [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
             ("utf-16-be", codecs.BOM_UTF16_BE)]


def fix(folder, *args):
    return CliRunner().invoke(main, ["lint", "--fix", *args], catch_exceptions=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(endings=st.lists(st.sampled_from(["\n", "\r\n", "\r\n", "\n"]), min_size=4, max_size=4),
       last=st.sampled_from(["", "\n", "\r\n"]), encoding=st.sampled_from(ENCODINGS))
def test_encoding_bom_line_endings_and_last_newline_are_kept(tmp_path, endings, last, encoding):
    name, bom = encoding
    lines = ["Kira hesistated, “his zanpaktou” heavy.", "", "Kaz said “it was orginial.”", "Rain."]
    text = "".join(line + ending for line, ending in zip(lines, endings))[: -len(endings[-1])] + last
    story = tmp_path / "story.txt"
    make_project(tmp_path, {"story.txt": bom + text.encode(name)})
    run = fix_project(load_project(tmp_path, ["story.txt"]), all_checks())
    written, errors = save(run)
    assert errors == [] and len(written) == 1
    expected = text.replace("hesistated", "hesitated").replace("zanpaktou", "zanpakutou").replace("orginial", "original")
    assert story.read_bytes() == bom + expected.encode(name)


def test_fix_on_the_command_line_keeps_permissions_and_reports_what_is_left(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": STORY + "The glorp smiled.\n"})
    os.chmod(tmp_path / "story.txt", 0o640)
    monkeypatch.chdir(tmp_path)
    result = fix(tmp_path, "story.txt")
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == FIXED + "The glorp smiled.\n"
    assert stat.S_IMODE(os.stat(tmp_path / "story.txt").st_mode) == 0o640
    assert result.exit_code == 1 and "zanpaktou" not in result.stdout and "glorp" in result.stdout
    assert "fixed 3 findings in 1 file" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if "ficlint-tmp" in p.name] == []
    again = fix(tmp_path, "story.txt")
    assert "fixed 0 findings in 0 files" in again.stderr
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == FIXED + "The glorp smiled.\n"


def test_a_symlink_is_followed_the_target_fixed_and_the_link_kept(tmp_path, monkeypatch):
    make_project(tmp_path, {"real/story.txt": STORY})
    (tmp_path / "link.txt").symlink_to(tmp_path / "real" / "story.txt")
    monkeypatch.chdir(tmp_path)
    fix(tmp_path, "link.txt")
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real" / "story.txt").read_text(encoding="utf-8") == FIXED


def test_read_only_file_is_refused_even_for_root(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": STORY, "other.txt": STORY})
    os.chmod(tmp_path / "story.txt", 0o444)
    monkeypatch.chdir(tmp_path)
    result = fix(tmp_path, "story.txt", "other.txt")
    assert result.exit_code == 2
    assert "error: story.txt: file is read-only: not fixed" in result.stderr
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == STORY
    assert (tmp_path / "other.txt").read_text(encoding="utf-8") == FIXED
    assert "story.txt:1:6: SP001" in result.stdout  # the refused file is reported as it still is


def test_a_file_in_a_read_only_folder_is_refused(tmp_path, monkeypatch):
    make_project(tmp_path, {"locked/story.txt": STORY})
    os.chmod(tmp_path / "locked", 0o555)
    monkeypatch.chdir(tmp_path)
    try:
        result = fix(tmp_path, "locked/story.txt")
    finally:
        os.chmod(tmp_path / "locked", 0o755)
    assert result.exit_code == 2 and "is read-only: not fixed" in result.stderr
    assert (tmp_path / "locked" / "story.txt").read_text(encoding="utf-8") == STORY
    assert os.listdir(tmp_path / "locked") == ["story.txt"]


def test_a_file_that_fails_to_decode_is_reported_and_untouched(tmp_path, monkeypatch):
    broken = STORY.encode("utf-8") + b"caf\xe9 hesistated\n"
    make_project(tmp_path, {"broken.txt": broken, "good.txt": STORY})
    monkeypatch.chdir(tmp_path)
    result = fix(tmp_path, "broken.txt", "good.txt")
    assert result.exit_code == 2 and "error: broken.txt: invalid UTF-8 at byte" in result.stderr
    assert (tmp_path / "broken.txt").read_bytes() == broken
    assert (tmp_path / "good.txt").read_text(encoding="utf-8") == FIXED


def test_a_file_changed_on_disk_after_reading_is_not_overwritten(tmp_path):
    make_project(tmp_path, {"story.txt": STORY})
    run = fix_project(load_project(tmp_path, ["story.txt"]), all_checks())
    (tmp_path / "story.txt").write_text(STORY + "A new line the author just typed.\n", encoding="utf-8")
    with pytest.raises(FiclintError, match="changed on disk since it was read: not overwritten"):
        write_document(run.originals[0], run.documents[0].text)
    assert (tmp_path / "story.txt").read_text(encoding="utf-8").endswith("just typed.\n")


def test_same_size_same_time_but_other_content_is_still_caught(tmp_path):
    make_project(tmp_path, {"story.txt": STORY})
    run = fix_project(load_project(tmp_path, ["story.txt"]), all_checks())
    info = os.stat(tmp_path / "story.txt")
    (tmp_path / "story.txt").write_text(STORY.replace("Kira", "Gin "), encoding="utf-8")
    os.utime(tmp_path / "story.txt", ns=(info.st_atime_ns, info.st_mtime_ns))
    with pytest.raises(FiclintError, match="changed on disk"):
        write_document(run.originals[0], run.documents[0].text)


@pytest.mark.parametrize("crash", [KeyboardInterrupt, OSError(28, "No space left on device")])
def test_a_crash_mid_write_leaves_the_old_file_whole_and_no_temporary(tmp_path, monkeypatch, crash):
    make_project(tmp_path, {"story.txt": STORY})
    run = fix_project(load_project(tmp_path, ["story.txt"]), all_checks())

    def crash_during_fsync(descriptor):
        raise crash

    monkeypatch.setattr(fixer.os, "fsync", crash_during_fsync)
    with pytest.raises((KeyboardInterrupt, FiclintError)):
        write_document(run.originals[0], run.documents[0].text)
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == STORY
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != ".ficlint-cache")  # the grammar cache
    assert left == [".ficlint.toml", "fandom", "story.txt"]


def test_a_file_named_twice_or_through_a_link_is_fixed_once(tmp_path, monkeypatch):
    make_project(tmp_path, {"story.txt": STORY})
    (tmp_path / "link.txt").symlink_to("story.txt")
    monkeypatch.chdir(tmp_path)
    result = fix(tmp_path, "story.txt", "story.txt", "link.txt")
    assert result.exit_code != 2 and "error" not in result.stderr
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == FIXED
