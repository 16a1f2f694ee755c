"""WebP derivatives for the web catalog: same cache rules as the JPEGs (images package).

Upright, sRGB, no EXIF/ICC chunk, never upscaled, keyed by hash + size + format, atomic.
Real files made with Pillow in tmp_path, no mocks.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from tenun_catalog.images import (
    derivative_path,
    derivative_size,
    ensure_derivative,
    ensure_derivatives,
    store_original,
    synthetic,
)


def riff_chunks(data: bytes) -> list[bytes]:
    """The chunk ids of a WebP (RIFF) file."""
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        fourcc, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        chunks.append(fourcc)
        pos += 8 + size + (size & 1)
    return chunks


def stored(tmp_path: Path, image: Image.Image, name: str = "src.jpg", **params) -> str:
    src = tmp_path / name
    image.save(src, **params)
    return store_original(src, tmp_path / "photos").filename


def test_webp_is_upright_srgb_without_metadata(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to show upright
    exif[0x010F] = "Phone"
    image = Image.new("RGB", (400, 200), (200, 30, 30))
    image.paste((20, 20, 200), (0, 0, 40, 200))  # blue stripe on the stored left edge
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    name = stored(tmp_path, image, "IMG.jpg", exif=exif.tobytes(), icc_profile=profile)

    out = ensure_derivative(tmp_path / "photos", tmp_path / "cache", name, 300, fmt="WEBP")

    assert out.suffix == ".webp"
    assert out == derivative_path(tmp_path / "cache", name[:64], 300, "WEBP")
    data = out.read_bytes()
    assert b"EXIF" not in riff_chunks(data) and b"ICCP" not in riff_chunks(data)
    webp = Image.open(io.BytesIO(data))
    assert webp.format == "WEBP" and webp.mode == "RGB"
    assert webp.size == (150, 300)  # upright portrait, long edge 300
    assert webp.size == derivative_size(200, 400, 300)
    r, g, b = webp.convert("RGB").getpixel((75, 5))  # the stripe is now at the top
    assert b > 150 and r < 80


def test_webp_and_jpeg_are_separate_cache_entries(tmp_path: Path) -> None:
    name = stored(tmp_path, Image.new("RGB", (640, 480), (90, 120, 60)))
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    jpeg = ensure_derivative(photos, cache, name, 320)
    webp = ensure_derivative(photos, cache, name, 320, fmt="WEBP")
    assert jpeg != webp and jpeg.read_bytes()[:2] == b"\xff\xd8"
    assert webp.read_bytes()[:4] == b"RIFF"
    # a second call reuses the cached file untouched
    before = webp.stat().st_mtime_ns
    assert ensure_derivative(photos, cache, name, 320, fmt="WEBP") == webp
    assert webp.stat().st_mtime_ns == before
    # no temporary files are left next to the derivatives
    assert sorted(p.name for p in webp.parent.iterdir()) == sorted([jpeg.name, webp.name])


def test_webp_never_upscales_and_flattens_alpha(tmp_path: Path) -> None:
    image = Image.new("RGBA", (120, 80), (0, 0, 0, 0))
    name = stored(tmp_path, image, "clear.png", format="PNG")
    out = ensure_derivative(tmp_path / "photos", tmp_path / "cache", name, 1200, fmt="WEBP")
    webp = Image.open(out)
    assert webp.size == (120, 80) and webp.mode == "RGB"
    assert webp.getpixel((60, 40))[0] > 240  # transparent became white


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    name = stored(tmp_path, Image.new("RGB", (64, 64)))
    with pytest.raises(ValueError):
        ensure_derivative(tmp_path / "photos", tmp_path / "cache", name, 64, fmt="AVIF")


@pytest.mark.parametrize("size", [(4000, 3000), (3000, 4000), (1000, 999), (333, 1001), (5, 4000)])
def test_derivative_size_matches_the_files(tmp_path: Path, size: tuple[int, int]) -> None:
    """The arithmetic size is the file's size, to within a pixel (JPEG draft decoding)."""
    w, h = size
    if max(size) > 1500:  # a phone-like photo, cheap to draw small then scale
        path = synthetic.make_ikat_photo(tmp_path / "p.jpg", seed=1, size=size, orientation=1)
        name = store_original(path, tmp_path / "photos").filename
    else:
        name = stored(tmp_path, Image.new("RGB", size, (10, 20, 30)))
    for edge in (320, 640, 1200):
        for fmt in ("JPEG", "WEBP"):
            out = ensure_derivative(tmp_path / "photos", tmp_path / "cache", name, edge, fmt=fmt)
            real = Image.open(out).size
            want = derivative_size(w, h, edge)
            assert max(real) == max(want) == min(edge, max(size))
            assert abs(real[0] - want[0]) <= 1 and abs(real[1] - want[1]) <= 1, (real, want)


def test_several_sizes_from_one_decode(tmp_path: Path) -> None:
    """ensure_derivatives makes what is missing, upright, at the sizes ensure_derivative makes."""
    path = synthetic.make_ikat_photo(tmp_path / "p.jpg", seed=3, size=(1600, 1200), orientation=6)
    name = store_original(path, tmp_path / "photos").filename
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    existing = ensure_derivative(photos, cache, name, 320)  # made at import, say
    before = existing.stat().st_mtime_ns
    wanted = [(e, f) for e in (320, 640, 1200) for f in ("WEBP", "JPEG")]
    paths = ensure_derivatives(photos, cache, name, wanted)
    assert paths == [derivative_path(cache, name[:64], e, f) for e, f in wanted]
    assert existing.stat().st_mtime_ns == before  # present files are left alone
    for (edge, fmt), out in zip(wanted, paths, strict=True):
        image = Image.open(out)
        assert image.format == fmt and image.mode == "RGB"
        want = derivative_size(1200, 1600, edge)  # upright portrait
        assert abs(image.size[0] - want[0]) <= 1 and image.size[1] == want[1], (edge, fmt)
        if fmt == "WEBP":
            assert b"EXIF" not in riff_chunks(out.read_bytes())
    assert ensure_derivatives(photos, cache, name, wanted) == paths  # nothing left to make
    leftovers = [p for p in paths[0].parent.iterdir() if p.name.startswith(".tmp-")]
    assert not leftovers
