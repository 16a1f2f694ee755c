"""Safety and control of PDF renders on small real libraries: hostile themes and text, the
cultural protocol, template errors, cancel (in process and in the render subprocess),
progress, bad options, and the ornament drawings."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_helpers import all_text, flat

from tenun_catalog import operations as ops
from tenun_catalog.domain import Motif
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export.context import Cancelled
from tenun_catalog.export.pdf import render_pdf, render_price_list
from tenun_catalog.render import ornament


def _theme(lib, name: str, html: str, css: str = "") -> None:
    folder = lib.themes_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.toml").write_text(
        'name = "Uji"\noutputs = ["pdf"]\npapers = ["A4"]\n[entry]\npdf = "catalog.html"\n',
        encoding="utf-8",
    )
    (folder / "catalog.html").write_text(html, encoding="utf-8")
    if css:
        (folder / "style.css").write_text(css, encoding="utf-8")


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".pdf", ".part"))


ATTACKS = {
    "img-file": ('<html><body><p>x</p><img src="file:///etc/passwd"></body></html>', "", None),
    "img-http": ('<html><body><img src="http://example.com/x.png"></body></html>', "", None),
    "css-file": (
        '<html><head><link rel="stylesheet" href="style.css"></head><body><p>x</p></body></html>',
        "body { background: url(file:///etc/passwd); }",
        "file:///etc/passwd",
    ),
    "attachment": (
        '<html><body><a rel="attachment" href="file:///etc/passwd">x</a></body></html>',
        "",
        "file:///etc/passwd",
    ),
    "relative": ('<html><body><img src="../../../../../../etc/passwd"></body></html>', "", None),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_theme_cannot_reach_outside_files_or_the_network(filled, tmp_path, attack):
    html, css, url = ATTACKS[attack]
    _theme(filled, "evil", html, css)
    out = tmp_path / "out" / "katalog.pdf"
    out.parent.mkdir()
    with pytest.raises(UserError) as caught:
        render_pdf(filled, out, theme="evil")
    expected = url or ("http://example.com/x.png" if "http" in attack else "/etc/passwd")
    assert expected in caught.value.message("en")
    assert "not allowed" in caught.value.message("en")
    assert "tidak diizinkan" in caught.value.message("id")
    assert _leftovers(out.parent) == []


def test_stories_with_markup_and_template_syntax_print_literally(filled, tmp_path):
    payload = "<script>alert(1)</script> {{ 7*7 }} <b>tebal</b>"
    ops.edit_product(filled, "TNN-001", {"description_id": payload, "story_id": payload})
    producer = ops.list_producers(filled)[0]
    ops.edit_producer(filled, producer.id, {"story_id": payload})
    out = tmp_path / "katalog.pdf"
    result = render_pdf(filled, out)
    assert result.warnings == []
    text = flat(all_text(out))
    assert text.count("<script>alert(1)</script> {{ 7*7 }} <b>tebal</b>") >= 3
    assert "49" not in text


def test_long_words_and_motif_names_wrap_inside_the_page(filled, tmp_path):
    long_word = "Mempertanggungjawabkannya" * 3
    ops.edit_motif(
        filled,
        "Bunga Sepe",
        {
            "name_local": "Hena Kapa Ratu Ngaingu Wunga Mbuhang Kaliuda Patawang Lambanapu",
            "meaning_id": f"Kata panjang {long_word} tetap terbungkus dalam kotak motif.",
        },
    )
    ops.edit_product(
        filled, "TNN-001", {"name_id": "Selendang Buna Insana Tafenpah Kaenbaun Oelolok Noemuti"}
    )
    out = tmp_path / "katalog.pdf"
    result = render_pdf(filled, out)
    assert result.warnings == []
    assert result.pages == 7  # nothing pushed onto an extra page
    text = flat(all_text(out)).replace("‐ ", "").replace("- ", "")
    assert "Lambanapu" in text and "Noemuti" in text


def test_restricted_motif_without_permission_never_appears(filled, tmp_path):
    ops.edit_motif(filled, "Motif Raja", {"meaning_id": "Makna rahasia keluarga raja Amarasi."})
    permitted = ops.add_motif(
        filled,
        Motif(
            name_id="Kaif Bangsawan Izin",
            name_local="Kaif Usif",
            restriction="bangsawan",
            meaning_id="Dipakai keluarga usif; dicetak dengan izin tertulis.",
            permission_by="Keluarga Usif Insana",
            permission_date=date(2026, 1, 5),
        ),
    ).after
    product = ops.get_product(filled, "TNN-001")
    ops.edit_product(filled, "TNN-001", {"motif_ids": [*product.motif_ids, permitted.id]})
    out = tmp_path / "katalog.pdf"
    result = render_pdf(filled, out)
    assert result.withheld == ["Motif Raja"]
    text = flat(all_text(out))
    assert "Motif Raja" not in text and "rahasia" not in text
    assert "Kaif Usif" in text and "dicetak dengan izin tertulis" in text
    assert "Hena Kapa" in text  # the free motif is shown
    prices = tmp_path / "harga.pdf"
    assert render_price_list(filled, prices).withheld == ["Motif Raja"]
    assert "Motif Raja" not in all_text(prices)


def test_template_error_in_user_theme_names_file_and_line(filled, tmp_path):
    _theme(filled, "rusak", "<html>\n<body>\n<p>{{ catalog.tidak_ada }}</p>\n</body></html>\n")
    with pytest.raises(UserError) as caught:
        render_pdf(filled, tmp_path / "x.pdf", theme="rusak")
    assert "catalog.html line 3" in caught.value.message("en")
    assert "catalog.html baris 3" in caught.value.message("id")
    _theme(filled, "rusak2", "<html>\n<body>\n\n{% if %}\n</body></html>\n")
    with pytest.raises(UserError) as caught:
        render_pdf(filled, tmp_path / "x.pdf", theme="rusak2")
    assert "catalog.html line 4" in caught.value.message("en")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("stage", ["context", "layout"])
def test_cancel_writes_nothing(filled, tmp_path, stage):
    out = tmp_path / "katalog.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    def cancelled() -> bool:
        if stage == "context":
            return True
        # steps: context n, photos n, layout n, write 1; past 2n the layout is under way
        return bool(seen) and seen[-1][0] > 2 * (seen[-1][1] - 1) // 3

    with pytest.raises(Cancelled):
        render_pdf(filled, out, progress=progress, cancelled=cancelled)
    assert _leftovers(tmp_path) == []
    if stage == "layout":  # stopped inside WeasyPrint's page loop, before writing
        n = (seen[-1][1] - 1) // 3
        assert 2 * n < seen[-1][0] < 3 * n


def test_progress_climbs_to_the_total(filled, tmp_path):
    seen: list[tuple[int, int]] = []
    result = render_pdf(filled, tmp_path / "k.pdf", progress=lambda d, t: seen.append((d, t)))
    assert result.pages == 1 + 1 + 1 + 1 + 2 + 1
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] == 3 * 2 + 1


def test_render_in_a_subprocess_reports_progress_and_obeys_cancel(filled, tmp_path):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "sub.pdf"
    result = render_pdf(filled, out, subprocess=True, progress=lambda d, t: seen.append((d, t)))
    assert out.is_file() and result.pages == 7 and result.warnings == []
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(Cancelled):
        render_pdf(filled, tmp_path / "batal.pdf", subprocess=True, cancelled=lambda: True)
    assert _leftovers(tmp_path) == ["sub.pdf"]


def test_bad_options_are_refused_with_a_clear_message(filled, tmp_path):
    out = tmp_path / "k.pdf"
    for kwargs, words in (
        ({"paper": "A3"}, "Paper 'A3'"),
        ({"bleed": "3cm"}, "bleed '3cm'"),
        ({"theme": "daftar-harga"}, "does not make pdf"),
        ({"theme": "tidak-ada"}, "not found"),
        ({"lang": "fr"}, "Unknown language"),
    ):
        with pytest.raises(UserError) as caught:
            render_pdf(filled, out, **kwargs)
        assert words.lower() in caught.value.message("en").lower()
    assert not out.exists()


def test_ornament_band_and_panel_are_plain_svg():
    band = ornament.band(174, 3)
    assert band.startswith("<svg") and 'width="174mm"' in band and "<script" not in band
    assert band.count("Z") == 2 * 29  # 29 whole diamonds, each with its eye
    panel = ornament.panel(174, 125)
    assert panel.startswith("<svg") and 'height="125mm"' in panel
    with pytest.raises(ValueError):
        ornament.band(100, 3, colour="red;}")
    with pytest.raises(ValueError):
        ornament.band(0, 3)
