"""The cultural protocol, applied the same way by every output.

A motif restricted to a clan, rank or ceremony, without a record of who granted permission and
when, is not ours to print: its names, meaning and close-up photos are left out of every public
output, and text that names it is cut. Each output lists what it withheld.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain import vocab
from ..domain.entities import Motif, Photo, Product

MOTIF_PHOTO_ROLES = frozenset({"detail_motif"})


@dataclass
class Withheld:
    """The restricted motifs of one product: names to keep out of its text."""

    names: list[str] = field(default_factory=list)  # every name form, for matching text
    labels: list[str] = field(default_factory=list)  # one name per motif, for the report

    def __bool__(self) -> bool:
        return bool(self.labels)


def withheld_motifs(motifs: Sequence[Motif]) -> Withheld:
    out = Withheld()
    for motif in motifs:
        if motif.is_public:
            continue
        names = [n.strip() for n in (motif.name_local, motif.name_id, motif.name_en) if n.strip()]
        out.names += names
        out.labels.append(names[0] if names else f"motif {motif.id}")
    return out


def mentions(text: str, names: Sequence[str]) -> bool:
    folded = text.casefold()
    return any(re.search(rf"\b{re.escape(n.casefold())}\b", folded) for n in names)


def without(text: str, names: Sequence[str]) -> str:
    """`text` without the sentences that name any of `names`."""
    if not names or not text or not mentions(text, names):
        return text
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return " ".join(s for s in sentences if not mentions(s, names))


def generic_names(product: Product) -> tuple[str, str]:
    """(Indonesian, English) names that say what the product is without naming a motif."""
    if product.tenun is not None:
        t = product.tenun
        kind_id = vocab.TENUN_TYPES.label(t.tenun_type, "id") if t.tenun_type else "Tenun"
        kind_en = vocab.TENUN_TYPES.label(t.tenun_type, "en") if t.tenun_type else "Woven cloth"
        if t.origin_kabupaten:
            return (
                f"{kind_id} {vocab.KABUPATEN.label(t.origin_kabupaten, 'id')}",
                f"{kind_en}, {vocab.KABUPATEN.label(t.origin_kabupaten, 'en')}",
            )
        return kind_id, kind_en
    kind = vocab.PRODUCT_KINDS
    return kind.label(product.kind, "id"), kind.label(product.kind, "en")


def public_names(product: Product, hidden: Withheld) -> tuple[str, str]:
    """The product's names, or generic ones when a name mentions a withheld motif."""
    if hidden and mentions(f"{product.name_id} {product.name_en}", hidden.names):
        return generic_names(product)
    return product.name_id, product.name_en


def public_photos(photos: Sequence[Photo], hidden: Withheld) -> list[Photo]:
    """Photos without the close-ups of a withheld motif."""
    if not hidden:
        return list(photos)
    return [p for p in photos if p.role not in MOTIF_PHOTO_ROLES]
