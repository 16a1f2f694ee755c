"""Derivatives: upright, sRGB, EXIF/ICC-free baseline JPEGs, never upscaled (images package).

Real files made with Pillow in tmp_path, stored through store_original, no mocks.
"""

from __future__ import annotations

import io
import struct
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageCms, ImageOps, ImageStat

from tenun_catalog.images import (
    WEB_PX,
    PhotoError,
    crop_size,
    derivative_path,
    ensure_derivative,
    image_size,
    store_original,
)

RED, GREY = (220, 20, 20), (128, 128, 128)


def save(image: Image.Image, path: Path, fmt: str, **params) -> Path:
    image.save(path, fmt, **params)
    return path


def exif_block(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Phone"
    exif[0x0132] = "2024:08:17 09:30:00"
    return exif.tobytes()


def jpeg_markers(data: bytes) -> list[int]:
    """The marker bytes of a JPEG's segments up to the start of scan."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [], 2
    while pos < len(data):
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return markers


def derive(tmp_path: Path, src: Path, long_edge: int = WEB_PX) -> tuple[Image.Image, bytes]:
    stored = store_original(src, tmp_path / "photos")
    out = ensure_derivative(tmp_path / "photos", tmp_path / "cache", stored.filename, long_edge)
    assert out == derivative_path(tmp_path / "cache", stored.sha256, long_edge)
    data = out.read_bytes()
    return Image.open(io.BytesIO(data)), data


def assert_clean_rgb_jpeg(image: Image.Image, data: bytes) -> None:
    assert image.format == "JPEG" and image.mode == "RGB"
    assert "exif" not in image.info and "icc_profile" not in image.info
    markers = jpeg_markers(data)
    assert 0xE1 not in markers, "APP1 (EXIF/XMP) written"
    assert 0xE2 not in markers, "APP2 (ICC) written"
    assert 0xC0 in markers and 0xC2 not in markers, "not baseline"


def close(a, b, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


# orientation -> where the stored top-left corner appears once upright
CORNER = {1: "tl", 3: "br", 6: "tr", 8: "bl"}
ORIENTED = [("JPEG", 1), ("JPEG", 3), ("JPEG", 6), ("JPEG", 8), ("WEBP", 6), ("PNG", 8),
            ("TIFF", 6), ("TIFF", 3)]  # fmt: skip


@pytest.mark.parametrize(("fmt", "orientation"), ORIENTED)
def test_exif_orientation_gives_an_upright_derivative(
    tmp_path: Path, fmt: str, orientation: int
) -> None:
    stored_img = Image.new("RGB", (160, 80), GREY)
    stored_img.paste(RED, (0, 0, 40, 20))  # marker in the stored top-left corner
    params: dict = {"exif": exif_block(orientation)}
    if fmt == "TIFF":
        params = {"tiffinfo": {274: orientation}}
    elif fmt == "WEBP":
        params["lossless"] = True
    src = save(stored_img, tmp_path / f"a.{fmt.lower()}", fmt, **params)
    width, height = (40, 80) if orientation in (6, 8) else (80, 40)
    stored = store_original(src, tmp_path / "photos")
    assert (stored.width, stored.height) == (width * 2, height * 2)
    assert image_size(tmp_path / "photos", stored.filename) == (width * 2, height * 2)
    image, data = derive(tmp_path, src, long_edge=80)
    assert_clean_rgb_jpeg(image, data)
    assert image.size == (width, height)
    corners = {
        "tl": (2, 2),
        "tr": (width - 3, 2),
        "bl": (2, height - 3),
        "br": (width - 3, height - 3),
    }
    for name, xy in corners.items():
        expected = RED if name == CORNER[orientation] else GREY
        assert close(image.getpixel(xy), expected, 40), (name, image.getpixel(xy))


def test_synthetic_phone_photo_becomes_upright_portrait(tmp_path: Path) -> None:
    from tenun_catalog.images import synthetic

    src = synthetic.make_ikat_photo(tmp_path / "ikat.jpg", seed=3, size=(1200, 900), orientation=6)
    assert Image.open(src).getexif()[0x0112] == 6
    image, data = derive(tmp_path, src, long_edge=320)
    assert image.size == (240, 320)
    assert_clean_rgb_jpeg(image, data)


def wide_gamut_icc() -> bytes:
    """A minimal ICC v2 RGB profile with Adobe-RGB-like primaries, gamma 2.2."""

    def s15(v: float) -> bytes:
        return struct.pack(">i", round(v * 65536))

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)

    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(2.2 * 256)) + b"\0\0"
    text = b"Wide RGB test\0"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 78
    tags = [
        (b"desc", desc),
        (b"cprt", b"text\0\0\0\0public domain\0"),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.60974, 0.31111, 0.01947)),
        (b"gXYZ", xyz(0.20528, 0.62567, 0.06087)),
        (b"bXYZ", xyz(0.14919, 0.06322, 0.74457)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags:
        data += b"\0" * (-len(data) % 4)
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    header = (
        struct.pack(">I", offset + len(body))
        + b"\0" * 4
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 28
        + s15(0.9642)
        + s15(1.0)
        + s15(0.8249)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def colour_cases(tmp_path: Path) -> dict[str, tuple[Path, tuple[int, int, int]]]:
    """name -> (source file, expected colour at the centre of the derivative)."""
    cases: dict[str, tuple[Path, tuple[int, int, int]]] = {}
    cmyk = Image.new("CMYK", (64, 48), (0, 255, 255, 0))  # pure red ink
    cases["cmyk.jpg"] = (save(cmyk, tmp_path / "cmyk.jpg", "JPEG", quality=95), (255, 0, 0))
    cases["cmyk.tif"] = (save(cmyk, tmp_path / "cmyk.tif", "TIFF"), (255, 0, 0))
    pal = Image.new("P", (64, 48), 1)
    pal.putpalette([0, 0, 0, 30, 60, 200] + [0] * 762)
    pal.paste(0, (0, 0, 64, 12))
    path = save(pal, tmp_path / "pal.png", "PNG", transparency=0)
    cases["pal.png"] = (path, (30, 60, 200))
    cases["pal-transparent.png"] = (path, (255, 255, 255))  # checked at the top edge
    rgba = Image.new("RGBA", (64, 48), (0, 0, 0, 0))  # transparent -> white paper
    rgba.paste((20, 140, 40, 255), (16, 12, 48, 36))
    cases["rgba.png"] = (save(rgba, tmp_path / "rgba.png", "PNG"), (20, 140, 40))
    half = Image.new("RGBA", (64, 48), (0, 0, 0, 128))  # half-transparent black on white
    cases["rgba-half.png"] = (save(half, tmp_path / "half.png", "PNG"), (127, 127, 127))
    deep = Image.new("I;16", (64, 48), 40000)  # 16-bit grey: 40000/65535 -> 156
    cases["grey16.png"] = (save(deep, tmp_path / "grey16.png", "PNG"), (156, 156, 156))
    la = Image.new("LA", (64, 48), (90, 255))
    cases["la.png"] = (save(la, tmp_path / "la.png", "PNG"), (90, 90, 90))
    one = Image.new("1", (64, 48), 1)
    cases["bilevel.png"] = (save(one, tmp_path / "bilevel.png", "PNG"), (255, 255, 255))
    icc = wide_gamut_icc()
    wide = Image.new("RGB", (64, 48), (90, 170, 90))
    expected = ImageCms.profileToProfile(
        wide, ImageCms.ImageCmsProfile(io.BytesIO(icc)), ImageCms.createProfile("sRGB")
    ).getpixel((0, 0))
    assert not close(expected, (90, 170, 90), 30)  # the profile really matters
    path = save(
        wide, tmp_path / "wide.jpg", "JPEG", quality=95, icc_profile=icc, exif=exif_block(1)
    )
    cases["wide-gamut.jpg"] = (path, expected)
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = save(wide, tmp_path / "srgb.png", "PNG", icc_profile=srgb)
    cases["srgb-tagged.png"] = (path, (90, 170, 90))
    return cases


COLOUR_CASES = [
    "cmyk.jpg", "cmyk.tif", "pal.png", "pal-transparent.png", "rgba.png", "rgba-half.png",
    "grey16.png", "la.png", "bilevel.png", "wide-gamut.jpg", "srgb-tagged.png",
]  # fmt: skip


@pytest.mark.parametrize("name", COLOUR_CASES)
def test_colour_modes_and_profiles_become_srgb_rgb(tmp_path: Path, name: str) -> None:
    src, expected = colour_cases(tmp_path)[name]
    source_size = Image.open(src).size
    image, data = derive(tmp_path, src)
    assert_clean_rgb_jpeg(image, data)
    assert image.size == source_size  # never upscaled to the 1200 px preset
    xy = (32, 2) if name == "pal-transparent.png" else (32, 24)
    assert close(image.getpixel(xy), expected), (image.getpixel(xy), expected)


def test_lab_tiff_converts(tmp_path: Path) -> None:
    lab = Image.new("LAB", (40, 30), (128, 128, 128))
    image, data = derive(tmp_path, save(lab, tmp_path / "lab.tif", "TIFF"))
    assert_clean_rgb_jpeg(image, data)


def test_large_photo_is_reduced_to_the_long_edge_and_never_upscaled(tmp_path: Path) -> None:
    src = save(Image.new("RGB", (2000, 1000), GREY), tmp_path / "wide.jpg", "JPEG")
    stored = store_original(src, tmp_path / "photos")
    sizes = {}
    for edge in (320, 1200, 3000):
        out = ensure_derivative(tmp_path / "photos", tmp_path / "cache", stored.filename, edge)
        sizes[edge] = Image.open(out).size
    assert sizes == {320: (320, 160), 1200: (1200, 600), 3000: (2000, 1000)}


def test_existing_derivative_is_reused_and_empty_one_rebuilt(tmp_path: Path) -> None:
    src = save(Image.new("RGB", (300, 200), GREY), tmp_path / "a.png", "PNG")
    stored = store_original(src, tmp_path / "photos")
    out = ensure_derivative(tmp_path / "photos", tmp_path / "cache", stored.filename, 100)
    stamp = out.stat().st_mtime_ns
    assert ensure_derivative(tmp_path / "photos", tmp_path / "cache", stored.filename, 100) == out
    assert out.stat().st_mtime_ns == stamp
    out.write_bytes(b"")  # e.g. a power cut before the data reached the disk
    ensure_derivative(tmp_path / "photos", tmp_path / "cache", stored.filename, 100)
    assert Image.open(out).size == (100, 67)


def test_concurrent_writers_leave_one_complete_file(tmp_path: Path) -> None:
    src = save(Image.effect_noise((900, 700), 40).convert("RGB"), tmp_path / "n.jpg", "JPEG")
    stored = store_original(src, tmp_path / "photos")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            ensure_derivative(tmp_path / "photos", tmp_path / "cache", stored.filename, 300)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    files = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert [p.name for p in files] == [f"{stored.sha256}-300.jpg"]
    Image.open(files[0]).load()


def test_missing_original_and_bad_names(tmp_path: Path) -> None:
    sha = "ab" * 32
    with pytest.raises(PhotoError) as caught:
        ensure_derivative(tmp_path / "photos", tmp_path / "cache", f"{sha}.jpg", 320)
    assert caught.value.code == "unreadable"
    assert not (tmp_path / "cache").exists()
    for bad in ("../etc/passwd", f"{sha}.exe", "ABC.jpg", f"x/{sha}.jpg"):
        with pytest.raises(ValueError):
            ensure_derivative(tmp_path / "photos", tmp_path / "cache", bad, 320)
    assert derivative_path(Path("c"), sha, 320) == Path("c") / "d" / "ab" / f"{sha}-320.jpg"


def test_crop_derivative_is_the_centred_box_upright_and_metadata_free(tmp_path: Path) -> None:
    # upright 600 x 800: red top half, grey bottom half; stored rotated with orientation 6
    upright = Image.new("RGB", (600, 800), GREY)
    upright.paste(RED, (0, 0, 600, 400))
    stored_pixels = upright.transpose(Image.Transpose.ROTATE_90)
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    src = save(stored_pixels, tmp_path / "in.jpg", "JPEG", exif=exif_block(6), icc_profile=srgb)
    stored = store_original(src, tmp_path / "photos")
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    out = ensure_derivative(photos, cache, stored.filename, 300, crop=(300, 200))
    assert out == derivative_path(cache, stored.sha256, 300, crop=(300, 200))
    assert out.name == f"{stored.sha256}-300x200c.jpg"
    plain = ensure_derivative(photos, cache, stored.filename, 300)
    assert plain != out and plain.is_file()
    data = out.read_bytes()
    image = Image.open(io.BytesIO(data))
    assert image.size == (300, 200)  # the box aspect, not the photo's 3:4
    markers = jpeg_markers(data)
    assert 0xE1 not in markers and 0xE2 not in markers  # no EXIF, no ICC
    assert "exif" not in image.info and "icc_profile" not in image.info
    # the centred 600 x 400 of the upright picture: red above the middle, grey below
    top, bottom = image.getpixel((150, 40)), image.getpixel((150, 160))
    assert top[0] > 180 and top[1] < 70, top
    assert all(abs(c - 128) < 12 for c in bottom), bottom
    assert ensure_derivative(photos, cache, stored.filename, 300, crop=(300, 200)) == out


def test_crop_derivative_never_upscales_and_checks_its_box(tmp_path: Path) -> None:
    src = save(Image.new("RGB", (600, 800), GREY), tmp_path / "in.png", "PNG")
    stored = store_original(src, tmp_path / "photos")
    assert crop_size(600, 800, (1200, 800)) == (600, 400)
    assert crop_size(600, 800, (300, 200)) == (300, 200)
    out = ensure_derivative(
        tmp_path / "photos", tmp_path / "cache", stored.filename, 1200, crop=(1200, 800)
    )
    assert Image.open(out).size == (600, 400)
    for bad in [(0, 10), (10,), (1.5, 2), "10x10"]:
        with pytest.raises(ValueError):
            derivative_path(tmp_path, stored.sha256, 10, crop=bad)


def test_crop_derivative_from_a_draft_decode_matches_a_full_decode(tmp_path: Path) -> None:
    from tenun_catalog.images import synthetic

    src = synthetic.make_ikat_photo(tmp_path / "ikat.jpg", 3, size=(2400, 1800), orientation=6)
    stored = store_original(src, tmp_path / "photos")
    out = ensure_derivative(
        tmp_path / "photos", tmp_path / "cache", stored.filename, 600, crop=(500, 300)
    )
    image = Image.open(out).convert("RGB")
    assert image.size == (500, 300)
    full = ImageOps.exif_transpose(Image.open(src)).convert("RGB")  # upright 1800 x 2400
    reference = ImageOps.fit(full, (500, 300), Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    difference = sum(ImageStat.Stat(ImageChops.difference(image, reference)).mean) / 3
    assert difference < 4, difference  # DCT-scaled at 1/4 then resampled: same picture
