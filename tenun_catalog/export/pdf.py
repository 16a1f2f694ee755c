"""Print outputs: the PDF exhibition catalog and the one-page price list.

Owns `render_pdf` and `render_price_list`: choose the theme and paper, build the context
(export.context) with the print placer, make every missing photo derivative over all cores
BEFORE layout (print_images.prewarm), render the theme's template (render.env) and lay it out
with WeasyPrint (render.pdf). The PDF is written to a temporary name next to `out` and moved
into place only at the end, so a cancel or an error writes nothing. Large catalogs (more than
SUBPROCESS_PRODUCTS products) render in a spawned process, so the memory of the layout returns
to the system; progress and cancel still reach it (pdf_process).

Progress is one scale of `3n + 1` steps for n products: building the context (n), making the
photo derivatives (n, scaled), the layout page by page (n, scaled), writing the file (1).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .. import operations as ops
from ..domain.entities import Catalog
from ..domain.errors import UserError
from ..render.env import Theme, find_theme, render_template
from ..render.omissions import Omissions
from ..render.ornament import Ornaments
from ..render.pdf import LayoutAborted, write_pdf
from ..resources import assets_dir
from ..store import Library
from . import atomic
from .audience import Selection, build_view
from .context import BuildOptions, Cancelled, build_context, qr_svg
from .options import catalog_options
from .print_images import PrintPlacer, parse_bleed, prewarm, slot_boxes
from .result import RenderResult

SUBPROCESS_PRODUCTS = 100
PAPERS = {"A4": (210.0, 297.0), "A5": (148.0, 210.0)}

Progress = Callable[[int, int], None]
Check = Callable[[], bool]


@dataclass(frozen=True)
class PdfJob:
    """Everything a render needs besides the library (picklable: it crosses to a subprocess)."""

    output: str  # "pdf" (catalog) or "price-list"
    out: Path
    catalog: Catalog | str | None = None
    theme: str = "pameran"
    lang: str | None = None
    paper: str | None = None
    bleed: str = ""
    crop_marks: bool = False
    pdf_a: bool = False
    image_mode: str = "print"
    workers: int | None = None
    temp: Path | None = None  # where the PDF is written before it is moved to `out`


def render_pdf(
    lib: Library,
    out: Path,
    *,
    catalog: Catalog | str | None = None,
    theme: str = "pameran",
    lang: str | None = None,
    paper: str | None = None,
    bleed: str = "",
    crop_marks: bool = False,
    pdf_a: bool = False,
    progress: Progress | None = None,
    cancelled: Check | None = None,
    image_mode: str = "print",
    workers: int | None = None,
    subprocess: bool | None = None,
) -> RenderResult:
    """Write the exhibition catalog of `lib` (or of the stored `catalog`) to `out`.

    `lang` (id, en, id+en) and `paper` (A4, A5) default to the catalog's, else "id" and "A4".
    `bleed` such as "3mm" and `crop_marks` prepare the file for a print shop; `pdf_a` writes
    PDF/A-3b. `image_mode` is "print" (photos at 300 dpi) or "screen" (150 dpi and lighter
    JPEGs: a PDF to share by WhatsApp or e-mail); "blank"/"original" are for benchmarks
    (see print_images).
    `subprocess`: None decides by size, True/False forces. Raises UserError, or Cancelled
    (nothing written) when `cancelled()` turns true.
    """
    job = PdfJob(
        "pdf", Path(out), catalog, theme, lang, paper, bleed, crop_marks, pdf_a, image_mode,
        workers,
    )  # fmt: skip
    return _dispatch(lib, job, progress, cancelled, subprocess)


def render_price_list(
    lib: Library,
    out: Path,
    *,
    catalog: Catalog | str | None = None,
    theme: str = "daftar-harga",
    lang: str | None = None,
    paper: str | None = None,
    pdf_a: bool = False,
    progress: Progress | None = None,
    cancelled: Check | None = None,
    subprocess: bool | None = None,
) -> RenderResult:
    """Write the price list (SKU, name, kabupaten, price) of `lib` or `catalog` to `out`."""
    job = PdfJob("price-list", Path(out), catalog, theme, lang, paper, pdf_a=pdf_a)
    return _dispatch(lib, job, progress, cancelled, subprocess)


def _dispatch(
    lib: Library, job: PdfJob, progress: Progress | None, cancelled: Check | None, sub: bool | None
) -> RenderResult:
    catalog = _resolve_catalog(lib, job.catalog)  # a name becomes the stored catalog here
    temp = atomic.temp_beside(job.out)
    job = replace(job, catalog=catalog, temp=temp)
    if sub is None:
        sub = _product_count(lib, catalog) > SUBPROCESS_PRODUCTS
    try:
        if sub:
            from .pdf_process import run_in_subprocess

            return run_in_subprocess(lib.root, job, progress, cancelled)
        return run_job(lib, job, progress, cancelled)
    finally:
        if job.temp is not None and job.temp.exists():
            job.temp.unlink()


def _product_count(lib: Library, catalog: Catalog | None) -> int:
    if isinstance(catalog, Catalog) and catalog.sections:
        return sum(len(s.product_ids) for s in catalog.sections)
    return ops.count_products(lib)


def _resolve_catalog(lib: Library, catalog: Catalog | str | None) -> Catalog | None:
    if catalog is None or isinstance(catalog, Catalog):
        return catalog
    return ops.get_catalog(lib, catalog)


def _paper(theme: Theme, requested: str) -> str:
    paper = requested.strip().upper()
    if paper not in PAPERS or paper not in {p.upper() for p in theme.papers}:
        papers = ", ".join(theme.papers)
        raise UserError(
            f"Ukuran kertas '{requested}' tidak tersedia di tema '{theme.name}' ({papers}).",
            f"Paper '{requested}' is not available in theme '{theme.name}' ({papers}).",
        )
    return paper


def _theme(lib: Library, name: str, output: str) -> tuple[Theme, str]:
    theme = find_theme(name, lib.themes_dir)
    if not theme.supports(output):
        raise UserError(
            f"Tema '{name}' tidak membuat {output} (hanya: {', '.join(theme.outputs) or '-'}).",
            f"Theme '{name}' does not make {output} (only: {', '.join(theme.outputs) or '-'}).",
        )
    default = "catalog.html" if output == "pdf" else "price-list.html"
    return theme, theme.entry.get(output, default)


@dataclass
class _Steps:
    """Maps the stages onto one scale of 3n + 1 steps, never going backwards."""

    progress: Progress | None
    n: int = 1
    done: int = 0
    expected_pages: int = 1

    @property
    def total(self) -> int:
        return 3 * self.n + 1

    def report(self, done: int) -> None:
        if done > self.done or done == 0:
            self.done = max(self.done, min(done, self.total))
            if self.progress is not None:
                self.progress(self.done, self.total)

    def context(self, done: int, total: int) -> None:
        self.n = max(1, total)
        self.report(done)

    def images(self, done: int, total: int) -> None:
        self.report(self.n + (self.n * done // max(1, total)))

    def stage(self, name: str, page: int) -> None:
        if name == "layout":
            share = min(self.n - 1, self.n * page // max(1, self.expected_pages))
            self.report(2 * self.n + share)
        else:  # "write": layout finished
            self.report(3 * self.n)


@dataclass
class Prepared:
    """What a layout of `job` needs before the library is read: theme, template, paper, the
    photo placer and the context options. The live preview (preview_pages) prepares the same
    way, so its pieces and the export come from one set of choices."""

    theme: Theme
    template: str
    catalog: Catalog | None
    paper: str
    bleed_mm: float
    placer: PrintPlacer
    opts: BuildOptions


def prepare(lib: Library, job: PdfJob) -> Prepared:
    theme, template = _theme(lib, job.theme, job.output)
    catalog = _resolve_catalog(lib, job.catalog)
    lang = job.lang or (catalog.language if catalog else "") or "id"
    paper = _paper(theme, job.paper or (catalog.paper if catalog else "") or "A4")
    bleed_mm = parse_bleed(job.bleed)
    options = catalog_options(catalog)
    price_list = job.output == "price-list"
    placer = PrintPlacer(
        lib.photos_dir, lib.cache_dir, slot_boxes(theme.images, paper, bleed_mm),
        "blank" if price_list else job.image_mode,
    )  # fmt: skip
    opts = BuildOptions(
        lang=lang,
        paper=paper,
        show_prices=True if price_list else options.show_prices,
        show_stock=options.show_stock,
        qr_target=options.qr_target,
        base_url=options.base_url,
        bleed=f"{bleed_mm:g}mm" if bleed_mm else "",
        crop_marks=job.crop_marks,
        qr=not price_list,
    )
    return Prepared(theme, template, catalog, paper, bleed_mm, placer, opts)


def template_context(prepared: Prepared, ctx, omitted: Omissions) -> dict:
    """The variables a print template receives (catalog.html and piece.html alike)."""
    width, height = PAPERS[prepared.paper]
    boxes = prepared.placer.boxes
    return {
        "catalog": ctx,
        "layout": {
            "paper": prepared.paper,
            "width": width,
            "height": height,
            "bleed": prepared.bleed_mm,
            "boxes": {slot: list(b[0]) for slot, b in boxes.items()},
            "variants": {slot: [list(x) for x in b] for slot, b in boxes.items()},
        },
        "ornament": Ornaments(),
        "order_qr": ctx.order_qr_svg or (qr_svg(ctx.order_url) if ctx.order_url else ""),
        "omitted": omitted,
    }


def allowed_folders(lib_photos: Path, lib_cache: Path, theme: Theme) -> list[Path]:
    """The only folders a print layout may read from."""
    return [lib_photos, lib_cache, theme.folder, assets_dir()]


def run_job(
    lib: Library, job: PdfJob, progress: Progress | None = None, cancelled: Check | None = None
) -> RenderResult:
    """Render `job` in this process (the subprocess calls this too)."""
    started = time.perf_counter()
    prepared = prepare(lib, job)
    theme, template, catalog, placer = (
        prepared.theme, prepared.template, prepared.catalog, prepared.placer,
    )  # fmt: skip
    steps = _Steps(progress, n=max(1, _product_count(lib, catalog)))
    steps.report(0)
    view = build_view(lib, Selection(catalog), "public", cancelled=cancelled)
    built = build_context(view, placer, catalog, prepared.opts, steps.context, cancelled)
    ctx = built.context
    steps.n = max(1, len(ctx.products))
    steps.expected_pages = len(ctx.products) + len(ctx.sections) + 4
    missing = placer.missing()
    prewarm(
        lib.photos_dir, lib.cache_dir, missing, workers=job.workers,
        pixels=placer.source_pixels(missing), progress=steps.images, cancelled=cancelled,
    )  # fmt: skip
    steps.images(1, 1)
    omitted = Omissions()  # what the theme leaves out for lack of room: notes of the result
    html = render_template(
        theme, template, lib.themes_dir, **template_context(prepared, ctx, omitted)
    )
    if cancelled is not None and cancelled():
        raise Cancelled()
    assert job.temp is not None
    job.temp.parent.mkdir(parents=True, exist_ok=True)
    try:
        written = write_pdf(
            html,
            job.temp,
            base_url=theme.folder.resolve().as_uri() + "/",
            allowed=allowed_folders(lib.photos_dir, lib.cache_dir, theme),
            metadata={
                "title": ctx.title.main,
                "author": ctx.organisation or "Tenun Catalog",
                "lang": ctx.html_lang,
            },
            pdf_variant="pdf/a-3b" if job.pdf_a else None,
            stage=steps.stage,
            cancelled=cancelled,
        )
    except LayoutAborted:
        raise Cancelled() from None
    if cancelled is not None and cancelled():
        raise Cancelled()
    atomic.commit(job.temp, job.out)
    steps.report(steps.total)
    return RenderResult(
        path=job.out,
        pages=written.pages,
        products=len(ctx.products),
        withheld=list(built.withheld),
        missing_translations=list(built.missing_translations),
        warnings=written.warnings,
        seconds=time.perf_counter() - started,
        notes=omitted.notes(prepared.paper),
    )


__all__ = ["PdfJob", "Prepared", "prepare", "render_pdf", "render_price_list", "run_job"]
