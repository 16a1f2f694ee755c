"""The web catalog export: folder layout, links, sharing metadata, escaping, cultural protocol,
filters' data, progress/cancel and the atomic replacement of a previous export.

A real library in a temporary folder with small synthetic photos; nothing of ours is mocked.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export.context import Cancelled
from tenun_catalog.export.html import MARKER, render_html
from tenun_catalog.export.names import sku_slug
from tenun_catalog.export.web_data import fold
from tests.html_helpers import EVIL_STORY, WITHHELD, make_library, parse

BASE = "https://katalog.example.id/pameran/"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    lib = ops.open_or_create(root / "library")
    make_library(lib, root / "incoming")
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def site(library, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "katalog"
    result = render_html(library, out)
    return out, result


@pytest.fixture(scope="module")
def site_en(library, tmp_path_factory):
    out = tmp_path_factory.mktemp("out-en") / "catalog"
    result = render_html(library, out, lang="en", base_url=BASE)
    return out, result


def html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def product_page(out: Path, slug: str) -> Path:
    return out / "produk" / f"{slug}.html"


def test_folder_layout_and_result(site) -> None:
    out, result = site
    assert result.path == out / "index.html" and result.path.is_file()
    assert result.products == 4 and result.pages == 4
    names = sorted(p.name for p in (out / "produk").iterdir())
    # TNN/002 slugs like TNN-002: a hash of the exact SKU keeps the names apart, the same in
    # every export (export.names), so QR codes printed earlier still open the right page.
    assert names == [
        "sei-bbi-1.html",
        "tnn-001.html",
        f"{sku_slug('TNN/002')}.html",
        "tnn-002.html",
    ]
    assert sku_slug("TNN/002").startswith("tnn-002-") and len(sku_slug("TNN/002")) == 16
    assert (out / MARKER).is_file()
    fonts = sorted(p.name for p in (out / "assets" / "fonts").iterdir())
    assert "Inter-Regular.otf" in fonts and "EBGaramond-LICENSE.txt" in fonts
    assert "Inter-Bold.otf" not in fonts  # only the fonts catalog.css uses
    css = (out / "assets" / "catalog.css").read_text(encoding="utf-8")
    for font in fonts:
        if font.endswith(".otf"):
            assert f"fonts/{font}" in css
    assert not list(out.parent.glob(f".{out.name}.*")), "temporary folders left behind"
    assert result.seconds > 0


def test_every_link_resolves(site, site_en) -> None:
    for out, _ in (site, site_en):
        checked = 0
        for page in html_files(out):
            for tag, attr, url in parse(page).links:
                if url.startswith("https://wa.me/") or url.startswith(BASE):
                    continue
                assert not re.match(r"^[a-z]+:", url), f"{page.name}: external {url}"
                path, _, fragment = url.partition("#")
                target = (page.parent / path).resolve() if path else page
                where = f"{page.relative_to(out)}: <{tag} {attr}> {url}"
                assert target.is_file(), where
                assert target.is_relative_to(out.resolve()), where
                if fragment:
                    assert fragment in parse(target).ids, where
                checked += 1
        assert checked > 20
        css = (out / "assets" / "catalog.css").read_text(encoding="utf-8")
        for url in re.findall(r'url\("([^"]+)"\)', css):
            if not url.startswith("data:"):
                assert (out / "assets" / url).is_file(), url


def test_images_are_responsive_with_alt(site) -> None:
    out, _ = site
    index = parse(out / "index.html")
    page = parse(product_page(out, "tnn-001"))
    for doc in (index, page):
        for img in doc.images:
            assert img.get("alt") is not None, img
            assert img.get("width") and img.get("height"), img
    hero = page.images[0]
    assert hero["alt"] == "Selendang kuning dengan kait merah"
    assert "loading" not in hero and "decoding" not in hero  # the first screen loads at once
    assert all(img.get("loading") == "lazy" for img in page.images[1:])
    webp = [u for t, a, u in page.links if t == "source" and a == "srcset"]
    jpeg = [u for t, a, u in page.links if t == "img" and a == "srcset"]
    assert webp and all(u.endswith(".webp") for u in webp)
    assert jpeg and all(u.endswith(".jpg") for u in jpeg)
    # cards list small sources only (thumbnails first on a slow connection)
    card_urls = [u for t, a, u in index.links if a == "srcset"]
    assert card_urls and not any(u.endswith("-1200.webp") for u in card_urls)
    eager = [img for img in index.images if img.get("loading") != "lazy"]
    assert 0 < len(eager) <= 4


def test_no_photo_product_still_has_a_card(site) -> None:
    out, _ = site
    pages = [p.read_text(encoding="utf-8") for p in (out / "produk").glob("tnn-002*.html")]
    text = next(t for t in pages if "Destar Tanpa Foto" in t)
    assert "Foto menyusul" in text
    index = parse(out / "index.html")
    assert any("destar" in (c.get("data-search") or "") for c in index.cards)


def test_json_ld_product(site, site_en) -> None:
    out, _ = site
    page = parse(product_page(out, "tnn-001"))
    blocks = [
        text
        for attrs, text in zip(page.scripts, page.script_text, strict=True)
        if attrs.get("type") == "application/ld+json"
    ]
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org" and data["@type"] == "Product"
    assert data["name"] == "Selendang Buna Kaif" and data["sku"] == "TNN-001"
    assert data["description"] == "Selendang buna dari Insana."
    assert data["brand"]["name"] == "Kelompok Tenun Bunga Kapas"
    assert data["offers"] == {"@type": "Offer", "price": 600000, "priceCurrency": "IDR"}
    # TNN-001 has a withheld motif: its close-up (detail_motif) photos stay out of every output
    assert len(data["image"]) == 1
    for url in data["image"]:
        assert (product_page(out, "tnn-001").parent / url).resolve().is_file()
    # with a base URL everything is absolute
    en = parse(product_page(site_en[0], "tnn-001"))
    data = json.loads(next(t for t in en.script_text if '"@context"' in t))
    assert data["name"] == "Kaif Buna Shawl"
    assert data["url"] == BASE + "produk/tnn-001.html" == data["offers"]["url"]
    assert all(u.startswith(BASE + "img/") for u in data["image"])


def test_open_graph_and_canonical(site, site_en) -> None:
    out, _ = site
    meta = parse(product_page(out, "tnn-001")).meta
    assert meta["og:title"].startswith("Selendang Buna Kaif")
    assert meta["og:description"] == "Selendang buna dari Insana."
    assert meta["og:type"] == "product" and meta["og:locale"] == "id_ID"
    assert meta["og:image"].startswith("../img/") and meta["og:image"].endswith(".jpg")
    assert "og:url" not in meta
    index_meta = parse(out / "index.html").meta
    assert index_meta["og:title"] and index_meta["og:image"].startswith("img/")
    meta = parse(product_page(site_en[0], "tnn-001")).meta
    assert meta["og:image"].startswith(BASE + "img/")
    assert meta["og:url"] == BASE + "produk/tnn-001.html"
    assert meta["og:locale"] == "en_GB"
    text = product_page(site_en[0], "tnn-001").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{BASE}produk/tnn-001.html">' in text


def test_lang_attributes(site, site_en) -> None:
    out, _ = site
    page = parse(product_page(out, "tnn-001"))
    assert page.html_lang == "id"
    assert ("p", "en", "Kaif Buna Shawl") in page.langs  # the English name under the Indonesian
    index = parse(out / "index.html")
    assert index.html_lang == "id" and all(lang == "en" for _, lang, _ in index.langs)
    en = parse(product_page(site_en[0], "tnn-001"))
    assert en.html_lang == "en"
    assert ("p", "id", "Selendang Buna Kaif") in en.langs


def test_bilingual_catalog_marks_english_text(library, tmp_path) -> None:
    render_html(library, tmp_path / "bi", lang="id+en")
    page = parse(tmp_path / "bi" / "produk" / "tnn-001.html")
    assert page.html_lang == "id"
    texts = {text for _, lang, text in page.langs if lang == "en"}
    assert "Woven in Insana." in texts and "A buna shawl from Insana." in texts


def test_text_is_escaped_and_no_script_is_injected(site) -> None:
    out, _ = site
    path = product_page(out, "tnn-001")
    html = path.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert "alert(1)</script>" not in html
    page = parse(path)
    kinds = sorted((s.get("src") or s.get("type") or "inline") for s in page.scripts)
    assert kinds == ["../assets/catalog.js", "application/ld+json", "inline"]
    assert not any("alert" in text for text in page.script_text[:1])
    # the JSON-LD cannot close its script element either
    ld = next(t for t in page.script_text if '"@context"' in t)
    assert "</" not in ld
    # the card's search words are escaped in the attribute
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in index


def test_withheld_motif_never_appears(site, site_en) -> None:
    for out, result in (site, site_en):
        assert result.withheld == ["Futus Raja"]
        for path in out.rglob("*"):
            if path.is_file() and path.suffix in (".html", ".js", ".css", ".txt", ""):
                text = path.read_text(encoding="utf-8", errors="replace")
                assert WITHHELD not in text and "Futus Raja" not in text, path
    page = product_page(site[0], "tnn-001").read_text(encoding="utf-8")
    assert "Kaif" in page and "Kait Berantai" in page  # the free motif is shown


def test_cards_carry_what_the_filters_read(site) -> None:
    out, _ = site
    index = parse(out / "index.html")
    cards = {c["data-search"].split()[0] if c.get("data-search") else "": c for c in index.cards}
    assert len(index.cards) == 4
    by_name = {fold(str(c.get("data-search"))): c for c in index.cards}
    shawl = next(c for k, c in by_name.items() if "kaif" in k)
    assert shawl["data-kind"] == "tenun"
    assert shawl["data-kabupaten"] == "ttu"
    assert shawl["data-technique"] == "buna ikat_lungsi"
    assert shawl["data-price"] == "600000"
    for word in ("selendang", "kaif", "buna", "linked", "tnn-001", "timor", "futus", "lungsi"):
        assert word in shawl["data-search"].split(), word
    assert "raja" not in shawl["data-search"]  # withheld motif names are not searchable
    sei = next(c for k, c in by_name.items() if "babi" in k)
    assert sei["data-kind"] == "sei" and sei["data-technique"] == ""
    # every chip value is carried by at least one card
    facets = {(c["data-facet"], c["data-value"]) for c in index.chips}
    assert {f for f, _ in facets} == {"kind", "kabupaten", "technique", "price"}
    for facet, value in facets:
        if facet == "price":
            low, high = value.split("-")
            assert any(
                int(low) <= int(c["data-price"]) < (int(high) if high else 10**12)
                for c in index.cards
            )
        else:
            assert any(value in (c.get(f"data-{facet}") or "").split() for c in index.cards)
    for chip in index.chips:
        assert chip.get("aria-pressed") == "false" and chip.get("type") == "button"
    assert cards  # parsed


def test_whatsapp_order_button_and_pork_warning(site) -> None:
    out, _ = site
    page = parse(product_page(out, "tnn-001"))
    wa = [u for t, a, u in page.links if u.startswith("https://wa.me/6281234567890?text=")]
    assert wa and "TNN-001" in wa[0]
    sei = product_page(out, "sei-bbi-1").read_text(encoding="utf-8")
    assert "MENGANDUNG BABI" in sei
    assert "Pesan via WhatsApp" in sei


def test_progress_is_monotonic_and_complete(library, tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    render_html(library, tmp_path / "p", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] == 8  # 2 steps per product
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len({t for _, t in seen}) == 1


def test_cancel_leaves_the_previous_export(library, tmp_path) -> None:
    out = tmp_path / "katalog"
    render_html(library, out)
    before = {p.relative_to(out): p.stat().st_mtime_ns for p in out.rglob("*")}
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        render_html(library, out, cancelled=cancelled)
    after = {p.relative_to(out): p.stat().st_mtime_ns for p in out.rglob("*")}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["katalog"]
    # cancelled at the very last poll too
    with pytest.raises(Cancelled):
        render_html(tmp_path_lib := library, tmp_path / "new", cancelled=lambda: True)
    assert not (tmp_path / "new").exists() and tmp_path_lib


def test_reexport_replaces_and_refuses_foreign_folders(library, tmp_path) -> None:
    out = tmp_path / "katalog"
    render_html(library, out)
    (out / "produk" / "stale.html").write_text("old", encoding="utf-8")
    render_html(library, out)
    assert not (out / "produk" / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["katalog"]
    foreign = tmp_path / "Documents"
    foreign.mkdir()
    (foreign / "skripsi.docx").write_text("precious", encoding="utf-8")
    with pytest.raises(UserError):
        render_html(library, foreign)
    assert (foreign / "skripsi.docx").read_text(encoding="utf-8") == "precious"
    with pytest.raises(UserError):
        render_html(library, tmp_path / "x", theme="tidak-ada")


def test_a_hundred_products_quickly(tmp_path) -> None:
    lib = ops.open_or_create(tmp_path / "library")
    try:
        make_library(lib, tmp_path / "incoming", extra_products=100)
        render_html(lib, tmp_path / "warm-up")  # fills the derivative cache
        started = time.perf_counter()
        result = render_html(lib, tmp_path / "katalog")
        seconds = time.perf_counter() - started
    finally:
        lib.close()
    assert result.pages == 104
    assert seconds < 10, f"104 products took {seconds:.1f} s warm"
    index = parse(tmp_path / "katalog" / "index.html")
    assert len(index.cards) == 104
    assert sum(1 for img in index.images if img.get("loading") != "lazy") <= 4
    # 4 photos (480 px long edge) shared by 104 products: each derivative is in img/ once,
    # at 320 and 480 px (the 1200 px size would be the same file), in WebP and JPEG
    assert len(list((tmp_path / "katalog" / "img").iterdir())) == 4 * 2 * 2


def test_evil_story_fixture_is_what_we_think(site) -> None:
    assert "<script>" in EVIL_STORY and "{{" in EVIL_STORY
