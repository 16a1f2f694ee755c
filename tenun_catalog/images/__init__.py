"""Photos: the only package that imports Pillow.

Owns safe ingest of originals (content-addressed by SHA-256, never modified), validation
with bilingual errors, EXIF orientation, conversion to sRGB and the rebuildable derivative
cache (thumbnail, web and print sizes). Modules:
- `errors`: PhotoError and its Indonesian/English messages;
- `ingest`: StoredPhoto, check_image, store_original, image_size;
- `derivatives`: derivative_path, ensure_derivative (upright sRGB EXIF-free JPEGs, or WebP),
  ensure_derivatives (several sizes from one decode), derivative_size, crop_size (print
  derivatives cropped centred to the box they cover);
- `batch`: import_photos over a process pool;
- `xmp`: PhotoCredit, xmp_packet, copy_with_xmp (credits spliced into JPEGs given to others);
- `synthetic`: procedural ikat / sei / group photos for demos, tests and benchmarks
  (import it explicitly: `from tenun_catalog.images import synthetic`).
"""

from ._decode import MAX_PIXELS, SUPPORTED_FORMATS
from ._files import remove_stale_temp_files
from .batch import import_photos
from .derivatives import (
    PRINT_JPEG_QUALITY,
    THUMB_PX,
    WEB_PX,
    crop_size,
    derivative_path,
    derivative_size,
    ensure_derivative,
    ensure_derivatives,
)
from .errors import PhotoError
from .ingest import StoredPhoto, check_image, image_size, store_original
from .xmp import PhotoCredit, copy_with_xmp, read_xmp, xmp_packet

__all__ = [
    "MAX_PIXELS",
    "PRINT_JPEG_QUALITY",
    "SUPPORTED_FORMATS",
    "THUMB_PX",
    "WEB_PX",
    "PhotoCredit",
    "PhotoError",
    "StoredPhoto",
    "check_image",
    "copy_with_xmp",
    "crop_size",
    "derivative_path",
    "derivative_size",
    "ensure_derivative",
    "ensure_derivatives",
    "image_size",
    "import_photos",
    "read_xmp",
    "remove_stale_temp_files",
    "store_original",
    "xmp_packet",
]
