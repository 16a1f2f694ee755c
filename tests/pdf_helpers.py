"""Helpers for the PDF tests: one demo library per test session, poppler tools, text per page.

The demo library (curated content, small 640x480 photos) is built once per session and
shared read-only by the PDF test files; the default A4 render of it is cached too.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tenun_catalog import operations as ops
from tenun_catalog.demo import build_demo
from tenun_catalog.export.pdf import render_pdf
from tenun_catalog.export.result import RenderResult

DEMO_PHOTO_SIZE = (640, 480)
DIACRITIC_SKU = "TN-SKA-001"
DIACRITIC_NAME = "Utan Mawarani Sikka Krowé"

_CACHE: dict[str, object] = {}


@dataclass(frozen=True)
class Rendered:
    path: Path
    result: RenderResult


def demo_root(tmp_path_factory) -> Path:
    """The shared demo library folder (built on first use)."""
    if "root" not in _CACHE:
        root = tmp_path_factory.mktemp("pdf-demo") / "library"
        with ops.opened(root) as lib:
            build_demo(lib, photo_size=DEMO_PHOTO_SIZE)
            ops.edit_product(lib, DIACRITIC_SKU, {"name_id": DIACRITIC_NAME})
        _CACHE["root"] = root
    return _CACHE["root"]  # type: ignore[return-value]


def demo_a4(tmp_path_factory) -> Rendered:
    """The demo catalog rendered once with the default theme, A4, Indonesian."""
    if "a4" not in _CACHE:
        root = demo_root(tmp_path_factory)
        out = tmp_path_factory.mktemp("pdf-a4") / "katalog.pdf"
        with ops.opened(root) as lib:
            result = render_pdf(lib, out)
        _CACHE["a4"] = Rendered(out, result)
    return _CACHE["a4"]  # type: ignore[return-value]


def page_texts(pdf: Path) -> list[str]:
    """Text of every page (pdftotext -layout), index 0 = page 1."""
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def all_text(pdf: Path) -> str:
    return "\n".join(page_texts(pdf))


def flat(text: str) -> str:
    """Whitespace and soft hyphenation removed, for 'does this sentence appear' checks."""
    text = re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", text)
    return re.sub(r"\s+", " ", text)


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    lines = out.stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        # name, type (may hold spaces), encoding, emb, sub, uni, object, id
        match = re.match(
            r"(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line
        )
        assert match, line
        fonts.append({"name": match[1], "type": match[2], "emb": match[4]})
    return fonts


def pdfimages(pdf: Path) -> list[dict[str, str]]:
    out = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    )
    header = out.stdout.splitlines()[0].split()
    rows = []
    for line in out.stdout.splitlines()[2:]:
        values = line.split()
        rows.append(dict(zip(header, values, strict=False)))
    return rows


def page_of(pages: list[str], needle: str) -> int:
    """1-based number of the only page that contains `needle`."""
    found = [i + 1 for i, text in enumerate(pages) if needle in text]
    assert len(found) == 1, (needle, found)
    return found[0]
