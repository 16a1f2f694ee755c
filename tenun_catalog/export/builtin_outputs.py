"""The bundled outputs, registered in the output registry (see outputs.py).

Each entry adapts one output module to the registry's run signature; the modules themselves
read the library only through the audience view.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..domain import vocab
from ..store import Library
from .audience import Selection
from .outputs import AppPreset, Check, OptionSpec, OutputSpec, Progress, register
from .result import OutputResult

_LANG = OptionSpec(
    "lang",
    "--lang",
    "bahasa katalog",
    "catalog language",
    type="choice",
    choices=tuple(vocab.CATALOG_LANGUAGES.codes()),
)
_THEME = OptionSpec("theme", "--theme", "tema", "theme", metavar="THEME")
_PAPER = OptionSpec(
    "paper", "--paper", "ukuran kertas", "paper size", "choice", tuple(vocab.PAPER_SIZES.codes())
)


def _theme(selection: Selection, options: Mapping[str, Any], fallback: str) -> str:
    if options.get("theme"):
        return str(options["theme"])
    if selection.catalog is not None and selection.catalog.theme and fallback == "pameran":
        return selection.catalog.theme
    return fallback


def _pdf(
    lib: Library,
    selection: Selection,
    out: Path,
    options: Mapping[str, Any],
    progress: Progress | None,
    cancelled: Check | None,
) -> OutputResult:
    from .pdf import render_pdf

    return render_pdf(
        lib,
        out,
        catalog=selection.catalog,
        theme=_theme(selection, options, "pameran"),
        lang=options.get("lang"),
        paper=options.get("paper"),
        bleed=options.get("bleed") or "",
        crop_marks=bool(options.get("crop_marks")),
        pdf_a=bool(options.get("pdf_a")),
        image_mode=options.get("images") or "print",
        progress=progress,
        cancelled=cancelled,
        subprocess=options.get("subprocess"),
    )


def _price_list(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .pdf import render_price_list

    return render_price_list(
        lib,
        out,
        catalog=selection.catalog,
        theme=_theme(selection, options, "daftar-harga"),
        lang=options.get("lang"),
        paper=options.get("paper"),
        progress=progress,
        cancelled=cancelled,
        subprocess=options.get("subprocess"),
    )


def _html(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .html import render_html

    return render_html(
        lib,
        out,
        catalog=selection.catalog,
        theme=_theme(selection, options, "web"),
        lang=options.get("lang"),
        base_url=options.get("base_url") or "",
        progress=progress,
        cancelled=cancelled,
    )


def _labels(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from ..domain import fields as F
    from ..domain.rules import LabelBatch
    from .labels import render_sei_labels

    date_spec = F.spec_for("motif", "permission_date")  # any date field reads dates the same way
    batch = LabelBatch(
        production_date=F.parse(date_spec, options["produced"]),
        batch_code=str(options["batch"]).strip(),
        best_before=F.parse(date_spec, options["best_before"]),
    )
    return render_sei_labels(
        lib,
        out,
        skus=list(selection.skus),
        batch=batch,
        size=options.get("size") or "100x70mm",
        copies=int(options.get("copies") or 1),
        lang="id+en" if options.get("bilingual") else "id",
    )


def _hang_tags(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .labels import render_hang_tags

    return render_hang_tags(
        lib,
        out,
        skus=list(selection.skus) or None,
        catalog=selection.catalog,
        qr_target=options.get("qr_target") or "whatsapp",
        base_url=options.get("base_url") or "",
        lang=options.get("lang") or "id+en",
    )


def _submission(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .package import build_submission

    result = build_submission(
        lib,
        out,
        producers=list(selection.producers) or None,
        allow_incomplete=bool(options.get("allow_incomplete")),
        lang=options.get("lang") or "id",
        progress=progress,
    )
    notes: list[tuple[str, str]] = []
    if result.left_out:
        notes.append(
            (
                f"{len(result.left_out)} produsen tidak dimasukkan ke paket (tidak bisa "
                "dikecualikan dengan --allow-incomplete):",
                f"{len(result.left_out)} producers were left out of the package (not something "
                "--allow-incomplete can waive):",
            )
        )
        notes += [
            (f"  {p.producer}: {p.message_id}", f"  {p.producer}: {p.message_en}")
            for p in result.left_out
        ]
    if result.incomplete:
        notes.append(
            (
                f"Paket ditandai BELUM LENGKAP ({len(result.problems)} kekurangan, "
                "--allow-incomplete diterapkan):",
                f"The package is marked INCOMPLETE ({len(result.problems)} problems, "
                "--allow-incomplete applied):",
            )
        )
        notes += [
            (
                f"  {p.producer} / {p.record}: {p.message_id}",
                f"  {p.producer} / {p.record}: {p.message_en}",
            )
            for p in result.problems
        ]
    elif options.get("allow_incomplete"):
        notes.append(
            (
                "--allow-incomplete tidak diperlukan: paket ini lengkap.",
                "--allow-incomplete was not needed: this package is complete.",
            )
        )
    return OutputResult(
        path=result.path,
        pages=result.files,
        products=len(result.producers),
        withheld=result.withheld,
        notes=tuple(notes),
    )


register(
    OutputSpec(
        key="pdf",
        label_id="Katalog cetak PDF",
        label_en="Print catalog (PDF)",
        writes="file",
        suffix=".pdf",
        run=_pdf,
        themes=("pameran",),
        readiness="exhibition",
        options=(
            _LANG,
            _THEME,
            _PAPER,
            OptionSpec(
                "bleed", "--bleed", "mis. 3mm, untuk percetakan", "e.g. 3mm", metavar="SIZE"
            ),
            OptionSpec("crop_marks", "--crop-marks", "tanda potong", "crop marks", "bool"),
            OptionSpec("pdf_a", "--pdf-a", "PDF/A-3b untuk arsip", "for archiving", "bool"),
            OptionSpec(
                "images",
                "--images",
                "foto untuk percetakan, 300 dpi (bawaan), atau untuk layar, 150 dpi: PDF jauh "
                "lebih kecil untuk WhatsApp/e-mail",
                "photos for a print shop at 300 dpi (default), or for screens at 150 dpi: a "
                "much smaller PDF to share",
                "choice",
                ("print", "screen"),
                default="print",
            ),
        ),
        presets=(
            AppPreset(
                "print",
                "PDF untuk dicetak (foto 300 dpi)",
                "PDF for printing (300 dpi photos)",
                {"images": "print"},
            ),
            AppPreset(
                "screen",
                "PDF ringan untuk dibagikan lewat WhatsApp atau e-mail (150 dpi)",
                "Light PDF to share by WhatsApp or e-mail (150 dpi)",
                {"images": "screen"},
            ),
        ),
    )
)
register(
    OutputSpec(
        key="html",
        label_id="Katalog web (folder)",
        label_en="Web catalog (folder)",
        writes="folder",
        suffix="",
        run=_html,
        themes=("web",),
        readiness="web",
        options=(
            _LANG,
            _THEME,
            OptionSpec(
                "base_url", "--base-url", "alamat situs bila dipublikasikan", "published address"
            ),
        ),
    )
)
register(
    OutputSpec(
        key="price-list",
        label_id="Daftar harga PDF",
        label_en="Price list (PDF)",
        writes="file",
        suffix=".pdf",
        run=_price_list,
        themes=("daftar-harga",),
        readiness="exhibition",
        options=(_LANG, _THEME, _PAPER),
    )
)
register(
    OutputSpec(
        key="labels",
        label_id="Label pangan Sei",
        label_en="Sei food labels",
        writes="file",
        suffix=".pdf",
        run=_labels,
        per="products",
        sku_required=True,
        themes=("label-sei",),
        readiness="label",
        options=(
            OptionSpec("batch", "--batch", "kode produksi", "batch code", required=True),
            OptionSpec(
                "produced",
                "--produced",
                "tanggal produksi",
                "production date (2026-11-28 or 28/11/2026)",
                "date",
                required=True,
                metavar="DATE",
            ),
            OptionSpec(
                "best_before",
                "--best-before",
                "baik digunakan sebelum",
                "best before",
                "date",
                required=True,
                metavar="DATE",
            ),
            OptionSpec(
                "size",
                "--size",
                "ukuran label",
                "label size",
                "choice",
                ("100x70mm", "A4-sheet"),
                default="100x70mm",
            ),
            OptionSpec("copies", "--copies", "jumlah salinan", "copies", "int", default=1),
            OptionSpec(
                "bilingual", "--bilingual", "tambah nama Inggris", "add the English name", "bool"
            ),
        ),
    )
)
register(
    OutputSpec(
        key="hang-tags",
        label_id="Label gantung tenun (A4)",
        label_en="Tenun hang tags (A4)",
        writes="file",
        suffix=".pdf",
        run=_hang_tags,
        per="products",
        themes=("label-tenun",),
        readiness="exhibition",
        options=(
            OptionSpec(
                "lang",
                "--lang",
                "bahasa",
                "language",
                "choice",
                tuple(vocab.CATALOG_LANGUAGES.codes()),
                default="id+en",
            ),
            OptionSpec(
                "qr_target",
                "--qr-target",
                "QR ke pesan WhatsApp atau halaman web",
                "QR opens WhatsApp or the web page",
                "choice",
                ("whatsapp", "page"),
                default="whatsapp",
            ),
            OptionSpec(
                "base_url", "--base-url", "alamat katalog web", "web catalog address", default=""
            ),
        ),
    )
)
register(
    OutputSpec(
        key="submission",
        label_id="Paket kurasi (ZIP)",
        label_en="Submission package (ZIP)",
        writes="file",
        suffix=".zip",
        run=_submission,
        command="package",
        per="producers",
        readiness="submission",
        audience="submission",
        themes=("kurasi",),
        options=(
            OptionSpec(
                "allow_incomplete",
                "--allow-incomplete",
                "kirim walau belum lengkap (ditandai)",
                "send even if incomplete (marked)",
                "bool",
            ),
            OptionSpec(
                "lang",
                "--lang",
                "bahasa dokumen",
                "document language",
                "choice",
                ("id", "en"),
                default="id",
            ),
        ),
    )
)


def _feed(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .feeds import run_feed

    return run_feed(lib, selection, out, options, progress, cancelled)


register(
    OutputSpec(
        key="feed",
        label_id="Feed produk (CSV)",
        label_en="Product feed (CSV)",
        writes="file",
        suffix=".csv",
        run=_feed,
        themes=("web",),
        readiness="web",
        options=(
            OptionSpec(
                "channel",
                "--channel",
                "kanal: meta (katalog WhatsApp Business, Facebook, Instagram) atau google",
                "channel: meta (WhatsApp Business, Facebook, Instagram catalog) or google",
                "choice",
                ("meta", "google"),
                default="meta",
            ),
            OptionSpec(
                "base_url",
                "--base-url",
                "alamat katalog web (bawaan: dari pengaturan katalog)",
                "web catalog address (default: the catalog's setting)",
                metavar="URL",
            ),
            OptionSpec("lang", "--lang", "bahasa feed", "feed language", "choice", ("id", "en")),
            OptionSpec(
                "theme",
                "--theme",
                "tema katalog web yang diunggah (ukuran fotonya)",
                "theme of the uploaded web catalog (its photo sizes)",
                metavar="THEME",
            ),
        ),
        presets=(
            AppPreset(
                "meta", "Feed WhatsApp/Meta (CSV)", "WhatsApp/Meta feed (CSV)", {"channel": "meta"}
            ),
            AppPreset("google", "Feed Google (CSV)", "Google feed (CSV)", {"channel": "google"}),
        ),
    )
)


def _social_cards(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .social_cards import render_social_cards

    return render_social_cards(
        lib,
        selection,
        out,
        sizes=options.get("sizes") or "both",
        lang=options.get("lang") or "id",
        progress=progress,
        cancelled=cancelled,
    )


register(
    OutputSpec(
        key="social-cards",
        label_id="Kartu media sosial (JPEG)",
        label_en="Social media cards (JPEG)",
        writes="folder",
        suffix="",
        run=_social_cards,
        per="products",
        unit_id="gambar",
        unit_en="pictures",
        themes=("kartu-sosial",),
        readiness="web",
        options=(
            OptionSpec(
                "sizes",
                "--sizes",
                "ukuran: instagram (1080 x 1350), status (1080 x 1920, Status WhatsApp / Story) "
                "atau both (keduanya)",
                "sizes: instagram (1080 x 1350), status (1080 x 1920, WhatsApp Status / Story) "
                "or both",
                "choice",
                ("instagram", "status", "both"),
                default="both",
            ),
            OptionSpec(
                "lang",
                "--lang",
                "bahasa kartu",
                "card language",
                "choice",
                ("id", "en", "id+en"),
                default="id",
            ),  # fmt: skip
        ),
    )
)


def _legality(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .legality import run_legality

    return run_legality(lib, selection, out, options, progress, cancelled)


register(
    OutputSpec(
        key="legality",
        label_id="Laporan legalitas (PDF/XLSX)",
        label_en="Legality report",
        writes="file",
        suffix=".pdf",  # or .xlsx (one row per producer): chosen by the --out file's suffix
        run=_legality,
        command="report",
        per="producers",
        readiness="submission",
        audience="submission",
        themes=("kurasi",),
        json_summary=True,
        out_metavar="FILE.pdf|FILE.xlsx",
        options=(
            OptionSpec(
                "kabupaten",
                "--kabupaten",
                "hanya satu kabupaten/kota (kode, mis. kota_kupang)",
                "one regency only (code, e.g. kota_kupang)",
                metavar="KAB",
            ),
            OptionSpec(
                "date",
                "--date",
                "tanggal laporan (bawaan: hari ini), untuk izin yang habis",
                "report date (default: today), for permits that expire",
                "date",
                metavar="DATE",
            ),
            OptionSpec(
                "lang",
                "--lang",
                "bahasa laporan",
                "report language",
                "choice",
                ("id", "en"),
                default="id",
            ),
        ),
    )
)


_KABUPATEN_ONE = OptionSpec(
    "kabupaten",
    "--kabupaten",
    "kabupaten/kota (kode, mis. rote_ndao)",
    "regency (code, e.g. rote_ndao)",
    required=True,
    metavar="KAB",
)
_REPORT_DATE = OptionSpec(
    "date",
    "--date",
    "tanggal dokumen (bawaan: hari ini)",
    "document date (default: today)",
    "date",
    metavar="DATE",
)


def _gi_draft(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .gi_draft import run_gi_draft

    return run_gi_draft(lib, selection, out, options, progress, cancelled)


register(
    OutputSpec(
        key="gi-draft",
        label_id="Draf deskripsi IG (DOCX)",
        label_en="GI description draft (DOCX)",
        writes="file",
        suffix=".docx",
        run=_gi_draft,
        command="report",
        per="producers",
        readiness="submission",
        audience="submission",
        options=(_KABUPATEN_ONE, _REPORT_DATE),
    )
)


def _motif_book(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .motif_book import run_motif_book

    return run_motif_book(lib, selection, out, options, progress, cancelled)


register(
    OutputSpec(
        key="motif-book",
        label_id="Buku motif internal (PDF)",
        label_en="Motif book, internal (PDF)",
        writes="file",
        suffix=".pdf",
        run=_motif_book,
        command="report",
        per="producers",
        readiness="submission",
        audience="internal",  # may show restricted motifs: every page is marked as internal
        themes=("buku-motif",),
        options=(
            OptionSpec(
                "kabupaten",
                "--kabupaten",
                "hanya satu kabupaten/kota (kode, mis. sumba_timur; bawaan: semua)",
                "one regency only (code, e.g. sumba_timur; default: all)",
                metavar="KAB",
            ),
            _REPORT_DATE,
        ),
    )
)


def _marketplace(lib, selection, out, options, progress, cancelled) -> OutputResult:
    from .marketplace import run_marketplace

    return run_marketplace(lib, selection, out, options, progress, cancelled)


register(
    OutputSpec(
        key="marketplace",
        label_id="Lembar Shopee/Tokopedia (XLSX)",
        label_en="Marketplace sheet (XLSX)",
        writes="file",
        suffix=".xlsx",
        run=_marketplace,
        per="products",
        unit_id="baris",
        unit_en="rows",
        themes=("web",),
        readiness="web",  # each product is judged for its channel (readiness "shopee"...)
        options=(
            OptionSpec(
                "channel",
                "--channel",
                "kanal: shopee atau tokopedia",
                "channel: shopee or tokopedia",
                "choice",
                ("shopee", "tokopedia"),
                default="shopee",
            ),
            OptionSpec(
                "template",
                "--template",
                "template unggah massal yang diunduh dari Seller Centre (.xlsx); tidak diubah, "
                "hasilnya disimpan di --out",
                "the mass-upload template downloaded from Seller Centre (.xlsx); left as it "
                "is, the result is saved as --out",
                required=True,
                metavar="DOWNLOADED.xlsx",
            ),
            OptionSpec(
                "base_url",
                "--base-url",
                "alamat katalog web untuk tautan foto (bawaan: dari pengaturan katalog)",
                "web catalog address for the photo links (default: the catalog's setting)",
                metavar="URL",
            ),
            OptionSpec(
                "theme",
                "--theme",
                "tema katalog web yang diunggah (ukuran fotonya)",
                "theme of the uploaded web catalog (its photo sizes)",
                metavar="THEME",
            ),
        ),
    )
)
