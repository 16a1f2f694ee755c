"""Reading a backup ZIP that may be hostile: its entry list, limits, and bounded extraction.

Owns what an archive may hold and how much of it is read. The limits fit real libraries
(50,000 photos of up to 1 GiB each, a 2 GiB database) and stop a zip bomb before it fills a
disk: every limit on sizes is checked on the declared size first and again on the bytes
actually read (reading stops at the limit). Photo entries must be `photos/<sha256>.<ext>`,
start with the bytes of that image format, and hash to their name; any other entry under
photos/ refuses the whole archive. Entries outside photos/ other than the manifest and the
database are never extracted.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from . import safe_paths
from .library import DB_NAME as DB_ENTRY

MANIFEST = "tenun-catalog-backup.json"
PHOTO_FOLDER = "photos/"

MAX_ENTRIES = 50_100
"""Entries of any kind in one archive (50,000 photos, the database, the manifest, folders)."""
MAX_PHOTOS = 50_000
MAX_PHOTO_BYTES = 1 << 30
"""One photo: 1 GiB, the largest original images/ accepts (a 120 MP 16-bit TIFF is ~720 MB),
so every library this program made can be restored."""
MAX_DB_BYTES = 2 << 30
MAX_MANIFEST_BYTES = 64 << 10
MAX_TOTAL_BYTES = 256 << 30
"""All entries together, uncompressed (50,000 photos of 5 MB is 250 GB)."""
MAX_RATIO = 200
"""Uncompressed / compressed size of one entry larger than RATIO_FREE_BYTES. `backup` stores
photos as they are (ratio 1); a database of 5,000 near-identical products deflates 40x (measured);
a zip bomb of zeros deflates about 1000x. With 200, a 1 MB archive unpacks to 200 MB at most, and
the free-space check bounds the whole."""
RATIO_FREE_BYTES = 1 << 20
_CHUNK = 1 << 20
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    struct.error,
    OSError,
)


@dataclass(frozen=True)
class Plan:
    """The entries a restore will read, all checked against the limits."""

    db: zipfile.ZipInfo
    photos: list[zipfile.ZipInfo]
    manifest: dict


def damaged(archive: str, detail: str | tuple[str, str]) -> UserError:
    """`detail` is language-neutral text (a name, a number) or (Indonesian, English)."""
    detail_id, detail_en = (detail, detail) if isinstance(detail, str) else detail
    return UserError(
        f"Cadangan {archive} ditolak: {detail_id[:300]}. Pustaka tidak diubah.",
        f"The backup {archive} was refused: {detail_en[:300]}. The library was not changed.",
    )


def write_failed(where: Path, exc: BaseException) -> UserError:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    full = getattr(exc, "errno", None) in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    hint_id = "disk penuh" if full else "disk mungkin penuh atau tidak bisa ditulis"
    hint_en = "the disk is full" if full else "the disk may be full or not writable"
    return UserError(
        f"Tidak bisa menulis ke {where} ({reason}; {hint_id}). Pemulihan dibatalkan; "
        "pustaka tidak diubah.",
        f"Could not write to {where} ({reason}; {hint_en}). The restore was cancelled; "
        "the library was not changed.",
    )


def open_archive(path: Path) -> zipfile.ZipFile:
    """Open the ZIP after checking, from its end record, that the entry count is bounded."""
    name = path.name
    try:
        declared = _declared_entries(path)
        if declared is not None and declared > MAX_ENTRIES:
            raise damaged(
                name,
                (
                    f"{declared} entri (batas {MAX_ENTRIES})",
                    f"{declared} entries (limit {MAX_ENTRIES})",
                ),
            )
        return zipfile.ZipFile(path)
    except UserError:
        raise
    except _READ_ERRORS as exc:
        raise UserError(
            f"{name} bukan berkas cadangan yang bisa dibaca ({exc}); pustaka tidak diubah.",
            f"{name} is not a readable backup file ({exc}); the library was not changed.",
        ) from None


def plan(zf: zipfile.ZipFile, archive: str) -> Plan:
    """Check every entry's name, size, method and ratio; read the manifest."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise damaged(
            archive,
            (
                f"{len(infos)} entri (batas {MAX_ENTRIES})",
                f"{len(infos)} entries (limit {MAX_ENTRIES})",
            ),
        )
    seen: set[str] = set()
    photos: list[zipfile.ZipInfo] = []
    db = manifest = None
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise damaged(archive, (f"{name!r} dua kali", f"{name!r} twice"))
        seen.add(name)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise damaged(
                archive,
                (f"isi > {MAX_TOTAL_BYTES >> 30} GiB", f"content > {MAX_TOTAL_BYTES >> 30} GiB"),
            )
        if name == PHOTO_FOLDER:
            continue
        if name.startswith(PHOTO_FOLDER):
            stored = name[len(PHOTO_FOLDER) :]
            if not safe_paths.is_stored_name(stored):
                raise damaged(
                    archive,
                    (f"{name!r} bukan nama foto tersimpan", f"{name!r} is not a stored photo name"),
                )
            _check_entry(info, MAX_PHOTO_BYTES, archive)
            photos.append(info)
        elif name == DB_ENTRY:
            _check_entry(info, MAX_DB_BYTES, archive)
            db = info
        elif name == MANIFEST:
            _check_entry(info, MAX_MANIFEST_BYTES, archive)
            manifest = info
    if db is None or manifest is None:
        raise UserError(
            f"{archive} bukan cadangan Tenun Catalog (tidak ada {DB_ENTRY} dan {MANIFEST}); "
            "pustaka tidak diubah.",
            f"{archive} is not a Tenun Catalog backup (no {DB_ENTRY} and {MANIFEST}); "
            "the library was not changed.",
        )
    if len(photos) > MAX_PHOTOS:
        raise damaged(
            archive,
            (
                f"{len(photos)} foto (batas {MAX_PHOTOS})",
                f"{len(photos)} photos (limit {MAX_PHOTOS})",
            ),
        )
    return Plan(db, photos, _read_manifest(zf, manifest, archive))


def _check_entry(info: zipfile.ZipInfo, limit: int, archive: str) -> None:
    name = info.filename
    if info.flag_bits & 0x1:
        raise damaged(archive, (f"{name!r} terenkripsi", f"{name!r} is encrypted"))
    if info.compress_type not in _METHODS:
        raise damaged(
            archive,
            (
                f"{name!r}: metode kompresi {info.compress_type}",
                f"{name!r}: compression method {info.compress_type}",
            ),
        )
    if info.file_size > limit:
        raise damaged(archive, f"{name!r}: {_size(info.file_size)} > {_size(limit)}")
    if info.file_size > RATIO_FREE_BYTES and info.file_size > MAX_RATIO * info.compress_size:
        raise damaged(
            archive,
            (
                f"{name!r}: rasio kompresi > {MAX_RATIO}",
                f"{name!r}: compression ratio > {MAX_RATIO}",
            ),
        )


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MiB" if n >= 1 << 20 else f"{n / 1024:.1f} KiB"


def _read_manifest(zf: zipfile.ZipFile, info: zipfile.ZipInfo, archive: str) -> dict:
    with reading(archive, info.filename):
        with zf.open(info) as src:
            data = src.read(MAX_MANIFEST_BYTES + 1)
    try:
        manifest = json.loads(data[:MAX_MANIFEST_BYTES].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != 1:
        raise damaged(archive, (f"{MANIFEST} tidak sah", f"{MANIFEST} is not valid"))
    return manifest


@contextmanager
def reading(archive: str, entry: str) -> Iterator[None]:
    """Turn any failure to read an entry (bad CRC, bad deflate data, truncation) into one
    UserError; write failures are raised by `extract` itself."""
    try:
        yield
    except UserError:
        raise
    except _READ_ERRORS as exc:
        raise damaged(
            archive, (f"{entry!r} tidak utuh ({exc})", f"{entry!r} is damaged ({exc})")
        ) from None


def extract(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, limit: int, archive: str
) -> str:
    """Copy one entry to `dest` (a new file), reading at most `limit` bytes; returns its SHA-256.

    Photo entries must also start with the magic bytes of their extension and hash to their
    name. On any failure `dest` is removed and UserError raised.
    """
    name = info.filename
    stored = name[len(PHOTO_FOLDER) :] if name.startswith(PHOTO_FOLDER) else None
    digest = hashlib.sha256()
    size = 0
    try:
        with reading(archive, name), zf.open(info) as src, _create(dest) as dst:
            while chunk := src.read(_CHUNK):
                if size == 0 and stored and not safe_paths.content_matches(stored, chunk):
                    raise damaged(
                        archive,
                        (
                            f"{name!r} bukan gambar sesuai jenisnya",
                            f"{name!r} is not an image of its type",
                        ),
                    )
                size += len(chunk)
                if size > limit or size > info.file_size:
                    raise damaged(
                        archive,
                        (
                            f"{name!r} lebih besar dari yang tertulis",
                            f"{name!r} is larger than it says",
                        ),
                    )
                digest.update(chunk)
                _write(dst, chunk, dest)
            _sync(dst, dest)
        if stored and digest.hexdigest() != safe_paths.sha_of(stored):
            raise damaged(
                archive,
                (
                    f"{name!r}: SHA-256 tidak cocok dengan namanya",
                    f"{name!r}: SHA-256 does not match its name",
                ),
            )
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return digest.hexdigest()


@contextmanager
def _create(dest: Path) -> Iterator[int]:
    try:
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    except OSError as exc:
        raise write_failed(dest.parent, exc) from None
    try:
        yield fd
    finally:
        os.close(fd)


def _write(fd: int, chunk: bytes, dest: Path) -> None:
    view = memoryview(chunk)
    try:
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise write_failed(dest.parent, exc) from None


def _sync(fd: int, dest: Path) -> None:
    try:
        os.fsync(fd)
    except OSError as exc:
        raise write_failed(dest.parent, exc) from None


def _declared_entries(path: Path) -> int | None:
    """The entry count in the ZIP's end record (ZIP64 aware); None when it is not found."""
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        tail_len = min(size, 22 + 0xFFFF)
        fh.seek(size - tail_len)
        tail = fh.read(tail_len)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at + 22 > len(tail):
            return None
        entries = struct.unpack("<H", tail[at + 10 : at + 12])[0]
        if entries != 0xFFFF or at < 20 or tail[at - 20 : at - 16] != b"PK\x06\x07":
            return entries
        offset = struct.unpack("<Q", tail[at - 12 : at - 4])[0]
        fh.seek(offset)
        record = fh.read(56)
        if len(record) < 56 or record[:4] != b"PK\x06\x06":
            return None
        return struct.unpack("<Q", record[32:40])[0]
