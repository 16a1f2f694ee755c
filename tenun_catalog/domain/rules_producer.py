"""Validation of a Producer: vocabulary codes, official numbers and contact details.

Missing fields are not findings here (readiness reports what is still empty); only what is
filled in and wrong.
"""

from __future__ import annotations

from . import vocab
from .entities import Producer
from .findings import Finding
from .rules_common import check_code, check_min
from .rules_numbers import check_email, check_nib, check_nik, check_npwp, check_phone


def validate_producer(p: Producer) -> list[Finding]:
    found: list[Finding] = []
    found += check_code(vocab.PRODUCER_TYPES, p.producer_type, "producer_type")
    found += check_code(vocab.LEGAL_FORMS, p.legal_form, "legal_form")
    found += check_code(vocab.KABUPATEN, p.kabupaten, "kabupaten")
    found += check_code(vocab.MARKET_REACH, p.market_reach, "market_reach")
    found += check_nib(p.nib, "nib")
    found += check_npwp(p.npwp, "npwp")
    found += check_nik(p.nik, "nik")
    found += check_phone(p.phone, "phone")
    found += check_phone(p.whatsapp, "whatsapp")
    found += check_email(p.email, "email")
    found += check_min(
        p.capacity_per_month,
        "capacity_per_month",
        ("Kapasitas produksi per bulan", "Monthly production capacity"),
        minimum=0,
        strict=True,
    )
    found += check_min(
        p.members_count, "members_count", ("Jumlah anggota", "Number of members"), minimum=0
    )
    return found
