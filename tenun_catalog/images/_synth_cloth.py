"""Procedural hand-woven ikat cloth, drawn small (for synthetic demo photos).

Owns the palettes of natural NTT dyes and `draw_ikat_cloth`: vertical warp bands of thin
stripes and wider motif bands filled with generic geometry (nested diamonds with hooks,
chevrons, small lozenges), then each warp bundle shifted up or down a little, which gives
the feathered edges of tied-and-dyed warp threads. Never a specific named motif: some
motifs belong to a clan or rank and are not ours to draw.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

Colour = tuple[int, int, int]

TARUM = "#1F2A44"
MENGKUDU = "#8E2C1F"
KUNYIT = "#C8962E"
KAPAS = "#F6F0E6"
LUMPUR = "#1B1A18"

# name -> (ground colours, motif colours, accent stripe colours)
PALETTES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "tarum": ([TARUM, "#18213A", "#26345A"], [KAPAS, "#E8DCC4", KUNYIT], [MENGKUDU, KUNYIT, KAPAS]),
    "mengkudu": (
        [MENGKUDU, "#7A2418", "#6B2016"],
        [KAPAS, KUNYIT, "#E9DCC6"],
        [TARUM, LUMPUR, KUNYIT],
    ),
    "kunyit": ([KUNYIT, "#B7842A", "#A9772A"], [LUMPUR, MENGKUDU, KAPAS], [TARUM, MENGKUDU, KAPAS]),
    "lumpur": (
        [LUMPUR, "#24211E", "#2B2622"],
        [KAPAS, KUNYIT, "#D9C9A8"],
        [MENGKUDU, KUNYIT, TARUM],
    ),
    "kapas": ([KAPAS, "#EFE6D6", "#E6DAC4"], [TARUM, MENGKUDU, LUMPUR], [TARUM, MENGKUDU, KUNYIT]),
    "campur": ([TARUM, MENGKUDU, LUMPUR], [KAPAS, KUNYIT, "#E2D3B8"], [KUNYIT, KAPAS, MENGKUDU]),
}


def hex_rgb(value: str) -> Colour:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def vary(rng: random.Random, colour: str | Colour, amount: int = 10) -> Colour:
    """A colour with a small random shift (hand-dyed threads are never quite equal)."""
    rgb = hex_rgb(colour) if isinstance(colour, str) else colour
    shift = rng.randint(-amount, amount)
    return tuple(max(0, min(255, c + shift + rng.randint(-3, 3))) for c in rgb)  # type: ignore[return-value]


@dataclass
class ClothColours:
    grounds: list[Colour]
    motifs: list[Colour]
    accents: list[Colour]

    @classmethod
    def pick(cls, rng: random.Random, palette: str) -> ClothColours:
        if palette not in PALETTES:
            raise ValueError(f"unknown palette {palette!r}; choose from {sorted(PALETTES)}")
        grounds, motifs, accents = PALETTES[palette]
        return cls(
            [vary(rng, c, 6) for c in grounds],
            [vary(rng, c, 8) for c in motifs],
            [vary(rng, c, 8) for c in accents],
        )


def draw_ikat_cloth(rng: random.Random, width: int, height: int, palette: str) -> Image.Image:
    """An RGB ikat cloth of `width` x `height` pixels (warp vertical), feathered edges."""
    colours = ClothColours.pick(rng, palette)
    margin = max(2, height // 60)
    tall = Image.new("RGB", (width, height + 2 * margin), colours.grounds[0])
    draw = ImageDraw.Draw(tall)
    _draw_bands(rng, draw, width, height + 2 * margin, colours)
    tall = tall.filter(ImageFilter.GaussianBlur((0, max(0.6, width / 500))))
    return _shift_warp_bundles(rng, tall, height, margin)


def _draw_bands(
    rng: random.Random, draw: ImageDraw.ImageDraw, width: int, height: int, c: ClothColours
) -> None:
    """Mirror-symmetric layout: stripes and motif bands around a wide central field."""
    half = width / 2
    centre = rng.uniform(0.28, 0.4) * width
    layout: list[tuple[str, float]] = []  # from the selvedge to the centre band
    x = 0.0
    while x < half - centre / 2 - width * 0.04:
        kind = (
            "stripes"
            if not layout or layout[-1][0] != "stripes"
            else rng.choice(["motif", "zigzag"])
        )
        span = width * (rng.uniform(0.03, 0.06) if kind == "stripes" else rng.uniform(0.07, 0.12))
        span = min(span, half - centre / 2 - x)
        layout.append((kind, span))
        x += span
    edges: list[tuple[str, float, float]] = []
    x = 0.0
    for kind, span in layout:
        edges.append((kind, x, x + span))
        edges.append((kind, width - x - span, width - x))
        x += span
    edges.append(("centre", x, width - x))
    unit = width * rng.uniform(0.09, 0.13)
    for kind, x0, x1 in edges:
        if kind == "stripes":
            _stripes(rng, draw, x0, x1, height, c)
        elif kind == "zigzag":
            _zigzag_band(draw, x0, x1, height, c, unit * 0.5)
        elif kind == "motif":
            _lozenge_band(draw, x0, x1, height, c)
        else:
            _diamond_field(rng, draw, x0, x1, height, c, unit)


def _stripes(rng, draw, x0: float, x1: float, height: int, c: ClothColours) -> None:
    draw.rectangle((x0, 0, x1, height), fill=c.grounds[1])
    x = x0 + 1
    while x < x1 - 1:
        w = max(1.0, (x1 - x0) * rng.uniform(0.06, 0.2))
        colour = rng.choice(c.accents + c.grounds)
        draw.rectangle((x, 0, max(x, min(x + w, x1) - 1), height), fill=colour)
        x += w + max(1.0, (x1 - x0) * rng.uniform(0.05, 0.15))


def _zigzag_band(draw, x0: float, x1: float, height: int, c: ClothColours, step: float) -> None:
    draw.rectangle((x0, 0, x1, height), fill=c.grounds[2])
    mid, amp = (x0 + x1) / 2, (x1 - x0) * 0.32
    points = [(mid + (amp if i % 2 else -amp), i * step) for i in range(int(height / step) + 2)]
    draw.line(points, fill=c.motifs[1], width=max(1, int((x1 - x0) * 0.16)), joint="curve")


def _lozenge_band(draw, x0: float, x1: float, height: int, c: ClothColours) -> None:
    draw.rectangle((x0, 0, x1, height), fill=c.grounds[0])
    w = x1 - x0
    mid, h = (x0 + x1) / 2, w * 1.3
    y = -h / 2
    i = 0
    while y < height + h:
        draw.polygon(_diamond(mid, y, w * 0.42, h * 0.45), fill=c.motifs[i % 2])
        draw.polygon(_diamond(mid, y, w * 0.16, h * 0.17), fill=c.grounds[1])
        y += h
        i += 1


def _diamond_field(rng, draw, x0: float, x1: float, height: int, c: ClothColours, unit: float):
    """The central field: a lattice of nested diamonds with hooks at the side points."""
    draw.rectangle((x0, 0, x1, height), fill=c.grounds[0])
    columns = max(1, round((x1 - x0) / (unit * 2)))
    cell_w = (x1 - x0) / columns
    cell_h = cell_w * rng.uniform(1.2, 1.6)
    rows = math.ceil(height / cell_h) + 1
    hook = rng.random() < 0.8
    for row in range(rows):
        cy = row * cell_h + (cell_h / 2 if row % 2 else 0)
        for col in range(columns + 1):
            cx = x0 + col * cell_w + (cell_w / 2 if row % 2 else 0)
            if cx < x0 - 1 or cx > x1 + 1:
                continue
            _nested_diamond(draw, cx, cy, cell_w * 0.46, cell_h * 0.46, c, hook)
    draw.rectangle((x0, 0, x0 + max(1, cell_w * 0.04), height), fill=c.accents[1])
    draw.rectangle((x1 - max(1, cell_w * 0.04), 0, x1, height), fill=c.accents[1])


def _nested_diamond(draw, cx, cy, rx, ry, c: ClothColours, hook: bool) -> None:
    draw.polygon(_diamond(cx, cy, rx, ry), fill=c.motifs[0])
    draw.polygon(_diamond(cx, cy, rx * 0.78, ry * 0.78), fill=c.grounds[0])
    draw.polygon(_diamond(cx, cy, rx * 0.55, ry * 0.55), fill=c.motifs[1])
    draw.polygon(_diamond(cx, cy, rx * 0.32, ry * 0.32), fill=c.grounds[2])
    draw.polygon(_diamond(cx, cy, rx * 0.12, ry * 0.12), fill=c.motifs[2])
    if hook:  # a hook curling up from each side point and down from each other
        t = max(1, int(rx * 0.1))
        for sign in (-1, 1):
            tip = cx + sign * rx
            draw.line(
                [(tip, cy), (tip + sign * rx * 0.25, cy), (tip + sign * rx * 0.25, cy - ry * 0.3)],
                fill=c.motifs[0],
                width=t,
            )
            draw.line(
                [(cx, cy + sign * ry), (cx + sign * rx * 0.22, cy + sign * ry)],
                fill=c.motifs[2],
                width=t,
            )


def _diamond(cx: float, cy: float, rx: float, ry: float) -> list[tuple[float, float]]:
    return [(cx, cy - ry), (cx + rx, cy), (cx, cy + ry), (cx - rx, cy)]


def _shift_warp_bundles(
    rng: random.Random, tall: Image.Image, height: int, margin: int
) -> Image.Image:
    """Shift each bundle of warp threads vertically by a little: the ikat blur."""
    width = tall.width
    out = Image.new("RGB", (width, height))
    bundle = max(1, width // 240)
    offset = 0
    for x in range(0, width, bundle):
        offset = max(-margin, min(margin, offset + rng.randint(-1, 1) * max(1, margin // 3)))
        if rng.random() < 0.15:
            offset = rng.randint(-margin, margin)
        top = margin + offset
        out.paste(tall.crop((x, top, x + bundle, top + height)), (x, 0))
    return out
