"""Rules for hand-woven cloth (TenunDetail) and for where weaving techniques come from.

Owns the codes tenun_too_wide, gi_unknown, gi_not_registered, gi_origin, gi_not_mpig_member,
songket_outside_manggarai, ikat_in_manggarai and weaver_no_consent.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import vocab
from .entities import Producer, TenunDetail
from .findings import Finding, error, number, warning
from .rules_common import check_code, check_codes, check_min

MAX_HANDWOVEN_WIDTH_CM = 180


def find_gi(name: str) -> tuple[str, frozenset[str]] | None:
    """The registered GI name (as spelled in vocab) and its kabupaten codes, matched loosely."""
    gi = vocab.find_gi(name)
    return (gi.name, gi.kabupaten) if gi is not None and gi.registered else None


def _kab(code: str, lang: str) -> str:
    return vocab.KABUPATEN.label(code, lang)


def check_technique_region(
    techniques: Iterable[str], kabupaten: str, field: str, whose: tuple[str, str]
) -> list[Finding]:
    """Songket outside Manggarai and warp ikat from Manggarai are unusual: warn, never block."""
    if not kabupaten or kabupaten not in vocab.KABUPATEN:
        return []
    techniques = set(techniques)
    where_id, where_en = _kab(kabupaten, "id"), _kab(kabupaten, "en")
    found: list[Finding] = []
    if "songket" in techniques and kabupaten not in vocab.MANGGARAI:
        found.append(
            warning(
                field,
                "songket_outside_manggarai",
                f"Teknik songket/songke biasanya dari Manggarai, tetapi asal {whose[0]} "
                f"{where_id}. Periksa lagi teknik atau asal kabupatennya.",
                f"Songket (songke) usually comes from Manggarai, but {whose[1]} is from "
                f"{where_en}. Check the technique or the regency of origin.",
            )
        )
    if "ikat_lungsi" in techniques and kabupaten in vocab.MANGGARAI:
        found.append(
            warning(
                field,
                "ikat_in_manggarai",
                f"Tenun ikat lungsi jarang dibuat di Manggarai (di sana umumnya songke), tetapi "
                f"asal {whose[0]} {where_id}. Periksa lagi teknik atau asal kabupatennya.",
                f"Warp ikat is rarely made in Manggarai (songket is usual there), but {whose[1]} "
                f"is from {where_en}. Check the technique or the regency of origin.",
            )
        )
    return found


def check_gi(t: TenunDetail, producer: Producer | None) -> list[Finding]:
    claim = t.gi_claim.strip()
    if not claim:
        return []
    field = "tenun.gi_claim"
    gi = find_gi(claim)
    pending = vocab.find_gi(claim)
    if gi is None and pending is not None:
        return [
            error(
                field,
                "gi_not_registered",
                f"Indikasi Geografis '{pending.name}' masih dalam proses pendaftaran; namanya "
                "belum boleh dipakai sebagai klaim. Hapus klaim ini sampai sertifikatnya terbit.",
                f"The Geographical Indication '{pending.name}' is still being registered; its "
                "name may not be claimed yet. Remove the claim until the certificate is issued.",
            )
        ]
    if gi is None:
        known = ", ".join(vocab.GEOGRAPHICAL_INDICATIONS)
        return [
            error(
                field,
                "gi_unknown",
                f"'{claim}' tidak ada dalam daftar Indikasi Geografis terdaftar ({known}). "
                "Hapus klaim ini atau periksa sertifikatnya.",
                f"'{claim}' is not a registered Geographical Indication ({known}). Remove the "
                "claim or check the certificate.",
            )
        ]
    name, regions = gi
    allowed_id = ", ".join(_kab(k, "id") for k in sorted(regions))
    allowed_en = ", ".join(_kab(k, "en") for k in sorted(regions))
    if t.origin_kabupaten not in regions:
        if t.origin_kabupaten:
            is_id = f"asal tenun ini {_kab(t.origin_kabupaten, 'id')}"
            is_en = f"this textile is from {_kab(t.origin_kabupaten, 'en')}"
        else:
            is_id, is_en = "asal kabupaten tenun ini belum diisi", "its origin is not filled in"
        return [
            error(
                field,
                "gi_origin",
                f"Nama Indikasi Geografis '{name}' hanya boleh dipakai untuk tenun dari "
                f"{allowed_id}; {is_id}.",
                f"The Geographical Indication '{name}' may only be used for textiles from "
                f"{allowed_en}; {is_en}.",
            )
        ]
    if producer is not None and not producer.mpig_member:
        return [
            warning(
                field,
                "gi_not_mpig_member",
                f"Produsen {producer.name} belum tercatat sebagai anggota MPIG (Masyarakat "
                f"Perlindungan Indikasi Geografis). Pastikan boleh memakai nama '{name}'.",
                f"Producer {producer.name} is not recorded as a member of the GI producer "
                f"society (MPIG). Make sure it may use the name '{name}'.",
            )
        ]
    return []


def check_weavers(t: TenunDetail) -> list[Finding]:
    return [
        warning(
            "tenun.weavers",
            "weaver_no_consent",
            f"Nama penenun {w.name.strip()} tidak akan dicetak karena belum ada persetujuannya. "
            "Tandai persetujuan bila penenun setuju namanya dicantumkan.",
            f"The weaver's name {w.name.strip()} will not be printed because there is no "
            "consent. Mark the consent once the weaver agrees to be named.",
        )
        for w in t.weavers
        if w.name.strip() and not w.consent
    ]


def check_width(t: TenunDetail) -> list[Finding]:
    w = t.width_cm
    if w is None or isinstance(w, bool) or w <= MAX_HANDWOVEN_WIDTH_CM:
        return []
    return [
        warning(
            "tenun.width_cm",
            "tenun_too_wide",
            f"Lebar {number(w)} cm lebih dari {MAX_HANDWOVEN_WIDTH_CM} cm, padahal kain tenun "
            "tangan biasanya lebih sempit. Periksa lagi ukurannya (mungkin panjang dan lebar "
            "tertukar).",
            f"A width of {number(w)} cm is more than {MAX_HANDWOVEN_WIDTH_CM} cm; hand-woven "
            "cloth is usually narrower. Check the size (length and width may be swapped).",
        )
    ]


def validate_tenun(t: TenunDetail, producer: Producer | None = None) -> list[Finding]:
    found: list[Finding] = []
    found += check_code(vocab.TENUN_TYPES, t.tenun_type, "tenun.tenun_type")
    found += check_code(vocab.KABUPATEN, t.origin_kabupaten, "tenun.origin_kabupaten")
    found += check_codes(vocab.TECHNIQUES, t.techniques, "tenun.techniques")
    found += check_codes(vocab.DYES, t.dyes, "tenun.dyes")
    found += check_code(vocab.DYE_CLASSES, t.dye_class, "tenun.dye_class")
    found += check_code(vocab.YARNS, t.yarn, "tenun.yarn")
    for field, what in (
        ("length_cm", ("Panjang kain (cm)", "Length (cm)")),
        ("width_cm", ("Lebar kain (cm)", "Width (cm)")),
        ("weight_g", ("Berat (g)", "Weight (g)")),
        ("days_to_make", ("Lama menenun (hari)", "Days to make")),
    ):
        found += check_min(getattr(t, field), f"tenun.{field}", what, minimum=0, strict=True)
    found += check_min(
        t.panel_count, "tenun.panel_count", ("Jumlah lembar (panel)", "Panel count"), minimum=1
    )
    found += check_width(t)
    found += check_technique_region(
        t.techniques, t.origin_kabupaten, "tenun.techniques", ("tenun ini", "this textile")
    )
    found += check_gi(t, producer)
    found += check_weavers(t)
    return found
