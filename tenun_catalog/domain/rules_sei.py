"""Rules for Sei (Kupang smoked meat): protected meat, food permit vs storage, pork and halal.

Owns the codes protected_meat, pirt_chilled, pirt_short_shelf_life, frozen_needs_bpom,
permit_none_shelf_life, pork_halal_status, pork_halal_number, shared_facility_statement,
halal_certificate_missing, halal_number_missing and halal_status_mismatch (the number formats
are in rules_numbers, permit record status in rules_permit).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from . import numbers as n
from . import vocab
from .entities import Permit, SeiDetail
from .findings import Finding, error, long_date, number, warning
from .rules_common import check_code, check_min
from .rules_numbers import check_bpom_md, check_halal_number, check_pirt
from .rules_permit import find_permit, status_findings

MIN_PIRT_SHELF_LIFE_DAYS = 7  # below this: no P-IRT; 'none' allowed for made-to-order only
COLD_STORAGE = frozenset({"dingin", "beku"})
# Halal certification becomes mandatory for micro and small food businesses on this date.
HALAL_MANDATORY_FROM = date(2026, 10, 17)
SHARED_FACILITY_STATEMENT_ID = "Diproduksi di fasilitas yang juga mengolah produk mengandung babi."
SHARED_FACILITY_STATEMENT_EN = (
    "Produced in a facility that also processes products containing pork."
)
_STORAGE_WORDS = {"dingin": ("dingin", "chilled"), "beku": ("beku", "frozen")}


def is_pork(s: SeiDetail) -> bool:
    return s.meat == "babi"


def is_halal_certified(s: SeiDetail) -> bool:
    return s.halal_status == "bersertifikat" and bool(s.halal_number.strip())


def _meat(s: SeiDetail, lang: str) -> str:
    return vocab.MEATS.label(s.meat, lang).lower() if s.meat else ""


def check_permit_kind(s: SeiDetail) -> list[Finding]:
    """Which food permit the storage and shelf life allow (errors)."""
    field = "sei.permit_kind"
    life = s.shelf_life_days
    found: list[Finding] = []
    if s.permit_kind == "pirt" and s.storage in COLD_STORAGE:
        w_id, w_en = _STORAGE_WORDS[s.storage]
        found.append(
            error(
                field,
                "pirt_chilled",
                f"Sei yang disimpan {w_id} tidak boleh memakai izin P-IRT (P-IRT hanya untuk "
                "pangan yang tahan disimpan di suhu ruang). Urus izin BPOM MD; tanpa izin hanya "
                "boleh untuk Sei pesanan dengan masa simpan di bawah 7 hari.",
                f"Sei stored {w_en} cannot carry a P-IRT (P-IRT is only for food kept at room "
                "temperature). Apply for a BPOM MD permit; no permit is allowed only for "
                "made-to-order Sei with a shelf life under 7 days.",
            )
        )
    if s.permit_kind == "pirt" and life is not None and life < MIN_PIRT_SHELF_LIFE_DAYS:
        found.append(
            error(
                field,
                "pirt_short_shelf_life",
                f"Masa simpan {number(life)} hari terlalu pendek untuk P-IRT (paling sedikit "
                f"{MIN_PIRT_SHELF_LIFE_DAYS} hari). Sei dengan masa simpan di bawah "
                f"{MIN_PIRT_SHELF_LIFE_DAYS} hari hanya dijual sebagai pesanan, tanpa izin edar.",
                f"A shelf life of {number(life)} days is too short for a P-IRT (at least "
                f"{MIN_PIRT_SHELF_LIFE_DAYS} days). Sei keeping under {MIN_PIRT_SHELF_LIFE_DAYS} "
                "days is only sold made to order, without a permit.",
            )
        )
    long_life = life is not None and life >= MIN_PIRT_SHELF_LIFE_DAYS
    if s.storage == "beku" and long_life and s.permit_kind not in ("bpom_md", "pirt"):
        chosen_id = vocab.FOOD_PERMITS.label(s.permit_kind) if s.permit_kind else "belum diisi"
        chosen_en = vocab.FOOD_PERMITS.label(s.permit_kind, "en") if s.permit_kind else "none"
        found.append(
            error(
                field,
                "frozen_needs_bpom",
                f"Sei beku dengan masa simpan {number(life)} hari perlu izin edar BPOM MD; "
                f"jenis izin yang tertulis: {chosen_id}.",
                f"Frozen Sei with a shelf life of {number(life)} days needs a BPOM MD permit; "
                f"the permit kind given: {chosen_en}.",
            )
        )
    elif s.permit_kind == "none" and long_life:
        found.append(
            error(
                field,
                "permit_none_shelf_life",
                f"Tanpa izin edar hanya boleh untuk Sei pesanan dengan masa simpan di bawah "
                f"{MIN_PIRT_SHELF_LIFE_DAYS} hari; masa simpan Sei ini {number(life)} hari. "
                "Pilih P-IRT atau BPOM MD.",
                f"No permit is only allowed for made-to-order Sei with a shelf life under "
                f"{MIN_PIRT_SHELF_LIFE_DAYS} days; this Sei keeps {number(life)} days. Choose "
                "P-IRT or BPOM MD.",
            )
        )
    return found


def check_pork(s: SeiDetail) -> list[Finding]:
    found: list[Finding] = []
    if s.halal_status != "tidak_halal":
        shown_id = vocab.HALAL_STATUS.label(s.halal_status) if s.halal_status else "belum diisi"
        shown_en = vocab.HALAL_STATUS.label(s.halal_status, "en") if s.halal_status else "empty"
        found.append(
            error(
                "sei.halal_status",
                "pork_halal_status",
                f"Sei babi harus berstatus Tidak halal; yang tertulis: {shown_id}. Label Sei babi "
                "wajib memuat tulisan MENGANDUNG BABI dan gambar babi merah dalam kotak merah.",
                f"Pork Sei must have the halal status Not halal; found: {shown_en}. A pork Sei "
                "label must carry MENGANDUNG BABI (contains pork) with the red pig mark in a red "
                "box.",
            )
        )
    if s.halal_number.strip():
        found.append(
            error(
                "sei.halal_number",
                "pork_halal_number",
                f"Sei babi tidak boleh mencantumkan nomor halal; hapus nomor "
                f"'{s.halal_number.strip()}'.",
                f"Pork Sei must not show a halal number; remove '{s.halal_number.strip()}'.",
            )
        )
    return found


def check_halal(s: SeiDetail, today: date) -> list[Finding]:
    """Non-pork Sei: number format, status consistency, and the coming halal obligation."""
    found = check_halal_number(s.halal_number, "sei.halal_number")
    number_given = bool(s.halal_number.strip())
    if s.halal_status == "bersertifikat" and not number_given:
        found.append(
            warning(
                "sei.halal_number",
                "halal_number_missing",
                "Status halal tertulis Bersertifikat, tetapi nomor sertifikat halal belum diisi.",
                "The halal status says Certified, but the halal certificate number is empty.",
            )
        )
    elif number_given and s.halal_status != "bersertifikat":
        if n.halal_number_kind(s.halal_number) == "certificate":
            found.append(
                warning(
                    "sei.halal_status",
                    "halal_status_mismatch",
                    f"Ada nomor sertifikat halal {s.halal_number.strip()}, tetapi status halal "
                    "belum Bersertifikat halal. Perbaiki statusnya.",
                    f"There is a halal certificate number {s.halal_number.strip()}, but the "
                    "halal status is not Certified. Correct the status.",
                )
            )
    if s.meat in vocab.MEATS and s.halal_status != "bersertifikat":
        deadline_id = long_date(HALAL_MANDATORY_FROM, "id")
        deadline_en = long_date(HALAL_MANDATORY_FROM, "en")
        if today < HALAL_MANDATORY_FROM:
            when_id, when_en = f"mulai {deadline_id}", f"from {deadline_en}"
        else:
            when_id, when_en = f"sejak {deadline_id}", f"since {deadline_en}"
        found.append(
            warning(
                "sei.halal_status",
                "halal_certificate_missing",
                f"Sei {_meat(s, 'id')} ini belum bersertifikat halal. Sertifikat halal wajib "
                f"bagi usaha mikro dan kecil makanan {when_id}; urus di BPJPH.",
                f"This {_meat(s, 'en')} Sei has no halal certificate. Halal certification is "
                f"mandatory for micro and small food businesses {when_en}; apply at BPJPH.",
            )
        )
    return found


def check_shared_facility(s: SeiDetail) -> list[Finding]:
    if not s.shared_facility_pork or is_pork(s) or s.shared_facility_statement.strip():
        return []
    return [
        error(
            "sei.shared_facility_statement",
            "shared_facility_statement",
            "Sei ini dibuat di tempat yang juga mengolah babi, jadi wajib ada keterangan "
            f'fasilitas bersama, misalnya: "{SHARED_FACILITY_STATEMENT_ID}"',
            "This Sei is made where pork is also processed, so it must carry a shared-facility "
            f'statement, for example: "{SHARED_FACILITY_STATEMENT_EN}"',
        )
    ]


def check_numbers(s: SeiDetail, today: date, permits: Sequence[Permit]) -> list[Finding]:
    found: list[Finding] = []
    if s.permit_kind == "pirt":
        found += check_pirt(s.permit_number, "sei.permit_number", today)
    elif s.permit_kind == "bpom_md":
        found += check_bpom_md(s.permit_number, "sei.permit_number")
    if s.permit_kind in ("pirt", "bpom_md"):
        record = find_permit(permits, s.permit_kind, s.permit_number)
        if record is not None:
            found += status_findings(record, "sei.permit_number", today)
    if not is_pork(s):
        record = find_permit(permits, "halal", s.halal_number)
        if record is not None:
            found += status_findings(record, "sei.halal_number", today)
    return found


def validate_sei(
    s: SeiDetail, today: date | None = None, permits: Sequence[Permit] = ()
) -> list[Finding]:
    today = today or date.today()
    found: list[Finding] = []
    found += check_code(vocab.MEATS, s.meat, "sei.meat", hide=vocab.PROTECTED_MEATS)
    found += check_code(vocab.SMOKING_WOODS, s.smoking_wood, "sei.smoking_wood")
    found += check_code(vocab.STORAGE, s.storage, "sei.storage")
    found += check_code(vocab.FOOD_PERMITS, s.permit_kind, "sei.permit_kind")
    found += check_code(vocab.HALAL_STATUS, s.halal_status, "sei.halal_status")
    if s.meat in vocab.PROTECTED_MEATS:
        found.append(
            error(
                "sei.meat",
                "protected_meat",
                f"{vocab.MEATS.label(s.meat)} adalah satwa dilindungi; Sei "
                f"{_meat(s, 'id')} tidak boleh dijual dan tidak bisa disimpan. Pilih jenis "
                "daging lain.",
                f"{vocab.MEATS.label(s.meat, 'en')} is a protected animal; {_meat(s, 'en')} Sei "
                "may not be sold and cannot be saved. Choose another meat.",
            )
        )
        return found
    for field, what in (
        ("net_weight_g", ("Berat bersih (g)", "Net weight (g)")),
        ("shelf_life_days", ("Masa simpan (hari)", "Shelf life (days)")),
        ("main_ingredient_pct", pct := ("Persentase bahan utama", "Main ingredient percentage")),
    ):
        found += check_min(getattr(s, field), f"sei.{field}", what, minimum=0, strict=True)
    if s.main_ingredient_pct is not None and s.main_ingredient_pct > 100:
        found.append(
            error(
                "sei.main_ingredient_pct",
                "number_range",
                f"{pct[0]} paling banyak 100; yang tertulis {number(s.main_ingredient_pct)}.",
                f"The {pct[1].lower()} is at most 100; found {number(s.main_ingredient_pct)}.",
            )
        )
    found += check_permit_kind(s)
    found += check_pork(s) if is_pork(s) else check_halal(s, today)
    found += check_shared_facility(s)
    found += check_numbers(s, today, permits)
    return found
