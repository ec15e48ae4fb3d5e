"""Cache: a committed or planted grammar cache is never trusted, and never redirects writes."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path

from ficlint.grammar import GrammarMatch
from ficlint.grammar.cache import ParagraphCache

PARAGRAPH = "Rukia waited by the door for a long time."
PLANTED = [[0, 5, "Planted", "Style", "Replace this with 'Orihime'.", ["Orihime"]]]


def open_cache(folder: Path) -> ParagraphCache:
    cache, problem = ParagraphCache.open(folder / ".ficlint-cache" / "grammar", "harper 0.2.0")
    assert problem is None
    return cache


def plant(cache: ParagraphCache, secret: bytes) -> Path:
    """An entry for PARAGRAPH signed with another machine's secret: a cache committed by someone else."""
    key = hmac.new(secret, f"{cache.fingerprint}\0{PARAGRAPH}".encode(), hashlib.sha256).hexdigest()
    body = json.dumps(PLANTED)
    signature = hmac.new(secret, f"{key}\0{body}".encode(), hashlib.sha256).hexdigest()
    path = cache.folder / key[:2] / f"{key}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"matches": PLANTED, "signature": signature}), encoding="utf-8")
    return path


def test_the_cache_folder_is_gitignored_and_entries_read_back(tmp_path):
    cache = open_cache(tmp_path)
    assert (tmp_path / ".ficlint-cache" / ".gitignore").read_text(encoding="utf-8") == "*\n"
    match = GrammarMatch(0, 5, "SpellCheck", "Spelling", "Did you mean 'Rukia'?", ("Rukia",))
    cache.put(PARAGRAPH, [match])
    assert open_cache(tmp_path).get(PARAGRAPH) == [match]


def test_an_entry_from_another_machine_is_never_found(tmp_path):
    cache = open_cache(tmp_path)
    planted = plant(cache, b"x" * 32)
    assert cache.get(PARAGRAPH) is None and planted.exists()  # its name is not this machine's key


def test_an_edited_or_corrupt_entry_is_discarded(tmp_path):
    cache = open_cache(tmp_path)
    cache.put(PARAGRAPH, [])
    [entry] = (cache.folder).rglob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps({"matches": PLANTED, "signature": data["signature"]}), encoding="utf-8")
    assert cache.get(PARAGRAPH) is None and not entry.exists() and cache.discarded == 1
    cache.put(PARAGRAPH, [])
    entry.write_bytes(b"[[0, 99999, \"X\"")
    assert cache.get(PARAGRAPH) is None and not entry.exists()


def test_a_linked_cache_folder_turns_the_cache_off_instead_of_writing_through_it(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / ".ficlint-cache").symlink_to("elsewhere")
    cache, problem = ParagraphCache.open(tmp_path / ".ficlint-cache" / "grammar", "harper 0.2.0")
    assert cache is None and "grammar cache off" in problem
    (tmp_path / ".ficlint-cache").unlink()
    (tmp_path / ".ficlint-cache").mkdir()
    (tmp_path / ".ficlint-cache" / "grammar").symlink_to("../elsewhere")
    cache, problem = ParagraphCache.open(tmp_path / ".ficlint-cache" / "grammar", "harper 0.2.0")
    assert cache is None and list((tmp_path / "elsewhere").iterdir()) == []


def test_a_linked_entry_folder_is_not_written_through(tmp_path):
    cache = open_cache(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    key = cache.key(PARAGRAPH)
    (cache.folder / key[:2]).symlink_to(tmp_path / "elsewhere")
    cache.put(PARAGRAPH, [])
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_the_cache_is_capped_oldest_entries_first(tmp_path):
    cache = open_cache(tmp_path)
    for number in range(40):
        cache.put(f"Paragraph {number} " + "x" * 300, [])
    cache.prune(limit=2000)
    left = list(cache.folder.rglob("*.json"))
    assert sum(path.stat().st_size for path in left) <= 1500 and cache.get("Paragraph 39 " + "x" * 300) == []


def test_pruning_beside_another_run_that_renames_its_entry_does_not_crash(tmp_path, monkeypatch):
    cache = open_cache(tmp_path)
    for number in range(40):
        cache.put(f"Paragraph {number} " + "x" * 300, [])
    moved = next(cache.folder.rglob("*.json"))
    listed = os.scandir

    def scandir_then_the_other_run_renames(path):
        entries = list(listed(path))
        moved.unlink(missing_ok=True)  # the other run's os.replace() lands between the listing and the stat
        return iter(entries)

    monkeypatch.setattr("ficlint.grammar.cache.os.scandir", scandir_then_the_other_run_renames)
    cache.prune(limit=2000)
    monkeypatch.undo()
    left = list(cache.folder.rglob("*.json"))
    assert sum(path.stat().st_size for path in left) <= 1500


def test_a_planted_cache_in_a_story_repository_changes_no_finding(ficlint, project, user_cache):
    (project / ".ficlint.toml").write_text('packs = ["english"]\n[grammar]\nbackend = "harper"\n',
                                           encoding="utf-8")
    (project / "chapters" / "ch1.txt").write_text(PARAGRAPH + "\n", encoding="utf-8")
    clean = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert (project / ".ficlint-cache" / ".gitignore").exists()
    entries = list((project / ".ficlint-cache").rglob("*.json"))
    assert entries
    for entry in entries:  # the same names, with planted matches signed by another machine (a committed cache)
        key = entry.stem
        body = json.dumps(PLANTED)
        signature = hmac.new(b"y" * 32, f"{key}\0{body}".encode(), hashlib.sha256).hexdigest()
        entry.write_text(json.dumps({"matches": PLANTED, "signature": signature}), encoding="utf-8")
    run = ficlint("lint", "--format", "json", "chapters", cwd=project)
    assert run.json() == clean.json() and "Orihime" not in run.stdout


def test_with_no_config_the_cache_is_in_the_user_cache_folder(ficlint, tmp_path, user_cache):
    (tmp_path / "ch1.txt").write_text(PARAGRAPH + "\n", encoding="utf-8")
    ficlint("lint", "--grammar", "harper", "ch1.txt")
    assert not (tmp_path / ".ficlint-cache").exists()
    assert list((user_cache / "grammar").rglob("*.json")) and (user_cache / "secret").stat().st_mode & 0o077 == 0
