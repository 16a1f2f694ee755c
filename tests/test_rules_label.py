"""Food-label rules for Sei: the mandatory items, dates, marks and permit number."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rules_helpers import TODAY, batch, codes, only, pork, producer, sei, tenun

from tenun_catalog.domain.entities import Product
from tenun_catalog.domain.rules import LabelBatch, halal_mark, label_date_format, validate_label


def check(p: Product, prod: object = "default", b: LabelBatch | None = None, **kw: object):
    prod = producer() if prod == "default" else prod
    return validate_label(p, prod, b or batch(), today=kw.get("today", TODAY))


def test_complete_labels_have_no_findings() -> None:
    assert check(sei()) == []
    assert check(pork()) == []


@pytest.mark.parametrize(
    "product, prod, b, code, field",
    [
        (dataclasses.replace(sei(), name_id=""), "default", None, "label_missing_name", "name_id"),
        (sei(ingredients=[]), "default", None, "label_missing_ingredients", "sei.ingredients"),
        (sei(ingredients=[" "]), "default", None, "label_missing_ingredients", "sei.ingredients"),
        (sei(net_weight_g=None), "default", None, "label_missing_net_weight", "sei.net_weight_g"),
        (sei(), producer(name=""), None, "label_missing_producer_name", "producer.name"),
        (sei(), producer(address=""), None, "label_missing_producer_address", "producer.address"),
        (
            sei(halal_status="", halal_number=""),
            "default",
            None,
            "label_missing_halal_mark",
            "sei.halal_status",
        ),
        (
            sei(halal_number=""),
            "default",
            None,
            "label_missing_halal_mark",
            "sei.halal_number",
        ),
        (
            sei(),
            "default",
            batch(production_date=None),
            "label_missing_production_date",
            "label.production_date",
        ),
        (sei(), "default", batch(batch_code=""), "label_missing_batch_code", "label.batch_code"),
        (
            sei(),
            "default",
            batch(best_before=None),
            "label_missing_best_before",
            "label.best_before",
        ),
        (
            sei(permit_number=""),
            "default",
            None,
            "label_missing_permit_number",
            "sei.permit_number",
        ),
        (
            sei(permit_kind="", permit_number=""),
            "default",
            None,
            "label_missing_permit_number",
            "sei.permit_kind",
        ),
        (
            sei(permit_kind="none", permit_number="", shelf_life_days=None),
            "default",
            None,
            "label_missing_permit_number",
            "sei.shelf_life_days",
        ),
    ],
)
def test_each_missing_label_item_is_an_error(
    product: Product, prod: object, b: LabelBatch | None, code: str, field: str
) -> None:
    f = only(check(product, prod, b), code)
    assert (f.level, f.field) == ("error", field)
    assert f.message_id.startswith("Label belum lengkap:")
    assert f.message_en.startswith("The label is incomplete:")


def test_an_empty_sei_lists_every_missing_item_separately() -> None:
    bare = Product(sku="S", kind="sei")
    found = validate_label(bare, None, LabelBatch(), today=TODAY)
    missing = sorted(c for c in codes(found) if c.startswith("label_missing_"))
    assert missing == sorted(
        f"label_missing_{item}"
        for item in (
            "name",
            "ingredients",
            "net_weight",
            "producer_name",
            "producer_address",
            "halal_mark",
            "production_date",
            "batch_code",
            "best_before",
            "permit_number",
        )
    )
    assert all(f.level == "error" for f in found)


def test_made_to_order_sei_under_7_days_needs_no_permit_number() -> None:
    p = sei(permit_kind="none", permit_number="", shelf_life_days=3)
    assert check(p, b=batch(best_before=date(2025, 5, 23))) == []


def test_label_for_something_that_is_not_food() -> None:
    assert codes(check(tenun())) == ["label_not_food"]


@pytest.mark.parametrize(
    "made, best, code",
    [
        (date(2025, 5, 20), date(2025, 6, 19), None),
        (date(2025, 5, 20), date(2025, 5, 20), "best_before_not_after_production"),
        (date(2025, 5, 20), date(2025, 5, 1), "best_before_not_after_production"),
        (date(2025, 5, 20), date(2025, 7, 20), "best_before_beyond_shelf_life"),  # > 30 days
    ],
)
def test_best_before_after_production_date(made: date, best: date, code: str | None) -> None:
    found = check(sei(), b=batch(production_date=made, best_before=best))
    assert codes(found) == ([code] if code else [])
    if code:
        assert found[0].field == "label.best_before"
        assert found[0].level == ("error" if code.endswith("production") else "warning")


@pytest.mark.parametrize(
    "days, fmt",
    [(None, "dmy"), (3, "dmy"), (30, "dmy"), (90, "dmy"), (92, "dmy"), (93, "my"), (365, "my")],
)
def test_label_date_format(days: int | None, fmt: str) -> None:
    assert label_date_format(days) == fmt


@pytest.mark.parametrize(
    "product, mark",
    [
        (sei(), "halal"),
        (pork(), "babi"),
        (pork(halal_status="bersertifikat", halal_number="ID123"), "babi"),
        (sei(halal_status="tidak_halal", halal_number=""), "tidak_halal"),
        (sei(halal_number="KH.05/2024/000123"), ""),
        (sei(halal_status="belum", halal_number=""), ""),
    ],
)
def test_halal_mark(product: Product, mark: str) -> None:
    assert halal_mark(product.sei) == mark


@pytest.mark.parametrize(
    "today, errors",
    [(TODAY, []), (date(2026, 10, 16), []), (date(2026, 10, 17), ["label_missing_halal_mark"])],
)
def test_uncertified_non_pork_label_needs_halal_mark_from_the_deadline(
    today: date, errors: list[str]
) -> None:
    p = sei(halal_status="belum", halal_number="")
    b = batch(production_date=today, best_before=date(today.year + 1, 1, 1))
    found = check(p, b=b, today=today)
    assert [f.code for f in found if f.level == "error"] == errors


@pytest.mark.parametrize(
    "product, code",
    [
        (pork(halal_number="ID35110000123450123"), "pork_halal_number"),
        (pork(halal_status="belum"), "pork_halal_status"),
        (sei(storage="beku", shelf_life_days=180), "pirt_chilled"),
        (sei(shared_facility_pork=True), "shared_facility_statement"),
        (sei(halal_number="KH.05/2024/000123"), "halal_number_kh"),
        (sei(permit_kind="none", permit_number=""), "permit_none_shelf_life"),
    ],
)
def test_label_repeats_the_sei_errors(product: Product, code: str) -> None:
    found = check(product)
    assert only(found, code).level == "error"
    assert all(f.level == "error" for f in found)


def test_label_leaves_out_sei_warnings() -> None:
    p = sei(permit_number="2065371010123-24", halal_status="belum", halal_number="")
    assert check(p) == []
