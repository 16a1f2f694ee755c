"""What the web catalog adds to the shared context: page names, search words, price ranges,
absolute URLs for sharing, and the schema.org Product data of each page.

Pure functions over the context dataclasses (no files, no Jinja): the HTML export calls them and
hands the results to the `web` theme.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from dataclasses import replace

from .. import formats
from ..render.context import CatalogCtx, Facet, Labels, ProductCtx
from .names import PAGE_FOLDER, PageNames

__all__ = ["PAGE_FOLDER", "PageNames"]
PRICE_STEPS = (250_000, 500_000, 1_000_000, 2_500_000, 5_000_000)
_PUNCTUATION = re.compile(r"[^\w-]+")


def fold(text: str) -> str:
    """Lowercase words without accents or punctuation ("(Songkét)," -> "songket").

    catalog.js folds a visitor's query the same way before matching word beginnings.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_PUNCTUATION.sub(" ", plain.casefold()).split())


def search_text(product: ProductCtx) -> str:
    """The words a visitor may type to find the product, folded, each once."""
    parts = [
        product.name.main,
        product.name.second,
        product.sku,
        product.producer_name,
        product.region,
        product.kind_label,
    ]
    for motif in product.motifs:
        parts += [motif.name_local, motif.name.main, motif.name.second]
    parts += [fact.value for fact in product.facts]
    words = dict.fromkeys(fold(" ".join(p for p in parts if p)).split())
    return " ".join(w for w in words if not w.isdigit())  # sizes and days: nobody types them


def price_facet(products: tuple[ProductCtx, ...], lang: str, labels: Labels) -> Facet | None:
    """Price ranges that hold at least one product, or None when fewer than two would show.

    A value is `min-max` in whole Rupiah (max exclusive, empty for no upper bound): the format
    catalog.js reads.
    """
    prices = [p.price for p in products if p.price is not None and p.price_text]
    if not prices:
        return None
    edges = (0, *PRICE_STEPS, None)
    options = []
    for low, high in zip(edges, edges[1:], strict=False):
        if not any(low <= x and (high is None or x < high) for x in prices):
            continue
        if low == 0:
            label = f"{labels.price_under} {formats.money(high, lang)}"
        elif high is None:
            label = f"{formats.money(low, lang)} {labels.price_over}"
        else:
            label = f"{formats.money(low, lang)} – {formats.money(high, lang)}"
        options.append((f"{low}-{high if high is not None else ''}", label))
    if len(options) < 2:
        return None
    return Facet("price", labels.price_range, tuple(options))


def absolute(base_url: str, path: str) -> str:
    """`path` (relative to the catalog folder) under `base_url`, or "" without a base URL."""
    if not base_url:
        return ""
    return urllib.parse.urljoin(base_url.rstrip("/") + "/", path)


def product_json_ld(
    product: ProductCtx, catalog: CatalogCtx, root: str, page_url: str
) -> dict[str, object]:
    """schema.org Product: name, image, description, sku, brand, offers in IDR."""

    def url(path: str) -> str:
        return absolute(catalog.base_url, path) or f"{root}{path}"

    images = []
    for photo in product.photos:
        jpegs = [s for s in photo.sources if s.mime == "image/jpeg"] or [photo]
        images.append(url(jpegs[-1].url))
    description = product.description.main or product.story.main or product.name.main
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.name.main,
        "sku": product.sku,
        "description": description,
        "category": product.kind_label,
    }
    if images:
        data["image"] = images
    if product.producer_name:
        data["brand"] = {"@type": "Brand", "name": product.producer_name}
        maker: dict[str, object] = {"@type": "Organization", "name": product.producer_name}
        if product.region:
            maker["address"] = {
                "@type": "PostalAddress",
                "addressRegion": product.region,
                "addressCountry": "ID",
            }
        data["manufacturer"] = maker
    if page_url:
        data["url"] = page_url
    if product.price is not None and product.price_text:
        offer: dict[str, object] = {
            "@type": "Offer",
            "price": product.price,
            "priceCurrency": "IDR",
        }
        if page_url:
            offer["url"] = page_url
        data["offers"] = offer
    return data


def with_search(catalog: CatalogCtx) -> CatalogCtx:
    """The catalog with each product's search words filled in and the price facet added."""
    sections = tuple(
        replace(s, products=tuple(replace(p, search_text=search_text(p)) for p in s.products))
        for s in catalog.sections
    )
    facets = catalog.facets
    lang = catalog.lang.split("+")[0]
    price = price_facet(catalog.products, lang, catalog.labels) if catalog.show_prices else None
    if price is not None:
        facets = (*facets, price)
    return replace(catalog, sections=sections, facets=facets)
