"""Which themes a library can use: the bundled ones plus its own `themes/` folder."""

from __future__ import annotations

from ..render.theme_files import Theme, list_themes
from ..store import Library


def available_themes(lib: Library) -> list[Theme]:
    return sorted(list_themes(lib.themes_dir).values(), key=lambda t: t.name)
