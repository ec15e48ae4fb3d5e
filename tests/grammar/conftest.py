"""A stand-in LanguageTool server: answers POST /v2/check with the documented JSON.

Like the real (Java) server it counts offsets in UTF-16 code units, and it flags
"teh" (rule EN_TEH, category TYPOS), "alot" (ALOT, GRAMMAR) and the "then" of
"more then" (MORE_THEN, CONFUSED_WORDS).
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

RULES = {
    "teh": ("EN_TEH", "TYPOS", "Possible typo: did you mean 'the'?", ["the"]),
    "alot": ("ALOT", "GRAMMAR", "Did you mean 'a lot'?", ["a lot"]),
    "then": ("MORE_THEN", "CONFUSED_WORDS", "Did you mean 'than'?", ["than"]),
}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_response(text: str) -> dict:
    matches = []
    for m in re.finditer(r"\b(teh|alot)\b|(?<=more )then\b", text):
        rule_id, category, message, replacements = RULES[m.group()]
        offset, length = utf16_len(text[: m.start()]), utf16_len(m.group())
        matches.append({
            "message": message,
            "shortMessage": "",
            "replacements": [{"value": r} for r in replacements],
            "offset": offset,
            "length": length,
            "context": {"text": text[max(0, m.start() - 20): m.end() + 20], "offset": min(20, m.start()), "length": length},
            "sentence": text,
            "type": {"typeName": "Other"},
            "rule": {"id": rule_id, "description": message, "issueType": "grammar",
                     "category": {"id": category, "name": category.title()}},
        })
    return {
        "software": {"name": "LanguageTool", "version": "6.4-test", "buildDate": "2024-03-28", "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": "English (US)", "code": "en-US",
                     "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.9}},
        "matches": matches,
    }


class FakeLanguageTool:
    """Run with `mode`: "ok", "slow", "error500", "garbage", or "die-after" (answers `answers` requests)."""

    def __init__(self, mode: str = "ok", answers: int = 1, delay: float = 0.0) -> None:
        self.mode, self.answers, self.delay = mode, answers, delay
        self.requests: list[dict[str, str]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                form = {k: v[0] for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items()}
                fake.requests.append(form)
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if fake.mode == "die-after" and len(fake.requests) > fake.answers:
                    threading.Thread(target=fake.stop).start()
                    self.connection.close()
                    return
                if fake.mode == "error500":
                    self._send(500, b"Error: Internal Server Error: java.lang.OutOfMemoryError")
                elif fake.mode == "garbage":
                    self._send(200, b"<html>Welcome to nginx!</html>")
                else:
                    self._send(200, json.dumps(check_response(form.get("text", ""))).encode())

            def _send(self, status: int, data: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def texts(self) -> list[str]:
        return [r["text"] for r in self.requests]


@pytest.fixture
def fake_lt():
    """Start a FakeLanguageTool: `fake_lt(mode=..., ...)`; all are stopped after the test."""
    started = []

    def start(**kwargs) -> FakeLanguageTool:
        fake = FakeLanguageTool(**kwargs)
        fake.thread.start()
        started.append(fake)
        return fake

    yield start
    for fake in started:
        fake.stop()


@pytest.fixture
def refused_url():
    """A local URL nothing listens on."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
