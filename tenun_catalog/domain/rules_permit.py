"""Validation of a Permit record and its derived status (valid, expiring, expired, unknown).

Owns permit_status (never stored), the codes permit_number_missing, permit_dates,
permit_expired and permit_expiring, and the lookup of a product's permit among the records.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from . import numbers as n
from . import vocab
from .entities import Permit
from .findings import Finding, error, long_date, warning
from .rules_common import check_code
from .rules_numbers import check_bpom_md, check_halal_number, check_nib, check_npwp, check_pirt

EXPIRING_WITHIN_DAYS = 90
STATUSES = ("valid", "expiring", "expired", "unknown")

_NORMALIZE = {
    "nib": n.normalize_nib,
    "npwp": n.normalize_npwp,
    "pirt": n.normalize_pirt,
    "bpom_md": n.normalize_bpom_md,
    "halal": n.normalize_halal_number,
}


def permit_status(permit: Permit, today: date | None = None) -> str:
    """'valid', 'expiring' (ends within 90 days), 'expired' or 'unknown' (no expiry date).
    A permit is still valid on its expiry day."""
    if permit.expires is None:
        return "unknown"
    today = today or date.today()
    if permit.expires < today:
        return "expired"
    if permit.expires <= today + timedelta(days=EXPIRING_WITHIN_DAYS):
        return "expiring"
    return "valid"


def same_number(kind: str, a: str, b: str) -> bool:
    normalize = _NORMALIZE.get(kind, lambda s: n.strip_separators(s).upper())
    return bool(a.strip()) and normalize(a) == normalize(b)


def find_permit(permits: Sequence[Permit], kind: str, number: str) -> Permit | None:
    """The record of that kind whose number is `number` once both are normalised."""
    for permit in permits:
        if permit.kind == kind and same_number(kind, permit.number, number):
            return permit
    return None


def _title(permit: Permit, lang: str) -> str:
    kind = vocab.PERMIT_KINDS.label(permit.kind, lang) if permit.kind else "?"
    number = permit.number.strip()
    return f"{kind} {number}".strip()


def status_findings(permit: Permit, field: str, today: date) -> list[Finding]:
    status = permit_status(permit, today)
    if status == "expired":
        return [
            warning(
                field,
                "permit_expired",
                f"{_title(permit, 'id')} sudah habis masa berlakunya sejak "
                f"{long_date(permit.expires, 'id')}. Perpanjang sebelum dipakai di label, "
                "katalog atau paket kurasi.",
                f"{_title(permit, 'en')} expired on {long_date(permit.expires, 'en')}. Renew it "
                "before it is used on labels, catalogs or submission packages.",
            )
        ]
    if status == "expiring":
        return [
            warning(
                field,
                "permit_expiring",
                f"{_title(permit, 'id')} berlaku sampai {long_date(permit.expires, 'id')} "
                f"(kurang dari {EXPIRING_WITHIN_DAYS} hari lagi). Siapkan perpanjangannya.",
                f"{_title(permit, 'en')} is valid until {long_date(permit.expires, 'en')} "
                f"(less than {EXPIRING_WITHIN_DAYS} days from now). Prepare its renewal.",
            )
        ]
    return []


def validate_permit(permit: Permit, today: date | None = None) -> list[Finding]:
    today = today or date.today()
    found: list[Finding] = []
    found += check_code(vocab.PERMIT_KINDS, permit.kind, "kind")
    if not permit.number.strip():
        kind_id = vocab.PERMIT_KINDS.label(permit.kind, "id")
        kind_en = vocab.PERMIT_KINDS.label(permit.kind, "en")
        found.append(
            warning(
                "number",
                "permit_number_missing",
                f"Nomor {kind_id} belum diisi.",
                f"The number of the {kind_en} is not filled in.",
            )
        )
    elif permit.kind == "nib":
        found += check_nib(permit.number, "number")
    elif permit.kind == "npwp":
        found += check_npwp(permit.number, "number")
    elif permit.kind == "pirt":
        found += check_pirt(permit.number, "number", today)
    elif permit.kind == "bpom_md":
        found += check_bpom_md(permit.number, "number")
    elif permit.kind == "halal":
        found += check_halal_number(permit.number, "number")
    if permit.issued and permit.expires and permit.expires < permit.issued:
        found.append(
            error(
                "expires",
                "permit_dates",
                f"Tanggal berakhir ({long_date(permit.expires, 'id')}) lebih awal dari tanggal "
                f"terbit ({long_date(permit.issued, 'id')}).",
                f"The expiry date ({long_date(permit.expires, 'en')}) is before the issue date "
                f"({long_date(permit.issued, 'en')}).",
            )
        )
    found += status_findings(permit, "expires", today)
    return found
