"""The content of Tenun hang tags: which products, which motif, which words, which QR code.

Owns `tag_products` (the asked SKUs, a catalog's Tenun products, or every Tenun product),
`TagBuilder` (one `HangTagCtx` per product) and `tag_words`. The cultural protocol is applied
here: a motif that is not public (`Motif.is_public`) never appears; the tag shows the next public
motif of the product, or none. Its names are also kept off the tag when the product's own name
or story mentions them (the name becomes "<cloth type> <kabupaten>", such sentences of the story
are dropped), and each withheld motif is listed for the export report. Weavers are named only
with their consent.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import replace

from .. import formats
from .. import operations as ops
from ..domain import vocab
from ..domain.entities import Catalog, Motif, Producer, Product
from ..domain.errors import NotFound, UserError
from ..render.context import Bi
from ..render.context_labels import HangTagCtx, TagFact
from ..store import Library
from . import protocol
from .context import bilingual, qr_svg, slug, whatsapp_link

STORY_CHARS = 200  # a tag's story in one language, at most
STORY_CHARS_BILINGUAL = 170  # each language, when the tag carries both

_WORDS = {
    "origin": ("Asal", "Origin"),
    "technique": ("Teknik", "Technique"),
    "dyes": ("Pewarna", "Dyes"),
    "natural_dyes": ("Pewarna alam", "Natural dyes"),
    "weaver": ("Penenun", "Woven by"),
    "scan_order": ("Pindai untuk memesan", "Scan to order"),
    "scan_page": ("Pindai untuk cerita lengkap", "Scan for the full story"),
    "handwoven": ("Tenun tangan NTT", "Hand-woven in NTT"),
}


def tag_words(lang: str) -> dict[str, Bi]:
    """The fixed words of a tag: Bi('Asal'), Bi('Origin') or Bi('Asal', 'Origin')."""
    return {key: _pair(lang, word_id, word_en) for key, (word_id, word_en) in _WORDS.items()}


def _pair(lang: str, text_id: str, text_en: str) -> Bi:
    """Text in the tag's language(s): the English second on bilingual tags, when different."""
    if lang == "en":
        return Bi(text_en or text_id)
    if lang == "id+en" and text_en and text_en.casefold() != text_id.casefold():
        return Bi(text_id, text_en)
    return Bi(text_id or text_en)


def tag_products(
    lib: Library, skus: list[str] | None, catalog: Catalog | str | None
) -> list[Product]:
    """The Tenun products to tag, in the asked (or catalog, or library) order."""
    if skus:
        products, problems = [], []
        for sku in dict.fromkeys(s.strip() for s in skus if s.strip()):
            try:
                product = ops.get_product(lib, sku)
            except NotFound as exc:
                problems.append((exc.message("id"), exc.message("en")))
                continue
            if product.kind != "tenun":
                kind_id = vocab.PRODUCT_KINDS.label(product.kind)
                kind_en = vocab.PRODUCT_KINDS.label(product.kind, "en")
                problems.append(
                    (
                        f"{sku} adalah produk {kind_id}; label gantung hanya untuk tenun.",
                        f"{sku} is a {kind_en} product; hang tags are only for woven cloth.",
                    )
                )
                continue
            products.append(product)
        if problems:
            raise UserError(
                "Label gantung tidak dibuat:\n" + "\n".join(f"- {m}" for m, _ in problems),
                "No hang tags were made:\n" + "\n".join(f"- {m}" for _, m in problems),
            )
    elif catalog is not None:
        found = ops.get_catalog(lib, catalog) if isinstance(catalog, str) else catalog
        ids = [pid for section in found.sections for pid in section.product_ids]
        if ids:
            products = [ops.get_product_by_id(lib, pid) for pid in dict.fromkeys(ids)]
        else:
            products = [ops.get_product(lib, s.sku) for s in ops.list_products(lib)]
    else:
        products = [ops.get_product(lib, s.sku) for s in ops.list_products(lib)]
    products = [p for p in products if p.kind == "tenun"]
    if not products:
        raise UserError(
            "Tidak ada produk tenun untuk dibuatkan label gantung.",
            "There are no woven products to make hang tags for.",
        )
    return products


def shorten(text: str, limit: int) -> str:
    """`text` cut to about `limit` characters: at a sentence end when one falls in the last
    part of the limit, else at a word, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", head)]
    if ends and ends[-1] >= limit * 0.55:
        return head[: ends[-1]]
    cut = head.rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def shorten_story(tag: HangTagCtx, step: int) -> HangTagCtx:
    """A tag that did not fit: step 1 keeps one language of the story, step 2 shortens it."""
    if step == 1 and tag.story.second:
        return replace(tag, story=Bi(tag.story.main, ""))
    return replace(tag, story=Bi(shorten(tag.story.main, STORY_CHARS // 2), ""))


class TagBuilder:
    """Makes the tag of one product at a time; collects what it withheld and which
    translations were missing (for the export report)."""

    def __init__(self, lib: Library, lang: str, qr_target: str, base_url: str):
        self.lib, self.lang, self.qr_target, self.base_url = lib, lang, qr_target, base_url
        self.ui = "en" if lang == "en" else "id"
        self.withheld: list[str] = []
        self.missing: list[str] = []
        self.producers = {p.id: p for p in ops.list_producers(lib)}
        self.words = tag_words(lang)

    def bi(self, where: str, text_id: str, text_en: str) -> Bi:
        value, missing = bilingual(self.lang, text_id.strip(), text_en.strip())
        if missing:
            self.missing.append(where)
        return value

    def tag(self, product: Product) -> HangTagCtx:
        t = product.tenun
        assert t is not None
        producer = self.producers.get(product.producer_id)
        motifs = ops.motifs_of(self.lib, product)
        withheld = protocol.withheld_motifs(motifs)
        self.withheld += withheld.labels
        hidden = withheld.names
        motif = next((m for m in motifs if m.is_public), None)
        name = self._name(product, hidden)
        story = self.bi(f"{product.sku} cerita", product.story_id, product.story_en)
        limit = STORY_CHARS_BILINGUAL if story.second else STORY_CHARS
        story = Bi(
            shorten(protocol.without(story.main, hidden), limit),
            shorten(protocol.without(story.second, hidden), limit),
        )
        if motif is not None:
            title, subtitle, product_name = self._motif_names(motif), self._motif_sub(motif), name
        else:
            title, subtitle, product_name = name.main, Bi(name.second), Bi()
        target, caption = self._qr(product, producer, name)
        return HangTagCtx(
            sku=product.sku,
            title=title,
            subtitle=subtitle,
            product=product_name,
            facts=tuple(self._facts(product, producer)),
            story=story,
            price=formats.money(product.price, self.lang) if product.price else "",
            qr_svg=qr_svg(target),
            qr_caption=caption if target else Bi(),
        )

    def _name(self, product: Product, hidden: list[str]) -> Bi:
        name = self.bi(f"{product.sku} nama", product.name_id, product.name_en)
        if not protocol.mentions(f"{name.main} {name.second}", hidden):
            return name
        generic_id, generic_en = protocol.generic_names(product)
        main, second = (generic_en, generic_id) if self.lang == "en" else (generic_id, generic_en)
        return Bi(main, second if self.lang == "id+en" else "")

    def _motif_names(self, motif: Motif) -> str:
        return motif.name_local.strip() or motif.name_id.strip() or motif.name_en.strip()

    def _motif_sub(self, motif: Motif) -> Bi:
        title = self._motif_names(motif)
        sub = self.bi(f"motif {motif.name_id}", motif.name_id, motif.name_en)
        main = sub.main if sub.main != title else ""
        second = sub.second if sub.second != title else ""
        return Bi(main or second, second if main else "")

    def _facts(self, product: Product, producer: Producer | None) -> list[TagFact]:
        t = product.tenun
        assert t is not None
        w, lang = self.words, self.lang
        facts = []
        region = t.origin_kabupaten or (producer.kabupaten if producer else "")
        if region or t.suku.strip():
            place_id = vocab.KABUPATEN.label(region, "id") if region else ""
            place_en = vocab.KABUPATEN.label(region, "en") if region else ""
            origin_id = ", ".join(x for x in (place_id, t.suku.strip()) if x)
            if lang == "en":
                origin = Bi(", ".join(x for x in (place_en, t.suku.strip()) if x))
            else:  # the suku is a name: the English line only translates the place
                origin = _pair(lang, origin_id, place_en if place_en != place_id else "")
            facts.append(TagFact(w["origin"], origin))
        if t.techniques:
            value = _pair(
                lang,
                ", ".join(vocab.TECHNIQUES.label(c, "id") for c in t.techniques),
                ", ".join(vocab.TECHNIQUES.label(c, "en") for c in t.techniques),
            )
            facts.append(TagFact(w["technique"], value))
        dyes = [c for c in t.dyes if c]
        if dyes:
            value = _pair(
                lang,
                ", ".join(vocab.DYES.label(c, "id").split(" / ")[0] for c in dyes),
                ", ".join(vocab.DYES.label(c, "en") for c in dyes),
            )
            facts.append(TagFact(w["natural_dyes" if t.dye_class == "alam" else "dyes"], value))
        weavers = [x.name.strip() for x in t.weavers if x.consent and x.name.strip()]
        if weavers:
            facts.append(TagFact(w["weaver"], Bi(", ".join(weavers))))
        return facts

    def _qr(self, product: Product, producer: Producer | None, name: Bi) -> tuple[str, Bi]:
        """(URL the QR code opens, its caption). The order message names the product as the
        tag does (never a withheld motif)."""
        if self.qr_target == "page" and self.base_url:
            url = urllib.parse.urljoin(
                self.base_url.rstrip("/") + "/", f"produk/{slug(product.sku)}.html"
            )
            return url, self.words["scan_page"]
        if producer is None:
            return "", Bi()
        message = (
            f"Hello, I would like to order {name.main} (SKU {product.sku})."
            if self.ui == "en"
            else f"Halo, saya ingin memesan {name.main} (SKU {product.sku})."
        )
        url = whatsapp_link(producer.whatsapp or producer.phone, message)
        return url, self.words["scan_order"] if url else Bi()
