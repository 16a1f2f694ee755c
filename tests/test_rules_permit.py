"""Permit records: derived status, number formats per kind, dates; and motif records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from rules_helpers import TODAY, codes, motif, only, permit

from tenun_catalog.domain.rules import permit_status, validate_motif, validate_permit


@pytest.mark.parametrize(
    "expires, status",
    [
        (None, "unknown"),
        (TODAY - timedelta(days=1), "expired"),
        (TODAY, "expiring"),  # still valid on its last day
        (TODAY + timedelta(days=30), "expiring"),
        (TODAY + timedelta(days=90), "expiring"),
        (TODAY + timedelta(days=91), "valid"),
        (date(2029, 3, 1), "valid"),
    ],
)
def test_permit_status(expires: date | None, status: str) -> None:
    assert permit_status(permit(expires=expires), today=TODAY) == status


def test_permit_status_defaults_to_today() -> None:
    assert permit_status(permit(expires=date.today() + timedelta(days=400))) == "valid"
    assert permit_status(permit(expires=date.today() - timedelta(days=1))) == "expired"


@pytest.mark.parametrize(
    "kind, number, expected",
    [
        ("pirt", "2065371010123-29", []),
        ("pirt", "20653710", ["pirt_format"]),
        ("pirt", "2065371010123-23", ["pirt_expired"]),
        ("nib", "8120 0012 3456 7", []),
        ("nib", "812345678901", ["nib_format"]),
        ("npwp", "0123456789120001", []),
        ("npwp", "01.234.567.8-912.000", ["npwp_legacy"]),
        ("npwp", "1234", ["npwp_format"]),
        ("bpom_md", "BPOM RI MD 265613001045", []),
        ("bpom_md", "MD 12", ["bpom_format"]),
        ("halal", "ID35110000123450123", []),
        ("halal", "KH.05/2024/000123", ["halal_number_kh"]),
        ("halal", "123", ["halal_number_prefix"]),
        ("merek", "IDM000123456", []),  # free text kinds
        ("pirt", "", ["permit_number_missing"]),
        ("izin_usaha", "X-1", ["unknown_code"]),
    ],
)
def test_permit_number_by_kind(kind: str, number: str, expected: list[str]) -> None:
    found = validate_permit(permit(kind=kind, number=number), today=TODAY)
    assert codes(found) == expected
    for f in found:
        assert f.field == ("kind" if f.code == "unknown_code" else "number")


@pytest.mark.parametrize(
    "issued, expires, expected",
    [
        (date(2024, 3, 1), date(2029, 3, 1), []),
        (date(2024, 3, 1), date(2023, 3, 1), ["permit_dates", "permit_expired"]),
        (None, date(2025, 2, 1), ["permit_expired"]),
        (None, date(2025, 8, 1), ["permit_expiring"]),
    ],
)
def test_permit_dates_and_status_findings(
    issued: date | None, expires: date, expected: list[str]
) -> None:
    found = validate_permit(permit(issued=issued, expires=expires), today=TODAY)
    assert codes(found) == expected
    for f in found:
        assert f.field == "expires"
        assert f.level == ("error" if f.code == "permit_dates" else "warning")


def test_expired_permit_message_names_the_date() -> None:
    f = only(validate_permit(permit(expires=date(2025, 2, 1)), today=TODAY), "permit_expired")
    assert "1 Februari 2025" in f.message_id and "1 February 2025" in f.message_en
    assert "2065371010123-29" in f.message_id


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({}, []),
        ({"restriction": "bangsawan"}, ["motif_withheld"]),
        ({"restriction": "bangsawan", "permission_by": "Umbu", "permission_date": TODAY}, []),
        ({"kabupaten": "sumba"}, ["unknown_code"]),
        ({"technique": "ikat"}, ["unknown_code"]),
        ({"use_context": "pesta"}, ["unknown_code"]),
        ({"restriction": "rahasia"}, ["unknown_code", "motif_withheld"]),
        ({"protection": "paten"}, ["unknown_code"]),
        ({"technique": "songket"}, ["songket_outside_manggarai"]),
        ({"technique": "songket", "kabupaten": "manggarai"}, []),
        ({"kabupaten": "manggarai"}, ["ikat_in_manggarai"]),
    ],
)
def test_validate_motif(changes: dict, expected: list[str]) -> None:
    found = validate_motif(motif(**changes))
    assert codes(found) == expected


def test_withheld_motif_warning() -> None:
    f = only(validate_motif(motif(restriction="klan")), "motif_withheld")
    assert (f.level, f.field) == ("warning", "permission_by")
    assert "Garis klan" in f.message_id and "Clan line" in f.message_en
