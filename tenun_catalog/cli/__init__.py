"""The command line: `tenun-catalog [--library DIR] [--lang id|en] COMMAND ...`.

Exit codes: 0 success, 1 a user or data error (one clear message on stderr), 2 bad usage.
Every command calls `operations` only; this module translates arguments and prints results.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from .. import __version__
from ..domain.errors import UserError
from . import app, catalogs, library, package, records
from .output import Out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tenun-catalog",
        description="Pembuat katalog Tenun NTT dan Sei / Catalog builder for Tenun NTT and Sei",
    )
    parser.add_argument("--version", action="version", version=f"tenun-catalog {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        metavar="DIR",
        help="folder pustaka (bawaan: $TENUN_CATALOG_LIBRARY atau folder data pengguna) / "
        "library folder",
    )
    parser.add_argument(
        "--lang",
        choices=["id", "en"],
        default=os.environ.get("TENUN_CATALOG_LANG", "id"),
        help="bahasa pesan / message language (id, en)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    library.add_parsers(sub)
    records.add_parsers(sub)
    catalogs.add_parsers(sub)
    package.add_parsers(sub)
    app.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Out(args.lang)
    lib = None
    try:
        if getattr(args, "needs_library", True):
            from .. import operations

            lib = operations.open_or_create(args.library)
        return args.handler(args, lib, out)
    except UserError as exc:
        out.error(exc)
        return 1
    except sqlite3.DatabaseError as exc:
        out.error(
            UserError(
                f"Basis data pustaka bermasalah: {exc}",
                f"The library database has a problem: {exc}",
            )
        )
        return 1
    except KeyboardInterrupt:
        out.warn("Dibatalkan.", "Cancelled.")
        return 130
    finally:
        if lib is not None:
            lib.close()


if __name__ == "__main__":
    sys.exit(main())
