"""The Jinja environment for themes: sandboxed, autoescaping, strict, with our few filters.

A theme is a folder `<name>/` holding templates, CSS and `theme.toml`. A user theme in the
library's `themes/` folder overrides or adds to the bundled ones in `templates/`. Template errors
become a UserError that names the theme file and line.
"""

from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from ..domain.errors import UserError
from ..resources import assets_dir, templates_dir


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
            return _read_theme(folder)
    known = ", ".join(sorted(list_themes(user_themes)))
    raise UserError(
        f"Tema '{name}' tidak ditemukan. Tema yang ada: {known}.",
        f"Theme '{name}' not found. Available themes: {known}.",
    )


def list_themes(user_themes: Path | None = None) -> dict[str, Theme]:
    found: dict[str, Theme] = {}
    for root in reversed(theme_folders(user_themes)):  # user themes override bundled ones
        for toml in sorted(root.glob("*/theme.toml")):
            found[toml.parent.name] = _read_theme(toml.parent)
    return found


def _read_theme(folder: Path) -> Theme:
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


def _paragraphs(text: str) -> Markup:
    """Blank-line separated text -> <p> paragraphs, escaped."""
    parts = [p.strip() for p in str(text).replace("\r\n", "\n").split("\n\n") if p.strip()]
    return Markup("").join(
        Markup("<p>{}</p>").format(escape(p).replace("\n", Markup("<br>"))) for p in parts
    )


def _svg(markup: str) -> Markup:
    """Inline SVG made by our own code (QR codes, ornaments): passed through unescaped."""
    text = str(markup).strip()
    if not text:
        return Markup("")
    if not text.startswith("<svg") or "<script" in text.lower():
        raise ValueError("not an SVG made by Tenun Catalog")
    return Markup(text)


def _srcset(
    sources: Any, root: str = "", mime: str = "image/webp", max_width: int | None = None
) -> str:
    """`url 320w, url 640w` of the ImageSources of one type (and at most max_width wide)."""
    return ", ".join(
        f"{root}{s.url} {s.width}w"
        for s in sources
        if s.mime == mime and (max_width is None or s.width <= max_width)
    )


def _facet_values(pairs: Any, key: str) -> str:
    """The values of one facet from ProductCtx.filters, space separated (for data attributes)."""
    return " ".join(value for facet, value in pairs if facet == key)


def make_environment(theme: Theme, user_themes: Path | None = None) -> jinja2.Environment:
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([theme.folder, *theme_folders(user_themes)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = _paragraphs
    env.filters["svg"] = _svg
    env.filters["srcset"] = _srcset
    env.filters["facet_values"] = _facet_values
    env.globals["assets_url"] = assets_dir().resolve().as_uri()
    env.globals["theme_url"] = theme.folder.resolve().as_uri()
    return env


_ENVIRONMENTS: dict[tuple[Path, Path | None], jinja2.Environment] = {}
_ENVIRONMENTS_LOCK = threading.Lock()


def cached_environment(theme: Theme, user_themes: Path | None = None) -> jinja2.Environment:
    """One environment per theme folder, reused so its compiled templates are too (a web
    export renders thousands of pages). Jinja's auto_reload still picks up edited files."""
    key = (theme.folder.resolve(), user_themes)
    with _ENVIRONMENTS_LOCK:
        env = _ENVIRONMENTS.get(key)
        if env is None:
            env = _ENVIRONMENTS[key] = make_environment(theme, user_themes)
    return env


def render_template(
    theme: Theme, template: str, user_themes: Path | None = None, **context: Any
) -> str:
    """Render one template of a theme; any template error names the file and line."""
    env = cached_environment(theme, user_themes)
    try:
        return env.get_template(template).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise _theme_error(theme, exc.filename or exc.name or template, exc.lineno, exc) from exc
    except (
        jinja2.TemplateError,
        jinja2.sandbox.SecurityError,
        TypeError,
        ValueError,
        AttributeError,
    ) as exc:
        filename, line = _template_frame(exc, template)
        raise _theme_error(theme, filename, line, exc) from exc


def _template_frame(exc: BaseException, default: str) -> tuple[str, int | None]:
    tb = exc.__traceback__
    found: tuple[str, int | None] = (default, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".css", ".xml", ".j2", ".txt", ".svg")):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _theme_error(theme: Theme, filename: str, line: int | None, exc: BaseException) -> UserError:
    where = Path(filename).name
    at_id = f"{where} baris {line}" if line else where
    at_en = f"{where} line {line}" if line else where
    return UserError(
        f"Kesalahan di tema '{theme.name}', {at_id}: {exc}",
        f"Error in theme '{theme.name}', {at_en}: {exc}",
    )
