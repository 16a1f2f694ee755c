"""Issue 11 item 6: a bilingual catalog is bilingual, an Indonesian one is Indonesian, a permit
number is printed once, and a catalog can follow its filter (new products join it).

Everything goes through the real command line, the real store and the real PDF renderer.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain import Catalog, Product, numbers
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export.audience import Selection, selected_product_ids
from tenun_catalog.export.pdf import render_pdf


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    out = re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", out)
    return re.sub(r"\s+", " ", out).upper()  # themes set some labels in capitals


def _cover(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out).upper()


@pytest.fixture
def sei_bpom(filled):
    """The filled library plus a frozen pork Sei with a BPOM MD number written as printed."""
    lib = filled
    producer = ops.list_producers(lib)[0]
    sei = Product(
        sku="SEI-002", kind="sei", producer_id=producer.id, name_id="Sei Babi Beku", price=150000
    )
    sei.sei.meat = "babi"
    sei.sei.halal_status = "tidak_halal"
    sei.sei.storage = "beku"
    sei.sei.shelf_life_days = 180
    sei.sei.permit_kind = "bpom_md"
    sei.sei.permit_number = "MD 226553001047"
    ops.add_product(lib, sei)
    return lib


def test_bilingual_catalog_names_every_field_in_both_languages(sei_bpom, tmp_path) -> None:
    out = tmp_path / "dua-bahasa.pdf"
    render_pdf(sei_bpom, out, lang="id+en")
    text = _text(out)
    for both in ("Harga / Price", "Asal / Origin", "Teknik / Technique", "Penyimpanan / Storage",
                 "Daftar isi / Contents", "Cara memesan / How to order",
                 "MENGANDUNG BABI / CONTAINS PORK", "Kabupaten/kota / Regency/city"):  # fmt: skip
        assert both.upper() in text, both
    assert "WOVEN CLOTH AND SEI OF KUPANG" in _cover(out)  # the English subtitle is wanted here


def test_indonesian_catalog_has_no_english_subtitle_or_labels(sei_bpom, tmp_path) -> None:
    out = tmp_path / "indonesia.pdf"
    render_pdf(sei_bpom, out, lang="id")
    cover, text = _cover(out), _text(out)
    assert "TENUN DAN SEI KUPANG" in cover
    assert "WOVEN CLOTH" not in cover and "WOVEN CLOTH" not in text
    assert "HARGA" in text and "PRICE" not in text and "ORIGIN" not in text


def test_english_catalog_labels_are_english(sei_bpom, tmp_path) -> None:
    out = tmp_path / "english.pdf"
    render_pdf(sei_bpom, out, lang="en")
    text = _text(out)
    assert "PRICE" in text and "ORIGIN" in text and "CONTAINS PORK" in text
    assert "HARGA /" not in text and "ASAL" not in text


def test_bpom_md_number_is_printed_once(sei_bpom, tmp_path, capsys) -> None:
    out = tmp_path / "katalog.pdf"
    render_pdf(sei_bpom, out, lang="id")
    text = _text(out)
    assert "BPOM MD 226553001047" in text and "MD MD" not in text
    # the permit list of the command line and the app share the one formatter
    assert numbers.permit_title("BPOM MD", "MD 226553001047") == "BPOM MD 226553001047"
    assert numbers.permit_title("BPOM MD", "MD226553001047") == "BPOM MD 226553001047"
    assert numbers.permit_title("NIB", "0220004517832") == "NIB 0220004517832"
    assert numbers.permit_title("BPOM MD", "MD") == "BPOM MD MD"  # nothing else to print
    producer = ops.list_producers(sei_bpom)[0]
    root = sei_bpom.root
    sei_bpom.close()
    code = main(["--library", str(root), "permit", "add", "--kind", "bpom_md",
                 "--number", "MD 226553001047", "--producer", str(producer.id)])  # fmt: skip
    said = capsys.readouterr().out
    assert code == 0 and "BPOM MD 226553001047" in said and "MD MD" not in said


def _ids(lib, name: str) -> list[int]:
    return selected_product_ids(lib, Selection(ops.get_catalog(lib, name)))


def _add_tenun(root: Path, sku: str) -> None:
    code = main(["--library", str(root), "product", "add", "--kind", "tenun", "--sku", sku,
                 "--name-id", "Selendang Baru", "--story-id", "Baru ditenun.",
                 "--price", "300000"])  # fmt: skip
    assert code == 0


def test_a_synced_catalog_takes_new_products_a_frozen_one_does_not(filled, tmp_path, capsys):
    root = filled.root
    filled.close()
    lib_args = ["--library", str(root)]
    assert main([*lib_args, "catalog", "create", "--name", "pintar", "--kind", "tenun",
                 "--sync"]) == 0  # fmt: skip
    assert "mengikuti saringannya" in capsys.readouterr().out
    assert main([*lib_args, "catalog", "create", "--name", "beku", "--kind", "tenun"]) == 0
    assert main([*lib_args, "catalog", "create", "--name", "semua", "--sync"]) == 0
    _add_tenun(root, "TNN-009")
    with ops.opened(root) as lib:
        new = ops.get_product(lib, "TNN-009").id
        assert new in _ids(lib, "pintar") and new in _ids(lib, "semua")
        assert new not in _ids(lib, "beku")
        sei = ops.get_product(lib, "SEI-001").id
        assert sei not in _ids(lib, "pintar") and sei in _ids(lib, "semua")
    out = tmp_path / "pintar.pdf"
    assert main([*lib_args, "render", "pdf", "--catalog", "pintar", "--out", str(out)]) == 0
    assert "SKU TNN-009" in _text(out)

    # a new filter for the synced catalog, then frozen: later products stay out
    assert main([*lib_args, "catalog", "edit", "pintar", "--kind", "sei"]) == 0
    with ops.opened(root) as lib:
        assert _ids(lib, "pintar") == [ops.get_product(lib, "SEI-001").id]
    assert main([*lib_args, "catalog", "edit", "pintar", "--kind", "tenun", "--no-sync"]) == 0
    _add_tenun(root, "TNN-010")
    with ops.opened(root) as lib:
        ids = _ids(lib, "pintar")
        assert ops.get_product(lib, "TNN-009").id in ids
        assert ops.get_product(lib, "TNN-010").id not in ids
        assert ops.get_product(lib, "TNN-010").id in _ids(lib, "semua")


def test_sync_refuses_hand_picked_skus_and_bad_stored_values(filled, capsys) -> None:
    root = filled.root
    ops.add_catalog(filled, Catalog(name="ada"))
    filled.close()
    before = (
        sqlite3.connect(root / "catalog.sqlite3")
        .execute("SELECT count(*) FROM catalogs")
        .fetchone()
    )
    code = main(["--library", str(root), "--lang", "en", "catalog", "create", "--name", "x",
                 "--sku", "TNN-001", "--sync"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "A synced catalog chooses its products by a filter" in err
    assert "Traceback" not in err
    after = (
        sqlite3.connect(root / "catalog.sqlite3")
        .execute("SELECT count(*) FROM catalogs")
        .fetchone()
    )
    assert before == after
    with ops.opened(root) as lib:
        for bad in ({"kind": 3}, {"warna": "merah"}, "ya", {"kind": "x" * 500}):
            with pytest.raises(UserError, match="Opsi sinkron"):
                ops.edit_catalog(lib, "ada", {}, {"sync": bad})
        assert "sync" not in ops.get_catalog(lib, "ada").options


def test_a_synced_catalog_with_nothing_matching_yet_is_empty_not_an_error(filled) -> None:
    ops.add_catalog(filled, Catalog(name="lain", options={"sync": {"kind": "other"}}))
    assert _ids(filled, "lain") == []
    other = Product(sku="LN-001", kind="other", name_id="Tas Tenun", price=90000)
    ops.add_product(filled, other)
    assert _ids(filled, "lain") == [ops.get_product(filled, "LN-001").id]


KICKER = re.compile(r"^\s*(TENUN|SEI|KAIN TENUN|WOVEN TEXTILE|SMOKED MEAT)\b.* · ", re.M)


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_a_bilingual_catalog_keeps_every_product_on_its_page(tmp_path_factory, paper) -> None:
    """In id+en every fact is named twice: the price block once ran onto a page of its own for
    nine demo products, and the opening page's last line onto page 3."""
    from pdf_helpers import demo_root, page_texts

    out = tmp_path_factory.mktemp("id-en") / f"katalog-{paper}.pdf"
    with ops.opened(demo_root(tmp_path_factory)) as lib:
        render_pdf(lib, out, lang="id+en", paper=paper, image_mode="screen")
        skus = [p.sku for p in ops.list_products(lib)]
    pages = page_texts(out)
    spilled = [
        number
        for number, text in enumerate(pages, start=1)
        if "HARGA / PRICE" in text and not KICKER.search(text)
    ]
    assert not spilled, f"a price block without its product on pages {spilled}"
    for sku in skus:
        [page] = [text for text in pages if f"SKU {sku}" in text]
        assert KICKER.search(page), sku
    opening = re.sub(r"\s+", " ", pages[1])
    assert "request of their owners." in opening
    assert "Daftar isi / Contents" in pages[2]
