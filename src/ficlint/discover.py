"""Discover: turn the paths on the command line into story files, honouring excludes."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from ficlint.errors import FiclintError
from ficlint.readers import STORY_SUFFIXES

SKIPPED_FOLDERS = {"venv", "node_modules", "__pycache__"}  # and every hidden file or folder


def is_excluded(path: Path, root: Path, patterns: list[str]) -> bool:
    """Whether a path (or a folder above it) matches an exclude pattern, gitignore-style."""
    try:
        relative = path.resolve().relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    parts = relative.split("/")
    for pattern in patterns:
        folder_only = pattern.endswith("/")
        pattern = pattern.strip("/")
        prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + (not folder_only))]
        names = parts[: len(parts) - folder_only]
        if any(fnmatch.fnmatch(p, pattern) for p in prefixes) or ("/" not in pattern and any(fnmatch.fnmatch(n, pattern) for n in names)):
            return True
    return False


def discover(paths: list[str], root: Path, excludes: list[str]) -> tuple[list[Path], list[FiclintError]]:
    """Story files under the given paths, sorted within each folder; errors for bad paths."""
    files: list[Path] = []
    errors: list[FiclintError] = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            errors.append(FiclintError(name, "no such file or directory"))
        elif path.is_dir():
            found = [
                p for p in sorted(path.rglob("*"))
                if p.suffix.lower() in STORY_SUFFIXES and p.is_file()
                and not any(part in SKIPPED_FOLDERS or part.startswith(".") for part in p.relative_to(path).parts)
                and not is_excluded(p, root, excludes)
            ]
            if not found:
                errors.append(FiclintError(name, f"no story files ({', '.join(STORY_SUFFIXES)}) in this folder"))
            files += found
        elif not is_excluded(path, root, excludes):
            files.append(path)
    return files, errors
