"""`package submission`: the ZIP a curation desk asks for, per producer."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..store import Library
from .output import Out, Progress


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("package", help="paket untuk kurasi / packages for curation")
    kinds = p.add_subparsers(dest="package", required=True, metavar="KIND")
    q = kinds.add_parser("submission", help="paket kurasi (ZIP) / submission package (ZIP)")
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--producer",
        action="append",
        metavar="ID_OR_NAME",
        help="produsen (boleh berulang) / producer (repeatable)",
    )
    who.add_argument("--all", action="store_true", help="semua produsen / every producer")
    q.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    q.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="kirim walau belum lengkap (ditandai) / send even if incomplete (marked)",
    )
    q.add_argument(
        "--lang",
        dest="output_lang",
        choices=["id", "en"],
        default="id",
        help="bahasa dokumen / document language",
    )
    q.set_defaults(handler=_submission)


def _submission(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..export.package import build_submission

    result = build_submission(
        lib,
        args.out,
        producers=None if args.all else args.producer,
        allow_incomplete=args.allow_incomplete,
        lang=args.output_lang,
        progress=Progress("paket" if out.lang == "id" else "package"),
    )
    if result.incomplete:
        out.warn(
            f"Paket ditandai BELUM LENGKAP ({len(result.problems)} kekurangan):",
            f"The package is marked INCOMPLETE ({len(result.problems)} problems):",
        )
        for p in result.problems:
            out.warn(
                f"  {p.producer} / {p.record}: {p.message_id}",
                f"  {p.producer} / {p.record}: {p.message_en}",
            )
    if result.withheld:
        out.warn(
            "Motif terbatas yang tidak ditampilkan: " + ", ".join(result.withheld),
            "Restricted motifs withheld: " + ", ".join(result.withheld),
        )
    out.say(
        f"Paket kurasi dibuat: {result.path} ({len(result.producers)} produsen, "
        f"{result.files} berkas)",
        f"Submission package written: {result.path} ({len(result.producers)} producers, "
        f"{result.files} files)",
    )
    return 0
