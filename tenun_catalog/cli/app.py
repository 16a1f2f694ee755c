"""`gui` and `render-demo`: start the desktop app in its own process, or show the demo without one.

The command line never imports the GUI package (the layers stay apart): the app is started as
`python -m tenun_catalog.gui` in a child process.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

from ..store import Library
from .library import _info
from .output import Out


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="buka aplikasi desktop / open the desktop app")
    p.set_defaults(handler=_gui, needs_library=False)
    p = sub.add_parser(
        "render-demo",
        help="buat katalog contoh tanpa layar / render the demo catalogs without a display",
    )
    p.add_argument("--out", type=Path, default=Path("out"), metavar="DIR")
    p.set_defaults(handler=_render_demo)


def _gui(args: argparse.Namespace, lib: None, out: Out) -> int:
    if importlib.util.find_spec("tenun_catalog.gui") is None:
        out.warn(
            "Aplikasi desktop belum tersedia di versi ini; isi pustaka:",
            "The desktop app is not in this version yet; the library holds:",
        )
        from .. import operations

        with operations.opened(args.library) as lib:
            return _info(argparse.Namespace(json=False), lib, out)
    command = [sys.executable, "-m", "tenun_catalog.gui"]
    if args.library:
        command += ["--library", str(args.library)]
    return subprocess.call(command + ["--lang", args.lang])


def _render_demo(args: argparse.Namespace, lib: Library, out: Out) -> int:
    # Catalog rendering arrives with the themes (issue 3); until then, show what would be rendered.
    out.say(
        f"Katalog belum bisa dibuat di versi ini (tujuan: {args.out}). Isi pustaka:",
        f"Catalogs cannot be rendered by this version yet (target: {args.out}). The library:",
    )
    return _info(argparse.Namespace(json=False), lib, out)
