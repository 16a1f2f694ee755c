"""The command line: `tenun-catalog [--library DIR] [--lang id|en] COMMAND ...`.

Exit codes: 0 success, 1 a user or data error (one clear message on stderr), 2 bad usage,
130 cancelled (Ctrl-C), 141 the reader of the output went away (`| head`). No traceback is
ever printed: an unexpected error is one line naming the log file that holds the details.
Every command calls `operations` only; this module translates arguments and prints results.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import __version__
from ..operations.library_choice import choose_library, remember_library
from . import app, catalogs, channels, library, outputs, records
from .output import Out, report

# Commands that say on stderr which library they use (and why): the ones that start or fill a
# library (`make run` runs demo then gui). `info` says it on stdout; the other commands keep
# stderr for errors only (scripts parse it).
SAYS_LIBRARY = frozenset({"init", "demo", "gui"})


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
        help="folder pustaka (bawaan: $TENUN_CATALOG_LIBRARY, lalu pustaka terakhir dibuka, lalu "
        "folder data pengguna) / library folder (else $TENUN_CATALOG_LIBRARY, else the last "
        "opened, else the user data folder)",
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
    outputs.add_parsers(sub)
    channels.add_parsers(sub)
    app.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command. Never raises (except argparse's exit for usage and --help): every
    failure becomes one message on stderr in the chosen language (see `output.report`)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Out(args.lang)
    lib = None
    code = 1
    error: Exception | None = None
    try:
        choice = choose_library(args.library)  # one rule with the app: see library_choice
        args.library, args.library_choice = choice.root, choice
        if args.command in SAYS_LIBRARY:
            out.warn(choice.describe("id"), choice.describe("en"))
        if getattr(args, "needs_library", True):
            from .. import operations

            lib = operations.open_or_create(args.library)
        if choice.source == "given":
            remember_library(args.library)
        code = args.handler(args, lib, out)
        sys.stdout.flush()  # a reader that went away (`| head`) shows here, not at exit
    except KeyboardInterrupt:
        out.warn("Dibatalkan.", "Cancelled.")
        code = 130
    except Exception as exc:  # noqa: BLE001 - every failure becomes one message
        error = exc
    finally:
        if lib is not None:
            try:
                lib.close()
            except Exception as exc:  # noqa: BLE001 - closing can fail too (a full disk)
                error = error or exc
    if error is not None:
        root = lib.root if lib is not None else args.library
        places = [p for p in (getattr(args, "out", None), root) if isinstance(p, os.PathLike)]
        return report(error, out, places=places)
    return code


if __name__ == "__main__":
    sys.exit(main())
