"""The validation API as a whole: Finding, the catalogue of rule codes and their levels, and
that every finding names a real field and speaks Indonesian and English.

Rule-by-rule cases live in test_rules_producer/_product/_sei/_label/_permit/_numbers.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rules_helpers import TODAY, batch, field_exists, motif, permit, pork, producer, sei, tenun

from tenun_catalog.domain import rules
from tenun_catalog.domain.entities import Motif, Permit, Producer, Product, WeaverCredit
from tenun_catalog.domain.findings import Finding, merge, rupiah
from tenun_catalog.domain.rules import (
    LabelBatch,
    validate_label,
    validate_motif,
    validate_permit,
    validate_producer,
    validate_product,
)

E, W = "error", "warning"
# Every rule code and its level (domain.md "Validation rules" plus the brief's additions).
LEVELS = {
    # producer and official numbers
    "nib_format": E,
    "nik_format": E,
    "npwp_legacy": W,
    "npwp_format": E,
    "phone_format": W,
    "email_format": W,
    # any entity
    "unknown_code": E,
    "number_range": E,
    # prices
    "price_not_positive": E,
    "price_not_whole": E,
    "wholesale_not_positive": E,
    "wholesale_not_whole": E,
    "wholesale_above_retail": E,
    # tenun and motifs
    "tenun_too_wide": W,
    "gi_unknown": E,
    "gi_origin": E,
    "gi_not_mpig_member": W,
    "songket_outside_manggarai": W,
    "ikat_in_manggarai": W,
    "weaver_no_consent": W,
    "motif_withheld": W,
    # sei
    "protected_meat": E,
    "pirt_chilled": E,
    "pirt_short_shelf_life": E,
    "frozen_needs_bpom": E,
    "permit_none_shelf_life": E,
    "pork_halal_status": E,
    "pork_halal_number": E,
    "shared_facility_statement": E,
    "halal_certificate_missing": W,
    "halal_number_missing": W,
    "halal_status_mismatch": W,
    "halal_number_kh": E,
    "halal_number_prefix": E,
    "pirt_format": W,
    "pirt_expired": W,
    "bpom_format": W,
    # permits
    "permit_number_missing": W,
    "permit_dates": E,
    "permit_expired": W,
    "permit_expiring": W,
    # food label
    "label_not_food": E,
    "label_missing_name": E,
    "label_missing_ingredients": E,
    "label_missing_net_weight": E,
    "label_missing_producer_name": E,
    "label_missing_producer_address": E,
    "label_missing_halal_mark": E,
    "label_missing_production_date": E,
    "label_missing_batch_code": E,
    "label_missing_best_before": E,
    "label_missing_permit_number": E,
    "best_before_not_after_production": E,
    "best_before_beyond_shelf_life": W,
}

NIK = "537101410180001"  # 15 digits: wrong, and never to be repeated


def _product(p: Product, **kw: object) -> list[Finding]:
    return validate_product(p, today=TODAY, **kw)


def corpus() -> list[tuple[type, Finding]]:
    """Entities spoilt so that together they trigger every rule code."""
    out: list[tuple[type, list[Finding]]] = [
        (Producer, validate_producer(producer(nib="812345678901", nik=NIK, npwp="0123"))),
        (
            Producer,
            validate_producer(
                producer(
                    npwp="012345678912000",
                    phone="123",
                    email="x@",
                    kabupaten="bali",
                    capacity_per_month=0,
                )
            ),
        ),
        (
            Product,
            _product(
                dataclasses.replace(
                    tenun(width_cm=200, gi_claim="Tenun Ikat Sikka"),
                    price=0,
                    wholesale_price=0.5,
                )
            ),
        ),
        (
            Product,
            _product(
                dataclasses.replace(
                    tenun(
                        gi_claim="Tenun Ikat Flores",
                        techniques=["songket", "ikat"],
                        origin_kabupaten="sikka",
                        weavers=[WeaverCredit("Maria")],
                    ),
                    price=1.5,
                    wholesale_price=0,
                ),
                motifs=[motif(restriction="bangsawan")],
            )
            + _product(dataclasses.replace(tenun(), wholesale_price=9999999))
            + _product(tenun(origin_kabupaten="manggarai", panel_count=0))
            + _product(
                tenun(gi_claim="Tenun Ikat Sikka", origin_kabupaten="sikka"),
                producer=producer(mpig_member=False),
            ),
        ),
        (
            Product,
            _product(sei(meat="rusa"))
            + _product(sei(storage="dingin", shelf_life_days=3))
            + _product(sei(storage="beku", permit_kind="none", shelf_life_days=30))
            + _product(sei(permit_kind="none", shelf_life_days=30, permit_number=""))
            + _product(pork(halal_status="belum", halal_number="ID1"))
            + _product(sei(shared_facility_pork=True, halal_status="belum"))
            + _product(sei(halal_number=""))
            + _product(sei(halal_number="KH.1/2024"))
            + _product(sei(halal_number="LPPOM-1"))
            + _product(sei(permit_number="123"))
            + _product(sei(permit_number="2065371010123-20"))
            + _product(sei(permit_kind="bpom_md", permit_number="MD1"))
            + _product(sei(), permits=[permit(expires=date(2025, 2, 1))])
            + _product(sei(), permits=[permit(expires=date(2025, 7, 1))]),
        ),
        (
            Product,
            validate_label(tenun(), producer(), batch(), today=TODAY)
            + validate_label(Product(sku="S", kind="sei"), None, LabelBatch(), today=TODAY)
            + validate_label(sei(), producer(), batch(best_before=date(2025, 5, 1)), today=TODAY)
            + validate_label(sei(), producer(), batch(best_before=date(2025, 12, 1)), today=TODAY),
        ),
        (
            Permit,
            validate_permit(permit(number="", expires=date(2025, 7, 1)), today=TODAY)
            + validate_permit(
                permit(issued=date(2024, 3, 1), expires=date(2024, 1, 1)), today=TODAY
            ),
        ),
        (Motif, validate_motif(motif(kabupaten="manggarai", restriction="klan", use_context="x"))),
    ]
    return [(root, f) for root, findings in out for f in findings]


CORPUS = corpus()


def test_the_corpus_triggers_every_rule_code() -> None:
    assert {f.code for _, f in CORPUS} == set(LEVELS)


def _case_id(x: object) -> str:
    return getattr(x, "code", getattr(x, "__name__", ""))


@pytest.mark.parametrize("root, finding", CORPUS, ids=_case_id)
def test_every_finding_is_well_formed(root: type, finding: Finding) -> None:
    assert finding.level == LEVELS[finding.code]
    assert field_exists(root, finding.field), (root.__name__, finding.field)
    for text in (finding.message_id, finding.message_en):
        assert text.strip()
        # 'None (made to order)' is a vocabulary label; a bare None would be a formatting slip
        assert "None" not in text.replace("None (made to order)", "") and "{" not in text
    assert finding.message_id != finding.message_en
    assert finding.message() == finding.message("id") == finding.message_id
    assert finding.message("en") == finding.message_en


def test_a_nik_is_never_repeated_in_any_message() -> None:
    for _, f in CORPUS:
        assert NIK not in f.message_id and NIK not in f.message_en


@pytest.mark.parametrize(
    "root, path, exists",
    [
        (Producer, "nib", True),
        (Product, "sei.halal_number", True),
        (Product, "tenun.width_cm", True),
        (Product, "label.best_before", True),
        (Product, "producer.address", True),
        (Product, "sei.colour", False),
        (Product, "price.amount", False),
        (Producer, "label.best_before", False),
    ],
)
def test_field_path_walker(root: type, path: str, exists: bool) -> None:
    assert field_exists(root, path) is exists


def test_finding_is_frozen_and_hashable() -> None:
    f = Finding("error", "nib", "nib_format", "a", "b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.level = "warning"  # type: ignore[misc]
    assert merge([f], [f, Finding("warning", "nib", "x", "c", "d")])[0] is f
    assert len(merge([f], [f])) == 1
    assert f.is_error


@pytest.mark.parametrize(
    "amount, lang, text",
    [(150000, "id", "Rp150.000"), (150000, "en", "IDR 150,000"), (-5000, "id", "-Rp5.000")],
)
def test_rupiah_in_messages(amount: int, lang: str, text: str) -> None:
    assert rupiah(amount, lang) == text


def test_facade_exports() -> None:
    for name in rules.__all__:
        assert hasattr(rules, name), name
    assert rules.HALAL_MANDATORY_FROM == date(2026, 10, 17)
    assert rules.BLOCKING_CODES <= set(LEVELS)
    assert all(LEVELS[c] == "error" for c in rules.BLOCKING_CODES)
