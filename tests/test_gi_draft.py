"""The draft GI description document (`report gi-draft`) and the motif book (`report
motif-book`), read back from the files they write (issue 13, items 3 and 4).

- The demo's Rote Ndao and Sumba Timur drafts open with python-docx, have every section, count
  weaver groups and weavers as the library does (counted here on the records, not through the
  view), name what is missing, and name a weaver only with consent.
- A restricted motif whose permission does not cover the submission appears only as the
  placeholder: no name, local name, meaning, narrative or revealing word anywhere in the file
  (XML parts and properties included); once the permission covers the submission, it appears.
- With LibreOffice installed, the draft converts to PDF (what the MPIG will open).
- The motif book marks every page as internal and shows the restricted motif.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.demo import build_demo
from tenun_catalog.domain.entities import Narrative, Product, TenunDetail, WeaverCredit
from tenun_catalog.export import outputs
from tenun_catalog.export.audience import Selection
from tenun_catalog.export.gi_draft import SECTIONS
from tests.docx_helpers import docx_paragraphs, docx_text

PATOLA_WORDS = ("Patola Ratu", "Royal Patola", "patola", "bangsawan", "pedagang", "heirloom")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("gi") / "library"
    with ops.opened(root) as lib:
        build_demo(lib, photo_size=(640, 480))
        patola = ops.get_motif(lib, "Patola Ratu")
        # A narrative open to the submission on a motif the submission may not see: it must
        # stay out with its motif.
        ops.add_narrative(
            lib,
            patola.id,
            Narrative(0, "Ina Lika", audience="public", text_id="Kisah kain kerajaan lama."),
        )
        # A Rote weaver who has not agreed to be named: counted, never named.
        producer = ops.get_producer(lib, "Kelompok Tenun Ti'ilangga Lobalain")
        ops.add_product(
            lib,
            Product(
                sku="TN-RTN-009",
                kind="tenun",
                producer_id=producer.id,
                name_id="Selendang Rote Baru",
                price=450_000,
                tenun=TenunDetail(
                    tenun_type="selendang",
                    origin_kabupaten="rote_ndao",
                    yarn="pabrik",
                    weavers=[
                        WeaverCredit("Dorkas Tanpa Izin", False),
                        WeaverCredit("Yakoba Ndun", True),
                    ],
                ),
            ),
        )
    return root


def _draft(root, kabupaten: str, out) -> tuple[str, list[tuple[str, str]]]:
    with ops.opened(root) as lib:
        result = outputs.run(
            "gi-draft", lib, Selection(all_producers=True), out, {"kabupaten": kabupaten}
        )
    assert result.path == out and out.is_file()
    return docx_text(out), docx_paragraphs(out)


def _counted(root, kabupaten: str) -> tuple[int, int, int, set[str]]:
    """Weaver groups, weavers, declared members and the names that may be given, counted on
    the stored records."""
    with ops.opened(root) as lib:
        producers = {p.id: p for p in ops.list_producers(lib)}
        names: dict[str, bool] = {}
        makers = set()
        for summary in ops.list_products(lib):
            product = ops.get_product(lib, summary.sku)
            if product.tenun is None:
                continue
            home = product.tenun.origin_kabupaten or producers[product.producer_id].kabupaten
            if home != kabupaten:
                continue
            makers.add(product.producer_id)
            for credit in product.tenun.weavers:
                key = credit.name.strip()
                names[key] = names.get(key, True) and credit.consent
        area = [p for p in producers.values() if p.kabupaten == kabupaten or p.id in makers]
        groups = [p for p in area if p.producer_type != "penenun"]
        for p in area:
            if p.producer_type == "penenun":
                names.setdefault(p.name, True)
        members = sum(p.members_count or 0 for p in groups)
        return len(groups), len(names), members, {n for n, ok in names.items() if ok}


@pytest.mark.parametrize("kabupaten", ["rote_ndao", "sumba_timur"])
def test_the_draft_has_every_section_and_counts_as_the_library(demo, tmp_path, kabupaten):
    text, paragraphs = _draft(demo, kabupaten, tmp_path / f"ig-{kabupaten}.docx")
    headings = [t for style, t in paragraphs if style == "Heading 1"]
    assert headings == list(SECTIONS)
    groups, weavers, members, named = _counted(demo, kabupaten)
    assert groups >= 1 and weavers >= 1
    assert f"Jumlah kelompok penenun\n{groups}" in text
    assert f"Jumlah penenun tercatat\n{weavers}" in text
    assert f"Anggota yang dilaporkan kelompok\n{members}" in text
    line = next(t for _, t in paragraphs if t.startswith("Penenun yang setuju disebut namanya"))
    assert set(line.split(": ", 1)[1].split(", ")) == named
    missing = paragraphs[[t for _, t in paragraphs].index(SECTIONS[8]) + 1 :]
    assert missing and all(style == "List Bullet" for style, _ in missing)
    assert any("Peta batas wilayah" in t for _, t in missing)
    # dyes with their plants and the production steps come from the demo's steps
    assert "Morinda citrifolia" in text and "Indigofera tinctoria" in text
    assert "Pengikatan motif" in text and "Penenunan" in text


def test_rote_draft_names_its_gi_and_what_is_missing(demo, tmp_path):
    text, paragraphs = _draft(demo, "rote_ndao", tmp_path / "rote.docx")
    assert "Tenun Ikat Rote Ndao" in text and "dalam proses" in text
    assert "Namodale, Lobalain" in text and "Belah Ketupat" in text
    assert "Dorkas" not in text  # counted, not named
    missing = " ".join(t for style, t in paragraphs if style == "List Bullet")
    assert "Persetujuan 1 penenun" in missing
    assert "Tahap produksi untuk 1 kain yang belum punya: TN-RTN-009" in missing
    assert "Uraian tahap produksi: penyelesaian" in missing  # no Rote cloth has that step
    assert "Motif Belah Ketupat: nama lokal" in missing
    assert "Keanggotaan MPIG" in missing


def test_a_restricted_motif_without_submission_permission_is_only_a_placeholder(demo, tmp_path):
    text, paragraphs = _draft(demo, "sumba_timur", tmp_path / "sumba.docx")
    folded = text.casefold()
    for word in PATOLA_WORDS:
        assert word.casefold() not in folded, word
    assert "Kisah kain kerajaan lama" not in text  # its narrative stays out with it
    with ops.opened(demo) as lib:
        number = ops.get_motif(lib, "Patola Ratu").id
    headings = [t for style, t in paragraphs if style == "Heading 2"]
    assert "6.3 Motif terbatas - menunggu keputusan komunitas" in headings
    assert f"motif nomor {number}" in text and "Komunitas pemegang motif perlu memutuskan" in text
    assert "Njara" in text and "Kurangu" in text  # the open motifs are described
    assert "Selimut Sumba Timur" in text  # the cloth keeps a generic name in captions


def test_permission_for_the_public_only_still_leaves_a_placeholder_and_for_the_submission_not(
    demo, tmp_path
):
    with ops.opened(demo) as lib:
        patola = ops.get_motif(lib, "Patola Ratu")
        ops.edit_motif(
            lib,
            patola.id,
            {
                "permission_by": "Raja Kambera",
                "permission_date": date(2026, 1, 5),
                "permission_uses": ["public"],
            },
        )
    try:
        text, _ = _draft(demo, "sumba_timur", tmp_path / "public-only.docx")
        assert "patola" not in text.casefold() and "menunggu keputusan komunitas" in text
        with ops.opened(demo) as lib:
            ops.edit_motif(lib, patola.id, {"permission_uses": ["submission"]})
        text, paragraphs = _draft(demo, "sumba_timur", tmp_path / "submission.docx")
        assert "Patola Ratu" in text and "Kisah kain kerajaan lama" in text
        assert "menunggu keputusan komunitas" not in text
        assert "Izin dari Raja Kambera" in text
    finally:
        with ops.opened(demo) as lib:
            ops.edit_motif(
                lib,
                patola.id,
                {"permission_by": "", "permission_date": None, "permission_uses": []},
            )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_draft(demo, tmp_path):
    source = tmp_path / "rote.docx"
    _draft(demo, "rote_ndao", source)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    reader = PdfReader(tmp_path / "rote.pdf")
    assert len(reader.pages) >= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Yang Masih Kurang" in text and "Tenun Ikat Rote Ndao" in text


def test_cli_gi_draft_refuses_what_it_cannot_make(demo, tmp_path, capsys):
    base = ["--library", str(demo), "report", "gi-draft"]
    with pytest.raises(SystemExit) as done:
        main([*base, "--out", str(tmp_path / "a.docx")])  # no --kabupaten: bad usage
    assert done.value.code == 2
    assert main([*base, "--kabupaten", "rote_ndao", "--out", str(tmp_path / "a.pdf")]) == 1
    assert main([*base, "--kabupaten", "atlantis", "--out", str(tmp_path / "a.docx")]) == 1
    assert not list(tmp_path.iterdir())
    capsys.readouterr()
    assert main([*base, "--kabupaten", "Rote Ndao", "--out", str(tmp_path / "ig.docx")]) == 0
    assert "Draf deskripsi IG (DOCX) dibuat" in capsys.readouterr().out


def test_the_motif_book_marks_every_page_and_shows_the_restricted_motif(demo, tmp_path):
    out = tmp_path / "buku.pdf"
    with ops.opened(demo) as lib:
        result = outputs.run(
            "motif-book", lib, Selection(all_producers=True), out, {"kabupaten": "sumba_timur"}
        )
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) > 1
    pages = [page.extract_text() for page in reader.pages]
    for number, text in enumerate(pages, 1):
        folded = " ".join(text.split()).casefold()
        assert "untuk kalangan sendiri" in folded and "for the community only" in folded, number
    everything = "\n".join(pages)
    assert "Patola Ratu" in everything and "Terbatas / Restricted".upper() in everything.upper()
    assert "Kisah kain kerajaan lama" in everything  # its narratives are the community's
    assert "belum dicatat / not recorded" in everything  # the permission record's state
    assert outputs.get("motif-book").audience == "internal"
