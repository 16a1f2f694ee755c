"""Synthetic demo photos (tenun_catalog.images.synthetic): phone-like, oriented, fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from tenun_catalog.images import check_image, synthetic


def test_ikat_photo_is_a_12_megapixel_phone_jpeg_made_in_well_under_a_second(
    tmp_path: Path,
) -> None:
    start = time.perf_counter()
    path = synthetic.make_ikat_photo(tmp_path / "ikat.jpg", seed=1)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.5, f"{elapsed:.2f} s"
    image = Image.open(path)
    assert image.format == "JPEG" and image.size == (4000, 3000)
    exif = image.getexif()
    assert exif[0x0112] == 6 and exif[0x010F] and exif[0x0110] and exif[0x0132]
    assert check_image(path) == ("JPEG", 3000, 4000)


def test_same_seed_same_bytes_other_seed_other_photo(tmp_path: Path) -> None:
    a = synthetic.make_ikat_photo(tmp_path / "a.jpg", 5, size=(600, 450), palette="mengkudu")
    b = synthetic.make_ikat_photo(tmp_path / "b.jpg", 5, size=(600, 450), palette="mengkudu")
    c = synthetic.make_ikat_photo(tmp_path / "c.jpg", 6, size=(600, 450), palette="mengkudu")
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_pixels_are_the_upright_picture_transposed(tmp_path: Path, orientation: int) -> None:
    upright = synthetic.make_ikat_photo(tmp_path / "up.jpg", 9, size=(450, 600), orientation=1)
    stored_size = (600, 450) if orientation in (6, 8) else (450, 600)
    rotated = synthetic.make_ikat_photo(
        tmp_path / "rot.jpg", 9, size=stored_size, orientation=orientation
    )
    reference = Image.open(upright).convert("RGB")
    turned = ImageOps.exif_transpose(Image.open(rotated)).convert("RGB")
    assert turned.size == reference.size == (450, 600)
    difference = ImageStat.Stat(ImageChops.difference(turned, reference)).mean
    assert max(difference) < 4, difference  # only JPEG noise differs


@pytest.mark.parametrize("palette", sorted(synthetic.PALETTES))
def test_every_palette_draws(tmp_path: Path, palette: str) -> None:
    path = synthetic.make_ikat_photo(tmp_path / "p.jpg", 2, size=(400, 300), palette=palette)
    assert check_image(path) == ("JPEG", 300, 400)


@pytest.mark.parametrize("kind", ["sapi", "babi", "package"])
def test_sei_photos(tmp_path: Path, kind: str) -> None:
    path = synthetic.make_sei_photo(tmp_path / f"{kind}.jpg", 4, size=(800, 600), kind=kind)
    assert check_image(path) == ("JPEG", 800, 600)
    assert Image.open(path).getexif()[0x0112] == 1


@pytest.mark.parametrize(
    "size", [(600, 450), (450, 600), (64, 64), (64, 300), (300, 64), (131, 97)]
)
def test_sei_package_draws_at_any_size_from_64_px(tmp_path: Path, size: tuple[int, int]) -> None:
    # the label's barcode once had fractional 1 px bars that ImageDraw refused (ValueError)
    for seed in range(20):
        for orientation in (1, 6):
            path = synthetic.make_sei_photo(
                tmp_path / "p.jpg", seed, size=size, kind="package", orientation=orientation
            )
            upright = size[::-1] if orientation == 6 else size
            assert check_image(path) == ("JPEG", *upright)


def test_group_photo_and_argument_checks(tmp_path: Path) -> None:
    path = synthetic.make_portrait_group_photo(tmp_path / "g.jpg", 1, size=(800, 600), people=4)
    assert check_image(path) == ("JPEG", 800, 600)
    with pytest.raises(ValueError):
        synthetic.make_sei_photo(tmp_path / "x.jpg", 1, kind="ayam")
    with pytest.raises(ValueError):
        synthetic.make_ikat_photo(tmp_path / "x.jpg", 1, palette="ungu")
    with pytest.raises(ValueError):
        synthetic.make_ikat_photo(tmp_path / "x.jpg", 1, orientation=9)
