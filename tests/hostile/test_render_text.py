"""Hostile text in rendering (issue 10, "Rendering"): long words, long names, long fields.

- one unbroken 5,000-character word (the most a story may hold) and a 10,000-character one
  (a library filled before the limits existed) render in seconds, not minutes: before, 2,000
  characters took 65 s and 10,000 more than 300 s (WeasyPrint's line breaking);
- a product name too long for the WhatsApp QR code (2,240 ASCII or 374 accented characters)
  no longer stops the whole catalog: the prepared message is shortened, the SKU kept;
- entry refuses over-long values, naming the field and its limit, and leaves the library as
  it was;
- a PDF layout that passes its time limit stops with a message and writes nothing.
Everything runs on real parts: a real library in tmp_path, the real command line and WeasyPrint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from pypdf import PdfReader

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain import Motif, Producer, Product, fields
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export.context import whatsapp_link
from tenun_catalog.export.qr import MAX_QR_CHARS, fit_qr_data, qr_svg
from tenun_catalog.render import pdf as render_pdf_module
from tenun_catalog.render.pdf import write_pdf
from tenun_catalog.render.textbreak import ZWSP, break_long_runs
from tenun_catalog.store import products, transaction
from tests.conftest import library_state

ROOT = Path(__file__).resolve().parents[2]
TRACEBACK = "Traceback (most recent call last)"
WHATSAPP = "081234567890"


def _cli(capsys, root: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _render_in_child(root: Path, out: Path, timeout: float) -> tuple[int, str, float]:
    """`render pdf` in its own process, so old code that takes minutes fails at `timeout`."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tenun_catalog", "--library", str(root), "render", "pdf"]
        + ["--out", str(out)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return done.returncode, done.stderr, time.perf_counter() - started


def _pdf_text(path: Path) -> str:
    text = "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    # a long word is broken across lines, and the break may be shown with a hyphen
    return "".join(c for c in text if not c.isspace() and c not in (ZWSP, "\u2010", "-"))


def _shop(root: Path) -> int:
    with ops.opened(root) as lib:
        return ops.add_producer(
            lib,
            Producer(name="Kelompok Tenun Ina Ndao", kabupaten="kota_kupang", whatsapp=WHATSAPP),
        ).after.id


def _insert_old_record(root: Path, product: Product) -> None:
    """A product stored by an older version, before entry had length limits."""
    with ops.opened(root) as lib, transaction(lib.conn):
        products.insert(lib.conn, product)


def test_long_unbroken_words_render_in_seconds(tmp_path) -> None:
    root = tmp_path / "library"
    producer_id = _shop(root)
    at_limit = ("ikat" * 1250)[: fields.MAX_LONG_TEXT]  # 5,000 characters: entry accepts it
    with ops.opened(root) as lib:
        ops.add_product(
            lib,
            Product(sku="TNN-LONG", kind="tenun", producer_id=producer_id, name_id="Selendang",
                    story_id=at_limit, price=450_000),
        )  # fmt: skip
    old = "Sumba" * 2000  # 10,000 characters
    _insert_old_record(
        root,
        Product(sku="TNN-OLD", kind="tenun", producer_id=producer_id, name_id="Sarung lama",
                description_id=old, price=300_000),
    )  # fmt: skip
    out = tmp_path / "katalog.pdf"

    code, err, seconds = _render_in_child(root, out, timeout=90)

    assert code == 0, err
    assert TRACEBACK not in err
    assert seconds < 20, f"render took {seconds:.1f} s"
    text = _pdf_text(out)
    # printed, broken across lines (the product page is one page: its theme may clip the end)
    assert "ikat" * 500 in text
    assert "Sumba" * 500 in text


def test_break_long_runs_touches_only_text() -> None:
    word = "a" * 200
    html = (
        f'<p title="{word}">{word} &amp;{"b" * 100}</p><svg><path d="{word}"/></svg>'
        f"<script>var x = '{word}';</script><!-- {word} -->"
    )
    broken = break_long_runs(html)
    assert broken.count(ZWSP) == 3 + 1  # 200 a's -> 4 pieces; 105 chars of "&amp;bbb" -> 2
    assert f'title="{word}"' in broken and f'd="{word}"' in broken
    assert f"'{word}'" in broken and f"<!-- {word} -->" in broken
    assert "&amp;" in broken  # a character reference is never cut
    assert break_long_runs("<p>short words only</p>") == "<p>short words only</p>"


def test_long_names_keep_the_whatsapp_qr_and_the_sku(tmp_path) -> None:
    root = tmp_path / "library"
    producer_id = _shop(root)
    for sku, name in (("TNN-ASCII", "A" * 2240), ("TNN-AKSEN", "é" * 374)):
        _insert_old_record(
            root,
            Product(sku=sku, kind="tenun", producer_id=producer_id, name_id=name, price=100_000),
        )
    out = tmp_path / "katalog.pdf"

    code, err, _ = _render_in_child(root, out, timeout=120)

    assert code == 0, err
    assert TRACEBACK not in err
    assert len(PdfReader(str(out)).pages) >= 2


@pytest.mark.parametrize("name", ["A" * 2240, "é" * 374, "Ikat " * 3000])
def test_qr_of_a_long_whatsapp_message_is_shortened_keeping_the_sku(name: str) -> None:
    url = whatsapp_link(WHATSAPP, f"Halo, saya ingin memesan {name} (SKU TNN-001).")
    data = fit_qr_data(url)
    assert len(data) <= MAX_QR_CHARS
    assert data.startswith("https://wa.me/6281234567890?text=")
    message = urllib.parse.parse_qs(urllib.parse.urlsplit(data).query)["text"][0]
    assert message.startswith("Halo, saya ingin memesan ")
    assert message.endswith("… (SKU TNN-001).")
    assert qr_svg(url).startswith("<svg")


def test_qr_of_other_long_data_is_left_out_and_short_data_is_unchanged() -> None:
    assert qr_svg("https://contoh.id/produk/" + "x" * 3000) == ""
    assert qr_svg("x" * 10_000) == ""
    short = whatsapp_link(WHATSAPP, "Halo, saya ingin memesan Selendang (SKU TNN-001).")
    assert fit_qr_data(short) == short
    assert qr_svg(short).startswith("<svg")
    # a message whose SKU part alone is too long: the chat link without a message
    huge_sku = whatsapp_link(WHATSAPP, "Halo (SKU " + "X" * 2000 + ").")
    assert fit_qr_data(huge_sku) == "https://wa.me/6281234567890"


@pytest.mark.parametrize(
    ("args", "label", "limit"),
    [
        (["product", "add", "--sku", "TNN-9", "--kind", "tenun", "--name-id", "A" * 2240],
         "Nama (Indonesia)", "200"),
        (["product", "add", "--sku", "TNN-9", "--kind", "tenun", "--name-id", "é" * 374],
         "Nama (Indonesia)", "200"),
        (["product", "add", "--sku", "S" * 65, "--kind", "tenun"], "SKU", "64"),
        (["product", "edit", "TNN-001", "--story-id", "kata " * 1001], "Cerita (Indonesia)",
         "5.000"),
        (["producer", "add", "--name", "K" * 201], "Nama", "200"),
        (["producer", "edit", "1", "--address", "Jalan " * 100], "Alamat", "300"),
        (["motif", "add", "--name-id", "M" * 201], "Nama motif (Indonesia)", "200"),
        (["motif", "edit", "1", "--meaning-id", "m" * 5001], "Makna (Indonesia)", "5.000"),
    ],
)  # fmt: skip
def test_entry_refuses_over_long_values(capsys, filled, args, label, limit) -> None:
    before = library_state(filled)
    root = filled.root
    filled.close()

    code, out, err = _cli(capsys, root, *args)

    assert code == 1
    assert TRACEBACK not in err
    assert label in err and "terlalu panjang" in err and f"paling banyak {limit}" in err
    with ops.opened(root) as lib:
        assert library_state(lib) == before


def test_entry_limit_message_in_english_and_at_the_limit_accepted(capsys, filled) -> None:
    root = filled.root
    filled.close()
    code, _, err = _cli(capsys, root, "--lang", "en", "product", "add", "--sku", "TNN-9",
                        "--kind", "tenun", "--name-en", "B" * 201)  # fmt: skip
    assert code == 1
    assert "Name (English) is too long: 201 characters, at most 200." in err
    code, _, err = _cli(capsys, root, "product", "add", "--sku", "T" * 64, "--kind", "tenun",
                        "--name-id", "N" * 200, "--story-id", "s" * 5000)  # fmt: skip
    assert code == 0, err


def test_photo_caption_limit(filled, photo_files) -> None:
    photo = ops.attach_photos(filled, "TNN-001", photo_files[:1]).added[0].after
    before = library_state(filled)
    with pytest.raises(UserError) as refused:
        ops.edit_photo(filled, photo.id, {"caption_id": "c" * 501})
    assert refused.value.field == "caption_id"
    assert "500" in refused.value.message_en
    assert library_state(filled) == before
    ops.edit_photo(filled, photo.id, {"caption_id": "c" * 500})


def test_a_stored_long_value_does_not_block_other_edits(filled) -> None:
    with transaction(filled.conn):
        filled.conn.execute("UPDATE products SET story_id = ? WHERE sku = 'TNN-001'", ("s" * 6000,))
    ops.edit_product(filled, "TNN-001", {"price": 500_000})
    assert ops.get_product(filled, "TNN-001").price == 500_000
    ops.add_motif(filled, Motif(name_id="Kaif"))


def test_a_layout_past_its_time_limit_stops_and_writes_nothing(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(render_pdf_module, "LAYOUT_PAGE_S", 0.0)  # the base limit only
    html = "<html><body>" + "<p>Tenun ikat dari Sikka. </p>" * 4000 + "</body></html>"
    out = tmp_path / "lambat.pdf"
    started = time.perf_counter()
    with pytest.raises(UserError) as stopped:
        write_pdf(html, out, base_url=tmp_path.as_uri() + "/", allowed=[tmp_path],
                  time_limit_s=0.5)  # fmt: skip
    assert time.perf_counter() - started < 5
    assert "lebih dari 0.5 detik" in stopped.value.message_id
    assert "Nothing was written" in stopped.value.message_en
    assert not out.exists()


def test_catalog_titles_have_entry_limits_too(filled) -> None:
    lib = filled
    from tenun_catalog.domain.entities import Catalog
    from tenun_catalog.domain.errors import UserError

    with pytest.raises(UserError, match="terlalu panjang"):
        ops.add_catalog(lib, Catalog(name="Pameran", title_id="x" * 5000))
    ops.add_catalog(lib, Catalog(name="Pameran", title_id="Pameran Kupang"))
    with pytest.raises(UserError, match="terlalu panjang"):
        ops.edit_catalog(lib, "Pameran", {"event_name": "y" * 5000})
    assert ops.get_catalog(lib, "Pameran").event_name == ""
