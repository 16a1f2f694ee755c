"""Synthetic phone photos for demos, tests and benchmarks (procedural; nothing downloaded).

Owns `make_ikat_photo`, `make_sei_photo` and `make_portrait_group_photo`. Each scene is drawn
small with ImageDraw, upscaled, and finished like a phone photo: weave texture on cloth,
sensor grain, a soft light gradient and vignette, then saved as a JPEG with an EXIF block
(Orientation, Make, Model, DateTime). `size` is the STORED pixel size, as a phone sensor
writes it; the pixels are the upright picture transposed by the inverse of `orientation`,
so applying the orientation makes the picture upright (orientation 6: a 4000x3000 file
that shows a 3000x4000 portrait). Deterministic for a seed; pure Pillow (no numpy).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from ._synth_cloth import PALETTES, draw_ikat_cloth, vary
from ._synth_scenes import draw_group, draw_sei, drop_shadow

__all__ = ["PALETTES", "make_ikat_photo", "make_portrait_group_photo", "make_sei_photo"]

# inverse of the EXIF orientation transposes (5 and 7 are their own inverse)
_TO_STORED = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}
_MODELS = [("Synthetic", "Kupang Phone 12"), ("Synthetic", "Sabu Cam 4"), ("Synthetic", "Rote S2")]


def make_ikat_photo(
    path: Path,
    seed: int,
    size: tuple[int, int] = (4000, 3000),
    orientation: int = 6,
    palette: str = "tarum",
    quality: int = 90,
) -> Path:
    """A phone-like JPEG of an ikat cloth hanging on a wall, fringe at the bottom."""
    rng = random.Random(f"ikat:{seed}:{palette}")
    upright, small = _sizes(size, orientation)
    sw, sh = small
    scene = _wall(rng, small)
    cloth_w = int(sw * rng.uniform(0.74, 0.86)) if sw < sh else int(sw * rng.uniform(0.5, 0.62))
    cloth_h = int(sh * rng.uniform(0.8, 0.9))
    cloth = draw_ikat_cloth(rng, cloth_w, cloth_h, palette)
    cloth = ImageChops.multiply(cloth, _folds(rng, cloth.size).convert("RGB"))
    x0 = (sw - cloth_w) // 2 + rng.randint(-sw // 40, sw // 40)
    y0 = -rng.randint(0, sh // 30)
    mask = Image.new("L", small, 0)
    fringe = _fringe(rng, cloth, sh // 28)
    angle = rng.uniform(-1.2, 1.2)
    piece = Image.new("RGBA", (cloth_w, cloth_h + fringe.height), (0, 0, 0, 0))
    piece.paste(cloth, (0, 0))
    piece.alpha_composite(fringe, (0, cloth_h))
    piece = piece.rotate(angle, Image.Resampling.BICUBIC, expand=True)
    drop_shadow(scene, piece.getchannel("A"), (x0, y0), max(2, sw // 70))
    scene.paste(piece, (x0, y0), piece)
    cloth_only = Image.new("L", (cloth_w, cloth_h + fringe.height), 0)
    cloth_only.paste(255, (0, 0, cloth_w, cloth_h))
    mask.paste(cloth_only.rotate(angle, Image.Resampling.BICUBIC, expand=True), (x0, y0))
    return _finish(path, rng, scene, upright, orientation, quality, weave_mask=mask)


def make_sei_photo(
    path: Path,
    seed: int,
    size: tuple[int, int] = (4000, 3000),
    orientation: int = 1,
    kind: str = "sapi",
    quality: int = 90,
) -> Path:
    """Smoked meat on a banana leaf ('sapi' beef, 'babi' pork) or a labelled vacuum pack
    ('package')."""
    if kind not in ("sapi", "babi", "package"):
        raise ValueError(f"kind must be 'sapi', 'babi' or 'package', not {kind!r}")
    rng = random.Random(f"sei:{seed}:{kind}")
    upright, small = _sizes(size, orientation)
    scene = draw_sei(rng, small, kind).filter(ImageFilter.GaussianBlur(0.7))
    return _finish(path, rng, scene, upright, orientation, quality)


def make_portrait_group_photo(
    path: Path,
    seed: int,
    size: tuple[int, int] = (4000, 3000),
    orientation: int = 1,
    people: int = 5,
    quality: int = 90,
) -> Path:
    """A placeholder 'group of weavers' picture: simple figures in ikat sarongs by a wall."""
    rng = random.Random(f"group:{seed}:{people}")
    upright, small = _sizes(size, orientation)
    scene = draw_group(rng, small, max(1, people), sorted(PALETTES))
    scene = scene.filter(ImageFilter.GaussianBlur(0.6))
    return _finish(path, rng, scene, upright, orientation, quality)


def _sizes(size: tuple[int, int], orientation: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(upright full size, upright drawing size) for a stored size and orientation."""
    if orientation not in range(1, 9):
        raise ValueError(f"EXIF orientation must be 1..8, not {orientation}")
    width, height = size
    upright = (height, width) if orientation >= 5 else (width, height)
    scale = max(1, min(4, upright[0] // 240, upright[1] // 240))
    return upright, (max(1, upright[0] // scale), max(1, upright[1] // scale))


def _wall(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A plastered wall or a plank wall behind the cloth."""
    width, height = size
    if rng.random() < 0.5:
        wall = Image.new("RGB", size, vary(rng, "#D8CCB8", 12))
        draw = ImageDraw.Draw(wall)
        for _ in range(12):
            x, y = rng.randrange(width), rng.randrange(height)
            r = rng.randint(width // 20, width // 6)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=vary(rng, "#D2C4AE", 8))
        return wall.filter(ImageFilter.GaussianBlur(width / 25))
    wall = Image.new("RGB", size, vary(rng, "#6B4A32", 10))
    draw = ImageDraw.Draw(wall)
    x, plank = 0, max(4, width // rng.randint(5, 8))
    while x < width:
        draw.rectangle((x, 0, x + plank, height), fill=vary(rng, "#6E4B31", 14))
        for _ in range(6):
            gx = x + rng.randint(2, max(3, plank - 2))
            draw.line((gx, 0, gx + rng.randint(-3, 3), height), fill=vary(rng, "#5A3C27", 8))
        draw.line((x, 0, x, height), fill=(40, 26, 18), width=max(1, width // 300))
        x += plank
    return wall


def _folds(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Soft vertical folds of a hanging cloth as a brightness profile (L, 200..255)."""
    width, height = size
    waves = [(rng.uniform(2, 7), rng.uniform(0, 6.3), rng.uniform(6, 16)) for _ in range(3)]
    row = Image.new("L", (width, 1))
    values = [
        int(240 + sum(a * math.sin(6.283 * f * x / width + p) for f, p, a in waves) * 0.6)
        for x in range(width)
    ]
    row.putdata([max(190, min(255, v)) for v in values])
    return row.resize(size, Image.Resampling.BILINEAR)


def _fringe(rng: random.Random, cloth: Image.Image, length: int) -> Image.Image:
    """Twisted warp ends below the cloth, taking the colour of the warp above them."""
    width = cloth.width
    fringe = Image.new("RGBA", (width, max(2, length)), (0, 0, 0, 0))
    draw = ImageDraw.Draw(fringe)
    step = max(2, width // 90)
    for x in range(step // 2, width, step):
        colour = cloth.getpixel((x, cloth.height - 2))
        end = int(length * rng.uniform(0.7, 1.0))
        sway = rng.randint(-step // 2, step // 2)
        draw.line((x, 0, x + sway, end), fill=(*colour, 255), width=max(1, step // 2))
    return fringe


def _light(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Light from one side plus a lens vignette, as a brightness map (L)."""
    side = Image.linear_gradient("L").resize((512, 512), Image.Resampling.BILINEAR)
    side = side.rotate(
        rng.choice([0, 90, 180, 270]) + rng.uniform(-20, 20), Image.Resampling.BILINEAR
    )
    side = side.crop((128, 128, 384, 384))  # inside the rotated square: no empty corners
    side = side.resize(size, Image.Resampling.BILINEAR).point(lambda v: 255 - v * 22 // 100)
    vignette = Image.radial_gradient("L").resize(size, Image.Resampling.BILINEAR)
    vignette = vignette.point(lambda v: 255 - max(0, v - 150) * 3 // 4)
    return ImageChops.multiply(side, vignette)


def _finish(
    path: Path,
    rng: random.Random,
    scene: Image.Image,
    upright: tuple[int, int],
    orientation: int,
    quality: int,
    weave_mask: Image.Image | None = None,
) -> Path:
    """Upscale, add weave texture/grain/light, transpose to stored order, save with EXIF."""
    width, height = upright
    scene = ImageChops.multiply(scene, _light(rng, scene.size).convert("RGB"))
    image = scene.resize(upright, Image.Resampling.BICUBIC)
    shade = _grain(rng, upright)
    if weave_mask is not None:
        weave = ImageChops.multiply(_streaks(rng, True, upright), _streaks(rng, False, upright))
        outside = ImageChops.invert(weave_mask.resize(upright, Image.Resampling.BILINEAR))
        shade = ImageChops.multiply(shade, ImageChops.lighter(weave, outside))
    image = ImageChops.multiply(image, Image.merge("RGB", (shade, shade, shade)))
    if orientation in _TO_STORED:
        image = image.transpose(_TO_STORED[orientation])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=quality, exif=_exif(rng, orientation).tobytes())
    return path


def _streaks(rng: random.Random, warp: bool, size: tuple[int, int]) -> Image.Image:
    """Thread-by-thread tone differences: one random row (warp) or column (weft), stretched."""
    count = max(1, (size[0] if warp else size[1]) // 2)
    shape = (count, 1) if warp else (1, count)
    strip = Image.frombytes("L", shape, rng.randbytes(count)).point(lambda v: 214 + v * 41 // 255)
    return strip.resize(size, Image.Resampling.NEAREST)


def _grain(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    half = (max(1, size[0] // 2), max(1, size[1] // 2))
    noise = Image.frombytes("L", half, rng.randbytes(half[0] * half[1]))
    return noise.point(lambda v: 236 + v * 19 // 255).resize(size, Image.Resampling.BILINEAR)


def _exif(rng: random.Random, orientation: int) -> Image.Exif:
    make, model = rng.choice(_MODELS)
    taken = dt.datetime(2024, 1, 1, 8) + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0131] = "Tenun Catalog synthetic photo"
    exif[0x0132] = stamp
    exif.get_ifd(0x8769)[0x9003] = stamp  # DateTimeOriginal
    return exif
