"""Social cards (issue 14 item 4): a tenun and a pork Sei product at both sizes, from the real
demo library, laid out by WeasyPrint and rasterised by PDFium; every picture read back."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageCms
from pypdf import PdfReader

from tenun_catalog import operations as ops
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export import outputs
from tenun_catalog.export.audience import Selection
from tenun_catalog.export.social_cards import MAX_CARD_BYTES, card_sheets
from tenun_catalog.images.xmp import read_xmp

TENUN, PORK = "TN-SBR-001", "SEI-BBI-001"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from pdf_helpers import demo_root

    return demo_root(tmp_path_factory)


def _page_texts(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_cards_of_a_tenun_and_a_pork_sei_at_both_sizes(demo, tmp_path) -> None:
    out = tmp_path / "kartu"
    with ops.opened(demo) as lib:
        result = outputs.run("social-cards", lib, Selection(skus=(TENUN, PORK)), out)
        photographer = ops.list_photos(lib, TENUN)[0].photographer
    assert result.products == 2 and result.pages == 4
    expected = {
        f"{sku}-{size}.jpg": dims
        for sku in (TENUN, PORK)
        for size, dims in (("instagram", (1080, 1350)), ("status", (1080, 1920)))
    }
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)
    for name, dims in expected.items():
        data = (out / name).read_bytes()
        assert len(data) < MAX_CARD_BYTES, name
        image = Image.open(io.BytesIO(data))
        assert image.format == "JPEG" and image.mode == "RGB" and image.size == dims, name
        profile = ImageCms.ImageCmsProfile(io.BytesIO(image.info["icc_profile"]))
        assert "sRGB" in ImageCms.getProfileDescription(profile), name
        xmp = read_xmp(data).decode("utf-8")
        assert photographer and photographer in xmp, name  # credited like its photo
        # the card is a picture, not a blank page: the photo and the words are there
        colours = image.convert("RGB").resize((54, 96)).getcolors(54 * 96)
        assert len(colours) > 200, name


def test_the_cards_say_what_a_buyer_needs_and_the_pork_card_says_pork(demo) -> None:
    with ops.opened(demo) as lib:
        sheets = card_sheets(lib, Selection(skus=(TENUN, PORK)), lang="id")
        english = card_sheets(lib, Selection(skus=(PORK,)), sizes="status", lang="en")
        tenun, pork = ops.get_product(lib, TENUN), ops.get_product(lib, PORK)
        producers = {p.id: p.name for p in ops.list_producers(lib)}
    assert [s.doc.size.key for s in sheets] == ["instagram", "status"]
    for sheet in sheets:
        texts = dict(zip((c.sku for c in sheet.doc.cards), _page_texts(sheet.pdf), strict=True))
        assert "Ei Wo Boi" in texts[TENUN] and "Rp2.900.000" in texts[TENUN]
        assert "SABU RAIJUA" in texts[TENUN].upper()
        assert producers[tenun.producer_id] in texts[TENUN]
        assert "Pesan via WhatsApp" in texts[TENUN] and "Foto:" in texts[TENUN]
        assert "MENGANDUNG BABI" not in texts[TENUN]
        assert "MENGANDUNG BABI" in texts[PORK] and "Rp75.000" in texts[PORK]
        assert producers[pork.producer_id] in texts[PORK]
    assert "CONTAINS PORK" in _page_texts(english[0].pdf)[0]


def test_a_name_too_long_for_any_card_is_refused_and_nothing_is_written(demo, tmp_path) -> None:
    import shutil

    root = shutil.copytree(demo, tmp_path / "library")
    out = tmp_path / "kartu"
    with ops.opened(root) as lib:
        long_name = "Selimut " + "Panjangsekali " * 6  # four lines: the smaller type, all of it
        ops.edit_product(lib, TENUN, {"name_id": long_name})
        [sheet] = card_sheets(lib, Selection(skus=(TENUN,)), sizes="instagram")
        assert sheet.doc.cards[0].tight
        assert long_name.strip() in _page_texts(sheet.pdf)[0]
        ops.edit_product(lib, TENUN, {"name_id": "Selimut " + "Panjangsekali " * 13})  # 190
        with pytest.raises(UserError) as refused:
            outputs.run("social-cards", lib, Selection(skus=(TENUN,)), out, {"sizes": "instagram"})
    assert TENUN in refused.value.message_id and "tidak muat" in refused.value.message_id
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kartu")]
