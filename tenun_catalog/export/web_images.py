"""Photos for the web catalog: responsive JPEG and WebP derivatives copied into the folder.

Owns `WebPlacer`, the `PhotoPlacer` of the web export. For each photo it makes (or finds in the
library's cache) derivatives at a few long edges in WebP and JPEG, puts them into the output
folder's `img/` (a hard link when the file system allows, else a copy) under short names keyed
by the photo's hash, and returns URLs relative to the folder's root. Each file is placed once,
however many products share the photo. Sizes come from arithmetic on the stored upright size,
so a warm export reads no image. Every JPEG placed carries its photo's credit as XMP (`credits`,
made from the audience view by photo_credits.view_credits), so it is a file of its own, not a
link into the cache. `image_url` and `largest_jpeg` say where a photo's files go; the product
feeds link to the same files.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import images
from ..domain.entities import Photo
from ..render.context import ImageSource
from ..store import Library

FORMATS = (("WEBP", "webp", "image/webp"), ("JPEG", "jpg", "image/jpeg"))
IMG_FOLDER = "img"


def image_url(photo: Photo, edge: int, ext: str) -> str:
    """Where a derivative of `photo` goes in a web catalog, relative to its root."""
    return f"{IMG_FOLDER}/{photo.sha256[:16]}-{edge}.{ext}"


def derivative_edges(
    photos_dir: Path, photo: Photo, widths: Sequence[int]
) -> list[tuple[int, int, int]]:
    """(long edge asked, width, height) of each distinct derivative of the photo."""
    width, height = photo.width, photo.height
    if not (width and height):
        width, height = images.image_size(photos_dir, photo.filename)
    out: list[tuple[int, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for edge in sorted(set(widths)):
        size = images.derivative_size(width, height, edge)
        if size not in seen:  # a small original gives the same file for larger edges
            seen.add(size)
            out.append((edge, *size))
    return out


def largest_jpeg(photos_dir: Path, photo: Photo, widths: Sequence[int]) -> tuple[str, int, int]:
    """(url relative to the root, width, height) of the largest JPEG the web export writes
    for `photo` (what og:image and the feeds' image_link point at)."""
    edge, width, height = derivative_edges(photos_dir, photo, widths)[-1]
    return image_url(photo, edge, "jpg"), width, height


class WebPlacer:
    """Places photos into `<out>/img/` and answers `(url, width, height, sources)`."""

    def __init__(
        self,
        lib: Library,
        out: Path,
        widths: Sequence[int] = (320, 640, 1200),
        default: int = 640,
    ):
        self.lib = lib
        self.img_dir = Path(out) / "img"
        self.widths = tuple(sorted(set(widths)))
        self.default = default
        self.copied = 0  # files put into img/
        self.bytes = 0
        self._placed: set[str] = set()
        self._link = True  # until the file system refuses hard links (FAT on a USB stick)
        self.credits: Mapping[int, images.PhotoCredit] = {}  # photo id -> XMP in its JPEGs
        self.img_dir.mkdir(parents=True, exist_ok=True)

    def edges(self, photo: Photo) -> list[tuple[int, int, int]]:
        """(long edge asked, width, height) of each distinct derivative of the photo."""
        return derivative_edges(self.lib.photos_dir, photo, self.widths)

    def place(self, photo: Photo, slot: str) -> tuple[str, int, int, tuple[ImageSource, ...]]:
        sources: list[ImageSource] = []
        for edge, width, height in self.edges(photo):
            for fmt, ext, mime in FORMATS:
                url = self._put(photo, edge, fmt, ext)
                sources.append(ImageSource(url, width, height, mime))
        jpegs = [s for s in sources if s.mime == "image/jpeg"]
        fallback = next(
            (s for s in reversed(jpegs) if max(s.width, s.height) <= self.default), jpegs[0]
        )
        return fallback.url, fallback.width, fallback.height, tuple(sources)

    def _put(self, photo: Photo, edge: int, fmt: str, ext: str) -> str:
        url = image_url(photo, edge, ext)
        name = url.rsplit("/", 1)[1]
        if name not in self._placed:
            cached = images.ensure_derivative(
                self.lib.photos_dir, self.lib.cache_dir, photo.filename, edge, fmt=fmt
            )
            credit = self.credits.get(photo.id) if photo.id is not None else None
            if fmt == "JPEG" and credit is not None:
                images.copy_with_xmp(cached, self.img_dir / name, credit)
                self.copied += 1
                self.bytes += (self.img_dir / name).stat().st_size
            else:
                self._copy(cached, self.img_dir / name)
            self._placed.add(name)
        return url

    def _copy(self, source: Path, target: Path) -> None:
        if self._link:
            try:
                os.link(source, target)
                self.copied += 1
                self.bytes += target.stat().st_size
                return
            except OSError:
                self._link = False
        shutil.copyfile(source, target)
        self.copied += 1
        self.bytes += target.stat().st_size

    def prepare(
        self,
        photos: Sequence[Photo],
        cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
    ) -> None:
        """Fill the derivative cache for `photos` in parallel threads (Pillow frees the GIL),
        decoding each original once for all its sizes and formats.

        Only the missing files are made; place() then finds every derivative in the cache.
        """
        jobs: dict[str, list[tuple[int, str]]] = {}
        for photo in photos:
            if photo.filename in jobs:
                continue
            wanted = [(edge, fmt) for edge, _, _ in self.edges(photo) for fmt, _, _ in FORMATS]
            cache = self.lib.cache_dir
            if not all(
                images.derivative_path(cache, photo.sha256, edge, fmt).is_file()
                for edge, fmt in wanted
            ):
                jobs[photo.filename] = wanted
        if not jobs:
            return
        workers = workers or min(8, os.cpu_count() or 2)

        def make(filename: str) -> None:
            if cancelled is not None and cancelled():
                return
            images.ensure_derivatives(
                self.lib.photos_dir, self.lib.cache_dir, filename, jobs[filename]
            )

        with ThreadPoolExecutor(max_workers=workers) as pool:
            for _ in pool.map(make, list(jobs)):
                pass
