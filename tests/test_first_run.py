"""Issue 11 item 8: the first run says what it is doing and the demo is quick to build.

The demo command says at once that it started (before any photo is drawn) and shows the progress
bar on a terminal; the default demo photos are no larger than the biggest box they fill at
300 dpi needs, so drawing them (most of the demo's time) stays short.
"""

from __future__ import annotations

import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

from tenun_catalog.cli import main
from tenun_catalog.demo.build import DEFAULT_PHOTO_SIZE
from tenun_catalog.export.print_images import cover_long_edge

# The largest box a product photo fills (templates/pameran/theme.toml, A4 hero), in mm.
A4_HERO = (174, 125)
MAX_DEMO_MEGAPIXELS = 6.0


def _rows(root: Path, table: str) -> int:
    with sqlite3.connect(root / "catalog.sqlite3") as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_demo_says_it_started_before_it_finishes(tmp_path, capsys) -> None:
    root = tmp_path / "lib"
    code = main(["--library", str(root), "demo", "--photo-size", "320x240"])
    out = capsys.readouterr().out
    assert code == 0
    start = out.index("Membuat pustaka contoh di")
    assert start < out.index("Contoh dibuat:")
    assert str(root) in out.splitlines()[0]
    assert _rows(root, "products") >= 19 and _rows(root, "photos") >= 60


def test_demo_photo_size_is_bounded(tmp_path, capsys) -> None:
    root = tmp_path / "lib"
    code = main(["--library", str(root), "--lang", "en", "demo", "--photo-size", "9000x9000"])
    err = capsys.readouterr().err
    assert code == 1 and "6000 pixels a side" in err and "Traceback" not in err
    assert _rows(root, "products") == 0 and not any((root / "photos").iterdir())


def test_demo_progress_bar_on_a_terminal(tmp_path) -> None:
    root = tmp_path / "lib"
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tenun_catalog.cli", "--library", str(root), "demo",
             "--photo-size", "160x120"],
            stdout=subprocess.PIPE, stderr=follower, timeout=120,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )  # fmt: skip
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the writer end is closed and everything was read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    bar = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, bar
    assert "contoh [" in bar and "#" * 30 in bar  # the bar reached its end
    assert proc.stdout.decode().startswith("Membuat pustaka contoh")


def test_default_demo_photos_fill_the_a4_hero_at_300_dpi_and_no_more() -> None:
    width, height = DEFAULT_PHOTO_SIZE
    assert width * height <= MAX_DEMO_MEGAPIXELS * 1_000_000
    # landscape and portrait (EXIF-rotated) photos both still cover the hero at 300 dpi
    assert cover_long_edge(width, height, A4_HERO) < width
    assert cover_long_edge(height, width, A4_HERO) < width
