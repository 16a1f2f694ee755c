"""The live preview laid out a piece at a time, with a cache of laid-out pieces.

Owns `plan_preview` (a `PagePlan`: the catalog cut into pieces — cover and opening, contents,
each section opener, each product, the back cover — numbered from known page counts) and
`lay_out` (one piece to its own small PDF in the cache). A piece's cache key is a digest of
everything it depends on: what it shows (the product's context, its section's title), the
catalog's own words and options, language, paper, the theme's files and the page it starts on.
An edit therefore re-lays out only the pieces whose key changed; a product that takes more pages
than expected moves the numbers of what follows, and `renumber` says which pieces that touched.

The pieces come from the same audience view, context and partial templates as `render pdf`
(export.pdf.prepare, piece.html includes the partials catalog.html includes), so a preview
page is the export's page. The preview's photos are the screen derivatives (150 dpi).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import __version__
from ..domain.entities import Catalog
from ..render.context import CatalogCtx, PieceCtx
from ..render.env import Theme, render_template
from ..render.omissions import Omissions
from ..render.pdf import LayoutAborted, write_pdf
from ..store import Library
from . import atomic
from .audience import Selection, build_view
from .cancel import Cancelled
from .context import build_context
from .pdf import PdfJob, Prepared, allowed_folders, prepare, template_context
from .print_images import prewarm
from .qr import qr_svg

PREVIEW_IMAGES = "screen"
PIECES_ENTRY = "pdf-pieces"
CACHE_FOLDER = "preview"
CACHE_KEEP = 4000  # laid-out pieces kept on disk (about 0.3 MB each with screen photos)
INDEX_KEEP = 20_000  # page counts remembered by content (a few MB of JSON at most)
TOC_LINES_PER_PAGE = 36  # a first guess of the contents' length, replaced once laid out


@dataclass
class Piece:
    """One piece of the catalog as the preview lays it out."""

    ident: str  # "front", "contents", "back", or the section's / product's anchor
    kind: str  # front, contents, section, product, back
    section: int = -1  # index into the context's sections
    product: int = -1  # index into that section's products
    sku: str = ""
    label: str = ""  # what a person calls it: the product's or section's name
    content: str = ""  # digest of what it shows, without page numbers
    first_page: int = 1
    key: str = ""  # digest of content, page numbers, catalog, theme: the cache key
    pages: int | None = None  # laid-out pages, once known
    expected: int = 1  # pages the structure promises (known after a layout)
    path: Path | None = None  # the laid-out PDF, when the cache has this key
    failed: bool = False  # its layout failed: not tried again until the next plan
    stale: Path | None = None  # an older layout to show meanwhile (before an edit, renumbering)

    @property
    def overflow(self) -> bool:
        """A product whose text did not fit the pages its template gave it."""
        return self.kind == "product" and self.pages is not None and self.pages > self.expected


@dataclass
class PagePlan:
    """Every piece of one catalog, numbered; what a layout of any piece needs."""

    prepared: Prepared
    ctx: CatalogCtx
    pieces: list[Piece]
    cache: PieceCache
    photos_dir: Path
    library_cache: Path
    themes_dir: Path
    catalog_digest: str = ""
    page_numbers: dict[str, int] = field(default_factory=dict)
    missing_translations: int = 0
    _by_ident: dict[str, Piece] = field(default_factory=dict, repr=False)

    @property
    def page_count(self) -> int:
        last = self.pieces[-1] if self.pieces else None
        return 0 if last is None else last.first_page + self.assumed_pages(last) - 1

    def assumed_pages(self, piece: Piece) -> int:
        """Its laid-out page count, else the last count of the same content, else a guess."""
        if piece.pages is not None:
            return piece.pages
        known = self.cache.pages_of(piece.content)
        if known is not None:
            return known[0]
        if piece.kind == "front":
            return 2
        if piece.kind == "contents":
            lines = len(self.ctx.products) + 2 * len(self.ctx.sections)
            return max(1, math.ceil(lines / TOC_LINES_PER_PAGE))
        return 1

    def find(self, ident: str) -> Piece | None:
        if len(self._by_ident) != len(self.pieces) or (
            self.pieces and self._by_ident.get(self.pieces[0].ident) is not self.pieces[0]
        ):
            self._by_ident = {p.ident: p for p in self.pieces}
        return self._by_ident.get(ident)

    def piece_of_sku(self, sku: str) -> Piece | None:
        return next((p for p in self.pieces if p.kind == "product" and p.sku == sku), None)


class PieceCache:
    """Laid-out pieces on disk: `<key>.pdf`, and an index of page counts by content digest
    (a piece's page count does not depend on the page it starts on)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.layouts = 0  # pieces laid out by this cache object (tests and the bench count)
        self._pages: dict[str, tuple[int, int]] = {}
        self._index = folder / "pages.json"
        with contextlib.suppress(OSError, ValueError, TypeError):
            data = json.loads(self._index.read_text(encoding="utf-8"))
            self._pages = {
                str(k): (int(v[0]), int(v[1]))
                for k, v in data.items()
                if isinstance(v, list) and len(v) == 2
            }

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.pdf"

    def get(self, key: str) -> Path | None:
        path = self.path(key)
        return path if path.is_file() else None

    def pages_of(self, content: str) -> tuple[int, int] | None:
        """(pages, expected pages) of the last layout of this content, if any."""
        return self._pages.get(content)

    def remember(self, content: str, pages: int, expected: int) -> None:
        self._pages.pop(content, None)  # newest last: the oldest go first when the index is full
        self._pages[content] = (pages, expected)
        while len(self._pages) > INDEX_KEEP:
            del self._pages[next(iter(self._pages))]

    def save_index(self) -> None:
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            temp = self._index.with_suffix(".tmp")
            temp.write_text(json.dumps({k: list(v) for k, v in self._pages.items()}))
            os.replace(temp, self._index)

    def prune(self, keep: int = CACHE_KEEP) -> int:
        """Remove the oldest laid-out pieces beyond `keep`; returns how many went."""
        try:
            files = sorted(self.folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime)
        except OSError:
            return 0
        gone = 0
        for path in files[: max(0, len(files) - keep)]:
            with contextlib.suppress(OSError):
                path.unlink()
                gone += 1
        return gone


def supports_pieces(theme: Theme) -> bool:
    return PIECES_ENTRY in theme.entry


def plan_preview(
    lib: Library,
    catalog: Catalog | None,
    cache: PieceCache | None = None,
    *,
    theme: str | None = None,
    previous: PagePlan | None = None,
    cancelled=None,
) -> PagePlan:
    """The pieces of `catalog` as it is now, numbered, with cached layouts found.

    Builds the public audience view and the context exactly as `render pdf` does, and makes
    the missing screen derivatives first (usually none: imports warm them)."""
    name = theme or (catalog.theme if catalog is not None and catalog.theme else "pameran")
    prepared = prepare(
        lib, PdfJob("pdf", Path("preview.pdf"), catalog, name, image_mode=PREVIEW_IMAGES)
    )
    view = build_view(lib, Selection(prepared.catalog), "public", cancelled=cancelled)
    # QR codes are made per piece as it is laid out (piece_html), not for all products up front
    lazy_qr = replace(prepared.opts, qr=False)
    built = build_context(view, prepared.placer, prepared.catalog, lazy_qr, None, cancelled)
    missing = prepared.placer.missing()
    if missing:
        prewarm(lib.photos_dir, lib.cache_dir, missing, cancelled=cancelled)
    if cache is None:
        cache = PieceCache(lib.cache_dir / CACHE_FOLDER)
    plan = PagePlan(
        prepared, built.context, _pieces(built.context), cache, lib.photos_dir, lib.cache_dir,
        lib.themes_dir,
        missing_translations=len(built.missing_translations),
    )  # fmt: skip
    plan.catalog_digest = _digest(
        __version__,
        _theme_signature(prepared.theme),
        repr(replace(built.context, sections=(), facets=(), withheld=())),
        repr(
            template_context(prepared, replace(built.context, sections=()), Omissions())["layout"]
        ),
    )
    renumber(plan)
    if previous is not None:  # what was on screen stays there, dimmed, until laid out again
        for piece in plan.pieces:
            old = previous.find(piece.ident) if piece.path is None else None
            if old is not None:
                piece.stale = old.path or old.stale
    return plan


def _pieces(ctx: CatalogCtx) -> list[Piece]:
    # the opening page says whether motifs are withheld: the only piece that shows it
    pieces = [Piece("front", "front", content=_digest("front", repr(ctx.withheld)))]
    toc = [(s.anchor, s.title.main, [(p.anchor, p.name.main, p.region) for p in s.products])
           for s in ctx.sections]  # fmt: skip
    pieces.append(Piece("contents", "contents", content=_digest("contents", repr(toc))))
    for s_index, section in enumerate(ctx.sections):
        pieces.append(
            Piece(
                section.anchor, "section", s_index, label=section.title.main,
                content=_digest("section", _opener_shows(section)),
            )
        )  # fmt: skip
        for p_index, product in enumerate(section.products):
            pieces.append(
                Piece(
                    product.anchor, "product", s_index, p_index, product.sku, product.name.main,
                    content=_digest("product", repr(section.title), repr(product)),
                )
            )  # fmt: skip
    producers = [repr(s.producer) for s in ctx.sections if s.producer]
    pieces.append(Piece("back", "back", content=_digest("back", *producers)))
    return pieces


def patch_plan(lib: Library, plan: PagePlan, skus: set[str], cancelled=None) -> list[str] | None:
    """Rebuild only the products `skus` in `plan` after an edit of their own records (a story,
    a price, a photo): their audience view and context alone, put in place of the old ones.
    Returns the idents of the pieces whose content changed, or None when a patch cannot stand
    in for a new plan (a product no longer in the plan, or one that moved or left).

    A patch is quick (milliseconds, where a plan of 500 products takes about half a second),
    and the caller still makes a whole plan afterwards to confirm it: a product's view does not
    depend on the others, so the confirmation finds the same keys and lays nothing out again."""
    if not skus or any(plan.piece_of_sku(sku) is None for sku in skus):
        return None
    view = build_view(lib, Selection(skus=tuple(sorted(skus)), strict=False), "public")
    lazy_qr = replace(plan.prepared.opts, qr=False)
    built = build_context(
        view, plan.prepared.placer, plan.prepared.catalog, lazy_qr, None, cancelled
    )
    fresh = {p.sku: p for p in built.context.products}
    if set(fresh) != set(skus):
        return None
    missing = plan.prepared.placer.missing()
    if missing:  # a new or turned photo
        prewarm(plan.photos_dir, plan.library_cache, missing, cancelled=cancelled)
    sections = tuple(
        replace(s, products=tuple(fresh.get(p.sku, p) for p in s.products))
        for s in plan.ctx.sections
    )
    before = {p.ident: p for p in plan.pieces}
    plan.ctx = replace(plan.ctx, sections=sections)
    plan.pieces = _pieces(plan.ctx)
    for piece in plan.pieces:  # what is known of unchanged pieces stays known
        old = before.get(piece.ident)
        if old is not None and old.content == piece.content:
            piece.key, piece.path, piece.pages, piece.expected, piece.stale = (
                old.key, old.path, old.pages, old.expected, old.stale,
            )  # fmt: skip
        elif old is not None:
            piece.stale = old.path or old.stale
    renumber(plan)
    return [p.ident for p in plan.pieces if before.get(p.ident) is None
            or before[p.ident].content != p.content]  # fmt: skip


def _opener_shows(section) -> str:
    """What a section opener shows: its title and producer, and its products by name only (so
    a story edit does not lay the opener out again)."""
    names = [(p.anchor, p.name) for p in section.products]
    return repr((section.anchor, section.title, section.producer, names))


def renumber(plan: PagePlan) -> list[Piece]:
    """Give every piece its first page (known page counts, else the structure's) and its key;
    returns the pieces whose key changed (they must be laid out again)."""
    page = 1
    numbers: dict[str, int] = {}
    for piece in plan.pieces:
        piece.first_page = page
        if piece.kind in ("section", "product"):
            numbers[piece.ident] = page
        page += plan.assumed_pages(piece)
    plan.page_numbers = numbers
    changed = []
    for piece in plan.pieces:
        older = piece.path
        key = _digest(
            plan.catalog_digest, piece.content, str(piece.first_page), _numbers_of(plan, piece)
        )
        if key != piece.key:
            piece.key = key
            piece.path = plan.cache.get(key)
            known = plan.cache.pages_of(piece.content)
            if piece.path is not None and known is not None:
                piece.pages, piece.expected = known
            else:
                piece.path = None
                piece.stale = older or piece.stale
            changed.append(piece)
    return changed


def _numbers_of(plan: PagePlan, piece: Piece) -> str:
    if piece.kind == "contents":
        return json.dumps(plan.page_numbers)
    if piece.kind == "section":
        section = plan.ctx.sections[piece.section]
        return json.dumps([plan.page_numbers.get(p.anchor) for p in section.products])
    return ""


@dataclass(frozen=True)
class LaidOut:
    piece: str  # ident
    key: str
    path: Path
    pages: int
    expected: int
    seconds: float
    moved: tuple[str, ...]  # idents of pieces whose key changed because this one's count did


def lay_out(plan: PagePlan, piece: Piece, cancelled=None) -> LaidOut:
    """Lay `piece` out into the cache (or find it there); renumber when its page count differs
    from what the numbering assumed. Raises Cancelled when `cancelled()` turns true."""
    started = time.perf_counter()
    assumed = plan.assumed_pages(piece)
    if piece.path is None:
        html = piece_html(plan, piece)
        expected = max(1, html.count("data-page-start")) if piece.kind == "product" else 0
        target = plan.cache.path(piece.key)
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = atomic.temp_beside(target)
        prepared = plan.prepared
        try:
            written = write_pdf(
                html,
                temp,
                base_url=prepared.theme.folder.resolve().as_uri() + "/",
                allowed=allowed_folders(plan.photos_dir, plan.library_cache, prepared.theme),
                cancelled=cancelled,
            )
        except BaseException as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            if isinstance(exc, LayoutAborted):
                raise Cancelled() from None
            raise
        atomic.commit(temp, target)
        plan.cache.layouts += 1
        piece.path, piece.pages = target, written.pages
        piece.expected = expected or written.pages
        plan.cache.remember(piece.content, piece.pages, piece.expected)
    moved: list[Piece] = []
    if piece.pages != assumed:
        moved = [p for p in renumber(plan) if p is not piece]
    return LaidOut(
        piece.ident, piece.key, piece.path, piece.pages or 0, piece.expected,
        time.perf_counter() - started, tuple(p.ident for p in moved),
    )  # fmt: skip


def piece_html(plan: PagePlan, piece: Piece) -> str:
    """The HTML of one piece: the theme's piece template with the export's context."""
    ctx = plan.ctx
    section = ctx.sections[piece.section] if piece.section >= 0 else None
    product = (
        section.products[piece.product] if section is not None and piece.product >= 0 else None
    )
    variables = template_context(plan.prepared, ctx, Omissions())
    if product is not None and plan.prepared.opts.qr:
        product = replace(product, qr_svg=qr_svg(product.qr_target))  # as build_context would
    variables["piece"] = PieceCtx(piece.kind, piece.first_page, section, product)
    variables["page_numbers"] = plan.page_numbers if piece.kind in ("contents", "section") else {}
    theme = plan.prepared.theme
    return render_template(theme, theme.entry[PIECES_ENTRY], plan.themes_dir, **variables)


def next_piece(plan: PagePlan, wanted: list[str]) -> Piece | None:
    """The piece to lay out next: the wanted (visible) pieces in order, then the contents
    (its length moves every number after it; until it is known, an estimate stands in),
    then the rest from the top."""
    for ident in wanted:
        piece = plan.find(ident)
        if piece is not None and piece.path is None and not piece.failed:
            return piece
    contents = plan.find("contents")
    if contents is not None and contents.path is None and not contents.failed:
        return contents
    return next((p for p in plan.pieces if p.path is None and not p.failed), None)


def waiting(plan: PagePlan, wanted: list[str], besides: Piece) -> bool:
    """Whether a wanted piece other than `besides` waits for its layout (so a long layout of
    a piece nobody looks at, such as the contents of a large catalog, gives way)."""
    if besides.ident in wanted:
        return False
    for ident in wanted:
        piece = plan.find(ident)
        if piece is not None and piece.path is None and not piece.failed:
            return True
    return False


@dataclass(frozen=True)
class PageSlot:
    """One page of the preview as the view shows it (a snapshot: safe to hand to another thread)."""

    number: int  # the page number printed on it
    piece: str  # the piece's ident
    kind: str
    index: int  # the page's index inside the piece's PDF
    path: Path | None  # the piece's laid-out PDF, None while it waits for its layout
    label: str = ""
    sku: str = ""
    overflow: bool = False
    stale: Path | None = None  # while `path` is None: the piece's older layout, shown dimmed


def page_slots(plan: PagePlan) -> tuple[PageSlot, ...]:
    """Every page of the plan in order, laid out or still waiting."""
    slots = []
    for piece in plan.pieces:
        for index in range(plan.assumed_pages(piece)):
            slots.append(
                PageSlot(
                    piece.first_page + index, piece.ident, piece.kind, index, piece.path,
                    piece.label, piece.sku, piece.overflow, piece.stale,
                )
            )  # fmt: skip
    return tuple(slots)


def changed_pieces(old: PagePlan | None, new: PagePlan) -> list[str]:
    """Idents of the products and sections whose content differs from the previous plan's
    (what an edit touched; a new product counts, the numbering does not)."""
    if old is None:
        return []
    before = {p.ident: p.content for p in old.pieces}
    return [
        p.ident for p in new.pieces
        if p.kind in ("product", "section") and before.get(p.ident) != p.content
    ]  # fmt: skip


def _theme_signature(theme: Theme) -> str:
    parts = []
    for path in sorted(theme.folder.rglob("*")):
        with contextlib.suppress(OSError):
            if path.is_file():
                stat = path.stat()
                parts.append(f"{path.relative_to(theme.folder)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def _digest(*parts: str) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\x00")
    return hasher.hexdigest()


__all__ = [
    "LaidOut", "PagePlan", "PageSlot", "Piece", "PieceCache", "changed_pieces", "lay_out",
    "next_piece", "page_slots", "patch_plan", "piece_html", "plan_preview", "renumber",
    "supports_pieces", "waiting",
]  # fmt: skip
