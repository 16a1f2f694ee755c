"""Theme folders and their `theme.toml`: which themes exist and what each declares.

Reading a theme's description needs no Jinja2, so the app can list themes (the catalog
settings' theme choice) without importing the template engine; render.env renders them.
A user theme in the library's `themes/` folder overrides or adds to the bundled ones.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..resources import templates_dir


@dataclass(frozen=True)
class Theme:
    name: str
    folder: Path
    title: str
    outputs: tuple[str, ...]  # pdf, html, price-list
    papers: tuple[str, ...]
    images: dict[str, Any]  # placed sizes per slot (mm for print, px for the web)
    entry: dict[str, str]  # output -> template file name

    def supports(self, output: str) -> bool:
        return output in self.outputs


def theme_folders(user_themes: Path | None) -> list[Path]:
    folders = []
    if user_themes is not None and user_themes.is_dir():
        folders.append(user_themes)
    folders.append(templates_dir())
    return folders


def find_theme(name: str, user_themes: Path | None = None) -> Theme:
    for root in theme_folders(user_themes):
        folder = root / name
        if (folder / "theme.toml").is_file():
            return read_theme(folder)
    known = ", ".join(sorted(list_themes(user_themes)))
    raise UserError(
        f"Tema '{name}' tidak ditemukan. Tema yang ada: {known}.",
        f"Theme '{name}' not found. Available themes: {known}.",
    )


def list_themes(user_themes: Path | None = None) -> dict[str, Theme]:
    found: dict[str, Theme] = {}
    for root in reversed(theme_folders(user_themes)):  # user themes override bundled ones
        for toml in sorted(root.glob("*/theme.toml")):
            found[toml.parent.name] = read_theme(toml.parent)
    return found


def read_theme(folder: Path) -> Theme:
    try:
        data = tomllib.loads((folder / "theme.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UserError(
            f"Berkas {folder / 'theme.toml'} tidak bisa dibaca: {exc}",
            f"Cannot read {folder / 'theme.toml'}: {exc}",
        ) from exc
    return Theme(
        name=folder.name,
        folder=folder,
        title=str(data.get("name", folder.name)),
        outputs=tuple(data.get("outputs", [])),
        papers=tuple(data.get("papers", ["A4"])),
        images=dict(data.get("images", {})),
        entry=dict(data.get("entry", {})),
    )
