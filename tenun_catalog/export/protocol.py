"""The cultural protocol and consent rules as text operations (the audience view applies them).

A motif restricted to a clan, rank or ceremony, without a record of who granted permission and
when, is not ours to print: its names, the words its record lists as revealing it, its meaning
and its close-up photos stay out of every public output, and every sentence that names it is
cut. A weaver who has not consented is not named, in a list or in a sentence. These functions
are pure; `audience.py` decides which terms apply to which audience.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..domain import vocab
from ..domain.entities import Motif, Product

MOTIF_PHOTO_ROLES = frozenset({"detail_motif"})
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def motif_terms(motif: Motif) -> list[str]:
    """Every name of the motif and each word its record lists as revealing it."""
    terms = [motif.name_local, motif.name_id, motif.name_en, *motif.revealing_words]
    return list(dict.fromkeys(t.strip() for t in terms if t and t.strip()))


def motif_label(motif: Motif) -> str:
    """The one name a report uses for a motif (local, else Indonesian, else English)."""
    names = [n.strip() for n in (motif.name_local, motif.name_id, motif.name_en) if n.strip()]
    return names[0] if names else f"motif {motif.id}"


def _pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    cleaned = sorted({t.casefold() for t in terms if t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    # \b fails next to punctuation at a term's edge ("Ora."), so look around for word characters.
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in cleaned) + r")(?!\w)")


def mentions(text: str, terms: Sequence[str]) -> bool:
    pattern = _pattern(terms)
    return bool(text and pattern and pattern.search(text.casefold()))


def without(text: str, terms: Sequence[str]) -> str:
    """`text` without the sentences that name any of `terms` (paragraph breaks kept)."""
    pattern = _pattern(terms)
    if not text or pattern is None or not pattern.search(text.casefold()):
        return text
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text):
        sentences = _SENTENCE_END.split(" ".join(paragraph.split()))
        kept = [s for s in sentences if not pattern.search(s.casefold())]
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs)


def masked(text: str, terms: Sequence[str], mask: str) -> str:
    """`text` with every occurrence of `terms` replaced by `mask` (for short report lines)."""
    pattern = _pattern(terms)
    if not text or pattern is None:
        return text
    folded = text.casefold()
    if len(folded) != len(text):  # casefold changed lengths (ß): fall back to dropping the text
        return mask if pattern.search(folded) else text
    out, last = [], 0
    for match in pattern.finditer(folded):
        out += [text[last : match.start()], mask]
        last = match.end()
    return "".join(out) + text[last:]


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
