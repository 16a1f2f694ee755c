"""Small single-purpose PDF documents (producer profile, readiness report) from a theme's entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..resources import assets_dir
from .env import find_theme, render_template
from .pdf import PdfWritten, write_pdf


def render_document(
    theme_name: str,
    output: str,
    out: Path,
    *,
    allowed: list[Path],
    user_themes: Path | None = None,
    title: str = "",
    author: str = "",
    **context: Any,
) -> PdfWritten:
    """Render the theme's entry for `output` with `context` and write it to `out` as PDF."""
    theme = find_theme(theme_name, user_themes)
    html = render_template(theme, theme.entry[output], user_themes, **context)
    return write_pdf(
        html,
        out,
        base_url=theme.folder.resolve().as_uri() + "/",
        allowed=[*allowed, theme.folder, assets_dir()],
        metadata={"title": title, "author": author},
    )
