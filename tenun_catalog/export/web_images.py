"""Photos for the web catalog: responsive JPEG and WebP derivatives copied into the folder.

Owns `WebPlacer`, the `PhotoPlacer` of the web export. For each photo it makes (or finds in the
library's cache) derivatives at a few long edges in WebP and JPEG, puts them into the output
folder's `img/` (a hard link when the file system allows, else a copy) under short names keyed
by the photo's hash, and returns URLs relative to the folder's root. Each file is placed once,
however many products share the photo. Sizes come from arithmetic on the stored upright size,
so a warm export reads no image.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import images
from ..domain.entities import Photo
from ..render.context import ImageSource
from ..store import Library

FORMATS = (("WEBP", "webp", "image/webp"), ("JPEG", "jpg", "image/jpeg"))


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
        self.img_dir.mkdir(parents=True, exist_ok=True)

    def edges(self, photo: Photo) -> list[tuple[int, int, int]]:
        """(long edge asked, width, height) of each distinct derivative of the photo."""
        width, height = photo.width, photo.height
        if not (width and height):
            width, height = images.image_size(self.lib.photos_dir, photo.filename)
        out: list[tuple[int, int, int]] = []
        seen: set[tuple[int, int]] = set()
        for edge in self.widths:
            size = images.derivative_size(width, height, edge)
            if size not in seen:  # a small original gives the same file for larger edges
                seen.add(size)
                out.append((edge, *size))
        return out

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
        name = f"{photo.sha256[:16]}-{edge}.{ext}"
        if name not in self._placed:
            cached = images.ensure_derivative(
                self.lib.photos_dir, self.lib.cache_dir, photo.filename, edge, fmt=fmt
            )
            self._copy(cached, self.img_dir / name)
            self._placed.add(name)
        return f"img/{name}"

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
