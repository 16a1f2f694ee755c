"""Product feeds (Meta, Google) and credited photos (XMP in every JPEG given to others).

A real demo library (photos 1000x750, so the web catalog's largest JPEG is >= 500 px) with the
withheld motif Patola Ratu (TN-STM-002) and the weaver Naomi Ora who has not consented
(TN-KAB-001) named in photo captions. Feeds are made through the CLI and parsed with the csv
module; every image_link is checked against the files `render html` of the same library wrote.
XMP is read back with Pillow (the APP1 segment) and parsed as XML.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PIL import Image

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.demo import build_demo
from tenun_catalog.domain import Producer, Product
from tenun_catalog.export import feeds, names, outputs
from tenun_catalog.export.audience import Selection
from tenun_catalog.export.package import build_submission
from tenun_catalog.images import PhotoCredit, read_xmp, synthetic, xmp_packet
from tenun_catalog.images.xmp import MAX_PACKET_BYTES, with_xmp
from tests.conftest import library_state

BASE = "https://koperasi.example.id/katalog/"
WITHHELD = ("patola", "naomi ora")
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
}
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("feeds") / "library"
    with ops.opened(root) as lib:
        build_demo(lib, photo_size=(1000, 750))
        for photo in ops.list_photos(lib, "TN-STM-002"):
            ops.edit_photo(
                lib,
                photo.id,
                {
                    "caption_id": "Selimut Patola Ratu dibentangkan. Benang pintal tangan.",
                    "caption_en": "The Royal Patola mantle. Hand-spun yarn.",
                },
            )
        for photo in ops.list_photos(lib, "TN-KAB-001"):
            ops.edit_photo(
                lib,
                photo.id,
                {
                    "caption_id": "Ditenun oleh Naomi Ora di Baun. Merah mengkudu.",
                    "caption_en": "Woven by Naomi Ora in Baun. Morinda red.",
                },
            )
    return root


@pytest.fixture(scope="module")
def web(demo, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("feeds-web") / "web"
    args = ["--library", str(demo), "render", "html", "--base-url", BASE, "--out", str(out)]
    assert main(args) == 0
    return out


def _feed(demo: Path, out: Path, *args: str) -> list[dict[str, str]]:
    code = main(["--library", str(demo), "render", "feed", *args, "--out", str(out)])
    assert code == 0
    with open(out, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        header = reader.fieldnames
    assert header is not None
    return header, rows  # type: ignore[return-value]


def _stock(demo: Path) -> dict[str, int | None]:
    with ops.opened(demo) as lib:
        return {s.sku: ops.get_product(lib, s.sku).stock for s in ops.list_products(lib)}


def _check_images(rows, web: Path) -> int:
    """Every image URL is a JPEG the web export wrote, >= 500x500; the count checked."""
    checked = 0
    for row in rows:
        urls = [row["image_link"]] + [u for u in row["additional_image_link"].split(",") if u]
        for url in urls:
            assert url.startswith(BASE), url
            file = web / url[len(BASE) :]
            assert file.is_file(), f"{url} is not a file of the web export"
            with Image.open(file) as image:
                assert image.format == "JPEG"
                assert min(image.size) >= 500, (url, image.size)
            checked += 1
    return checked


# ---- the feeds ---------------------------------------------------------------------------------


def test_meta_feed_of_the_demo(demo, web, tmp_path, capsys) -> None:
    header, rows = _feed(demo, tmp_path / "meta.csv", "--channel", "meta", "--base-url", BASE)
    assert header == list(feeds.COLUMNS["meta"])
    stock = _stock(demo)
    skus = [r["id"] for r in rows]
    assert len(skus) == len(set(skus)) and "TN-KAB-001" in skus and "TN-STM-002" in skus
    for row in rows:
        for column in ("id", "title", "description", "price", "link", "image_link", "brand"):
            assert row[column], (row["id"], column)
        assert re.fullmatch(r"[1-9][0-9]* IDR", row["price"]), row["price"]
        expected = "out of stock" if stock[row["id"]] == 0 else "in stock"
        assert row["availability"] == expected
        assert row["condition"] == "new" and row["origin_country"] == "ID"
        assert "<" not in row["description"] and "\n" not in row["description"]
        assert len(row["description"]) <= 5000
        assert row["link"] == BASE + names.page_path(row["id"])
        assert (web / names.page_path(row["id"])).is_file()  # the page the link opens
        assert len(row["additional_image_link"].split(",")) <= 10
    assert {r["availability"] for r in rows} == {"in stock", "out of stock"}
    assert _check_images(rows, web) > len(rows)
    kab = next(r for r in rows if r["id"] == "TN-KAB-001")
    assert kab["material"] and kab["pattern"]
    # The product without photos is reported, in the chosen language, not silently dropped.
    err = capsys.readouterr().err
    assert "TN-KPG-003" in err and "belum ada foto" in err
    assert len(rows) + err.count("  TN-") == len(stock)


def test_google_feed_of_the_demo_in_english(demo, web, tmp_path) -> None:
    header, rows = _feed(
        demo, tmp_path / "g.csv", "--channel", "google", "--base-url", BASE, "--lang", "en"
    )
    assert header == list(feeds.COLUMNS["google"])
    assert rows
    for row in rows:
        assert len(row["id"]) <= 50
        assert row["availability"] in ("in_stock", "out_of_stock", "preorder", "backorder")
        assert re.fullmatch(r"[1-9][0-9]* IDR", row["price"])
        assert row["identifier_exists"] == "no" and row["condition"] == "new"
    sei = next(r for r in rows if r["id"] == "SEI-SPI-001")
    assert "beef" in sei["title"].lower()  # English text
    _check_images(rows, web)


def test_feeds_never_name_what_is_withheld(demo, tmp_path) -> None:
    for channel in feeds.CHANNELS:
        out = tmp_path / f"{channel}.csv"
        _, rows = _feed(demo, out, "--channel", channel, "--base-url", BASE)
        text = out.read_text(encoding="utf-8").casefold()
        assert not any(term in text for term in WITHHELD), channel
        stm = next(r for r in rows if r["id"] == "TN-STM-002")
        assert "patola" not in stm["title"].casefold() and stm["title"]


def test_feed_without_base_url_says_where_to_set_it(demo, tmp_path, capsys) -> None:
    with ops.opened(demo) as lib:
        before = library_state(lib)
    out = tmp_path / "meta.csv"
    assert main(["--library", str(demo), "render", "feed", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Alamat web katalog" in err and "catalog edit" in err and "--base-url" in err
    assert "Traceback" not in err
    assert main(["--lang", "en", "--library", str(demo), "render", "feed", "--out", str(out)]) == 1
    assert "Web address of the catalog" in capsys.readouterr().err
    code = main(
        ["--library", str(demo), "render", "feed", "--base-url", "javascript:x", "--out", str(out)]
    )
    assert code == 1 and "https://" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == []
    with ops.opened(demo) as lib:
        assert library_state(lib) == before
        assert before[2] == "ok"


def test_feed_uses_the_catalog_web_address(demo, tmp_path, capsys) -> None:
    url = "https://tenun.example.id/pameran/"
    assert (
        main(
            [
                "--library",
                str(demo),
                "catalog",
                "create",
                "--name",
                "toko-web",
                "--kind",
                "tenun",
                "--language",
                "en",
            ]
        )
        == 0
    )
    out = tmp_path / "meta.csv"
    args = ["--library", str(demo), "render", "feed", "--catalog", "toko-web", "--out", str(out)]
    capsys.readouterr()
    assert main(args) == 1  # no address yet
    assert "Alamat web katalog" in capsys.readouterr().err and not out.exists()
    edit = ["--library", str(demo), "catalog", "edit", "toko-web", "--base-url", url]
    assert main(edit) == 0
    assert main(args) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(r["id"].startswith("TN-") for r in rows)
    assert all(r["link"].startswith(url) and r["image_link"].startswith(url) for r in rows)
    assert "Ikat" in " ".join(r["title"] for r in rows)  # the catalog's language (English)
    assert main(["--library", str(demo), "catalog", "remove", "toko-web"]) == 0


def _small_library(lib, folder: Path) -> None:
    producer = ops.add_producer(lib, Producer(name="KUB Tenun Ina", kabupaten="kota_kupang")).after
    folder.mkdir()

    def photo(name: str, size: tuple[int, int]) -> Path:
        return synthetic.make_ikat_photo(folder / f"{name}.jpg", seed=len(name), size=size)

    def add(sku: str, size: tuple[int, int] | None, **fields) -> None:
        values = {"name_id": "Selendang Ikat", "price": 250000, "producer_id": producer.id}
        values.update(fields)
        ops.add_product(lib, Product(sku=sku, kind="tenun", **values))
        if size:
            ops.attach_photos(lib, sku, [photo(sku, size)])

    add(
        "OK-001",
        (800, 600),
        name_id="=Selendang Ikat Kupang",
        description_id='=HYPERLINK("http://x") <b>Kain</b> ikat\n\nhalus\t sekali.',
        stock=0,
    )
    add("SMALL-001", (600, 400))
    add("NOPRICE-001", (800, 600), price=None)
    add("NOPHOTO-001", None)
    add("L" * 60, (800, 600))


def test_feed_reports_products_that_are_not_ready(lib, tmp_path) -> None:
    _small_library(lib, tmp_path / "in")
    before = library_state(lib)
    out = tmp_path / "g.csv"
    result = outputs.run(
        "feed", lib, Selection(), out, {"channel": "google", "base_url": "https://x.example/"}
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["OK-001"]
    ok = rows[0]
    assert ok["availability"] == "out_of_stock" and ok["price"] == "250000 IDR"
    assert ok["title"] == "Selendang Ikat Kupang"  # never opens as a formula in a sheet
    assert ok["description"] == 'HYPERLINK("http://x") Kain ikat halus sekali.'
    notes_id = "\n".join(n[0] for n in result.notes)
    notes_en = "\n".join(n[1] for n in result.notes)
    assert re.search(r"SMALL-001: foto utamanya hanya (600×400|400×600) .* 500×500", notes_id)
    assert "NOPRICE-001: belum ada harga" in notes_id
    assert "NOPHOTO-001: has no photo" in notes_en
    assert f"{'L' * 60}: the SKU is longer than 50" in notes_en
    assert result.products == 1
    # Meta takes the long SKU (ids up to 100 characters).
    outputs.run(
        "feed", lib, Selection(), out, {"channel": "meta", "base_url": "https://x.example/"}
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["OK-001", "L" * 60]
    assert rows[0]["availability"] == "out of stock"
    assert library_state(lib) == before


# ---- credited photos ---------------------------------------------------------------------------


def _xmp(data: bytes) -> ET.Element:
    image = Image.open(io.BytesIO(data))
    raw = image.info.get("xmp")  # Pillow finds the segment: any reader does
    assert raw, "no XMP"
    assert raw == read_xmp(data)
    return ET.fromstring(raw)


def _values(root: ET.Element, path: str) -> list[str]:
    return [e.text or "" for e in root.iterfind(path, NS)]


def _credit(root: ET.Element) -> dict[str, object]:
    desc = ".//dc:description/rdf:Alt/rdf:li"
    return {
        "creator": _values(root, ".//dc:creator/rdf:Seq/rdf:li"),
        "rights": _values(root, ".//dc:rights/rdf:Alt/rdf:li"),
        "credit": _values(root, ".//photoshop:Credit"),
        "title": _values(root, ".//dc:title/rdf:Alt/rdf:li"),
        "caption": {e.get(LANG): e.text for e in root.iterfind(desc, NS)},
        "weavers": _values(root, ".//Iptc4xmpExt:AOCreator/rdf:Seq/rdf:li"),
    }


def _no_withheld(data: bytes) -> None:
    text = read_xmp(data).decode("utf-8").casefold()
    assert not any(term in text for term in WITHHELD), text


def test_web_catalog_jpegs_carry_credits(demo, web) -> None:
    files = sorted((web / "img").glob("*.jpg"))
    assert len(files) > 50
    by_sha: dict[str, dict[str, object]] = {}
    for file in files:
        data = file.read_bytes()
        credit = _credit(_xmp(data))
        assert credit["creator"] == ["Foto demo (gambar sintetis)"], file.name
        assert credit["rights"] and credit["rights"][0].startswith("© ")
        assert credit["credit"] and credit["title"]
        _no_withheld(data)
        by_sha[file.name.split("-")[0]] = credit
    with ops.opened(demo) as lib:
        kab = [p.sha256[:16] for p in ops.list_photos(lib, "TN-KAB-001")]
        stm = [p.sha256[:16] for p in ops.list_photos(lib, "TN-STM-002")]
    for sha in kab:
        credit = by_sha[sha]
        # Naomi Ora's sentence is gone; the rest of the caption stays, in both languages.
        assert credit["caption"] == {
            "x-default": "Merah mengkudu.",
            "id": "Merah mengkudu.",
            "en": "Morinda red.",
        }
        assert credit["weavers"] == []  # her only weaver has not consented
    shown = [by_sha[sha] for sha in stm if sha in by_sha]
    assert shown  # the close-ups are not exported at all; the rest carry the redacted caption
    for credit in shown:
        assert credit["caption"]["id"] == "Benang pintal tangan."
        assert credit["weavers"] == ["Yuliana Konga"]  # a consenting weaver is credited


def test_package_photos_carry_credits(demo, tmp_path) -> None:
    with ops.opened(demo) as lib:
        producers = [ops.get_product(lib, s).producer_id for s in ("TN-KAB-001", "TN-STM-002")]
        build_submission(lib, tmp_path / "paket.zip", producers=producers, allow_incomplete=True)
    with zipfile.ZipFile(tmp_path / "paket.zip") as zf:
        jpegs = [n for n in zf.namelist() if n.endswith(".jpg") and "/foto/" in n]
        assert len(jpegs) >= 4
        for name in jpegs:
            data = zf.read(name)
            credit = _credit(_xmp(data))
            assert credit["creator"] and credit["rights"] and credit["credit"], name
            assert credit["caption"], name
            _no_withheld(data)
        kab = [n for n in jpegs if "TN-KAB-001" in n]
        assert kab
        assert all(_credit(_xmp(zf.read(n)))["caption"]["en"] == "Morinda red." for n in kab)


# ---- the XMP packet itself ---------------------------------------------------------------------


def test_xmp_escapes_captions_and_keeps_the_pixels(tmp_path) -> None:
    path = synthetic.make_ikat_photo(tmp_path / "a.jpg", seed=3, size=(300, 200))
    jpeg = path.read_bytes()
    hostile = "Kain </rdf:li><x:evil/> & \"kutip\" 'satu' ]]> <?php ?>\x00\x07\ufffe selesai"
    credit = PhotoCredit(
        title_id=hostile,
        caption_id=hostile,
        caption_en="ok",
        creator="A & B",
        copyright="© A & B",
        artwork_creators=("Ina <Ndao>",),
    )
    marked = with_xmp(jpeg, xmp_packet(credit))
    got = _credit(_xmp(marked))
    cleaned = "Kain </rdf:li><x:evil/> & \"kutip\" 'satu' ]]> <?php ?> selesai"
    assert got["caption"]["id"] == cleaned and got["title"][0] == cleaned
    assert got["creator"] == ["A & B"] and got["weavers"] == ["Ina <Ndao>"]
    assert Image.open(io.BytesIO(marked)).tobytes() == Image.open(path).tobytes()
    # A second credit replaces the first: one XMP segment, the image data untouched.
    again = with_xmp(marked, xmp_packet(PhotoCredit(creator="C")))
    assert again.count(b"http://ns.adobe.com/xap/1.0/\x00") == 1
    assert _credit(_xmp(again))["creator"] == ["C"]
    assert len(again) - len(xmp_packet(PhotoCredit(creator="C"))) < len(jpeg) + 64
    assert with_xmp(b"not a jpeg", xmp_packet(credit)) == b"not a jpeg"


def test_xmp_of_huge_captions_fits_one_segment(tmp_path) -> None:
    big = "&<>" * 40_000 + "\U0001f9f5" * 10_000
    packet = xmp_packet(
        PhotoCredit(
            title_id=big,
            caption_id=big,
            caption_en=big,
            creator=big,
            copyright=big,
            licence=big,
            credit_line=big,
            artwork_creators=(big,) * 100,
        )
    )
    assert len(packet) <= MAX_PACKET_BYTES
    path = synthetic.make_ikat_photo(tmp_path / "b.jpg", seed=4, size=(200, 200))
    got = _credit(_xmp(with_xmp(path.read_bytes(), packet)))
    assert got["creator"] and len(got["weavers"]) == 20
