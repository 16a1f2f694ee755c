"""Atomic file writes for the photo library and its derivative cache.

Owns the write protocol: bytes go to a hidden temporary file in the target folder, are
flushed (and fsync'ed for originals), then `os.replace`d onto the final name, so a reader,
a concurrent writer or a killed process never sees half a file. Also reads source files
(refusing non-photos from their first bytes, mapping OS errors to PhotoError) and removes
temporary files left by killed writers.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

from ._decode import sniff_format
from .errors import PhotoError, os_detail, photo_error

TEMP_PREFIX = ".tmp-"
MAX_FILE_BYTES = 1 << 30
"""Largest photo file accepted (1 GiB: a 120 MP 16-bit TIFF is about 720 MB)."""


def read_source(path: Path) -> bytes:
    """All bytes of a source photo, after a look at its first bytes.

    The head is sniffed before the rest is read, so a video or a disk image chosen by
    mistake is refused without loading it. Raises PhotoError 'unreadable', 'empty',
    'not_image', 'unsupported', or 'too_large' for files over MAX_FILE_BYTES.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):  # a folder, or a pipe/device that could block forever
            words = ("itu sebuah folder", "it is a folder") if stat.S_ISDIR(mode) else None
            words = words or ("bukan berkas biasa", "not a regular file")
            raise photo_error("unreadable", path, detail=words)
        with Path(path).open("rb") as handle:
            head = handle.read(4096)
            sniff_format(head, path)
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise photo_error("too_large", path, detail=f"{size / 2**30:.1f} GB")
            return head + handle.read()
    except OSError as error:
        raise photo_error("unreadable", path, detail=os_detail(error)) from None


def present(path: Path, size: int | None = None) -> bool:
    """True when `path` is a non-empty regular file (of exactly `size` bytes if given)."""
    try:
        st = path.stat()
    except OSError:
        return False
    return st.st_size > 0 and (size is None or st.st_size == size)


def atomic_write(target: Path, data: bytes, *, durable: bool, source: Path) -> None:
    """Write `data` to `target` via temp file + os.replace. Raises PhotoError 'write_failed'.

    `durable` also fsyncs the file (and on POSIX its folder) so the new name survives a
    power cut. `source` is the user's file the data came from, named in the error message.
    """
    tmp_name: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=TEMP_PREFIX, suffix=target.suffix + ".part"
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        _replace(tmp_name, target)
        tmp_name = None
        if durable:
            _fsync_dir(target.parent)
    except PhotoError:
        raise
    except OSError as error:
        raise photo_error("write_failed", source, detail=os_detail(error)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _replace(tmp_name: str, target: Path) -> None:
    try:
        os.replace(tmp_name, target)
    except PermissionError:
        # Windows refuses to replace a file another process has open. The content is
        # addressed by hash, so an existing complete file is as good as ours.
        if not present(target):
            raise


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temp_files(folder: Path, older_than_s: float = 3600.0) -> int:
    """Delete temp files left by killed writers under `folder`; returns how many."""
    removed = 0
    cutoff = time.time() - older_than_s
    if not Path(folder).is_dir():
        return 0
    for candidate in Path(folder).rglob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if candidate.is_file() and candidate.stat().st_mtime < cutoff:
                candidate.unlink()
                removed += 1
    return removed
