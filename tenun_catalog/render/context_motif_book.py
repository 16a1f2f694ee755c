"""Template contract of the motif book (`report motif-book`): a community's own record of its
motifs with photos, narratives and permission records, for the community only. Plain text and
photo URLs; the export module fills it from the internal motif view, the `buku-motif` theme
lays it out and marks every page "Untuk kalangan sendiri / For the community only".
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import PhotoCtx


@dataclass(frozen=True)
class BookNarrative:
    teller: str
    community: str
    audience: str  # who may read it, as a label ("Internal komunitas / Community-internal")
    text_id: str
    text_en: str


@dataclass(frozen=True)
class BookMotif:
    number: int  # the motif's number in the library
    name: str  # local name, else Indonesian
    other_names: str  # "Indonesia / English"
    region: str  # kabupaten and suku
    restricted: bool  # shown here only: public outputs withhold it
    facts: tuple[tuple[str, str], ...]  # (label id / en, value): technique, use, holder...
    meaning_id: str
    meaning_en: str
    permission: tuple[tuple[str, str], ...]  # the permission record and where it may appear
    narratives: tuple[BookNarrative, ...]
    photos: tuple[PhotoCtx, ...]
    products: str  # SKUs of the cloths that carry it


@dataclass(frozen=True)
class MotifBookCtx:
    title: str
    scope: str  # the kabupaten, or every one
    mark_id: str  # "Untuk kalangan sendiri"
    mark_en: str  # "For the community only"
    motifs: tuple[BookMotif, ...]
    restricted_count: int
    generated_on: str
    generator: str
