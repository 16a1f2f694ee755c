"""What any failure means to a person, and the fault log for the failures nobody expected.

Owns `describe(exc, places)`: one bilingual `UserError` for ANY exception, so that the command
line and the app never show a traceback; and `log_fault`, which writes the traceback of an
unexpected exception to a log file (never to the screen).

The rules, in order:
1. a `UserError` keeps its own message (its author knew the situation best);
2. a disk that is full (ENOSPC, EDQUOT, EFBIG, or SQLite's SQLITE_FULL) anywhere in the chain
   of causes gives one message naming the place and the space left;
3. another bilingual exception (one with `message_id`/`message_en`, e.g. images.PhotoError)
   keeps its message;
4. an OSError or SQLite error: a message per errno / result code, naming the file;
5. anything else: "unexpected error", with the traceback in the fault log and its path.
The log is one file in the user's log folder (platformdirs; `TENUN_CATALOG_LOG_DIR` overrides),
at most LOG_MAX_BYTES, rotated once (so at most twice that on disk), each entry cut to
ENTRY_MAX_CHARS (the end of the traceback is kept: that is where the error is).
"""

from __future__ import annotations

import errno
import os
import platform
import shutil
import sqlite3
import sys
import traceback
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..domain.errors import UserError

LOG_ENV = "TENUN_CATALOG_LOG_DIR"
LOG_NAME = "faults.log"
LOG_MAX_BYTES = 1_000_000
ENTRY_MAX_CHARS = 20_000
CHAIN_LIMIT = 16  # causes followed at most (a cycle or a very long chain stops here)

DISK_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code
)
# SQLite primary result codes (https://sqlite.org/rescode.html)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

# errno -> (Indonesian, English); {where} is the file or folder.
_OS_MESSAGES: dict[int, tuple[str, str]] = {
    errno.EACCES: (
        "Tidak ada izin untuk memakai {where}. Pilih tempat lain atau periksa izin folder itu.",
        "No permission to use {where}. Choose another place or check that folder's permissions.",
    ),
    errno.EPERM: (
        "Sistem tidak mengizinkan perubahan pada {where}.",
        "The system does not allow changing {where}.",
    ),
    errno.EISDIR: (
        "{where} adalah folder, bukan berkas. Beri nama berkas, misalnya {where}{sep}katalog.pdf.",
        "{where} is a folder, not a file. Give a file name, for example {where}{sep}katalog.pdf.",
    ),
    errno.ENOTDIR: (
        "Sebagian dari jalur {where} adalah berkas, bukan folder.",
        "Part of the path {where} is a file, not a folder.",
    ),
    errno.ENOENT: (
        "{where} tidak ada. Periksa nama berkas atau folder itu.",
        "{where} does not exist. Check the file or folder name.",
    ),
    errno.EEXIST: ("{where} sudah ada.", "{where} already exists."),
    errno.ENOTEMPTY: ("Folder {where} tidak kosong.", "The folder {where} is not empty."),
    errno.EROFS: (
        "{where} ada di disk yang hanya bisa dibaca (flashdisk dikunci?).",
        "{where} is on a read-only disk (a locked USB stick?).",
    ),
    errno.ENAMETOOLONG: (
        "Nama berkas atau jalur terlalu panjang: {where}.",
        "The file name or path is too long: {where}.",
    ),
    errno.EIO: (
        "Disk gagal membaca atau menulis {where}: disk atau flashdisk mungkin rusak atau tercabut.",
        "The disk failed to read or write {where}: the disk or USB stick may be failing or "
        "was removed.",
    ),
    errno.EMFILE: (
        "Terlalu banyak berkas terbuka. Tutup program lain lalu coba lagi.",
        "Too many open files. Close other programs and try again.",
    ),
}


def describe(exc: BaseException, places: Sequence[Path | None] = ()) -> UserError:
    """The one message a person sees for `exc`; `places` are the folders this action writes
    to (the library, the output), used to say WHERE when the error does not name a file."""
    if isinstance(exc, UserError):
        return exc
    full = _disk_full_cause(exc)
    if full is not None:
        too_big = isinstance(full, OSError) and full.errno == errno.EFBIG
        return disk_full(_where(full, places), too_big=too_big)
    if _bilingual(exc):
        return UserError(exc.message_id, exc.message_en)  # type: ignore[attr-defined]
    for cause in _chain(exc):
        if isinstance(cause, OSError):
            return os_error(cause, places)
        if isinstance(cause, sqlite3.Error):
            return sqlite_error(cause, places)
    if isinstance(exc, MemoryError):
        return UserError(
            "Memori komputer tidak cukup untuk pekerjaan ini. Tutup program lain atau pilih "
            "lebih sedikit produk, lalu coba lagi.",
            "Not enough computer memory for this work. Close other programs or choose fewer "
            "products, then try again.",
        )
    return unexpected(exc, log_fault(exc))


def disk_full(where: Path | None, *, too_big: bool = False) -> UserError:
    """The disk holding `where` is full; `too_big` (EFBIG): or the file is larger than that
    disk allows, so the space left, likely plenty, is not shown."""
    free = "" if too_big else _free_space(where)
    place_id = f" di {where}" if where else ""
    place_en = f" in {where}" if where else ""
    left_id = f" (sisa {free.replace('.', ',')})" if free else ""
    left_en = f" ({free} free)" if free else ""
    big_id = " atau berkasnya lebih besar dari yang dibolehkan disk itu" if too_big else ""
    big_en = " or the file is larger than that disk allows" if too_big else ""
    return UserError(
        f"Disk penuh: tidak ada ruang untuk menulis{place_id}{left_id}{big_id}. Kosongkan ruang "
        "disk atau pilih tempat lain, lalu coba lagi.",
        f"The disk is full: no room to write{place_en}{left_en}{big_en}. Free some disk space "
        "or choose another place, then try again.",
    )


def os_error(exc: OSError, places: Sequence[Path | None] = ()) -> UserError:
    where = _where(exc, places)
    words = _OS_MESSAGES.get(exc.errno or 0)
    if words is None:
        reason = exc.strerror or type(exc).__name__
        at_id = f" pada {where}" if where else ""
        at_en = f" with {where}" if where else ""
        return UserError(f"Galat sistem berkas{at_id}: {reason}.", f"File error{at_en}: {reason}.")
    shown = str(where) if where else "?"
    return UserError(
        words[0].format(where=shown, sep=os.sep), words[1].format(where=shown, sep=os.sep)
    )


def sqlite_error(exc: sqlite3.Error, places: Sequence[Path | None] = ()) -> UserError:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    where = next((Path(p) for p in places if p is not None), None)
    at_id = f" di {where}" if where else ""
    at_en = f" at {where}" if where else ""
    if code == _SQLITE_IOERR and where is not None and _free_bytes(where) < 1_000_000:
        return disk_full(where)  # a short write on a full disk may come back as an I/O error
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return UserError(
            f"Pustaka{at_id} sedang dipakai program lain (aplikasi masih terbuka?). Coba lagi "
            "sebentar lagi.",
            f"The library{at_en} is in use by another program (is the app open?). Try again "
            "in a moment.",
        )
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return UserError(
            f"Pustaka{at_id} tidak bisa ditulis (hanya-baca atau tanpa izin).",
            f"The library{at_en} cannot be written (read-only or no permission).",
        )
    if code == _SQLITE_IOERR:
        return UserError(
            f"Disk gagal membaca atau menulis pustaka{at_id}: disk mungkin penuh, rusak atau "
            "tercabut. Pustaka tidak diubah.",
            f"The disk failed to read or write the library{at_en}: it may be full, failing or "
            "removed. The library was not changed.",
        )
    return UserError(
        f"Basis data pustaka bermasalah: {exc}", f"The library database has a problem: {exc}"
    )


def unexpected(exc: BaseException, log: Path | None) -> UserError:
    name = type(exc).__name__
    if log is None:
        return UserError(
            f"Kesalahan tak terduga ({name}); catatan detailnya pun tidak bisa ditulis.",
            f"Unexpected error ({name}); its details could not be written to a log either.",
        )
    return UserError(
        f"Kesalahan tak terduga ({name}). Detailnya tertulis di {log}; kirimkan berkas itu "
        "kepada pembuat aplikasi.",
        f"Unexpected error ({name}). The details were written to {log}; please send that "
        "file to the makers of the app.",
    )


def log_dir() -> Path:
    if os.environ.get(LOG_ENV):
        return Path(os.environ[LOG_ENV]).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir("tenun-catalog", appauthor=False))


def log_fault(exc: BaseException, context: str = "") -> Path | None:
    """Append the traceback of `exc` to the fault log; its path, or None when it cannot be
    written (a full disk, no permission): logging never raises."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        text = "".join(traceback.format_exception(exc))
        if len(text) > ENTRY_MAX_CHARS:
            text = "[...]\n" + text[-ENTRY_MAX_CHARS:]
        head = (
            f"=== {datetime.now().isoformat(timespec='seconds')} tenun-catalog {__version__} "
            f"Python {platform.python_version()} {sys.platform} {context[:500]}\n"
        )
        with open(path, "a", encoding="utf-8", errors="replace") as log:
            log.write(head + text + "\n")
        return path
    except Exception:  # noqa: BLE001 - the log is a courtesy; the message is still shown
        return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and its causes (explicit, then implicit even when `from None` hid it)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < CHAIN_LIMIT:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _disk_full_cause(exc: BaseException) -> BaseException | None:
    for cause in _chain(exc):
        if isinstance(cause, OSError) and cause.errno in DISK_FULL_ERRNOS:
            return cause
        if (
            isinstance(cause, sqlite3.Error)
            and (getattr(cause, "sqlite_errorcode", 0) or 0) & 0xFF == _SQLITE_FULL
        ):
            return cause
    return None


def _bilingual(exc: BaseException) -> bool:
    return isinstance(getattr(exc, "message_id", None), str) and isinstance(
        getattr(exc, "message_en", None), str
    )


def _where(exc: BaseException, places: Sequence[Path | None]) -> Path | None:
    """The file the error names, else the place among `places` with the least free space."""
    if isinstance(exc, OSError):
        # a copy or a rename names (source, target): the target is where it did not fit
        two_named = DISK_FULL_ERRNOS | {errno.EISDIR, errno.EEXIST}
        named = exc.filename2 if exc.errno in two_named else None
        named = named or exc.filename
        if isinstance(named, (str, bytes, os.PathLike)) and not isinstance(named, bytes):
            return Path(named)
    candidates = [Path(p) for p in places if p is not None]
    if not candidates:
        return None
    return min(candidates, key=_free_bytes)


def _existing(path: Path) -> Path | None:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None


def _free_bytes(path: Path) -> int:
    existing = _existing(Path(path))
    try:
        return shutil.disk_usage(existing).free if existing else 1 << 62
    except OSError:
        return 1 << 62


def _free_space(path: Path | None) -> str:
    if path is None or _existing(path) is None:
        return ""
    free = _free_bytes(path)
    if free >= 1 << 62:
        return ""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if free >= size:
            return f"{free / size:.1f} {unit}".replace(".0 ", " ")
    return f"{free} B"
