"""Files of an untrusted story repository: what may be read, and how.

Only regular files are read (a FIFO, a device or a socket is an error, never a wait),
at most MAX_BYTES each, and a file reached through a symbolic link only when the link
stays inside the project root. A file is written by `replace_file`: a temporary file
beside it, renamed over it, so an interrupted run leaves the old file whole.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from ficlint.errors import FiclintError

TEMP_SUFFIX = ".ficlint-tmp"
STALE_SECONDS = 600  # a temporary file this old was left by a killed run (writing one takes milliseconds)
MAX_BYTES = 32 * 1024 * 1024  # a 5-million-word story is 30 MB; nothing a story needs is larger
KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
         (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def inside(path: str | Path, root: str | Path) -> bool:
    """Whether path, with every symbolic link resolved, lies in root (itself resolved)."""
    real, top = os.path.realpath(path), os.path.realpath(root)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def check_inside(path: str | Path, root: str | Path, where: str | None = None) -> None:
    """A FiclintError unless path stays inside root once links are followed."""
    if not inside(path, root):
        raise FiclintError(where or str(path), f"leads outside the project ({os.path.realpath(root)}) "
                                               f"through a symbolic link: not used")


def read_bytes(path: str | Path, where: str | None = None, limit: int = MAX_BYTES) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file and its stat; anything else is a one-line FiclintError.

    The file is opened without blocking and checked on the open descriptor, so a FIFO
    swapped in after a check cannot stall the run; at most limit bytes are read.
    """
    where = where or str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise FiclintError(where, "no such file or directory") from None
    except OSError as error:  # a socket cannot be opened at all
        try:
            _check_regular(os.stat(path), where)
        except OSError:
            pass
        raise FiclintError(where, f"cannot read: {error.strerror or error}") from None
    try:
        info = os.fstat(descriptor)
        _check_regular(info, where)
        if info.st_size > limit:
            raise FiclintError(where, f"is {info.st_size / 2**20:.1f} MB, over the {limit / 2**20:.0f} MB limit: not read")
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(descriptor, True)
        chunks, size = [], 0
        while chunk := os.read(descriptor, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise FiclintError(where, f"grew over the {limit / 2**20:.0f} MB limit while being read: not read")
        return b"".join(chunks), info
    except OSError as error:
        raise FiclintError(where, f"cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)


def _check_regular(info: os.stat_result, where: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise FiclintError(where, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in KINDS if test(info.st_mode)), "not a regular file")
        raise FiclintError(where, f"is {kind}, not a regular file: not read")


def read_text(path: str | Path, what: str, root: str | Path | None = None, limit: int = MAX_BYTES) -> str:
    """A UTF-8 text file the project names (config, word list, rule pack), inside root if given."""
    if root is not None:
        check_inside(path, root)
    try:
        data, _ = read_bytes(path, limit=limit)
    except FiclintError as error:
        raise FiclintError(str(path), f"cannot read {what}: {error.problem}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FiclintError(str(path), f"cannot read {what}: invalid UTF-8 at byte {error.start}") from None


def replace_file(target: Path, data: bytes, info: os.stat_result | None = None) -> None:
    """Write data to a hidden temporary file beside target, fsync, then rename it over target.

    The new file gets the mode of info, the old file's stat (as root, its owner too, set
    first: a change of owner clears the setuid and setgid bits); a mode that cannot be
    kept is an OSError and target is left as it was. Stale temporary files of a killed
    run beside target are removed first.
    """
    remove_stale(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if info is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        else:
            mode = stat.S_IMODE(info.st_mode)
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                os.chown(temporary, info.st_uid, info.st_gid)
        os.chmod(temporary, mode)
        if stat.S_IMODE(os.stat(temporary).st_mode) != mode:
            raise OSError(f"its mode {mode:o} (setuid or setgid) cannot be kept")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def remove_stale(target: Path) -> None:
    """Remove the temporary files a killed run left beside target (never a link or a folder)."""
    now = time.time()
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(f".{target.name}.") and entry.name.endswith(TEMP_SUFFIX):
            try:
                if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS:
                    os.unlink(entry.path)
            except OSError:
                pass


def _sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a crash (where the OS allows it)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
