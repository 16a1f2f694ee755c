"""The PDF exhibition catalog of the demo library, read back with pypdf and poppler.

One real render (A4, Indonesian, default theme) of the curated demo, shared by these tests:
page count, contents page numbers against where products land, text, fonts, bookmarks,
metadata, the pork marking, the product without photos, the cultural protocol, no warnings.
"""

from __future__ import annotations

import re

import pypdf
import pytest
from pdf_helpers import (
    DIACRITIC_NAME,
    all_text,
    demo_a4,
    demo_root,
    flat,
    page_of,
    page_texts,
    pdffonts,
)

from tenun_catalog import operations as ops
from tenun_catalog.export.audience import build_view


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return demo_a4(tmp_path_factory)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """(products, producers by id, public Indonesian name by SKU: a product named after a
    withheld motif is printed under a generic name, see export.protocol)."""
    with ops.opened(demo_root(tmp_path_factory)) as lib:
        products = [ops.get_product(lib, s.sku) for s in ops.list_products(lib)]
        producers = {p.id: p for p in ops.list_producers(lib)}
        names = {item.sku: item.product.name_id for item in build_view(lib).products}
    return products, producers, names


@pytest.fixture(scope="module")
def pages(rendered):
    return page_texts(rendered.path)


def test_page_count_is_cover_opening_contents_openers_products_back(rendered, demo, pages):
    products, producers, _ = demo
    used = {p.producer_id for p in products}
    expected = 1 + 1 + 1 + len(used) + len(products) + 1
    assert rendered.result.products == len(products) == 19
    assert rendered.result.pages == expected == len(pypdf.PdfReader(rendered.path).pages)
    assert len(pages) == expected


def test_every_product_page_holds_one_product(demo, pages):
    products, _, names = demo
    for product in products:
        number = page_of(pages, f"SKU {product.sku}")
        assert names[product.sku] in flat(pages[number - 1])


def test_contents_page_numbers_are_where_products_land(demo, pages):
    products, producers, names = demo
    contents = flat(pages[2])
    assert contents.startswith("Daftar isi")
    entries = dict(
        (flat(name).strip(), int(number))
        for name, number in re.findall(r"^\s*(\S.*?)\s*(?:\.\s?){3,}\s*(\d+)\s*$", pages[2], re.M)
    )
    checked = 0
    for product in products:
        number = next(n for name, n in entries.items() if name.startswith(names[product.sku]))
        assert number == page_of(pages, f"SKU {product.sku}"), product.sku
        checked += 1
    for producer_id in {p.producer_id for p in products}:
        name = producers[producer_id].name
        opener = [i + 1 for i, text in enumerate(pages) if "Karya dalam bagian ini".upper() in text]
        assert entries[name] in opener
        assert name in flat(pages[entries[name] - 1])
    assert checked == 19


def test_text_keeps_indonesian_names_and_diacritics(rendered, demo):
    text = flat(all_text(rendered.path))
    assert DIACRITIC_NAME in text
    assert "Kelompok Tenun Ti'ilangga Lobalain" in text or "Ti’ilangga" in text
    assert "Rp1.850.000" in text  # Indonesian money, no space, dot for thousands
    assert "Pindai untuk memesan" in text
    for product in demo[0]:
        assert demo[2][product.sku] in text


def test_only_bundled_fonts_embedded_and_no_type3(rendered):
    fonts = pdffonts(rendered.path)
    assert fonts
    for font in fonts:
        assert font["emb"] == "yes", font
        assert "Type 3" not in font["type"], font
        assert re.search(r"EB-?Garamond|Inter", font["name"]), font
    names = " ".join(f["name"] for f in fonts)
    assert "Garamond" in names and "Inter" in names


def test_bookmarks_per_section_and_product(rendered, demo):
    products, producers, names = demo
    outline = pypdf.PdfReader(rendered.path).outline
    tops = [item.title for item in outline if not isinstance(item, list)]
    children = [c.title for item in outline if isinstance(item, list) for c in item]
    for producer_id in {p.producer_id for p in products}:
        assert producers[producer_id].name in tops
    for product in products:
        assert names[product.sku] in children


def test_metadata_title_author_language(rendered):
    reader = pypdf.PdfReader(rendered.path)
    assert reader.metadata.title == "Tenun dan Sei Kupang"
    assert reader.metadata.author == "UMKM Kota Kupang"
    assert reader.trailer["/Root"]["/Lang"] == "id"


def test_sei_pork_page_carries_the_pork_marking(pages):
    for sku in ("SEI-BBI-001", "SEI-BBI-002"):
        assert "MENGANDUNG BABI" in pages[page_of(pages, f"SKU {sku}") - 1]
    beef = pages[page_of(pages, "SKU SEI-SPI-001") - 1]
    assert "MENGANDUNG BABI" not in beef
    assert "Halal" in beef


def test_product_without_photos_gets_the_ornament_panel(pages):
    page = pages[page_of(pages, "SKU TN-KPG-003") - 1]
    assert "Foto menyusul" in page


def test_withheld_motif_is_listed_and_never_printed(rendered, tmp_path_factory):
    assert rendered.result.withheld == ["Patola Ratu"]
    with ops.opened(demo_root(tmp_path_factory)) as lib:
        restricted = ops.get_motif(lib, "Patola Ratu")
        permitted = ops.get_motif(lib, "Wo Boi")
    assert restricted.restriction != "bebas" and not restricted.is_public
    assert permitted.restriction != "bebas" and permitted.is_public
    text = flat(all_text(rendered.path))
    assert flat(restricted.meaning_id)[:60] not in text
    assert "patola ratu" not in text.lower()  # not even inside the product's own name
    assert flat(permitted.meaning_id)[:60] in text
    assert "Wo Boi" in text


def test_renderer_reports_no_warnings(rendered):
    assert rendered.result.warnings == []
