"""The real LanguageTool, resolved from Maven Central by `languagetool/install`.

.ci/run installs it and sets FICLINT_TEST_LANGUAGETOOL to its folder: there these tests fail
when it is missing instead of skipping. Elsewhere they run when the install is in the user cache.
The stand-in server of conftest.py covers the failure modes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pytest

from ficlint.checks.grammar import HARPER_RULES, LT_RULES
from ficlint.grammar.cache import user_cache_folder
from ficlint.grammar.languagetool import classpath, newest, start_local_server, stop_process
from tests.conftest import ROOT, findings_for

REQUIRED = os.environ.get("FICLINT_TEST_LANGUAGETOOL")
INSTALL = Path(REQUIRED) if REQUIRED else newest(user_cache_folder().glob("languagetool-*"))  # before tests move the cache


def need_install() -> Path:
    if INSTALL is None or not INSTALL.is_dir() or classpath(INSTALL) is None:
        if REQUIRED:
            pytest.fail(f"FICLINT_TEST_LANGUAGETOOL={REQUIRED} holds no LanguageTool; run languagetool/install")
        pytest.skip("LanguageTool is not installed (languagetool/install)")
    return INSTALL


@pytest.fixture(scope="module")
def live_url():
    """One real server for the module, started the way `ficlint lint` starts a local install."""
    install = need_install()
    with mock.patch.dict(os.environ, {"FICLINT_LANGUAGETOOL": str(install), "LTP_PATH": ""}):
        url, process = start_local_server()
    yield url
    stop_process(process)


def lint(ficlint, tmp_path, url, text: str | bytes, grammar: str = "languagetool"):
    story = tmp_path / "ch1.txt"
    story.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return ficlint("lint", "--format", "json", "--select", "GR", "--grammar", grammar, "--languagetool-url", url,
                   "ch1.txt")


def test_real_errors_land_on_their_words_after_emoji_and_crlf(ficlint, tmp_path, live_url):
    line = "After the fight 😀 they where late 😀😀, and she kept loosing her voice."
    text = f"Renji grinned 😀 at her.\r\n\r\n{line}\r\n"
    run = lint(ficlint, tmp_path, live_url, text.encode("utf-8"))
    found = {f["rule_id"]: f for f in findings_for(run, "GR")}
    assert "grammar: languagetool 6." in run.stderr
    assert set(found) == {"WERE_WHERE", "LOOSE_LOSE"}
    where, loosing = found["WERE_WHERE"], found["LOOSE_LOSE"]
    assert (where["line"], where["column"], where["text"]) == (3, line.index("where") + 1, "where")
    assert (loosing["line"], loosing["column"], loosing["text"]) == (3, line.index("loosing") + 1, "loosing")
    assert where["code"] == LT_RULES["WERE_WHERE"].code == "GR5897" and where["backend"] == "languagetool"
    assert where["message"].endswith("[WERE_WHERE]") and where["suggestions"] == ["were"]
    assert where["fix"]["edits"][0]["replacement"] == "were"


def test_fiction_traps_stay_quiet(ficlint, tmp_path, live_url):
    text = (
        "Everything she had had was gone. It was long after that that Momo spoke at all.\n\n"
        "\"I'll walk you two home,\" Renji said. \"Don' be scared, ya hear? I'z gonna help ya, ne?\"\n\n"
        "A hell butterfly drifted past the gate, and all of the lanterns went out.\n"
    )
    run = lint(ficlint, tmp_path, live_url, text)
    assert findings_for(run, "GR") == [] and "grammar: languagetool" in run.stderr


def test_a_name_ending_in_s_and_fictions_ellipses_stay_quiet(ficlint, tmp_path, live_url):
    text = ("Goten waved at Trunks across the yard. Trunks was already at the gate. The sky was grey, "
            "and it was sure to rain before noon.\n\nShe waited...A shadow moved by the wall.\n")
    assert findings_for(lint(ficlint, tmp_path, live_url, text), "GR") == []
    run = lint(ficlint, tmp_path, live_url, "The boys was already at the gate.\n")
    assert [f["rule_id"] for f in findings_for(run, "GR")] == ["AGREEMENT_SENT_START"]


def test_languagetool_spelling_passes_through_the_glossary(ficlint, tmp_path, live_url):
    (tmp_path / ".ficlint.toml").write_text(
        '[grammar]\nenabled-rules = { languagetool = ["MORFOLOGIK_RULE_EN_US"] }\n', encoding="utf-8")
    run = ficlint("lint", "--format", "json", "--grammar", "languagetool", "--languagetool-url", live_url,
                  "-", "--stdin-filename", "ch1.txt",
                  input="Rukia walked to the Seireitei with Momo, but the gaurds were asleep.\n")
    spelling = [f for f in run.json() if f["code"] == "GR4757" or "GR4757" in f.get("also", [])]
    assert [f["text"] for f in spelling] == ["gaurds"]


def test_both_backends_give_one_finding_per_error(ficlint, tmp_path, live_url):
    text = "They where late again.\n\nHe could of won the fight.\n\nShe kept loosing her voice.\n"
    run = lint(ficlint, tmp_path, live_url, text, "auto")  # a URL given: auto runs both
    found = [(f["line"], f["code"], f.get("also", [])) for f in findings_for(run, "GR")]
    assert found == [
        (1, HARPER_RULES["WereWhere"].code, [LT_RULES["WERE_WHERE"].code]),
        (3, HARPER_RULES["ModalOf"].code, [LT_RULES["MODAL_OF"].code]),
        (5, LT_RULES["LOOSE_LOSE"].code, []),  # Harper misses it: the union of both
    ]
    assert "grammar: harper 0.2.0 + languagetool 6." in run.stderr


# A real `ficlint` process starting the install itself: no server may outlive it.

def java_children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and "java" in (stat.parent / "comm").read_text():
            found.append(int(stat.parent.name))
    return found


def gone(pid: int, within: float = 15.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return True
        except OSError:
            return True
        time.sleep(0.1)
    return False


def start_ficlint(tmp_path: Path) -> tuple[subprocess.Popen, int]:
    """`ficlint lint --grammar languagetool` as a process; returns it and its server's pid."""
    install = need_install()
    (tmp_path / "ch1.txt").write_text("Rukia smiled at the snow, and they where late.\n", encoding="utf-8")
    env = {**os.environ, "FICLINT_LANGUAGETOOL": str(install), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT / "src")}
    env.pop("LTP_PATH", None)
    process = subprocess.Popen([sys.executable, "-m", "ficlint", "lint", "--select", "GR", "--grammar", "languagetool",
                                "ch1.txt"],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        servers = java_children(process.pid)
        if servers:
            return process, servers[0]
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"ficlint started no server: {process.communicate()[1].decode()[-500:]}")


def test_a_finished_run_leaves_no_server(tmp_path):
    process, server = start_ficlint(tmp_path)
    out, err = process.communicate(timeout=180)
    assert process.returncode == 1 and b"GR5897" in out, err.decode()[-500:]
    assert gone(server)


@pytest.mark.parametrize("how, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGKILL, -9)])
def test_a_stopped_run_leaves_no_server(tmp_path, how, code):
    """SIGTERM and Ctrl-C stop the server on the way out; if ficlint is killed, the kernel stops it."""
    if how == signal.SIGKILL and shutil.which("setpriv") is None:
        pytest.skip("the kernel stops the server only where util-linux's setpriv is installed")
    process, server = start_ficlint(tmp_path)
    time.sleep(1.5)  # the server is loading its rules
    process.send_signal(how)
    process.communicate(timeout=60)
    assert process.returncode == code
    assert gone(server)
