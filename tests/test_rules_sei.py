"""Sei rules: permit vs storage and shelf life, pork, shared facility, halal, number formats."""

from __future__ import annotations

from datetime import date

import pytest
from rules_helpers import TODAY, codes, only, permit, pork, sei

from tenun_catalog.domain.entities import Product
from tenun_catalog.domain.rules import validate_product


def check(p: Product, **kw: object) -> list:
    return validate_product(p, today=TODAY, **kw)


@pytest.mark.parametrize(
    "storage, permit_kind, number, life, expected",
    [
        ("suhu_ruang", "pirt", "2065371010123-29", 30, []),
        ("dingin", "pirt", "2065371010123-29", 30, ["pirt_chilled"]),
        ("beku", "pirt", "2065371010123-29", 180, ["pirt_chilled"]),  # frozen Sei with a P-IRT
        ("suhu_ruang", "pirt", "2065371010123-29", 5, ["pirt_short_shelf_life"]),
        ("dingin", "pirt", "2065371010123-29", 3, ["pirt_chilled", "pirt_short_shelf_life"]),
        ("beku", "bpom_md", "MD 265613001045", 180, []),
        ("dingin", "bpom_md", "MD 265613001045", 21, []),
        ("beku", "none", "", 180, ["frozen_needs_bpom"]),
        ("beku", "", "", 180, ["frozen_needs_bpom"]),
        ("beku", "none", "", 5, []),  # frozen but made to order, under 7 days
        ("suhu_ruang", "none", "", 3, []),
        ("dingin", "none", "", 6, []),
        ("suhu_ruang", "none", "", 7, ["permit_none_shelf_life"]),
        ("suhu_ruang", "none", "", None, []),  # shelf life not known yet
    ],
)
def test_permit_kind_follows_storage_and_shelf_life(
    storage: str, permit_kind: str, number: str, life: int | None, expected: list[str]
) -> None:
    p = sei(storage=storage, permit_kind=permit_kind, permit_number=number, shelf_life_days=life)
    found = check(p)
    assert codes(found) == expected
    for f in found:
        assert (f.level, f.field) == ("error", "sei.permit_kind")


def test_frozen_pirt_message_names_storage_and_bpom() -> None:
    f = only(check(sei(storage="beku", shelf_life_days=180)), "pirt_chilled")
    assert "beku" in f.message_id and "BPOM MD" in f.message_id
    assert "frozen" in f.message_en


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({}, []),
        ({"halal_number": "ID35110000123450123"}, ["pork_halal_number"]),
        ({"halal_status": "bersertifikat"}, ["pork_halal_status"]),
        ({"halal_status": "belum"}, ["pork_halal_status"]),
        ({"halal_status": ""}, ["pork_halal_status"]),
        (
            {"halal_status": "bersertifikat", "halal_number": "ID35110000123450123"},
            ["pork_halal_status", "pork_halal_number"],
        ),
    ],
)
def test_pork_is_not_halal_and_has_no_halal_number(changes: dict, expected: list[str]) -> None:
    found = check(pork(**changes))
    assert codes(found) == expected
    assert all(f.level == "error" for f in found)


def test_pork_messages() -> None:
    found = check(pork(halal_status="belum", halal_number="ID123"))
    status, number = only(found, "pork_halal_status"), only(found, "pork_halal_number")
    assert status.field == "sei.halal_status" and "MENGANDUNG BABI" in status.message_id
    assert number.field == "sei.halal_number" and "ID123" in number.message_id


@pytest.mark.parametrize(
    "product, expected",
    [
        (sei(shared_facility_pork=False), []),
        (sei(shared_facility_pork=True), ["shared_facility_statement"]),
        (
            sei(shared_facility_pork=True, shared_facility_statement="   "),
            ["shared_facility_statement"],
        ),
        (
            sei(
                shared_facility_pork=True,
                shared_facility_statement="Diproduksi di fasilitas yang juga mengolah babi.",
            ),
            [],
        ),
        (pork(shared_facility_pork=True), []),  # pork itself needs no such statement
    ],
)
def test_shared_facility_with_pork_needs_the_statement(
    product: Product, expected: list[str]
) -> None:
    found = check(product)
    assert codes(found) == expected
    if expected:
        assert (found[0].level, found[0].field) == ("error", "sei.shared_facility_statement")
        assert "babi" in found[0].message_id


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({}, []),
        ({"meat": "ayam"}, []),
        ({"halal_status": "belum", "halal_number": ""}, ["halal_certificate_missing"]),
        ({"halal_status": "", "halal_number": ""}, ["halal_certificate_missing"]),
        (
            {"meat": "ikan", "halal_status": "tidak_halal", "halal_number": ""},
            ["halal_certificate_missing"],
        ),
        ({"meat": "", "halal_status": "", "halal_number": ""}, []),  # meat not known yet
        ({"halal_number": ""}, ["halal_number_missing"]),
        ({"halal_status": "belum"}, ["halal_status_mismatch", "halal_certificate_missing"]),
    ],
)
def test_non_pork_sei_without_halal_certificate_warns(changes: dict, expected: list[str]) -> None:
    found = check(sei(**changes))
    assert codes(found) == expected
    assert all(f.level == "warning" for f in found)


def test_halal_warning_mentions_the_october_2026_deadline() -> None:
    before = only(check(sei(halal_status="belum", halal_number="")), "halal_certificate_missing")
    assert "mulai 17 Oktober 2026" in before.message_id
    assert "from 17 October 2026" in before.message_en
    assert "usaha mikro dan kecil" in before.message_id
    late = validate_product(sei(halal_status="belum", halal_number=""), today=date(2027, 1, 5))
    after = only(late, "halal_certificate_missing")
    assert after.level == "warning" and "sejak 17 Oktober 2026" in after.message_id


@pytest.mark.parametrize(
    "number, code",
    [
        ("ID35110000123450123", None),
        ("id 3511 0000 1234 50123", None),
        ("KH.05/2024/000123", "halal_number_kh"),
        ("00150012345", "halal_number_prefix"),
        ("LPPOM-00150012345", "halal_number_prefix"),
    ],
)
def test_halal_number_starts_with_id(number: str, code: str | None) -> None:
    found = check(sei(halal_number=number))
    assert codes(found) == ([code] if code else [])
    if code:
        assert (found[0].level, found[0].field) == ("error", "sei.halal_number")
        assert number in found[0].message_id


def test_kh_number_is_explained_as_not_a_certificate() -> None:
    f = only(check(sei(halal_number="KH.05/2024/000123")), "halal_number_kh")
    assert "bukan nomor sertifikat" in f.message_id and "not a halal certificate" in f.message_en


@pytest.mark.parametrize(
    "number, code",
    [
        ("2065371010123-29", None),
        ("206537101012329", None),
        ("P-IRT No. 2065371010123-25", None),  # this year: not past yet
        ("", None),  # not filled in yet
        ("2065371010123-24", "pirt_expired"),
        ("206537101012", "pirt_format"),
        ("P-IRT 2065371010123-2", "pirt_format"),
    ],
)
def test_pirt_number_is_lenient(number: str, code: str | None) -> None:
    found = check(sei(permit_number=number))
    assert codes(found) == ([code] if code else [])
    if code:
        assert (found[0].level, found[0].field) == ("warning", "sei.permit_number")


def test_pirt_expired_names_the_year() -> None:
    f = only(check(sei(permit_number="2065371010123-24")), "pirt_expired")
    assert "2024" in f.message_id and "2065371010123-24" in f.message_id


@pytest.mark.parametrize(
    "number, code",
    [
        ("MD 265613001045", None),
        ("BPOM RI MD 265613001045", None),
        ("MD 265613001045123", None),
        ("MD 2656130", "bpom_format"),
        ("265613001045", "bpom_format"),
        ("ML 265613001045", "bpom_format"),
    ],
)
def test_bpom_md_number_is_lenient(number: str, code: str | None) -> None:
    p = sei(storage="beku", shelf_life_days=180, permit_kind="bpom_md", permit_number=number)
    found = check(p)
    assert codes(found) == ([code] if code else [])
    if code:
        assert (found[0].level, found[0].field) == ("warning", "sei.permit_number")


@pytest.mark.parametrize(
    "records, expected",
    [
        ([], []),
        ([permit()], []),
        ([permit(expires=date(2025, 2, 1))], ["permit_expired"]),
        ([permit(expires=date(2025, 7, 1))], ["permit_expiring"]),
        ([permit(number="2065371010123-28", expires=date(2025, 2, 1))], []),  # another permit
        (
            [permit(kind="halal", number="ID 35110000123450123", expires=date(2025, 1, 1))],
            ["permit_expired"],
        ),
    ],
)
def test_product_permit_records_status(records: list, expected: list[str]) -> None:
    found = check(sei(), permits=records)
    assert codes(found) == expected
    assert all(f.level == "warning" for f in found)


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("net_weight_g", 250, True),
        ("net_weight_g", 0, False),
        ("shelf_life_days", 0, False),
        ("main_ingredient_pct", 100, True),
        ("main_ingredient_pct", 120, False),
        ("main_ingredient_pct", 0, False),
    ],
)
def test_sei_numbers(field: str, value: float, ok: bool) -> None:
    found = check(sei(**{field: value}))
    if ok:
        assert found == []
    else:
        f = only(found, "number_range")
        assert (f.level, f.field) == ("error", f"sei.{field}")


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("meat", "ikan", True),
        ("meat", "kambing", False),
        ("smoking_wood", "lamtoro", True),
        ("smoking_wood", "jati", False),
        ("storage", "dingin", True),
        ("storage", "kulkas", False),
        ("permit_kind", "bpom", False),
        ("halal_status", "halal", False),
    ],
)
def test_sei_codes(field: str, value: str, ok: bool) -> None:
    found = [f for f in check(sei(**{field: value})) if f.code == "unknown_code"]
    if ok:
        assert found == []
    else:
        assert [(f.level, f.field) for f in found] == [("error", f"sei.{field}")]
