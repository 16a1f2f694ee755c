"""Derivatives ahead of time: after the app imports photos, their print and screen copies for
the default theme are made in the background, into the cache the PDF export reads, and closing
the window while they are being made neither hangs nor leaves half a file."""

from __future__ import annotations

import time
from pathlib import Path

from PIL import Image

from tenun_catalog import operations as ops
from tenun_catalog.domain.entities import Catalog
from tenun_catalog.export import ahead
from tenun_catalog.export.audience import Selection, build_view
from tenun_catalog.export.context import BuildOptions, build_context
from tenun_catalog.export.print_images import PrintPlacer, prewarm, slot_boxes
from tenun_catalog.images import synthetic
from tenun_catalog.render.theme_files import find_theme
from tests.test_gui_fixtures import *  # noqa: F403 - the GUI fixtures
from tests.test_gui_fixtures import make_window

SKU = "TN-KPG-003"  # the demo's product without photos: the first imported is its hero


def _cache_files(lib) -> dict[Path, int]:
    folder = lib.cache_dir / "d"
    return {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def _photos(folder: Path, count: int, size: tuple[int, int], seed: int) -> list[Path]:
    folder.mkdir()
    return [
        synthetic.make_ikat_photo(
            folder / f"IMG_{i}.jpg", seed=seed + i, size=size, orientation=6 if i % 2 else 1
        )
        for i in range(count)
    ]


def test_imported_photos_are_warm_when_the_pdf_export_looks_for_them(qtbot, window, tmp_path):
    lib = window.session.lib
    files = _photos(tmp_path / "from-phone", 2, (1600, 1200), seed=300)
    product = ops.get_product(lib, SKU)
    made: list[int] = []
    window.warmup.done.connect(made.append)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000):
        window.importer.start(product.id, files)
    qtbot.waitUntil(lambda: not window.warmup.busy, timeout=60_000)
    photos = ops.list_photos(lib, SKU)
    assert len(photos) == 2
    names = {p.filename for p in photos}

    # What `render pdf` does with the default theme and paper: the public audience view, the
    # print placer of the export's mode, build_context placing every photo, then prewarm.
    default = Catalog(name="")
    theme = find_theme(default.theme, lib.themes_dir)
    for mode in ("print", "screen"):
        boxes = slot_boxes(theme.images, default.paper, 0.0)
        placer = PrintPlacer(lib.photos_dir, lib.cache_dir, boxes, mode)
        view = build_view(lib, Selection(skus=(SKU,)), "public")
        build_context(view, placer, None, BuildOptions(paper=default.paper))
        # The catalog's cover (one photo per catalog, here the hero again) is not warmed ahead.
        cover = PrintPlacer(lib.photos_dir, lib.cache_dir, boxes, mode)
        cover.place(photos[0], "cover")
        wanted = {
            job: path
            for job, path in placer.jobs.items()
            if job[0] in names and job not in cover.jobs
        }
        assert len(wanted) == 2, wanted  # the hero and the detail copy
        assert all(path.is_file() for path in wanted.values()), (mode, wanted)
        before = _cache_files(lib)
        assert prewarm(lib.photos_dir, lib.cache_dir, list(wanted)) == 2
        assert _cache_files(lib) == before  # nothing had to be made or rewritten
    assert ahead.planned(lib, [SKU]) == []
    assert sum(made) >= 4  # hero and detail, print and screen: made by the warm-up


def test_closing_the_window_while_warming_is_quick_and_leaves_whole_files(
    qtbot, demo_root, gui_settings, tmp_path
):
    window = make_window(qtbot, demo_root)
    files = _photos(tmp_path / "from-phone", 5, (3000, 2250), seed=400)
    product = ops.get_product(window.session.lib, SKU)
    with qtbot.waitSignal(window.importer.finished, timeout=60_000):
        window.importer.start(product.id, files)
    qtbot.waitUntil(lambda: window.warmup.op is not None, timeout=10_000)
    op = window.warmup.op
    steps: list[tuple[int, int]] = []
    op.progress.connect(lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: bool(steps), timeout=30_000)  # at least one derivative made
    assert steps[-1][0] < steps[-1][1]  # and more to come
    started = time.perf_counter()
    window.close()
    closed_in = time.perf_counter() - started
    assert closed_in < 2.0, f"closing took {closed_in:.2f} s"
    assert window.session.lib is None
    assert op.wait(30_000)  # cancelled: it ends after the derivative it was making
    with ops.opened(demo_root, create=False) as lib:
        assert ahead.planned(lib, [SKU]), "the warm-up ran on after the library closed"
        cache = list((lib.cache_dir / "d").rglob("*"))
        assert not [p for p in cache if p.name.endswith(".part")]
        for path in (p for p in cache if p.suffix == ".jpg"):
            with Image.open(path) as image:
                image.load()  # a whole JPEG, never half a file
