"""The food-label rules for Sei: what a label must show, and how it shows dates and marks.

Owns `LabelBatch` (the per-batch facts a label prints), `label_date_format`, `halal_mark`, and
the codes label_not_food, label_missing_* (one per missing item), best_before_not_after_production
and best_before_beyond_shelf_life. `validate_label` also repeats the error-level Sei findings of
`validate_product` (pork, halal, permit), so on its own it decides whether a label is right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import numbers as n
from .entities import Producer, Product, SeiDetail
from .findings import Finding, error, errors, long_date, merge, warning
from .rules_sei import HALAL_MANDATORY_FROM, MIN_PIRT_SHELF_LIFE_DAYS, is_pork, validate_sei

# Food keeping at most three months shows day, month and year; longer keeping may show month and
# year only. Three months counted as the longest three (92 days), so the day is shown when unsure.
THREE_MONTHS_DAYS = 92
PORK_MARK_TEXT = "MENGANDUNG BABI"  # printed with the red pig picture inside a red box


@dataclass(frozen=True)
class LabelBatch:
    """One production batch: what differs from one printed label run to the next."""

    production_date: date | None = None
    batch_code: str = ""
    best_before: date | None = None


def label_date_format(shelf_life_days: int | None) -> str:
    """'dmy' (day-month-year) when the shelf life is 3 months or less or unknown, else 'my'."""
    if shelf_life_days is None or shelf_life_days <= THREE_MONTHS_DAYS:
        return "dmy"
    return "my"


def halal_mark(s: SeiDetail) -> str:
    """Which mark the label prints: 'babi' (pork mark), 'halal' (halal logo with a certificate
    number starting with ID), 'tidak_halal' (non-halal statement) or '' (none yet)."""
    if is_pork(s):
        return "babi"
    if s.halal_status == "bersertifikat" and n.halal_number_kind(s.halal_number) == "certificate":
        return "halal"
    if s.halal_status == "tidak_halal":
        return "tidak_halal"
    return ""


def _missing(
    field: str, item: str, what_id: str, what_en: str, extra: tuple[str, str] = ("", "")
) -> Finding:
    return error(
        field,
        f"label_missing_{item}",
        f"Label belum lengkap: {what_id} belum ada.{extra[0]}",
        f"The label is incomplete: {what_en} is missing.{extra[1]}",
    )


def _check_halal_mark(s: SeiDetail, today: date) -> list[Finding]:
    if halal_mark(s):
        return []
    # Uncertified non-pork Sei may carry no mark until certification becomes mandatory.
    if s.meat and s.halal_status == "belum" and today < HALAL_MANDATORY_FROM:
        return []
    field = "sei.halal_number" if s.halal_status == "bersertifikat" else "sei.halal_status"
    return [
        _missing(
            field,
            "halal_mark",
            "logo halal dengan nomor sertifikat (atau untuk Sei babi: tulisan "
            f"{PORK_MARK_TEXT} dengan gambar babi merah)",
            f"the halal logo with its certificate number (or for pork Sei: {PORK_MARK_TEXT} "
            "with the red pig mark)",
            (
                " Isi status halal dan nomor sertifikat halal yang diawali ID.",
                " Fill in the halal status and the certificate number starting with ID.",
            ),
        )
    ]


def _check_permit(s: SeiDetail) -> list[Finding]:
    life = s.shelf_life_days
    if s.permit_kind == "none":
        if life is not None:  # under 7 days is fine; 7 or more is a Sei finding already
            return []
        return [
            _missing(
                "sei.shelf_life_days",
                "permit_number",
                "nomor izin edar (P-IRT atau BPOM MD)",
                "the food permit number (P-IRT or BPOM MD)",
                (
                    f" Tanpa izin hanya boleh untuk Sei pesanan dengan masa simpan di bawah "
                    f"{MIN_PIRT_SHELF_LIFE_DAYS} hari; isi masa simpannya.",
                    f" No permit is only allowed for made-to-order Sei keeping under "
                    f"{MIN_PIRT_SHELF_LIFE_DAYS} days; fill in the shelf life.",
                ),
            )
        ]
    if not s.permit_kind:
        return [
            _missing(
                "sei.permit_kind",
                "permit_number",
                "nomor izin edar (P-IRT atau BPOM MD)",
                "the food permit number (P-IRT or BPOM MD)",
                (" Pilih jenis izin dan isi nomornya.", " Choose the permit kind and its number."),
            )
        ]
    if not s.permit_number.strip():
        return [
            _missing(
                "sei.permit_number",
                "permit_number",
                "nomor izin edar",
                "the food permit number",
            )
        ]
    return []


def _check_dates(s: SeiDetail, batch: LabelBatch) -> list[Finding]:
    made, best = batch.production_date, batch.best_before
    if made is None or best is None:
        return []
    if best <= made:
        return [
            error(
                "label.best_before",
                "best_before_not_after_production",
                f"Tanggal kedaluwarsa ({long_date(best, 'id')}) harus sesudah tanggal produksi "
                f"({long_date(made, 'id')}).",
                f"The best-before date ({long_date(best, 'en')}) must be after the production "
                f"date ({long_date(made, 'en')}).",
            )
        ]
    life = s.shelf_life_days
    if life is not None and (best - made).days > life:
        return [
            warning(
                "label.best_before",
                "best_before_beyond_shelf_life",
                f"Tanggal kedaluwarsa {long_date(best, 'id')} adalah {(best - made).days} hari "
                f"sesudah produksi, lebih lama dari masa simpan {life} hari. Periksa lagi.",
                f"The best-before date {long_date(best, 'en')} is {(best - made).days} days "
                f"after production, longer than the {life}-day shelf life. Check it.",
            )
        ]
    return []


def validate_label(
    p: Product, producer: Producer | None, batch: LabelBatch, *, today: date | None = None
) -> list[Finding]:
    """The food-label findings (errors, plus a warning when the best-before date outlasts the
    stated shelf life). Each missing item is its own error naming it."""
    today = today or date.today()
    if p.kind != "sei" or p.sei is None:
        return [
            error(
                "kind",
                "label_not_food",
                "Label pangan hanya untuk produk Sei; produk ini bukan Sei.",
                "Food labels are only for Sei products; this product is not Sei.",
            )
        ]
    s = p.sei
    found: list[Finding] = []
    if not p.name_id.strip():
        found.append(
            _missing("name_id", "name", "nama produk dalam bahasa Indonesia", "the Indonesian name")
        )
    if not any(i.strip() for i in s.ingredients):
        found.append(
            _missing(
                "sei.ingredients",
                "ingredients",
                "daftar bahan (komposisi)",
                "the ingredient list",
                (
                    " Tulis dari bahan yang paling banyak beratnya.",
                    " List them from the heaviest ingredient down.",
                ),
            )
        )
    if not s.net_weight_g or s.net_weight_g <= 0:
        found.append(_missing("sei.net_weight_g", "net_weight", "berat bersih", "the net weight"))
    if producer is None or not producer.name.strip():
        found.append(
            _missing("producer.name", "producer_name", "nama produsen", "the producer's name")
        )
    if producer is None or not producer.address.strip():
        found.append(
            _missing(
                "producer.address",
                "producer_address",
                "alamat produsen",
                "the producer's address",
            )
        )
    found += _check_halal_mark(s, today)
    if batch.production_date is None:
        found.append(
            _missing(
                "label.production_date",
                "production_date",
                "tanggal produksi",
                "the production date",
            )
        )
    if not batch.batch_code.strip():
        found.append(
            _missing("label.batch_code", "batch_code", "kode produksi (batch)", "the batch code")
        )
    if batch.best_before is None:
        found.append(
            _missing(
                "label.best_before",
                "best_before",
                "tanggal kedaluwarsa (baik digunakan sebelum)",
                "the best-before date",
            )
        )
    found += _check_permit(s)
    found += _check_dates(s, batch)
    return merge(found, errors(validate_sei(s, today)))
