"""Safe decoding of untrusted photo bytes: format sniffing, limits, truncation, orientation.

Owns the one place where photo bytes meet Pillow's decoders:
- `sniff_format` decides from the magic bytes whether a file is a supported photo, an
  unsupported image format (HEIC, AVIF, PSD, SVG...) or not an image at all;
- `strict_pillow` forces `ImageFile.LOAD_TRUNCATED_IMAGES = False` (WeasyPrint sets it True
  process-wide), sets Pillow's bomb limit to ours and turns its DecompressionBombWarning into
  an error, for as long as any decode in this process is running (reference counted under a
  lock, so concurrent decodes in threads do not restore the flag under each other);
- `open_header` / `decode` open bytes with only the sniffed plugin, check the pixel count from
  the header, fully decode (draft-reduced for JPEG: still entropy-decodes the whole stream),
  run `verify()` where the plugin has one (PNG CRCs and IEND) and map every failure to
  one PhotoError.
"""

from __future__ import annotations

import io
import math
import struct
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from .errors import photo_error

MAX_PIXELS: int = 120_000_000
"""Our decompression-bomb limit in pixels (covers 108 MP phone cameras)."""

SUPPORTED_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "BMP", "GIF")
EXTENSIONS = {
    "JPEG": "jpg",
    "PNG": "png",
    "WEBP": "webp",
    "TIFF": "tif",
    "BMP": "bmp",
    "GIF": "gif",
}

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_HEIF_GENERIC = {b"mif1", b"msf1", b"mif2", b"miaf"}
_AVIF_BRANDS = {b"avif", b"avis"}

# Exceptions Pillow raises on malformed data (fuzzed files raise all sorts of things).
_DATA_ERRORS = (
    OSError,
    SyntaxError,
    EOFError,
    ValueError,
    struct.error,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
)


def sniff_format(head: bytes, path: Path) -> str:
    """The Pillow format name for a supported photo, from its first bytes (>= 64 advised).

    Raises PhotoError 'empty', 'unsupported' or 'not_image'.
    """
    if not head:
        raise photo_error("empty", path)
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        if head[:4] == b"II*\x00" and head[8:10] == b"CR":
            raise photo_error("unsupported", path, label="RAW (Canon CR2)")
        return "TIFF"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:2] == b"BM" and len(head) >= 26:
        return "BMP"
    label = _unsupported_label(head)
    if label:
        raise photo_error("unsupported", path, label=label)
    raise photo_error("not_image", path)


def _unsupported_label(head: bytes) -> str | None:
    """A human name for image formats we recognise but do not accept, else None."""
    if head[4:8] == b"ftyp":
        box_size = int.from_bytes(head[0:4], "big")
        brands = {head[8:12]} | {
            head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)
        }
        if head[8:12] in _AVIF_BRANDS or (brands & _AVIF_BRANDS and not brands & _HEIF_BRANDS):
            return "AVIF"
        if brands & (_HEIF_BRANDS | _HEIF_GENERIC):
            return "HEIC"
        if head[8:12] == b"crx ":
            return "RAW (Canon CR3)"
        return None  # MP4/MOV video and other ISO media: not a photo
    if head.startswith(b"8BPS"):
        return "PSD (Photoshop)"
    if head.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")):
        return "JPEG 2000"
    if head.startswith((b"\xff\x0a", b"\x00\x00\x00\x0cJXL \r\n\x87\n")):
        return "JPEG XL"
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return "EPS"
    if head.startswith(b"\x00\x00\x01\x00") and len(head) > 6 and head[4] > 0:
        return "ICO"
    if head.startswith((b"IIRO", b"IIU\x00", b"FUJIFILMCCD-RAW")):
        return "RAW"
    text = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "SVG"
    return None


_strict_lock = threading.Lock()
_strict_depth = 0
_strict_saved: tuple[bool, int | None, warnings.catch_warnings] | None = None


@contextmanager
def strict_pillow() -> Iterator[None]:
    """Decode with truncated images refused and decompression bombs as errors.

    Reference counted: the first entrant saves and sets the Pillow globals, the last one to
    leave restores them, so overlapping decodes in several threads stay strict throughout.
    """
    global _strict_depth, _strict_saved
    with _strict_lock:
        if _strict_depth == 0:
            catcher = warnings.catch_warnings()
            catcher.__enter__()
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            _strict_saved = (ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS, catcher)
            ImageFile.LOAD_TRUNCATED_IMAGES = False
            Image.MAX_IMAGE_PIXELS = MAX_PIXELS
        _strict_depth += 1
    try:
        yield
    finally:
        with _strict_lock:
            _strict_depth -= 1
            if _strict_depth == 0 and _strict_saved is not None:
                truncated, max_pixels, catcher = _strict_saved
                ImageFile.LOAD_TRUNCATED_IMAGES = truncated
                Image.MAX_IMAGE_PIXELS = max_pixels
                catcher.__exit__(None, None, None)
                _strict_saved = None


@dataclass
class Decoded:
    """An opened photo: header facts, and after `decode` the (possibly reduced) pixels."""

    image: Image.Image
    format: str  # one of SUPPORTED_FORMATS
    width: int  # stored (pre-orientation) size from the header
    height: int
    orientation: int  # EXIF orientation 1..8
    icc_profile: bytes | None
    # orientation still to apply to the loaded pixels: Pillow 13 transposes TIFFs itself
    # on load (and drops the tag); JPEG, PNG and WebP pixels stay as stored.
    pixel_orientation: int = 1

    @property
    def upright_size(self) -> tuple[int, int]:
        if self.orientation >= 5:
            return self.height, self.width
        return self.width, self.height


def open_header(data: bytes, path: Path) -> Decoded:
    """Open photo bytes (header only), checking format and pixel count. Raises PhotoError."""
    fmt = sniff_format(data[:4096], path)
    try:
        with strict_pillow():
            image = Image.open(io.BytesIO(data), formats=[fmt])
            width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        pixels = _header_pixels(data, fmt)
        raise photo_error("too_large", path, pixels=pixels, limit=MAX_PIXELS) from None
    except (UnidentifiedImageError, *_DATA_ERRORS):
        raise photo_error("truncated", path) from None
    if fmt == "TIFF":  # the stored size: newer Pillow reports TIFF sizes already upright
        width = _int_tag(image, 256, width)
        height = _int_tag(image, 257, height)
    if width * height > MAX_PIXELS:
        raise photo_error("too_large", path, pixels=width * height, limit=MAX_PIXELS)
    if width <= 0 or height <= 0:
        raise photo_error("truncated", path)
    icc = image.info.get("icc_profile") or None
    orientation = read_orientation(image)
    return Decoded(image, fmt, width, height, orientation, icc, orientation)


def _int_tag(image: Image.Image, tag: int, default: int) -> int:
    value = getattr(image, "tag_v2", {}).get(tag, default)
    return value if isinstance(value, int) else default


def decode(
    data: bytes,
    path: Path,
    *,
    long_edge: int | None = None,
    cover: tuple[float, float] | None = None,
) -> Decoded:
    """Validate photo bytes by decoding them completely; return the loaded image.

    JPEGs are decoded with `draft()` at the smallest DCT scale that still leaves at least
    3x `long_edge` (the thumbnail `reducing_gap`), or at 1/8 when `long_edge` is None
    (validation only). With `cover` (an upright (width, height) in pixels, for print crops)
    the smallest DCT scale whose upright pixels still cover that size once scaled to it: DCT
    scaling is a good box-filter reduction, so the remaining resize is less than 2x.
    Raises PhotoError ('truncated', 'too_large', ...).
    """
    header = open_header(data, path)
    image = header.image
    try:
        with strict_pillow():
            if type(image).verify is not ImageFile.ImageFile.verify:
                Image.open(io.BytesIO(data), formats=[header.format]).verify()
            if header.format == "JPEG":
                if cover is not None:
                    box = _cover_draft_box(header, cover)
                else:
                    box = _draft_box(header.width, header.height, long_edge)
                image.draft(None, box)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        raise photo_error(
            "too_large", path, pixels=header.width * header.height, limit=MAX_PIXELS
        ) from None
    except (UnidentifiedImageError, *_DATA_ERRORS):
        raise photo_error("truncated", path) from None
    if header.orientation != 1 and read_orientation(image) != header.orientation:
        header.pixel_orientation = 1  # the plugin has applied it while loading
    return header


def _draft_box(width: int, height: int, long_edge: int | None) -> tuple[int, int]:
    if long_edge is None:
        return (1, 1)
    scale = long_edge / max(width, height)
    if scale >= 1:
        return (width, height)
    return (max(1, int(width * scale * 3)), max(1, int(height * scale * 3)))


def _cover_draft_box(header: Decoded, cover: tuple[float, float]) -> tuple[int, int]:
    """The stored-orientation draft size for pixels that still cover `cover` (upright)."""
    upright_w, upright_h = header.upright_size
    scale = max(cover[0] / upright_w, cover[1] / upright_h)
    if scale >= 1:
        return (header.width, header.height)
    return (
        max(1, math.ceil(header.width * scale)),
        max(1, math.ceil(header.height * scale)),
    )


def _header_pixels(data: bytes, fmt: str) -> int:
    """Pixel count of a file Pillow refused to open as a bomb (parsed without its check)."""
    with _strict_lock:  # nobody saves/restores the limit while it is lifted here
        saved = Image.MAX_IMAGE_PIXELS
        try:
            Image.MAX_IMAGE_PIXELS = None
            width, height = Image.open(io.BytesIO(data), formats=[fmt]).size
            return width * height
        except Exception:  # noqa: BLE001 - only used to word the message
            return 0
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def read_orientation(image: Image.Image) -> int:
    """EXIF orientation (1..8) known from the header; 1 when absent or malformed.

    For PNG only an eXIf chunk placed before the image data counts, so header-only size
    queries and decoded derivatives always agree.
    """
    if image.format == "PNG" and "exif" not in image.info:
        return 1
    try:
        value = image.getexif().get(0x0112, 1)
    except _DATA_ERRORS:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1
