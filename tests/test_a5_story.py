"""Issue 11 item 3: A5 pages carry the product story, and a render says what a theme left out.

The pameran theme prints the story on A5 beside the photos (with the shorter hero), gives a
story too long for the page a page of its own, and reports every field it leaves out for lack
of room (stories beside two motif boxes, captions the photo strip has no room for) as notes of
the render result in both languages, which the command line prints.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain import Motif, Producer, Product
from tenun_catalog.export.pdf import render_pdf
from tenun_catalog.images import synthetic
from tenun_catalog.render.omissions import MAX_ENTRIES, MAX_SKUS_SHOWN, Omissions

SHORT_STORY = "Ditenun Mama Ina selama tiga bulan untuk pesta adat di kampung Oelolok."
SENTENCE = "Benang dicelup tarum dan mengkudu berminggu-minggu sebelum diikat dan ditenun. "
LONG_STORY = (SENTENCE * 30).strip()  # about 2,400 characters: more than any page holds


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    pages = pages[:-1] if pages and not pages[-1].strip() else pages
    return [re.sub(r"\s+", " ", re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", p)) for p in pages]


def _page_of(pages: list[str], words: str) -> int:
    return next(i + 1 for i, text in enumerate(pages) if words in text)


@pytest.fixture
def weavers(lib, tmp_path):
    producer = ops.add_producer(
        lib, Producer(name="Kelompok Tenun Oelolok", kabupaten="ttu", whatsapp="081200000001")
    ).after
    kaif = ops.add_motif(
        lib, Motif(name_id="Kaif", meaning_id="Kait yang saling menyambung.")
    ).after
    bunga = ops.add_motif(lib, Motif(name_id="Bunga", meaning_id="Bunga karang di laut.")).after
    photos = [
        synthetic.make_ikat_photo(tmp_path / f"foto-{i}.jpg", seed=i, size=(480, 360))
        for i in range(3)
    ]
    for sku, story, motifs in (
        ("TN-A5-001", SHORT_STORY, [kaif.id]),
        ("TN-A5-002", SHORT_STORY, [kaif.id, bunga.id]),  # two motif boxes: no room for it
        ("TN-A5-003", LONG_STORY, [kaif.id]),  # a page of its own
        ("TN-A5-004", "", [kaif.id]),
    ):
        ops.add_product(lib, Product(
            sku=sku, kind="tenun", producer_id=producer.id, name_id=f"Sarung {sku[-3:]}",
            description_id="Sarung tenun ikat dari Insana.", story_id=story, price=900000,
            motif_ids=motifs,
        ))  # fmt: skip
        change = ops.attach_photos(lib, sku, photos).added
        ops.edit_photo(lib, change[0].after.id, {"caption_id": f"Kain {sku} dibentangkan."})
        ops.edit_photo(lib, change[1].after.id, {"caption_id": f"Detail {sku}."})
    return lib


def test_a5_prints_the_story_and_reports_what_it_leaves_out(weavers, tmp_path) -> None:
    out = tmp_path / "a5.pdf"
    result = render_pdf(weavers, out, paper="A5")
    pages = _pages(out)
    assert result.pages == len(pages) and result.warnings == []
    first = pages[_page_of(pages, "SKU TN-A5-001") - 1]
    assert SHORT_STORY in first  # the story is on the A5 product page
    # the long story: its own page right after the product page, nothing of it lost
    long_at = _page_of(pages, "SKU TN-A5-003")
    assert SENTENCE.strip() not in pages[long_at - 1]
    assert LONG_STORY[:200] in pages[long_at] and LONG_STORY[-80:] in " ".join(pages[long_at:])
    # the next product still starts on its own page, and the contents say where
    contents = subprocess.run(
        ["pdftotext", "-layout", "-f", "3", "-l", "3", str(out), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    listed = dict(re.findall(r"Sarung (\d{3})\b.*?(\d+)\s*$", contents, re.M))
    for sku in ("TN-A5-001", "TN-A5-002", "TN-A5-003", "TN-A5-004"):
        assert int(listed[sku[-3:]]) == _page_of(pages, f"SKU {sku}"), sku
    assert int(listed["004"]) == long_at + 2  # the story page sits between 003 and 004
    # what was left out is reported, per field, in both languages
    notes = dict(result.notes)
    story = next(n for n in notes if n.startswith("Cerita tidak dicetak di A5"))
    assert "untuk 1 produk: TN-A5-002" in story
    assert notes[story].startswith("Stories not printed on A5 for 1 products: TN-A5-002")
    assert SHORT_STORY not in pages[_page_of(pages, "SKU TN-A5-002") - 1]
    captions = next(n for n in notes if n.startswith("Keterangan foto tidak dicetak di A5"))
    assert "TN-A5-001" in captions  # A5's strip has room for the hero's caption only
    assert "Detail TN-A5-001." not in " ".join(pages)


def test_the_command_line_prints_the_notes(weavers, tmp_path, capsys) -> None:
    root = weavers.root
    weavers.close()
    out = tmp_path / "a5.pdf"
    code = main(["--library", str(root), "--lang", "en", "render", "pdf", "--paper", "A5",
                 "--out", str(out)])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0 and out.exists()
    assert "Stories not printed on A5 for 1 products: TN-A5-002" in said.out + said.err


def test_a4_keeps_one_page_per_product_when_the_story_fits(weavers, tmp_path) -> None:
    out = tmp_path / "a4.pdf"
    result = render_pdf(weavers, out, paper="A4")
    pages = _pages(out)
    assert SHORT_STORY in pages[_page_of(pages, "SKU TN-A5-001") - 1]
    # the long story no longer runs over the product page: it has a page of its own
    long_at = _page_of(pages, "SKU TN-A5-003")
    assert SENTENCE.strip() not in pages[long_at - 1]
    assert pages[long_at].count(SENTENCE.strip()) >= 20
    started = "Cerita tidak dicetak di A4 untuk 1 produk: TN-A5-002"
    assert any(note_id.startswith(started) for note_id, _ in result.notes)
    # cover, opening, contents, one opener, four products, one story page, back
    assert result.pages == 3 + 1 + 4 + 1 + 1


def test_a_theme_cannot_flood_the_report() -> None:
    omitted = Omissions()
    for i in range(MAX_ENTRIES + 500):
        omitted.omit("x" * 1000, f"SKU-{i}")
    fields = omitted.fields()
    assert list(fields) == ["x" * 60] and len(fields["x" * 60]) == MAX_ENTRIES
    ((note_id, note_en),) = omitted.notes("A5")
    assert note_en.count("SKU-") == MAX_SKUS_SHOWN and "…" in note_en
    assert f"untuk {MAX_ENTRIES} produk" in note_id
