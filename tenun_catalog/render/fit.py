"""The fit check of cut-out documents: which labels or tags have more content than their box.

Owns `overflowing`: it renders a theme's template like `documents.render_document` does (same
sandboxed templates, same SafeFetcher), lays the HTML out with WeasyPrint WITHOUT writing a PDF,
and measures every box marked `data-fit="<id>"`: content reaching below the box's content area
(or past its right edge) is an overflow. A cell on a sheet hides what overflows, so a label
that is too full would lose its last lines silently when cut; export.labels refuses it instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from ..resources import assets_dir
from .env import find_theme, render_template
from .fetcher import RefusedURL, SafeFetcher
from .pdf import layout_limit, refused_error, time_limit_error
from .textbreak import break_long_runs
from .watchdog import TimeLimit, time_limit

FIT_ATTR = "data-fit"
TOLERANCE_PX = 0.75  # CSS px (0.2 mm): rounding, never a visible line of text


def overflowing(
    theme_name: str,
    output: str,
    *,
    allowed: list[Path],
    user_themes: Path | None = None,
    **context: Any,
) -> list[str]:
    """The `data-fit` ids of the boxes whose content does not fit them, in document order."""
    theme = find_theme(theme_name, user_themes)
    html = break_long_runs(render_template(theme, theme.entry[output], user_themes, **context))
    fetcher = SafeFetcher([*allowed, theme.folder, assets_dir()])
    seconds = layout_limit(html, pages=1)  # a sheet of labels: a few pages at most
    try:
        with time_limit(seconds):
            document = HTML(
                string=html, base_url=theme.folder.resolve().as_uri() + "/", url_fetcher=fetcher
            ).render()
    except TimeLimit:
        raise time_limit_error(seconds, 0) from None
    except RefusedURL as exc:
        raise refused_error(exc.url, exc.reason) from None
    except FatalURLFetchingError as exc:
        url = fetcher.refused[-1] if fetcher.refused else str(exc)
        raise refused_error(url, str(exc.__cause__ or exc)) from None
    found: dict[str, None] = {}
    for page in document.pages:
        for box, fit_id in _fit_boxes(page._page_box):
            if fit_id not in found and _overflows(box):
                found[fit_id] = None
    return list(found)


def _all_boxes(box: Any) -> Iterator[Any]:
    """Every box under `box`, also inside absolutely placed ones (which `descendants()` skips:
    WeasyPrint keeps them behind an AbsolutePlaceholder)."""
    for child in getattr(box, "children", ()):
        child = getattr(child, "_box", child)
        yield child
        yield from _all_boxes(child)


def _fit_boxes(root: Any) -> Iterator[tuple[Any, str]]:
    for box in _all_boxes(root):
        element = getattr(box, "element", None)
        if element is None or getattr(box, "element_tag", None) != element.tag:
            continue
        fit_id = element.get(FIT_ATTR)
        if fit_id is not None and hasattr(box, "content_box_y"):
            yield box, fit_id


def _in_flow(box: Any) -> Iterator[Any]:
    """The descendants of `box` that take part in its layout (absolutely placed ornaments such
    as a tag's hole stub are drawn on purpose where they are, and are skipped)."""
    for child in getattr(box, "children", ()):
        child = getattr(child, "_box", child)
        if child.style["position"] in ("absolute", "fixed"):
            continue
        yield child
        yield from _in_flow(child)


def _overflows(box: Any) -> bool:
    bottom = box.content_box_y() + box.height + TOLERANCE_PX
    right = box.content_box_x() + box.width + TOLERANCE_PX
    for inner in _in_flow(box):
        if not hasattr(inner, "border_box_y"):
            continue
        if inner.border_height() <= 0 and inner.border_width() <= 0:
            continue
        if inner.border_box_y() + inner.border_height() > bottom:
            return True
        if inner.border_box_x() + inner.border_width() > right:
            return True
    return False
