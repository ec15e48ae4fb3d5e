"""SARIF 2.1.0 output: valid against the official schema, and every region points at its finding."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import FIXTURES, SEEDS

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is needed to validate SARIF (pip install jsonschema)")


def sarif_of(ficlint_process, tmp_path):
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, tmp_path / seed.name)
    shutil.copy(FIXTURES / "ao3_sample.html", tmp_path / "ao3_sample.html")
    result = ficlint_process("lint", ".", "--format", "sarif")
    assert result.returncode == 1, result.stderr.decode()
    return json.loads(result.stdout)


def test_sarif_is_valid_against_the_official_schema(ficlint_process, tmp_path):
    log = sarif_of(ficlint_process, tmp_path)
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]


def test_each_result_region_is_the_flagged_text_in_the_file(ficlint_process, tmp_path):
    run = sarif_of(ficlint_process, tmp_path)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        lines = (tmp_path / location["artifactLocation"]["uri"]).read_text(encoding="utf-8").split("\n")
        assert region["startLine"] == region["endLine"]
        line = lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_and_fixes_follow_the_findings(ficlint_process, tmp_path):
    (tmp_path / "ch1.txt").write_text("Then Kaz hesistated.\n", encoding="utf-8")
    run = json.loads(ficlint_process("lint", "ch1.txt", "--format", "sarif", "--select", "ALL,SP002").stdout)["runs"][0]
    by_rule = {result["ruleId"]: result for result in run["results"]}
    assert by_rule["SP002"]["level"] == "note"
    fixed = by_rule["SP001"]
    assert fixed["level"] == "warning"
    replacement = fixed["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "hesitated"
    assert replacement["deletedRegion"] == {"startLine": 1, "startColumn": 10, "endLine": 1, "endColumn": 20}
