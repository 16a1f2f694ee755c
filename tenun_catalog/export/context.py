"""Building the template context of a catalog from an audience view.

Reads only the redacted snapshot (`audience.AudienceView`): resolves bilingual text with
fallback, formats money and dates, makes QR codes, and places photos through a `PhotoPlacer`
(the PDF and the web place them differently). What the view withheld (restricted motifs,
weavers without consent) never reaches this module; its report names come back in `withheld`.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from .. import formats
from ..domain import numbers, vocab
from ..domain.entities import Catalog, Motif, Photo, Producer, Product
from ..domain.errors import UserError
from ..render.context import (
    Bi,
    CatalogCtx,
    Facet,
    Fact,
    ImageSource,
    MotifCtx,
    PhotoCtx,
    ProducerCtx,
    ProductCtx,
    SectionCtx,
)
from ..render.labels import bilingual_label, labels_for
from . import names
from .audience import INTERNAL_MARK, AudienceView, ViewProduct
from .cancel import Cancelled  # noqa: F401 - re-exported: outputs raise it from here
from .options import catalog_options
from .qr import qr_svg

Progress = Callable[[int, int], None]


class PhotoPlacer(Protocol):
    """Turns a stored photo into what a theme can fetch for a slot (cover, hero, detail...)."""

    def place(self, photo: Photo, slot: str) -> tuple[str, int, int, tuple[ImageSource, ...]]: ...


@dataclass
class BuildOptions:
    lang: str = "id"  # id, en, id+en
    paper: str = "A4"
    show_prices: bool = True
    show_stock: bool = False
    qr_target: str = "whatsapp"  # whatsapp or page
    base_url: str = ""  # where the web catalog is published (for QR codes to product pages)
    page_url: Callable[[str], str] | None = None  # sku -> relative page URL (web catalog)
    bleed: str = ""
    crop_marks: bool = False
    qr: bool = True
    today: date = field(default_factory=date.today)


def options_for(catalog: Catalog | None, **overrides: object) -> BuildOptions:
    """BuildOptions from a stored catalog's settings; explicit overrides (not None) win."""
    opts = BuildOptions()
    if catalog is not None:
        stored = catalog_options(catalog)
        opts.lang = catalog.language or opts.lang
        opts.paper = catalog.paper or opts.paper
        opts.show_prices = stored.show_prices
        opts.show_stock = stored.show_stock
        opts.qr_target = stored.qr_target
        opts.base_url = stored.base_url
    for key, value in overrides.items():
        if value is not None:
            setattr(opts, key, value)
    return opts


@dataclass
class Built:
    context: CatalogCtx
    withheld: list[str]
    missing_translations: list[str]


def bilingual(
    lang: str, text_id: str, text_en: str, always_second: bool = False
) -> tuple[Bi, bool]:
    """Text in the catalog language with fallback; the bool says a needed translation is missing."""
    main, other = (text_en, text_id) if lang == "en" else (text_id, text_en)
    missing = bool((not main and other) or (lang == "id+en" and main and not other))
    if not main:
        main, other = other, ""
    second = other if (lang == "id+en" or always_second) and other != main else ""
    return Bi(main, second), missing


slug = names.slug


def whatsapp_link(number: str, message: str) -> str:
    digits = numbers.whatsapp_number(number) if number else None
    if not digits:
        return ""
    return f"https://wa.me/{digits}?text={urllib.parse.quote(message)}"


def product_photo_slot(index: int) -> str:
    """The theme slot of a product's photo at `index` (its first is the page's hero)."""
    return "hero" if index == 0 else "detail"


class _Builder:
    def __init__(self, view: AudienceView, placer: PhotoPlacer, opts: BuildOptions):
        self.view, self.placer, self.opts = view, placer, opts
        self.lang = opts.lang
        self.ui = "en" if opts.lang == "en" else "id"
        self.missing: list[str] = []

    def text(self, where: str, text_id: str, text_en: str, always_second: bool = False) -> Bi:
        value, missing = bilingual(self.lang, text_id, text_en, always_second)
        if missing:
            self.missing.append(where)
        return value

    def photo(self, photo: Photo, slot: str) -> PhotoCtx:
        url, width, height, sources = self.placer.place(photo, slot)
        caption = self.text(f"foto {photo.id} keterangan", photo.caption_id, photo.caption_en)
        alt_id, alt_en = photo.alt_id, photo.alt_en
        alt = (alt_en or alt_id) if self.ui == "en" else (alt_id or alt_en)
        return PhotoCtx(
            url=url,
            width=width,
            height=height,
            alt=alt or caption.main,
            caption=caption,
            role=photo.role,
            role_label=vocab.PHOTO_ROLES.label(photo.role, self.ui),
            credit=photo.photographer,
            sources=sources,
        )

    def motif(self, motif: Motif) -> MotifCtx:
        name = self.text(f"motif {motif.name_id}", motif.name_id, motif.name_en, True)
        # An internal document marks the motifs that are not public; a submission may show one
        # whose permission covers the submission only, and it is not "for the community only".
        if self.view.audience == "internal" and not motif.is_public:
            name = Bi(f"{name.main} ({audience_mark(self.ui)})", name.second)
        return MotifCtx(
            name_local=motif.name_local,
            name=name,
            meaning=self.text(f"motif {motif.name_id} makna", motif.meaning_id, motif.meaning_en),
            source=motif.meaning_source,
            region=vocab.KABUPATEN.label(motif.kabupaten, self.ui) if motif.kabupaten else "",
            technique=vocab.TECHNIQUES.label(motif.technique, self.ui) if motif.technique else "",
            use=vocab.USE_CONTEXTS.label(motif.use_context, self.ui) if motif.use_context else "",
        )

    def product(self, item: ViewProduct) -> ProductCtx:
        ui = self.ui
        product, producer = item.product, item.producer
        placed = tuple(self.photo(p, product_photo_slot(i)) for i, p in enumerate(item.photos))
        motifs = tuple(self.motif(x) for x in item.motifs)
        name_id, name_en = product.name_id, product.name_en
        name = self.text(f"{product.sku} nama", name_id, name_en, True)
        message = (
            f"Halo, saya ingin memesan {name_id or name_en} (SKU {product.sku})."
            if ui == "id"
            else f"Hello, I would like to order {name_en or name_id} (SKU {product.sku})."
        )
        order_url = whatsapp_link(producer.whatsapp or producer.phone, message) if producer else ""
        page_url = self.opts.page_url(product.sku) if self.opts.page_url else ""
        target = order_url
        if self.opts.qr_target == "page" and self.opts.base_url:
            target = names.page_url(self.opts.base_url, product.sku)
        region_code = (product.tenun.origin_kabupaten if product.tenun else "") or (
            producer.kabupaten if producer else ""
        )
        return ProductCtx(
            sku=product.sku,
            kind=product.kind,
            kind_label=vocab.PRODUCT_KINDS.label(product.kind, ui),
            anchor=names.anchor(product.sku),
            name=name,
            description=self.text(
                f"{product.sku} deskripsi", product.description_id, product.description_en
            ),
            story=self.text(f"{product.sku} cerita", product.story_id, product.story_en),
            price=product.price,
            price_text=formats.money(product.price, self.lang) if self.opts.show_prices else "",
            producer_name=producer.name if producer else "",
            region=vocab.KABUPATEN.label(region_code, ui) if region_code else "",
            facts=tuple(self.facts(product)),
            photos=placed,
            motifs=motifs,
            qr_svg=qr_svg(target) if self.opts.qr else "",
            qr_target=target,
            order_url=order_url,
            page_url=page_url,
            pork=bool(product.sei and product.sei.meat == "babi"),
            filters=tuple(self.filters(product, region_code)),
        )

    def filters(self, product: Product, region: str) -> list[tuple[str, str]]:
        out = [("kind", product.kind)]
        if region:
            out.append(("kabupaten", region))
        if product.tenun:
            out += [("technique", t) for t in product.tenun.techniques]
        return out

    def facts(self, product: Product) -> list[Fact]:
        ui, en = self.ui, self.ui == "en"
        facts: list[Fact] = []

        both = self.lang == "id+en"

        def add(label_id: str, label_en: str, value: str) -> None:
            if value:
                label = label_en if en else label_id
                if both:  # a bilingual catalog names every field in both languages
                    label = bilingual_label(label_id, label_en)
                facts.append(Fact(label, value))

        def num(value: float | int | None, unit: str) -> str:
            return f"{formats.number(value, self.lang)} {unit}" if value else ""

        if product.tenun:
            t = product.tenun
            origin = vocab.KABUPATEN.label(t.origin_kabupaten, ui) if t.origin_kabupaten else ""
            add("Asal", "Origin", ", ".join(x for x in (origin, t.suku) if x))
            add("Jenis", "Type", vocab.TENUN_TYPES.label(t.tenun_type, ui) if t.tenun_type else "")
            add(
                "Teknik",
                "Technique",
                ", ".join(vocab.TECHNIQUES.label(c, ui) for c in t.techniques),
            )
            add("Pewarna", "Dyes", ", ".join(vocab.DYES.label(c, ui) for c in t.dyes))
            if t.length_cm and t.width_cm:
                add(
                    "Ukuran",
                    "Size",
                    f"{formats.number(t.length_cm, self.lang)} × "
                    f"{formats.number(t.width_cm, self.lang)} cm",
                )
            add(
                "Lama menenun",
                "Weaving time",
                f"{t.days_to_make} {'days' if en else 'hari'}" if t.days_to_make else "",
            )
            add("Penenun", "Weaver", ", ".join(w.name for w in t.weavers if w.consent))
        if product.sei:
            s = product.sei
            add("Berat bersih", "Net weight", num(s.net_weight_g, "g"))
            add("Komposisi", "Ingredients", ", ".join(s.ingredients))
            add(
                "Kayu pengasap",
                "Smoking wood",
                vocab.SMOKING_WOODS.label(s.smoking_wood, ui) if s.smoking_wood else "",
            )
            add("Penyimpanan", "Storage", vocab.STORAGE.label(s.storage, ui) if s.storage else "")
            add(
                "Masa simpan",
                "Shelf life",
                f"{s.shelf_life_days} {'days' if en else 'hari'}" if s.shelf_life_days else "",
            )
            if s.permit_kind and s.permit_kind != "none":
                add(
                    "Izin edar",
                    "Food permit",
                    numbers.permit_title(
                        vocab.FOOD_PERMITS.label(s.permit_kind, ui), s.permit_number
                    ),
                )
            if s.meat == "babi":
                add("Halal", "Halal", labels_for(self.lang).pork_warning)
            elif s.halal_status == "bersertifikat":
                add("Halal", "Halal", s.halal_number)
        return facts

    def producer(self, producer: Producer) -> ProducerCtx:
        photos = self.view.producer_photos.get(producer.id, []) if producer.id else []
        members = ""
        if producer.members_count:
            members = f"{producer.members_count} {labels_for(self.lang).members}"
        return ProducerCtx(
            anchor=f"s-{producer.id}",
            name=producer.name,
            kind_label=vocab.PRODUCER_TYPES.label(producer.producer_type, self.ui),
            story=self.text(
                f"produsen {producer.name} profil", producer.story_id, producer.story_en
            ),
            village=", ".join(x for x in (producer.village, producer.kecamatan) if x),
            region=vocab.KABUPATEN.label(producer.kabupaten, self.ui) if producer.kabupaten else "",
            members=members,
            phone=producer.phone,
            whatsapp=producer.whatsapp,
            email=producer.email,
            nib=producer.nib,
            photo=self.photo(photos[0], "producer") if photos else None,
        )


def build_context(
    view: AudienceView,
    placer: PhotoPlacer,
    catalog: Catalog | None = None,
    opts: BuildOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Built:
    """The catalog context of `view` (its sections, in order); `catalog` gives the titles and
    event details."""
    opts = opts or BuildOptions()
    if opts.lang not in ("id", "en", "id+en"):
        raise UserError(
            f"Bahasa '{opts.lang}' tidak dikenal (id, en, id+en).",
            f"Unknown language '{opts.lang}' (id, en, id+en).",
        )
    builder = _Builder(view, placer, opts)
    total = sum(len(s.products) for s in view.sections) or 1
    done = 0
    sections = []
    for section in view.sections:
        products = []
        for item in section.products:
            if cancelled and cancelled():
                raise Cancelled()
            products.append(builder.product(item))
            done += 1
            if progress:
                progress(done, total)
        producer = section.producer
        sections.append(
            SectionCtx(
                anchor=f"s-{producer.id}" if producer else f"s-{slug(section.title_id)}",
                title=builder.text(
                    f"bagian {section.title_id}", section.title_id, section.title_en
                ),
                producer=builder.producer(producer) if producer else None,
                products=tuple(products),
            )
        )
    context = _catalog_ctx(builder, catalog, sections, opts)
    return Built(context, view.withheld_motifs, builder.missing)


def audience_mark(ui: str) -> str:
    """How an internal document marks a restricted motif it shows."""
    return INTERNAL_MARK[1 if ui == "en" else 0]


def _catalog_ctx(
    builder: _Builder,
    catalog: Catalog | None,
    sections: list[SectionCtx],
    opts: BuildOptions,
) -> CatalogCtx:
    lang = opts.lang
    ui = builder.ui
    all_products = [p for s in sections for p in s.products]
    cover = next((p.cover for p in all_products if p.kind == "tenun" and p.cover), None)
    if cover is None:
        cover = next((p.cover for p in all_products if p.cover), None)
    if cover is not None:  # the cover slot wants a bigger copy than the product page
        first = next(p for p in all_products if p.cover is cover)
        stored = builder.view.product(first.sku).photos[0]
        cover = builder.photo(stored, "cover")
    organisation = ""
    contact = ""
    producers = [s.producer for s in sections if s.producer]
    if len(producers) == 1:
        organisation = producers[0].name
        contact = producers[0].whatsapp or producers[0].phone
    elif producers:
        organisation = "UMKM Kota Kupang" if ui == "id" else "Small businesses of Kupang"
        contact = next((p.whatsapp for p in producers if p.whatsapp), "")
    title_id = catalog.title_id if catalog and catalog.title_id else "Tenun dan Sei Kupang"
    title_en = catalog.title_en if catalog and catalog.title_en else "Woven cloth and Sei of Kupang"
    greeting = (
        "Halo, saya ingin bertanya tentang katalog."
        if ui == "id"
        else ("Hello, I have a question about the catalog.")
    )
    order_url = whatsapp_link(contact, greeting)
    facets = _facets(all_products, ui)
    return CatalogCtx(
        # the subtitle in the other language only in a bilingual catalog
        title=builder.text("judul katalog", title_id, title_en),
        lang=lang,
        html_lang="en" if lang == "en" else "id",
        paper=opts.paper,
        purpose=catalog.purpose if catalog else "pameran",
        event_name=catalog.event_name if catalog else "",
        event_date=formats.long_date(catalog.event_date, lang) if catalog else "",
        venue=catalog.venue if catalog else "",
        booth=catalog.booth if catalog else "",
        organisation=organisation,
        contact_whatsapp=contact,
        order_url=order_url,
        order_qr_svg=qr_svg(order_url) if opts.qr else "",
        cover=cover,
        sections=tuple(sections),
        labels=labels_for(lang),
        generated_on=formats.long_date(opts.today, lang),
        show_prices=opts.show_prices,
        show_stock=opts.show_stock,
        bleed=opts.bleed,
        crop_marks=opts.crop_marks,
        withheld=tuple(builder.view.withheld_motifs),
        facets=facets,
        base_url=opts.base_url,
    )


def _facets(products: list[ProductCtx], ui: str) -> tuple[Facet, ...]:
    kinds = sorted({p.kind for p in products})
    regions = sorted({v for p in products for k, v in p.filters if k == "kabupaten"})
    techniques = sorted({v for p in products for k, v in p.filters if k == "technique"})
    facet_labels = {
        "kind": ("Jenis", "Kind"),
        "kabupaten": ("Kabupaten/kota", "Regency/city"),
        "technique": ("Teknik", "Technique"),
    }
    out = []
    for key, values, vocabulary in (
        ("kind", kinds, vocab.PRODUCT_KINDS),
        ("kabupaten", regions, vocab.KABUPATEN),
        ("technique", techniques, vocab.TECHNIQUES),
    ):
        if len(values) > 1:
            label = facet_labels[key][1 if ui == "en" else 0]
            out.append(Facet(key, label, tuple((v, vocabulary.label(v, ui)) for v in values)))
    return tuple(out)
