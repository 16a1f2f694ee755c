"""Variants of the printed outputs: A5 compact with bleed and crop marks, an English PDF/A-3b
catalog of a stored exhibition, the price list, and photos sized for 300 dpi and embedded as
the derivative JPEG byte for byte (never the original, never re-encoded)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date

import pypdf
import pytest
from pdf_helpers import all_text, demo_a4, demo_root, flat, page_texts, pdfimages

from tenun_catalog import images
from tenun_catalog import operations as ops
from tenun_catalog.domain import Catalog, Producer, Product
from tenun_catalog.domain.entities import Photo
from tenun_catalog.export.pdf import render_pdf, render_price_list
from tenun_catalog.export.print_images import PrintPlacer, cover_crop, cover_long_edge, slot_boxes
from tenun_catalog.images import THUMB_PX, synthetic

MM = 72 / 25.4


def test_a5_compact_with_bleed_and_crop_marks(tmp_path_factory):
    out = tmp_path_factory.mktemp("a5") / "katalog-a5.pdf"
    with ops.opened(demo_root(tmp_path_factory)) as lib:
        result = render_pdf(lib, out, paper="A5", bleed="3mm", crop_marks=True)
    assert result.warnings == []
    a4 = demo_a4(tmp_path_factory).result
    assert result.pages == a4.pages  # the compact layout still keeps one product per page
    for page in pypdf.PdfReader(out).pages:
        media = [float(v) for v in page.mediabox]
        trim = [float(v) for v in page.trimbox]
        assert trim[2] - trim[0] == pytest.approx(148 * MM, abs=0.5)
        assert trim[3] - trim[1] == pytest.approx(210 * MM, abs=0.5)
        assert media[2] - media[0] > trim[2] - trim[0] + 5 * MM  # 3 mm of bleed each side
        assert media[3] - media[1] > trim[3] - trim[1] + 5 * MM


def test_english_pdfa_catalog_of_a_stored_exhibition(tmp_path_factory):
    out = tmp_path_factory.mktemp("en") / "catalog-en.pdf"
    with ops.opened(demo_root(tmp_path_factory)) as lib:
        if not any(c.name == "pameran-en" for c in ops.list_catalogs(lib)):
            ops.add_catalog(
                lib,
                Catalog(
                    name="pameran-en",
                    title_id="Wastra dan Sei Kupang",
                    title_en="Woven Cloth and Sei of Kupang",
                    language="en",
                    event_name="Kupang Craft Week 2026",
                    event_date=date(2026, 9, 12),
                    venue="Taman Nostalgia, Kupang",
                    booth="B12",
                ),
            )
        result = render_pdf(lib, out, catalog="pameran-en", pdf_a=True)
    assert result.warnings == []
    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == "Woven Cloth and Sei of Kupang"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "/OutputIntents" in reader.trailer["/Root"]
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"pdfaid" in xmp and b"3" in xmp
    pages = page_texts(out)
    cover = flat(pages[0])
    for words in ("Woven Cloth and Sei of Kupang", "Kupang Craft Week 2026", "12 September 2026",
                  "Taman Nostalgia, Kupang", "Booth B12"):  # fmt: skip
        assert words.upper() in cover.upper()
    text = flat(all_text(out))
    assert "Contents" in text and "Scan to order" in text and "IDR 1,850,000" in text
    assert "CONTAINS PORK" in text


def test_price_list_fits_one_page_for_the_demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("prices") / "daftar-harga.pdf"
    with ops.opened(demo_root(tmp_path_factory)) as lib:
        result = render_price_list(lib, out)
        products = ops.list_products(lib)
    assert result.warnings == []
    assert result.pages == 1 == len(pypdf.PdfReader(out).pages)
    text = flat(all_text(out))
    assert "Daftar harga" in text and "Halaman 1 dari 1" in text
    for product in products:
        assert product.sku in text
    assert "Rp1.850.000" in text and "Kabupaten Kupang" in text
    assert not pdfimages(out)  # a price list embeds no photos


@pytest.fixture(scope="module")
def big_photos(tmp_path_factory):
    """One tenun product with three 2400x1800 photos: more pixels than 300 dpi needs."""
    root = tmp_path_factory.mktemp("big") / "library"
    incoming = root.parent / "incoming"
    incoming.mkdir()
    files = [
        synthetic.make_ikat_photo(
            incoming / f"IMG_{i}.jpg", seed=i, size=(2400, 1800), orientation=1 if i else 6
        )
        for i in range(3)
    ]
    with ops.opened(root) as lib:
        producer = ops.add_producer(lib, Producer(name="Ina Ndao", kabupaten="kota_kupang")).after
        product = Product(sku="TN-BIG-1", kind="tenun", producer_id=producer.id, price=900_000)
        product.name_id = "Selimut Ikat Besar"
        ops.add_product(lib, product)
        ops.attach_photos(lib, "TN-BIG-1", files)
        out = root.parent / "big.pdf"
        result = render_pdf(lib, out)
        photos = ops.list_photos(lib, "TN-BIG-1")
    return root, out, result, photos


def test_photos_are_at_most_300_dpi_where_placed(big_photos):
    _, out, result, _ = big_photos
    assert result.warnings == []
    rows = [r for r in pdfimages(out) if r["type"] == "image"]
    assert len(rows) >= 4  # cover, hero, two details
    for row in rows:
        assert int(row["x-ppi"]) <= 305 and int(row["y-ppi"]) <= 305, row
    assert max(int(r["x-ppi"]) for r in rows) >= 295  # and close to 300 where pixels allow
    assert all(r["enc"] == "jpeg" for r in rows)


def test_photos_are_the_derivatives_byte_for_byte(big_photos):
    root, out, _, photos = big_photos
    data = out.read_bytes()
    thumbs = f"-{THUMB_PX}.jpg"  # made at import for the app; not used in print
    derivatives = [d for d in (root / "cache" / "d").rglob("*.jpg") if not d.name.endswith(thumbs)]
    embedded = [d for d in derivatives if d.read_bytes() in data]
    # cover, hero and details are each their own crop of the photo, all embedded as made
    assert len(embedded) == len(derivatives) >= 3  # copied into the PDF untouched
    objects = {(r["object"], r["ID"]) for r in pdfimages(out) if r["type"] == "image"}
    assert data.count(b"/DCTDecode") == len(objects) == len(embedded)
    for photo in photos:  # never an original with its EXIF
        assert (root / "photos" / photo.filename).read_bytes()[:4096] not in data


def test_placer_sizes_for_cover_fit_and_bleed():
    theme = {"full_bleed": ["cover"], "A4": {"cover": [210, 297], "hero": [[174, 125], [174, 100]]}}
    boxes = slot_boxes(theme, "A4", 3.0)
    assert boxes["cover"] == [(216.0, 303.0)]
    assert boxes["hero"] == [(174.0, 125.0), (174.0, 100.0)]
    # a 4:3 landscape photo in a 174 x 125 mm box is width-bound: 174 mm at 300 dpi
    assert cover_long_edge(4000, 3000, (174, 125)) == 2056
    # a portrait photo in the same box: width-bound too, the long edge is the height
    assert cover_long_edge(3000, 4000, (174, 125)) == 2741
    # never upscaled
    assert cover_long_edge(640, 480, (174, 125)) == 640


def test_placer_returns_the_box_it_crops_to(tmp_path):
    sha = "ab" * 32
    boxes = slot_boxes({"A4": {"hero": [[174, 125], [174, 100]], "detail": [56, 32]}}, "A4", 0)
    placer = PrintPlacer(tmp_path / "photos", tmp_path / "cache", boxes)
    # a portrait 3000 x 4000 photo in the 174 x 125 mm hero: 2056 x 1477 px at 300 dpi
    # (the 174 x 100 variant shows a centred part of it), not the uncropped 2056 x 2741
    portrait = Photo(sha256=sha, filename=f"{sha}.jpg", width=3000, height=4000)
    url, width, height, _ = placer.place(portrait, "hero")
    assert (width, height) == (2056, 1477) == cover_crop(3000, 4000, boxes["hero"])
    assert url.endswith(f"{sha}-2056x1477c.jpg")
    assert (width, height) == images.crop_size(3000, 4000, (2056, 1477))
    # the detail box of the same photo is another crop, another cache file
    _, width, height, _ = placer.place(portrait, "detail")
    assert (width, height) == (662, 378)
    assert {job[2] for job in placer.jobs} == {(2056, 1477), (662, 378)}
    # never upscaled: a small photo gives the box's aspect at its own resolution
    small = Photo(sha256="cd" * 32, filename=f"{'cd' * 32}.jpg", width=640, height=480)
    _, width, height, _ = placer.place(small, "hero")
    assert (width, height) == (640, 460)
    assert abs(width / height - 174 / 125) < 0.01


def test_screen_pdf_has_150_dpi_photos_and_is_much_lighter(big_photos, tmp_path):
    """`render pdf --images screen`: the PDF to share by WhatsApp, on a copy of the library."""
    root, print_pdf, _, _ = big_photos
    copy = tmp_path / "library"
    shutil.copytree(root, copy)
    out = tmp_path / "ringan.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "tenun_catalog.cli", "--library", str(copy),
         "render", "pdf", "--images", "screen", "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    rows = [r for r in pdfimages(out) if r["type"] == "image"]
    assert len(rows) >= 4 and all(r["enc"] == "jpeg" for r in rows)
    for row in rows:
        assert int(row["x-ppi"]) <= 152 and int(row["y-ppi"]) <= 152, row
    assert max(int(r["x-ppi"]) for r in rows) >= 148
    # the same pages, only lighter photos: less than half the print PDF (these 2400 px sources
    # only give 205-263 dpi in print; bench_render_pdf measures 12 MP photos)
    assert len(pypdf.PdfReader(out).pages) == len(pypdf.PdfReader(print_pdf).pages)
    assert out.stat().st_size * 2 < print_pdf.stat().st_size
    # the screen copies are cached beside the print ones, under their own names
    screen = [d for d in (copy / "cache" / "d").rglob("*c-q75.jpg")]
    assert len(screen) == len(rows)
    data = out.read_bytes()
    assert all(d.read_bytes() in data for d in screen)  # embedded untouched


def test_screen_placer_sizes_for_150_dpi_at_quality_75(tmp_path):
    sha = "ab" * 32
    boxes = slot_boxes({"A4": {"hero": [[174, 125], [174, 100]], "detail": [56, 32]}}, "A4", 0)
    placer = PrintPlacer(tmp_path / "photos", tmp_path / "cache", boxes, "screen")
    photo = Photo(sha256=sha, filename=f"{sha}.jpg", width=4000, height=3000)
    url, width, height, _ = placer.place(photo, "hero")
    assert (width, height) == cover_crop(4000, 3000, boxes["hero"], 150) == (1028, 739)
    assert url.endswith(f"{sha}-1028x739c-q75.jpg")
    assert [job[3] for job in placer.jobs] == [75]
    with pytest.raises(ValueError):
        PrintPlacer(tmp_path / "photos", tmp_path / "cache", boxes, "tiny")


def test_derivative_quality_is_only_for_print_crops(tmp_path):
    sha = "ab" * 32
    assert images.derivative_path(tmp_path, sha, 900, crop=(900, 600)).name == f"{sha}-900x600c.jpg"
    named = images.derivative_path(tmp_path, sha, 900, crop=(900, 600), quality=75)
    assert named.name == f"{sha}-900x600c-q75.jpg"
    for bad in (0, 29, 96, True, 75.0):
        with pytest.raises(ValueError):
            images.derivative_path(tmp_path, sha, 900, crop=(900, 600), quality=bad)
    with pytest.raises(ValueError):  # uncropped derivatives keep their one quality
        images.derivative_path(tmp_path, sha, 900, quality=75)


def test_render_demo_writes_what_make_run_promises_without_a_display(tmp_path_factory, tmp_path):
    from tenun_catalog.cli import main

    library = tmp_path / "library"
    shutil.copytree(demo_root(tmp_path_factory), library)
    out = tmp_path / "out"
    assert main(["--library", str(library), "render-demo", "--out", str(out)]) == 0
    a4, a5 = out / "katalog-pameran.pdf", out / "katalog-pameran-a5.pdf"
    light, prices = out / "katalog-pameran-ringan.pdf", out / "daftar-harga.pdf"
    for pdf in (a4, a5, light, prices):
        assert len(pypdf.PdfReader(pdf).pages) >= 1, pdf
    assert len(pypdf.PdfReader(light).pages) == len(pypdf.PdfReader(a4).pages)
    assert light.stat().st_size < a4.stat().st_size  # (small demo photos: print is < 300 dpi)
    assert max(int(r["x-ppi"]) for r in pdfimages(light) if r["type"] == "image") <= 152
    assert (out / "katalog-web" / "index.html").is_file()
