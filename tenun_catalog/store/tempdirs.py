"""Temporary folders and files of backup and restore, named so that leftovers can be found.

Owns the naming `.tenun-tmp-<pid>-<host tag>-<random>` and the cleanup of stale ones. A process
killed during a backup or a restore (kill -9, power cut) leaves such a folder, holding a full
copy of the database; the next library open removes it when it is ours and stale:
- made on this host by a process that no longer runs (POSIX: the pid is checked), or
- older than STALE_AFTER_S whatever the host (pids are reused; Windows has no safe check).
Nothing that does not match the naming exactly is ever touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import socket
import time
from pathlib import Path

PREFIX = ".tenun-tmp-"
STALE_AFTER_S = 24 * 3600.0
MAX_SCANNED = 10_000
"""At most this many entries of a folder are looked at per cleanup (bounded work on open)."""

_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
_NAME = re.compile(re.escape(PREFIX) + r"(\d{1,10})-([0-9a-f]{8})-[0-9a-z]{6,32}(\.[a-z.]+)?")


def new_name(suffix: str = "") -> str:
    """A fresh name for a temp folder or file of this process (suffix like '.zip.part')."""
    return f"{PREFIX}{os.getpid()}-{_HOST}-{secrets.token_hex(6)}{suffix}"


def make_dir(parent: Path) -> Path:
    path = Path(parent) / new_name()
    path.mkdir(mode=0o700)
    return path


def remove(path: Path) -> None:
    """Remove a temp folder or file of ours; errors are ignored (cleaned on a later open)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def clean_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the stale temp folders/files of ours directly inside `folder`; return them."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = os.scandir(folder)
    except OSError:
        return removed
    with entries:
        for count, entry in enumerate(entries):
            if count >= MAX_SCANNED:
                break
            match = _NAME.fullmatch(entry.name)
            if match is None:
                continue
            try:
                age = now - entry.stat(follow_symlinks=False).st_mtime
            except OSError:
                continue
            pid, host = int(match.group(1)), match.group(2)
            dead = host == _HOST and not _pid_alive(pid)
            if dead or age > STALE_AFTER_S:
                remove(Path(entry.path))
                removed.append(Path(entry.path))
    return removed


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill(pid, 0) would terminate the process on Windows: age rule only
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, owned by someone else
        return True
    return True
