"""Ingest of original photos into the library's content-addressed `photos/` folder.

Owns `StoredPhoto`, validation (`check_image`), storing (`store_original`), the header-only
size query (`image_size`) and `import_one`, the per-photo step of a batch import (validate,
store and make the thumbnail from ONE reduced-size decode).

Originals are named `<sha256 of the original bytes>.<ext>`, written atomically (temp file in
photos/ + os.replace, fsync'ed) and never rewritten: the same bytes imported twice are stored
once. Every refusal is one PhotoError raised before anything is written, so a bad input
leaves photos/ and the cache exactly as they were.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ._decode import EXTENSIONS, MAX_PIXELS, Decoded, decode, open_header, sniff_format
from ._files import atomic_write, present, read_source
from .derivatives import THUMB_PX, derivative_path, render_jpeg, split_filename
from .errors import PhotoError, os_detail, photo_error

__all__ = [
    "MAX_PIXELS",
    "StoredPhoto",
    "check_image",
    "image_size",
    "import_one",
    "store_original",
]


@dataclass(frozen=True)
class StoredPhoto:
    """An original kept in photos/ (upright size, i.e. after EXIF orientation)."""

    sha256: str  # hex digest of the original file bytes
    filename: str  # name inside photos/: f"{sha256}.{ext}"
    width: int
    height: int
    format: str  # 'JPEG', 'PNG', 'WEBP', 'TIFF', 'BMP' or 'GIF'
    byte_size: int
    original_name: str  # the source file's name
    already_present: bool  # True when photos/<filename> existed before this call


def check_image(src: Path) -> tuple[str, int, int]:
    """Fully validate a photo file: (format, upright width, upright height).

    Raises PhotoError: 'empty', 'not_image', 'unsupported', 'truncated', 'too_large',
    'unreadable'. Decodes the whole file (at 1/8 scale for JPEG) with truncated images
    refused even when WeasyPrint has switched Pillow to tolerate them.
    """
    src = Path(src)
    decoded = decode(read_source(src), src)
    width, height = decoded.upright_size
    return decoded.format, width, height


def store_original(src: Path, photos_dir: Path) -> StoredPhoto:
    """Validate `src` and copy it into photos_dir as `<sha256>.<ext>`.

    Same bytes already stored: no decode, no write, `already_present=True`.
    Raises PhotoError (see check_image, plus 'write_failed'); nothing is left on error.
    """
    src = Path(src)
    data = read_source(src)
    target, sha = _target(data, src, Path(photos_dir))
    if present(target, len(data)):
        return _stored(open_header(data, src), sha, target, src, len(data), True)
    decoded = decode(data, src)
    atomic_write(target, data, durable=True, source=src)
    return _stored(decoded, sha, target, src, len(data), False)


def image_size(photos_dir: Path, filename: str) -> tuple[int, int]:
    """Upright (width, height) of a stored original, from its header only.

    Raises ValueError for a name that is not `<sha256>.<ext>`, PhotoError if unreadable.
    """
    split_filename(filename)
    path = Path(photos_dir) / filename
    try:
        with path.open("rb") as handle:
            head = handle.read(1 << 20)  # EXIF lives in the first 64 KB of a JPEG
            header = _open_header_growing(head, handle, path)
    except OSError as error:
        raise photo_error("unreadable", path, detail=os_detail(error)) from None
    return header.upright_size


def _open_header_growing(head: bytes, handle: BinaryIO, path: Path) -> Decoded:
    """Parse a header from the first MB; read the whole file only if that is not enough."""
    try:
        return open_header(head, path)
    except PhotoError as error:
        if error.code != "truncated":
            raise
    return open_header(head + handle.read(), path)


def import_one(
    path: Path, photos_dir: Path, cache_dir: Path, thumb_px: int = THUMB_PX
) -> StoredPhoto | PhotoError:
    """Validate, store and thumbnail one photo; returns StoredPhoto or PhotoError.

    One reduced-size decode serves both validation and the thumbnail. When the original
    and its thumbnail are already in the library nothing is decoded or written. Writes the
    thumbnail first, then the original; if the original cannot be written the new
    thumbnail is removed again.
    """
    path = Path(path)
    try:
        data = read_source(path)
        target, sha = _target(data, path, Path(photos_dir))
        thumb = derivative_path(Path(cache_dir), sha, thumb_px)
        stored_before = present(target, len(data))
        if stored_before and present(thumb):
            return _stored(open_header(data, path), sha, target, path, len(data), True)
        decoded = decode(data, path, long_edge=thumb_px)
        thumb_before = present(thumb)
        if not thumb_before:
            atomic_write(thumb, render_jpeg(decoded, thumb_px), durable=False, source=path)
        if not stored_before:
            try:
                atomic_write(target, data, durable=True, source=path)
            except PhotoError:
                if not thumb_before:
                    with contextlib.suppress(OSError):
                        thumb.unlink()
                raise
        return _stored(decoded, sha, target, path, len(data), stored_before)
    except PhotoError as error:
        return error


def _target(data: bytes, src: Path, photos_dir: Path) -> tuple[Path, str]:
    fmt = sniff_format(data[:4096], src)
    sha = hashlib.sha256(data).hexdigest()
    return photos_dir / f"{sha}.{EXTENSIONS[fmt]}", sha


def _stored(
    decoded: Decoded, sha: str, target: Path, src: Path, size: int, already: bool
) -> StoredPhoto:
    width, height = decoded.upright_size
    return StoredPhoto(
        sha256=sha,
        filename=target.name,
        width=width,
        height=height,
        format=decoded.format,
        byte_size=size,
        original_name=src.name,
        already_present=already,
    )
