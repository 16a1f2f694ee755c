"""Validation of a Motif, and the restricted-motif warning on products that use one.

Owns the code motif_withheld: a restricted motif (restriction other than bebas) without a
permission record (who granted it and when) is withheld from every public output.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import vocab
from .entities import Motif, Product
from .findings import Finding, warning
from .rules_common import check_code
from .rules_tenun import check_technique_region

PUBLIC_OUTPUTS_ID = "katalog cetak, situs web, daftar harga dan paket kurasi"
PUBLIC_OUTPUTS_EN = "printed catalogs, the web catalog, price lists and submission packages"


def _name(m: Motif) -> str:
    return m.name_id.strip() or m.name_local.strip() or m.name_en.strip() or "(tanpa nama)"


def motif_withheld(m: Motif, field: str) -> list[Finding]:
    if m.is_public:
        return []
    rid = vocab.MOTIF_RESTRICTIONS.label(m.restriction, "id")
    ren = vocab.MOTIF_RESTRICTIONS.label(m.restriction, "en")
    return [
        warning(
            field,
            "motif_withheld",
            f"Motif {_name(m)} terbatas ({rid}) dan belum ada catatan izin (siapa yang memberi "
            f"izin dan kapan). Motif ini tidak akan ditampilkan di {PUBLIC_OUTPUTS_ID}.",
            f"Motif {_name(m)} is restricted ({ren}) and has no permission record (who granted "
            f"permission and when). It will be withheld from {PUBLIC_OUTPUTS_EN}.",
        )
    ]


def validate_motif(m: Motif) -> list[Finding]:
    found: list[Finding] = []
    found += check_code(vocab.KABUPATEN, m.kabupaten, "kabupaten")
    found += check_code(vocab.TECHNIQUES, m.technique, "technique")
    found += check_code(vocab.USE_CONTEXTS, m.use_context, "use_context")
    found += check_code(vocab.MOTIF_RESTRICTIONS, m.restriction, "restriction")
    found += check_code(vocab.MOTIF_PROTECTIONS, m.protection, "protection")
    if m.technique:
        found += check_technique_region(
            [m.technique], m.kabupaten, "technique", ("motif ini", "this motif")
        )
    found += motif_withheld(m, "permission_by")
    return found


def check_product_motifs(p: Product, motifs: Sequence[Motif]) -> list[Finding]:
    """Motifs of the product that will be withheld. A motif with an id counts only when the
    product lists that id, so callers may pass the whole motif library."""
    linked = set(p.motif_ids)
    return [
        f for m in motifs if m.id is None or m.id in linked for f in motif_withheld(m, "motif_ids")
    ]
