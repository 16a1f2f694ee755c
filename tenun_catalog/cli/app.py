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
from .output import Out, Progress


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
    choice = getattr(args, "library_choice", None)
    if choice is None or choice.source == "given":  # else the app finds it by the same rule
        command += ["--library", str(args.library)]
    return subprocess.call(command + ["--lang", args.lang])


def _render_demo(args: argparse.Namespace, lib: Library, out: Out) -> int:
    """What `make run` does without a display: the demo catalogs as files in `--out`."""
    from ..export.html import render_html
    from ..export.pdf import render_pdf, render_price_list

    target = Path(args.out)
    target.mkdir(parents=True, exist_ok=True)
    written = [
        render_pdf(lib, target / "katalog-pameran.pdf", progress=Progress("PDF")),
        render_pdf(lib, target / "katalog-pameran-a5.pdf", paper="A5", progress=Progress("A5")),
        render_pdf(
            lib,
            target / "katalog-pameran-ringan.pdf",
            image_mode="screen",
            progress=Progress("PDF ringan / light PDF"),
        ),
        render_price_list(lib, target / "daftar-harga.pdf", progress=Progress("PDF")),
        render_html(lib, target / "katalog-web", progress=Progress("HTML")),
    ]
    for result in written:
        out.say(f"  {result.path}", f"  {result.path}")
    if written[0].withheld:
        out.say(
            "Motif terbatas yang tidak ditampilkan: " + ", ".join(written[0].withheld),
            "Restricted motifs withheld: " + ", ".join(written[0].withheld),
        )
    out.say(
        f"Katalog contoh ada di {target}/ (buka katalog-web/index.html di peramban).",
        f"The demo catalogs are in {target}/ (open katalog-web/index.html in a browser).",
    )
    return 0
