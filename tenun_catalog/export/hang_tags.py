"""The content of Tenun hang tags: which products, which motif, which words, which QR code.

Owns `tag_products` (the Tenun products of an audience view, refusing asked SKUs that are not
cloth), `TagBuilder` (one `HangTagCtx` per product) and `tag_words`. It reads only the audience
view: a withheld motif, a sentence naming it and a weaver without consent never reach it. The tag
shows the product's first motif the view lets through, or none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import formats
from ..domain import vocab
from ..domain.entities import Motif, Producer, Product
from ..domain.errors import UserError
from ..render.context import Bi
from ..render.context_labels import HangTagCtx, TagFact
from . import names
from .audience import AudienceView, ViewProduct
from .context import bilingual, qr_svg, whatsapp_link

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


def tag_products(view: AudienceView) -> list[ViewProduct]:
    """The Tenun products of the view, in its order; asked SKUs that are not cloth refuse."""
    products = view.products
    if view.selection.skus:
        problems = []
        for item in products:
            if item.product.kind != "tenun":
                kind_id = vocab.PRODUCT_KINDS.label(item.product.kind)
                kind_en = vocab.PRODUCT_KINDS.label(item.product.kind, "en")
                problems.append(
                    (
                        f"{item.sku} adalah produk {kind_id}; label gantung hanya untuk tenun.",
                        f"{item.sku} is a {kind_en} product; hang tags are only for woven cloth.",
                    )
                )
        if problems:
            raise UserError(
                "Label gantung tidak dibuat:\n" + "\n".join(f"- {m}" for m, _ in problems),
                "No hang tags were made:\n" + "\n".join(f"- {m}" for _, m in problems),
            )
    products = [p for p in products if p.product.kind == "tenun"]
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

    def __init__(self, lang: str, qr_target: str, base_url: str):
        self.lang, self.qr_target, self.base_url = lang, qr_target, base_url
        self.ui = "en" if lang == "en" else "id"
        self.withheld: list[str] = []
        self.missing: list[str] = []
        self.words = tag_words(lang)

    def bi(self, where: str, text_id: str, text_en: str) -> Bi:
        value, missing = bilingual(self.lang, text_id.strip(), text_en.strip())
        if missing:
            self.missing.append(where)
        return value

    def tag(self, item: ViewProduct) -> HangTagCtx:
        product, producer = item.product, item.producer
        assert product.tenun is not None
        self.withheld += item.withheld_motifs
        motif = next(iter(item.motifs), None)
        name = self._name(product)
        story = self.bi(f"{product.sku} cerita", product.story_id, product.story_en)
        limit = STORY_CHARS_BILINGUAL if story.second else STORY_CHARS
        story = Bi(shorten(story.main, limit), shorten(story.second, limit))
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

    def _name(self, product: Product) -> Bi:
        return self.bi(f"{product.sku} nama", product.name_id, product.name_en)

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
            return names.page_url(self.base_url, product.sku), self.words["scan_page"]
        if producer is None:
            return "", Bi()
        message = (
            f"Hello, I would like to order {name.main} (SKU {product.sku})."
            if self.ui == "en"
            else f"Halo, saya ingin memesan {name.main} (SKU {product.sku})."
        )
        url = whatsapp_link(producer.whatsapp or producer.phone, message)
        return url, self.words["scan_order"] if url else Bi()
