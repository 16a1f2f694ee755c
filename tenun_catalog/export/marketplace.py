"""Marketplace upload sheets: the seller's own Shopee or Tokopedia mass-upload template, filled.

Owns `render_marketplace`: opens the template the seller downloaded from Seller Centre (a
hostile file: marketplace_template bounds it), finds its header row and maps its columns by
name, writes one row per ready product from the first empty row below the header block, and
saves the whole workbook as `out` (atomically). Nothing else in the workbook is changed: other
sheets, styles, column widths, merged cells and formulas stay as the template has them (openpyxl
keeps what it can read; what it says it cannot keep, such as some drop-down lists, is reported).
Templates change: we fill the seller's file by its header names, never a copy of ours.

Products come from the public audience view only (a withheld motif's name, a weaver without
consent never reach a cell). A product is written when its readiness for the channel says ready
(domain/readiness.py: name, description, price, brand or producer, packed weight, stock, a
photo) and its main photo in the web catalog is at least MIN_IMAGE_PX; the others are listed with
the reason. Photo URLs are the web catalog's JPEGs under the catalog's `base_url`, exactly as
the feeds write them (upload `render html` of the same catalog there first).

Channel limits (public facts gathered in issue 14; those marked "guess" are to be checked
against Seller Centre): Shopee names at most 100 characters, descriptions 3000 (guess), weight in
kg with packaging, 0.01-500, a cover photo and Foto Produk 1-8; Tokopedia names at most 70,
descriptions 2000, weight in whole grams, condition Baru/Bekas, at most 5 photos (guess). A name
that is too long is CUT at a word boundary (never refused: the seller sees the shorter name in
the sheet and in the report, and can shorten it in the library); a description is cut with an
ellipsis. Sizes go in whole centimetres, rounded up (a parcel is never declared smaller). Each
adjustment is reported on the product's row. A column the template marks required that this
program does not know is reported by name, never silently left blank; so is a known required
column a product leaves empty (a category not set yet).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import vocab
from ..domain.errors import UserError
from ..store import Library
from . import atomic, web_data
from .audience import Selection, ViewProduct, build_view
from .context import Cancelled
from .feeds import check_base_url, left_out_notes, plain
from .html import load_web_theme
from .marketplace_template import Layout, find_layout, open_template, weight_unit
from .options import catalog_options
from .result import OutputResult
from .web_images import largest_jpeg

CHANNELS = ("shopee", "tokopedia")
CHANNEL_NAMES = {"shopee": "Shopee", "tokopedia": "Tokopedia"}
MAX_NAME = {"shopee": 100, "tokopedia": 70}
MAX_DESCRIPTION = {"shopee": 3000, "tokopedia": 2000}
MAX_IMAGES = {"shopee": 9, "tokopedia": 5}  # Shopee: cover + Foto Produk 1-8
WEIGHT_UNIT = {"shopee": "kg", "tokopedia": "g"}
MIN_KG, MAX_KG = 0.01, 500.0
MIN_IMAGE_PX = 500
MAX_REPORTED = 50


@dataclass
class Row:
    sku: str
    values: dict[str, object]
    notes_id: list[str] = field(default_factory=list)
    notes_en: list[str] = field(default_factory=list)

    def note(self, text_id: str, text_en: str) -> None:
        self.notes_id.append(text_id)
        self.notes_en.append(text_en)


@dataclass(frozen=True)
class LeftOut:
    sku: str
    reason_id: str
    reason_en: str


def cut_name(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when one is near (no ellipsis)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut).rstrip(" ,;:-–")


def paragraphs(text: str, limit: int) -> str:
    """Plain text keeping its paragraphs (marketplaces show line breaks), at most `limit`."""
    parts = [plain(p, limit) for p in (text or "").replace("\r", "").split("\n\n")]
    joined = "\n\n".join(p for p in parts if p)
    if len(joined) > limit:
        cut = joined[: limit - 1]
        joined = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut) + "…"
    return joined


PORK_MARK = "MENGANDUNG BABI"  # the buyer reads it before anything else (domain.md)


def _description(item: ViewProduct) -> str:
    p = item.product
    parts = [p.description_id or p.description_en, p.story_id or p.story_en]
    if p.kind == "sei" and p.sei is not None and p.sei.meat == "babi":
        parts.insert(0, PORK_MARK + ".")
    return "\n\n".join(dict.fromkeys(x.strip() for x in parts if x and x.strip()))


class _Sheet:
    def __init__(self, lib: Library, channel: str, layout: Layout, base_url: str, widths, view):
        self.lib, self.channel, self.layout = lib, channel, layout
        self.base_url, self.widths = base_url, widths
        self.categories = view.channel_categories
        self.left_out: list[LeftOut] = []
        images = sorted(int(k.split(":")[1]) for k in layout.columns if k.startswith("image:"))
        self.image_columns = (["cover_image"] if "cover_image" in layout.columns else []) + [
            f"image:{n}" for n in images
        ]
        self.image_room = min(len(self.image_columns), MAX_IMAGES[channel])
        header = layout.headers.get(layout.columns.get("weight", 0), "")
        self.unit = weight_unit(header, WEIGHT_UNIT[channel])

    def leave_out(self, sku: str, reason_id: str, reason_en: str) -> None:
        self.left_out.append(LeftOut(sku, reason_id, reason_en))

    def _images(self, item: ViewProduct, row: Row) -> list[str] | None:
        urls: list[str] = []
        small = 0
        for photo in item.photos:
            path, width, height = largest_jpeg(self.lib.photos_dir, photo, self.widths)
            if min(width, height) < MIN_IMAGE_PX:
                if not urls:  # the main photo decides: too small, the product waits
                    self.leave_out(
                        item.sku,
                        f"foto utamanya hanya {width}×{height} piksel di katalog web; minimal "
                        f"{MIN_IMAGE_PX}×{MIN_IMAGE_PX}. Ganti dengan foto yang lebih besar",
                        f"its main photo is only {width}×{height} px in the web catalog; at "
                        f"least {MIN_IMAGE_PX}×{MIN_IMAGE_PX} is needed. Use a larger photo",
                    )
                    return None
                small += 1
                continue
            url = web_data.absolute(self.base_url, path)
            if url not in urls:
                urls.append(url)
        if small:
            row.note(
                f"{small} foto lebih kecil dari {MIN_IMAGE_PX} piksel tidak dimasukkan",
                f"{small} photos smaller than {MIN_IMAGE_PX} px left out",
            )
        if len(urls) > self.image_room:
            row.note(
                f"{len(urls) - self.image_room} foto tidak muat (template memuat "
                f"{self.image_room} foto)",
                f"{len(urls) - self.image_room} photos did not fit (the template takes "
                f"{self.image_room})",
            )
        return urls[: self.image_room]

    def _weight(self, item: ViewProduct, row: Row) -> float | int | None:
        grams = float(item.product.packed_weight_g or 0)
        if self.unit == "g":
            return max(1, math.ceil(grams))
        kg = round(grams / 1000, 2)
        if not MIN_KG <= kg <= MAX_KG:
            self.leave_out(
                item.sku,
                f"berat kirimnya {grams:g} g = {kg:g} kg; Shopee menerima {MIN_KG:g}–{MAX_KG:g} "
                "kg".replace(".", ","),
                f"its packed weight {grams:g} g = {kg:g} kg; Shopee takes {MIN_KG:g}–{MAX_KG:g} kg",
            )
            return None
        return kg

    def row(self, item: ViewProduct) -> Row | None:
        p, channel = item.product, self.channel
        state = item.readiness(channel)
        if not state.ready:
            problems = state.missing + [f for f in state.findings if f.is_error]
            self.leave_out(
                item.sku,
                "; ".join(f.message_id.rstrip(".") for f in problems[:3]),
                "; ".join(f.message_en.rstrip(".") for f in problems[:3]),
            )
            return None
        row = Row(item.sku, {})
        name = plain(p.name_id or p.name_en, 10_000)
        short = cut_name(name, MAX_NAME[channel])
        if short != name:
            row.note(
                f"nama dipotong menjadi {len(short)} karakter (batas {CHANNEL_NAMES[channel]} "
                f'{MAX_NAME[channel]}): "{short}"',
                f"name cut to {len(short)} characters ({CHANNEL_NAMES[channel]}'s limit "
                f'{MAX_NAME[channel]}): "{short}"',
            )
        text = _description(item)
        description = paragraphs(text, MAX_DESCRIPTION[channel])
        if len(paragraphs(text, 10**6)) > MAX_DESCRIPTION[channel]:
            row.note(
                f"deskripsi dipotong menjadi {MAX_DESCRIPTION[channel]} karakter",
                f"description cut to {MAX_DESCRIPTION[channel]} characters",
            )
        images = self._images(item, row)
        if images is None:
            return None
        weight = self._weight(item, row)
        if weight is None:
            return None
        row.values.update(
            name=short,
            description=description,
            sku=item.sku,
            price=int(p.price or 0),
            stock=int(p.stock or 0),
            weight=weight,
            condition=vocab.CONDITIONS.label(p.condition or "new", "id"),
            category=self.categories.get((channel, p.kind), ""),
            min_order=p.min_order or 1,
            _kind=p.kind,
            brand=plain(p.brand or (item.producer.name if item.producer else ""), 200),
        )
        if p.stock == 0 and p.lead_time_days:
            row.values["preorder_days"] = int(p.lead_time_days)  # made to order
        for key, size in (
            ("length", p.package_length_cm),
            ("width", p.package_width_cm),
            ("height", p.package_height_cm),
        ):
            if size:
                row.values[key] = max(1, math.ceil(size))
        for column, url in zip(self.image_columns, images, strict=False):
            row.values[column] = url
        return row


def _cell(sheet, row: int, column: int, value: object) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text, never a formula, whatever it starts with


def _notes(channel: str, layout: Layout, rows: list[Row], sheet: _Sheet, said: list[str]):
    from openpyxl.utils import get_column_letter

    name = CHANNEL_NAMES[channel]
    where = f"'{layout.sheet.title}'"
    notes = [
        (
            f"Lembar unggah {name}: {len(rows)} produk, mulai baris {layout.first_row} di "
            f"lembar {where}.",
            f"{name} upload sheet: {len(rows)} products, from row {layout.first_row} of the "
            f"sheet {where}.",
        )
    ]
    for column in layout.unknown_required:
        header = layout.headers.get(column, "") or get_column_letter(column)
        letter = get_column_letter(column)
        notes.append(
            (
                f"Kolom wajib '{header}' (kolom {letter}) tidak dikenal program ini dan "
                "dibiarkan kosong: isi sendiri sebelum mengunggah.",
                f"The required column '{header}' (column {letter}) is not one this program "
                "knows; it was left empty: fill it in before uploading.",
            )
        )
    if "category" in layout.columns:
        kinds = sorted({r.values["_kind"] for r in rows if not r.values.get("category")})
        for kind in kinds:
            kind_id, kind_en = (
                vocab.PRODUCT_KINDS.label(kind, "id"),
                vocab.PRODUCT_KINDS.label(kind, "en"),
            )
            command = f"tenun-catalog channel category set --channel {channel} --kind {kind}"
            notes.append(
                (
                    f"Kategori {name} untuk {kind_id} belum diatur: kolom kategori dibiarkan "
                    f"kosong. Isi di lembar ini, atau atur sekali dengan `{command} --value ID` "
                    "(ID kategori dari template).",
                    f"The {name} category for {kind_en} is not set: the category column was "
                    f"left empty. Fill it in this sheet, or set it once with `{command} --value "
                    "ID` (the category id from the template).",
                )
            )
    required = {k for k, c in layout.columns.items() if c in layout.required} - {"category"}
    for key in sorted(required):
        empty = [r.sku for r in rows if r.values.get(key) in (None, "")]
        if empty:
            header = layout.headers.get(layout.columns[key], key)
            notes.append(
                (
                    f"Kolom wajib '{header}' kosong untuk {len(empty)} produk ("
                    f"{', '.join(empty[:5])}): isi sebelum mengunggah.",
                    f"The required column '{header}' is empty for {len(empty)} products ("
                    f"{', '.join(empty[:5])}): fill it in before uploading.",
                )
            )
    for key in ("weight", "sku"):
        if key not in layout.columns:
            notes.append(
                (
                    f"Template tidak punya kolom {'berat' if key == 'weight' else 'SKU'}; "
                    "periksa apakah ini template yang benar.",
                    f"The template has no {'weight' if key == 'weight' else 'SKU'} column; "
                    "check that it is the right template.",
                )
            )
    adjusted = [r for r in rows if r.notes_id]
    for r in adjusted[:MAX_REPORTED]:
        line = r.values.get("_row")
        notes.append(
            (
                f"  {r.sku} (baris {line}): " + "; ".join(r.notes_id),
                f"  {r.sku} (row {line}): " + "; ".join(r.notes_en),
            )
        )
    left = sheet.left_out
    notes += left_out_notes(
        left,
        f"{len(left)} produk tidak dimasukkan karena belum siap untuk {name}:",
        f"{len(left)} products were left out because they are not ready for {name}:",
    )
    if said:
        notes.append(
            (
                "Bagian template yang tidak bisa dipertahankan (periksa di Excel sebelum "
                "mengunggah): " + "; ".join(said),
                "Parts of the template that could not be kept (check in Excel before "
                "uploading): " + "; ".join(said),
            )
        )
    return tuple(notes)


def render_marketplace(
    lib: Library,
    out: Path,
    *,
    template: Path,
    selection: Selection | None = None,
    channel: str = "shopee",
    base_url: str = "",
    theme: str = "web",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> OutputResult:
    """Fill the `channel` template at `template` with the ready products of `selection` and
    save it as `out`. A refused template or a missing base URL writes nothing."""
    started = time.perf_counter()
    if channel not in CHANNELS:
        raise UserError(
            f"Kanal marketplace '{channel}' tidak dikenal; pilih: {', '.join(CHANNELS)}.",
            f"Unknown marketplace channel '{channel}'; choose one of: {', '.join(CHANNELS)}.",
        )
    if not template:
        raise UserError(
            "Beri template yang diunduh dari Seller Centre: --template BERKAS.xlsx",
            "Give the template downloaded from Seller Centre: --template FILE.xlsx",
        )
    if Path(out).suffix.lower() != ".xlsx":
        raise UserError(
            f"Simpan lembar unggah sebagai berkas .xlsx (bukan {Path(out).name}).",
            f"Save the upload sheet as an .xlsx file (not {Path(out).name}).",
        )
    selection = selection or Selection()
    base_url = base_url or catalog_options(selection.catalog).base_url
    if not (base_url or "").strip():
        raise UserError(
            "Lembar unggah marketplace butuh alamat web katalog (tempat katalog web diunggah): "
            "marketplace mengambil foto produk dari sana. Isi 'Alamat web katalog' di "
            "pengaturan katalog (bagian Harga dan pemesanan), atau jalankan `tenun-catalog "
            "catalog edit NAMA --base-url URL`, atau beri --base-url URL.",
            "A marketplace upload sheet needs the catalog's web address (where the web catalog "
            "is uploaded): the marketplace fetches the product photos from there. Set 'Web "
            "address of the catalog' in the catalog settings (Prices and ordering), or run "
            "`tenun-catalog catalog edit NAME --base-url URL`, or give --base-url URL.",
            field="base_url",
        )
    base_url = check_base_url(base_url)
    book, said = open_template(Path(template))
    layout = find_layout(book, Path(template), CHANNEL_NAMES[channel])
    widths = load_web_theme(theme or "web", lib.themes_dir).widths
    view = build_view(lib, selection, "public", cancelled=cancelled)
    sheet = _Sheet(lib, channel, layout, base_url, widths, view)
    rows: list[Row] = []
    items = view.products
    for index, item in enumerate(items, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        row = sheet.row(item)
        if row is not None:
            row.values["_row"] = layout.first_row + len(rows)
            rows.append(row)
        if progress:
            progress(index, len(items))
    for row in rows:
        line = int(row.values["_row"])
        for key, column in layout.columns.items():
            value = row.values.get(key)
            if value not in (None, ""):
                _cell(layout.sheet, line, column, value)
    with atomic.writing(Path(out)) as temp:
        book.save(temp)
    return OutputResult(
        path=Path(out),
        pages=len(rows),
        products=len(rows),
        withheld=view.withheld_motifs,
        seconds=time.perf_counter() - started,
        notes=_notes(channel, layout, rows, sheet, said),
    )


def run_marketplace(
    lib: Library,
    selection: Selection,
    out: Path,
    options: Mapping[str, Any],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> OutputResult:
    """The registry's run signature (export/builtin_outputs.py registers it as `marketplace`)."""
    return render_marketplace(
        lib,
        out,
        template=Path(str(options.get("template") or "")) if options.get("template") else None,
        selection=selection,
        channel=str(options.get("channel") or "shopee"),
        base_url=str(options.get("base_url") or ""),
        theme=str(options.get("theme") or "web"),
        progress=progress,
        cancelled=cancelled,
    )
