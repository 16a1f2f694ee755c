"""Atomic writing for every output: a file or folder appears whole, or not at all.

A file is written to a temporary name beside its target (same folder, so the same file system),
flushed to disk (fsync) and renamed onto the target; a folder is built beside its target and
swapped in. A cancel, an error or a killed process leaves the previous file as it was and at most
a `.part` leftover whose name says what it is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path


def temp_beside(target: Path) -> Path:
    """A fresh temporary name next to `target` (hidden, ends in .part)."""
    target = Path(target)
    return target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.part"


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(temp: Path, target: Path) -> Path:
    """Move a finished temporary file onto `target`, durably."""
    _fsync(temp)
    os.replace(temp, target)
    _fsync_folder(Path(target).parent)
    return Path(target)


@contextlib.contextmanager
def writing(target: Path) -> Iterator[Path]:
    """`with writing(out) as temp:` write `temp`; on success it becomes `out`, else it is gone."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_beside(target)
    try:
        yield temp
        commit(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def new_folder_beside(target: Path) -> Path:
    """An empty working folder next to `target`, to build a folder output in."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    # mkdtemp makes it private (0700); the finished folder is an ordinary one (a web catalog's
    # folder must be readable by the web server it is copied to)
    work.chmod(0o777 & ~_umask())
    return work


def _umask() -> int:
    """The process umask, read without changing it (os.umask would, for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def swap_folder(work: Path, target: Path) -> None:
    """Move the finished folder `work` onto `target`; the old one is removed only after."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    try:
        work.rename(target)
    except OSError:
        if old is not None:
            old.rename(target)
        raise
    _fsync_folder(target.parent)
    if old is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(old)
