"""The Jinja environment for themes: sandboxed, autoescaping, strict, with our few filters.

A theme is a folder `<name>/` holding templates, CSS and `theme.toml`. A user theme in the
library's `themes/` folder overrides or adds to the bundled ones in `templates/`. Template errors
become a UserError that names the theme file and line.

A theme is untrusted: templates load only from inside the theme folders (`ThemeLoader`: a
symlink or `..` that resolves elsewhere is refused), run in render.sandbox's bounded sandbox
(sizes, range, call depth, output), and each render has a wall-clock limit (TEMPLATE_TIME_S).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..domain.errors import UserError
from ..resources import assets_dir
from .sandbox import BoundedSandbox, ThemeLimit, render_bounded
from .theme_files import Theme, find_theme, list_themes, theme_folders  # noqa: F401 - re-exported
from .watchdog import TimeLimit, time_limit

TEMPLATE_TIME_S = 120.0  # one template render; a 1,000-product catalog takes a few seconds


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


class ThemeLoader(jinja2.FileSystemLoader):
    """Loads templates only from inside the theme folders.

    Jinja's FileSystemLoader already refuses `..` in a name, but it follows symlinks: a user
    theme holding `secret.html -> /etc/passwd` and `{% include "secret.html" %}` would put that
    file into a catalog. Here the file found is resolved (symlinks followed) and must lie inside
    one of the resolved search folders; otherwise the template does not exist."""

    def __init__(self, folders: list[Path]):
        super().__init__([str(f) for f in folders])
        self.roots = [Path(f).resolve() for f in folders]

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        source, filename, uptodate = super().get_source(environment, template)
        if not contained(Path(filename), self.roots):
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate


def contained(path: Path, roots: list[Path]) -> bool:
    """`path`, with every symlink resolved, lies inside one of the (resolved) `roots`."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return False
    return real.is_file() and any(real.is_relative_to(root.resolve()) for root in roots)


def make_environment(theme: Theme, user_themes: Path | None = None) -> jinja2.Environment:
    env = BoundedSandbox(
        loader=ThemeLoader([theme.folder, *theme_folders(user_themes)]),
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
    """Render one template of a theme; any template error names the file and line.

    Whatever a theme does, the caller gets the HTML or a UserError: errors, the sandbox's
    limits, deep recursion and the time limit (TEMPLATE_TIME_S) all become a theme error."""
    env = cached_environment(theme, user_themes)
    try:
        with time_limit(TEMPLATE_TIME_S):
            return render_bounded(env.get_template(template), context)
    except jinja2.TemplateSyntaxError as exc:
        raise _theme_error(theme, exc.filename or exc.name or template, exc.lineno, exc) from exc
    except UserError:
        raise
    except TimeLimit:
        raise _theme_error(
            theme, template, None, ThemeLimit(
                f"tema berjalan lebih dari {TEMPLATE_TIME_S:g} detik dan dihentikan",
                f"the theme ran for more than {TEMPLATE_TIME_S:g} seconds and was stopped",
            ),
        ) from None  # fmt: skip
    except RecursionError:
        raise _theme_error(
            theme, template, None, ThemeLimit(
                "makro atau include memanggil dirinya sendiri terlalu dalam",
                "a macro or include calls itself too deep",
            ),
        ) from None  # fmt: skip
    except Exception as exc:  # anything a theme can cause: Jinja's errors, the sandbox's...
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
    detail_id = detail_en = str(exc)
    if isinstance(exc, ThemeLimit):
        detail_id, detail_en = exc.message_id, exc.message_en
    elif isinstance(exc, jinja2.TemplateNotFound):
        detail_id = f"templat '{exc}' tidak ada di folder tema (atau menunjuk ke luarnya)"
        detail_en = f"template '{exc}' is not in the theme folders (or points outside them)"
    return UserError(
        f"Kesalahan di tema '{theme.name}', {at_id}: {detail_id}",
        f"Error in theme '{theme.name}', {at_en}: {detail_en}",
    )
