"""Derivatives ahead of time: the photo copies a PDF export will want, planned before it runs.

After photos are imported the app makes them in the background, one at a time (gui/warmup),
so that a first export or preview finds them in the cache instead of decoding every photo.
The plan is the export's own, so the two can never disagree: the public audience view's
photos of each product, placed in the slots export.context gives them (`product_photo_slot`:
hero, detail) by print_images.PrintPlacer, for the boxes of the default theme and paper
(a new catalog's: `Catalog` defaults) and of every stored catalog that holds the product, in
"print" (300 dpi) and "screen" (150 dpi) mode. Only the missing ones are planned; each is
made by the same `images.ensure_derivative` call the export's prewarm makes, written
atomically into the library's cache. Not planned: a catalog's cover (one photo per catalog,
the largest copy) and producer photos; the export makes those itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .. import images
from .. import operations as ops
from ..domain.entities import Catalog
from ..domain.errors import UserError
from ..render.theme_files import find_theme
from ..store import Library
from .audience import Selection, build_view
from .context import product_photo_slot
from .print_images import PRESETS, Job, PrintPlacer, make_job, slot_boxes

MODES = tuple(PRESETS)  # print, screen


def layouts_for(lib: Library, product_ids: Iterable[int]) -> list[tuple[str, str]]:
    """(theme, paper) of the default catalog and of every stored catalog holding a product."""
    default = Catalog(name="")
    wanted = {int(i) for i in product_ids}
    found = {(default.theme, default.paper)}
    for catalog in ops.list_catalogs(lib):
        if any(pid in wanted for s in catalog.sections for pid in s.product_ids):
            found.add((catalog.theme, catalog.paper))
    return sorted(found, key=lambda pair: pair != (default.theme, default.paper))


def planned(
    lib: Library,
    skus: Iterable[str],
    layouts: Iterable[tuple[str, str]] | None = None,
    modes: Iterable[str] = MODES,
) -> list[Job]:
    """The missing derivatives a PDF of `layouts` ((theme, paper); default: `layouts_for`)
    places for the photos of the products `skus`, print before screen, each once."""
    skus = tuple(dict.fromkeys(skus))
    if not skus:
        return []
    view = build_view(lib, Selection(skus=skus, strict=False), "public")
    if layouts is None:
        layouts = layouts_for(lib, (item.product.id for item in view.products))
    jobs: dict[Job, None] = {}
    for mode in modes:
        for theme_name, paper in layouts:
            try:
                theme = find_theme(theme_name, lib.themes_dir)
            except UserError:
                continue  # a catalog of a theme that has gone: its export will say so
            if not theme.supports("pdf") or paper not in theme.papers:
                continue
            placer = PrintPlacer(
                lib.photos_dir, lib.cache_dir, slot_boxes(theme.images, paper, 0.0), mode
            )
            for item in view.products:
                for index, photo in enumerate(item.photos):
                    placer.place(photo, product_photo_slot(index))
            jobs.update(dict.fromkeys(placer.missing()))
    return list(jobs)


def make(lib: Library, job: Job) -> Path | None:
    """Make one planned derivative (atomically, into the cache); None when the photo cannot
    be read (the export reports that photo itself)."""
    try:
        return make_job(lib.photos_dir, lib.cache_dir, job)
    except (images.PhotoError, ValueError):
        return None
