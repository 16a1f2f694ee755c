"""`producer`, `product`, `motif` and `permit` commands: add, list, show, edit, remove; and
`motif narrative add|list|edit|remove` for a motif's attributed narratives (a product's
production steps, `product step ...`, are in cli/steps.py).

Each field of domain.fields becomes a flag named after it (`--name-id`, `--width-cm`); values are
parsed by the field's type and vocabulary, so "Koperasi" and "koperasi" both work.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .. import operations as ops
from ..domain import fields as F
from ..domain import numbers, vocab
from ..domain.entities import Motif, Narrative, Permit, Producer, Product, ProductQuery
from ..domain.errors import UserError
from ..store import Library
from .output import Out, print_json, print_table, rupiah

ENTITIES = {
    "producer": ("Produsen (penenun, kelompok, koperasi, UMKM)", "Producers"),
    "product": ("Produk (tenun, sei, lainnya)", "Products"),
    "motif": ("Motif tenun dan maknanya", "Motifs"),
    "permit": ("Izin usaha dan sertifikat", "Permits and certificates"),
}
REQUIRED = {
    "producer": ("name",),
    "product": ("sku", "kind"),
    "motif": ("name_id",),
    "permit": ("kind",),
    "narrative": ("teller",),
    "step": ("kind",),
}
KEY_HELP = {
    "producer": "nomor atau nama produsen / producer id or name",
    "product": "SKU",
    "motif": "nomor atau nama motif / motif id or name",
    "permit": "nomor izin di pustaka / permit id",
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    for entity, (help_id, help_en) in ENTITIES.items():
        parser = sub.add_parser(
            entity, help=f"{help_id} / {help_en}", description=f"{help_id} / {help_en}"
        )
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        p = actions.add_parser("add", help="tambah / add")
        _field_flags(p, entity, adding=True)
        p.set_defaults(handler=_add, entity=entity)
        p = actions.add_parser("list", help="daftar / list")
        p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
        if entity == "product":
            p.add_argument("--kind", choices=vocab.PRODUCT_KINDS.codes())
            p.add_argument("--kabupaten", help="kode kabupaten/kota, mis. sikka")
            p.add_argument("--producer", help="nomor atau nama produsen / producer id or name")
            p.add_argument("--sort", choices=["name", "sku", "price", "updated"], default="name")
        if entity == "permit":
            p.add_argument("--producer", help="nomor atau nama produsen / producer id or name")
        p.set_defaults(handler=_list, entity=entity)
        p = actions.add_parser("show", help="tampilkan / show")
        p.add_argument("key", help=KEY_HELP[entity])
        p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
        p.set_defaults(handler=_show, entity=entity)
        p = actions.add_parser("edit", help="ubah / edit")
        p.add_argument("key", help=KEY_HELP[entity])
        _field_flags(p, entity, adding=False)
        p.set_defaults(handler=_edit, entity=entity)
        p = actions.add_parser("remove", help="hapus / remove")
        p.add_argument("key", help=KEY_HELP[entity])
        p.set_defaults(handler=_remove, entity=entity)
        if entity == "motif":
            _narrative_parsers(actions)
        if entity == "product":
            from .steps import add_step_parsers  # steps.py reuses this module's field flags

            add_step_parsers(actions)


def _narrative_parsers(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser(
        "narrative",
        help="cerita motif menurut penuturnya / a motif's attributed narratives",
        description="Cerita motif menurut penuturnya / a motif's attributed narratives",
    )
    sub = parser.add_subparsers(dest="narrative_action", required=True, metavar="ACTION")
    motif_help = KEY_HELP["motif"]
    number_help = "nomor cerita / narrative id"
    p = sub.add_parser("add", help="tambah / add")
    p.add_argument("motif", help=motif_help)
    _field_flags(p, "narrative", adding=True)
    p.set_defaults(handler=_narrative_add, entity="narrative")
    p = sub.add_parser("list", help="daftar / list")
    p.add_argument("motif", help=motif_help)
    p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    p.set_defaults(handler=_narrative_list, entity="narrative")
    p = sub.add_parser("edit", help="ubah / edit")
    p.add_argument("key", help=number_help)
    _field_flags(p, "narrative", adding=False)
    p.set_defaults(handler=_narrative_edit, entity="narrative")
    p = sub.add_parser("remove", help="hapus / remove")
    p.add_argument("key", help=number_help)
    p.set_defaults(handler=_narrative_remove, entity="narrative")


def _narrative_title(n: Narrative, lang: str) -> str:
    by = "by" if lang == "en" else "oleh"
    return f"#{n.id} {by} {n.teller}" + (f" ({n.community})" if n.community else "")


def _narrative_add(args: argparse.Namespace, lib: Library, out: Out) -> int:
    changes = _changes(args, lib)
    record = Narrative(motif_id=0, teller=changes.pop("teller"))
    for path, value in changes.items():
        F.set_value(record, path, value)
    change = ops.add_narrative(lib, args.motif, record)
    out.say(
        f"Ditambahkan: cerita {_narrative_title(change.after, 'id')}",
        f"Added: narrative {_narrative_title(change.after, 'en')}",
    )
    return 0


def _narrative_list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    records = ops.list_narratives(lib, args.motif)
    if args.json:
        print_json(records)
        return 0
    if not records:
        out.say("Belum ada cerita.", "No narratives yet.")
        return 0
    print_table(
        ["id", "penutur/teller", "komunitas/community", "pembaca/audience", "cerita/text"],
        [
            [
                n.id,
                n.teller,
                n.community,
                vocab.AUDIENCES.label(n.audience, out.lang),
                _short((n.text_en or n.text_id) if out.lang == "en" else (n.text_id or n.text_en)),
            ]
            for n in records
        ],
    )
    return 0


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _narrative_edit(args: argparse.Namespace, lib: Library, out: Out) -> int:
    changes = _changes(args, lib)
    if not changes:
        raise UserError(
            "Tidak ada yang diubah: sebutkan kolom, mis. --audience public.",
            "Nothing to change: name a field, e.g. --audience public.",
        )
    change = ops.edit_narrative(lib, args.key, changes)
    if change.action == "unchanged":
        out.say("Tidak ada perubahan.", "Nothing changed.")
    else:
        out.say(
            f"Diubah: cerita {_narrative_title(change.after, 'id')} ({', '.join(change.fields)})",
            f"Updated: narrative {_narrative_title(change.after, 'en')} "
            f"({', '.join(change.fields)})",
        )
    return 0


def _narrative_remove(args: argparse.Namespace, lib: Library, out: Out) -> int:
    change = ops.remove_narrative(lib, args.key)
    out.say(
        f"Dihapus: cerita {_narrative_title(change.before, 'id')}",
        f"Removed: narrative {_narrative_title(change.before, 'en')}",
    )
    return 0


def _field_flags(parser: argparse.ArgumentParser, entity: str, adding: bool) -> None:
    for spec in F.FIELDS_BY_ENTITY[entity]:
        choices = ""
        if spec.vocabulary is not None:
            choices = " [" + ", ".join(spec.vocabulary.codes()) + "]"
        kinds = f" ({'/'.join(spec.kinds)})" if spec.kinds else ""
        required = adding and spec.path in REQUIRED[entity]
        parser.add_argument(
            spec.flag,
            dest=spec.path,
            metavar="TEXT",
            required=required,
            help=f"{spec.label_id} / {spec.label_en}{kinds}{choices}".replace("%", "%%"),
        )
    if entity in ("product", "permit"):
        parser.add_argument(
            "--producer", dest="producer_ref", help="nomor atau nama produsen / producer id or name"
        )
    if entity == "permit":
        parser.add_argument(
            "--scan",
            type=Path,
            metavar="FILE",
            help="pindaian izin (PDF, JPEG atau PNG) / scan of the permit (PDF, JPEG or PNG)",
        )
    if entity == "motif":
        parser.add_argument(
            "--permission-scan",
            dest="scan",
            type=Path,
            metavar="FILE",
            help="pindaian surat izin motif (PDF, JPEG atau PNG) / scan of the motif's "
            "permission letter (PDF, JPEG or PNG)",
        )
    if entity == "product":
        parser.add_argument(
            "--motif",
            dest="motif_refs",
            action="append",
            default=None,
            help="motif (nomor atau nama), boleh berulang / motif id or name, repeatable",
        )


def _changes(args: argparse.Namespace, lib: Library) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for spec in F.FIELDS_BY_ENTITY[args.entity]:
        text = getattr(args, spec.path, None)
        if text is not None:
            changes[spec.path] = F.parse(spec, text)
    if getattr(args, "producer_ref", None) is not None:
        ref = args.producer_ref
        changes["producer_id"] = ops.get_producer(lib, ref).id if ref.strip() else None
    if getattr(args, "motif_refs", None) is not None:
        changes["motif_ids"] = [ops.get_motif(lib, r).id for r in args.motif_refs if r.strip()]
    return changes


def _new(entity: str, changes: dict[str, Any]) -> Any:
    if entity == "product":
        record = Product(sku=changes["sku"], kind=changes["kind"])
    elif entity == "producer":
        record = Producer(name=changes["name"])
    elif entity == "motif":
        record = Motif(name_id=changes["name_id"])
    else:
        record = Permit(kind=changes["kind"], number=changes.get("number", ""))
    for path, value in changes.items():
        if path.startswith(("tenun.", "sei.")) and F.get_value(record, path.split(".")[0]) is None:
            raise UserError(
                f"{path} hanya untuk produk jenis {path.split('.')[0]}.",
                f"{path} is only for {path.split('.')[0]} products.",
                field=path,
            )
        F.set_value(record, path, value)
    return record


def _add(args: argparse.Namespace, lib: Library, out: Out) -> int:
    record = _new(args.entity, _changes(args, lib))
    if args.entity == "permit":
        change = ops.add_permit(lib, record, scan=args.scan)
    elif args.entity == "motif":
        change = ops.add_motif(lib, record, scan=args.scan)
    else:
        change = {
            "producer": ops.add_producer,
            "product": ops.add_product,
            "motif": ops.add_motif,
        }[args.entity](lib, record)
    out.say(
        f"Ditambahkan: {_title(args.entity, change.after, 'id')}",
        f"Added: {_title(args.entity, change.after, 'en')}",
    )
    return 0


def _edit(args: argparse.Namespace, lib: Library, out: Out) -> int:
    changes = _changes(args, lib)
    scan = getattr(args, "scan", None)
    if not changes and scan is None:
        raise UserError(
            "Tidak ada yang diubah: sebutkan kolom, mis. --price 450000.",
            "Nothing to change: name a field, e.g. --price 450000.",
        )
    if args.entity == "permit":
        change = ops.edit_permit(lib, args.key, changes, scan=scan)
    elif args.entity == "motif":
        change = ops.edit_motif(lib, args.key, changes, scan=scan)
    else:
        edit = {"producer": ops.edit_producer, "product": ops.edit_product}[args.entity]
        change = edit(lib, args.key, changes)
    if change.action == "unchanged":
        out.say("Tidak ada perubahan.", "Nothing changed.")
    else:
        out.say(
            f"Diubah: {_title(args.entity, change.after, 'id')} ({', '.join(change.fields)})",
            f"Updated: {_title(args.entity, change.after, 'en')} ({', '.join(change.fields)})",
        )
    return 0


def _remove(args: argparse.Namespace, lib: Library, out: Out) -> int:
    remove = {
        "producer": ops.remove_producer,
        "product": ops.remove_product,
        "motif": ops.remove_motif,
        "permit": ops.remove_permit,
    }[args.entity]
    change = remove(lib, args.key)
    out.say(
        f"Dihapus: {_title(args.entity, change.before, 'id')}",
        f"Removed: {_title(args.entity, change.before, 'en')}",
    )
    return 0


def _get(entity: str, lib: Library, key: str) -> Any:
    return {
        "producer": ops.get_producer,
        "product": ops.get_product,
        "motif": ops.get_motif,
        "permit": ops.get_permit,
    }[entity](lib, key)


def _show(args: argparse.Namespace, lib: Library, out: Out) -> int:
    record = _get(args.entity, lib, args.key)
    if args.json:
        print_json(record)
        return 0
    lang = out.lang
    print(_title(args.entity, record, lang))
    for spec in F.FIELDS_BY_ENTITY[args.entity]:
        value = F.get_value(record, spec.path)
        if value in (None, "", [], False) or (spec.kinds and record.kind not in spec.kinds):
            continue
        shown = F.format(spec, value)
        if spec.type == "code" and spec.vocabulary is not None:
            shown = spec.vocabulary.label(value, lang)
        elif spec.type == "codes" and spec.vocabulary is not None:
            shown = ", ".join(spec.vocabulary.label(v, lang) for v in value)
        print(f"  {spec.label(lang)}: {shown}")
    if args.entity == "product":
        if record.producer_id is not None:
            print(
                f"  {'Producer' if lang == 'en' else 'Produsen'}: "
                f"{ops.get_producer(lib, record.producer_id).name}"
            )
        names = [m.name_id for m in ops.motifs_of(lib, record)]
        if names:
            print(f"  Motif: {', '.join(names)}")
        photos = ops.list_photos(lib, record.sku)
        print(f"  {'Photos' if lang == 'en' else 'Foto'}: {len(photos)}")
    return 0


def _list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    entity = args.entity
    if entity == "product":
        producer_id = ops.get_producer(lib, args.producer).id if args.producer else None
        rows = ops.list_products(
            lib,
            ProductQuery(
                kind=args.kind or "",
                producer_id=producer_id,
                kabupaten=args.kabupaten or "",
                sort=args.sort,
            ),
        )
        print_products(rows, args.json, out.lang)
        return 0
    if entity == "producer":
        records = ops.list_producers(lib)
        columns = [
            ("id", "id"),
            ("name", "nama/name"),
            ("kabupaten", "kabupaten"),
            ("producer_type", "jenis/type"),
            ("nib", "NIB"),
        ]
    elif entity == "motif":
        records = ops.list_motifs(lib)
        columns = [
            ("id", "id"),
            ("name_id", "nama/name"),
            ("name_local", "nama lokal/local"),
            ("kabupaten", "kabupaten"),
            ("restriction", "pembatasan/restriction"),
        ]
    else:
        producer_id = ops.get_producer(lib, args.producer).id if args.producer else None
        records = ops.list_permits(lib, producer_id)
        columns = [
            ("id", "id"),
            ("kind", "jenis/kind"),
            ("number", "nomor/number"),
            ("expires", "berlaku s.d./expires"),
            ("product_skus", "produk/products"),
            ("scan_filename", "pindaian/scan"),
        ]
    if args.json:
        print_json(records)
        return 0
    if not records:
        out.say("Belum ada data.", "Nothing yet.")
        return 0
    print_table(
        [h for _, h in columns], [[_cell(getattr(r, c)) for c, _ in columns] for r in records]
    )
    return 0


def print_products(rows: list, as_json: bool, lang: str) -> None:
    if as_json:
        print_json(rows)
        return
    if not rows:
        print("No products." if lang == "en" else "Tidak ada produk.")
        return
    print_table(
        ["SKU", "jenis/kind", "nama/name", "produsen/producer", "kabupaten", "harga/price", "foto"],
        [
            [
                r.sku,
                r.kind,
                r.name_id or r.name_en,
                r.producer_name,
                vocab.KABUPATEN.label(r.kabupaten, lang) if r.kabupaten else "",
                rupiah(r.price),
                r.photo_count,
            ]
            for r in rows
        ],
    )


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _title(entity: str, record: Any, lang: str) -> str:
    if entity == "product":
        return f"{record.sku} {record.name_id or record.name_en}".strip()
    if entity == "producer":
        return f"#{record.id} {record.name}"
    if entity == "motif":
        return f"#{record.id} {record.name_id}"
    kind = vocab.PERMIT_KINDS.label(record.kind, lang)
    return f"#{record.id} {numbers.permit_title(kind, record.number)}"
