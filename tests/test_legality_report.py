"""`tenun-catalog report legality`: the registered legality report (PDF / XLSX / --json).

Rendered from the demo library through the CLI's `main`; the PDF is read back with pdftotext,
the XLSX with openpyxl. The person in charge appears (the `submission` audience allows it), the
NIK never; the library is left unchanged.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date

import openpyxl
import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.demo import build_demo
from tenun_catalog.export import outputs
from tenun_catalog.export.audience import build_producer_view
from tenun_catalog.operations.overview import overview
from tests.conftest import library_state

DAY = "2026-12-03"
NIK = "5371012345678901"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("legal") / "library"
    with ops.opened(root) as lib:
        build_demo(lib, photo_size=(320, 240))
        sei_maker = ops.get_producer(lib, "UD Sei Lopo Baun")
        ops.edit_producer(lib, sei_maker.id, {"nik": NIK})
        ops.add_producer(lib, ops_producer("Tenun Ibu Lina", "alor"))
    return root


def ops_producer(name: str, kabupaten: str):
    from tenun_catalog.domain.entities import Producer

    return Producer(name=name, kabupaten=kabupaten, whatsapp="0812-3456-7890")


def _state(root):
    with ops.opened(root) as lib:
        return library_state(lib)


def _pdf_text(path) -> str:
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(run.stdout.decode("utf-8").split())  # lines wrapped in table cells


def test_the_report_is_registered_and_not_in_the_catalog_menu() -> None:
    spec = outputs.get("legality")
    assert spec.command == "report" and spec.audience == "submission" and not spec.in_app


def test_pdf_summary_first_then_who_to_contact(demo, tmp_path, capsys) -> None:
    before = _state(demo)
    out = tmp_path / "legalitas.pdf"
    code = main(["--library", str(demo), "report", "legality", "--date", DAY, "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Laporan legalitas" in captured.out and "9 produsen" in captured.out
    text = _pdf_text(out)
    assert text.index("Ringkasan") < text.index("Per kabupaten/kota") < text.index("Alor")
    assert "3 Desember 2026" in text
    assert "Belum punya NIB" in text and "1 dari 9 (11%)" in text  # the producer without NIB
    assert "Tenun Ibu Lina" in text and "0812-3456-7890" in text  # ... and how to reach it
    assert "Yohanis Nafi" in text  # person in charge: the submission audience names them
    assert "habis sejak 20 Mei 2024" in text  # the demo's expired P-IRT
    assert NIK not in text.replace(" ", "")
    assert _state(demo) == before


def test_xlsx_one_row_per_producer(demo, tmp_path, capsys) -> None:
    out = tmp_path / "legalitas.xlsx"
    code = main(
        ["--library", str(demo), "--lang", "en", "report", "legality", "--lang", "en",
         "--date", DAY, "--out", str(out)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Name" and rows[1][0] == "Nama"
    with ops.opened(demo) as lib:
        names = sorted(p.name for p in ops.list_producers(lib))
    assert sorted(r[0] for r in rows[2:]) == names
    lina = next(r for r in rows if r[0] == "Tenun Ibu Lina")
    assert lina[8] == "none" and "NIB not yet registered" in lina[-1]
    baun = next(r for r in rows if r[0] == "UD Sei Lopo Baun")
    assert baun[3] == "Yohanis Nafi" and baun[9] == 1  # one expired permit
    assert all(NIK not in str(c) for r in rows for c in r)


def test_json_numbers_are_the_overview(demo, capsys) -> None:
    code = main(["--library", str(demo), "report", "legality", "--json", "--date", DAY])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    with ops.opened(demo) as lib:
        expected = overview(lib, date(2026, 12, 3))
    assert data["producers"] == expected.producers == 9
    assert data["nib"]["without"] == {"count": 1, "total": 9, "percent": 11}
    assert data["permits"]["expired"] == expected.permits.expired == 1
    assert data["readiness"]["submission"]["total"] == expected.readiness["submission"].total


def test_one_kabupaten(demo, tmp_path, capsys) -> None:
    out = tmp_path / "alor.pdf"
    argv = ["--library", str(demo), "report", "legality", "--kabupaten", "alor", "--out", str(out)]
    assert main(argv) == 0
    text = _pdf_text(out)
    assert "Tenun Ibu Lina" in text and "Yohanis Nafi" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kabupaten", "atlantis", "--json"], "Kabupaten/kota 'atlantis' tidak dikenal"),
        (["--out", "laporan.docx"], "ditulis sebagai .pdf atau .xlsx"),
        ([], "Beri --out FILE.pdf atau FILE.xlsx, atau --json"),
    ],
)
def test_refusals_are_one_message_and_write_nothing(demo, tmp_path, capsys, args, message) -> None:
    before = _state(demo)
    argv = ["--library", str(demo), "report", "legality", *args]
    argv = [str(tmp_path / a) if a.endswith(".docx") else a for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    assert _state(demo) == before


def test_the_producer_view_reads_no_products_and_keeps_the_nik_in(demo) -> None:
    with ops.opened(demo) as lib:
        view = build_producer_view(lib, "submission")
        public = build_producer_view(lib, "public")
    baun = next(p for p in view.producers if p.name == "UD Sei Lopo Baun")
    assert baun.nik == "" and baun.person_in_charge == "Yohanis Nafi"
    assert view.readiness[baun.id].missing == [] or all(
        f.field != "nik" for f in view.readiness[baun.id].missing
    )  # the NIK is judged present on the stored record without leaving it
    assert all(p.person_in_charge == "" and p.npwp == "" for p in public.producers)
    assert all(p.story_id == "" for p in view.producers)
