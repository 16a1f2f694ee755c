"""Product feeds for the channels buyers shop in: Meta (WhatsApp Business / Facebook /
Instagram catalogs) and Google Merchant Center, as CSV.

Owns `render_feed`: reads the selection through the audience view (public), writes one row per
product that is ready for the channel and reports the others with the reason (OutputResult
notes, both languages). `link` is the product's page in the published web catalog
(`names.page_url`) and `image_link` the largest JPEG the web export writes for the product's
first photo (`web_images.largest_jpeg`), both under the catalog's `base_url`: upload the web
catalog made with the same theme to that address and every link resolves.

Channel rules kept here (public specifications, see issue 14): price `450000 IDR`; availability
`in stock`/`out of stock` (Meta) or `in_stock`/`out_of_stock` (Google) from the stock (unknown or
above 0: in stock); condition `new`; plain-text descriptions (tags and control characters removed,
whitespace folded) cut at `MAX_DESCRIPTION`; titles cut at the channel's limit; Google ids at most
50 characters (longer SKUs are left out, never cut: an id must stay the SKU); every image at
least `MIN_IMAGE_PX` on both sides; at most `MAX_ADDITIONAL_IMAGES` additional images. Text cells
never start with a spreadsheet formula character. The report lists at most `MAX_REPORTED`
products left out, then a count.
"""

from __future__ import annotations

import csv
import re
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain import vocab
from ..domain.errors import UserError
from ..store import Library
from . import atomic, names, web_data
from .audience import Selection, ViewProduct, build_view
from .context import Cancelled
from .html import load_web_theme
from .options import catalog_options
from .result import OutputResult
from .web_images import largest_jpeg

CHANNELS = ("meta", "google")
CHANNEL_LABELS = {"meta": "Meta (WhatsApp/Facebook/Instagram)", "google": "Google Merchant Center"}
MIN_IMAGE_PX = 500
MAX_ADDITIONAL_IMAGES = 10
MAX_DESCRIPTION = 5000
MAX_TITLE = {"meta": 200, "google": 150}
MAX_ID = {"meta": 100, "google": 50}
MAX_TEXT = 200  # brand, material, pattern
MAX_BASE_URL = 500
MAX_REPORTED = 50

COLUMNS = {
    "meta": (
        "id",
        "title",
        "description",
        "availability",
        "condition",
        "price",
        "link",
        "image_link",
        "brand",
        "additional_image_link",
        "origin_country",
        "material",
        "pattern",
    ),
    "google": (
        "id",
        "title",
        "description",
        "link",
        "image_link",
        "additional_image_link",
        "availability",
        "price",
        "condition",
        "brand",
        "identifier_exists",
    ),
}
AVAILABILITY = {
    "meta": {True: "in stock", False: "out of stock"},
    "google": {True: "in_stock", False: "out_of_stock"},
}

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_FORMULA_START = "=+-@\t\r"
_URL_UNSAFE = re.compile(r"[\s,\"'<>\\^`{|}]")


@dataclass(frozen=True)
class LeftOut:
    sku: str
    reason_id: str
    reason_en: str


def plain(text: str, limit: int) -> str:
    """Plain text for a feed cell: no tags, no control characters, one line, at most `limit`."""
    text = _TAG.sub(" ", text or "")
    text = " ".join(_CONTROL.sub(" ", text).split())
    text = text.lstrip(_FORMULA_START + " ")  # a cell must not open as a formula in a sheet
    if len(text) > limit:
        cut = text[: limit - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut) + "…"
    return text


def check_base_url(base_url: str) -> str:
    """The catalog's published address, checked; a UserError says where to set it."""
    base_url = (base_url or "").strip()
    if not base_url:
        raise UserError(
            "Feed produk butuh alamat web katalog (tempat katalog web diunggah), untuk tautan "
            "produk dan fotonya. Isi 'Alamat web katalog' di pengaturan katalog (bagian Harga "
            "dan pemesanan), atau jalankan `tenun-catalog catalog edit NAMA --base-url URL`, "
            "atau beri --base-url URL.",
            "A product feed needs the catalog's web address (where the web catalog is uploaded) "
            "for the product and photo links. Set 'Web address of the catalog' in the catalog "
            "settings (Prices and ordering), or run `tenun-catalog catalog edit NAME --base-url "
            "URL`, or give --base-url URL.",
        )
    parts = urllib.parse.urlsplit(base_url)
    if (
        len(base_url) > MAX_BASE_URL
        or parts.scheme not in ("http", "https")
        or not parts.netloc
        or _URL_UNSAFE.search(base_url)
        or parts.query
        or parts.fragment
    ):
        raise UserError(
            f"Alamat web katalog '{base_url[:80]}' tidak bisa dipakai untuk feed: tulis alamat "
            "lengkap yang diawali https://, tanpa spasi, koma atau tanda kutip, misalnya "
            "https://koperasi.example.id/katalog/",
            f"The catalog's web address '{base_url[:80]}' cannot be used for a feed: write the "
            "full address starting with https://, without spaces, commas or quotes, for example "
            "https://koperasi.example.id/katalog/",
        )
    return base_url


def _texts(item: ViewProduct, lang: str) -> tuple[str, str]:
    p = item.product
    first, second = ("en", "id") if lang == "en" else ("id", "en")
    title = getattr(p, f"name_{first}") or getattr(p, f"name_{second}")
    for attr in (
        f"description_{first}",
        f"description_{second}",
        f"story_{first}",
        f"story_{second}",
    ):
        if getattr(p, attr).strip():
            return title, getattr(p, attr)
    return title, title


def _material(item: ViewProduct, lang: str) -> str:
    tenun = item.product.tenun
    if tenun is None:
        return ""
    parts = [vocab.YARNS.label(tenun.yarn, lang) if tenun.yarn else ""]
    parts.append(vocab.DYE_CLASSES.label(tenun.dye_class, lang) if tenun.dye_class else "")
    return ", ".join(p for p in parts if p)


def _pattern(item: ViewProduct, lang: str) -> str:
    """The motifs the audience may see (withheld ones are not in the view)."""
    shown = [(m.name_en or m.name_id) if lang == "en" else m.name_id for m in item.motifs]
    return ", ".join(dict.fromkeys(n for n in shown if n))


class _Feed:
    def __init__(self, lib: Library, channel: str, base_url: str, lang: str, widths):
        self.lib, self.channel, self.base_url, self.lang = lib, channel, base_url, lang
        self.widths = widths
        self.left_out: list[LeftOut] = []

    def leave_out(self, sku: str, reason_id: str, reason_en: str) -> None:
        self.left_out.append(LeftOut(sku, reason_id, reason_en))

    def image(self, photo) -> tuple[str, int, int]:
        url, width, height = largest_jpeg(self.lib.photos_dir, photo, self.widths)
        return web_data.absolute(self.base_url, url), width, height

    def row(self, item: ViewProduct) -> dict[str, str] | None:
        p, sku, channel = item.product, item.sku, self.channel
        title, description = _texts(item, self.lang)
        if not title.strip():
            return self.leave_out(sku, "belum punya nama", "has no name")
        if not p.price or p.price <= 0:
            return self.leave_out(sku, "belum ada harga", "has no price")
        if not item.photos:
            return self.leave_out(sku, "belum ada foto", "has no photo")
        if len(sku) > MAX_ID[channel]:
            return self.leave_out(
                sku,
                f"SKU lebih dari {MAX_ID[channel]} karakter (batas {CHANNEL_LABELS[channel]}); "
                "perpendek SKU-nya",
                f"the SKU is longer than {MAX_ID[channel]} characters ({CHANNEL_LABELS[channel]}'s "
                "limit); shorten it",
            )
        brand = plain(p.brand or (item.producer.name if item.producer else ""), MAX_TEXT)
        if not brand:
            return self.leave_out(
                sku, "tidak ada merek atau produsen", "has no brand and no producer"
            )
        image, width, height = self.image(item.photos[0])
        if min(width, height) < MIN_IMAGE_PX:
            return self.leave_out(
                sku,
                f"foto utamanya hanya {width}×{height} piksel di katalog web; kanal ini meminta "
                f"minimal {MIN_IMAGE_PX}×{MIN_IMAGE_PX}. Ganti dengan foto yang lebih besar",
                f"its main photo is only {width}×{height} px in the web catalog; the channel "
                f"needs at least {MIN_IMAGE_PX}×{MIN_IMAGE_PX}. Use a larger photo",
            )
        extra = []
        for photo in item.photos[1:]:
            url, w, h = self.image(photo)
            if min(w, h) >= MIN_IMAGE_PX and url != image and url not in extra:
                extra.append(url)
            if len(extra) == MAX_ADDITIONAL_IMAGES:
                break
        in_stock = p.stock is None or p.stock > 0
        values = {
            "id": sku,
            "title": plain(title, MAX_TITLE[channel]),
            "description": plain(description, MAX_DESCRIPTION),
            "availability": AVAILABILITY[channel][in_stock],
            "condition": "new",
            "price": f"{p.price} IDR",
            "link": names.page_url(self.base_url, sku),
            "image_link": image,
            "brand": brand,
            "additional_image_link": ",".join(extra),
            "origin_country": "ID",
            "material": plain(_material(item, self.lang), MAX_TEXT),
            "pattern": plain(_pattern(item, self.lang), MAX_TEXT),
            "identifier_exists": "no",  # hand-made, one of a kind: no GTIN or MPN
        }
        return {column: values[column] for column in COLUMNS[channel]}


def _notes(channel: str, rows: int, left_out: list[LeftOut]) -> tuple[tuple[str, str], ...]:
    label = CHANNEL_LABELS[channel]
    notes = [(f"Feed {label}: {rows} produk.", f"{label} feed: {rows} products.")]
    notes += left_out_notes(
        left_out,
        f"{len(left_out)} produk tidak dimasukkan ke feed karena belum siap:",
        f"{len(left_out)} products were left out of the feed because they are not ready:",
    )
    return tuple(notes)


def left_out_notes(left: list, heading_id: str, heading_en: str) -> list[tuple[str, str]]:
    """A heading and one line per product left out (`sku`, `reason_id`, `reason_en`), at most
    MAX_REPORTED of them; nothing when none was."""
    if not left:
        return []
    notes = [(heading_id, heading_en)]
    notes += [(f"  {x.sku}: {x.reason_id}", f"  {x.sku}: {x.reason_en}") for x in left][
        :MAX_REPORTED
    ]
    if len(left) > MAX_REPORTED:
        more = len(left) - MAX_REPORTED
        notes.append((f"  ... dan {more} produk lain", f"  ... and {more} more products"))
    return notes


def render_feed(
    lib: Library,
    out: Path,
    *,
    selection: Selection | None = None,
    channel: str = "meta",
    base_url: str = "",
    lang: str | None = None,
    theme: str = "web",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> OutputResult:
    """Write the `channel` feed of `selection` to the CSV file `out` (atomically).

    `base_url` overrides the catalog's; without either a UserError says where to set it.
    `theme` is the web theme the web catalog is made with (its image sizes decide the files)."""
    started = time.perf_counter()
    if channel not in CHANNELS:
        raise UserError(
            f"Kanal feed '{channel}' tidak dikenal; pilih: {', '.join(CHANNELS)}.",
            f"Unknown feed channel '{channel}'; choose one of: {', '.join(CHANNELS)}.",
        )
    selection = selection or Selection()
    base_url = check_base_url(base_url or catalog_options(selection.catalog).base_url)
    if lang not in ("id", "en"):
        catalog_lang = selection.catalog.language if selection.catalog else "id"
        lang = "en" if catalog_lang == "en" else "id"
    widths = load_web_theme(theme or "web", lib.themes_dir).widths
    view = build_view(lib, selection, "public", cancelled=cancelled)
    feed = _Feed(lib, channel, base_url, lang, widths)
    rows = []
    items = view.products
    for index, item in enumerate(items, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        row = feed.row(item)
        if row is not None:
            rows.append(row)
        if progress:
            progress(index, len(items))
    with atomic.writing(Path(out)) as temp:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS[channel])
            writer.writeheader()
            writer.writerows(rows)
    return OutputResult(
        path=Path(out),
        pages=len(rows),
        products=len(rows),
        withheld=view.withheld_motifs,
        seconds=time.perf_counter() - started,
        notes=_notes(channel, len(rows), feed.left_out),
    )


def run_feed(
    lib: Library,
    selection: Selection,
    out: Path,
    options: Mapping[str, Any],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> OutputResult:
    """The registry's run signature (export/builtin_outputs.py registers it as `feed`)."""
    return render_feed(
        lib,
        out,
        selection=selection,
        channel=str(options.get("channel") or "meta"),
        base_url=str(options.get("base_url") or ""),
        lang=options.get("lang"),
        theme=str(options.get("theme") or "web"),
        progress=progress,
        cancelled=cancelled,
    )
