"""Rule packs are checked once per content: a pack seen before loads from a signed record of this machine
(its regexes compiled when first used), an edited pack is checked again, a forged record is not believed."""

from __future__ import annotations

import json


RULE = "  - code: DR001\n    name: door\n    type: existence\n    message: 'a {match}'\n    tokens: [{token}]\n"


def story_with_pack(tmp_path, token: str = "door"):
    (tmp_path / "pack").mkdir(exist_ok=True)
    (tmp_path / "pack" / "rules.yaml").write_text("rules:\n" + RULE.replace("{token}", token), encoding="utf-8")
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\nrules = ["pack"]\n[grammar]\nbackend = "off"\n',
                                            encoding="utf-8")
    (tmp_path / "ch1.txt").write_text("Rukia waited at the door.\n", encoding="utf-8")


def door_findings(run) -> list[str]:
    return [f["code"] for f in run.json() if f["code"] == "DR001"]


def door_lines(run) -> list[str]:  # from a real process: a new process reads the records
    return [line for line in run.stdout.decode().splitlines() if "DR001" in line]


def test_a_pack_loaded_again_finds_the_same(ficlint_process, tmp_path):
    story_with_pack(tmp_path)
    first = ficlint_process("lint", "ch1.txt")
    second = ficlint_process("lint", "ch1.txt")
    assert door_lines(first) == ["ch1.txt:1:21: DR001 a door"] and second.stdout == first.stdout


def test_an_edited_pack_is_checked_again(ficlint, tmp_path):
    story_with_pack(tmp_path)
    assert door_findings(ficlint("lint", "--format", "json", "ch1.txt")) == ["DR001"]
    story_with_pack(tmp_path, token="'(door'")
    run = ficlint("lint", "ch1.txt")
    assert run.exit_code == 2
    assert "rule DR001: key 'tokens': invalid regular expression '(door'" in run.stderr


def test_a_record_edited_by_someone_else_is_not_believed(ficlint_process, tmp_path, user_cache):
    story_with_pack(tmp_path)
    ficlint_process("lint", "ch1.txt")
    records = list((user_cache / "checked").rglob("*"))
    for record in (path for path in records if path.is_file()):
        signature, _ = record.read_text(encoding="utf-8").split("\n", 1)
        record.write_text(signature + "\n" + json.dumps({"door": ["zzz"]}), encoding="utf-8")  # 'door' never starts a match
    assert records
    assert door_lines(ficlint_process("lint", "ch1.txt")) == ["ch1.txt:1:21: DR001 a door"]
