"""Permit scans: a PDF, JPEG or PNG file kept in the library's photos/ folder by content.

Owns `store_scan` and its limits. A PDF is stored as it is (`<sha256>.pdf`, never opened or
rendered by us: it is only copied into submission packages) after two cheap checks: it starts
with `%PDF-` and its last 1,024 bytes hold `%%EOF` (a file cut off while copying fails this).
A JPEG or PNG goes through the photo ingest (`store_original`: full decode, pixel limit), so a
scan photographed with a phone is checked like any photo. Anything else is refused before a
byte is written.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..domain.errors import UserError
from ._files import atomic_write, present
from .ingest import store_original

MAX_SCAN_BYTES = 50 * 1024 * 1024  # a scanned certificate of a few pages is well under 10 MB
PDF_MAGIC = b"%PDF-"
PDF_TAIL = 1024  # where %%EOF must appear (some writers add a few bytes after it)
_PHOTO_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")


def _refused(src: Path, why_id: str, why_en: str) -> UserError:
    return UserError(
        f"Berkas {src.name} tidak bisa dipakai sebagai pindaian izin: {why_id}. Pilih berkas "
        "PDF, JPEG atau PNG.",
        f"The file {src.name} cannot be used as a permit scan: {why_en}. Choose a PDF, JPEG "
        "or PNG file.",
        field="scan_filename",
    )


def _read(src: Path) -> bytes:
    try:
        mode = os.stat(src).st_mode
        if not stat.S_ISREG(mode):
            raise _refused(src, "bukan berkas biasa", "it is not a regular file")
        with src.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_SCAN_BYTES:
                limit = MAX_SCAN_BYTES >> 20
                raise _refused(
                    src,
                    f"terlalu besar ({size >> 20} MB; batasnya {limit} MB)",
                    f"it is too large ({size >> 20} MB; the limit is {limit} MB)",
                )
            return handle.read(MAX_SCAN_BYTES + 1)
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        raise _refused(
            src, f"tidak bisa dibaca ({detail})", f"it cannot be read ({detail})"
        ) from None


def store_scan(src: Path, photos_dir: Path) -> str:
    """Check `src` and keep it in photos_dir; returns the stored name (`<sha256>.<ext>`).

    Raises UserError (a PhotoError for a damaged JPEG/PNG) and writes nothing on refusal.
    """
    src = Path(src)
    data = _read(src)
    if not data:
        raise _refused(src, "berkasnya kosong", "the file is empty")
    if len(data) > MAX_SCAN_BYTES:  # grew while we read it
        raise _refused(src, "terlalu besar", "it is too large")
    if data.startswith(_PHOTO_MAGIC):
        return store_original(src, photos_dir).filename
    if not data.startswith(PDF_MAGIC):
        raise _refused(src, "bukan PDF, JPEG atau PNG", "it is not a PDF, JPEG or PNG")
    if b"%%EOF" not in data[-PDF_TAIL:]:
        raise _refused(
            src, "PDF-nya terpotong atau rusak", "the PDF is cut off or damaged (no %%EOF)"
        )
    target = Path(photos_dir) / f"{hashlib.sha256(data).hexdigest()}.pdf"
    if not present(target, len(data)):
        atomic_write(target, data, durable=True, source=src)
    return target.name
