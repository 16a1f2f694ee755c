"""Producer rules: NIB, NIK, NPWP, phone/WhatsApp, email, vocabulary codes, counts."""

from __future__ import annotations

import pytest
from rules_helpers import codes, only, producer

from tenun_catalog.domain.rules import validate_producer


def test_clean_producer_has_no_findings() -> None:
    assert validate_producer(producer()) == []


@pytest.mark.parametrize(
    "nib, code",
    [
        ("8120001234567", None),
        ("8120 0012 3456 7", None),  # spaces are stripped
        ("8120-0012-3456-7", None),
        ("", None),  # not filled in yet: readiness, not validation
        ("812345678901", "nib_format"),  # 12 digits
        ("81200012345678", "nib_format"),  # 14 digits
        ("8120A01234567", "nib_format"),
    ],
)
def test_nib_is_13_digits(nib: str, code: str | None) -> None:
    found = validate_producer(producer(nib=nib))
    assert codes(found) == ([code] if code else [])
    if code:
        assert found[0].level == "error" and found[0].field == "nib"


def test_nib_message_names_count_and_value() -> None:
    f = only(validate_producer(producer(nib="812345678901")), "nib_format")
    assert "NIB harus 13 angka" in f.message_id
    assert "12 angka (812345678901)" in f.message_id
    assert "12 digits (812345678901)" in f.message_en


@pytest.mark.parametrize(
    "nik, code",
    [
        ("5371014101800001", None),
        ("5371 0141 0180 0001", None),
        ("5371.0141.0180.0001", None),
        ("537101410180000", "nik_format"),  # 15
        ("53710141018000011", "nik_format"),  # 17
        ("5371O14101800001", "nik_format"),  # letter O for zero
    ],
)
def test_nik_is_16_digits(nik: str, code: str | None) -> None:
    found = validate_producer(producer(nik=nik))
    assert codes(found) == ([code] if code else [])
    if code:
        assert found[0].level == "error" and found[0].field == "nik"


def test_nik_is_never_repeated_in_a_message() -> None:
    nik = "537101410180000"
    f = only(validate_producer(producer(nik=nik)), "nik_format")
    assert nik not in f.message_id and nik not in f.message_en
    assert "15 angka" in f.message_id


@pytest.mark.parametrize(
    "npwp, code, level",
    [
        ("0123456789120001", None, None),
        ("0123.4567.8912.0001", None, None),
        ("012345678912000", "npwp_legacy", "warning"),
        ("01.234.567.8-912.000", "npwp_legacy", "warning"),
        ("0123456789", "npwp_format", "error"),
        ("01234567891200011", "npwp_format", "error"),
    ],
)
def test_npwp_16_digits_legacy_15_warns(npwp: str, code: str | None, level: str | None) -> None:
    found = validate_producer(producer(npwp=npwp))
    assert codes(found) == ([code] if code else [])
    if code:
        assert found[0].level == level and found[0].field == "npwp"


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("whatsapp", "0812-3456-7890", True),
        ("whatsapp", "+62 812 3456 7890", True),
        ("whatsapp", "WA 0812 3456 7890", True),
        ("phone", "(0380) 821234", True),
        ("whatsapp", "12345", False),
        ("whatsapp", "0812-3456-7890 / 0813-1111-2222", False),
        ("phone", "tidak ada", False),
    ],
)
def test_phone_must_make_a_whatsapp_link(field: str, value: str, ok: bool) -> None:
    found = validate_producer(producer(**{field: value}))
    if ok:
        assert found == []
    else:
        f = only(found, "phone_format")
        assert (f.level, f.field) == ("warning", field)
        assert value in f.message_id


@pytest.mark.parametrize(
    "email, ok", [("seibaun@gmail.com", True), ("", True), ("seibaun.gmail.com", False)]
)
def test_email_form(email: str, ok: bool) -> None:
    found = validate_producer(producer(email=email))
    assert codes(found) == ([] if ok else ["email_format"])


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("kabupaten", "sumba_timur", True),
        ("kabupaten", "Sumba Timur", False),  # a label, not a code
        ("kabupaten", "bali", False),
        ("legal_form", "kub", True),
        ("legal_form", "yayasan", False),
        ("producer_type", "kelompok_tenun", True),
        ("producer_type", "pabrik", False),
        ("market_reach", "ekspor", True),
        ("market_reach", "dunia", False),
        ("market_reach", "", True),
    ],
)
def test_producer_vocabulary_codes(field: str, value: str, ok: bool) -> None:
    found = validate_producer(producer(**{field: value}))
    if ok:
        assert found == []
    else:
        f = only(found, "unknown_code")
        assert (f.level, f.field) == ("error", field)
        assert value in f.message_id and value in f.message_en


def test_unknown_code_suggests_the_code_for_a_label() -> None:
    f = only(validate_producer(producer(kabupaten="Sumba Timur")), "unknown_code")
    assert "sumba_timur" in f.message_id and "sumba_timur" in f.message_en


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("capacity_per_month", 50, True),
        ("capacity_per_month", 0, False),
        ("members_count", 0, True),
        ("members_count", -3, False),
    ],
)
def test_producer_counts(field: str, value: int, ok: bool) -> None:
    found = validate_producer(producer(**{field: value}))
    assert codes(found) == ([] if ok else ["number_range"])
