"""Discover: turn the paths on the command line into story files, honouring excludes.

The project root is the config's folder; a path given outside it is a root of its own.
A symbolic link is followed only while it stays inside its root, a file with several
hard links is read only when named on the command line, a folder that cannot be
listed is an error, and a file named twice (or by a link too) is linted once.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from ficlint.errors import FiclintError
from ficlint.files import inside
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


def root_of(path: Path, project: Path) -> Path:
    """The root a given path must stay in: the project when the path as written lies in it (links
    not followed), else the path itself, which the user chose by naming it."""
    written, top = os.path.abspath(path), os.path.realpath(project)
    if written == top or written.startswith(top.rstrip(os.sep) + os.sep):
        return project
    return Path(os.path.realpath(path))


def discover(paths: list[str], root: Path, excludes: list[str], skip: set[str] = frozenset()) -> tuple[list[Path], list[FiclintError]]:
    """Story files under the given paths, sorted within each folder; errors for bad paths.

    Files whose real path is in skip (the config and word lists) are never prose: left out even when named.
    """
    files: list[Path] = []
    errors: list[FiclintError] = []
    seen: set[tuple[int, int]] = set()

    def add(path: Path, top: Path, named: bool) -> None:
        try:
            if not inside(path, top):
                raise FiclintError(str(path), f"is a symbolic link to {os.path.realpath(path)}, outside the project "
                                              f"({os.path.realpath(top)}): not read")
            info = os.stat(path)
            if not named and info.st_nlink > 1 and not os.path.isdir(path):
                raise FiclintError(str(path), f"has {info.st_nlink} hard links, and another may lie outside the "
                                              "project: not read (name it on the command line to lint it)")
        except OSError as error:
            errors.append(FiclintError(str(path), f"cannot read: {error.strerror}"))
            return
        except FiclintError as error:
            errors.append(error)
            return
        if os.path.realpath(path) in skip:
            return
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            files.append(path)

    for name in paths:
        path = Path(name)
        top = root_of(path, root)
        if not os.path.lexists(path):
            errors.append(FiclintError(name, "no such file or directory"))
        elif os.path.isdir(path) and inside(path, top):
            before = len(errors)
            found = walk(path, top, excludes, root, errors)
            if not found and len(errors) == before:
                errors.append(FiclintError(name, f"no story files ({', '.join(STORY_SUFFIXES)}) in this folder"))
            for file in found:
                add(file, top, named=False)
        elif not is_excluded(path, root, excludes):
            add(path, top, named=True)
    return files, errors


def walk(folder: Path, top: Path, excludes: list[str], root: Path, errors: list[FiclintError]) -> list[Path]:
    """Story files under folder, sorted by path; links that leave top and unreadable folders are errors."""
    found: list[Path] = []
    visited = {os.path.realpath(folder)}

    def unreadable(error: OSError) -> None:
        errors.append(FiclintError(str(error.filename), f"cannot read folder: {error.strerror}"))

    for current, folders, names in os.walk(folder, onerror=unreadable, followlinks=True):
        kept = []
        for name in sorted(folders):
            child = Path(current, name)
            if name in SKIPPED_FOLDERS or name.startswith(".") or is_excluded(child, root, excludes):
                continue
            if not inside(child, top):
                errors.append(FiclintError(str(child), f"is a symbolic link to {os.path.realpath(child)}, outside "
                                                       f"the project ({os.path.realpath(top)}): not followed"))
            elif os.path.realpath(child) not in visited:
                visited.add(os.path.realpath(child))
                kept.append(name)
        folders[:] = kept
        found += [Path(current, name) for name in names
                  if Path(name).suffix.lower() in STORY_SUFFIXES and not name.startswith((".", "~$"))  # ~$: Word's lock file
                  and not is_excluded(Path(current, name), root, excludes)]
    return sorted(found)
