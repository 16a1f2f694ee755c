"""Procedural SVG marks for labels and hang tags: the pork mark's pig, the halal-logo placeholder,
the string hole of a hang tag, and the crop marks of a sheet of cut-out labels or tags.

Owns the drawings only; the words that go with a mark (MENGANDUNG BABI, LOGO HALAL, the
certificate number) are HTML text set by the theme next to the drawing, so they are real,
selectable text in the bundled fonts. The pig is a plain side-view silhouette in pure red, as the
Indonesian pork marking asks (red pig, red box, red words). The halal mark is a PLACEHOLDER box
on purpose: the official BPJPH logo is never drawn here; the producer prints or sticks the
official logo in its place. Sizes are in mm.
"""

from __future__ import annotations

from dataclasses import dataclass

PORK_RED = "#D0021B"  # the pure red of the pork marking (not the palette's mengkudu)
TARUM = "#1F2A44"
CUT_GREY = "#8a8478"


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _svg(width_mm: float, height_mm: float, view: tuple[float, float], body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(width_mm)}mm" '
        f'height="{_num(height_mm)}mm" viewBox="0 0 {_num(view[0])} {_num(view[1])}" '
        f'aria-hidden="true">{body}</svg>'
    )


# The pig, facing left, in a 100 x 64 box: body, head, snout, ear, four legs, a curled tail.
_PIG_W, _PIG_H = 100.0, 64.0
_PIG_BODY = (
    '<ellipse cx="57" cy="31" rx="31" ry="19"/>'  # body
    '<circle cx="27" cy="28" r="14"/>'  # head
    '<rect x="6" y="22" width="14" height="14" rx="4"/>'  # snout
    '<path d="M21 18 L25 4 L35 16 Z"/>'  # ear
    '<rect x="33" y="40" width="8" height="19" rx="2"/>'  # front legs
    '<rect x="45" y="42" width="8" height="17" rx="2"/>'
    '<rect x="66" y="42" width="8" height="17" rx="2"/>'  # hind legs
    '<rect x="78" y="40" width="8" height="19" rx="2"/>'
)
_PIG_TAIL = "M87 26 C95 22 97 14 92 12 C88 11 88 17 93 18"
_PIG_HOLES = (  # eye and nostrils, cut out of the silhouette
    '<circle cx="26" cy="23" r="2.2"/><circle cx="10" cy="27" r="1.5"/>'
    '<circle cx="10" cy="32" r="1.5"/>'
)


def pig(height_mm: float, colour: str = PORK_RED) -> str:
    """The pig silhouette (filled, eye and nostrils left white), `height_mm` tall."""
    if height_mm <= 0:
        raise ValueError("pig size must be positive")
    body = (
        f'<g fill="{colour}">{_PIG_BODY}</g>'
        f'<path d="{_PIG_TAIL}" fill="none" stroke="{colour}" stroke-width="3.2" '
        'stroke-linecap="round"/>'
        f'<g fill="#FFFFFF">{_PIG_HOLES}</g>'
    )
    width_mm = height_mm * _PIG_W / _PIG_H
    return _svg(width_mm, height_mm, (_PIG_W, _PIG_H), body)


def halal_placeholder(size_mm: float, colour: str = TARUM) -> str:
    """A plain square frame (double rule, rounded corners) that stands where the official halal
    logo goes. Deliberately not the logo: the theme writes LOGO HALAL and the number inside."""
    if size_mm <= 0:
        raise ValueError("placeholder size must be positive")
    body = (
        f'<g fill="none" stroke="{colour}">'
        '<rect x="1" y="1" width="98" height="98" rx="10" stroke-width="2.4"/>'
        '<rect x="7" y="7" width="86" height="86" rx="6" stroke-width="1" '
        'stroke-dasharray="5 4"/></g>'
    )
    return _svg(size_mm, size_mm, (100.0, 100.0), body)


def hole(diameter_mm: float = 4.0, colour: str = CUT_GREY) -> str:
    """Where to punch the hole for the hang tag's string: a thin circle with a centre cross."""
    if diameter_mm <= 0:
        raise ValueError("hole size must be positive")
    body = (
        f'<g fill="none" stroke="{colour}" stroke-width="1.2">'
        '<circle cx="20" cy="20" r="18"/><path d="M20 15V25M15 20H25" stroke-width="0.8"/></g>'
    )
    return _svg(diameter_mm, diameter_mm, (40.0, 40.0), body)


@dataclass(frozen=True)
class Grid:
    """Cells of one size laid out in rows and columns on a page, all sizes in mm."""

    page_w: float
    page_h: float
    cell_w: float
    cell_h: float
    cols: int
    rows: int
    gap: float = 0.0  # gutter between neighbouring cells (0: cells share their cut lines)

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def left(self) -> float:
        return (self.page_w - self.cols * self.cell_w - (self.cols - 1) * self.gap) / 2

    @property
    def top(self) -> float:
        return (self.page_h - self.rows * self.cell_h - (self.rows - 1) * self.gap) / 2

    def cell(self, index: int) -> tuple[float, float]:
        """(x, y) of the top-left corner of cell `index` (row by row)."""
        row, col = divmod(index % self.per_page, self.cols)
        return (
            round(self.left + col * (self.cell_w + self.gap), 3),
            round(self.top + row * (self.cell_h + self.gap), 3),
        )

    def cuts_x(self) -> list[float]:
        """Every vertical cut line (each cell edge, shared edges once)."""
        xs = []
        for col in range(self.cols):
            x = self.left + col * (self.cell_w + self.gap)
            xs += [x, x + self.cell_w]
        return sorted({round(x, 3) for x in xs})

    def cuts_y(self) -> list[float]:
        ys = []
        for row in range(self.rows):
            y = self.top + row * (self.cell_h + self.gap)
            ys += [y, y + self.cell_h]
        return sorted({round(y, 3) for y in ys})

    def fits(self) -> bool:
        return self.left >= 0 and self.top >= 0


def crop_marks(grid: Grid, cells: int | None = None, offset: float = 1.5, arm: float = 1.2) -> str:
    """A page-size SVG of crop marks for `grid`: in the page margins, a short line on the
    extension of every cut line (kept `offset` mm off the cells); between cells, a small cross at
    each inner corner where cut lines meet (arms of `arm` mm, inside the cells' blank padding).
    `cells` (default: a full page) leaves out the inner crosses of empty cells of a last page."""
    filled = grid.per_page if cells is None else max(0, min(cells, grid.per_page))
    xs, ys = grid.cuts_x(), grid.cuts_y()
    x0, x1, y0, y1 = xs[0], xs[-1], ys[0], ys[-1]
    lines: list[str] = []
    reach = 0.8  # how close to the paper edge a margin mark goes (printers leave an edge blank)
    for x in xs:
        if y0 - offset - reach > 0.5:
            lines.append(f"M{_num(x)} {_num(reach)}V{_num(y0 - offset)}")
            lines.append(f"M{_num(x)} {_num(y1 + offset)}V{_num(grid.page_h - reach)}")
    for y in ys:
        if x0 - offset - reach > 0.5:
            lines.append(f"M{_num(reach)} {_num(y)}H{_num(x0 - offset)}")
            lines.append(f"M{_num(x1 + offset)} {_num(y)}H{_num(grid.page_w - reach)}")
    corners = _inner_corners(grid, filled)
    for x, y in corners:
        lines.append(
            f"M{_num(x - arm)} {_num(y)}H{_num(x + arm)}M{_num(x)} {_num(y - arm)}V{_num(y + arm)}"
        )
    body = (
        f'<path fill="none" stroke="{CUT_GREY}" stroke-width="0.12" d="{"".join(lines)}"/>'
        if lines
        else ""
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(grid.page_w)}mm" '
        f'height="{_num(grid.page_h)}mm" viewBox="0 0 {_num(grid.page_w)} {_num(grid.page_h)}" '
        f'aria-hidden="true">{body}</svg>'
    )


def _inner_corners(grid: Grid, filled: int) -> list[tuple[float, float]]:
    """Corners of filled cells that are not on the outer edge of the grid (no duplicates)."""
    xs, ys = grid.cuts_x(), grid.cuts_y()
    edge_x, edge_y = (xs[0], xs[-1]), (ys[0], ys[-1])
    seen: dict[tuple[float, float], None] = {}
    for index in range(filled):
        x, y = grid.cell(index)
        for cx in (x, round(x + grid.cell_w, 3)):
            for cy in (y, round(y + grid.cell_h, 3)):
                if cx not in edge_x and cy not in edge_y:
                    seen[(cx, cy)] = None
    return list(seen)


@dataclass(frozen=True)
class Marks:
    """What templates call: `{{ marks.pig(9)|svg }}` (sizes in mm)."""

    red: str = PORK_RED

    def pig(self, height_mm: float) -> str:
        return pig(height_mm)

    def halal_placeholder(self, size_mm: float) -> str:
        return halal_placeholder(size_mm)

    def hole(self, diameter_mm: float = 4.0) -> str:
        return hole(diameter_mm)
