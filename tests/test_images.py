"""Photo ingest: validation, content-addressed storage, batch import (tenun_catalog.images).

Real files made with Pillow in tmp_path, no mocks. Every refused input must leave photos/
and cache/ exactly as they were.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import random
import struct
import threading
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from tenun_catalog.images import (
    MAX_PIXELS,
    THUMB_PX,
    PhotoError,
    StoredPhoto,
    check_image,
    derivative_path,
    image_size,
    import_photos,
    remove_stale_temp_files,
    store_original,
)

# --- helpers -------------------------------------------------------------------------------


def jpeg_bytes(
    size: tuple[int, int] = (64, 48), colour=(120, 90, 60), orientation: int | None = None
) -> bytes:
    image = Image.new("RGB", size, colour)
    image.paste((200, 30, 30), (0, 0, size[0] // 4, size[1] // 4))
    kwargs = {}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        exif[0x010F] = "Test"
        kwargs["exif"] = exif.tobytes()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, **kwargs)
    return buffer.getvalue()


def noisy_jpeg_bytes(size=(400, 300)) -> bytes:
    """A JPEG with real entropy-coded data, so cutting it short truncates scan data."""
    buffer = io.BytesIO()
    Image.effect_noise(size, 64).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def png_with_header_size(width: int, height: int) -> bytes:
    """A tiny valid PNG whose IHDR claims width x height (a decompression bomb header)."""
    data = bytearray(png_bytes(Image.new("RGB", (8, 8), "white")))
    ihdr = bytearray(data[16:29])
    ihdr[0:8] = struct.pack(">II", width, height)
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)))
    return bytes(data)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def listing(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file under the folders with its size and mtime: 'exactly as before'."""
    found: dict[str, tuple[int, int]] = {}
    for folder in folders:
        if folder.exists():
            for path in sorted(folder.rglob("*")):
                st = path.stat()
                found[str(path)] = (st.st_size, st.st_mtime_ns) if path.is_file() else (-1, 0)
    return found


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Path]:
    """photos/ and cache/ already holding one imported photo (so listings are not empty)."""
    photos, cache = tmp_path / "lib" / "photos", tmp_path / "lib" / "cache"
    seed = write(tmp_path / "seed.jpg", jpeg_bytes(colour=(10, 20, 30)))
    [result] = import_photos([seed], photos, cache, workers=1)
    assert isinstance(result, StoredPhoto)
    return photos, cache


HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
AVIF_HEAD = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 64


def bad_inputs() -> dict[str, tuple[str, bytes | None]]:
    """name -> (expected code, file bytes; None means a directory)."""
    good = noisy_jpeg_bytes()
    png = png_bytes(Image.effect_noise((200, 150), 50).convert("RGB"))
    return {
        "empty.jpg": ("empty", b""),
        "notes.txt": ("not_image", b"Kain tenun ikat dari Sumba Timur.\n" * 20),
        "katalog.pdf": ("not_image", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 5),
        "random.jpg": ("not_image", random.Random(7).randbytes(4096)),
        "video.mp4": (
            "not_image",
            b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\0" * 64,
        ),
        "foto.heic": ("unsupported", HEIC_HEAD),
        "foto.avif": ("unsupported", AVIF_HEAD),
        "desain.psd": ("unsupported", b"8BPS\x00\x01" + b"\x00" * 100),
        "motif.svg": (
            "unsupported",
            b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
        ),
        "cut-half.jpg": ("truncated", good[: len(good) // 2]),
        "cut-header.jpg": ("truncated", good[:150]),
        "no-eoi.jpg": ("truncated", good[:-2]),
        "cut.png": ("truncated", png[: int(len(png) * 0.8)]),
        "no-iend.png": ("truncated", png[:-12]),
        "bomb-130mp.png": ("too_large", png_with_header_size(13_000, 10_000)),
        "bomb-400mp.png": ("too_large", png_with_header_size(20_000, 20_000)),
        "folder.jpg": ("unreadable", None),
    }


BAD = bad_inputs()


def make_bad(folder: Path, name: str) -> Path:
    code, data = BAD[name]
    path = folder / name
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    return path


# --- storing good photos ---------------------------------------------------------------------


def test_store_original_copies_bytes_under_their_hash(tmp_path: Path) -> None:
    data = jpeg_bytes((64, 48), orientation=6)
    src = write(tmp_path / "IMG_2024.JPG", data)
    stored = store_original(src, tmp_path / "photos")
    sha = hashlib.sha256(data).hexdigest()
    assert stored == StoredPhoto(
        sha, f"{sha}.jpg", 48, 64, "JPEG", len(data), "IMG_2024.JPG", False
    )
    assert (tmp_path / "photos" / stored.filename).read_bytes() == data
    assert [p.name for p in (tmp_path / "photos").iterdir()] == [stored.filename]
    assert image_size(tmp_path / "photos", stored.filename) == (48, 64)
    assert check_image(src) == ("JPEG", 48, 64)


def test_same_bytes_twice_are_stored_once_and_never_rewritten(tmp_path: Path) -> None:
    data = jpeg_bytes()
    photos = tmp_path / "photos"
    first = store_original(write(tmp_path / "a.jpg", data), photos)
    before = listing(photos)
    again = store_original(write(tmp_path / "copy of a.jpg", data), photos)
    assert again.already_present and not first.already_present
    assert again.filename == first.filename and again.original_name == "copy of a.jpg"
    assert listing(photos) == before


@pytest.mark.parametrize(
    ("fmt", "ext", "mode"),
    [
        ("PNG", "png", "RGB"),
        ("WEBP", "webp", "RGB"),
        ("TIFF", "tif", "RGB"),
        ("BMP", "bmp", "RGB"),
        ("GIF", "gif", "P"),
    ],
)
def test_other_supported_formats(tmp_path: Path, fmt: str, ext: str, mode: str) -> None:
    buffer = io.BytesIO()
    Image.new(mode, (30, 20), (50, 100, 150) if mode == "RGB" else 3).save(buffer, fmt)
    stored = store_original(write(tmp_path / f"x.{ext}", buffer.getvalue()), tmp_path / "p")
    assert (stored.format, stored.width, stored.height) == (fmt, 30, 20)
    assert stored.filename.endswith(f".{ext}")


def test_multi_picture_jpeg_and_animated_gif(tmp_path: Path) -> None:
    picture = Image.new("RGB", (40, 30), (10, 120, 200))
    mpo = tmp_path / "portrait-mode.jpg"
    picture.save(mpo, "MPO", save_all=True, append_images=[picture.copy()])
    stored = store_original(mpo, tmp_path / "p")
    assert (stored.format, stored.filename[-4:]) == ("JPEG", ".jpg")
    frames = [Image.new("P", (30, 20), i) for i in range(3)]
    gif = tmp_path / "anim.gif"
    frames[0].save(gif, save_all=True, append_images=frames[1:])
    assert check_image(gif) == ("GIF", 30, 20)


# --- refusing bad input ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_refused_with_one_clear_error_and_no_trace(
    tmp_path: Path, library: tuple[Path, Path], name: str
) -> None:
    photos, cache = library
    src = make_bad(tmp_path, name)
    code = BAD[name][0]
    before = listing(photos, cache)

    with pytest.raises(PhotoError) as caught:
        check_image(src)
    error = caught.value
    assert error.code == code and error.path == src
    assert src.name in error.message_id and src.name in error.message_en
    assert str(error) == error.message_id != error.message_en

    with pytest.raises(PhotoError) as caught:
        store_original(src, photos)
    assert caught.value.code == code
    [result] = import_photos([src], photos, cache, workers=1)
    assert isinstance(result, PhotoError) and result.code == code
    assert listing(photos, cache) == before


def test_huge_files_are_refused_without_reading_them(tmp_path: Path) -> None:
    """Sparse files: a 'photo' over 1 GiB, and a large video chosen by mistake."""
    huge = tmp_path / "scan.jpg"
    with huge.open("wb") as handle:
        handle.write(noisy_jpeg_bytes()[:2000])
        handle.truncate((1 << 30) + 1)
    video = tmp_path / "VID_0001.mp4"
    with video.open("wb") as handle:
        handle.write(BAD["video.mp4"][1])
        handle.truncate(3 << 30)
    start = time.perf_counter()
    for path, code, words in ((huge, "too_large", "1.0 GB"), (video, "not_image", "not a photo")):
        with pytest.raises(PhotoError) as caught:
            store_original(path, tmp_path / "photos")
        assert caught.value.code == code and words in caught.value.message_en
    assert time.perf_counter() - start < 1
    assert not (tmp_path / "photos").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_named_pipe_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "photo.jpg"
    os.mkfifo(pipe)
    with pytest.raises(PhotoError) as caught:
        check_image(pipe)
    assert caught.value.code == "unreadable" and "not a regular file" in caught.value.message_en


def test_heic_message_says_to_convert_to_jpeg(tmp_path: Path) -> None:
    with pytest.raises(PhotoError) as caught:
        check_image(write(tmp_path / "foto.heic", HEIC_HEAD))
    assert caught.value.message_id == (
        "Berkas foto.heic berformat HEIC yang belum didukung. Ubah ke JPEG dulu "
        "(misalnya kirim lewat WhatsApp atau ekspor dari galeri)."
    )
    assert "Convert it to JPEG" in caught.value.message_en


def test_bomb_message_names_the_size(tmp_path: Path) -> None:
    with pytest.raises(PhotoError) as caught:
        check_image(write(tmp_path / "big.png", png_with_header_size(20_000, 20_000)))
    assert "400 megapiksel" in caught.value.message_id
    assert f"{MAX_PIXELS // 1_000_000} megapixels" in caught.value.message_en


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(PhotoError) as caught:
        store_original(tmp_path / "gone.jpg", tmp_path / "photos")
    assert caught.value.code == "unreadable"
    assert not (tmp_path / "photos").exists()


def test_truncated_jpeg_rejected_even_after_weasyprint_import(tmp_path: Path) -> None:
    """WeasyPrint sets LOAD_TRUNCATED_IMAGES=True process-wide; ingest must not care."""
    weasyprint = pytest.importorskip("weasyprint")
    assert weasyprint and ImageFile.LOAD_TRUNCATED_IMAGES is True
    data = noisy_jpeg_bytes()
    for cut in (data[:-2], data[: len(data) * 2 // 3]):
        src = write(tmp_path / "cut.jpg", cut)
        with pytest.raises(PhotoError) as caught:
            check_image(src)
        assert caught.value.code == "truncated"
        assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # restored for WeasyPrint
        [result] = import_photos([src], tmp_path / "p", tmp_path / "c", workers=1)
        assert isinstance(result, PhotoError) and result.code == "truncated"
    assert not (tmp_path / "p").exists() and not (tmp_path / "c").exists()


def test_strict_decoding_holds_across_threads(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = noisy_jpeg_bytes((800, 600))
    good = write(tmp_path / "good.jpg", data)
    bad = write(tmp_path / "bad.jpg", data[: len(data) // 2])
    outcomes: list[str] = []

    def work(path: Path) -> None:
        for _ in range(5):
            try:
                check_image(path)
                outcomes.append(f"{path.name}:ok")
            except PhotoError as error:
                outcomes.append(f"{path.name}:{error.code}")

    threads = [threading.Thread(target=work, args=(p,)) for p in (good, bad, good, bad)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(set(outcomes)) == ["bad.jpg:truncated", "good.jpg:ok"]
    assert len(outcomes) == 20
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True


def test_photo_error_survives_pickling() -> None:
    error = PhotoError("empty", Path("/x/a.jpg"), "kosong", "empty")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.path, copy.message_id, copy.message_en, str(copy)) == (
        "empty",
        Path("/x/a.jpg"),
        "kosong",
        "empty",
        "kosong",
    )


# --- batch import ------------------------------------------------------------------------------


def test_import_photos_in_a_pool_keeps_order_and_mixes_good_and_bad(tmp_path: Path) -> None:
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    sources = []
    for i in range(5):
        sources.append(
            write(tmp_path / f"good{i}.jpg", jpeg_bytes((90, 60), colour=(i * 40, 80, 90)))
        )
        bad = ["empty.jpg", "notes.txt", "cut-half.jpg", "foto.heic", "bomb-400mp.png"][i]
        sources.append(make_bad(tmp_path, bad))
    sources.append(write(tmp_path / "dup.jpg", (tmp_path / "good0.jpg").read_bytes()))
    calls: list[tuple[int, int]] = []

    results = import_photos(
        sources, photos, cache, workers=2, progress=lambda d, t: calls.append((d, t))
    )

    assert len(results) == len(sources)
    for src, result in zip(sources, results, strict=True):
        if src.name.startswith(("good", "dup")):
            assert isinstance(result, StoredPhoto), result
            assert result.original_name == src.name and (result.width, result.height) == (90, 60)
            thumb = derivative_path(cache, result.sha256, THUMB_PX)
            assert thumb.is_file() and Image.open(thumb).size == (90, 60)
        else:
            assert isinstance(result, PhotoError) and result.code == BAD[src.name][0]
    assert results[-1].already_present and results[0].sha256 == results[-1].sha256
    assert not results[0].already_present
    assert len(list(photos.iterdir())) == 5
    assert calls == [(i, len(sources)) for i in range(1, len(sources) + 1)]

    before = listing(photos, cache)
    again = import_photos(sources, photos, cache, workers=2)
    assert [type(r) for r in again] == [type(r) for r in results]
    assert all(r.already_present for r in again if isinstance(r, StoredPhoto))
    assert listing(photos, cache) == before


def test_second_import_skips_decoding_when_original_and_thumbnail_exist(tmp_path: Path) -> None:
    """Proof without mocks: bytes that would fail a decode are accepted once stored."""
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    data = noisy_jpeg_bytes()[:-2]  # truncated: a decode would refuse it
    sha = hashlib.sha256(data).hexdigest()
    photos.mkdir()
    (photos / f"{sha}.jpg").write_bytes(data)
    thumb = derivative_path(cache, sha, THUMB_PX)
    thumb.parent.mkdir(parents=True)
    thumb.write_bytes(jpeg_bytes())
    [result] = import_photos([write(tmp_path / "x.jpg", data)], photos, cache, workers=1)
    assert isinstance(result, StoredPhoto) and result.already_present
    (photos / f"{sha}.jpg").unlink()  # once the original is gone, the full check runs again
    [result] = import_photos([tmp_path / "x.jpg"], photos, cache, workers=1)
    assert isinstance(result, PhotoError) and result.code == "truncated"


def test_import_makes_missing_thumbnail_for_a_stored_original(tmp_path: Path) -> None:
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    src = write(tmp_path / "a.jpg", jpeg_bytes((800, 600), orientation=8))
    stored = store_original(src, photos)
    [result] = import_photos([src], photos, cache, thumb_px=200, workers=1)
    assert result.already_present and (result.width, result.height) == (600, 800)
    assert Image.open(derivative_path(cache, stored.sha256, 200)).size == (150, 200)


def test_unwritable_library_gives_write_failed_and_rolls_back_the_thumbnail(
    tmp_path: Path,
) -> None:
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    photos.write_bytes(b"")  # a file where the photos folder should be: cannot write into it
    src = write(tmp_path / "a.jpg", jpeg_bytes())
    with pytest.raises(PhotoError) as caught:
        store_original(src, photos)
    assert caught.value.code == "write_failed" and "a.jpg" in caught.value.message_id
    [result] = import_photos([src], photos, cache, workers=1)
    assert isinstance(result, PhotoError) and result.code == "write_failed"
    assert not [p for p in cache.rglob("*") if p.is_file()]  # thumbnail removed again


def test_no_temporary_files_left_and_stale_ones_are_cleaned(tmp_path: Path) -> None:
    photos, cache = tmp_path / "photos", tmp_path / "cache"
    paths = [write(tmp_path / f"{i}.jpg", jpeg_bytes(colour=(i, i, i))) for i in range(3)]
    import_photos(paths, photos, cache, workers=1)
    assert not [p for p in (*photos.rglob(".*"), *cache.rglob(".*"))]
    stale = photos / ".tmp-abc.jpg.part"
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    fresh = photos / ".tmp-def.jpg.part"
    fresh.write_bytes(b"writing")
    assert remove_stale_temp_files(photos) == 1
    assert not stale.exists() and fresh.exists()
