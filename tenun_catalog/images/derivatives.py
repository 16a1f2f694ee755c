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
- print crops (`crop=(w, h)`, cached as `<sha>-<w>x<h>c.jpg`): cropped centred to the box a
  photo covers (object-fit: cover) before reducing, so no invisible pixels are stored;
  JPEGs drafted to the smallest DCT scale still covering the box, one HAMMING resample,
  baseline JPEG at quality 85 without optimize (or another `quality`, cached as
  `<sha>-<w>x<h>c-q<quality>.jpg`: the lighter copies of a PDF for sharing on screens);
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
PRINT_JPEG_QUALITY = 85  # crop (print) derivatives: 14% smaller than 88, no visible change
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


def derivative_path(
    cache_dir: Path,
    sha256: str,
    long_edge: int,
    fmt: str = "JPEG",
    crop: tuple[int, int] | None = None,
    quality: int = PRINT_JPEG_QUALITY,
) -> Path:
    """Where the derivative of the original `sha256` at `long_edge` pixels in `fmt` lives.

    With `crop` (a (width, height) box in pixels, see ensure_derivative) it is
    `<sha>-<w>x<h>c.jpg` instead (`<sha>-<w>x<h>c-q<quality>.jpg` for a JPEG `quality`
    other than PRINT_JPEG_QUALITY), and `long_edge` is not part of the name. `quality` is
    only for crops.
    """
    if not _SHA_RE.fullmatch(sha256):
        raise ValueError(f"not a lowercase hex SHA-256: {sha256!r}")
    if long_edge < 1:
        raise ValueError(f"long_edge must be positive, got {long_edge}")
    if fmt not in _SUFFIXES:
        raise ValueError(f"derivative format must be JPEG or WEBP, got {fmt!r}")
    size = str(long_edge)
    if not isinstance(quality, int) or isinstance(quality, bool) or not 30 <= quality <= 95:
        raise ValueError(f"JPEG quality must be 30 to 95, got {quality!r}")
    if quality != PRINT_JPEG_QUALITY and (crop is None or fmt != "JPEG"):
        raise ValueError("a JPEG quality other than the print quality is only for crops")
    if crop is not None:
        width, height = _crop_box(crop)
        size = f"{width}x{height}c"
        if quality != PRINT_JPEG_QUALITY:
            size += f"-q{quality}"
    return Path(cache_dir) / "d" / sha256[:2] / f"{sha256}-{size}{_SUFFIXES[fmt]}"


def _crop_box(crop: tuple[int, int]) -> tuple[int, int]:
    if (
        not isinstance(crop, tuple | list)
        or len(crop) != 2
        or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in crop)
    ):
        raise ValueError(f"crop must be a (width, height) in positive pixels, got {crop!r}")
    return int(crop[0]), int(crop[1])


def crop_size(width: int, height: int, crop: tuple[int, int]) -> tuple[int, int]:
    """The (width, height) of the crop derivative of an upright `width` x `height` original.

    Arithmetic only: `crop` itself when the original's centred region of that aspect has at
    least as many pixels, else that region at the original's resolution (never upscaled).
    """
    box_w, box_h = _crop_box(crop)
    scale = max(box_w / width, box_h / height)
    if scale <= 1:
        return box_w, box_h
    return (
        max(1, min(width, round(box_w / scale))),
        max(1, min(height, round(box_h / scale))),
    )


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
    photos_dir: Path,
    cache_dir: Path,
    filename: str,
    long_edge: int,
    fmt: str = "JPEG",
    *,
    crop: tuple[int, int] | None = None,
    quality: int = PRINT_JPEG_QUALITY,
) -> Path:
    """Return the cached derivative of photos/<filename>, creating it when missing.

    `fmt` is "JPEG" (default) or "WEBP" (for web catalogs). With `crop` (width, height) in
    pixels (print: the box a photo COVERS with object-fit: cover) the upright photo is
    cropped centred to the aspect width/height and reduced to exactly that size (or, when
    the original has fewer pixels, to `crop_size`: never upscaled); `long_edge` is then only
    checked, not used (pass the uncropped long edge, or max(crop)). Crops decode JPEGs at
    the smallest DCT scale that still covers the box; `quality` is their JPEG quality.

    Raises PhotoError when the original is missing, unreadable or damaged, or the cache
    cannot be written; ValueError for a `filename` that is not `<sha256>.<ext>`, an unknown
    format or a bad crop.
    """
    out = derivative_path(cache_dir, split_filename(filename), long_edge, fmt, crop, quality)
    if present(out):
        return out
    source = Path(photos_dir) / filename
    if crop is not None:
        decoded = decode(read_source(source), source, cover=_crop_box(crop))
        data = _encode(_cropped_srgb(decoded, _crop_box(crop)), fmt, print_quality=quality)
    else:
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


def _encode(image: Image.Image, fmt: str, *, print_quality: int | None = None) -> bytes:
    buffer = io.BytesIO()
    if fmt == "WEBP":
        image.save(buffer, "WEBP", quality=WEBP_QUALITY, method=4)
    elif print_quality is not None:  # optimize=True costs 2x the encode time for 2% of the size
        image.save(buffer, "JPEG", quality=print_quality, progressive=False, optimize=False)
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


def _cropped_srgb(decoded: Decoded, crop: tuple[int, int]) -> Image.Image:
    """The photo cropped centred to the aspect of `crop`, reduced to `crop_size`, sRGB,
    upright, with no metadata. A centred crop commutes with every EXIF transposition, so
    the crop and resize happen in one resample on the stored pixels, and only the small
    result is transposed and colour converted."""
    image = _working_mode(decoded.image)
    upright_w, upright_h = decoded.upright_size
    out_w, out_h = crop_size(upright_w, upright_h, crop)
    if decoded.pixel_orientation >= 5:
        out_w, out_h = out_h, out_w
    # the draft-decoded pixels may cover a fraction of a pixel more than the original
    width, height = image.size
    aspect = out_w / out_h
    if width / height > aspect:
        crop_w, crop_h = height * aspect, float(height)
    else:
        crop_w, crop_h = float(width), width / aspect
    left, top = (width - crop_w) / 2, (height - crop_h) / 2
    box = (left, top, left + crop_w, top + crop_h)
    if (out_w, out_h) != image.size:
        # after the DCT reduction less than 2x remains: HAMMING is visually equal to LANCZOS
        # there (mean difference 0.5/255 on ikat) at 40% of its time
        image = image.resize((out_w, out_h), Image.Resampling.HAMMING, box=box, reducing_gap=3.0)
    image = _flatten_alpha(image)
    image = _to_srgb(image, decoded.icc_profile)
    method = _TRANSPOSE.get(decoded.pixel_orientation)
    if method is not None:
        image = image.transpose(method)
    image.info = {}
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
