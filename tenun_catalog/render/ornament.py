"""Procedural ornaments for the print themes: generic geometry, never a named motif.

Owns the SVG markup of three small drawings that themes place through the `svg` filter:
- `band`: a thin divider of small repeated diamonds joined by angular hooks (a running key),
  between two hairlines, for under titles and along page edges;
- `panel`: a quiet diamond lattice that fills a photo box when a product has no photo yet;
- `mark`: one small diamond, for list bullets and page numbers.

Some NTT motifs belong to a clan or a rank and are not ours to print, so these shapes stay
plain geometry (diamonds, hooks, lattices) shared by weaving everywhere. Sizes are in mm; the
drawing is computed for the size asked (a whole number of repeats, centred), so a band never
ends in half a diamond. Colours default to the palette of the visual brief.
"""

from __future__ import annotations

from dataclasses import dataclass

TARUM = "#1F2A44"
MENGKUDU = "#8E2C1F"
KUNYIT = "#C8962E"
KAPAS = "#F6F0E6"
LUMPUR = "#1B1A18"

_UNIT_W = 20.0  # one repeat of the band, in user units
_UNIT_H = 10.0


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _check_colour(colour: str) -> str:
    text = colour.strip()
    ok = (
        text.startswith("#")
        and len(text) in (4, 7)
        and all(c in "0123456789abcdefABCDEF" for c in text[1:])
    )
    if not ok:
        raise ValueError(f"ornament colour must be #rgb or #rrggbb, not {colour!r}")
    return text


def _svg(width_mm: float, height_mm: float, view_w: float, view_h: float, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(width_mm)}mm" '
        f'height="{_num(height_mm)}mm" viewBox="0 0 {_num(view_w)} {_num(view_h)}" '
        f'preserveAspectRatio="none" aria-hidden="true">{body}</svg>'
    )


def _diamond(cx: float, cy: float, rx: float, ry: float, hole: float = 0.0) -> str:
    """Path data of a diamond centred on (cx, cy); with `hole`, a diamond eye cut out of it."""
    outer = (
        f"M{_num(cx)} {_num(cy - ry)}L{_num(cx + rx)} {_num(cy)}"
        f"L{_num(cx)} {_num(cy + ry)}L{_num(cx - rx)} {_num(cy)}Z"
    )
    if not hole:
        return outer
    hx, hy = rx * hole, ry * hole
    return outer + (
        f"M{_num(cx)} {_num(cy - hy)}L{_num(cx - hx)} {_num(cy)}"
        f"L{_num(cx)} {_num(cy + hy)}L{_num(cx + hx)} {_num(cy)}Z"
    )


def band(width_mm: float, height_mm: float = 3.0, colour: str = KUNYIT) -> str:
    """A divider `width_mm` long: diamonds with an eye, joined by angular hooks, two hairlines.

    The number of repeats is chosen so each keeps its proportions (about twice as long as it
    is high); the drawing is stretched by at most half a repeat over the whole width.
    """
    if width_mm <= 0 or height_mm <= 0:
        raise ValueError("band size must be positive")
    colour = _check_colour(colour)
    repeats = max(1, round(width_mm / (height_mm * _UNIT_W / _UNIT_H)))
    view_w = repeats * _UNIT_W
    diamonds = []
    hooks = []
    for i in range(repeats):
        x = i * _UNIT_W
        diamonds.append(_diamond(x + 10, 5, 3.2, 3.6, hole=0.38))
        # a running key: from the left edge a hook up, from the right edge a hook down
        hooks.append(
            f"M{_num(x)} 5H{_num(x + 3.6)}V2.6H{_num(x + 2.1)}"
            f"M{_num(x + 20)} 5H{_num(x + 16.4)}V7.4H{_num(x + 17.9)}"
        )
    body = (
        f'<g fill="none" stroke="{colour}" stroke-width="0.55">'
        f'<path d="M0 0.4H{_num(view_w)}M0 9.6H{_num(view_w)}"/>'
        f'<path stroke-width="0.9" stroke-linejoin="miter" d="{"".join(hooks)}"/></g>'
        f'<path fill="{colour}" fill-rule="evenodd" d="{"".join(diamonds)}"/>'
    )
    return _svg(width_mm, height_mm, view_w, _UNIT_H, body)


def panel(
    width_mm: float,
    height_mm: float,
    line: str = TARUM,
    accent: str = KUNYIT,
    background: str = "#EDE3D1",
) -> str:
    """A quiet diamond lattice for a photo box that has no photo yet (text goes on top)."""
    if width_mm <= 0 or height_mm <= 0:
        raise ValueError("panel size must be positive")
    line, accent, background = (_check_colour(c) for c in (line, accent, background))
    cell = 12.0  # mm between lattice crossings, across; diamonds are 1.3x taller than wide
    cols = max(2, round(width_mm / cell))
    step_x = width_mm / cols
    step_y = step_x * 1.3
    rows = max(2, int(height_mm / step_y) + 2)
    top = (height_mm - (rows - 1) * step_y) / 2  # centre the lattice vertically
    lines = []
    for j in range(-1, rows + 1):
        y = top + j * step_y
        for i in range(cols + 1):
            x = i * step_x
            # two strokes from each crossing, so the lattice is made of whole diamonds
            lines.append(
                f"M{_num(x)} {_num(y)}L{_num(x + step_x / 2)} {_num(y + step_y / 2)}"
                f"L{_num(x)} {_num(y + step_y)}L{_num(x - step_x / 2)} {_num(y + step_y / 2)}Z"
            )
    marks = [
        _diamond(i * step_x, top + j * step_y, step_x * 0.09, step_y * 0.09)
        for j in range(rows)
        for i in range(cols + 1)
    ]
    eyes = [
        _diamond((i + 0.5) * step_x, top + (j + 0.5) * step_y, step_x * 0.16, step_y * 0.16, 0.4)
        for j in range(-1, rows)
        for i in range(cols)
        if (i + j) % 2 == 0
    ]
    body = (
        f'<rect width="{_num(width_mm)}" height="{_num(height_mm)}" fill="{background}"/>'
        f'<path fill="none" stroke="{line}" stroke-opacity="0.16" stroke-width="0.35" '
        f'd="{"".join(lines)}"/>'
        f'<path fill="{accent}" fill-opacity="0.55" fill-rule="evenodd" d="{"".join(eyes)}"/>'
        f'<path fill="{accent}" d="{"".join(marks)}"/>'
    )
    return _svg(width_mm, height_mm, width_mm, height_mm, body)


def mark(size_mm: float = 2.0, colour: str = KUNYIT) -> str:
    """One small diamond."""
    colour = _check_colour(colour)
    body = f'<path fill="{colour}" d="{_diamond(5, 5, 4, 5)}"/>'
    return _svg(size_mm * 0.8, size_mm, 10, 10, body)


@dataclass(frozen=True)
class Ornaments:
    """What templates call: `{{ ornament.band(174, 3)|svg }}` (sizes in mm)."""

    def band(self, width_mm: float, height_mm: float = 3.0, colour: str = KUNYIT) -> str:
        return band(width_mm, height_mm, colour)

    def panel(self, width_mm: float, height_mm: float) -> str:
        return panel(width_mm, height_mm)

    def mark(self, size_mm: float = 2.0, colour: str = KUNYIT) -> str:
        return mark(size_mm, colour)
