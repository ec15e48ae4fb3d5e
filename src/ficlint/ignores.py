"""Per-file ignores written into the project's config (the `i` answer of `ficlint lint -i`).

The config is edited as text, so the author's comments and layout stay; the result
is parsed again and written only if it says exactly what it said before plus the
new ignore. A `per-file-ignores` written as an inline table is left for the author.
"""

from __future__ import annotations

import json
import os
import re
try:
    import tomllib  # novermin: the fallback below serves 3.10
except ImportError:  # Python 3.10: the same parser, published as tomli
    import tomli as tomllib
from pathlib import Path

from ficlint.config import Config
from ficlint.errors import FiclintError
from ficlint.files import replace_file

KEY_RE = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


def ignore_pattern(config: Config, path: str) -> str:
    """The per-file-ignores pattern for a story: its path relative to the project root."""
    try:
        return Path(path).resolve().relative_to(config.root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def add_per_file_ignore(config: Config, pattern: str, code: str) -> Path:
    """Add code to per-file-ignores[pattern] in the config file (created if there is none)."""
    path = config.path or config.root / ".ficlint.toml"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    in_pyproject = path.name == "pyproject.toml"
    before = tomllib.loads(text)
    table = before.get("tool", {}).get("ficlint", {}) if in_pyproject else before
    codes = list(table.get("per-file-ignores", {}).get(pattern, []))
    if code in codes:
        return path
    codes.append(code)
    header = "tool.ficlint.per-file-ignores" if in_pyproject else "per-file-ignores"
    updated = set_key(text, header, pattern, codes)
    table.setdefault("per-file-ignores", {})[pattern] = codes
    try:
        after = tomllib.loads(updated)
    except tomllib.TOMLDecodeError:
        after = None
    if after != before:
        raise FiclintError(str(path), f"cannot add the ignore safely; add `{json.dumps(pattern)} = "
                                      f"{json.dumps(codes)}` under [{header}] by hand")
    replace_file(path, updated.encode("utf-8"), os.stat(path) if path.is_file() else None)
    config.per_file_ignores[pattern] = codes
    return path


def set_key(text: str, header: str, key: str, codes: list[str]) -> str:
    """Set `key = codes` in the [header] table of TOML text, adding the table if missing."""
    line = f"{json.dumps(key, ensure_ascii=False)} = {json.dumps(codes)}"
    lines = text.splitlines(keepends=True)
    start = next((i for i, value in enumerate(lines) if _header(value) == header), None)
    if start is None:
        separator = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{separator}{chr(10) if text else ''}[{header}]\n{line}\n"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    for index in range(start + 1, end):
        if _key(lines[index]) == key:
            lines[index] = line + "\n"
            return "".join(lines)
    lines.insert(start + 1, line + "\n")
    return "".join(lines)


def _header(line: str) -> str | None:
    """The dotted name of a `[table]` header line, quotes and spaces removed."""
    match = re.fullmatch(r"\s*\[([^\[\]]+)\]\s*(?:#.*)?", line.rstrip("\r\n"))
    return re.sub(r"""\s|["']""", "", match.group(1)) if match else None


def _key(line: str) -> str | None:
    """The key of a `key = value` line, as TOML reads it."""
    match = KEY_RE.match(line)
    if not match:
        return None
    try:
        return next(iter(tomllib.loads(f"{match.group(1)} = 0")))
    except tomllib.TOMLDecodeError:
        return None
