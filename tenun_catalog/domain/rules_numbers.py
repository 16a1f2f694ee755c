"""Rules on the form of official numbers and contact details, shared by producers, permits and Sei.

Owns the codes nib_format, nik_format, npwp_legacy, npwp_format, pirt_format, pirt_expired,
bpom_format, halal_number_kh, halal_number_prefix, phone_format and email_format. Each check
takes the text and the field path to name, and says nothing about an empty value.
"""

from __future__ import annotations

import re
from datetime import date

from . import numbers as n
from .findings import Finding, error, warning

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def _digit_count(text: str, lang: str) -> str:
    count = n.count_digits(text)
    return f"{count} {'digits' if lang == 'en' else 'angka'}"


def check_nib(text: str, field: str = "nib") -> list[Finding]:
    value = n.normalize_nib(text)
    if not value or (value.isdigit() and len(value) == n.NIB_DIGITS):
        return []
    if value.isdigit():
        return [
            error(
                field,
                "nib_format",
                f"NIB harus {n.NIB_DIGITS} angka; yang tertulis {len(value)} angka ({value}).",
                f"The NIB must be {n.NIB_DIGITS} digits; found {len(value)} digits ({value}).",
            )
        ]
    return [
        error(
            field,
            "nib_format",
            f"NIB harus {n.NIB_DIGITS} angka saja, tanpa huruf; yang tertulis '{text.strip()}'.",
            f"The NIB must be {n.NIB_DIGITS} digits only, no letters; found '{text.strip()}'.",
        )
    ]


def check_nik(text: str, field: str = "nik") -> list[Finding]:
    """The NIK itself is never repeated in a message (it is never printed in any output)."""
    value = n.normalize_nik(text)
    if not value or (value.isdigit() and len(value) == n.NIK_DIGITS):
        return []
    letters_id = "" if value.isdigit() else ", ada huruf atau tanda lain"
    letters_en = "" if value.isdigit() else ", with letters or other signs"
    return [
        error(
            field,
            "nik_format",
            f"NIK penanggung jawab harus {n.NIK_DIGITS} angka; yang tertulis "
            f"{_digit_count(value, 'id')}{letters_id}. Periksa lagi dengan KTP.",
            f"The NIK of the person in charge must be {n.NIK_DIGITS} digits; found "
            f"{_digit_count(value, 'en')}{letters_en}. Check it against the ID card (KTP).",
        )
    ]


def check_npwp(text: str, field: str = "npwp") -> list[Finding]:
    value = n.normalize_npwp(text)
    if not value or (value.isdigit() and len(value) == n.NPWP_DIGITS):
        return []
    shown = text.strip()
    if value.isdigit() and len(value) == n.NPWP_LEGACY_DIGITS:
        return [
            warning(
                field,
                "npwp_legacy",
                f"NPWP {shown} masih format lama 15 angka. NPWP sekarang 16 angka: untuk "
                "perorangan sama dengan NIK, untuk badan usaha biasanya angka 0 di depan nomor "
                "lama. Mohon perbarui.",
                f"NPWP {shown} is in the old 15-digit form. NPWP numbers now have 16 digits: the "
                "NIK for individuals, usually a 0 before the old number for businesses. "
                "Please update it.",
            )
        ]
    return [
        error(
            field,
            "npwp_format",
            f"NPWP harus 16 angka (atau 15 angka format lama); yang tertulis "
            f"{_digit_count(value, 'id')} ({shown}).",
            f"The NPWP must be 16 digits (or 15 in the old form); found "
            f"{_digit_count(value, 'en')} ({shown}).",
        )
    ]


def check_pirt(text: str, field: str, today: date) -> list[Finding]:
    """Lenient: the form and the expiry year (digits 14-15) only ever give warnings."""
    if not (text or "").strip():
        return []
    shown = text.strip()
    if not n.is_pirt(text):
        value = n.normalize_pirt(text)
        return [
            warning(
                field,
                "pirt_format",
                f"Nomor P-IRT biasanya {n.PIRT_DIGITS} angka, ditulis seperti 1234567890123-45; "
                f"yang tertulis '{shown}' ({_digit_count(value, 'id')}). Periksa lagi dengan "
                "sertifikat SPP-IRT.",
                f"A P-IRT number usually has {n.PIRT_DIGITS} digits, written like "
                f"1234567890123-45; found '{shown}' ({_digit_count(value, 'en')}). Check it "
                "against the SPP-IRT certificate.",
            )
        ]
    year = n.pirt_expiry_year(text)
    if year is not None and year < today.year:
        printed = n.format_pirt(text)
        return [
            warning(
                field,
                "pirt_expired",
                f"Dua angka terakhir nomor P-IRT {printed} berarti berlaku sampai tahun {year}; "
                "tahun itu sudah lewat. Perpanjang SPP-IRT atau periksa lagi nomornya.",
                f"The last two digits of P-IRT number {printed} mean it is valid until {year}; "
                "that year has passed. Renew the SPP-IRT or check the number.",
            )
        ]
    return []


def check_bpom_md(text: str, field: str) -> list[Finding]:
    """Lenient: `MD` + 12 digits (up to 15 accepted), otherwise a warning."""
    if not (text or "").strip() or n.is_bpom_md(text):
        return []
    shown = text.strip()
    return [
        warning(
            field,
            "bpom_format",
            f"Nomor BPOM MD biasanya huruf MD diikuti {n.BPOM_MD_MIN_DIGITS} angka (contoh: "
            f"BPOM RI MD 123456789012); yang tertulis '{shown}'. Periksa lagi dengan surat izin "
            "edar.",
            f"A BPOM MD number is usually MD followed by {n.BPOM_MD_MIN_DIGITS} digits (e.g. "
            f"BPOM RI MD 123456789012); found '{shown}'. Check it against the permit.",
        )
    ]


def check_halal_number(text: str, field: str) -> list[Finding]:
    kind = n.halal_number_kind(text)
    if kind in ("", "certificate"):
        return []
    shown = text.strip()
    if kind == "decision":
        return [
            error(
                field,
                "halal_number_kh",
                f"'{shown}' adalah nomor keputusan halal (KH), bukan nomor sertifikat halal. "
                "Tulis nomor sertifikat yang diawali ID (tercantum pada sertifikat dari BPJPH).",
                f"'{shown}' is a halal decision number (KH), not a halal certificate number. "
                "Enter the certificate number starting with ID (printed on the BPJPH "
                "certificate).",
            )
        ]
    return [
        error(
            field,
            "halal_number_prefix",
            f"Nomor sertifikat halal harus diawali ID; yang tertulis '{shown}'.",
            f"A halal certificate number must start with ID; found '{shown}'.",
        )
    ]


def check_phone(text: str, field: str) -> list[Finding]:
    """A warning when the number cannot become a WhatsApp link (`wa.me/62...`)."""
    if not (text or "").strip() or n.whatsapp_number(text):
        return []
    shown = text.strip()
    return [
        warning(
            field,
            "phone_format",
            f"Nomor '{shown}' tidak bisa dipakai untuk tautan WhatsApp. Tulis satu nomor saja, "
            "misalnya 0812-3456-7890 atau +62 812 3456 7890.",
            f"The number '{shown}' cannot be used for a WhatsApp link. Enter one number, "
            "for example 0812-3456-7890 or +62 812 3456 7890.",
        )
    ]


def check_email(text: str, field: str = "email") -> list[Finding]:
    shown = (text or "").strip()
    if not shown or _EMAIL.fullmatch(shown):
        return []
    return [
        warning(
            field,
            "email_format",
            f"Alamat email '{shown}' sepertinya salah tulis (contoh yang benar: "
            "tenun.ikat@gmail.com).",
            f"The email address '{shown}' looks mistyped (a correct one looks like "
            "tenun.ikat@gmail.com).",
        )
    ]
