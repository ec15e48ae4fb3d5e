"""Time: no input, pack or server holds the run. Each run below is a process with a CPU-time
limit far above what a linear pass needs (a few seconds for 1 MB): a quadratic pass takes hours
on these inputs and is killed, so the test fails; nothing here compares wall-clock times."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest

from conftest import add_pack

CPU_LIMIT = 60  # seconds of CPU per run; the figures are in bench/README.md (about 5 s at most)
MB = 1_000_000
SCRIPT = "var x = '<div>' + 1; if (a < b && c > d) { e(\"</p>\"); }\n"
INPUTS = {
    "letter.txt": "a" * MB,
    "spaces.txt": " " * MB,
    "tabs.txt": "\t" * MB,
    "markup.md": "<i>" * (MB // 3),
    "tags.html": "<i>" * (MB // 3),
    "nested.html": "<div>" * 100_000 + "Rukia waited." + "</div>" * 100_000,
    "backticks.md": "`" * MB,
    "ao3.html": ("<html><head><title>Chapter 1</title></head><body><div id=chapters><p>Rukia waited.</p></div>"
                 f"<script>{SCRIPT * (MB // len(SCRIPT))}</script></body></html>"),
}


def limited():
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT))


def run_ficlint(folder, *args):
    return subprocess.run([sys.executable, "-m", "ficlint", *args], cwd=folder, capture_output=True, text=True,
                          preexec_fn=limited, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_a_megabyte_of_pathological_input_is_read_and_linted_in_linear_time(project, name):
    (project / name).write_text(INPUTS[name], encoding="utf-8")
    run = run_ficlint(project, "lint", "--grammar", "off", name)
    assert run.returncode in (0, 1), run.stderr  # killed by the CPU limit: -24 (SIGXCPU)
    assert "warning: rule" not in run.stderr  # no shipped rule needed its budget either


def test_a_backtracking_rule_is_stopped_and_skipped_with_a_warning(project):
    add_pack(project, "  - code: EV001\n    name: evil\n    type: existence\n    message: 'evil {match}'\n"
                      "    tokens: ['(a|aa)+$']\n    nonword: true\n")
    (project / "chapters" / "ch2.txt").write_text("a" * 40 + "!\n", encoding="utf-8")
    run = run_ficlint(project, "lint", "--grammar", "off", "chapters")
    assert run.returncode == 1
    assert "warning: rule EV001" in run.stderr and "stopped and skipped" in run.stderr
    assert "chapters/ch1.txt:1:7: SP001" in run.stdout  # the other rules and files went on


def test_a_variant_that_backtracks_on_its_canonical_spelling_is_a_pack_error(ficlint, project):
    add_pack(project, "  - code: EV002\n    name: evil\n    type: consistency\n    message: '{match}'\n"
                      f"    variants: ['(a|aa)+$', 'b']\n    canonical: '{'a' * 40}!'\n")
    run = ficlint("lint", "chapters", cwd=project)
    assert run.exit_code == 2 and "rule EV002: key 'variants'" in run.stderr and "backtracks" in run.stderr


def test_a_message_with_a_format_width_is_a_pack_error_not_6_gb(ficlint, project):
    add_pack(project, "  - code: EV003\n    name: wide\n    type: existence\n    message: '{match:>300000000}'\n"
                      "    tokens: [door]\n")
    run = ficlint("lint", "chapters", cwd=project)
    assert run.exit_code == 2 and "'{match:>300000000}' is not a field" in run.stderr


def test_the_deadline_stops_the_whole_run_with_exit_2(project):
    run = run_ficlint(project, "lint", "--deadline", "0.01", "chapters")
    assert run.returncode == 2 and "error: deadline of 0.01 s reached: stopped" in run.stderr
    assert "Traceback" not in run.stderr
