"""numbers.py: the canonical form of official numbers and WhatsApp phone numbers."""

from __future__ import annotations

import pytest

from tenun_catalog.domain import numbers as n


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("0812-3456-7890", "6281234567890"),
        ("0812 3456 7890", "6281234567890"),
        ("+62 812-3456-7890", "6281234567890"),
        ("62 812 3456 7890", "6281234567890"),
        ("+62 0812 3456 7890", "6281234567890"),
        ("812 3456 7890", "6281234567890"),
        ("(0380) 821234", "62380821234"),
        ("WA: 0813.3901.2345", "6281339012345"),
        ("+670 7723 4567", "67077234567"),  # Timor-Leste, written internationally
        ("0062 812 3456 7890", "6281234567890"),
        ("", None),
        ("12345", None),
        ("380 821234", None),  # no leading 0: not a recognisable number
        ("0812-3456-7890 / 0813-1111-2222", None),
    ],
)
def test_whatsapp_number(typed: str, expected: str | None) -> None:
    assert n.whatsapp_number(typed) == expected


def test_nib_normalisation_strips_spaces() -> None:
    assert n.normalize_nib(" 8120 0012 3456 7 ") == "8120001234567"


def test_npwp_normalisation_strips_dots_and_dashes() -> None:
    assert n.normalize_npwp("01.234.567.8-912.000") == "012345678912000"


@pytest.mark.parametrize(
    "typed, digits, printed, year",
    [
        ("2065371010123-29", "206537101012329", "2065371010123-29", 2029),
        ("206537101012329", "206537101012329", "2065371010123-29", 2029),
        ("P-IRT No. 2065371010123-22", "206537101012322", "2065371010123-22", 2022),
        ("PIRT: 2065371010123 29", "206537101012329", "2065371010123-29", 2029),
        ("SPP-IRT No 2065371010123-29", "206537101012329", "2065371010123-29", 2029),
        ("206537101012", "206537101012", "206537101012", None),
    ],
)
def test_pirt(typed: str, digits: str, printed: str, year: int | None) -> None:
    assert n.normalize_pirt(typed) == digits
    assert n.format_pirt(typed) == printed
    assert n.pirt_expiry_year(typed) == year


@pytest.mark.parametrize(
    "typed, normal, ok",
    [
        ("MD 265613001045", "MD265613001045", True),
        ("BPOM RI MD 265613001045", "MD265613001045", True),
        ("md265613001045", "MD265613001045", True),
        ("BPOM RI MD 265613001045123", "MD265613001045123", True),  # up to 15 digits
        ("MD 2656130010451234", "MD2656130010451234", False),  # 16
        ("MD 26561300", "MD26561300", False),
        ("ML 265613001045", "ML265613001045", False),
    ],
)
def test_bpom_md(typed: str, normal: str, ok: bool) -> None:
    assert n.normalize_bpom_md(typed) == normal
    assert n.is_bpom_md(typed) is ok


@pytest.mark.parametrize(
    "typed, kind",
    [
        ("ID35110000123450123", "certificate"),
        ("No. id 3511 0000 1234", "certificate"),
        ("KH.05/2024/000123", "decision"),
        ("00150012345", "other"),
        ("", ""),
    ],
)
def test_halal_number_kind(typed: str, kind: str) -> None:
    assert n.halal_number_kind(typed) == kind
