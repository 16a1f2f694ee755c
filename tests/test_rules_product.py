"""Product rules for every kind: prices, codes, counts, tenun detail, motifs and save blockers."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rules_helpers import TODAY, codes, motif, only, producer, sei, tenun

from tenun_catalog.domain.entities import Product, WeaverCredit
from tenun_catalog.domain.rules import save_blockers, validate_product


def check(p: Product, **kw: object) -> list:
    return validate_product(p, today=TODAY, **kw)


def test_clean_products_have_no_findings() -> None:
    assert check(tenun(), producer=producer(), motifs=[motif()]) == []
    assert check(sei(), producer=producer()) == []
    assert check(Product(sku="X", kind="other", price=10000)) == []


# --- prices -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "price, wholesale, code",
    [
        (100000, 90000, None),
        (100000, 100000, None),  # equal is fine
        (100000, None, None),
        (None, None, None),  # not filled in yet
        (150000.0, 120000, None),  # a whole number stored as float
        (100000, 120000, "wholesale_above_retail"),
        (0, None, "price_not_positive"),
        (-5000, None, "price_not_positive"),
        (150000.5, None, "price_not_whole"),
        ("150.000", None, "price_not_whole"),
        (100000, 0, "wholesale_not_positive"),
        (100000, 99999.9, "wholesale_not_whole"),
    ],
)
def test_prices(price: object, wholesale: object, code: str | None) -> None:
    p = dataclasses.replace(sei(), price=price, wholesale_price=wholesale)
    found = check(p)
    assert codes(found) == ([code] if code else [])
    if code:
        assert found[0].level == "error"
        assert found[0].field == ("price" if code.startswith("price") else "wholesale_price")


def test_wholesale_above_retail_names_both_prices() -> None:
    p = dataclasses.replace(sei(), price=100000, wholesale_price=120000)
    f = only(check(p), "wholesale_above_retail")
    assert "Rp120.000" in f.message_id and "Rp100.000" in f.message_id
    assert "IDR 120,000" in f.message_en and "IDR 100,000" in f.message_en


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("min_order", 1, True),
        ("min_order", 0, False),
        ("lead_time_days", 0, True),
        ("lead_time_days", -2, False),
        ("stock", 0, True),
        ("stock", -1, False),
    ],
)
def test_product_counts(field: str, value: int, ok: bool) -> None:
    found = check(dataclasses.replace(tenun(), **{field: value}))
    assert codes(found) == ([] if ok else ["number_range"])


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("kind", "tenun", True),
        ("kind", "kain", False),
        ("kind", "", False),
        ("trademark_status", "registered", True),
        ("trademark_status", "terdaftar", False),
    ],
)
def test_product_codes(field: str, value: str, ok: bool) -> None:
    p = dataclasses.replace(tenun(), **{field: value})
    found = check(p)
    if ok:
        assert found == []
    else:
        f = only(found, "unknown_code")
        assert (f.level, f.field) == ("error", field)


# --- tenun --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("tenun_type", "sarung", True),
        ("tenun_type", "lau", False),
        ("origin_kabupaten", "sabu_raijua", True),
        ("origin_kabupaten", "sabu", False),
        ("techniques", ["ikat_lungsi", "pahikung"], True),
        ("techniques", ["ikat"], False),
        ("dyes", ["tarum", "kunyit", "loba"], True),
        ("dyes", ["indigo"], False),
        ("dye_class", "campuran", True),
        ("dye_class", "kimia", False),
        ("yarn", "pabrik", True),
        ("yarn", "katun", False),
    ],
)
def test_tenun_codes(field: str, value: object, ok: bool) -> None:
    found = check(tenun(**{field: value}))
    if ok:
        assert found == []
    else:
        f = only(found, "unknown_code")
        assert (f.level, f.field) == ("error", f"tenun.{field}")


@pytest.mark.parametrize("width, warns", [(120, False), (180, False), (180.5, True), (200, True)])
def test_handwoven_cloth_wider_than_180_cm_warns(width: float, warns: bool) -> None:
    found = check(tenun(width_cm=width))
    if warns:
        f = only(found, "tenun_too_wide")
        assert (f.level, f.field) == ("warning", "tenun.width_cm")
        assert str(width).removesuffix(".0") + " cm" in f.message_id
    else:
        assert found == []


@pytest.mark.parametrize(
    "field, value, ok",
    [
        ("length_cm", 0, False),
        ("width_cm", -10, False),
        ("weight_g", 0, False),
        ("days_to_make", 0, False),
        ("panel_count", 0, False),
        ("panel_count", 1, True),
        ("length_cm", None, True),
    ],
)
def test_tenun_sizes(field: str, value: object, ok: bool) -> None:
    found = check(tenun(**{field: value}))
    assert codes(found) == ([] if ok else ["number_range"])


@pytest.mark.parametrize(
    "claim, origin, code",
    [
        ("Tenun Ikat Sikka", "sikka", None),
        ("tenun ikat  sikka", "sikka", None),  # spelled loosely
        ("", "sumba_timur", None),
        ("Tenun Ikat Sikka", "sumba_timur", "gi_origin"),
        ("Tenun Ikat Sikka", "", "gi_origin"),
        ("Tenun Ikat Sumba", "sumba_timur", "gi_unknown"),
    ],
)
def test_gi_name_only_for_its_kabupaten(claim: str, origin: str, code: str | None) -> None:
    found = check(tenun(gi_claim=claim, origin_kabupaten=origin))
    assert codes(found) == ([code] if code else [])
    if code:
        assert (found[0].level, found[0].field) == ("error", "tenun.gi_claim")


def test_sikka_gi_on_a_sumba_product_names_both_places() -> None:
    f = only(check(tenun(gi_claim="Tenun Ikat Sikka")), "gi_origin")
    assert "Sikka" in f.message_id and "Sumba Timur" in f.message_id
    assert "East Sumba" in f.message_en


@pytest.mark.parametrize("member, warns", [(True, False), (False, True)])
def test_gi_user_should_belong_to_the_mpig(member: bool, warns: bool) -> None:
    p = tenun(gi_claim="Tenun Ikat Sikka", origin_kabupaten="sikka")
    found = check(p, producer=producer(mpig_member=member))
    assert codes(found) == (["gi_not_mpig_member"] if warns else [])
    if warns:
        assert found[0].level == "warning"


@pytest.mark.parametrize(
    "techniques, origin, code",
    [
        (["songket"], "manggarai", None),
        (["songket"], "manggarai_timur", None),
        (["songket"], "sikka", "songket_outside_manggarai"),
        (["ikat_lungsi"], "sikka", None),
        (["ikat_lungsi", "sotis"], "manggarai_barat", "ikat_in_manggarai"),
        (["songket"], "", None),  # origin unknown: nothing to compare
    ],
)
def test_technique_region(techniques: list[str], origin: str, code: str | None) -> None:
    found = check(tenun(techniques=techniques, origin_kabupaten=origin))
    assert codes(found) == ([code] if code else [])
    if code:
        assert (found[0].level, found[0].field) == ("warning", "tenun.techniques")


@pytest.mark.parametrize(
    "weavers, warned",
    [
        ([WeaverCredit("Rambu Hamu", consent=True)], []),
        ([WeaverCredit("Rambu Hamu", consent=False)], ["Rambu Hamu"]),
        ([WeaverCredit("A", True), WeaverCredit("B"), WeaverCredit("C")], ["B", "C"]),
        ([WeaverCredit("  ", consent=False)], []),
    ],
)
def test_weaver_credit_without_consent_is_not_printed(
    weavers: list[WeaverCredit], warned: list[str]
) -> None:
    found = check(tenun(weavers=weavers))
    assert codes(found) == ["weaver_no_consent"] * len(warned)
    for f, name in zip(found, warned, strict=True):
        assert f.level == "warning" and f.field == "tenun.weavers"
        assert name in f.message_id and "tidak akan dicetak" in f.message_id
        assert "will not be printed" in f.message_en


@pytest.mark.parametrize(
    "changes, warns",
    [
        ({"restriction": "bebas"}, False),
        ({"restriction": "bangsawan"}, True),
        ({"restriction": "klan", "permission_by": "Umbu Hina"}, True),  # no date
        (
            {"restriction": "upacara", "permission_by": "Umbu Hina", "permission_date": TODAY},
            False,
        ),
    ],
)
def test_restricted_motif_without_permission_is_withheld(changes: dict, warns: bool) -> None:
    found = check(tenun(), motifs=[motif(**changes)])
    if warns:
        f = only(found, "motif_withheld")
        assert (f.level, f.field) == ("warning", "motif_ids")
        assert "Kuda" in f.message_id and "tidak akan ditampilkan" in f.message_id
        assert "withheld" in f.message_en
    else:
        assert found == []


def test_motifs_not_linked_to_the_product_are_ignored() -> None:
    other = motif(id=7, restriction="bangsawan")
    assert check(tenun(), motifs=[motif(), other]) == []


# --- save blockers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "product, blocking",
    [
        (sei(), []),
        (tenun(), []),
        (sei(meat="rusa"), ["protected_meat"]),
        (dataclasses.replace(sei(), price=0), ["price_not_positive"]),
        (dataclasses.replace(sei(), wholesale_price=-1), ["wholesale_not_positive"]),
        (dataclasses.replace(sei(), price=99.5), ["price_not_whole"]),
        (dataclasses.replace(tenun(), kind="batik"), ["unknown_code"]),
        (sei(meat="kambing"), ["unknown_code"]),
        (tenun(techniques=["tenun ikat"]), ["unknown_code"]),
        # every error-level rule judged from the record refuses the save (issue 11 item 1):
        (dataclasses.replace(sei(), wholesale_price=90000), ["wholesale_above_retail"]),
        (sei(meat="babi"), ["pork_halal_status", "pork_halal_number"]),
        (sei(storage="beku"), ["pirt_chilled"]),
        (tenun(gi_claim="Tenun Ikat Sikka"), ["gi_origin"]),
        # a rule that only asks for an empty field is reported, not refused; warnings never are:
        (sei(meat="babi", halal_status="", halal_number=""), []),
        (sei(shared_facility_pork=True), []),
        (tenun(width_cm=300), []),
    ],
)
def test_save_blockers(product: Product, blocking: list[str]) -> None:
    found = save_blockers(product)
    assert codes(found) == blocking
    assert all(f.level == "error" for f in found)


def test_rusa_message_says_it_is_protected() -> None:
    f = only(save_blockers(sei(meat="rusa")), "protected_meat")
    assert "dilindungi" in f.message_id and "protected" in f.message_en
    assert f.field == "sei.meat"


def test_unknown_meat_choices_do_not_offer_rusa() -> None:
    f = only(check(sei(meat="kambing")), "unknown_code")
    assert "Rusa" not in f.message_id and "Sapi" in f.message_id


def test_today_defaults_to_the_clock() -> None:
    assert validate_product(sei(permit_number="2065371010123-99")) == []
    old = sei(permit_number="2065371010123-20")
    assert codes(validate_product(old, today=date(2030, 1, 1))) == ["pirt_expired"]


# --- what the sales channels need: the parcel and the condition ---------------------------------


@pytest.mark.parametrize(
    "changes, code",
    [
        ({"packed_weight_g": 320}, None),
        ({"packed_weight_g": 250}, None),  # as heavy as the meat: packaging weighs nothing much
        ({"packed_weight_g": 200}, "packed_below_net"),
        ({"packed_weight_g": 0}, "number_range"),
        ({"packed_weight_g": -5}, "number_range"),
        ({"package_length_cm": 0.1, "package_width_cm": 500}, None),
        ({"package_length_cm": 0.05}, "package_size_range"),
        ({"package_height_cm": 501}, "package_size_range"),
        ({"condition": "used"}, None),
        ({"condition": "refurbished"}, "unknown_code"),
    ],
)
def test_parcel_and_condition_rules(changes: dict, code: str | None) -> None:
    product = dataclasses.replace(sei(), **changes)
    found = check(product)
    assert codes(found) == ([code] if code else [])
    if code:  # a value that contradicts the rule refuses the save
        assert code in codes(save_blockers(product))
        finding = only(found, code)
        assert finding.field in changes and finding.is_error
        assert finding.message_id != finding.message_en


def test_a_packed_weight_without_a_net_weight_is_fine_and_tenun_has_no_net_weight() -> None:
    assert check(dataclasses.replace(sei(net_weight_g=None), packed_weight_g=100)) == []
    assert check(dataclasses.replace(tenun(), packed_weight_g=10), producer=producer(),
                 motifs=[motif()]) == []  # fmt: skip
