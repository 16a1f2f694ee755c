"""Validation of a Motif, and the restricted-motif warning on products that use one.

Owns the code motif_withheld: a restricted motif (an old restriction other than bebas, a holder
that is a clan, family or noble line, a protocol condition, or community-only use) that may not
be shown in public outputs (no permission record covering them, or the community's audience list
leaves them out) is withheld from every public output.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import vocab
from .entities import Motif, Product
from .findings import Finding, warning
from .rules_common import check_code, check_codes
from .rules_tenun import check_technique_region

PUBLIC_OUTPUTS_ID = "katalog cetak, situs web, daftar harga dan paket kurasi"
PUBLIC_OUTPUTS_EN = "printed catalogs, the web catalog, price lists and submission packages"


def _name(m: Motif) -> str:
    return m.name_id.strip() or m.name_local.strip() or m.name_en.strip() or "(tanpa nama)"


def restriction_words(m: Motif, lang: str) -> str:
    """What restricts the motif, in words: its old code, holder, protocols or use."""
    parts = []
    if m.restriction not in ("", "bebas"):
        parts.append(vocab.MOTIF_RESTRICTIONS.label(m.restriction, lang))
    if m.holder in vocab.RESTRICTING_HOLDERS and m.holder != m.restriction:
        parts.append(vocab.MOTIF_HOLDERS.label(m.holder, lang))
    parts += [vocab.MOTIF_PROTOCOLS.label(p, lang) for p in m.protocols if p != m.restriction]
    if m.permitted_use == "komunitas":
        parts.append(vocab.MOTIF_USES.label(m.permitted_use, lang))
    return ", ".join(parts)


def motif_withheld(m: Motif, field: str) -> list[Finding]:
    if m.is_public:
        return []
    if m.audiences and "public" not in m.audiences:
        return [
            warning(
                field,
                "motif_withheld",
                f"Komunitas memutuskan motif {_name(m)} tidak tampil di keluaran publik. Motif "
                f"ini tidak akan ditampilkan di {PUBLIC_OUTPUTS_ID}.",
                f"The community decided motif {_name(m)} is not shown in public outputs. It "
                f"will be withheld from {PUBLIC_OUTPUTS_EN}.",
            )
        ]
    rid, ren = restriction_words(m, "id"), restriction_words(m, "en")
    if m.has_permission_record:
        return [
            warning(
                field,
                "motif_withheld",
                f"Motif {_name(m)} terbatas ({rid}) dan izinnya tidak mencakup keluaran publik. "
                f"Motif ini tidak akan ditampilkan di {PUBLIC_OUTPUTS_ID}.",
                f"Motif {_name(m)} is restricted ({ren}) and its permission does not cover "
                f"public outputs. It will be withheld from {PUBLIC_OUTPUTS_EN}.",
            )
        ]
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
    found += check_code(vocab.MOTIF_HOLDERS, m.holder, "holder")
    found += check_codes(vocab.MOTIF_PROTOCOLS, m.protocols, "protocols")
    found += check_code(vocab.MOTIF_USES, m.permitted_use, "permitted_use")
    found += check_codes(vocab.AUDIENCES, m.audiences, "audiences")
    found += check_codes(vocab.AUDIENCES, m.permission_uses, "permission_uses")
    found += check_codes(vocab.TK_LABELS, m.tk_labels, "tk_labels")
    found += check_code(vocab.LC_NOTICES, m.notice, "notice")
    found += check_code(vocab.KIK_TYPES, m.kik_type, "kik_type")
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


def audience_reason(m: Motif, audience: str, lang: str = "id") -> str:
    """Why the motif does not reach `audience` ("" when it does), in a few words."""
    if m.shown_to(audience):
        return ""
    en = lang == "en"
    if m.audiences and audience not in m.audiences:
        return "the community decided so" if en else "keputusan komunitas"
    if not m.has_permission_record:
        return "restricted, no permission recorded" if en else "terbatas, belum ada izin"
    return "the permission does not cover it" if en else "izinnya tidak mencakup ini"
