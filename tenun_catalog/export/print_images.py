"""Photos for print: each photo sized for 300 dpi where the theme places it, made in parallel.

Owns `PrintPlacer`, the `PhotoPlacer` of PDF outputs. A print theme's `theme.toml` gives the
placed box of every slot in mm, per paper (`[images.A4] hero = [174, 140]`); `full_bleed`
slots (the cover) grow by the bleed on each side. The placer computes the pixels a photo
needs when scaled to COVER its box (object-fit: cover) at 300 dpi, never more than the
original has, and answers with the URI of the cache derivative of that size (upright, sRGB,
baseline JPEG without EXIF, which WeasyPrint embeds untouched), cropped centred to the box's
aspect (`cover_crop`): with object-fit: cover the page looks the same, and the pixels the
box would hide are neither stored in the cache nor in the PDF. It only records what it
needs; `prewarm` then makes all missing derivatives over every core BEFORE layout, so the
decoding cost is paid once, in parallel, and never inside WeasyPrint. Never the original.

Modes: "print" (300 dpi, JPEG quality 85: for a print shop, the default) and "screen"
(150 dpi, quality 75: a PDF about 4x lighter to send by WhatsApp or e-mail and read on a
screen, where 150 dpi is still more than a phone or laptop shows of a page). For benchmarks,
"blank" puts an empty SVG in every box (the layout floor: same boxes, no image work) and
"original" points at the original photo (the naive baseline).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import images
from ..domain.entities import Photo
from ..domain.errors import UserError
from ..processes import process_pool
from ..render.context import ImageSource
from ..store.safe_paths import stored_file
from .cancel import Cancelled

DPI = 300
MM_PER_INCH = 25.4
POOL_PIXELS = 40_000_000  # less source than this (about 3 phone photos) is decoded here


@dataclass(frozen=True)
class ImagePreset:
    """How photos are sized and compressed for one kind of PDF."""

    dpi: int
    jpeg_quality: int


PRESETS = {
    "print": ImagePreset(DPI, images.PRINT_JPEG_QUALITY),
    "screen": ImagePreset(150, 75),
}
MODES = (*PRESETS, "blank", "original")
BLANK_URL = (
    "data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22"
    "%20width%3D%2210%22%20height%3D%2210%22%2F%3E"
)

Progress = Callable[[int, int], None]


def parse_bleed(bleed: str) -> float:
    """'3mm' -> 3.0; '' -> 0.0. Only millimetres, 0 to 10."""
    text = (bleed or "").strip().lower().replace(" ", "")
    if not text:
        return 0.0
    try:
        value = float(text.removesuffix("mm"))
    except ValueError:
        value = -1.0
    if not text.endswith("mm") or not 0 <= value <= 10:
        raise UserError(
            f"Bleed '{bleed}' tidak dikenal: tulis dalam milimeter, misalnya 3mm.",
            f"Unknown bleed '{bleed}': give it in millimetres, for example 3mm.",
        )
    return value


Box = tuple[float, float]


def slot_boxes(images_table: dict[str, Any], paper: str, bleed_mm: float) -> dict[str, list[Box]]:
    """{slot: [(width mm, height mm), ...]} for `paper` from a theme's [images] table.

    A slot is one box `[w, h]` or several `[[w, h], [w, h]]` (layout variants of the same
    slot, e.g. a shorter hero for a page with more text); the first is the usual one.
    """
    table = images_table.get(paper, images_table)
    full_bleed = set(images_table.get("full_bleed", ["cover"]))
    boxes: dict[str, list[Box]] = {}
    for slot, value in table.items():
        if not isinstance(value, list | tuple) or not value:
            continue
        pairs = value if isinstance(value[0], list | tuple) else [value]
        found: list[Box] = []
        for pair in pairs:
            if not (isinstance(pair, list | tuple) and len(pair) == 2):
                raise UserError(
                    f"Ukuran foto '{slot}' di theme.toml harus [lebar, tinggi] dalam mm.",
                    f"Photo size '{slot}' in theme.toml must be [width, height] in mm.",
                )
            width, height = float(pair[0]), float(pair[1])
            if slot in full_bleed:
                width, height = width + 2 * bleed_mm, height + 2 * bleed_mm
            found.append((width, height))
        boxes[slot] = found
    return boxes


def cover_long_edge(width: int, height: int, box_mm: tuple[float, float], dpi: int = DPI) -> int:
    """Long edge in pixels of a `width` x `height` photo scaled to cover the box at `dpi`,
    capped at the photo's own long edge (never upscaled)."""
    box_w = box_mm[0] / MM_PER_INCH * dpi
    box_h = box_mm[1] / MM_PER_INCH * dpi
    scale = max(box_w / width, box_h / height)
    return max(1, min(max(width, height), math.ceil(max(width, height) * scale)))


def cover_crop(width: int, height: int, boxes: list[Box], dpi: int = DPI) -> tuple[int, int]:
    """(width, height) in pixels of the centred crop of an upright `width` x `height` photo
    that covers every box of `boxes` (layout variants of one slot) with object-fit: cover,
    at the scale of the variant needing the fewest pixels (no variant above `dpi`), never
    upscaled. One box: the box at `dpi` (or its aspect at the photo's own resolution)."""
    scales = []
    for box_mm in boxes:
        box_w = box_mm[0] / MM_PER_INCH * dpi
        box_h = box_mm[1] / MM_PER_INCH * dpi
        scales.append((max(box_w / width, box_h / height), box_w, box_h))
    scale = min(1.0, min(s for s, _, _ in scales))
    # each variant's visible part, in output pixels at `scale`; their union is centred too
    crop_w = max(box_w * scale / s for s, box_w, _ in scales)
    crop_h = max(box_h * scale / s for s, _, box_h in scales)
    out_w = max(1, min(width, math.ceil(crop_w - 1e-6)))  # >= dpi, like cover_long_edge
    out_h = max(1, min(height, math.ceil(crop_h - 1e-6)))
    return images.crop_size(width, height, (out_w, out_h))


@dataclass
class PrintPlacer:
    """Places photos for a print theme; records the derivatives it promised."""

    photos_dir: Path
    cache_dir: Path
    boxes: dict[str, list[Box]]
    mode: str = "print"
    # (filename, long edge, crop (width, height), JPEG quality) -> cache path
    jobs: dict[tuple[str, int, tuple[int, int], int], Path] = field(default_factory=dict)
    pixels: dict[str, int] = field(default_factory=dict)  # source pixels per original

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"image mode must be one of {MODES}, not {self.mode!r}")

    @property
    def preset(self) -> ImagePreset:
        return PRESETS.get(self.mode, PRESETS["print"])

    def place(self, photo: Photo, slot: str) -> tuple[str, int, int, tuple[ImageSource, ...]]:
        boxes = self.boxes.get(slot) or self.boxes.get("hero") or [(170.0, 170.0)]
        width, height = photo.width or 1, photo.height or 1
        if self.mode == "blank":
            return BLANK_URL, width, height, ()
        if self.mode == "original":
            return stored_file(self.photos_dir, photo.filename).as_uri(), width, height, ()
        # the variant that needs the fewest pixels (no variant goes above the preset's dpi),
        # cropped to what the slot's variants show of it
        dpi, quality = self.preset.dpi, self.preset.jpeg_quality
        crop = cover_crop(width, height, boxes, dpi)
        # the long edge of the whole photo at that scale (what a JPEG must be decoded at)
        long_edge = min(cover_long_edge(width, height, box, dpi) for box in boxes)
        path = images.derivative_path(
            self.cache_dir, photo.sha256, long_edge, crop=crop, quality=quality
        )
        self.jobs[(photo.filename, long_edge, crop, quality)] = path
        self.pixels[photo.filename] = width * height
        return path.resolve().as_uri(), crop[0], crop[1], ()

    def missing(self) -> list[Job]:
        return [job for job, path in self.jobs.items() if not path.is_file()]

    def source_pixels(self, jobs: list[Job]) -> int:
        return sum(self.pixels.get(job[0], 0) for job in jobs)


Job = (
    tuple[str, int]
    | tuple[str, int, tuple[int, int] | None]
    | tuple[str, int, tuple[int, int] | None, int]
)


def _crop(job: Job) -> tuple[int, int] | None:
    return job[2] if len(job) > 2 else None  # type: ignore[misc]


def _quality(job: Job) -> int:
    return job[3] if len(job) > 3 else images.PRINT_JPEG_QUALITY  # type: ignore[misc]


def make_job(photos_dir: Path, cache_dir: Path, job: Job) -> Path:
    """One derivative: (filename, long edge), or with a crop, or a crop and a JPEG quality."""
    return images.ensure_derivative(
        photos_dir, cache_dir, job[0], job[1], crop=_crop(job), quality=_quality(job)
    )


def _photo_error(exc: images.PhotoError) -> UserError:
    return UserError(exc.message("id"), exc.message("en"))


def available_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def prewarm(
    photos_dir: Path,
    cache_dir: Path,
    jobs: list[Job],
    *,
    workers: int | None = None,
    pixels: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Make the derivatives `jobs` ((filename, long edge[, crop[, JPEG quality]]))
    over `workers` processes (default: every core). Returns how many were made. When
    `pixels` (the source pixels to decode) is below POOL_PIXELS the work is too small to pay
    for starting processes and runs here.

    `progress(done, total)` after each; `cancelled()` polled between them (raises Cancelled;
    derivatives already made stay in the cache, which is fine: it is only a cache).
    """
    total = len(jobs)
    if not total:
        return 0
    count = min(workers or available_cores(), total)
    if count <= 1 or total < 2 or (workers is None and (pixels or 0) < POOL_PIXELS):
        for done, job in enumerate(jobs, 1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            try:
                make_job(photos_dir, cache_dir, job)
            except images.PhotoError as exc:
                raise _photo_error(exc) from None
            if progress is not None:
                progress(done, total)
        return total
    with process_pool(count) as pool:  # spawned (never fork: Qt threads), end with this process
        # the worker runs images.ensure_derivative itself: a light import (Pillow only)
        pending: set[Future[Path]] = {
            pool.submit(
                images.ensure_derivative,
                Path(photos_dir),
                Path(cache_dir),
                job[0],
                job[1],
                crop=_crop(job),
                quality=_quality(job),
            )
            for job in jobs
        }
        done = 0
        try:
            while pending:
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    future.result()
                    done += 1
                    if progress is not None:
                        progress(done, total)
                if cancelled is not None and cancelled():
                    raise Cancelled()
        except images.PhotoError as exc:
            pool.shutdown(wait=True, cancel_futures=True)
            raise _photo_error(exc) from None
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return total
