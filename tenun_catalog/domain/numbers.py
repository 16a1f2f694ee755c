"""Normalising official numbers and phone numbers as people type them (stdlib only, no I/O).

Owns the canonical form of NIB, NIK, NPWP, P-IRT, BPOM MD and halal certificate numbers and of
phone numbers for WhatsApp links (`62...`, no `+`, no leading 0). Functions never raise on bad
input: they return the cleaned text (or None) and the rules in `rules_*` decide what to say.
"""

from __future__ import annotations

import re

NIB_DIGITS = 13
NIK_DIGITS = 16
NPWP_DIGITS = 16
NPWP_LEGACY_DIGITS = 15
PIRT_DIGITS = 15
BPOM_MD_MIN_DIGITS = 12
BPOM_MD_MAX_DIGITS = 15

_SEPARATORS = re.compile(r"[\s.\-]+")
_PIRT_PREFIX = re.compile(r"^\s*(SPP[\s-]*|P[\s-]*)IRT\s*(NO\b\.?|NOMOR\b)?\s*:?\s*", re.I)
_BPOM_WORDS = re.compile(r"\b(BPOM|RI|NO|NOMOR)\b\.?", re.I)
_HALAL_PREFIX = re.compile(r"^\s*(NO\b\.?|NOMOR\b)\s*:?\s*", re.I)
_BPOM_MD = re.compile(rf"MD\d{{{BPOM_MD_MIN_DIGITS},{BPOM_MD_MAX_DIGITS}}}")


def strip_separators(text: str) -> str:
    """Remove spaces, dots and dashes: '8120 0012 3456 7' -> '8120001234567'."""
    return _SEPARATORS.sub("", text or "")


def count_digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def normalize_nib(text: str) -> str:
    """NIB as 13 digits when well formed; other characters are kept so a rule can name them."""
    return strip_separators(text)


def normalize_nik(text: str) -> str:
    return strip_separators(text)


def normalize_npwp(text: str) -> str:
    """'01.234.567.8-912.000' -> '012345678912000' (15-digit legacy form)."""
    return strip_separators(text)


def normalize_pirt(text: str) -> str:
    """'P-IRT No. 2065371010123-27' -> '206537101012327'."""
    return strip_separators(_PIRT_PREFIX.sub("", text or ""))


def is_pirt(text: str) -> bool:
    d = normalize_pirt(text)
    return len(d) == PIRT_DIGITS and d.isdigit()


def format_pirt(text: str) -> str:
    """The printed form 'NNNNNNNNNNNNN-NN'; text that is not a P-IRT number comes back cleaned."""
    d = normalize_pirt(text)
    return f"{d[:13]}-{d[13:]}" if is_pirt(d) else d


def pirt_expiry_year(text: str) -> int | None:
    """Digits 14-15 of a P-IRT number are the year its registration ends (20YY)."""
    d = normalize_pirt(text)
    return 2000 + int(d[13:15]) if is_pirt(d) else None


def normalize_bpom_md(text: str) -> str:
    """'BPOM RI MD 265613001045' -> 'MD265613001045'."""
    return strip_separators(_BPOM_WORDS.sub(" ", text or "")).replace(":", "").upper()


def is_bpom_md(text: str) -> bool:
    """`MD` + 12 digits (up to 15 accepted)."""
    return bool(_BPOM_MD.fullmatch(normalize_bpom_md(text)))


def normalize_halal_number(text: str) -> str:
    """'No. ID 3511 0000 1234' -> 'ID351100001234' (uppercase, spaces removed)."""
    return re.sub(r"\s+", "", _HALAL_PREFIX.sub("", text or "")).upper()


def halal_number_kind(text: str) -> str:
    """'certificate' (starts with ID), 'decision' (a KH decision number), 'other' or ''."""
    n = normalize_halal_number(text)
    if not n:
        return ""
    if n.startswith("ID"):
        return "certificate"
    if n.startswith("KH"):
        return "decision"
    return "other"


def whatsapp_number(text: str) -> str | None:
    """A phone number in the international form WhatsApp links need ('6281234567890'), or None.

    Accepts '0812-3456-7890', '+62 812 3456 7890', '62 812...', '812...' and '+62 0812...';
    words around the number ('WA 0812...') are ignored; a foreign number must be written with '+'
    or '00'. Returns None when the digits cannot be one phone number.
    """
    raw = (text or "").strip()
    if not raw:
        return None
    digits = re.sub(r"\D", "", raw)
    international = raw.startswith("+") or raw.startswith("00")
    if raw.startswith("00"):
        digits = digits[2:]
    if digits.startswith("62"):
        number = digits
        if number.startswith("620"):
            number = "62" + number[3:]
    elif international:
        number = digits
    elif digits.startswith("0"):
        number = "62" + digits[1:]
    elif digits.startswith("8"):
        number = "62" + digits
    else:
        return None
    return number if 10 <= len(number) <= 15 else None


_LEADING_WORD = re.compile(r"([A-Za-z][A-Za-z\-]*)\s*")


def permit_title(kind_label: str, number: str) -> str:
    """A permit's kind and number as one line, without saying a word twice.

    BPOM MD numbers are written "MD 226553001047" and the kind is called "BPOM MD", so joining
    the two printed "BPOM MD MD 226553001047". The number's leading word is dropped when the
    kind's label already holds it: "BPOM MD 226553001047". The one place for this line (the
    catalog's facts, the app's and the command line's permit lists).
    """
    label, number = kind_label.strip(), number.strip()
    match = _LEADING_WORD.match(number)
    if match and number[match.end() :]:
        words = {w.casefold() for w in re.split(r"[\s()]+", label) if w}
        if match.group(1).casefold() in words:
            number = number[match.end() :]
    return f"{label} {number}".strip()
