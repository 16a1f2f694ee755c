"""The template contracts of Sei food labels and Tenun hang tags, and how they sit on a sheet.

Owns the context dataclasses the `label-sei` and `label-tenun` themes receive (every text already
resolved, formatted and checked by export.labels; a label context is only ever made for a label
that passed `rules.validate_label`) and `sheet_pages`, which places items on the pages of a
`Grid` (cells in mm) with the crop marks of each page. One label per 100 x 70 mm page is a grid
of one cell on a page of that size, without marks. Each cell carries its index, which the
themes write as `data-fit` so render.fit can name an item that is too full for its box.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Bi
from .marks import Grid, crop_marks


@dataclass(frozen=True)
class SeiLabelCtx:
    """One Sei food label (Indonesian, as the regulation asks)."""

    sku: str
    name: str  # Indonesian product name
    name_en: str  # English name under it (bilingual labels only), else ""
    brand: str
    ingredients: str  # "Daging babi (92%), Garam, ..." in the given (descending weight) order
    allergens: str  # "" when none
    net_weight: str  # "250 g", "1,5 kg"
    producer_name: str
    producer_address: str  # street, village, kecamatan, kabupaten/kota, province
    mark: str  # 'halal', 'babi', 'tidak_halal' or '' (rules.halal_mark)
    halal_number: str  # only with mark 'halal'
    pork_text: str  # MENGANDUNG BABI (mark 'babi'), else ""
    pork_text_en: str  # CONTAINS PORK on bilingual labels, else ""
    shared_facility: str  # the shared-facility statement, or ""
    storage: str  # "Simpan di suhu ruang, di tempat kering dan sejuk."
    production_date: str  # "29 November 2026"
    batch_code: str
    best_before: str  # "13 Desember 2026" (dmy) or "Mei 2027" (my)
    date_format: str  # 'dmy' or 'my' (rules.label_date_format)
    permit: str  # "P-IRT No. 2015301020147-30", "BPOM RI MD 226553001047" or a made-to-order note

    @property
    def pork(self) -> bool:
        return self.mark == "babi"


@dataclass(frozen=True)
class TagFact:
    label: Bi  # "Asal" / "Origin" (main language, other language on bilingual tags)
    value: Bi


@dataclass(frozen=True)
class HangTagCtx:
    """One Tenun hang tag: the motif first, then the cloth, its makers and how to order it."""

    sku: str
    title: str  # the motif's local name (or its Indonesian name), else the product name
    subtitle: Bi  # the motif's Indonesian / English names under the title (or the product's)
    product: Bi  # the product name, when the title is the motif; else empty
    facts: tuple[TagFact, ...]  # origin, technique, dyes, weaver (consenting weavers only)
    story: Bi  # shortened at a sentence or word boundary
    price: str  # "Rp750.000", or ""
    qr_svg: str  # inline SVG, or "" when there is nowhere to send the buyer
    qr_caption: Bi  # "Pindai untuk memesan" / "Scan to order"


@dataclass(frozen=True)
class Cell:
    index: int  # position of the item in the document (0-based), for the fit check
    x: float  # mm from the page's left edge
    y: float  # mm from the page's top edge
    item: SeiLabelCtx | HangTagCtx


@dataclass(frozen=True)
class SheetPage:
    cells: tuple[Cell, ...]
    crops: str  # page-size SVG of crop marks, or ""


@dataclass(frozen=True)
class SheetDoc:
    """What the label and hang-tag templates receive as `doc`."""

    title: str
    lang: str  # id, en, id+en
    html_lang: str  # id or en
    page_w: float  # mm
    page_h: float
    cell_w: float
    cell_h: float
    pages: tuple[SheetPage, ...]
    words: dict[str, Bi]  # the theme's fixed words, in the document's language(s)

    @property
    def items(self) -> tuple[SeiLabelCtx | HangTagCtx, ...]:
        return tuple(c.item for p in self.pages for c in p.cells)


def sheet_pages(
    items: list[SeiLabelCtx] | list[HangTagCtx], grid: Grid, marks: bool = True
) -> tuple[SheetPage, ...]:
    """`items` in grid order, a page per `grid.per_page`, each with its crop marks."""
    pages = []
    for start in range(0, len(items), grid.per_page):
        chunk = items[start : start + grid.per_page]
        cells = tuple(
            Cell(start + i, *grid.cell(i), item)
            for i, item in enumerate(chunk)  # type: ignore[arg-type]
        )
        pages.append(SheetPage(cells, crop_marks(grid, len(chunk)) if marks else ""))
    return tuple(pages)
