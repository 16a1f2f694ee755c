"""The officer's overview (operations/overview.py over store/overview.py's SQL aggregates).

Every number is checked against a direct count over the records read one by one with the
ordinary operations (list_producers, get_product, list_permits, list_photos) and judged with the
domain's own rules (check_nib, permit_status, product_readiness); the 30/90-day windows are
checked on fixed dates at their boundaries.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.demo import build_demo
from tenun_catalog.domain import numbers, readiness
from tenun_catalog.domain.entities import Permit, Producer, Product
from tenun_catalog.domain.rules_numbers import check_nib
from tenun_catalog.domain.rules_permit import permit_status
from tenun_catalog.domain.rules_tenun import find_gi
from tenun_catalog.operations.overview import overview, producer_ids, unready_product_ids

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo plus the awkward cases: no NIB, a malformed NIB, Sei with the wrong permit."""
    root = tmp_path_factory.mktemp("overview") / "library"
    with ops.opened(root) as lib:
        build_demo(lib, photo_size=(320, 240))
        ops.add_producer(lib, Producer(name="Tanpa NIB", kabupaten="alor", producer_type="umkm"))
        bad = ops.add_producer(lib, Producer(name="NIB Salah", kabupaten="alor")).after
        # An NIB typed wrong before the rule existed (the app refuses it now): 12 digits.
        lib.conn.execute("UPDATE producers SET nib = '0220 0012 3456' WHERE id = ?", (bad.id,))
        sei = Product(sku="SEI-X-001", kind="sei", producer_id=bad.id, name_id="Sei Babi Alor")
        sei.sei.meat, sei.sei.halal_status = "babi", "tidak_halal"
        ops.add_product(lib, sei)
        # Data from before the rules (the app refuses these now): unmarked frozen pork, no permit.
        lib.conn.execute(
            "UPDATE sei_details SET halal_status = 'belum', storage = 'beku', shelf_life_days = 60"
            " WHERE product_id = (SELECT id FROM products WHERE sku = 'SEI-X-001')"
        )
        lib.conn.commit()
    return root


def _nib_state(text: str) -> str:
    if not numbers.normalize_nib(text):
        return "without"
    return "valid" if not check_nib(text) else "invalid"


def test_producer_counts_equal_a_direct_count(demo) -> None:
    with ops.opened(demo) as lib:
        got = overview(lib, TODAY)
        producers = ops.list_producers(lib)
    assert got.producers == len(producers) == 10
    assert got.by_type == dict(Counter(p.producer_type for p in producers))
    assert got.by_kabupaten == dict(Counter(p.kabupaten for p in producers))
    states = Counter(_nib_state(p.nib) for p in producers)
    assert (got.nib_valid, got.nib_without, got.nib_invalid) == (
        states["valid"],
        states["without"],
        states["invalid"],
    )
    assert states["without"] == 1 and states["invalid"] == 1  # the cases are really there
    assert got.nib["valid"].percent == 80


def test_click_through_producer_lists(demo) -> None:
    with ops.opened(demo) as lib:
        producers = ops.list_producers(lib)
        for state in ("valid", "without", "invalid"):
            expected = sorted(p.id for p in producers if _nib_state(p.nib) == state)
            assert producer_ids(lib, f"nib:{state}", TODAY) == expected
        permits = ops.list_permits(lib)
        expired = sorted({x.producer_id for x in permits if permit_status(x, TODAY) == "expired"})
        assert producer_ids(lib, "permits:expired", TODAY) == expired != []


def _products(lib) -> list[Product]:
    return [ops.get_product(lib, s.sku) for s in ops.list_products(lib)]


def test_sei_counts_equal_a_direct_count(demo) -> None:
    with ops.opened(demo) as lib:
        got = overview(lib, TODAY).sei
        sei = [p for p in _products(lib) if p.kind == "sei" and p.sei is not None]
    s = [p.sei for p in sei]
    frozen_long = [x for x in s if x.storage == "beku" and (x.shelf_life_days or 0) >= 7]
    assert got.products == len(sei) == 5
    assert got.makers == len({p.producer_id for p in sei})
    assert got.pirt == sum(x.permit_kind == "pirt" and bool(x.permit_number.strip()) for x in s)
    assert got.bpom_required == len(frozen_long) == 2
    assert got.bpom_required_present == sum(
        x.permit_kind == "bpom_md" and bool(x.permit_number.strip()) for x in frozen_long
    )
    assert got.bpom_required_present == 1  # the added frozen pork Sei has no permit
    assert got.no_permit == sum(
        x.permit_kind in ("", "none")
        and not (x.shelf_life_days is not None and x.shelf_life_days < 7)
        for x in s
    )
    assert got.non_pork == sum(x.meat != "babi" for x in s)
    assert got.halal == sum(
        x.meat != "babi"
        and x.halal_status == "bersertifikat"
        and x.halal_number.strip().upper().startswith("ID")
        for x in s
    )
    assert got.pork == sum(x.meat == "babi" for x in s) == 3
    marked = sum(
        x.meat == "babi" and x.halal_status == "tidak_halal" and not x.halal_number.strip()
        for x in s
    )
    assert got.pork_marked == marked == 2


def test_product_kinds_readiness_and_gi_equal_a_direct_count(demo) -> None:
    with ops.opened(demo) as lib:
        got = overview(lib, TODAY)
        products = _products(lib)
        producers = {p.id: p for p in ops.list_producers(lib)}
        photo_counts = {p.sku: len(ops.list_photos(lib, p.sku)) for p in products}
        lists = {o: unready_product_ids(lib, o) for o in readiness.OUTPUTS}
    assert got.products_by_kind == dict(Counter(p.kind for p in products))
    for output in readiness.OUTPUTS:
        applies = [p for p in products if output != "label" or p.kind == "sei"]
        complete = [
            p
            for p in applies
            if not readiness.product_readiness(
                p, output, producer=producers.get(p.producer_id), photo_count=photo_counts[p.sku]
            ).missing
        ]
        assert (got.readiness[output].count, got.readiness[output].total) == (
            len(complete),
            len(applies),
        ), output
        assert lists[output] == sorted({p.id for p in applies} - {p.id for p in complete})
    assert lists["label"]  # the added Sei lacks label fields: the list is not trivially empty
    claims = Counter(
        find_gi(p.tenun.gi_claim)[0] for p in products if p.tenun and p.tenun.gi_claim.strip()
    )
    assert {c.name: c.products for c in got.gi_claims} == dict(claims)
    assert all(c.outside == 0 and c.registered for c in got.gi_claims)


def test_kabupaten_filter(demo) -> None:
    with ops.opened(demo) as lib:
        got = overview(lib, TODAY, kabupaten="alor")
    assert got.producers == 2 and got.nib_without == 1 and got.nib_invalid == 1
    assert got.products_by_kind == {"sei": 1} and got.sei.pork == 1 and got.sei.pork_marked == 0
    assert got.permits.total == 0


def test_expiry_windows_on_fixed_dates(lib) -> None:
    today = date(2026, 6, 1)
    owner = ops.add_producer(lib, Producer(name="Koperasi Batas", kabupaten="kupang")).after
    offsets = {-1: "expired", 0: "d30", 30: "d30", 31: "d90", 90: "d90", 91: "valid"}
    for days in offsets:
        ops.add_permit(
            lib,
            Permit(
                kind="slhs",
                number=f"SLHS/{days + 10}",
                producer_id=owner.id,
                expires=today + timedelta(days=days),
            ),
        )
    ops.add_permit(lib, Permit(kind="merek", number="IDM000000001", producer_id=owner.id))
    got = overview(lib, today).permits
    assert (got.expired, got.within30, got.within90, got.unknown, got.total) == (1, 2, 4, 1, 7)
    assert got.by_kind["slhs"] == {"expired": 1, "within30": 2, "within90": 2, "valid": 1}
    # A day later the permit that ended "today" has expired and the 31-day one enters the 30.
    later = overview(lib, today + timedelta(days=1)).permits
    assert (later.expired, later.within30, later.within90) == (2, 2, 4)
    # The rule in domain/ agrees: valid on the expiry day, expired the day after.
    permits = ops.list_permits(lib)
    assert sum(permit_status(x, today) == "expired" for x in permits) == got.expired
    assert (got.producers_expired, got.producers_within30, got.producers_within90) == (1, 1, 1)
    assert overview(lib, today + timedelta(days=200)).permits.producers_within90 == 0


def test_an_empty_library(lib) -> None:
    got = overview(lib, TODAY)
    assert got.producers == 0 and got.products == 0 and got.permits.total == 0
    assert all(s.total == 0 and s.percent == 0 for s in got.readiness.values())


def test_synthetic_producers_for_the_city_bench(tmp_path) -> None:
    """`demo --producers N`: N producers in all, their permits, the products spread over them;
    the overview still equals a direct count."""
    from tenun_catalog.demo.bulk_producers import add_synthetic_producers

    with ops.opened(tmp_path / "city") as lib:
        build_demo(lib, products=80, photo_size=(64, 48))
        added, permits = add_synthetic_producers(lib, 300, today=TODAY)
        producers = ops.list_producers(lib)
        got = overview(lib, TODAY)
        owners = {s.producer_id for s in ops.list_products(lib) if s.sku.startswith("TN-SIM-")}
        all_permits = ops.list_permits(lib)
    assert len(producers) == 300 == got.producers and added == 300 - 30
    states = Counter(_nib_state(p.nib) for p in producers)
    assert (got.nib_valid, got.nib_without, got.nib_invalid) == (
        states["valid"],
        states["without"],
        states["invalid"],
    )
    assert states["valid"] > 150 and states["without"] > 30
    assert got.permits.total == len(all_permits) == 15 + permits
    expired = sum(permit_status(x, TODAY) == "expired" for x in all_permits)
    assert got.permits.expired == expired > 1
    synthetic_ids = {p.id for p in producers if p.name[-5:].isdigit()}
    assert owners and owners <= synthetic_ids  # the synthetic cloths moved to synthetic weavers


def test_demo_producers_on_the_command_line(tmp_path, capsys) -> None:
    from tenun_catalog.cli import main

    root = tmp_path / "kota"
    refused = ["--library", str(root), "demo", "--producers", "100001", "--photo-size", "64x48"]
    assert main(refused) == 1
    assert "0 sampai 100000" in capsys.readouterr().err
    assert not (root / "catalog.sqlite3").exists() or _count(root) == 0  # nothing built
    argv = ["--library", str(root), "demo", "--products", "40", "--producers", "60"]
    assert main([*argv, "--photo-size", "64x48"]) == 0
    assert "60 produsen" in capsys.readouterr().out
    assert _count(root) == 60


def _count(root) -> int:
    with ops.opened(root) as lib:
        return len(ops.list_producers(lib))


def test_click_through_product_lists(demo) -> None:
    from tenun_catalog.operations.overview import product_ids

    with ops.opened(demo) as lib:
        products = _products(lib)
        producers = ops.list_producers(lib)
        got = {
            what: product_ids(lib, what)
            for what in ("sei:pirt", "sei:pork_unmarked", "sei:bpom_missing", "gi:Tenun Ikat Sikka")
        }
        by_type = producer_ids(lib, "type:umkm", TODAY)
        alor = producer_ids(lib, "kabupaten:alor", TODAY)
        everyone = producer_ids(lib, "all", TODAY)
    sei = [p for p in products if p.kind == "sei" and p.sei is not None]
    assert got["sei:pirt"] == sorted(
        p.id for p in sei if p.sei.permit_kind == "pirt" and p.sei.permit_number.strip()
    )
    unmarked = [
        p.id
        for p in sei
        if p.sei.meat == "babi"
        and not (p.sei.halal_status == "tidak_halal" and not p.sei.halal_number.strip())
    ]
    assert got["sei:pork_unmarked"] == sorted(unmarked) != []
    assert got["sei:bpom_missing"] == sorted(unmarked)  # the same frozen pork Sei, no BPOM MD
    claims = [p.id for p in products if p.tenun and p.tenun.gi_claim.strip()]
    assert got["gi:Tenun Ikat Sikka"] == sorted(claims) != []
    assert by_type == sorted(p.id for p in producers if p.producer_type == "umkm")
    assert alor == sorted(p.id for p in producers if p.kabupaten == "alor")
    assert everyone == sorted(p.id for p in producers)
