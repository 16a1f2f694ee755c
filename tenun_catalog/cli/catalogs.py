"""`catalog` and `theme` commands: define catalogs, list and copy themes (render: outputs.py)."""

from __future__ import annotations

import argparse
from typing import Any

from .. import operations as ops
from ..domain import fields as F
from ..domain import vocab
from ..domain.entities import Catalog
from ..domain.errors import UserError
from ..operations.catalogs import sync_value
from ..store import Library
from .output import Out, print_json, print_table


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
    sync = options.add_mutually_exclusive_group()
    sync.add_argument(
        "--sync",
        action="store_true",
        default=None,
        help="selalu ikuti saringan ini: produk baru ikut masuk (tanpa saringan: semua produk) "
        "/ keep in sync with this filter: new products join (no filter: all products)",
    )
    sync.add_argument(
        "--no-sync",
        dest="sync",
        action="store_false",
        help="bekukan daftar produk saat ini / freeze the current product list",
    )


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
    if args.sync is not None:
        # the filter given now (none: every product); `edit` with a filter and no --sync keeps
        # a synced catalog synced with the new filter (operations.edit_catalog)
        chosen = _selection(args) or ops.Selection()
        options["sync"] = sync_value(chosen) if args.sync else False
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
    if args.sync:
        out.say(
            "Katalog ini mengikuti saringannya: produk baru yang cocok ikut masuk.",
            "This catalog follows its filter: new matching products join it.",
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
