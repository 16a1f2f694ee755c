"""The audience view of a community's motifs: part of the one door out (with audience.py).

`build_motif_view(lib, audience, kabupaten)` reads the tenun of a kabupaten (origin, else the
producer's kabupaten; every tenun when None) through `audience.build_view`, adds what documents
about motifs need (the motifs of that area and of its cloths, their narratives and photos, the
products' production steps, the producers of the area, the weavers counted) and applies the
same rules: a motif the audience may not see is returned only as a `WithheldMotif` (its library
number, why, and how many cloths use it; never a name, meaning, narrative or revealing word),
its words are cut from every other text, a narrative reaches the audience only when its own
audience allows it, and a weaver is named only when every credit of that name has consent
(counts include every weaver). The GI description draft (`report gi-draft`, audience
`submission`) and the motif book (`render motif-book`, audience `internal`) read only this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .. import operations as ops
from ..domain.entities import Motif, Narrative, Photo, Producer, ProductionStep, ProductQuery
from . import protocol
from .audience import AUDIENCES, AudienceView, Selection, ViewProduct, WithheldItem, _Redactor
from .audience import build_view as _build_view

Check = Callable[[], bool]


@dataclass
class MotifEntry:
    """A motif the audience may see, with what documents about it show."""

    motif: Motif  # meanings and sources with withheld words cut
    narratives: list[Narrative]  # only those this audience may read, redacted
    photos: list[Photo]  # photos filed under the motif, captions redacted
    product_skus: list[str]  # the cloths of the view that carry it
    internal_only: bool  # restricted: shown only because the audience is the community itself


@dataclass(frozen=True)
class WithheldMotif:
    """A motif kept out: enough for a placeholder, nothing that names it."""

    number: int  # the motif's number in the library (the community finds it in the app)
    reason_id: str
    reason_en: str
    products: int  # cloths of the view that carry it


@dataclass(frozen=True)
class WeaverCount:
    """Weavers counted from the library: credited on the cloths and registered as producers."""

    total: int  # distinct weavers, named or not
    named: tuple[str, ...]  # those who consented to be named, sorted
    members_declared: int  # the members the groups report (Producer.members_count), summed


@dataclass
class MotifView:
    audience: str
    kabupaten: str | None
    products: list[ViewProduct]  # the tenun of the area, redacted as build_view does
    producers: list[Producer]  # producers of the area and of its cloths, redacted
    producer_photos: dict[int, list[Photo]]
    motifs: list[MotifEntry]
    withheld_motifs: list[WithheldMotif]
    steps: dict[str, list[ProductionStep]]  # by SKU, descriptions and plants redacted
    weavers: WeaverCount
    withheld: list[WithheldItem]
    internal_only: list[str] = field(default_factory=list)

    @property
    def groups(self) -> list[Producer]:
        """The weaver groups, cooperatives and businesses of the area (not single weavers)."""
        return [p for p in self.producers if p.producer_type != "penenun"]

    @property
    def withheld_labels(self) -> list[str]:
        """Report names of the withheld motifs (for the person running the output only)."""
        return list(dict.fromkeys(w.label for w in self.withheld if w.kind == "motif"))


def build_motif_view(
    lib,
    audience: str = "submission",
    kabupaten: str | None = None,
    *,
    cancelled: Check | None = None,
) -> MotifView:
    """The motifs, cloths, steps, producers and weavers of `kabupaten` that `audience` may see."""
    if audience not in AUDIENCES:
        raise ValueError(audience)
    query = ProductQuery(kind="tenun", kabupaten=kabupaten or "", sort="sku")
    skus = tuple(s.sku for s in ops.list_products(lib, query))
    view = _products_view(lib, skus, audience, cancelled)
    redactor = _Redactor(audience)
    raw_motifs: dict[int, Motif] = {}
    carried: dict[int, list[str]] = {}
    for item in view.products:
        for motif in item._raw_motifs:
            if motif.id is not None:
                raw_motifs.setdefault(motif.id, motif)
                carried.setdefault(motif.id, []).append(item.sku)
    for motif in ops.list_motifs(lib):
        if motif.id is not None and (kabupaten is None or motif.kabupaten == kabupaten):
            raw_motifs.setdefault(motif.id, motif)
    hidden = [m for m in raw_motifs.values() if not m.shown_to(audience)]
    weavers, unnamed = _weavers(view, kabupaten, lib)
    terms = [t for m in hidden for t in protocol.motif_terms(m)]
    terms += [t for item in view.products for t in item.terms] + unnamed
    terms = list(dict.fromkeys(terms))
    withheld = list(view.withheld)
    for motif in hidden:
        label = protocol.motif_label(motif)
        if not any(w.kind == "motif" and w.label == label for w in withheld):
            withheld.append(WithheldItem("motif", label, "", *redactor._why(motif)))
    products = [_recut(item, terms) for item in view.products]
    entries = [
        _entry(lib, motif, products, audience, terms)
        for motif in sorted(raw_motifs.values(), key=_order)
        if motif.shown_to(audience)
    ]
    withheld_motifs = [
        WithheldMotif(m.id, *redactor._why(m), len(carried.get(m.id, [])))
        for m in sorted(hidden, key=lambda m: m.id or 0)
    ]
    producers = {pid: _story_cut(p, terms) for pid, p in view.producers.items()}
    for producer in ops.list_producers(lib):
        if kabupaten and producer.kabupaten == kabupaten and producer.id not in producers:
            producers[producer.id] = redactor.producer(producer, terms)
    producer_photos = dict(view.producer_photos)
    for pid in producers:
        if pid not in producer_photos:
            producer_photos[pid] = [
                redactor.photo(p, terms) for p in ops.list_photos(lib, pid, owner="producer")
            ]
    steps = {
        item.sku: [_step(s, terms) for s in ops.list_steps(lib, item.sku)] for item in view.products
    }
    internal = [protocol.motif_label(e.motif) for e in entries if e.internal_only]
    return MotifView(
        audience=audience,
        kabupaten=kabupaten,
        products=products,
        producers=sorted(producers.values(), key=lambda p: p.name.casefold()),
        producer_photos=producer_photos,
        motifs=entries,
        withheld_motifs=withheld_motifs,
        steps={k: v for k, v in steps.items() if v},
        weavers=weavers,
        withheld=withheld,
        internal_only=list(dict.fromkeys([*view.internal_only, *internal])),
    )


def _products_view(lib, skus: tuple[str, ...], audience: str, cancelled) -> AudienceView:
    if skus:
        return _build_view(lib, Selection(skus=skus), audience, cancelled=cancelled)
    # No tenun in the area: an empty view (an empty selection would mean "every product").
    return AudienceView(audience, Selection(), [], {}, {}, {}, [])


def _order(motif: Motif) -> tuple[str, int]:
    return (protocol.motif_label(motif).casefold(), motif.id or 0)


def _entry(
    lib, motif: Motif, products: list[ViewProduct], audience: str, terms: list[str]
) -> MotifEntry:
    changes = {}
    for attr in ("meaning_id", "meaning_en", "meaning_source", "clan_line", "holder_name"):
        value = getattr(motif, attr)
        cut = protocol.without(value, terms)
        if cut != value:
            changes[attr] = cut
    narratives = [
        replace(
            n,
            teller=protocol.without(n.teller, terms),
            community=protocol.without(n.community, terms),
            text_id=protocol.without(n.text_id, terms),
            text_en=protocol.without(n.text_en, terms),
        )
        for n in ops.list_narratives(lib, motif.id)
        if n.shown_to(audience)
    ]
    photos = [_photo(p, terms) for p in ops.list_photos(lib, motif.id, owner="motif")]
    carriers = [i for i in products if any(m.id == motif.id for m in i.motifs)]
    for item in carriers:  # close-ups on its cloths: filed under it, or on a one-motif cloth
        photos += [
            p
            for p in item.photos
            if p.motif_id == motif.id or (p.role == "detail_motif" and len(item.motifs) == 1)
        ]
    return MotifEntry(
        motif=replace(motif, **changes) if changes else motif,
        narratives=[n for n in narratives if n.text_id or n.text_en],
        photos=list({p.id: p for p in photos}.values()),
        product_skus=[i.sku for i in carriers],
        internal_only=audience == "internal" and not motif.is_public,
    )


def _story_cut(producer: Producer, terms: list[str]) -> Producer:
    """A producer's story cut again with every word withheld in the area (build_view cut it
    with the words of the producer's own cloths only)."""
    return replace(
        producer,
        story_id=protocol.without(producer.story_id, terms),
        story_en=protocol.without(producer.story_en, terms),
    )


def _recut(item: ViewProduct, terms: list[str]) -> ViewProduct:
    """A product of the view cut again with every word withheld in the area (a story may name
    a withheld motif of the area that the product itself does not carry)."""
    product = item.product
    changes: dict[str, object] = {}
    if protocol.mentions(f"{product.name_id}\n{product.name_en}", terms):
        changes["name_id"], changes["name_en"] = protocol.generic_names(product)
    for attr in ("description_id", "description_en", "story_id", "story_en", "packaging"):
        value = getattr(product, attr)
        cut = protocol.without(value, terms)
        if cut != value:
            changes[attr] = cut
    photos = [_photo(p, terms) for p in item.photos]
    return replace(item, product=replace(product, **changes) if changes else product, photos=photos)


def _photo(photo: Photo, terms: list[str]) -> Photo:
    changes = {
        attr: protocol.without(getattr(photo, attr), terms)
        for attr in ("caption_id", "caption_en", "alt_id", "alt_en", "photographer")
    }
    return replace(photo, **changes)


def _step(step: ProductionStep, terms: list[str]) -> ProductionStep:
    return replace(
        step,
        description_id=protocol.without(step.description_id, terms),
        description_en=protocol.without(step.description_en, terms),
        plants=[p for p in step.plants if not protocol.mentions(p, terms)],
    )


def _weavers(view: AudienceView, kabupaten: str | None, lib) -> tuple[WeaverCount, list[str]]:
    """The weaver count and the names that may not be given (a credit without consent)."""
    consent: dict[str, bool] = {}
    shown: dict[str, str] = {}
    for item in view.products:
        raw = item._raw
        for credit in raw.tenun.weavers if raw is not None and raw.tenun else []:
            name = " ".join(credit.name.split())
            if not name:
                continue
            key = name.casefold()
            consent[key] = consent.get(key, True) and credit.consent
            shown.setdefault(key, name)
    makers = {i.product.producer_id for i in view.products}
    producers = [
        p
        for p in ops.list_producers(lib)
        if (kabupaten is not None and p.kabupaten == kabupaten) or p.id in makers
    ]
    for producer in producers:
        if producer.producer_type == "penenun":  # a single weaver registered as a producer
            key = " ".join(producer.name.split()).casefold()
            consent.setdefault(key, True)
            shown.setdefault(key, producer.name)
    declared = sum(p.members_count or 0 for p in producers if p.producer_type != "penenun")
    named = tuple(sorted((shown[k] for k, ok in consent.items() if ok), key=str.casefold))
    unnamed = [shown[k] for k, ok in consent.items() if not ok]
    return WeaverCount(len(consent), named, declared), unnamed
