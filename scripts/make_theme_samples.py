"""Sample pages of every bundled theme, as PNG, for review: docs/themes/.

    .venv/bin/python scripts/make_theme_samples.py [--out docs/themes] [--dpi 60]

Builds the demo library in a temporary folder and renders it through the documented CLI
(`tenun-catalog render pdf|price-list|labels|hang-tags|html`, `package submission`), then turns
chosen pages into PNG with pdftoppm (Debian poppler-utils) and photographs the web catalog with
headless Chromium at phone and desktop width (skipped, saying so, when Chromium is missing).
Pages are found by their text (pdftotext), so the samples follow the demo when it changes.
docs/themes/README.md lists what each picture shows; run this after a change to a theme.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def cli(library: Path, *args: str) -> None:
    command = [sys.executable, "-m", "tenun_catalog.cli", "--library", str(library), *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed:\n{done.stderr}")


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def page_with(pdf: Path, needle: str, skip: int = 0) -> int:
    """The first page (1-based, after `skip` pages) whose text contains `needle`."""
    for page in range(skip + 1, page_count(pdf) + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if needle in text:
            return page
    raise SystemExit(f"no page of {pdf.name} contains {needle!r}")


def png(pdf: Path, page: int, out: Path, dpi: int) -> Path:
    stem = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(page), "-l", str(page),
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    return out


def screenshot(chromium: str, page: Path, out: Path, size: tuple[int, int], work: Path) -> Path:
    subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={work / 'chromium'}",
         f"--window-size={size[0]},{size[1]}", f"--screenshot={out}", page.as_uri()],
        capture_output=True, check=True, timeout=120,
    )  # fmt: skip
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "themes")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    for tool in ("pdftoppm", "pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install poppler-utils")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="theme-samples-") as temp:
        work = Path(temp)
        lib = work / "library"
        cli(lib, "demo")
        catalog = work / "katalog.pdf"
        cli(lib, "render", "pdf", "--out", str(catalog))
        contents = page_with(catalog, "Daftar isi")
        pages = [
            (1, "pameran-a4-1-sampul.png"),
            (contents, "pameran-a4-2-daftar-isi.png"),
            (
                page_with(catalog, "KELOMPOK TENUN · SABU RAIJUA", contents),
                "pameran-a4-3-produsen.png",
            ),
            (page_with(catalog, "TN-SBR-001", contents), "pameran-a4-4-tenun.png"),
            (page_with(catalog, "SEI-BBI-001", contents), "pameran-a4-5-sei-babi.png"),
        ]
        made += [png(catalog, page, out / name, args.dpi) for page, name in pages]
        a5 = work / "katalog-a5.pdf"
        cli(lib, "render", "pdf", "--paper", "A5", "--lang", "en", "--out", str(a5))
        a5_page = page_with(a5, "TN-SBR-001", 3)
        made.append(png(a5, a5_page, out / "pameran-a5-en-tenun.png", args.dpi))
        prices = work / "daftar-harga.pdf"
        cli(lib, "render", "price-list", "--out", str(prices))
        made.append(png(prices, 1, out / "daftar-harga.png", args.dpi))
        labels = work / "label.pdf"
        sei = ["--sku", "SEI-BBI-001", "--sku", "SEI-SPI-001", "--size", "A4-sheet"]
        dates = ["--batch", "B2611", "--produced", "2026-11-20", "--best-before", "2026-12-20"]
        cli(lib, "render", "labels", *sei, *dates, "--out", str(labels))
        made.append(png(labels, 1, out / "label-sei.png", args.dpi))
        tags = work / "hang-tags.pdf"
        cli(lib, "render", "hang-tags", "--out", str(tags))
        made.append(png(tags, 1, out / "label-tenun.png", args.dpi))
        package = work / "paket.zip"
        producer = ["--producer", "Kelompok Tenun Benang Seba", "--allow-incomplete"]
        cli(lib, "package", "submission", *producer, "--out", str(package))
        with zipfile.ZipFile(package) as archive:
            for name in ("profil.pdf", "kesiapan.pdf"):
                member = next(m for m in archive.namelist() if m.endswith("/" + name))
                target = work / name
                target.write_bytes(archive.read(member))
                made.append(png(target, 1, out / f"kurasi-{name[:-4]}.png", args.dpi))
        site = work / "web"
        cli(lib, "render", "html", "--out", str(site))
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            print("chromium is missing (apt-get install chromium): no web screenshots")
        else:
            product = next(site.glob("produk/tn-sbr-001*.html"))
            shots = [
                (site / "index.html", "web-index-hp.png", (390, 844)),
                (site / "index.html", "web-index-desktop.png", (1280, 900)),
                (product, "web-produk-hp.png", (390, 844)),
            ]
            made += [
                screenshot(chromium, page, out / name, size, work) for page, name, size in shots
            ]
    for path in made:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
