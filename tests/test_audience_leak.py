"""Nothing withheld leaves through any registered output (the audience view is the only door).

Every output of the registry is rendered (the list is read from the registry, so a new output is
covered without editing this file) from the demo library plus a product whose name, story,
description and photo captions use every name of the demo's withheld motif (Patola Ratu / Royal
Patola, and the word "patola" its record lists as revealing it) and the name of a weaver who has
not consented (the product also has a packed weight, so the marketplace sheets take it; an output
with a required `template` option gets a minimal template made here for its default channel).
Every file produced is searched: text of PDFs (pdftotext), every XLSX cell, every
DOCX paragraph, table cell, header, footer, property and XML part, HTML, JSON, JS, CSV text, the
XMP credits of every picture, file and folder names, ZIP entries (recursively). The close-up of
the withheld motif is looked for among every image in every output, by a hash of its decoded
pixels (outputs hold resized copies, so the hash is a small average hash, checked against a
canary). With the motif's permission
recorded, the same run finds the motif where it belongs.

An output registered for the `internal` audience (the motif book) is the community's own: it may
show the restricted motif (and must: the canary that it is rendered from the same library), but
still never names a weaver without consent. Every other audience is searched as above.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PIL import Image
from pypdf import PdfReader

from tenun_catalog import operations as ops
from tenun_catalog.demo import build_demo
from tenun_catalog.domain import readiness, rules
from tenun_catalog.domain.entities import Product, TenunDetail, WeaverCredit
from tenun_catalog.export import outputs
from tenun_catalog.export.audience import Selection, build_view
from tenun_catalog.images.xmp import read_xmp
from tests.docx_helpers import docx_images, docx_text
from tests.marketplace_helpers import make_template

WITHHELD_TERMS = ("Patola Ratu", "Royal Patola", "patola", "Naomi Ora")
LEAK_SKU = "TN-BOCOR-001"
TODAY = date.today()


def _distinct_photo(path: Path) -> Path:
    """A close-up unlike any demo photo: bold magenta and green stripes."""
    image = Image.new("RGB", (1200, 1200), (20, 200, 40))
    stripes = Image.new("RGB", (150, 1200), (230, 0, 200))
    for x in range(0, 1200, 300):
        image.paste(stripes, (x, 0))
    image.save(path, "JPEG", quality=92)
    return path


def _plain_photo(path: Path, colour: tuple[int, int, int]) -> Path:
    image = Image.new("RGB", (1200, 900), colour)
    image.paste(Image.new("RGB", (600, 450), (colour[2], colour[0], colour[1])), (300, 225))
    image.save(path, "JPEG", quality=90)
    return path


def average_hash(image: Image.Image) -> int:
    image.draft("L", (64, 64))  # JPEG: decode at a reduced scale (hundreds of images to check)
    small = image.convert("L").resize((16, 16), Image.Resampling.BILINEAR)
    pixels = list(small.tobytes())
    mean = sum(pixels) / len(pixels)
    return sum(1 << i for i, p in enumerate(pixels) if p > mean)


def close(a: int, b: int) -> bool:
    return bin(a ^ b).count("1") <= 24  # of 256 bits; unrelated images differ by ~128


def _build(root: Path, permission: bool) -> Path:
    with ops.opened(root) as lib:
        build_demo(lib, photo_size=(800, 600))  # web copies >= 500 px: the feeds list products
        patola = ops.get_motif(lib, "Patola Ratu")
        assert patola.revealing_words == ["patola"] and not patola.is_public
        if permission:
            ops.edit_motif(
                lib,
                patola.id,
                {"permission_by": "Raja Kambera", "permission_date": date(2026, 1, 5)},
            )
        producer = ops.get_product(lib, "TN-STM-002").producer_id
        ops.add_product(
            lib,
            Product(
                sku=LEAK_SKU,
                kind="tenun",
                producer_id=producer,
                name_id="Hinggi Patola Ratu",
                name_en="Royal Patola Hinggi",
                description_id="Kain bermotif patola. Warnanya merah tua.",
                description_en="A cloth with a patola pattern. Its colour is deep red.",
                story_id=(
                    "Motif Patola Ratu dipakai keluarga bangsawan. Ditenun oleh Naomi Ora "
                    "selama delapan bulan. Benangnya dipintal tangan.\n\nRoyal Patola adalah "
                    "nama lainnya. Pewarnanya mengkudu."
                ),
                story_en=(
                    "The Royal Patola motif is worn by noble families. Woven by Naomi Ora over "
                    "eight months. The yarn is hand-spun."
                ),
                price=3_500_000,
                wholesale_price=3_000_000,
                min_order=1,
                lead_time_days=30,
                stock=1,
                packaging="Kotak karton",
                packed_weight_g=1800,  # ready for the marketplace sheets too
                tenun=TenunDetail(
                    tenun_type="selimut",
                    origin_kabupaten="sumba_timur",
                    suku="Sumba (Kambera)",
                    techniques=["ikat_lungsi"],
                    dyes=["mengkudu"],
                    dye_class="alam",
                    length_cm=240,
                    width_cm=120,
                    days_to_make=240,
                    weavers=[WeaverCredit("Naomi Ora", False), WeaverCredit("Yuliana Konga", True)],
                ),
                motif_ids=[patola.id],
            ),
        )
        folder = root.parent / "foto-masuk"
        folder.mkdir()
        shots = [
            _plain_photo(folder / "utama.jpg", (120, 30, 30)),
            _distinct_photo(folder / "detail.jpg"),
            _plain_photo(folder / "belakang.jpg", (30, 60, 120)),
        ]
        ops.attach_photos(lib, LEAK_SKU, shots)
        stored = ops.list_photos(lib, LEAK_SKU)
        captions = [
            ("Hinggi Patola Ratu dibentangkan.", "The Royal Patola hinggi, spread out."),
            ("Detail motif patola. Buatan Naomi Ora.", "Detail of the patola motif."),
            ("Sisi belakang.", "The back, woven by Naomi Ora."),
        ]
        roles = ["utama", "detail_motif", "sisi_belakang"]
        for photo, (cap_id, cap_en), role in zip(stored, captions, roles, strict=True):
            ops.edit_photo(
                lib,
                photo.id,
                {"caption_id": cap_id, "caption_en": cap_en, "role": role, "alt_id": cap_id},
            )
    return root


def _selection(lib, spec: outputs.OutputSpec) -> Selection:
    if spec.per == "producers":  # every producer it can (one demo producer's permit expired)
        return Selection(all_producers=True)
    if spec.sku_required:
        skus = []
        for summary in ops.list_products(lib):
            product = ops.get_product(lib, summary.sku)
            producer = ops.get_producer(lib, product.producer_id)
            batch = rules.LabelBatch(TODAY - timedelta(days=1), "B1", TODAY + timedelta(days=10))
            if spec.readiness == "label" and product.kind != "sei":
                continue
            found = rules.validate_label(product, producer, batch, today=TODAY)
            if spec.readiness != "label" or not any(f.is_error for f in found):
                skus.append(product.sku)
        assert skus, f"no product can make {spec.key}"
        return Selection(skus=tuple(skus))
    return Selection()


REQUIRED_VALUES = {  # required options, by option name (any output that has one)
    "kabupaten": "sumba_timur",  # the GI draft: the area of the withheld motif and its cloth
    "batch": "B1",
    "produced": (TODAY - timedelta(days=1)).isoformat(),
    "best_before": (TODAY + timedelta(days=10)).isoformat(),
}


def _options(spec: outputs.OutputSpec, folder: Path | None = None) -> dict[str, object]:
    """Options to run `spec` with. A required `template` (a marketplace's downloaded upload
    template) is made in `folder` for the output's default `channel`."""
    options = {}
    for option in spec.options:
        if option.required and option.name == "template":
            assert folder is not None, f"{spec.key} needs a folder for its template"
            channel = spec.defaults().get("channel") or ""
            options[option.name] = make_template(folder / f"{spec.key}-template.xlsx", channel)
        elif option.required:
            options[option.name] = REQUIRED_VALUES[option.name]
        if option.name == "allow_incomplete":
            options[option.name] = True
        if option.name == "base_url":
            options[option.name] = "https://katalog.example.id/"
        if option.name == "lang" and "id+en" in option.choices:
            options[option.name] = "id+en"
    return options


def render_every_output(root: Path, out_dir: Path) -> dict[str, Path]:
    written = {}
    with ops.opened(root) as lib:
        for spec in outputs.registered():
            target = out_dir / f"{spec.key}{spec.suffix}"
            options = _options(spec, out_dir) | {"subprocess": False}
            result = outputs.run(spec.key, lib, _selection(lib, spec), target, options)
            written[spec.key] = target
            assert Path(result.path).exists()
    return written


# ---- reading everything back -----------------------------------------------------------------


def _pdf_text(data: bytes, tmp: Path) -> str:
    pdf = tmp / "x.pdf"
    pdf.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    reader = PdfReader(io.BytesIO(data))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    outline = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline.append(item.title)

    walk(reader.outline)
    return "\n".join([text, meta, *outline])


def _pdf_images(pdf: Path) -> list[bytes]:
    """Every image of a PDF as its own file (pdfimages -all keeps JPEGs as they are)."""
    folder = pdf.parent / "img"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    subprocess.run(["pdfimages", "-all", str(pdf), str(folder / "i")], check=True)
    return [p.read_bytes() for p in sorted(folder.iterdir())]


def collect(name: str, data: bytes, tmp: Path, texts: list[str], pictures: list) -> None:
    """Text and images of one file (by its name), recursing into ZIPs."""
    texts.append(name)
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        texts.append(_pdf_text(data, tmp))
        pictures += [(name, im) for im in _pdf_images(tmp / "x.pdf")]
    elif suffix == ".xlsx":
        book = openpyxl.load_workbook(io.BytesIO(data))
        for sheet in book.worksheets:
            texts.append(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                texts.append(" ".join(str(v) for v in row if v is not None))
    elif suffix == ".docx":
        texts.append(docx_text(data))
        pictures += [(f"{name}/{entry}", im) for entry, im in docx_images(data)]
    elif suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for entry in zf.namelist():
                collect(entry, zf.read(entry), tmp, texts, pictures)
    elif suffix in (".jpg", ".jpeg", ".png", ".webp"):
        pictures.append((name, data))
        texts.append(read_xmp(data).decode("utf-8", errors="replace"))  # credits travel along
    elif suffix in (".html", ".json", ".js", ".csv", ".txt", ".css", ".xml", ".svg", ""):
        texts.append(data.decode("utf-8", errors="replace"))


def read_back(written: dict[str, Path], tmp: Path) -> tuple[str, list]:
    texts: list[str] = []
    pictures: list = []
    for path in written.values():
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            collect(str(file.relative_to(path.parent)), file.read_bytes(), tmp, texts, pictures)
    return "\n".join(texts), pictures


def picture_hashes(pictures: list) -> dict[int, str]:
    """Average hash -> a file holding it, each distinct picture decoded once."""
    seen: dict[bytes, int] = {}
    out: dict[int, str] = {}
    for name, picture in pictures:
        key = hashlib.sha256(picture).digest()
        if key not in seen:
            seen[key] = average_hash(Image.open(io.BytesIO(picture)))
            out.setdefault(seen[key], name)
    return out


def hits(text: str) -> dict[str, int]:
    flat = re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", text)  # words hyphenated across lines
    flat = re.sub(r"\s+", " ", flat).casefold()
    squeezed = flat.replace(" ", "")
    return {
        term: len(re.findall(re.escape(term.casefold().replace(" ", "")), squeezed))
        for term in WITHHELD_TERMS
    }


def detail_hash(root: Path) -> int:
    with ops.opened(root) as lib:
        detail = next(p for p in ops.list_photos(lib, LEAK_SKU) if p.role == "detail_motif")
        return average_hash(Image.open(lib.photos_dir / detail.filename))


# ---- the tests -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def withheld_run(tmp_path_factory):
    root = _build(tmp_path_factory.mktemp("bocor") / "library", permission=False)
    out = tmp_path_factory.mktemp("bocor-out")
    return root, render_every_output(root, out), tmp_path_factory.mktemp("bocor-tmp")


def _outside(written: dict[str, Path]) -> dict[str, Path]:
    """The outputs that leave the community (every audience but `internal`)."""
    return {k: v for k, v in written.items() if outputs.get(k).audience != "internal"}


def test_every_registered_output_is_covered(withheld_run) -> None:
    _, written, _ = withheld_run
    assert set(written) == {s.key for s in outputs.registered()}
    assert {"pdf", "html", "price-list", "labels", "hang-tags", "submission"} <= set(written)
    assert {"gi-draft", "motif-book"} <= set(written)
    assert set(written) - set(_outside(written)) == {"motif-book"}


def test_no_output_names_a_withheld_motif_or_a_weaver_without_consent(withheld_run) -> None:
    root, written, tmp = withheld_run
    text, _ = read_back(_outside(written), tmp)
    assert "Yuliana Konga" in text  # a consenting weaver is credited: the reading works
    assert "Kotak karton" in text or "Benangnya dipintal tangan" in text
    assert hits(text) == dict.fromkeys(WITHHELD_TERMS, 0)


def test_the_gi_draft_is_read_and_holds_only_the_placeholder(withheld_run) -> None:
    _, written, tmp = withheld_run
    text, pictures = read_back({"gi-draft": written["gi-draft"]}, tmp)
    assert "Yuliana Konga" in text and "Njara" in text  # the reader sees the document
    assert "menunggu keputusan komunitas" in text and pictures
    assert hits(text) == dict.fromkeys(WITHHELD_TERMS, 0)


def test_internal_outputs_show_the_restricted_motif_but_no_weaver_without_consent(
    withheld_run,
) -> None:
    _, written, tmp = withheld_run
    internal = {k: v for k, v in written.items() if k not in _outside(written)}
    text, _ = read_back(internal, tmp)
    found = hits(text)
    assert found["Patola Ratu"] > 0  # the community's own book: the canary
    assert found["Naomi Ora"] == 0


def test_no_output_holds_the_close_up_of_the_withheld_motif(withheld_run) -> None:
    root, written, tmp = withheld_run
    _, pictures = read_back(_outside(written), tmp)
    assert len(pictures) > 50
    target = detail_hash(root)
    found = [name for digest, name in picture_hashes(pictures).items() if close(digest, target)]
    assert found == []


def test_with_permission_the_motif_is_where_it_belongs(tmp_path_factory) -> None:
    root = _build(tmp_path_factory.mktemp("izin") / "library", permission=True)
    out = tmp_path_factory.mktemp("izin-out")
    with ops.opened(root) as lib:
        view = build_view(lib, Selection(skus=(LEAK_SKU,)))
        assert view.withheld_motifs == []
        assert [m.name_id for m in view.product(LEAK_SKU).motifs] == ["Patola Ratu"]
        keys = [s.key for s in outputs.registered() if s.key in ("pdf", "html", "hang-tags")]
        written = {}
        for key in keys:
            spec = outputs.get(key)
            target = out / f"{key}{spec.suffix}"
            outputs.run(key, lib, Selection(), target, _options(spec) | {"subprocess": False})
            written[key] = target
    text, pictures = read_back(written, tmp_path_factory.mktemp("izin-tmp"))
    found = hits(text)
    assert found["Patola Ratu"] > 0 and found["Royal Patola"] > 0 and found["patola"] > 0
    assert found["Naomi Ora"] == 0  # consent is a separate matter: still not given
    target = detail_hash(root)
    assert any(close(digest, target) for digest in picture_hashes(pictures))  # canary


def test_submission_readiness_counts_only_what_the_package_holds(withheld_run) -> None:
    root, _, _ = withheld_run
    with ops.opened(root) as lib:
        view = build_view(lib, Selection(skus=(LEAK_SKU,)), "submission")
        item = view.product(LEAK_SKU)
        assert [p.role for p in item.photos] == ["utama", "sisi_belakang"]
        result = item.readiness("submission", TODAY)
        assert isinstance(result, readiness.Readiness)
        messages = " ".join(f.message_id + f.message_en for f in result.missing + result.findings)
        assert "Patola" not in messages and "Naomi" not in messages
