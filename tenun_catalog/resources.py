"""Where the bundled templates and assets are: inside the package or at the repository top.

A wheel carries them as tenun_catalog/templates and tenun_catalog/assets (force-include in
pyproject.toml); an editable install or a source checkout uses the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    packaged = _PACKAGE_DIR / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"Folder '{name}' tidak ditemukan / not found: looked in {packaged} and {checkout}"
    )


def templates_dir() -> Path:
    """The folder of the built-in Jinja2 themes."""
    return _bundled("templates")


def assets_dir() -> Path:
    """The folder of bundled fonts, ornaments and other static files."""
    return _bundled("assets")


def docs_dir() -> Path:
    """The folder of the user guides (guide.md, panduan.md) and their screenshots (img/)."""
    return _bundled("docs")
