"""Catalog definitions: selection by hand and by filter, sections, settings, themes, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain import Catalog, CatalogSection, Producer, Product
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export.context import options_for


@pytest.fixture
def two_producers(filled):
    other = ops.add_producer(
        filled, Producer(name="Koperasi Sumba Timur", kabupaten="sumba_timur")
    ).after
    hinggi = Product(
        sku="TNN-002", kind="tenun", producer_id=other.id, name_id="Hinggi Kombu", price=4500000
    )
    hinggi.tenun.origin_kabupaten = "sumba_timur"
    ops.add_product(filled, hinggi)
    return filled


def _skus(lib, catalog):
    return [
        [ops.get_product_by_id(lib, pid).sku for pid in s.product_ids] for s in catalog.sections
    ]


def test_a_catalog_of_everything_has_a_section_per_producer(two_producers):
    ops.add_catalog(two_producers, Catalog(name="Pameran Kupang"))
    catalog = ops.get_catalog(two_producers, "pameran kupang")
    assert [s.title_id for s in catalog.sections] == [
        "Kelompok Tenun Ina Ndao",
        "Koperasi Sumba Timur",
    ]
    assert _skus(two_producers, catalog) == [["SEI-001", "TNN-001"], ["TNN-002"]]


def test_selection_by_filter_and_by_hand(two_producers):
    ops.add_catalog(two_producers, Catalog(name="Tenun"), ops.Selection(kind="tenun"))
    assert _skus(two_producers, ops.get_catalog(two_producers, "Tenun")) == [
        ["TNN-001"],
        ["TNN-002"],
    ]
    ops.add_catalog(two_producers, Catalog(name="Sumba"), ops.Selection(kabupaten="sumba_timur"))
    assert _skus(two_producers, ops.get_catalog(two_producers, "Sumba")) == [["TNN-002"]]
    ops.add_catalog(
        two_producers,
        Catalog(name="Pilihan"),
        ops.Selection(skus=("TNN-002", "SEI-001"), by_producer=False),
    )
    assert _skus(two_producers, ops.get_catalog(two_producers, "Pilihan")) == [
        ["TNN-002", "SEI-001"]
    ]
    with pytest.raises(UserError, match="Tidak ada produk"):
        ops.add_catalog(two_producers, Catalog(name="Kosong"), ops.Selection(kabupaten="alor"))


def test_edit_settings_options_and_order(two_producers):
    ops.add_catalog(two_producers, Catalog(name="Pameran", event_name="Expo UMKM"))
    change = ops.edit_catalog(
        two_producers,
        "Pameran",
        {"language": "id+en", "event_date": date(2026, 12, 5)},
        options={"show_prices": False, "qr_target": "page"},
    )
    assert change.fields == ("language", "event_date", "options")
    catalog = ops.get_catalog(two_producers, "Pameran")
    reordered = list(reversed(catalog.sections))
    ops.edit_catalog(two_producers, "Pameran", {}, sections=reordered)
    catalog = ops.get_catalog(two_producers, "Pameran")
    assert catalog.sections[0].title_id == "Koperasi Sumba Timur"
    opts = options_for(catalog, paper="A5")
    assert (opts.lang, opts.paper, opts.show_prices, opts.qr_target) == (
        "id+en",
        "A5",
        False,
        "page",
    )
    with pytest.raises(UserError):
        ops.edit_catalog(two_producers, "Pameran", {}, options={"qr_target": "email"})
    with pytest.raises(UserError):
        ops.edit_catalog(two_producers, "Pameran", {"language": "fr"})
    assert ops.get_catalog(two_producers, "Pameran").language == "id+en"


def test_removing_a_product_removes_it_from_catalogs(two_producers):
    ops.add_catalog(two_producers, Catalog(name="Pameran"))
    ops.remove_product(two_producers, "TNN-002")
    assert _skus(two_producers, ops.get_catalog(two_producers, "Pameran"))[-1] == []


def test_undo_of_a_product_removal_puts_it_back_in_its_catalog_places(two_producers):
    from tenun_catalog.operations import gui_support

    lib = two_producers
    ids = [p.id for p in ops.list_products(lib)]
    middle = ops.get_product_by_id(lib, ids[1]).sku
    ops.add_catalog(lib, Catalog(name="Pameran", sections=[CatalogSection("Semua", "", ids)]))
    ops.add_catalog(lib, Catalog(name="Pasar"))
    before = _skus(lib, ops.get_catalog(lib, "Pameran"))
    assert len(before[0]) >= 3 and before[0][1] == middle
    removed = gui_support.remove_product_fully(lib, middle)
    assert len(removed.placements) == 2  # one section in each catalog
    assert middle not in _skus(lib, ops.get_catalog(lib, "Pameran"))[0]
    ops.remove_catalog(lib, "Pasar")  # a catalog removed meanwhile is simply skipped
    gui_support.restore_removed_product(lib, removed)
    assert _skus(lib, ops.get_catalog(lib, "Pameran")) == before  # same place, same order


def test_copy_theme_starts_a_user_theme(lib):
    folder = ops.copy_theme(lib, "pameran", "tema-koperasi")
    assert (folder / "theme.toml").is_file() and folder.parent == lib.themes_dir
    with pytest.raises(UserError):
        ops.copy_theme(lib, "pameran", "tema-koperasi")
    with pytest.raises(UserError):
        ops.copy_theme(lib, "tidak-ada", "x")
    with pytest.raises(UserError):
        ops.copy_theme(lib, "pameran", "../keluar")


def test_catalog_commands(tmp_path, two_producers):
    root = str(two_producers.root)
    two_producers.close()

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "tenun_catalog", "--library", root, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    r = run(
        "catalog",
        "create",
        "--name",
        "Expo",
        "--title-id",
        "Tenun Kupang",
        "--event-date",
        "05/12/2026",
        "--language",
        "Dwibahasa",
        "--kind",
        "tenun",
    )
    assert r.returncode == 0, r.stderr
    shown = json.loads(run("catalog", "show", "Expo", "--json").stdout)
    assert shown["language"] == "id+en" and shown["event_date"] == "2026-12-05"
    assert len(shown["sections"]) == 2
    r = run("catalog", "edit", "Expo", "--paper", "A5", "--prices", "hide")
    assert r.returncode == 0 and "paper" in r.stdout and "options" in r.stdout
    assert json.loads(run("catalog", "list", "--json").stdout)[0]["paper"] == "A5"
    assert run("catalog", "create", "--name", "Expo").returncode == 1
    assert run("catalog", "remove", "Expo").returncode == 0
    assert run("theme", "copy", "pameran", "punyaku").returncode == 0
    themes = {t["name"] for t in json.loads(run("theme", "list", "--json").stdout)}
    assert {"pameran", "punyaku"} <= themes
