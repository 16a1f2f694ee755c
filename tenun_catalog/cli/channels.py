"""`channel category list|set`: the category each sales channel (meta, google, shopee,
tokopedia) files tenun, Sei and other products under. The feeds and the marketplace upload
sheets write it; Meta and Google have defaults (domain/channels.py says where from), Shopee's and
Tokopedia's ids come from the seller's own downloaded template."""

from __future__ import annotations

import argparse

from ..domain import channels, vocab
from ..operations import channels as channel_ops
from ..store import Library
from .output import Out, print_json, print_table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "channel",
        help="kanal penjualan / sales channels",
        description="Pengaturan kanal penjualan (WhatsApp/Meta, Google, Shopee, Tokopedia) / "
        "sales channel settings",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    category = actions.add_parser(
        "category",
        help="kategori produk per kanal / product category per channel",
        description="Kategori produk per kanal dan jenis produk / the product category per "
        "channel and product kind",
    )
    what = category.add_subparsers(dest="category_action", required=True, metavar="ACTION")
    p = what.add_parser("list", help="daftar / list")
    p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    p.set_defaults(handler=_list)
    p = what.add_parser("set", help="atur / set")
    p.add_argument("--channel", required=True, choices=channels.CHANNELS)
    p.add_argument("--kind", required=True, choices=vocab.PRODUCT_KINDS.codes())
    value = p.add_mutually_exclusive_group(required=True)
    value.add_argument(
        "--value",
        metavar="CATEGORY",
        help="teks atau nomor kategori kanal itu / the channel's category text or id",
    )
    value.add_argument(
        "--default",
        action="store_true",
        help="kembali ke bawaan / back to the default",
    )
    p.set_defaults(handler=_set)


def _list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    found = channel_ops.channel_categories(lib)
    chosen = channel_ops.channel_categories_set(lib)
    rows = [
        {
            "channel": channel,
            "kind": kind,
            "value": value,
            "source": "set" if (channel, kind) in chosen else "default",
        }
        for (channel, kind), value in found.items()
    ]
    if args.json:
        print_json(rows)
        return 0
    words = {"set": ("diatur", "set"), "default": ("bawaan", "default")}
    en = out.lang == "en"
    print_table(
        ["Kanal / Channel", "Jenis / Kind", "Kategori / Category", ""],
        [
            (
                channels.CHANNEL_NAMES[r["channel"]],
                vocab.PRODUCT_KINDS.label(r["kind"], out.lang),
                r["value"] or ("(belum diatur)" if not en else "(not set)"),
                words[r["source"]][1 if en else 0],
            )
            for r in rows
        ],
    )
    return 0


def _set(args: argparse.Namespace, lib: Library, out: Out) -> int:
    value = None if args.default else args.value
    now = channel_ops.set_channel_category(lib, args.channel, args.kind, value)
    name = channels.CHANNEL_NAMES[args.channel]
    kind_id = vocab.PRODUCT_KINDS.label(args.kind, "id")
    kind_en = vocab.PRODUCT_KINDS.label(args.kind, "en")
    out.say(
        f"Kategori {name} untuk {kind_id}: {now or '(kosong)'}",
        f"{name} category for {kind_en}: {now or '(empty)'}",
    )
    return 0
