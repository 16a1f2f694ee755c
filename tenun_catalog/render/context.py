"""The typed contract between code and themes: what a template receives, never database rows.

Text is already resolved for the catalog's language: `Bi.main` is in the catalog language (falling
back to the other language when missing), `Bi.second` is the other language's text for bilingual
catalogs and for names (English name in italic under the Indonesian one), else empty.
Money and dates arrive formatted. Photos arrive as URLs the renderer may fetch.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Bi:
    main: str = ""
    second: str = ""

    def __bool__(self) -> bool:
        return bool(self.main or self.second)

    def __str__(self) -> str:
        return self.main


@dataclass(frozen=True)
class ImageSource:
    url: str
    width: int
    height: int
    mime: str = "image/jpeg"


@dataclass(frozen=True)
class PhotoCtx:
    url: str  # the main source (JPEG) sized for where the theme places it
    width: int
    height: int
    alt: str
    caption: Bi = Bi()
    role: str = ""
    role_label: str = ""
    credit: str = ""
    sources: tuple[ImageSource, ...] = ()  # extra sizes/formats for the web (srcset, WebP)

    @property
    def landscape(self) -> bool:
        return self.width >= self.height


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class MotifCtx:
    name_local: str
    name: Bi
    meaning: Bi
    source: str
    region: str
    technique: str
    use: str


@dataclass(frozen=True)
class ProductCtx:
    sku: str
    kind: str  # tenun, sei, other
    kind_label: str
    anchor: str  # id for links inside one document (TOC, bookmarks)
    name: Bi
    description: Bi
    story: Bi
    price: int | None
    price_text: str  # "Rp450.000" / "IDR 450,000", or "" when prices are hidden or missing
    producer_name: str
    region: str  # kabupaten label
    facts: tuple[Fact, ...]
    photos: tuple[PhotoCtx, ...]  # cover first
    motifs: tuple[MotifCtx, ...]
    qr_svg: str  # inline SVG markup (safe), or ""
    qr_target: str  # the URL the QR code opens
    order_url: str  # WhatsApp order link, or ""
    page_url: str = ""  # the product's page in the web catalog (relative), or ""
    pork: bool = False
    filters: tuple[tuple[str, str], ...] = ()  # (facet, value) pairs for the web filters
    search_text: str = ""  # lowercase, accent-free words the web catalog's search matches

    @property
    def cover(self) -> PhotoCtx | None:
        return self.photos[0] if self.photos else None

    @property
    def details(self) -> tuple[PhotoCtx, ...]:
        return self.photos[1:]


@dataclass(frozen=True)
class ProducerCtx:
    anchor: str
    name: str
    kind_label: str
    story: Bi
    village: str
    region: str
    members: str  # "24 anggota" or ""
    phone: str
    whatsapp: str
    email: str
    nib: str
    photo: PhotoCtx | None


@dataclass(frozen=True)
class SectionCtx:
    anchor: str
    title: Bi
    producer: ProducerCtx | None
    products: tuple[ProductCtx, ...]


@dataclass(frozen=True)
class Facet:
    key: str  # kind, kabupaten, technique, price
    label: str
    options: tuple[tuple[str, str], ...]  # (value, label)


@dataclass(frozen=True)
class Labels:
    """Fixed words of the themes, in the catalog language (see labels.py)."""

    contents: str
    page: str
    price: str
    scan_to_order: str
    order_whatsapp: str
    motif: str
    meaning: str
    source: str
    producer: str
    members: str
    contact: str
    products: str
    withheld_note: str
    no_photo: str
    all: str
    search: str
    filters: str
    price_list: str
    generated: str
    back_to_index: str
    how_to_order: str
    welcome: str
    pork_warning: str
    halal: str
    price_range: str
    results: str
    # web catalog words (defaults keep other constructors working; labels.py sets both languages)
    clear_filters: str = ""
    no_results: str = ""
    story: str = ""
    details: str = ""
    photo: str = ""
    skip_to_content: str = ""
    price_under: str = ""
    price_over: str = ""
    search_label: str = ""
    show_results: str = ""


@dataclass(frozen=True)
class WebPageCtx:
    """Where one page of the web catalog sits and how it is shared (Open Graph, JSON-LD)."""

    root: str  # relative path from this page to the catalog folder: "" or "../"
    title: str
    description: str
    url: str = ""  # absolute URL of this page when the catalog has a base_url, else ""
    image: str = ""  # og:image: absolute with a base_url, else relative to this page
    image_width: int = 0
    image_height: int = 0
    og_type: str = "website"  # website or product
    json_ld: dict | None = None  # schema.org data, written with the `tojson` filter


@dataclass(frozen=True)
class PieceCtx:
    """One piece of the live preview (piece.html): what it shows and the page it starts on."""

    kind: str  # front (cover and opening), contents, section (opener), product, back
    first_page: int
    section: SectionCtx | None = None
    product: ProductCtx | None = None


@dataclass(frozen=True)
class CatalogCtx:
    title: Bi
    lang: str  # id, en, id+en
    html_lang: str  # id or en: the main language of the document
    paper: str  # A4, A5
    purpose: str
    event_name: str
    event_date: str
    venue: str
    booth: str
    organisation: str  # the cooperative, or the city
    contact_whatsapp: str
    order_url: str
    order_qr_svg: str
    cover: PhotoCtx | None
    sections: tuple[SectionCtx, ...]
    labels: Labels
    generated_on: str
    show_prices: bool = True
    show_stock: bool = False
    bleed: str = ""  # e.g. "3mm", or ""
    crop_marks: bool = False
    withheld: tuple[str, ...] = ()  # names of motifs withheld by cultural protocol (for the log)
    facets: tuple[Facet, ...] = ()
    base_url: str = ""
    theme_css: tuple[str, ...] = field(default=())

    @property
    def products(self) -> tuple[ProductCtx, ...]:
        return tuple(p for s in self.sections for p in s.products)
