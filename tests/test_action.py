"""The GitHub Action (action.yml): its shell steps run, in order, in a temporary story repository.

The `uses:` steps (setup-python, upload-sarif) are GitHub's own; every `run:` step is executed
as the runner would: bash, the step's env with `${{ inputs.* }}` and `${{ steps.*.outputs.* }}`
filled in, GITHUB_ACTION_PATH at this checkout, GITHUB_OUTPUT a file. The install step really
installs ficlint from the action's folder into a fresh virtual environment.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import venv

import pytest
import yaml

from tests.conftest import ROOT

EXPRESSION = re.compile(r"\$\{\{\s*(inputs\.[\w-]+|steps\.[\w-]+\.outputs\.[\w-]+)\s*\}\}")


@pytest.fixture(scope="module")
def runner_python(tmp_path_factory):
    """A fresh virtual environment, as setup-python gives the action (its pip may use the local cache)."""
    folder = tmp_path_factory.mktemp("runner") / "venv"
    venv.create(folder, with_pip=True)
    return folder / "bin"


def run_action(story, inputs: dict[str, str], bin_folder) -> tuple[list[str], int, dict]:
    """Run the action's shell steps; (the step outputs printed, the last step's exit code, outputs)."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    values = {f"inputs.{name}": spec.get("default", "") for name, spec in action["inputs"].items()}
    values.update({f"inputs.{name}": value for name, value in inputs.items()})
    printed, code, outputs = [], 0, {}
    output_file = story.parent / "github_output"
    for step in action["runs"]["steps"]:
        if "run" not in step:
            continue
        condition = step.get("if")
        if condition and not re.fullmatch(r"inputs\.(\w+) == 'true'", condition):
            pytest.fail(f"the test cannot read the condition {condition!r}")
        if condition and values[f"inputs.{condition.split('.')[1].split()[0]}"] != "true":
            continue
        output_file.write_text("", encoding="utf-8")
        env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}",
               "GITHUB_ACTION_PATH": str(ROOT), "GITHUB_OUTPUT": str(output_file)}
        env.pop("VIRTUAL_ENV", None)
        env.update({name: EXPRESSION.sub(lambda m: values[m.group(1)], str(value))
                    for name, value in step.get("env", {}).items()})
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                              cwd=story, env=env, capture_output=True, text=True)
        printed.append(done.stdout + done.stderr)
        code = done.returncode
        if code and step is not action["runs"]["steps"][-1]:
            pytest.fail(f"step {step.get('name')} failed: {done.stdout}{done.stderr}")
        for line in output_file.read_text(encoding="utf-8").splitlines():
            name, _, value = line.partition("=")
            values[f"steps.{step.get('id')}.outputs.{name}"] = value
            outputs[name] = value
    return printed, code, outputs


def test_the_action_annotates_findings_writes_sarif_and_fails_the_job(tmp_path, runner_python):
    story = tmp_path / "story"
    (story / "chapters").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=story, check=True)
    (story / ".ficlint.toml").write_text('packs = ["english"]\nselect = ["SP"]\n', encoding="utf-8")
    (story / "chapters" / "ch1.txt").write_text("Kira hesistated at the gate.\n", encoding="utf-8")
    printed, code, outputs = run_action(story, {"paths": "chapters", "sarif": "true"}, runner_python)
    assert "::warning file=chapters/ch1.txt,line=1,col=6," in printed[1]
    assert outputs["exit-code"] == "1" and code == 1
    sarif = json.loads((story / "ficlint.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "SP001"


def test_a_clean_story_passes(tmp_path, runner_python):
    story = tmp_path / "story"
    story.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=story, check=True)
    (story / ".ficlint.toml").write_text('packs = ["english"]\nselect = ["SP"]\n', encoding="utf-8")
    (story / "ch1.txt").write_text("Kira hesitated at the gate.\n", encoding="utf-8")
    printed, code, outputs = run_action(story, {}, runner_python)
    assert (outputs["exit-code"], code) == ("0", 0)
    assert not (story / "ficlint.sarif").exists()
