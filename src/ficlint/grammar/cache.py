"""Per-paragraph cache of grammar matches: one small JSON file per paragraph.

The key hashes the paragraph text with the backend, its version and its settings,
so an edit, an upgrade or a config change misses the cache.

The cache lives beside the config (`.ficlint-cache/grammar/`) or, with no config, in
the user cache folder, and a story repository is untrusted: a cache may be committed
or planted in it. So every entry is signed (HMAC-SHA256) with a secret of this machine
kept in the user cache folder: its file name is a keyed hash of the paragraph, its
content carries a signature, and an entry that fails either check (planted, copied
from another machine, edited, corrupt) is deleted and the paragraph re-checked.
A folder the cache creates gets a `.gitignore` holding `*`; a symbolic link where
the cache's folders should be turns the cache off instead of redirecting writes; the
cache is kept under MAX_BYTES by deleting the oldest entries.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
import tempfile
from pathlib import Path

import platformdirs

from . import GrammarMatch

FOLDER = ".ficlint-cache"
MAX_BYTES = 64 * 2**20
SECRET_BYTES = 32


def user_cache_folder() -> Path:
    """Where ficlint keeps its own files: ~/.cache/ficlint, ~/Library/Caches/ficlint, %LOCALAPPDATA%."""
    return Path(platformdirs.user_cache_dir("ficlint", appauthor=False))


def cache_folder(config) -> Path:
    """`.ficlint-cache/grammar` beside the config, or `grammar` in the user cache folder when there is none."""
    return (config.root / FOLDER if config.path else user_cache_folder()) / "grammar"


def machine_secret(folder: Path | None = None) -> bytes:
    """This machine's signing secret (created on first use, readable by its owner only); OSError if none."""
    folder = folder or user_cache_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "secret"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(os.urandom(SECRET_BYTES))
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(descriptor, "rb") as stream:
        secret = stream.read(SECRET_BYTES + 1)
    if len(secret) != SECRET_BYTES:
        raise OSError(f"{path} is not a ficlint secret")
    return secret


def _real_folder(path: Path, gitignore: bool = False) -> None:
    """Make path a folder of ours: created if missing (with a `.gitignore` of `*`), never a link."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        path.mkdir(mode=0o700)
        if gitignore:
            (path / ".gitignore").write_text("*\n", encoding="utf-8")
        return
    if not stat.S_ISDIR(info.st_mode):
        raise OSError(f"{path} is a symbolic link or a file, not a folder")


class ParagraphCache:
    def __init__(self, folder: Path, fingerprint: str, secret: bytes) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self.secret = secret
        self.hits = 0
        self.discarded = 0
        self.written = 0

    @classmethod
    def open(cls, folder: Path, fingerprint: str) -> tuple[ParagraphCache | None, str | None]:
        """The cache in folder, or None and why it is off (a link in the way, no secret)."""
        try:
            secret = machine_secret()
            if folder.parent.name == FOLDER:
                _real_folder(folder.parent, gitignore=True)
            else:
                folder.parent.mkdir(parents=True, exist_ok=True)
            _real_folder(folder)
        except OSError as error:
            return None, f"grammar cache off: {error}"
        return cls(folder, fingerprint, secret), None

    def key(self, text: str) -> str:
        return hmac.new(self.secret, f"{self.fingerprint}\0{text}".encode("utf-8", "surrogatepass"),
                        hashlib.sha256).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def _signature(self, key: str, body: str) -> str:
        return hmac.new(self.secret, f"{key}\0{body}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()

    def get(self, text: str) -> list[GrammarMatch] | None:
        key = self.key(text)
        path = self._path(key)
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return None
        try:
            with os.fdopen(descriptor, "rb") as stream:
                raw = stream.read(1 << 20)
            entry = json.loads(raw)
            body = json.dumps(entry["matches"])
            if not hmac.compare_digest(str(entry["signature"]), self._signature(key, body)):
                raise ValueError("signature does not match")
            matches = [_decode(item, len(text)) for item in entry["matches"]]
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            self.discarded += 1
            path.unlink(missing_ok=True)
            return None
        self.hits += 1
        return matches

    def put(self, text: str, matches: list[GrammarMatch]) -> None:
        """Write atomically; a cache that cannot be written is skipped, not an error."""
        key = self.key(text)
        path = self._path(key)
        body = json.dumps([[m.start, m.end, m.rule_id, m.category, m.message, list(m.replacements)] for m in matches])
        data = json.dumps({"matches": json.loads(body), "signature": self._signature(key, body)})
        try:
            _real_folder(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as handle:
                handle.write(data)
            os.replace(tmp, path)
            self.written += 1
        except OSError:
            pass
        finally:
            Path(tmp).unlink(missing_ok=True)

    def prune(self, limit: int = MAX_BYTES) -> None:
        """When the cache holds more than limit bytes, delete the oldest entries down to three quarters of it."""
        entries = []
        for sub in self.folder.iterdir():
            if sub.is_dir() and not sub.is_symlink():
                for entry in os.scandir(sub):
                    try:
                        if entry.is_file(follow_symlinks=False):
                            info = entry.stat(follow_symlinks=False)
                            entries.append((info.st_mtime, info.st_size, entry.path))
                    except OSError:
                        continue  # another run renamed or pruned it in the meantime (pre-commit runs hooks side by side)
        total = sum(size for _, size, _ in entries)
        if total <= limit:
            return
        for _, size, path in sorted(entries):
            if total <= limit * 3 // 4:
                break
            Path(path).unlink(missing_ok=True)
            total -= size


def _decode(item: list, length: int) -> GrammarMatch:
    start, end, rule_id, category, message, replacements = item
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length):
        raise ValueError("span outside the paragraph")
    if not all(isinstance(s, str) for s in [rule_id, category, message, *replacements]):
        raise TypeError("not a string")
    return GrammarMatch(start, end, rule_id, category, message, tuple(replacements))


def _record_path(kind: str, content: bytes) -> tuple[Path, bytes] | None:
    try:
        secret = machine_secret()
    except OSError:
        return None
    from ficlint import __version__

    name = hmac.new(secret, f"{kind}\0{__version__}\0".encode() + content, hashlib.sha256).hexdigest()
    return user_cache_folder() / "checked" / kind / name[:40], secret


def checked_record(kind: str, content: bytes):
    """What `record_checked` kept about a data file of this very content (checked by this ficlint), or None.

    The record's name is a keyed hash of the content and its body is signed, so a record planted or
    edited by anyone without this machine's secret is not believed.
    """
    found = _record_path(kind, content)
    if found is None:
        return None
    path, secret = found
    try:
        signature, body = path.read_text(encoding="utf-8").split("\n", 1)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not hmac.compare_digest(signature, hmac.new(secret, body.encode("utf-8"), hashlib.sha256).hexdigest()):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def record_checked(kind: str, content: bytes, data) -> None:
    """Remember (signed, as JSON) that a data file of this content passed its checks, and what was worked out."""
    found = _record_path(kind, content)
    if found is None:
        return
    path, secret = found
    body = json.dumps(data, ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as stream:
            stream.write(hmac.new(secret, body.encode("utf-8"), hashlib.sha256).hexdigest() + "\n" + body)
        os.replace(stream.name, path)
    except OSError:
        pass  # no record: the file is checked again next time
