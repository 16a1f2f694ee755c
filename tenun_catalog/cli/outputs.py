"""`render`, `package` and `report` commands, generated from the output registry
(export/outputs.py).

Each registered output becomes `render <key>`, `package <key>` or `report <key>` with the
selection flags its `per` asks for (--catalog; --sku; --producer/--all; none for a report) and
one flag per typed option. One handler runs any of them and reports the result the same way. A
report whose spec has `json_summary` (the legality report) also takes `--json`: the overview's
counts on stdout (then `--out` may be left out).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .. import operations as ops
from ..domain.errors import UserError
from ..export import outputs
from ..export.audience import Selection
from ..store import Library
from .output import Out, Progress, check_out, print_json

COMMANDS = {
    "render": ("buat PDF/HTML / render PDF or HTML", "OUTPUT"),
    "package": ("paket untuk kurasi / packages for curation", "KIND"),
    "report": ("laporan untuk kantor dinas / reports for the office", "REPORT"),
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    for command, (help_text, metavar) in COMMANDS.items():
        p = sub.add_parser(command, help=help_text)
        kinds = p.add_subparsers(dest="output", required=True, metavar=metavar)
        for spec in outputs.registered(command):
            q = kinds.add_parser(spec.key, help=f"{spec.label_id} / {spec.label_en}")
            _selection_flags(q, spec)
            for option in spec.options:
                _option_flag(q, option)
            metavar_out = "DIR" if spec.writes == "folder" else f"FILE{spec.suffix}"
            if spec.per == "producers":
                metavar_out = f"FILE{spec.suffix}"
            metavar_out = spec.out_metavar or metavar_out
            if spec.json_summary:
                q.add_argument(
                    "--json",
                    action="store_true",
                    help="angka ringkasan sebagai JSON / the summary's numbers as JSON",
                )
            q.add_argument("--out", type=Path, required=not spec.json_summary, metavar=metavar_out)
            q.set_defaults(handler=_run, output_spec=spec.key)


def _selection_flags(p: argparse.ArgumentParser, spec: outputs.OutputSpec) -> None:
    if spec.command == "report":  # about the whole library; its options narrow it
        return
    if spec.per == "producers":
        who = p.add_mutually_exclusive_group(required=True)
        who.add_argument(
            "--producer",
            action="append",
            metavar="ID_OR_NAME",
            help="produsen (boleh berulang) / producer (repeatable)",
        )
        who.add_argument("--all", action="store_true", help="semua produsen / every producer")
        return
    if spec.per == "products":
        p.add_argument(
            "--sku",
            action="append",
            dest="skus",
            required=spec.sku_required,
            metavar="SKU",
            help="produk (berulang) / product (repeatable)",
        )
        if spec.sku_required:
            return
    p.add_argument(
        "--catalog",
        metavar="NAME",
        help="katalog tersimpan (bawaan: semua produk) / stored catalog (default: all)",
    )


def _option_flag(p: argparse.ArgumentParser, option: outputs.OptionSpec) -> None:
    dest = f"opt_{option.name}"
    help_text = f"{option.help_id} / {option.help_en}"
    if option.type == "bool":
        p.add_argument(option.flag, dest=dest, action="store_true", help=help_text)
        return
    kwargs: dict[str, Any] = {"dest": dest, "help": help_text, "required": option.required}
    if option.choices:
        kwargs["choices"] = option.choices
    if option.type == "int":
        kwargs["type"] = int
    if not option.choices:
        kwargs["metavar"] = option.metavar or ("N" if option.type == "int" else "TEXT")
    if option.default is not None:
        kwargs["default"] = option.default
    p.add_argument(option.flag, **kwargs)


def _run(args: argparse.Namespace, lib: Library, out: Out) -> int:
    spec = outputs.get(args.output_spec)
    if spec.json_summary:
        return _report(args, spec, lib, out)
    catalog_name = getattr(args, "catalog", None)
    selection = Selection(
        catalog=ops.get_catalog(lib, catalog_name) if catalog_name else None,
        skus=tuple(getattr(args, "skus", None) or ()),
        producers=tuple(getattr(args, "producer", None) or ()),
        all_producers=bool(getattr(args, "all", False)) or spec.command == "report",
    )
    options = {o.name: o.parse(getattr(args, f"opt_{o.name}", None)) for o in spec.options}
    label = spec.label(out.lang)
    check_out(args.out, spec.writes, spec.suffix or ".pdf")  # before the work, not after it
    result = outputs.run(
        spec.key, lib, selection, args.out, options, progress=Progress(label.split(" (")[0])
    )
    for note_id, note_en in result.notes:
        out.warn(note_id, note_en)
    if result.withheld:
        out.warn(
            "Motif terbatas yang tidak ditampilkan (belum ada izin): " + ", ".join(result.withheld),
            "Restricted motifs withheld (no permission record): " + ", ".join(result.withheld),
        )
    for warning in result.warnings:
        out.warn(f"Peringatan: {warning}", f"Warning: {warning}")
    out.say(*_written(spec, result))
    return 0


def _written(spec: outputs.OutputSpec, result: outputs.OutputResult) -> tuple[str, str]:
    where = result.path
    if spec.key == "html":
        return (
            f"Katalog web dibuat: {where} ({result.pages} halaman produk). Buka index.html di "
            "peramban, atau salin foldernya ke flashdisk.",
            f"Web catalog written: {where} ({result.pages} product pages). Open index.html in "
            "a browser, or copy the folder to a USB stick.",
        )
    if spec.suffix == ".csv":  # a feed: rows, not pages
        return (
            f"{spec.label_id} dibuat: {where} ({result.products} produk)",
            f"{spec.label_en} written: {where} ({result.products} products)",
        )
    if spec.command == "report":  # a document about the library: its pages, if it counts them
        pages_id = f", {result.pages} halaman" if result.pages else ""
        pages_en = f", {result.pages} pages" if result.pages else ""
        return (
            f"{spec.label_id} dibuat: {where} ({result.products} produsen{pages_id})",
            f"{spec.label_en} written: {where} ({result.products} producers{pages_en})",
        )
    if spec.per == "producers":
        return (
            f"{spec.label_id} dibuat: {where} ({result.products} produsen, {result.pages} berkas)",
            f"{spec.label_en} written: {where} ({result.products} producers, {result.pages} files)",
        )
    return (
        f"{spec.label_id} dibuat: {where} ({result.pages} {spec.unit_id}, {result.products} "
        f"produk, {result.seconds:.1f} detik)",
        f"{spec.label_en} written: {where} ({result.pages} {spec.unit_en}, {result.products} "
        f"products, {result.seconds:.1f} s)",
    )


def _report(args: argparse.Namespace, spec: outputs.OutputSpec, lib: Library, out: Out) -> int:
    """A report: the file (--out) and/or its summary numbers as JSON (--json)."""
    from ..export.legality import kabupaten_code, report_date
    from ..operations.overview import overview

    if args.out is None and not args.json:
        raise UserError(
            "Beri --out FILE.pdf atau FILE.xlsx, atau --json untuk angka ringkasannya.",
            "Give --out FILE.pdf or FILE.xlsx, or --json for its summary numbers.",
        )
    options = {o.name: o.parse(getattr(args, f"opt_{o.name}", None)) for o in spec.options}
    kabupaten = kabupaten_code(options.get("kabupaten"))
    today = report_date(options.get("date"))
    result = None
    if args.out is not None:
        check_out(args.out, spec.writes, spec.suffix)
        result = outputs.run(spec.key, lib, Selection(all_producers=True), args.out, options)
    if args.json:
        data = overview(lib, today, kabupaten).as_dict()
        if result is not None:
            data["written"] = {"path": str(result.path), "pages": result.pages}
        print_json(data)
    if result is not None:
        for note_id, note_en in result.notes:
            out.warn(note_id, note_en)
        if not args.json:
            out.say(
                f"{spec.label_id} dibuat: {result.path} ({result.products} produsen, "
                f"{result.pages} halaman, {result.seconds:.1f} detik)",
                f"{spec.label_en} written: {result.path} ({result.products} producers, "
                f"{result.pages} pages, {result.seconds:.1f} s)",
            )
    return 0
