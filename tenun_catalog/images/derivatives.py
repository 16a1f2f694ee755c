"""Derivatives: upright, sRGB, EXIF-free baseline JPEGs (and WebP for the web) in a cache.

Owns the cache layout (`cache/d/<sha[:2]>/<sha>-<long edge>.jpg`, or `.webp`, keyed by the
original's content hash, the long-edge size and the format) and the conversion of any accepted
photo into a JPEG that WeasyPrint embeds untouched and browsers show the same everywhere, or a
lossy WebP (quality 80) for web catalogs:
- EXIF orientation applied (on the reduced image, cheap), no EXIF and no ICC block written;
- colour converted to sRGB: ICC-tagged RGB/CMYK/grey through LittleCMS, CMYK without a
  profile naively, palette and alpha images flattened onto white, 16-bit/float greys scaled;
- long edge at most the requested size, never upscaled; JPEGs decoded with draft() and
  reduced with thumbnail(reducing_gap=3.0); baseline JPEG at quality 88;
- written atomically, so concurrent or killed writers never leave half a file.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageCms

from ._decode import Decoded, decode
from ._files import atomic_write, present, read_source

THUMB_PX = 320
WEB_PX = 1200
JPEG_QUALITY = 88
WEBP_QUALITY = 80
_SUFFIXES = {"JPEG": ".jpg", "WEBP": ".webp"}

_SHA_RE = re.compile(r"[0-9a-f]{64}")
_FILENAME_RE = re.compile(r"([0-9a-f]{64})\.(jpg|png|webp|tif|bmp|gif)")

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def derivative_path(cache_dir: Path, sha256: str, long_edge: int, fmt: str = "JPEG") -> Path:
    """Where the derivative of the original `sha256` at `long_edge` pixels in `fmt` lives."""
    if not _SHA_RE.fullmatch(sha256):
        raise ValueError(f"not a lowercase hex SHA-256: {sha256!r}")
    if long_edge < 1:
        raise ValueError(f"long_edge must be positive, got {long_edge}")
    if fmt not in _SUFFIXES:
        raise ValueError(f"derivative format must be JPEG or WEBP, got {fmt!r}")
    return Path(cache_dir) / "d" / sha256[:2] / f"{sha256}-{long_edge}{_SUFFIXES[fmt]}"


def derivative_size(width: int, height: int, long_edge: int) -> tuple[int, int]:
    """The (width, height) of the derivative of an upright `width` x `height` original.

    Arithmetic only (no file is read); it matches Pillow's `thumbnail()` rounding and may
    differ by a pixel from the file when a JPEG was draft-decoded. Never upscales.
    """
    if max(width, height) <= long_edge:
        return width, height
    aspect = width / height
    if width >= height:
        exact = long_edge / aspect
        pair = (math.floor(exact), math.ceil(exact))
        height = min(pair, key=lambda n: abs(aspect - long_edge / max(n, 1)))
        return long_edge, max(height, 1)
    exact = long_edge * aspect
    pair = (math.floor(exact), math.ceil(exact))
    width = min(pair, key=lambda n: abs(aspect - n / long_edge))
    return max(width, 1), long_edge


def split_filename(filename: str) -> str:
    """The SHA-256 of a stored original's name `<sha256>.<ext>`; ValueError otherwise."""
    match = _FILENAME_RE.fullmatch(filename)
    if match is None:
        raise ValueError(f"not a stored photo name: {filename!r}")
    return match.group(1)


def ensure_derivative(
    photos_dir: Path, cache_dir: Path, filename: str, long_edge: int, fmt: str = "JPEG"
) -> Path:
    """Return the cached derivative of photos/<filename>, creating it when missing.

    `fmt` is "JPEG" (default) or "WEBP" (for web catalogs). Raises PhotoError when the
    original is missing, unreadable or damaged, or the cache cannot be written; ValueError
    for a `filename` that is not `<sha256>.<ext>` or an unknown format.
    """
    out = derivative_path(cache_dir, split_filename(filename), long_edge, fmt)
    if present(out):
        return out
    source = Path(photos_dir) / filename
    decoded = decode(read_source(source), source, long_edge=long_edge)
    data = render_webp(decoded, long_edge) if fmt == "WEBP" else render_jpeg(decoded, long_edge)
    atomic_write(out, data, durable=False, source=source)
    return out


def ensure_derivatives(
    photos_dir: Path, cache_dir: Path, filename: str, wanted: Sequence[tuple[int, str]]
) -> list[Path]:
    """Like ensure_derivative for several (long_edge, fmt) at once, decoding the original once.

    The missing sizes are made from one upright sRGB copy at the largest of them, each smaller
    one reduced from it (a web catalog wants 3 sizes x JPEG and WebP of every photo).
    Returns the paths in the order asked. Same errors as ensure_derivative.
    """
    sha = split_filename(filename)
    paths = [derivative_path(cache_dir, sha, edge, fmt) for edge, fmt in wanted]
    missing = sorted(
        {(edge, fmt) for (edge, fmt), path in zip(wanted, paths, strict=True) if not present(path)},
        reverse=True,
    )
    if not missing:
        return paths
    source = Path(photos_dir) / filename
    largest = missing[0][0]
    base = _upright_srgb(decode(read_source(source), source, long_edge=largest), largest)
    for edge, fmt in missing:
        image = base
        if max(base.size) > edge:
            image = base.copy()
            image.thumbnail((edge, edge), Image.Resampling.BICUBIC, reducing_gap=3.0)
        out = derivative_path(cache_dir, sha, edge, fmt)
        atomic_write(out, _encode(image, fmt), durable=False, source=source)
    return paths


def render_jpeg(decoded: Decoded, long_edge: int) -> bytes:
    """Encode a decoded photo as an upright sRGB baseline JPEG with long edge <= long_edge."""
    return _encode(_upright_srgb(decoded, long_edge), "JPEG")


def render_webp(decoded: Decoded, long_edge: int) -> bytes:
    """Encode a decoded photo as an upright sRGB lossy WebP (no EXIF, no ICC chunk)."""
    return _encode(_upright_srgb(decoded, long_edge), "WEBP")


def _encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    if fmt == "WEBP":
        image.save(buffer, "WEBP", quality=WEBP_QUALITY, method=4)
    else:
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, progressive=False, optimize=True)
    return buffer.getvalue()


def _upright_srgb(decoded: Decoded, long_edge: int) -> Image.Image:
    """The photo reduced to long edge <= long_edge, sRGB, upright, with no metadata."""
    image = _working_mode(decoded.image)
    if max(image.size) > long_edge:
        image.thumbnail((long_edge, long_edge), Image.Resampling.BICUBIC, reducing_gap=3.0)
    image = _flatten_alpha(image)
    image = _to_srgb(image, decoded.icc_profile)
    method = _TRANSPOSE.get(decoded.pixel_orientation)
    if method is not None:
        image = image.transpose(method)
    image.info = {}  # no EXIF, ICC, comment or XMP carried into the output
    return image


def _working_mode(image: Image.Image) -> Image.Image:
    """A mode that resamples well: RGB, RGBA, L, LA, CMYK or LAB."""
    mode = image.mode
    if mode in ("RGB", "RGBA", "L", "LA", "CMYK", "LAB"):
        return image
    if mode == "P":
        return image.convert("RGBA" if image.has_transparency_data else "RGB")
    if mode in ("PA", "RGBa"):
        return image.convert("RGBA")
    if mode == "La":
        return image.convert("LA")
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I;16"):
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if mode in ("I", "F"):
        low, high = image.getextrema()
        span = (high - low) or 1
        return image.point(lambda value: (value - low) * (255 / span)).convert("L")
    return image.convert("RGB")


def _flatten_alpha(image: Image.Image) -> Image.Image:
    """Put transparent images onto a white background (catalog paper is light)."""
    if image.mode not in ("RGBA", "LA"):
        return image
    base_mode = "RGB" if image.mode == "RGBA" else "L"
    flat = Image.new(base_mode, image.size, "white")
    flat.paste(image.convert(base_mode), mask=image.getchannel("A"))
    return flat


def _to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Convert to 8-bit sRGB, honouring an embedded ICC profile that matches the mode."""
    if image.mode == "LAB":
        return ImageCms.applyTransform(image, _lab_transform())
    if icc_profile:
        transform = _icc_transform(icc_profile, image.mode)
        if transform is not None:
            return ImageCms.applyTransform(image, transform)
    return image if image.mode == "RGB" else image.convert("RGB")


@functools.cache
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@functools.cache
def _lab_transform() -> ImageCms.ImageCmsTransform:
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB", 6500))
    return ImageCms.buildTransform(lab, _srgb_profile(), "LAB", "RGB")


@functools.lru_cache(maxsize=32)
def _icc_transform(icc_profile: bytes, mode: str) -> ImageCms.ImageCmsTransform | None:
    """A cached transform from the embedded profile to sRGB; None when it cannot apply.

    None (fall back to Pillow's plain conversion) for a broken profile, a profile whose
    colour space does not match the pixels, or one that already is sRGB.
    """
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        space = source.profile.xcolor_space.strip()
        if {"RGB": "RGB", "CMYK": "CMYK", "GRAY": "L"}.get(space) != mode:
            return None
        if space == "RGB" and "srgb" in (source.profile.profile_description or "").lower():
            return None
        return ImageCms.buildTransform(
            source, _srgb_profile(), mode, "RGB", ImageCms.Intent.PERCEPTUAL
        )
    except (OSError, ValueError, TypeError, ImageCms.PyCMSError):
        return None
