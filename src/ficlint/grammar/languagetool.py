"""LanguageTool backend: a server reached over HTTP (`/v2/check`).

Routes to a server: a URL (self-hosted, Docker, or the public API with an
explicit opt-in); a local install that we start and stop: one found through
LTP_PATH, one that `ficlint setup languagetool` downloads with
language-tool-python, or the jars `languagetool/install` resolves with Maven.

We speak HTTP with urllib rather than through language-tool-python's client so
that each failure (refused, timeout, HTTP error, malformed JSON) gets its own
cause and fix, timeouts are ours, and a dead local server is reported instead of
silently restarted. We start a local install ourselves too: language-tool-python
retries a server that exits on start on every port from 8081 to 8999, which
turns a broken install into minutes of waiting. language-tool-python does the
download (`ficlint setup languagetool`), with its progress bar and checksum.
"""

from __future__ import annotations

import atexit
import http.client
import json
import os
import shutil
import signal
import socket
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from . import (
    GrammarMatch,
    GrammarSettings,
    GrammarUnavailable,
    batches,
    join_batch,
    split_batch,
)

PUBLIC_HOSTS = frozenset({"api.languagetool.org", "languagetool.org", "api.languagetoolplus.com"})
SPELL_RULE_PREFIXES = ("MORFOLOGIK_RULE_", "HUNSPELL_RULE", "SPELLER_RULE")
JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
PROBE_TIMEOUT = 10.0  # seconds: `auto` falls back to Harper this soon when a server hangs
FIX_HINT = "or use --grammar harper"
START_TIMEOUT = 120.0  # seconds: a cold JVM on a busy machine loads its English rules slowly


class LanguageToolBackend:
    """A LanguageTool server at `url`; `process` is set when we started it ourselves."""

    name = "languagetool"

    def __init__(
        self,
        url: str,
        language: str = "en-US",
        disabled: tuple[str, ...] = (),
        enabled: tuple[str, ...] = (),
        picky: bool = False,
        timeout: float = 30.0,
        batch_chars: int = 18_000,
        process: subprocess.Popen | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.endpoint = self.url + ("/check" if self.url.endswith("/v2") else "/v2/check")
        self.params = {"language": language}
        if disabled:
            self.params["disabledRules"] = ",".join(disabled)
        if enabled:
            self.params["enabledRules"] = ",".join(enabled)
        if picky:
            self.params["level"] = "picky"
        self.timeout = timeout
        self.batch_chars = batch_chars
        self.process = process
        self.version = "unknown"

    def connect(self) -> LanguageToolBackend:
        """Check the server answers, and learn its version."""
        data = self._post("ficlint", first=True)
        software = data.get("software") if isinstance(data, dict) else None
        if isinstance(software, dict):
            self.version = str(software.get("version", "unknown"))
        return self

    def check(self, paragraphs: list[str]) -> list[list[GrammarMatch]]:
        results: list[list[GrammarMatch]] = []
        for group in batches(paragraphs, self.batch_chars):
            texts = [paragraphs[i] for i in group]
            text, starts = join_batch(texts)
            matches = parse_matches(self._post(text), text, self.url)
            results.extend(split_batch(matches, texts, starts))
        return results

    def close(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None

    def _post(self, text: str, first: bool = False) -> dict:
        body = urllib.parse.urlencode({**self.params, "text": text}).encode()
        request = urllib.request.Request(self.endpoint, data=body, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("Accept", "application/json")
        when = "" if first else " mid-run"
        timeout = min(self.timeout, PROBE_TIMEOUT) if first else self.timeout
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(200).decode("utf-8", "replace").strip().splitlines()
            raise GrammarUnavailable(
                f"LanguageTool at {self.url} answered HTTP {exc.code}{when}"
                f"{': ' + detail[0] if detail else ''}; check the server's log {FIX_HINT}"
            ) from None
        except (TimeoutError, socket.timeout):
            raise GrammarUnavailable(
                f"LanguageTool at {self.url} did not answer within {timeout:g} s{when}; "
                f"raise grammar timeout in config {FIX_HINT}"
            ) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise GrammarUnavailable(
                    f"LanguageTool at {self.url} did not answer within {timeout:g} s{when}; "
                    f"raise grammar timeout in config {FIX_HINT}"
                ) from None
            if self.process is not None and self.process.poll() is not None:
                cause = f"the local LanguageTool server exited with code {self.process.returncode}{when}"
            elif first:
                cause = f"cannot reach LanguageTool at {self.url} ({reason})"
            else:
                cause = f"LanguageTool at {self.url} stopped answering mid-run ({reason})"
            raise GrammarUnavailable(f"{cause}; start the server or fix the URL {FIX_HINT}") from None
        try:
            data = json.loads(raw)
        except ValueError:
            raise GrammarUnavailable(
                f"LanguageTool at {self.url} sent a malformed response (not JSON); "
                f"is the URL a LanguageTool server? {FIX_HINT}"
            ) from None
        if not isinstance(data, dict):
            raise GrammarUnavailable(malformed(self.url, "not a JSON object"))
        return data


def malformed(url: str, what: str) -> str:
    return f"LanguageTool at {url} sent a malformed response ({what}); {FIX_HINT}"


def utf16_to_codepoints(text: str) -> list[int] | None:
    """Map UTF-16 offsets to code-point offsets; None when they coincide (no astral characters).

    LanguageTool is Java: its offsets count UTF-16 code units, so an emoji counts 2.
    """
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) >= 0x10000:
            table.append(i + 1)  # the low surrogate: a match cannot start inside it
    table.append(len(text))
    return table


def parse_matches(data: dict, text: str, url: str) -> list[GrammarMatch]:
    """Turn a `/v2/check` response for `text` into matches with code-point offsets."""
    raw_matches = data.get("matches")
    if not isinstance(raw_matches, list):
        raise GrammarUnavailable(malformed(url, "no 'matches' list"))
    table = utf16_to_codepoints(text)
    limit = len(table) - 1 if table else len(text)
    out = []
    for m in raw_matches:
        try:
            offset, length = int(m["offset"]), int(m["length"])
            rule = m["rule"]
            rule_id = str(rule["id"])
            category = str(rule.get("category", {}).get("id", ""))
            message = str(m.get("message", ""))
            replacements = tuple(str(r["value"]) for r in m.get("replacements", []))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise GrammarUnavailable(malformed(url, "a match without offset, length or rule id")) from None
        if offset < 0 or length < 0 or offset + length > limit:
            raise GrammarUnavailable(malformed(url, "a match outside the text sent"))
        start, end = (table[offset], table[offset + length]) if table else (offset, offset + length)
        out.append(GrammarMatch(start, end, rule_id, category, message, replacements))
    return out


def find_local_install() -> Path | None:
    """A LanguageTool to start: a folder of its jars, newest version first.

    LTP_PATH (a folder holding unpacked `LanguageTool-*`) wins when set; then
    FICLINT_LANGUAGETOOL (a folder of jars); then the Maven installs that
    `languagetool/install` makes in the user cache (`languagetool-<version>`);
    then language-tool-python's download folder.
    """
    if os.environ.get("LTP_PATH"):
        return newest(Path(os.environ["LTP_PATH"]).glob("LanguageTool-*"))
    if os.environ.get("FICLINT_LANGUAGETOOL"):
        folder = Path(os.environ["FICLINT_LANGUAGETOOL"])
        return folder if folder.is_dir() else None
    from .cache import user_cache_folder

    return newest(user_cache_folder().glob("languagetool-*")) or newest(
        (Path.home() / ".cache" / "language_tool_python").glob("LanguageTool-*"))


def newest(folders) -> Path | None:
    found = [p for p in folders if p.is_dir()]
    return max(found, key=lambda p: [int(n) for n in re.findall(r"\d+", p.name)], default=None)


def classpath(install: Path) -> str | None:
    """The server's jar in an unpacked release, or every jar of a Maven install."""
    for name in JAR_NAMES:
        if (install / name).is_file():
            return str(install / name)
    return str(install / "*") if any(install.glob("languagetool-server-*.jar")) else None


def start_local_server(language: str = "en-US", timeout: float = START_TIMEOUT) -> tuple[str, subprocess.Popen]:
    """Start the LanguageTool found by `find_local_install` on a free loopback port; returns its URL.

    Returns once the server has checked a first sentence (it loads its English rules
    on that first check), so the run's own requests meet a warm server.
    """
    java = shutil.which("java")
    if java is None:
        raise GrammarUnavailable(
            "Java is not installed (LanguageTool needs Java 17+); install it or use --grammar harper"
        )
    install = find_local_install()
    if install is None:
        where = os.environ.get("LTP_PATH") or os.environ.get("FICLINT_LANGUAGETOOL") or "the user cache"
        raise GrammarUnavailable(
            f"LanguageTool is not installed in {where}; run `ficlint setup languagetool` "
            f"(or languagetool/install, with Maven) or point LTP_PATH at the folder holding "
            f"an unpacked LanguageTool-*, {FIX_HINT}"
        )
    jars = classpath(install)
    if jars is None:
        raise GrammarUnavailable(f"{install} has no {' or '.join(JAR_NAMES)}; reinstall LanguageTool {FIX_HINT}")
    port = free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [*die_with_parent(), java, "-cp", jars, "org.languagetool.server.HTTPServer", "-p", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    atexit.register(stop_process, process)  # even if the caller forgets to close the backend
    stop_on_sigterm()
    url = f"http://127.0.0.1:{port}"
    probe = urllib.parse.urlencode({"language": language, "text": "ficlint"}).encode()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                log.seek(0)
                err = log.read().decode("utf-8", "replace").strip().splitlines()
                raise GrammarUnavailable(
                    f"LanguageTool in {install} exited on start (code {process.returncode}"
                    f"{': ' + err[-1][:200] if err else ''}); check Java 17+ and the install {FIX_HINT}"
                )
            try:
                wait = max(0.1, deadline - time.monotonic())
                with urllib.request.urlopen(url + "/v2/check", data=probe, timeout=wait):
                    return url, process
            except (urllib.error.URLError, OSError, http.client.HTTPException):
                time.sleep(0.2)
        raise GrammarUnavailable(f"LanguageTool in {install} did not start within {timeout:g} s; check its log {FIX_HINT}")
    except BaseException:
        stop_process(process)
        raise
    finally:
        log.close()


def die_with_parent() -> list[str]:
    """On Linux, have the kernel stop the server if ficlint dies without cleaning up (SIGKILL).

    util-linux's setpriv sets that up and runs Java (a preexec_fn could deadlock while
    Harper builds in another thread). Only from the main thread: the kernel ties the
    server to the thread that started it.
    """
    setpriv = shutil.which("setpriv") if sys.platform.startswith("linux") else None
    if setpriv is None or threading.current_thread() is not threading.main_thread():
        return []
    return [setpriv, "--pdeathsig", "TERM"]


def stop_on_sigterm() -> None:
    """Turn SIGTERM into a normal exit, so `finally` blocks and atexit stop the server."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def stop_process(process: subprocess.Popen) -> None:
    """Stop a server we started: terminate, then kill if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def open_languagetool(settings: GrammarSettings) -> LanguageToolBackend:
    """Reach LanguageTool by URL, else start the local install; raises GrammarUnavailable."""
    url, process = settings.url, None
    if url:
        host = urllib.parse.urlsplit(url).hostname or ""
        if host in PUBLIC_HOSTS and not settings.allow_public_api:
            raise GrammarUnavailable(
                f"{url} is LanguageTool's public API, which sends your story to languagetool.org; "
                "set allow-public-api = true under [tool.ficlint.grammar] to allow it"
            )
    else:
        url, process = start_local_server(settings.language)
    backend = LanguageToolBackend(
        url,
        settings.language,
        settings.disabled_rules.get("languagetool", ()),
        settings.enabled_rules.get("languagetool", ()),
        settings.picky,
        settings.timeout,
        settings.batch_chars,
        process,
    )
    try:
        return backend.connect()
    except BaseException:
        backend.close()
        raise


def setup(version: str | None = None) -> Path:
    """Download LanguageTool with language-tool-python (a progress bar shows); returns its folder."""
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

    if shutil.which("java") is None:
        raise GrammarUnavailable("Java is not installed (LanguageTool needs Java 17+); install it first")
    local = LocalLanguageTool.from_version_name(version or LTP_DOWNLOAD_VERSION)
    try:
        local.download()
        return local.get_directory_path()
    except Exception as exc:  # network, checksum, disk: all end the same way for the user
        raise GrammarUnavailable(f"cannot download LanguageTool ({download_problem(exc)}); check the network, "
                                 "or with Maven run languagetool/install, or set LTP_PATH") from None


def download_problem(exc: Exception) -> str:
    """A few words on why a download failed, without the library's nested exception text."""
    import requests

    if isinstance(exc, requests.ConnectionError):
        return "no connection to the download server"
    if isinstance(exc, requests.Timeout):
        return "the download server did not answer"
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return f"the download server answered HTTP {exc.response.status_code}"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
