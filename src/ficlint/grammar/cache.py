"""Per-paragraph cache of grammar matches: one small JSON file per paragraph.

The key hashes the paragraph text with the backend, its version and its settings,
so an edit, an upgrade or a config change misses the cache. A file that cannot be
read back as a list of matches is deleted and the paragraph re-checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from . import GrammarMatch


class ParagraphCache:
    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self.hits = 0
        self.discarded = 0

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{self.fingerprint}\0{text}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, text: str) -> list[GrammarMatch] | None:
        path = self._path(self.key(text))
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            matches = [_decode(item, len(text)) for item in json.loads(raw)]
        except (ValueError, TypeError, KeyError):
            self.discarded += 1
            path.unlink(missing_ok=True)
            return None
        self.hits += 1
        return matches

    def put(self, text: str, matches: list[GrammarMatch]) -> None:
        """Write atomically; a cache that cannot be written is skipped, not an error."""
        path = self._path(self.key(text))
        data = json.dumps(
            [[m.start, m.end, m.rule_id, m.category, m.message, list(m.replacements)] for m in matches]
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError:
            pass


def _decode(item: list, length: int) -> GrammarMatch:
    start, end, rule_id, category, message, replacements = item
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length):
        raise ValueError("span outside the paragraph")
    if not all(isinstance(s, str) for s in [rule_id, category, message, *replacements]):
        raise TypeError("not a string")
    return GrammarMatch(start, end, rule_id, category, message, tuple(replacements))
