"""Sei food labels and Tenun hang tags: what they print, what they refuse, how they sit on paper.

A real demo library in a temporary folder (small synthetic photos); the PDFs are written by the
real renderer and read back with pypdf and poppler's pdffonts. Nothing of ours is mocked.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tenun_catalog import operations as ops
from tenun_catalog.demo import build_demo
from tenun_catalog.domain import Catalog, Producer, Product
from tenun_catalog.domain.entities import SeiDetail, WeaverCredit
from tenun_catalog.domain.errors import UserError
from tenun_catalog.domain.rules import LabelBatch
from tenun_catalog.export.audience import Selection, build_view
from tenun_catalog.export.context import qr_svg, whatsapp_link
from tenun_catalog.export.hang_tags import TagBuilder, shorten, tag_products
from tenun_catalog.export.labels import (
    LABEL_GRID,
    TAG_GRID,
    render_hang_tags,
    render_sei_labels,
)
from tenun_catalog.render.marks import crop_marks, halal_placeholder, pig

TODAY = date(2026, 11, 29)
BATCH = LabelBatch(date(2026, 11, 28), "B2611-07", date(2026, 12, 12))
PORK, PORK_FROZEN, BEEF = "SEI-BBI-001", "SEI-BBI-002", "SEI-SPI-001"
HALAL_NUMBER = "ID53110001873260725"
MM = 72 / 25.4  # PDF points per millimetre


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    lib = ops.open_or_create(tmp_path_factory.mktemp("labels") / "library")
    build_demo(lib, photo_size=(400, 300))
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("out")


@pytest.fixture(scope="module")
def pork_label(demo, out_dir):
    return render_sei_labels(demo, out_dir / "babi.pdf", skus=[PORK], batch=BATCH, today=TODAY)


@pytest.fixture(scope="module")
def beef_label(demo, out_dir):
    return render_sei_labels(demo, out_dir / "sapi.pdf", skus=[BEEF], batch=BATCH, today=TODAY)


@pytest.fixture(scope="module")
def tags(demo, out_dir):
    return render_hang_tags(demo, out_dir / "tags.pdf")


def pages_text(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def text(pdf: Path) -> str:
    return " ".join(pages_text(pdf))


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of every font in the PDF, by poppler's pdffonts."""
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    rows = out.stdout.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows]


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


# ---- Sei labels -------------------------------------------------------------------------------


def test_pork_label_carries_the_pork_marking_and_no_halal_number(pork_label) -> None:
    words = text(pork_label.path)
    assert "MENGANDUNG BABI" in words
    assert "LOGO HALAL" not in words and not re.search(r"\bID\d{6,}", words)
    assert "Sei Babi Asap Kosambi 250 g" in words
    assert "Komposisi: Daging babi (92%), Garam, Gula pasir, Bawang putih, Merica bubuk." in words
    assert "Berat bersih 250 g" in words
    assert "UD Sei Lopo Baun" in words and "Kabupaten Kupang" in words
    assert "Simpan di suhu ruang" in words
    assert "Kode produksi: B2611-07" in words
    assert "P-IRT No. 2015301020147-30" in words
    # the pig is drawn in pure red inside a pure red box (#D0021B)
    content = PdfReader(pork_label.path).pages[0].get_contents().get_data().decode("latin-1")
    assert "0.815686 0.007843 0.105882 rg" in content


def test_beef_label_shows_the_halal_placeholder_and_number(beef_label) -> None:
    words = text(beef_label.path)
    assert HALAL_NUMBER in words and "LOGO HALAL" in words
    assert "MENGANDUNG BABI" not in words
    assert "Komposisi: Daging sapi (93%), Garam, Gula aren" in words


def test_label_pages_measure_100_by_70_mm(demo, tmp_path) -> None:
    out = tmp_path / "tiga.pdf"
    result = render_sei_labels(demo, out, skus=[PORK], batch=BATCH, copies=3, today=TODAY)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) == 3 and result.products == 1
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(283.46, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(198.43, abs=0.1)
    assert [t.count("Sei Babi Asap Kosambi 250 g") for t in pages_text(out)] == [1, 1, 1]


def test_a4_sheet_holds_eight_labels_per_page(demo, tmp_path) -> None:
    out = tmp_path / "lembar.pdf"
    result = render_sei_labels(
        demo, out, skus=[BEEF], batch=BATCH, size="A4-sheet", copies=10, today=TODAY
    )
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) == 2
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.2)
    assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.2)
    assert [t.count("Sei Sapi Asap Kosambi 250 g") for t in pages_text(out)] == [8, 2]
    assert result.warnings == []


def test_label_sheet_grid_fits_a4_with_room_for_crop_marks() -> None:
    assert LABEL_GRID.per_page == 8 and LABEL_GRID.fits()
    assert LABEL_GRID.left >= 4 and LABEL_GRID.top >= 8
    marks = crop_marks(LABEL_GRID)
    # margin marks at both ends of 3 vertical and 5 horizontal cut lines, 3 inner crosses
    assert marks.startswith("<svg") and marks.count("M") == 2 * 3 + 2 * 5 + 2 * 3
    for i in range(8):
        x, y = LABEL_GRID.cell(i)
        assert 0 <= x and x + 100 <= 210 and 0 <= y and y + 70 <= 297


def test_short_shelf_life_prints_day_month_year(pork_label, demo, tmp_path) -> None:
    assert "Baik digunakan sebelum: 12 Desember 2026" in text(pork_label.path)
    assert "Diproduksi: 28 November 2026" in text(pork_label.path)
    frozen = LabelBatch(date(2026, 11, 28), "B2611-08", date(2027, 5, 27))  # 180 days
    out = tmp_path / "beku.pdf"
    render_sei_labels(demo, out, skus=[PORK_FROZEN], batch=frozen, lang="id+en", today=TODAY)
    words = text(out)
    assert "Baik digunakan sebelum: Mei 2027" in words and "27 Mei 2027" not in words
    assert "BPOM RI MD 226553001047" in words
    assert "MENGANDUNG BABI" in words and "CONTAINS PORK" in words
    assert "Frozen Pork Sei 500 g" in words
    assert "Simpan beku pada suhu -18 °C atau lebih dingin." in words


def test_missing_batch_items_are_refused_by_name_and_nothing_is_written(demo, tmp_path) -> None:
    out = tmp_path / "tidak.pdf"
    incomplete = LabelBatch(date(2026, 11, 28), "", None)
    with pytest.raises(UserError) as caught:
        render_sei_labels(demo, out, skus=[PORK, BEEF], batch=incomplete, today=TODAY)
    message = caught.value.message("id")
    for sku in (PORK, BEEF):
        assert f"{sku}: Label belum lengkap: kode produksi (batch) belum ada." in message
        assert f"{sku}: Label belum lengkap: tanggal kedaluwarsa" in message
    assert "batch code is missing" in caught.value.message("en")
    assert not out.exists() and leftovers(tmp_path) == []


def test_best_before_before_production_is_refused(demo, tmp_path) -> None:
    out = tmp_path / "terbalik.pdf"
    backwards = LabelBatch(date(2026, 11, 28), "B1", date(2026, 11, 20))
    with pytest.raises(UserError, match="harus sesudah tanggal produksi"):
        render_sei_labels(demo, out, skus=[BEEF], batch=backwards, today=TODAY)
    assert not out.exists()


def _sei_library(lib, **sei: object) -> str:
    producer = ops.add_producer(
        lib,
        Producer(name="Dapur Sei Oesapa", address="Jl. Timor Raya 12", kabupaten="kota_kupang"),
    ).after
    detail = SeiDetail(
        meat="babi", ingredients=["Daging babi", "Garam"], net_weight_g=1500,
        storage="suhu_ruang", shelf_life_days=14, permit_kind="pirt",
        permit_number="2015371010089-29", halal_status="tidak_halal",
    )  # fmt: skip
    for key, value in sei.items():
        setattr(detail, key, value)
    product = Product(
        sku="SEI-T-1", kind="sei", producer_id=producer.id, name_id="Sei Oesapa",
        brand="Oesapa", price=90_000, sei=detail,
    )  # fmt: skip
    ops.add_product(lib, product)
    return product.sku


def test_pork_with_a_halal_number_is_refused(lib, tmp_path) -> None:
    sku = _sei_library(lib)
    with pytest.raises(UserError):  # refused on save since issue 11...
        ops.edit_product(lib, sku, {"sei.halal_number": "ID53110001873260725"})
    from tenun_catalog.store import products, transaction

    older = ops.get_product(lib, sku)  # ...but a library from an older version may hold it
    older.sei.halal_number = "ID53110001873260725"
    with transaction(lib.conn):
        products.update(lib.conn, older)
    with pytest.raises(UserError) as caught:
        render_sei_labels(lib, tmp_path / "x.pdf", skus=[sku], batch=BATCH, today=TODAY)
    assert "tidak boleh mencantumkan nomor halal" in caught.value.message("id")
    assert not (tmp_path / "x.pdf").exists()


def test_shared_facility_statement_allergens_and_kilograms(lib, tmp_path) -> None:
    statement = "Diproduksi di fasilitas yang juga mengolah produk mengandung babi."
    sku = _sei_library(
        lib, meat="sapi", halal_status="belum", shared_facility_pork=True,
        shared_facility_statement=statement, allergens="kedelai",
    )  # fmt: skip
    out = tmp_path / "bersama.pdf"
    batch = LabelBatch(date(2026, 9, 1), "A1", date(2026, 9, 15))
    render_sei_labels(lib, out, skus=[sku], batch=batch, today=date(2026, 9, 2))
    words = text(out)
    assert statement in words and "Alergen: kedelai" in words
    assert "Berat bersih 1,5 kg" in words
    assert "MENGANDUNG BABI" not in words and "LOGO HALAL" not in words


def test_too_much_text_for_the_label_is_refused(lib, tmp_path) -> None:
    many = [f"Bumbu rempah pilihan nomor {i}" for i in range(40)]
    sku = _sei_library(lib, ingredients=["Daging babi", *many])
    out = tmp_path / "penuh.pdf"
    with pytest.raises(UserError, match="terlalu panjang untuk 100 x 70 mm: SEI-T-1"):
        render_sei_labels(lib, out, skus=[sku], batch=BATCH, today=TODAY)
    assert not out.exists() and leftovers(tmp_path) == []


def test_non_sei_unknown_sku_and_bad_options_are_refused(demo, tmp_path) -> None:
    out = tmp_path / "salah.pdf"
    with pytest.raises(UserError) as caught:
        render_sei_labels(demo, out, skus=["TN-KPG-001", "TIDAK-ADA"], batch=BATCH, today=TODAY)
    message = caught.value.message("id")
    assert "TN-KPG-001: Label pangan hanya untuk produk Sei" in message
    assert "TIDAK-ADA" in message
    with pytest.raises(UserError, match="Ukuran label"):
        render_sei_labels(demo, out, skus=[PORK], batch=BATCH, size="A5")
    with pytest.raises(UserError, match="wajib berbahasa Indonesia"):
        render_sei_labels(demo, out, skus=[PORK], batch=BATCH, lang="en")
    with pytest.raises(UserError, match="salinan"):
        render_sei_labels(demo, out, skus=[PORK], batch=BATCH, copies=0)
    assert not out.exists()


def test_labels_have_no_renderer_warnings_and_embed_only_bundled_fonts(pork_label, beef_label):
    for result in (pork_label, beef_label):
        assert result.warnings == []
        found = fonts(result.path)
        assert found and all(emb == "yes" for _, emb in found), found
        assert all("TC-Inter" in name or "TC-Garamond" in name for name, _ in found), found


# ---- hang tags --------------------------------------------------------------------------------


def test_hang_tags_fill_a4_pages_eight_at_a_time(tags, demo) -> None:
    tenun = [s for s in ops.list_products(demo) if s.kind == "tenun"]
    assert tags.products == len(tenun) == 15
    reader = PdfReader(tags.path)
    assert tags.pages == len(reader.pages) == 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(210 * MM, abs=0.2)
    per_page = [t.count("Pindai untuk memesan") for t in pages_text(tags.path)]
    assert per_page == [8, 7] and TAG_GRID.per_page == 8 and TAG_GRID.fits()


def test_hang_tags_withhold_restricted_motifs_and_unconsented_weavers(tags, demo) -> None:
    words = text(tags.path)
    assert "Patola" not in words  # TN-STM-002: restricted motif without permission
    assert tags.withheld == ["Patola Ratu"]
    assert "Selimut Sumba Timur" in words  # its product name named the motif: replaced
    assert "Njara" in words  # the next public motif of the same cloth is shown instead
    assert "Wo Boi" in words  # restricted, with a permission record
    assert "Naomi Ora" not in words  # TN-KAB-001: weaver without consent
    assert "Yuliana Konga" in words and "Woven by" in words
    assert "Kuda · Horse" in words or "Kuda Horse" in words


def test_hang_tag_qr_codes_open_whatsapp_or_the_product_page(demo, tags) -> None:
    content = PdfReader(tags.path).pages[0].get_contents().get_data()
    assert content.count(b" re") + content.count(b" l") > 500  # QR modules drawn as vectors
    product = ops.get_product(demo, "TN-STM-001")
    producer = ops.get_producer(demo, product.producer_id)
    view = build_view(demo, Selection(skus=("TN-STM-001", "TN-STM-002")))
    tag = TagBuilder("id+en", "whatsapp", "").tag(view.product("TN-STM-001"))
    link = whatsapp_link(
        producer.whatsapp, "Halo, saya ingin memesan Hinggi Kombu Njara (SKU TN-STM-001)."
    )
    assert link.startswith("https://wa.me/62") and tag.qr_svg == qr_svg(link)
    assert tag.qr_caption.main == "Pindai untuk memesan"
    paged = TagBuilder("id", "page", "https://katalog.example.id/").tag(view.product(product.sku))
    assert paged.qr_svg == qr_svg("https://katalog.example.id/produk/tn-stm-001.html")
    assert paged.qr_caption.main == "Pindai untuk cerita lengkap"
    hidden = TagBuilder("id", "whatsapp", "").tag(view.product("TN-STM-002"))
    assert "Patola" not in hidden.title + hidden.product.main  # nor in the order message
    assert hidden.qr_svg == qr_svg(
        whatsapp_link(producer.whatsapp, "Halo, saya ingin memesan Selimut Sumba Timur "
                      "(SKU TN-STM-002).")
    )  # fmt: skip


def test_hang_tags_for_chosen_skus_in_one_language(demo, tmp_path) -> None:
    out = tmp_path / "pilih.pdf"
    result = render_hang_tags(demo, out, skus=["TN-SKA-001", "TN-KPG-001"], lang="en")
    words = text(out)
    assert result.pages == 1 and result.products == 2
    assert words.count("Scan to order") == 2 and "Pindai" not in words
    assert "Morning Star" in words and "Rp" not in words and "IDR" in words
    with pytest.raises(UserError, match="hanya untuk tenun"):
        render_hang_tags(demo, out, skus=[PORK])
    with pytest.raises(UserError, match="Tujuan QR"):
        render_hang_tags(demo, out, skus=["TN-SKA-001"], qr_target="email")


def test_hang_tags_have_no_warnings_and_embed_fonts(tags) -> None:
    assert tags.warnings == []
    found = fonts(tags.path)
    assert found and all(emb == "yes" for _, emb in found), found
    assert all("TC-Inter" in name or "TC-Garamond" in name for name, _ in found), found


def test_story_is_shortened_at_a_sentence_or_a_word() -> None:
    story = "Kain ini ditenun selama delapan bulan. " * 3 + "Benangnya dipintal sendiri di rumah."
    short = shorten(story, 100)
    assert short == "Kain ini ditenun selama delapan bulan. Kain ini ditenun selama delapan bulan."
    words = shorten("kata " * 60, 50)
    assert words.endswith("…") and len(words) <= 51 and "  " not in words
    assert shorten("Pendek.", 200) == "Pendek."


def test_tag_products_default_to_every_woven_cloth(demo) -> None:
    products = tag_products(build_view(demo))
    assert products and all(p.product.kind == "tenun" for p in products)


def test_marks_are_plain_svg() -> None:
    assert pig(9).startswith("<svg") and "#D0021B" in pig(9)
    placeholder = halal_placeholder(15)
    assert placeholder.startswith("<svg") and "<text" not in placeholder
    with pytest.raises(ValueError):
        pig(0)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler not installed")
def test_label_renders_to_an_image(pork_label, tmp_path) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pork_label.path), str(tmp_path / "p")], check=True
    )
    assert list(tmp_path.glob("p*.png"))


def _long_tenun(lib, weavers: int, story_repeats: int) -> str:
    producer = ops.add_producer(
        lib, Producer(name="Kelompok Tenun Uji", kabupaten="sikka", whatsapp="0812-0000-0999")
    ).after
    product = Product(
        sku="TN-UJI-1", kind="tenun", producer_id=producer.id,
        name_id="Sarung Tenun Ikat Panjang Sekali", name_en="A Very Long Ikat Sarong",
        price=1_250_000,
        story_id="Kalimat cerita tentang kain ini dan penenunnya. " * story_repeats,
        story_en="A sentence of the story about this cloth and its weavers. " * story_repeats,
    )  # fmt: skip
    t = product.tenun
    t.origin_kabupaten, t.suku, t.dye_class = "sikka", "Sikka Krowe", "alam"
    t.techniques = ["ikat_lungsi", "buna", "sotis", "songket", "pahikung"]
    t.dyes = ["tarum", "mengkudu", "kunyit", "daun_arbila", "mahoni", "kulit_nangka", "secang"]
    t.weavers = [WeaverCredit(f"Penenun Nomor {i}", consent=True) for i in range(weavers)]
    ops.add_product(lib, product)
    return product.sku


def test_a_tag_too_full_keeps_one_language_of_a_shorter_story(lib, tmp_path) -> None:
    sku = _long_tenun(lib, weavers=2, story_repeats=8)
    out = tmp_path / "panjang.pdf"
    result = render_hang_tags(lib, out, skus=[sku])
    words = text(out)
    assert result.pages == 1 and "Kalimat cerita tentang kain ini" in words
    assert "A sentence of the story" not in words  # the English story gave way
    assert "Penenun Nomor 1" in words and "Rp1.250.000" in words


def test_a_tag_that_cannot_fit_is_refused(lib, tmp_path) -> None:
    sku = _long_tenun(lib, weavers=60, story_repeats=1)
    out = tmp_path / "penuh.pdf"
    with pytest.raises(UserError, match="terlalu panjang untuk 95 x 68 mm: TN-UJI-1"):
        render_hang_tags(lib, out, skus=[sku])
    assert not out.exists() and leftovers(tmp_path) == []


def test_hang_tags_of_a_catalog_leave_out_its_sei(demo, tmp_path) -> None:
    ops.add_catalog(
        demo,
        Catalog(name="Label gantung uji"),
        ops.Selection(skus=("SEI-SPI-001", "TN-SKA-002", "TN-RTN-001"), by_producer=False),
    )
    out = tmp_path / "katalog.pdf"
    result = render_hang_tags(demo, out, catalog="Label gantung uji", lang="id")
    assert result.products == 2 and "Sei" not in text(out)
