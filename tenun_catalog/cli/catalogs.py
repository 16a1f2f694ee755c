"""`catalog`, `theme` and `render` commands: define catalogs, start a theme, write PDF/HTML."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .. import operations as ops
from ..domain import fields as F
from ..domain import vocab
from ..domain.entities import Catalog
from ..domain.errors import UserError
from ..store import Library
from .output import Out, Progress, print_json, print_table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalog", help="definisi katalog / catalog definitions")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("create", help="buat katalog / create a catalog")
    _catalog_flags(q, creating=True)
    q.set_defaults(handler=_create)
    q = actions.add_parser("list", help="daftar katalog / list catalogs")
    q.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    q.set_defaults(handler=_list)
    q = actions.add_parser("show", help="tampilkan katalog / show a catalog")
    q.add_argument("name")
    q.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    q.set_defaults(handler=_show)
    q = actions.add_parser("edit", help="ubah katalog / edit a catalog")
    q.add_argument("key", metavar="NAME")
    _catalog_flags(q, creating=False)
    q.set_defaults(handler=_edit)
    q = actions.add_parser("remove", help="hapus katalog / remove a catalog")
    q.add_argument("name")
    q.set_defaults(handler=_remove)

    p = sub.add_parser("theme", help="tema katalog / catalog themes")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("list", help="daftar tema / list themes")
    q.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    q.set_defaults(handler=_theme_list)
    q = actions.add_parser("copy", help="salin tema untuk diubah / copy a theme to change it")
    q.add_argument("source")
    q.add_argument("target")
    q.set_defaults(handler=_theme_copy)

    p = sub.add_parser("render", help="buat PDF/HTML / render PDF or HTML")
    kinds = p.add_subparsers(dest="output", required=True, metavar="OUTPUT")
    q = kinds.add_parser("pdf", help="katalog cetak PDF / print catalog (PDF)")
    _render_flags(q)
    q.add_argument("--out", type=Path, required=True, metavar="FILE")
    q.add_argument("--paper", choices=vocab.PAPER_SIZES.codes())
    q.add_argument("--bleed", metavar="SIZE", help="mis. 3mm, untuk percetakan / e.g. 3mm")
    q.add_argument("--crop-marks", action="store_true", help="tanda potong / crop marks")
    q.add_argument("--pdf-a", action="store_true", help="PDF/A-3b untuk arsip / for archiving")
    q.add_argument(
        "--images",
        choices=("print", "screen"),
        default="print",
        help="foto untuk percetakan, 300 dpi (bawaan), atau untuk layar, 150 dpi: PDF jauh lebih "
        "kecil untuk WhatsApp/e-mail / photos for a print shop at 300 dpi (default), or for "
        "screens at 150 dpi: a much smaller PDF to share",
    )
    q.set_defaults(handler=_render_pdf)
    q = kinds.add_parser("html", help="katalog web (folder) / web catalog (folder)")
    _render_flags(q)
    q.add_argument("--out", type=Path, required=True, metavar="DIR")
    q.add_argument("--base-url", help="alamat situs bila dipublikasikan / published address")
    q.set_defaults(handler=_render_html)
    q = kinds.add_parser("price-list", help="daftar harga PDF / price list (PDF)")
    _render_flags(q)
    q.add_argument("--out", type=Path, required=True, metavar="FILE")
    q.add_argument("--paper", choices=vocab.PAPER_SIZES.codes())
    q.set_defaults(handler=_render_price_list)
    q = kinds.add_parser("labels", help="label pangan Sei / Sei food labels")
    q.add_argument(
        "--sku",
        action="append",
        dest="skus",
        required=True,
        help="produk Sei (berulang) / Sei product (repeatable)",
    )
    q.add_argument("--batch", required=True, help="kode produksi / batch code")
    q.add_argument(
        "--produced",
        required=True,
        metavar="DATE",
        help="tanggal produksi / production date (2026-11-28 or 28/11/2026)",
    )
    q.add_argument(
        "--best-before", required=True, metavar="DATE", help="baik digunakan sebelum / best before"
    )
    q.add_argument("--size", choices=["100x70mm", "A4-sheet"], default="100x70mm")
    q.add_argument("--copies", type=int, default=1)
    q.add_argument(
        "--bilingual", action="store_true", help="tambah nama Inggris / add the English name"
    )
    q.add_argument("--out", type=Path, required=True, metavar="FILE")
    q.set_defaults(handler=_render_labels)
    q = kinds.add_parser("hang-tags", help="label gantung tenun (A4) / Tenun hang tags (A4)")
    q.add_argument("--sku", action="append", dest="skus", help="produk (berulang) / product")
    q.add_argument("--catalog", metavar="NAME", help="katalog tersimpan / stored catalog")
    q.add_argument(
        "--lang",
        dest="output_lang",
        choices=vocab.CATALOG_LANGUAGES.codes(),
        default="id+en",
        help="bahasa / language",
    )
    q.add_argument("--qr-target", choices=["whatsapp", "page"], default="whatsapp")
    q.add_argument("--base-url", default="", help="alamat katalog web / web catalog address")
    q.add_argument("--out", type=Path, required=True, metavar="FILE")
    q.set_defaults(handler=_render_hang_tags)


def _catalog_flags(p: argparse.ArgumentParser, creating: bool) -> None:
    for spec in F.CATALOG_FIELDS:
        if spec.path == "name" and not creating:
            p.add_argument("--name", dest="name", metavar="TEXT", help="nama baru / new name")
            continue
        choices = f" [{', '.join(spec.vocabulary.codes())}]" if spec.vocabulary else ""
        p.add_argument(
            spec.flag,
            dest=spec.path,
            metavar="TEXT",
            required=creating and spec.path == "name",
            help=f"{spec.label_id} / {spec.label_en}{choices}",
        )
    group = p.add_argument_group("produk / products")
    group.add_argument(
        "--sku",
        action="append",
        dest="skus",
        help="pilih produk satu per satu (berulang) / pick products (repeatable)",
    )
    group.add_argument("--kind", choices=vocab.PRODUCT_KINDS.codes(), help="saring jenis / kind")
    group.add_argument("--kabupaten", help="saring kabupaten/kota / filter by kabupaten")
    group.add_argument("--producer", help="saring produsen / filter by producer")
    group.add_argument(
        "--one-section",
        action="store_true",
        help="satu bagian, bukan per produsen / one section, not per producer",
    )
    options = p.add_argument_group("opsi / options")
    options.add_argument("--prices", choices=["show", "hide"], help="harga / prices")
    options.add_argument("--stock", choices=["show", "hide"], help="stok / stock")
    options.add_argument(
        "--qr-target",
        choices=["whatsapp", "page"],
        help="QR ke pesan WhatsApp atau halaman web / QR opens WhatsApp or page",
    )
    options.add_argument("--base-url", help="alamat katalog web / web catalog address")


def _render_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--catalog",
        metavar="NAME",
        help="katalog tersimpan (bawaan: semua produk) / stored catalog (default: all)",
    )
    p.add_argument(
        "--lang",
        dest="output_lang",
        choices=vocab.CATALOG_LANGUAGES.codes(),
        help="bahasa katalog / catalog language",
    )
    p.add_argument("--theme", help="tema / theme")


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes = {}
    for spec in F.CATALOG_FIELDS:
        text = getattr(args, spec.path, None)
        if text is not None:
            changes[spec.path] = F.parse(spec, text)
    return changes


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.prices:
        options["show_prices"] = args.prices == "show"
    if args.stock:
        options["show_stock"] = args.stock == "show"
    if args.qr_target:
        options["qr_target"] = args.qr_target
    if args.base_url is not None:
        options["base_url"] = args.base_url
    return options


def _selection(args: argparse.Namespace) -> ops.Selection | None:
    if not (args.skus or args.kind or args.kabupaten or args.producer or args.one_section):
        return None
    kabupaten = ""
    if args.kabupaten:
        kabupaten = vocab.KABUPATEN.resolve(args.kabupaten) or ""
        if not kabupaten:
            raise UserError(
                f"Kabupaten/kota '{args.kabupaten}' tidak dikenal.",
                f"Unknown kabupaten/city '{args.kabupaten}'.",
            )
    return ops.Selection(
        skus=tuple(args.skus or ()),
        kind=args.kind or "",
        kabupaten=kabupaten,
        producer=args.producer or "",
        by_producer=not args.one_section,
    )


def _create(args: argparse.Namespace, lib: Library, out: Out) -> int:
    changes = _changes(args)
    catalog = Catalog(name=changes.pop("name"))
    for path, value in changes.items():
        setattr(catalog, path, value)
    catalog.options = _options(args)
    change = ops.add_catalog(lib, catalog, _selection(args))
    count = sum(len(s.product_ids) for s in change.after.sections)
    out.say(
        f"Katalog '{catalog.name}' dibuat: {count} produk, {len(catalog.sections)} bagian.",
        f"Catalog '{catalog.name}' created: {count} products, {len(catalog.sections)} sections.",
    )
    return 0


def _edit(args: argparse.Namespace, lib: Library, out: Out) -> int:
    change = ops.edit_catalog(lib, args.key, _changes(args), _options(args), _selection(args))
    if change.action == "unchanged":
        out.say("Tidak ada perubahan.", "Nothing changed.")
    else:
        out.say(
            f"Katalog '{change.key}' diubah ({', '.join(change.fields)}).",
            f"Catalog '{change.key}' updated ({', '.join(change.fields)}).",
        )
    return 0


def _remove(args: argparse.Namespace, lib: Library, out: Out) -> int:
    ops.remove_catalog(lib, args.name)
    out.say(f"Katalog '{args.name}' dihapus.", f"Catalog '{args.name}' removed.")
    return 0


def _list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    found = ops.list_catalogs(lib)
    if args.json:
        print_json(found)
        return 0
    if not found:
        out.say(
            "Belum ada katalog. Buat dengan 'tenun-catalog catalog create --name ...'.",
            "No catalogs yet. Create one with 'tenun-catalog catalog create --name ...'.",
        )
        return 0
    print_table(
        ["nama/name", "judul/title", "tujuan/purpose", "bahasa", "kertas", "tema", "produk"],
        [
            [
                c.name,
                c.title_id or c.title_en,
                c.purpose,
                c.language,
                c.paper,
                c.theme,
                sum(len(s.product_ids) for s in c.sections),
            ]
            for c in found
        ],
    )
    return 0


def _show(args: argparse.Namespace, lib: Library, out: Out) -> int:
    catalog = ops.get_catalog(lib, args.name)
    if args.json:
        print_json(catalog)
        return 0
    print(catalog.name)
    for spec in F.CATALOG_FIELDS[1:]:
        value = getattr(catalog, spec.path)
        if value not in (None, ""):
            print(f"  {spec.label(out.lang)}: {F.format(spec, value)}")
    for key, value in catalog.options.items():
        print(f"  {key}: {value}")
    for section in catalog.sections:
        print(f"  [{section.title_en if out.lang == 'en' else section.title_id}]")
        for product_id in section.product_ids:
            product = ops.get_product_by_id(lib, product_id)
            print(f"    {product.sku}  {product.name_id or product.name_en}")
    return 0


def _theme_list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..export.themes import available_themes

    themes = available_themes(lib)
    if args.json:
        print_json(themes)
        return 0
    print_table(
        ["tema/theme", "nama/name", "keluaran/outputs", "kertas/paper", "folder"],
        [[t.name, t.title, ", ".join(t.outputs), ", ".join(t.papers), t.folder] for t in themes],
    )
    return 0


def _theme_copy(args: argparse.Namespace, lib: Library, out: Out) -> int:
    destination = ops.copy_theme(lib, args.source, args.target)
    out.say(
        f"Tema disalin ke {destination}. Ubah berkasnya, lalu pakai --theme {args.target}.",
        f"Theme copied to {destination}. Edit its files, then use --theme {args.target}.",
    )
    return 0


def _common(lib: Library, args: argparse.Namespace) -> dict[str, Any]:
    """Catalog, language and theme: the theme is passed only when chosen (else the default)."""
    common: dict[str, Any] = {
        "catalog": ops.get_catalog(lib, args.catalog) if args.catalog else None,
        "lang": args.output_lang,
    }
    if args.theme:
        common["theme"] = args.theme
    elif common["catalog"] is not None and args.output == "pdf":
        common["theme"] = common["catalog"].theme
    return common


def _report(result: Any, out: Out) -> None:
    if result.withheld:
        out.warn(
            "Motif terbatas yang tidak ditampilkan (belum ada izin): " + ", ".join(result.withheld),
            "Restricted motifs withheld (no permission record): " + ", ".join(result.withheld),
        )
    for warning in result.warnings:
        out.warn(f"Peringatan: {warning}", f"Warning: {warning}")


def _render_pdf(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..export.pdf import render_pdf

    result = render_pdf(
        lib,
        args.out,
        **_common(lib, args),
        paper=args.paper,
        bleed=args.bleed or "",
        crop_marks=args.crop_marks,
        pdf_a=args.pdf_a,
        image_mode=args.images,
        progress=Progress("PDF"),
    )
    _report(result, out)
    out.say(
        f"PDF dibuat: {result.path} ({result.pages} halaman, {result.products} produk, "
        f"{result.seconds:.1f} detik)",
        f"PDF written: {result.path} ({result.pages} pages, {result.products} products, "
        f"{result.seconds:.1f} s)",
    )
    return 0


def _render_price_list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..export.pdf import render_price_list

    result = render_price_list(
        lib, args.out, **_common(lib, args), paper=args.paper, progress=Progress("PDF")
    )
    _report(result, out)
    out.say(
        f"Daftar harga dibuat: {result.path} ({result.pages} halaman)",
        f"Price list written: {result.path} ({result.pages} pages)",
    )
    return 0


def _render_html(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..export.html import render_html

    result = render_html(
        lib, args.out, **_common(lib, args), base_url=args.base_url or "", progress=Progress("HTML")
    )
    _report(result, out)
    out.say(
        f"Katalog web dibuat: {result.path} ({result.pages} halaman produk). Buka "
        "index.html di peramban, atau salin foldernya ke flashdisk.",
        f"Web catalog written: {result.path} ({result.pages} product pages). Open "
        "index.html in a browser, or copy the folder to a USB stick.",
    )
    return 0


def _render_labels(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..domain.rules import LabelBatch
    from ..export.labels import render_sei_labels

    date_spec = F.spec_for("motif", "permission_date")  # any date field reads dates the same way
    batch = LabelBatch(
        production_date=F.parse(date_spec, args.produced),
        batch_code=args.batch.strip(),
        best_before=F.parse(date_spec, args.best_before),
    )
    result = render_sei_labels(
        lib,
        args.out,
        skus=args.skus,
        batch=batch,
        size=args.size,
        copies=args.copies,
        lang="id+en" if args.bilingual else "id",
    )
    _report(result, out)
    out.say(
        f"Label dibuat: {result.path} ({result.pages} halaman)",
        f"Labels written: {result.path} ({result.pages} pages)",
    )
    return 0


def _render_hang_tags(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..export.labels import render_hang_tags

    catalog = ops.get_catalog(lib, args.catalog) if args.catalog else None
    result = render_hang_tags(
        lib,
        args.out,
        skus=args.skus,
        catalog=catalog,
        qr_target=args.qr_target,
        base_url=args.base_url,
        lang=args.output_lang,
    )
    _report(result, out)
    out.say(
        f"Label gantung dibuat: {result.path} ({result.pages} halaman, {result.products} produk)",
        f"Hang tags written: {result.path} ({result.pages} pages, {result.products} products)",
    )
    return 0
