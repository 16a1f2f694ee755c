"""Names of stored files, proved before any path is built from them.

Owns the one rule for a name that comes from the database (photos.filename, permits.scan_filename)
or from a backup archive: it must be `<sha256 hex>.<ext>` exactly as images/ingest.py writes it,
and the resolved path must lie inside the library's photos/ folder. `stored_file` is the only way
outputs turn such a name into a path, so a restored or hand-edited database naming
`../../etc/passwd` is refused with a message instead of being copied into an export.

Also owns the cheap content check of a stored photo's first bytes (magic numbers per extension),
used where Pillow is not available (store/ sits beside images/, not above it).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..domain.errors import UserError

# Same pattern as images/derivatives.py `_FILENAME_RE` (a test keeps the two equal).
STORED_NAME = re.compile(r"([0-9a-f]{64})\.(jpg|png|webp|tif|bmp|gif)")
# A permit scan may also be a PDF (images/scans.py); it never gets derivatives.
SCAN_NAME = re.compile(r"([0-9a-f]{64})\.pdf")

_MAGIC: dict[str, tuple[bytes, ...]] = {
    "jpg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "tif": (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"),
    "gif": (b"GIF87a", b"GIF89a"),
    "bmp": (b"BM",),
    "pdf": (b"%PDF-",),
}
MAGIC_BYTES = 12
"""How many leading bytes `content_matches` needs (WebP: RIFF....WEBP)."""


def _match(name: str) -> re.Match[str] | None:
    return STORED_NAME.fullmatch(name) or SCAN_NAME.fullmatch(name)


def is_stored_name(name: object) -> bool:
    """`<sha256>.<ext>` of a photo, or `<sha256>.pdf` of a permit scan."""
    return isinstance(name, str) and _match(name) is not None


def sha_of(name: str) -> str:
    """The SHA-256 hex named by a stored name (call is_stored_name first)."""
    match = _match(name)
    if match is None:
        raise ValueError(f"not a stored name: {name!r}")
    return match.group(1)


def content_matches(name: str, head: bytes) -> bool:
    """True when the first bytes of a file are those of the format its extension names."""
    ext = name.rsplit(".", 1)[-1]
    if ext == "webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    return head.startswith(_MAGIC.get(ext, (b"\0invalid",)))


def stored_file(photos_dir: Path, name: str) -> Path:
    """The path of a stored original or permit scan, proven to be inside `photos_dir`.

    Raises UserError when `name` is not `<sha256>.<ext>` or its resolved path (after any
    symlink) leaves photos_dir. The file need not exist.
    """
    shown = repr(name)[:120]  # a hostile name can be long or hold control characters
    if not is_stored_name(name):
        raise UserError(
            f"Nama berkas tersimpan {shown} tidak sah (harus <sha256>.<ekstensi>); "
            "berkas itu tidak dipakai.",
            f"The stored file name {shown} is not valid (it must be <sha256>.<extension>); "
            "the file is not used.",
        )
    folder = Path(photos_dir).resolve()
    path = folder / name
    if path.resolve().parent != folder:
        raise UserError(
            f"Berkas tersimpan {shown} menunjuk ke luar folder photos/ pustaka; tidak dipakai.",
            f"The stored file {shown} points outside the library's photos/ folder; not used.",
        )
    return path
