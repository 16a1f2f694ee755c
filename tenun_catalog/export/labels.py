"""Sei food labels and Tenun hang tags as print-ready PDFs.

Owns `render_sei_labels` and `render_hang_tags` (the hang-tag content is built in
export.hang_tags) and what they share: the sheet geometry, the check that every label or tag fits
its box, and the atomic write. A Sei label is made only when `rules.validate_label` finds no
error for ANY of the asked SKUs; otherwise a UserError lists every error of every SKU and nothing
is written. Before the PDF is written, each distinct label or tag is measured in its cell
(render.fit): one that is too full would lose its last lines when cut, so it is refused (a
label) or its story is shortened (a tag). The PDF goes to a temporary name next to `out` and is
moved into place only at the end.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from babel.dates import format_date

from .. import formats
from .. import operations as ops
from ..domain import rules, vocab
from ..domain.entities import Catalog, Producer, Product
from ..domain.errors import UserError
from ..render.context_labels import HangTagCtx, SeiLabelCtx, SheetDoc, sheet_pages
from ..render.documents import render_document
from ..render.fit import overflowing
from ..render.marks import Grid, Marks
from ..render.ornament import Ornaments
from ..store import Library
from . import atomic
from .audience import Selection, build_view
from .hang_tags import TagBuilder, shorten_story, tag_products, tag_words
from .result import RenderResult

LABEL_THEME = "label-sei"
TAG_THEME = "label-tenun"
A4 = (210.0, 297.0)
LABEL_SIZE = (100.0, 70.0)
LABEL_SIZES = ("100x70mm", "A4-sheet")
LABEL_GRID = Grid(*A4, *LABEL_SIZE, cols=2, rows=4)  # 8 labels, sharing their cut lines
LABEL_PAGE = Grid(*LABEL_SIZE, *LABEL_SIZE, cols=1, rows=1)  # one label per page
TAG_GRID = Grid(*A4, 95.0, 68.0, cols=2, rows=4)  # 8 tags, sharing their cut lines
QR_TARGETS = ("whatsapp", "page")

_STORAGE = {
    "suhu_ruang": "Simpan di suhu ruang, di tempat kering dan sejuk.",
    "dingin": "Simpan di lemari es (dingin).",
    "beku": "Simpan beku pada suhu -18 °C atau lebih dingin.",
}


# ---- Sei labels -------------------------------------------------------------------------------


def render_sei_labels(
    lib: Library,
    out: Path,
    *,
    skus: list[str],
    batch: rules.LabelBatch,
    size: str = "100x70mm",
    copies: int = 1,
    lang: str = "id",
    today: date | None = None,
) -> RenderResult:
    """Write the food labels of `skus` (each `copies` times) for one production `batch`.

    `size` "100x70mm": one label per 100 x 70 mm page; "A4-sheet": 8 labels per A4 page with
    crop marks. `lang` "id" (the regulation's language) or "id+en" (adds the English name and
    CONTAINS PORK). Raises UserError naming every missing or wrong item of every SKU (nothing is
    written) when any label has an error finding; label warnings come back in `warnings`.
    """
    started = time.perf_counter()
    if size not in LABEL_SIZES:
        raise UserError(
            f"Ukuran label '{size}' tidak dikenal (pilih: {', '.join(LABEL_SIZES)}).",
            f"Unknown label size '{size}' (choose: {', '.join(LABEL_SIZES)}).",
        )
    if lang not in ("id", "id+en"):
        raise UserError(
            f"Label pangan wajib berbahasa Indonesia: bahasa 'id' atau 'id+en', bukan '{lang}'.",
            f"Food labels must be in Indonesian: language 'id' or 'id+en', not '{lang}'.",
        )
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= 1000:
        raise UserError(
            f"Jumlah salinan harus 1 sampai 1000, bukan {copies}.",
            f"The number of copies must be 1 to 1000, not {copies}.",
        )
    wanted = list(dict.fromkeys(s.strip() for s in skus if s.strip()))
    if not wanted:
        raise UserError("Pilih paling sedikit satu SKU Sei.", "Choose at least one Sei SKU.")
    checked = _check_labels(lib, wanted, batch, today or date.today())
    labels = [sei_label(p, producer, batch, lang) for p, producer in checked.items]
    grid, marks = (LABEL_GRID, True) if size == "A4-sheet" else (LABEL_PAGE, False)
    title = "Label Sei " + ", ".join(wanted)
    too_full = _overflowing(lib, LABEL_THEME, "label", labels, grid, lang)
    if too_full:
        skus_full = ", ".join(labels[i].sku for i in too_full)
        raise UserError(
            f"Isi label terlalu panjang untuk 100 x 70 mm: {skus_full}. Singkatkan nama, "
            "komposisi, alergen atau alamat produsen.",
            f"The label content is too long for 100 x 70 mm: {skus_full}. Shorten the name, "
            "ingredients, allergens or the producer's address.",
        )
    items = [label for label in labels for _ in range(copies)]
    pages, warnings = _write(lib, LABEL_THEME, "label", out, _doc(items, grid, marks, title, lang))
    return RenderResult(
        path=Path(out),
        pages=pages,
        products=len(labels),
        warnings=checked.warnings + warnings,
        seconds=time.perf_counter() - started,
    )


@dataclass
class _Checked:
    """The products that may be labelled, and what validate_label said about them."""

    items: list[tuple[Product, Producer | None]] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (sku, id, en)
    warnings: list[str] = field(default_factory=list)


def _check_labels(lib: Library, skus: list[str], batch: rules.LabelBatch, today: date) -> _Checked:
    checked = _Checked()
    view = build_view(lib, Selection(skus=tuple(skus), strict=False), "public")
    for missing in view.not_found:
        sku = next((s for s in skus if f"'{s}'" in missing.message("id")), "?")
        checked.errors.append((sku, missing.message("id"), missing.message("en")))
    for item in view.products:
        product, producer, sku = item.product, item.producer, item.sku
        for f in rules.validate_label(product, producer, batch, today=today):
            if f.is_error:
                checked.errors.append((sku, f.message_id, f.message_en))
            else:
                checked.warnings.append(f"{sku}: {f.message_id}")
        checked.items.append((product, producer))
    if checked.errors:
        lines_id = "\n".join(f"- {sku}: {m}" for sku, m, _ in checked.errors)
        lines_en = "\n".join(f"- {sku}: {m}" for sku, _, m in checked.errors)
        count = len(checked.errors)
        raise UserError(
            f"Label Sei tidak dibuat. Perbaiki dulu {count} hal berikut:\n{lines_id}",
            f"No Sei labels were made. First fix these {count} items:\n{lines_en}",
            field="label",
        )
    return checked


def sei_label(
    p: Product, producer: Producer | None, batch: rules.LabelBatch, lang: str
) -> SeiLabelCtx:
    """The label context of a product that passed `rules.validate_label` (no error)."""
    s = p.sei
    assert s is not None and batch.production_date and batch.best_before
    mark = rules.halal_mark(s)
    ingredients = [i.strip() for i in s.ingredients if i.strip()]
    if ingredients and s.main_ingredient_pct:
        ingredients[0] += f" ({formats.number(s.main_ingredient_pct, 'id')}%)"
    date_format = rules.label_date_format(s.shelf_life_days)
    best = (
        formats.long_date(batch.best_before, "id")
        if date_format == "dmy"
        else format_date(batch.best_before, "MMMM y", locale="id_ID")
    )
    shared = ""
    if s.shared_facility_pork and mark != "babi":
        shared = s.shared_facility_statement.strip() or rules.SHARED_FACILITY_STATEMENT_ID
    bilingual = lang == "id+en"
    return SeiLabelCtx(
        sku=p.sku,
        name=p.name_id.strip(),
        name_en=p.name_en.strip() if bilingual else "",
        brand=p.brand.strip(),
        ingredients=", ".join(ingredients),
        allergens=s.allergens.strip(),
        net_weight=net_weight(s.net_weight_g or 0),
        producer_name=producer.name.strip() if producer else "",
        producer_address=producer_address(producer) if producer else "",
        mark=mark,
        halal_number=s.halal_number.strip() if mark == "halal" else "",
        pork_text=rules.PORK_MARK_TEXT if mark == "babi" else "",
        pork_text_en="CONTAINS PORK" if mark == "babi" and bilingual else "",
        shared_facility=shared,
        storage=_STORAGE.get(s.storage, f"Simpan: {s.storage}." if s.storage else ""),
        production_date=formats.long_date(batch.production_date, "id"),
        batch_code=batch.batch_code.strip(),
        best_before=best,
        date_format=date_format,
        permit=permit_text(s.permit_kind, s.permit_number, s.shelf_life_days),
    )


def net_weight(grams: float) -> str:
    """'250 g', '1 kg', '1,5 kg' (Indonesian decimal comma)."""
    if grams >= 1000:
        return f"{formats.number(round(grams / 1000, 3), 'id')} kg"
    return f"{formats.number(grams, 'id')} g"


def producer_address(producer: Producer) -> str:
    region = vocab.KABUPATEN.label(producer.kabupaten) if producer.kabupaten else ""
    if region and producer.kabupaten in vocab.KABUPATEN and not region.startswith(("Kota", "Kab")):
        region = f"Kab. {region}"
    parts = [
        producer.address,
        producer.village,
        f"Kec. {producer.kecamatan}" if producer.kecamatan else "",
        region,
        producer.province,
    ]
    return ", ".join(x.strip() for x in parts if x and x.strip())


def permit_text(kind: str, number: str, shelf_life_days: int | None) -> str:
    number = number.strip()
    if kind == "pirt":
        return f"P-IRT No. {number}"
    if kind == "bpom_md":
        return f"BPOM RI {number}" if number.upper().startswith("MD") else f"BPOM RI MD {number}"
    days = f" Habiskan dalam {shelf_life_days} hari." if shelf_life_days else ""
    return f"Dibuat sesuai pesanan.{days}"


# ---- hang tags --------------------------------------------------------------------------------


def render_hang_tags(
    lib: Library,
    out: Path,
    *,
    skus: list[str] | None = None,
    catalog: Catalog | str | None = None,
    qr_target: str = "whatsapp",
    base_url: str = "",
    lang: str = "id+en",
) -> RenderResult:
    """Write A4 sheets of hang tags (8 tags of 95 x 68 mm per page, crop marks between) for the
    Tenun products `skus`, or those of `catalog`, or every Tenun product of the library.

    The QR code opens the product's page of the web catalog when `qr_target` is "page" and
    `base_url` is given, else a WhatsApp order chat with the producer. Motifs withheld by the
    cultural protocol never appear (listed in `withheld`); weavers are named only with consent.
    """
    started = time.perf_counter()
    if lang not in ("id", "en", "id+en"):
        raise UserError(
            f"Bahasa '{lang}' tidak dikenal (id, en, id+en).",
            f"Unknown language '{lang}' (id, en, id+en).",
        )
    if qr_target not in QR_TARGETS:
        raise UserError(
            f"Tujuan QR '{qr_target}' tidak dikenal (whatsapp, page).",
            f"Unknown QR target '{qr_target}' (whatsapp, page).",
        )
    if isinstance(catalog, str):
        catalog = ops.get_catalog(lib, catalog)
    view = build_view(lib, Selection(catalog, tuple(skus or ())), "public")
    products = tag_products(view)
    builder = TagBuilder(lang, qr_target, base_url)
    tags = [builder.tag(p) for p in products]
    title = "Label gantung tenun" if lang != "en" else "Hang tags"
    pending = list(range(len(tags)))  # the tags still to measure
    for step in (1, 2, 0):  # a tag that does not fit: its story shortened twice, then refused
        chunk = [tags[i] for i in pending]
        pending = [
            pending[i] for i in _overflowing(lib, TAG_THEME, "hang-tags", chunk, TAG_GRID, lang)
        ]
        if not pending:
            break
        if step == 0:
            skus_full = ", ".join(tags[i].sku for i in pending)
            size = f"{TAG_GRID.cell_w:g} x {TAG_GRID.cell_h:g} mm"
            raise UserError(
                f"Isi label gantung terlalu panjang untuk {size}: {skus_full}. Singkatkan "
                "nama produk, nama motif atau daftar penenun.",
                f"The hang tag content is too long for {size}: {skus_full}. Shorten the "
                "product name, the motif name or the list of weavers.",
            )
        for i in pending:
            tags[i] = shorten_story(tags[i], step)
    pages, warnings = _write(
        lib, TAG_THEME, "hang-tags", out, _doc(tags, TAG_GRID, True, title, lang)
    )
    return RenderResult(
        path=Path(out),
        pages=pages,
        products=len(tags),
        withheld=view.withheld_motifs,
        missing_translations=builder.missing,
        warnings=warnings,
        seconds=time.perf_counter() - started,
    )


# ---- shared: documents, fit check, atomic write -----------------------------------------------

Item = SeiLabelCtx | HangTagCtx


def _doc(items: Sequence[Item], grid: Grid, marks: bool, title: str, lang: str) -> SheetDoc:
    return SheetDoc(
        title=title,
        lang=lang,
        html_lang="en" if lang == "en" else "id",
        page_w=grid.page_w,
        page_h=grid.page_h,
        cell_w=grid.cell_w,
        cell_h=grid.cell_h,
        pages=sheet_pages(list(items), grid, marks),
        words=tag_words(lang),
    )


def _context(doc: SheetDoc) -> dict[str, object]:
    return {"doc": doc, "marks": Marks(), "ornament": Ornaments()}


def _overflowing(
    lib: Library, theme: str, output: str, items: Sequence[Item], grid: Grid, lang: str
) -> list[int]:
    """Indexes of the `items` whose content does not fit a cell of `grid`. Each is measured in
    a cell of that size alone on a page twice as tall, so content that runs past the cell is
    laid out (and measured) instead of being cut at the paper's edge."""
    room = Grid(grid.cell_w, grid.cell_h * 2, grid.cell_w, grid.cell_h, cols=1, rows=1)
    doc = _doc(items, room, False, "fit", lang)
    found = overflowing(theme, output, allowed=[], user_themes=lib.themes_dir, **_context(doc))
    return sorted(int(i) for i in found)


def _write(
    lib: Library, theme: str, output: str, out: Path, doc: SheetDoc
) -> tuple[int, list[str]]:
    """Render `doc` to `out` atomically: (pages, renderer warnings)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = atomic.temp_beside(out)
    try:
        written = render_document(
            theme, output, temp, allowed=[], user_themes=lib.themes_dir, title=doc.title,
            author="Tenun Catalog", **_context(doc),
        )  # fmt: skip
        atomic.commit(temp, out)
        return written.pages, list(written.warnings)
    finally:
        if temp.exists():
            temp.unlink()


__all__ = ["render_hang_tags", "render_sei_labels", "sei_label"]
