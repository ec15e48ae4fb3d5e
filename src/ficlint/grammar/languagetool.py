"""LanguageTool backend: a server reached over HTTP (`/v2/check`).

Three routes to a server: a URL (self-hosted, Docker, or the public API with an
explicit opt-in), a local install found through LTP_PATH that we start and stop,
and `ficlint setup languagetool`, which downloads one with language-tool-python.

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
import socket
import re
import subprocess
import tempfile
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
    """The newest `LanguageTool-*` folder under LTP_PATH (or language-tool-python's cache)."""
    folder = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    if not folder.is_dir():
        return None
    found = [p for p in folder.glob("LanguageTool-*") if p.is_dir()]
    return max(found, key=lambda p: [int(n) for n in re.findall(r"\d+", p.name)], default=None)


def start_local_server(timeout: float = 60.0) -> tuple[str, subprocess.Popen]:
    """Start the LanguageTool found by `find_local_install` on a free port; returns its URL."""
    java = shutil.which("java")
    if java is None:
        raise GrammarUnavailable(
            "Java is not installed (LanguageTool needs Java 17+); install it or use --grammar harper"
        )
    install = find_local_install()
    if install is None:
        where = os.environ.get("LTP_PATH") or "~/.cache/language_tool_python"
        raise GrammarUnavailable(
            f"LanguageTool is not installed in {where}; run `ficlint setup languagetool` "
            f"or point LTP_PATH at the folder holding an unpacked LanguageTool-*, {FIX_HINT}"
        )
    jars = [install / name for name in JAR_NAMES if (install / name).is_file()]
    if not jars:
        raise GrammarUnavailable(f"{install} has no {' or '.join(JAR_NAMES)}; reinstall LanguageTool {FIX_HINT}")
    port = free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [java, "-cp", str(jars[0]), "org.languagetool.server.HTTPServer", "-p", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    atexit.register(stop_process, process)  # even if the caller forgets to close the backend
    url = f"http://127.0.0.1:{port}"
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
                with urllib.request.urlopen(url + "/v2/healthcheck", timeout=2):
                    return url, process
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise GrammarUnavailable(f"LanguageTool in {install} did not start within {timeout:g} s; check its log {FIX_HINT}")
    except BaseException:
        stop_process(process)
        raise
    finally:
        log.close()


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
                "set allow_public_api = true under [tool.ficlint.grammar] to allow it"
            )
    else:
        url, process = start_local_server()
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
        raise GrammarUnavailable(f"downloading LanguageTool failed ({exc}); check the network, or set LTP_PATH") from None
