"""The curated demo content in one place: producers, motifs, products and permits.

Owns `curated()`, which assembles fresh records from the content modules on every call (the
builder fills in ids, so nothing is shared between two builds), and the list of deliberate
gaps the demo carries so readiness reports and outputs have something to show.
"""

from __future__ import annotations

from . import (
    content_motifs,
    content_producers,
    content_sei,
    content_tenun_islands,
    content_tenun_timor,
)
from .specs import DemoContent

# What the curated demo leaves out or gets "wrong" on purpose (all warnings, never errors).
DELIBERATE = {
    "no_photos": ("TN-KPG-003",),
    "missing_english": ("TN-TTU-002", "TN-RTN-002"),
    "weaver_without_consent": ("TN-KAB-001",),
    "motif_withheld": ("TN-STM-002",),  # Patola Ratu: restricted, no permission record
    "motif_with_permission": ("TN-SBR-001",),  # Wo Boi: restricted, permission recorded
    "no_wholesale_price": ("TN-SBR-001",),  # a lineage motif, sold only directly
}


def curated() -> DemoContent:
    return DemoContent(
        producers=content_producers.producers(),
        motifs=content_motifs.motifs(),
        products=(
            content_tenun_timor.products()
            + content_tenun_islands.products()
            + content_sei.products()
        ),
        permits=content_producers.permits(),
    )
