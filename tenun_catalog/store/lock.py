"""The library's lock file: every open library holds it shared, a restore holds it exclusive.

Owns `.tenun-lock` in the library folder. A restore replaces catalog.sqlite3 with another file;
a process that still had the old file open would go on writing into the replaced file and lose
those writes without a word. So `open_library` takes a shared lock for as long as the Library is
open, and a restore takes it exclusively: it refuses while any other process (or another Library
in this one) has the library open, and an open during a restore waits briefly, then refuses.

POSIX only (fcntl.flock, released by the OS when a process dies, so a killed process never
leaves the library locked). On Windows there is no shared/exclusive flock; there the OS itself
refuses to replace a database file that another process has open, and a restore reports that.
A filesystem without locks (some network shares) is used without one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".tenun-lock"
OPEN_WAIT_S = 5.0
"""How long an open waits for a running restore before it refuses."""
_POLL_S = 0.05


@dataclass
class LibraryLock:
    fd: int | None

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = None


def in_use_error(root: Path) -> UserError:
    return UserError(
        f"Pustaka {root} sedang dipakai proses lain (aplikasi, perintah lain, atau pemulihan). "
        "Tutup dulu yang lain itu, lalu coba lagi; pustaka tidak diubah.",
        f"The library {root} is in use by another process (the app, another command, or a "
        "restore). Close that first and try again; the library was not changed.",
    )


def shared(root: Path, wait_s: float | None = None) -> LibraryLock:
    """Hold the library open (shared with other readers and writers); UserError when a restore
    keeps it longer than `wait_s` (default OPEN_WAIT_S)."""
    wait = OPEN_WAIT_S if wait_s is None else wait_s
    return _take(Path(root), exclusive=False, wait_s=wait)


def exclusive(root: Path) -> LibraryLock:
    """Hold the library alone (a restore); UserError at once when anyone else has it open."""
    return _take(Path(root), exclusive=True, wait_s=0.0)


def _take(root: Path, *, exclusive: bool, wait_s: float) -> LibraryLock:
    if fcntl is None:
        return LibraryLock(None)
    try:
        fd = os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return LibraryLock(None)  # read-only folder: nobody can write it either
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fd, mode)
            return LibraryLock(fd)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                os.close(fd)  # ENOLCK / EOPNOTSUPP: no locks on this filesystem
                return LibraryLock(None)
            if time.monotonic() >= deadline:
                os.close(fd)
                raise in_use_error(root) from None
            time.sleep(_POLL_S)
