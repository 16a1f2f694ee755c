"""The page-wise preview's core: a preview page is the export's page, an edit re-lays out only
its piece, a product that runs over is flagged and moves the numbers after it.

Real parts only: the demo library (small photos) copied per test, WeasyPrint layouts, and both
PDFs rasterised with pypdfium2 at 50 dpi and compared pixel by pixel and by extracted text.
"""

from __future__ import annotations

import shutil

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops, ImageStat

from tenun_catalog import operations as ops
from tenun_catalog.domain.entities import Catalog, CatalogSection
from tenun_catalog.export import preview_pages as pp
from tenun_catalog.export.pdf import render_pdf
from tests.pdf_helpers import demo_root

DPI = 50
SKUS = ("TN-KPG-001", "TN-STM-001", "TN-SKA-001", "SEI-BBI-001")


@pytest.fixture
def root(tmp_path, tmp_path_factory):
    return shutil.copytree(demo_root(tmp_path_factory), tmp_path / "library")


def _catalog(lib, name="Pratinjau", language="id", skus=SKUS) -> Catalog:
    catalog = Catalog(
        name=name,
        title_id="Tenun dan Sei Kupang",
        title_en="Woven cloth and Sei of Kupang",
        language=language,
        event_name="Pekan Kriya Kupang",
    )
    ops.add_catalog(lib, catalog, ops.Selection(skus=skus))
    return ops.get_catalog(lib, name)


def _lay_out_all(plan) -> list[str]:
    laid = []
    while (piece := pp.next_piece(plan, [])) is not None:
        laid.append(pp.lay_out(plan, piece).piece)
    return laid


def _page(doc: pdfium.PdfDocument, index: int):
    page = doc[index]
    image = page.render(scale=DPI / 72).to_pil().convert("RGB")
    return image, page.get_textpage().get_text_range()


@pytest.mark.parametrize("language", ["id", "id+en"])
def test_every_preview_page_is_the_export_page(root, tmp_path, language):
    with ops.opened(root, create=False) as lib:
        catalog = _catalog(lib, language=language)
        plan = pp.plan_preview(lib, catalog)
        _lay_out_all(plan)
        full = tmp_path / "katalog.pdf"
        render_pdf(lib, full, catalog=catalog, image_mode=pp.PREVIEW_IMAGES, subprocess=False)
    exported = pdfium.PdfDocument(full)
    assert plan.page_count == len(exported)
    compared = 0
    for piece in plan.pieces:
        doc = pdfium.PdfDocument(piece.path)
        for index in range(len(doc)):
            number = piece.first_page + index
            mine, my_text = _page(doc, index)
            theirs, their_text = _page(exported, number - 1)
            assert my_text == their_text, (piece.ident, number)
            assert mine.size == theirs.size
            diff = ImageChops.difference(mine, theirs)
            mean = sum(ImageStat.Stat(diff).mean) / 3
            assert mean < 0.5, (piece.ident, number, mean)  # 0..255 per channel
            compared += 1
    assert compared == len(exported)
    # the product pages carry their real page numbers and running header
    product = plan.piece_of_sku("TN-KPG-001")
    _, text = _page(pdfium.PdfDocument(product.path), 0)
    assert str(product.first_page) in text.split()


def test_an_edit_lays_out_only_the_piece_it_touched(root):
    with ops.opened(root, create=False) as lib:
        catalog = _catalog(lib)
        cache = pp.PieceCache(lib.cache_dir / pp.CACHE_FOLDER)
        plan = pp.plan_preview(lib, catalog, cache)
        first = _lay_out_all(plan)
        assert len(first) == len(plan.pieces) and cache.layouts == len(plan.pieces)
        again = pp.plan_preview(lib, catalog, cache)
        assert pp.next_piece(again, []) is None  # nothing changed: everything from the cache

        ops.edit_product(lib, "TN-SKA-001", {"story_id": "Cerita baru tentang kain ini."})
        edited = pp.plan_preview(lib, catalog, cache)
        assert pp.changed_pieces(again, edited) == [edited.piece_of_sku("TN-SKA-001").ident]
        before = cache.layouts
        assert _lay_out_all(edited) == [edited.piece_of_sku("TN-SKA-001").ident]
        assert cache.layouts == before + 1

        # the quick patch the app makes first finds the keys a whole plan finds
        ops.edit_product(lib, "TN-SKA-001", {"story_id": "Cerita yang lain lagi."})
        ops.edit_product(lib, "SEI-BBI-001", {"price": 99000})
        touched = pp.patch_plan(lib, edited, {"TN-SKA-001", "SEI-BBI-001"})
        assert sorted(touched) == sorted(
            edited.piece_of_sku(sku).ident for sku in ("TN-SKA-001", "SEI-BBI-001")
        )
        assert len(_lay_out_all(edited)) == 2 and cache.layouts == before + 3
        confirmed = pp.plan_preview(lib, catalog, cache)
        assert [p.key for p in confirmed.pieces] == [p.key for p in edited.pieces]
        assert pp.next_piece(confirmed, []) is None
        assert pp.patch_plan(lib, edited, {"TN-RTN-001"}) is None  # not in this catalog


def test_moving_a_product_between_sections_renumbers_the_contents(root):
    with ops.opened(root, create=False) as lib:
        catalog = _catalog(lib)
        ids = [pid for s in catalog.sections for pid in s.product_ids]
        catalog.sections = [
            CatalogSection("Kain", "Cloth", ids[:3]),
            CatalogSection("Sei", "Sei", ids[3:]),
        ]
        plan = pp.plan_preview(lib, catalog)
        _lay_out_all(plan)
        sei = plan.piece_of_sku("SEI-BBI-001")
        before = plan.page_numbers[sei.ident]
        # the sei moves to the first section, before the cloths
        catalog.sections = [
            CatalogSection("Kain", "Cloth", [ids[3], *ids[:3]]),
            CatalogSection("Sei", "Sei", []),
        ]
        moved = pp.plan_preview(lib, catalog)
        changed = {p.ident for p in moved.pieces if p.path is None}
        assert "contents" in changed
        _lay_out_all(moved)
        after = moved.page_numbers[moved.piece_of_sku("SEI-BBI-001").ident]
        assert after < before
        text = pdfium.PdfDocument(moved.find("contents").path)[0].get_textpage().get_text_range()
        assert str(after) in text


def test_a_product_that_runs_over_its_page_is_flagged_and_moves_what_follows(root):
    long_text = " ".join(["Kain ini ditenun dengan tangan oleh mama-mama di kampung."] * 80)
    with ops.opened(root, create=False) as lib:
        ops.edit_product(lib, "TN-KPG-001", {"description_id": long_text})
        catalog = _catalog(lib)
        plan = pp.plan_preview(lib, catalog)
        piece = plan.piece_of_sku("TN-KPG-001")
        following = plan.pieces[plan.pieces.index(piece) + 1]
        assumed = following.first_page
        for ident in ("contents", piece.ident):
            laid = pp.lay_out(plan, plan.find(ident))
        assert laid.pages > laid.expected and piece.overflow
        assert following.ident in laid.moved
        assert following.first_page == assumed + laid.pages - 1  # it was assumed to take one
        slots = pp.page_slots(plan)
        assert any(s.overflow and s.sku == "TN-KPG-001" for s in slots)
        assert [s.number for s in slots] == list(range(1, len(slots) + 1))
