"""`product step add|list|remove`: the production steps of a product (yarn, dyeing with plant
names, tying, weaving, finishing, quality check), as the GI description draft lists them."""

from __future__ import annotations

import argparse

from .. import operations as ops
from ..domain import fields as F
from ..domain import vocab
from ..domain.entities import ProductionStep
from ..domain.errors import UserError
from ..store import Library
from .output import Out, print_json, print_table
from .records import _changes, _field_flags, _short


def add_step_parsers(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser(
        "step",
        help="tahap produksi sebuah produk / a product's production steps",
        description="Tahap produksi sebuah produk (benang, pewarnaan dengan nama tanamannya, "
        "pengikatan, penenunan...) / a product's production steps (yarn, dyeing with its "
        "plants, tying, weaving...)",
    )
    sub = parser.add_subparsers(dest="step_action", required=True, metavar="ACTION")
    p = sub.add_parser("add", help="tambah di akhir / append")
    p.add_argument("sku", metavar="SKU", help="SKU produk / product SKU")
    _field_flags(p, "step", adding=True)
    p.set_defaults(handler=_add, entity="step")
    p = sub.add_parser("list", help="daftar / list")
    p.add_argument("sku", metavar="SKU", help="SKU produk / product SKU")
    p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    p.set_defaults(handler=_list, entity="step")
    p = sub.add_parser("remove", help="hapus / remove")
    p.add_argument("key", metavar="NUMBER", help="nomor tahap / step number")
    p.set_defaults(handler=_remove, entity="step")


def _title(step: ProductionStep, lang: str) -> str:
    return f"#{step.id} {vocab.PRODUCTION_STEPS.label(step.kind, lang)}"


def _add(args: argparse.Namespace, lib: Library, out: Out) -> int:
    changes = _changes(args, lib)
    step = ProductionStep(product_id=0, kind=changes.pop("kind"))
    for path, value in changes.items():
        F.set_value(step, path, value)
    change = ops.add_step(lib, args.sku, step)
    out.say(
        f"Ditambahkan: tahap {_title(change.after, 'id')} pada {args.sku}",
        f"Added: step {_title(change.after, 'en')} to {args.sku}",
    )
    return 0


def _list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    records = ops.list_steps(lib, args.sku)
    if args.json:
        print_json(records)
        return 0
    if not records:
        out.say("Belum ada tahap produksi.", "No production steps yet.")
        return 0
    lang = out.lang
    print_table(
        ["id", "tahap/step", "tanaman/plants", "hari/days", "uraian/description"],
        [
            [
                s.id,
                vocab.PRODUCTION_STEPS.label(s.kind, lang),
                ", ".join(s.plants),
                "" if s.days is None else s.days,
                _short(
                    (s.description_en or s.description_id)
                    if lang == "en"
                    else (s.description_id or s.description_en)
                ),
            ]
            for s in records
        ],
    )
    return 0


def _remove(args: argparse.Namespace, lib: Library, out: Out) -> int:
    if not str(args.key).strip():
        raise UserError("Sebutkan nomor tahap.", "Give the step number.")
    change = ops.remove_step(lib, args.key)
    out.say(
        f"Dihapus: tahap {_title(change.before, 'id')}",
        f"Removed: step {_title(change.before, 'en')}",
    )
    return 0
