"""Social cards: a picture per product for an Instagram post and a WhatsApp Status / Story.

Owns `render_social_cards`. It reads only the public audience view (a withheld motif, a sentence
naming it and a weaver without consent never reach a card), builds the catalog's product
contexts with the cover photo placed for the card's photo box, lays every card of one size out
as one page of a PDF (WeasyPrint, theme `kartu-sosial`), rasterises each page to a JPEG of the
card's exact pixel size (PDFium, sRGB, at most `MAX_CARD_BYTES`) and writes them into one folder
as `<sku>-instagram.jpg` and `<sku>-status.jpg`, each credited in XMP (title, caption,
photographer, credit line). The folder appears whole or not at all.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.entities import Photo
from ..domain.errors import UserError
from ..render.context import ImageSource
from ..render.context_social import CARD_SIZES, CardSize, SocialCard, SocialCardsDoc
from ..render.documents import render_document
from ..render.env import find_theme
from ..render.fit import overflowing
from ..render.labels import LABELS
from ..render.ornament import Ornaments
from ..store import Library
from . import atomic, names
from .audience import AudienceView, Selection, ViewProduct, build_view
from .context import BuildOptions, Cancelled, build_context, options_for
from .photo_credits import product_credit
from .print_images import BLANK_URL, PrintPlacer, prewarm, slot_boxes
from .result import RenderResult

THEME = "kartu-sosial"
MAX_CARD_BYTES = 1_000_000  # "JPEG sRGB under 1 MB"
MAX_PRODUCTS = 300  # cards are made a selection at a time, not for a whole city
SIZES = ("instagram", "status")

Progress = Callable[[int, int], None]
Check = Callable[[], bool]


@dataclass
class _CoverOnly:
    """Places the first (cover) photo of each product; the cards show no other photo, so no
    derivative is made for them."""

    inner: PrintPlacer

    def place(self, photo: Photo, slot: str) -> tuple[str, int, int, tuple[ImageSource, ...]]:
        if slot != "hero":
            return BLANK_URL, photo.width or 1, photo.height or 1, ()
        return self.inner.place(photo, slot)


_WORDS = {
    "photo": ("Foto", "Photo"),
    "scan": ("Pindai kode untuk memesan", "Scan the code to order"),
    "brand": ("Tenun dan Sei Kupang", "Woven cloth and Sei of Kupang"),
}


def _word(key: str, lang: str) -> str:
    word_id, word_en = _WORDS[key]
    return word_en if lang == "en" else word_id


def _sizes(value: str) -> tuple[str, ...]:
    chosen = SIZES if value in ("", "both", None) else (value,)
    for size in chosen:
        if size not in CARD_SIZES:
            raise UserError(
                f"Ukuran kartu '{value}' tidak dikenal (instagram, status, both).",
                f"Unknown card size '{value}' (instagram, status, both).",
            )
    return chosen


def _pork(lang: str) -> str:
    if lang == "id+en":
        return f"{LABELS['id'].pork_warning} · {LABELS['en'].pork_warning}"
    return LABELS["en" if lang == "en" else "id"].pork_warning


def _order_line(item: ViewProduct, lang: str) -> str:
    producer = item.producer
    number = (producer.whatsapp or producer.phone) if producer else ""
    if number:
        label = LABELS["en" if lang == "en" else "id"].order_whatsapp
        return f"{label} {number}"
    return _word("scan", lang)


_UNIT = re.compile(r"(\d) (g|kg|ml|l|cm|m)\b")


def _keep_units(text: str) -> str:
    """A number and its unit ("500 g") never break apart."""
    return _UNIT.sub("\\1\u00a0\\2", text)


def _cards(view, built, lang: str) -> list[SocialCard]:
    items = {item.product.sku: item for item in view.products}
    cards = []
    for product in built.context.products:
        item = items[product.sku]
        cover = product.photos[0] if product.photos else None
        credit = f"{_word('photo', lang)}: {cover.credit}" if cover and cover.credit else ""
        kicker = " · ".join(x for x in (product.kind_label, product.region) if x)
        cards.append(
            SocialCard(
                sku=product.sku,
                kicker=kicker,
                name=_keep_units(product.name.main),
                name_second=_keep_units(product.name.second) if lang == "id+en" else "",
                producer=product.producer_name,
                price=product.price_text,
                photo=cover,
                credit=credit,
                order_line=_order_line(item, lang),
                qr_svg=product.qr_svg,
                pork=_pork(lang) if product.pork else "",
            )
        )
    return cards


def _overflowing(lib: Library, doc: SocialCardsDoc) -> list[int]:
    found = overflowing(
        THEME, "social", allowed=[lib.cache_dir], user_themes=lib.themes_dir, doc=doc,
        ornament=Ornaments(),
    )  # fmt: skip
    return sorted(int(i) for i in found)


def _fitted(lib: Library, doc: SocialCardsDoc) -> SocialCardsDoc:
    """`doc` with the smaller type on the cards whose words do not fit the large one; refuses
    (naming them) the cards that fit neither: a card is never cut off."""
    over = _overflowing(lib, doc)
    if not over:
        return doc
    cards = list(doc.cards)
    for index in over:
        cards[index] = replace(cards[index], tight=True)
    doc = replace(doc, cards=tuple(cards))
    still = _overflowing(lib, doc)
    if still:
        skus = ", ".join(doc.cards[i].sku for i in still)
        raise UserError(
            f"Nama atau harga tidak muat di kartu {doc.size.label_id}: {skus}. Singkatkan nama "
            "produknya.",
            f"The name or price does not fit the {doc.size.label_en} card: {skus}. Shorten the "
            "product name.",
        )
    return doc


@dataclass(frozen=True)
class CardSheet:
    """The cards of one size: what they say, and the PDF with one page per card."""

    doc: SocialCardsDoc
    pdf: bytes


def _check_request(lang: str, sizes: str) -> tuple[str, ...]:
    if lang not in ("id", "en", "id+en"):
        raise UserError(
            f"Bahasa '{lang}' tidak dikenal (id, en, id+en).",
            f"Unknown language '{lang}' (id, en, id+en).",
        )
    return _sizes(sizes)


def _public_view(lib: Library, selection: Selection, cancelled: Check | None) -> AudienceView:
    view = build_view(lib, selection, "public", cancelled=cancelled)
    if not view.products:
        raise UserError(
            "Tidak ada produk untuk dibuatkan kartu: pilih produk atau katalog.",
            "No products to make cards for: choose products or a catalog.",
        )
    if len(view.products) > MAX_PRODUCTS:
        count = len(view.products)
        raise UserError(
            f"{count} produk terlalu banyak untuk sekali buat (paling banyak {MAX_PRODUCTS}): "
            "pilih sebagian produk.",
            f"{count} products are too many at once (at most {MAX_PRODUCTS}): choose some of them.",
        )
    return view


def _brand(selection: Selection, lang: str) -> str:
    catalog = selection.catalog
    title = (catalog.title_en or catalog.title_id) if catalog and lang == "en" else ""
    return title or (catalog.title_id if catalog else "") or _word("brand", lang)


def _sheet(
    lib: Library, view: AudienceView, size: CardSize, lang: str, brand: str,
    cancelled: Check | None,
) -> CardSheet:  # fmt: skip
    theme = find_theme(THEME, lib.themes_dir)
    placer = PrintPlacer(
        lib.photos_dir, lib.cache_dir, slot_boxes(theme.images, size.key, 0.0), "screen"
    )
    stored = options_for(view.selection.catalog)
    opts = BuildOptions(
        lang=lang,
        show_prices=stored.show_prices,
        qr_target=stored.qr_target,
        base_url=stored.base_url,
    )
    built = build_context(view, _CoverOnly(placer), None, opts, cancelled=cancelled)
    missing = placer.missing()
    prewarm(
        lib.photos_dir, lib.cache_dir, missing, pixels=placer.source_pixels(missing),
        cancelled=cancelled,
    )  # fmt: skip
    cards = tuple(_cards(view, built, lang))
    doc = SocialCardsDoc(size, lang, "en" if lang == "en" else "id", brand, cards)
    doc = _fitted(lib, doc)
    with tempfile.TemporaryDirectory(prefix="tenun-cards-") as temp:
        pdf = Path(temp) / "cards.pdf"
        written = render_document(
            THEME, "social", pdf, allowed=[lib.cache_dir], user_themes=lib.themes_dir,
            title=brand, author="Tenun Catalog", doc=doc, ornament=Ornaments(),
        )  # fmt: skip
        if written.pages != len(doc.cards):  # a card that ran onto a second page
            raise UserError(
                "Sebuah kartu tidak muat di satu gambar: singkatkan nama produknya.",
                "A card did not fit one picture: shorten the product name.",
            )
        return CardSheet(doc, pdf.read_bytes())


def card_sheets(
    lib: Library,
    selection: Selection,
    *,
    sizes: str = "both",
    lang: str = "id",
    cancelled: Check | None = None,
) -> list[CardSheet]:
    """The laid-out cards of the selection, one sheet per size (what the pictures are made of)."""
    chosen = _check_request(lang, sizes)
    view = _public_view(lib, selection, cancelled)
    brand = _brand(selection, lang)
    return [_sheet(lib, view, CARD_SIZES[key], lang, brand, cancelled) for key in chosen]


_OURS = re.compile(r".+-(instagram|status)\.jpg")


def _check_target(out_dir: Path) -> None:
    """An existing folder is replaced only when it holds nothing but cards (an earlier run)."""
    if not out_dir.exists():
        return
    others = [p.name for p in out_dir.iterdir()] if out_dir.is_dir() else [out_dir.name]
    others = [name for name in others if not _OURS.fullmatch(name)]
    if others:
        raise UserError(
            f"Folder {out_dir} sudah ada dan berisi berkas lain ({others[0]}): pilih folder "
            "baru atau kosong.",
            f"The folder {out_dir} exists and holds other files ({others[0]}): choose a new or "
            "empty folder.",
        )


def render_social_cards(
    lib: Library,
    selection: Selection,
    out_dir: Path,
    *,
    sizes: str = "both",
    lang: str = "id",
    progress: Progress | None = None,
    cancelled: Check | None = None,
) -> RenderResult:
    """Write the cards of the selected products (or a catalog's) into the folder `out_dir`."""
    from ..images.raster import pdf_pages_to_jpegs  # PDFium loads only when cards are made
    from ..images.xmp import with_xmp, xmp_packet

    started = time.perf_counter()
    chosen = _check_request(lang, sizes)
    _check_target(Path(out_dir))
    view = _public_view(lib, selection, cancelled)
    brand = _brand(selection, lang)
    items = {item.product.sku: item for item in view.products}
    total = len(items) * len(chosen)
    written = 0
    work = atomic.new_folder_beside(Path(out_dir))
    try:
        for key in chosen:
            sheet = _sheet(lib, view, CARD_SIZES[key], lang, brand, cancelled)
            size = sheet.doc.size
            pages = pdf_pages_to_jpegs(sheet.pdf, size.width_px, MAX_CARD_BYTES)
            for card, page in zip(sheet.doc.cards, pages, strict=True):
                if cancelled and cancelled():
                    raise Cancelled()
                item = items[card.sku]
                data = page.jpeg
                if item.photos:  # credited like the photo it shows
                    data = with_xmp(data, xmp_packet(product_credit(item, item.photos[0])))
                (work / f"{names.file_stem(card.sku)}-{size.key}.jpg").write_bytes(data)
                written += 1
                if progress:
                    progress(written, total)
        atomic.swap_folder(work, Path(out_dir))
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return RenderResult(
        path=Path(out_dir),
        pages=written,
        products=len(items),
        withheld=view.withheld_motifs,
        seconds=time.perf_counter() - started,
        notes=tuple(
            (
                f"Tanpa foto: {sku} (kartunya memakai hiasan, bukan foto)",
                f"No photo: {sku} (its card shows an ornament, not a photo)",
            )
            for sku, item in items.items()
            if not item.photos
        ),
    )
