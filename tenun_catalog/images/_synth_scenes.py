"""Procedural scenes for synthetic photos: Sei (smoked meat) and a group of weavers.

Owns `draw_sei` (slices of se'i on a banana leaf on a wooden table with a bowl of sambal,
or a vacuum pack with a paper label) and `draw_group` (simple standing figures in ikat
sarongs in front of a woven bamboo wall). Drawn small with ImageDraw; synthetic.py
upscales and finishes them like a phone photo. Simple shapes only, no faces.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ._synth_cloth import KAPAS, MENGKUDU, TARUM, Colour, draw_ikat_cloth, vary

Size = tuple[int, int]


def draw_sei(rng: random.Random, size: Size, kind: str) -> Image.Image:
    width, height = size
    scene = _table(rng, size)
    if kind == "package":
        _vacuum_pack(rng, scene, kind="sapi" if rng.random() < 0.6 else "babi")
        return scene
    leaf = _banana_leaf(rng, (int(width * 0.86), int(height * 0.62)))
    leaf = leaf.rotate(rng.uniform(-12, 12), Image.Resampling.BICUBIC, expand=True)
    lx, ly = (width - leaf.width) // 2, (height - leaf.height) // 2 + height // 20
    drop_shadow(scene, leaf.getchannel("A"), (lx, ly), max(2, width // 80))
    scene.paste(leaf, (lx, ly), leaf)
    _sambal_bowl(rng, scene, (int(width * rng.uniform(0.78, 0.86)), int(height * 0.2)))
    draw = ImageDraw.Draw(scene)
    count = rng.randint(6, 9)
    for i in range(count):
        cx = width * (0.24 + 0.52 * i / max(1, count - 1)) + rng.uniform(-8, 8)
        cy = height * (0.52 + rng.uniform(-0.1, 0.1))
        _slice(rng, draw, cx, cy, width * rng.uniform(0.06, 0.08), height * 0.26, kind)
    return scene


def _table(rng: random.Random, size: Size) -> Image.Image:
    width, height = size
    table = Image.new("RGB", size, vary(rng, "#7A5538", 10))
    draw = ImageDraw.Draw(table)
    y, plank = 0, max(4, height // rng.randint(4, 6))
    while y < height:
        draw.rectangle((0, y, width, y + plank), fill=vary(rng, "#80593A", 14))
        for _ in range(10):
            gy = y + rng.randint(1, max(2, plank - 1))
            draw.line((0, gy, width, gy + rng.randint(-4, 4)), fill=vary(rng, "#6A4830", 8))
        draw.line((0, y, width, y), fill=(45, 30, 20), width=max(1, height // 250))
        y += plank
    return table.filter(ImageFilter.GaussianBlur(0.6))


def _banana_leaf(rng: random.Random, size: Size) -> Image.Image:
    width, height = size
    leaf = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(leaf)
    outline = []
    for i in range(41):
        t = i / 40
        half = height * 0.5 * math.sin(math.pi * t) ** 0.6
        outline.append((t * width, height / 2 - half * rng.uniform(0.95, 1.0)))
    outline += [(x, height - y) for x, y in reversed(outline)]
    draw.polygon(outline, fill=(*vary(rng, "#3F7D2E", 10), 255))
    for i in range(1, 60):  # parallel veins from the midrib
        x = width * i / 60
        for sign in (-1, 1):
            draw.line(
                (x, height / 2, x + width * 0.05, height / 2 + sign * height * 0.48),
                fill=(*vary(rng, "#4C8E38", 8), 255),
                width=1,
            )
    draw.line(
        (0, height / 2, width, height / 2), fill=(170, 196, 120, 255), width=max(2, height // 60)
    )
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).polygon(outline, fill=255)
    leaf.putalpha(mask)
    return leaf


def _slice(rng, draw: ImageDraw.ImageDraw, cx: float, cy: float, rx: float, ry: float, kind: str):
    """One elongated slice of smoked meat: dark smoked edge, red inside, fat for pork."""
    angle = rng.uniform(-0.5, 0.5)
    points = []
    for i in range(24):
        t = 2 * math.pi * i / 24
        r = rng.uniform(0.85, 1.08)
        x, y = rx * r * math.cos(t), ry * r * math.sin(t)
        points.append(
            (
                cx + x * math.cos(angle) - y * math.sin(angle),
                cy + x * math.sin(angle) + y * math.cos(angle),
            )
        )
    draw.polygon(points, fill=vary(rng, "#3A160E", 8))
    inner = [(cx + (x - cx) * 0.8, cy + (y - cy) * 0.86) for x, y in points]
    draw.polygon(inner, fill=vary(rng, "#7A2E1E" if kind == "sapi" else "#9A4434", 12))
    if kind == "babi":
        fat = [p for p in inner if p[0] > cx + rx * 0.2]
        if len(fat) > 2:
            draw.polygon(fat, fill=vary(rng, "#E4CFAF", 8))
    for _ in range(5):  # fibres
        y = cy + rng.uniform(-ry * 0.6, ry * 0.6)
        draw.line(
            (cx - rx * 0.5, y, cx + rx * 0.4, y + rng.uniform(-4, 4)), fill=vary(rng, "#5A2014", 8)
        )


def _sambal_bowl(rng: random.Random, scene: Image.Image, centre: tuple[int, int]) -> None:
    r = scene.width // 12
    cx, cy = centre
    mask = Image.new("L", scene.size, 0)
    ImageDraw.Draw(mask).ellipse((cx - r, cy - r * 0.8, cx + r, cy + r * 0.8), fill=255)
    drop_shadow(scene, mask, (0, 0), max(2, r // 6))
    draw = ImageDraw.Draw(scene)
    draw.ellipse((cx - r, cy - r * 0.8, cx + r, cy + r * 0.8), fill=(236, 232, 224))
    draw.ellipse(
        (cx - r * 0.8, cy - r * 0.62, cx + r * 0.8, cy + r * 0.62), fill=vary(rng, "#B23A1E", 10)
    )
    for _ in range(40):  # chilli seeds and leaves
        x, y = cx + rng.uniform(-0.65, 0.65) * r, cy + rng.uniform(-0.5, 0.5) * r
        colour = vary(rng, "#E2A13A", 10) if rng.random() < 0.6 else vary(rng, "#4E7A2A", 10)
        draw.ellipse((x - 1.5, y - 1.5, x + 1.5, y + 1.5), fill=colour)


def _vacuum_pack(rng: random.Random, scene: Image.Image, kind: str) -> None:
    width, height = scene.size
    pw, ph = int(width * 0.5), int(height * 0.78)
    x0, y0 = (width - pw) // 2 + rng.randint(-width // 30, width // 30), (height - ph) // 2
    box = (x0, y0, x0 + pw, y0 + ph)
    mask = Image.new("L", scene.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(box, radius=pw // 14, fill=255)
    drop_shadow(scene, mask, (0, 0), max(2, width // 90))
    draw = ImageDraw.Draw(scene)
    draw.rounded_rectangle(box, radius=pw // 14, fill=(92, 40, 28))
    for i in range(7):
        cx = x0 + pw * (0.18 + 0.64 * (i % 4) / 3) + rng.uniform(-5, 5)
        cy = y0 + ph * (0.3 + 0.4 * (i // 4)) + rng.uniform(-5, 5)
        _slice(rng, draw, cx, cy, pw * 0.1, ph * 0.17, kind)
    plastic = Image.new("RGB", scene.size, (235, 235, 230))
    scene.paste(plastic, (0, 0), mask.point(lambda v: v * 50 // 255))
    seal = max(3, ph // 22)
    for y in (y0, y0 + ph - seal):
        draw.rectangle((x0, y, x0 + pw, y + seal), fill=(214, 212, 204))
        for x in range(x0, x0 + pw, 4):
            draw.line((x, y, x, y + seal), fill=(190, 188, 180))
    for i in range(3):  # glossy highlights
        hx = x0 + pw * (0.15 + 0.25 * i)
        draw.line(
            (hx, y0 + ph * 0.1, hx + pw * 0.12, y0 + ph * 0.85),
            fill=(250, 250, 246),
            width=max(1, pw // 90),
        )
    _label(rng, draw, (x0 + pw * 0.16, y0 + ph * 0.36, x0 + pw * 0.84, y0 + ph * 0.66), kind)


def _label(rng, draw: ImageDraw.ImageDraw, box: tuple[float, ...], kind: str) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    draw.rectangle(box, fill=KAPAS, outline=MENGKUDU, width=max(1, int(w // 60)))
    draw.rectangle((x0, y0, x1, y0 + h * 0.3), fill=MENGKUDU)
    title = ImageFont.load_default(max(8, int(h * 0.2)))
    small = ImageFont.load_default(max(6, int(h * 0.09)))
    name = "SEI SAPI" if kind == "sapi" else "SEI BABI"
    draw.text((x0 + w / 2, y0 + h * 0.15), name, fill=KAPAS, font=title, anchor="mm")
    draw.text(
        (x0 + w / 2, y0 + h * 0.42), "Daging asap khas Kupang", fill=TARUM, font=small, anchor="mm"
    )
    draw.text(
        (x0 + w / 2, y0 + h * 0.56), "Berat bersih 250 g", fill=TARUM, font=small, anchor="mm"
    )
    # a barcode-like block, on whole pixels: ImageDraw rounds a fractional box's two edges
    # in opposite directions, so a 1 px bar at x = 10.4 .. 10.4 is refused
    bx, bar_end = round(x0 + w * 0.3), round(x0 + w * 0.7)
    top, bottom = round(y0 + h * 0.68), round(y0 + h * 0.9)
    bottom = max(top, bottom)
    while bx < bar_end:
        bar = rng.choice([1, 1, 2, 3])
        draw.rectangle((bx, top, bx + bar - 1, bottom), fill=(30, 28, 26))
        bx += bar + rng.choice([1, 2])


def draw_group(rng: random.Random, size: Size, people: int, palettes: list[str]) -> Image.Image:
    width, height = size
    scene = _bamboo_wall(rng, size)
    draw = ImageDraw.Draw(scene)
    ground = int(height * 0.86)
    draw.rectangle((0, ground, width, height), fill=vary(rng, "#8A7258", 8))
    slot = width / (people + 1)
    for i in range(people):
        cx = slot * (i + 1) + rng.uniform(-slot * 0.08, slot * 0.08)
        tall = height * rng.uniform(0.62, 0.74)
        _person(rng, scene, cx, ground, tall, slot * 0.62, rng.choice(palettes))
    return scene


def _bamboo_wall(rng: random.Random, size: Size) -> Image.Image:
    width, height = size
    wall = Image.new("RGB", size, vary(rng, "#C9B08A", 8))
    draw = ImageDraw.Draw(wall)
    cell = max(4, width // 40)
    for row in range(0, height, cell):
        for col in range(0, width, cell):
            diagonal = ((row // cell) + (col // cell)) % 2
            colour = vary(rng, "#BFA37C" if diagonal else "#D6BF98", 6)
            draw.rectangle((col, row, col + cell - 1, row + cell - 1), fill=colour)
    return wall.filter(ImageFilter.GaussianBlur(max(0.5, cell / 10)))


def _person(
    rng, scene: Image.Image, cx: float, ground: int, tall: float, span: float, palette: str
):
    draw = ImageDraw.Draw(scene)
    skin: Colour = vary(rng, rng.choice(["#7A4B30", "#8C5A3C", "#6B3F28", "#9A6646"]), 6)
    head_r = tall * 0.075
    top = ground - tall
    waist = top + tall * 0.42
    shoulder_w, hip_w = span * 0.42, span * 0.4
    sarong = draw_ikat_cloth(rng, max(4, int(hip_w * 2)), max(4, int(ground - waist)), palette)
    scene.paste(sarong, (int(cx - hip_w), int(waist)))
    draw.rounded_rectangle(
        (cx - shoulder_w, top + head_r * 2.1, cx + shoulder_w, waist + 2),
        radius=int(shoulder_w * 0.4),
        fill=vary(rng, rng.choice(["#EDE4D3", TARUM, MENGKUDU, "#3C5A4A", "#D9C3A0"]), 8),
    )
    for sign in (-1, 1):  # arms
        ax = cx + sign * shoulder_w * 0.92
        draw.line(
            (ax, top + head_r * 2.6, ax + sign * 2, waist + tall * 0.08),
            fill=skin,
            width=max(2, int(span * 0.09)),
        )
    draw.rectangle(
        (cx - head_r * 0.35, top + head_r * 1.7, cx + head_r * 0.35, top + head_r * 2.3), fill=skin
    )
    draw.ellipse((cx - head_r * 0.85, top, cx + head_r * 0.85, top + head_r * 2), fill=skin)
    draw.chord(
        (cx - head_r * 0.9, top - head_r * 0.1, cx + head_r * 0.9, top + head_r * 1.4),
        180,
        360,
        fill=(28, 22, 20),
    )


def drop_shadow(scene: Image.Image, alpha: Image.Image, at: tuple[int, int], blur: int) -> None:
    shadow = Image.new("L", scene.size, 0)
    shadow.paste(alpha, (at[0] + blur, at[1] + blur))
    shadow = shadow.filter(ImageFilter.GaussianBlur(blur)).point(lambda v: v * 55 // 100)
    scene.paste((25, 20, 16), (0, 0, *scene.size), shadow)
