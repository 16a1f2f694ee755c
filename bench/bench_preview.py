"""Benchmark: the page-wise catalog preview on a 500-product catalog, in the real app window.

Uses the library of bench_render_pdf (N products, P distinct 12 MP photos each, built once and
cached in OUT), warms the screen derivatives, then measures in a fresh child process (offscreen
Qt, the app's own main window on the Catalogs page) with medians over TRIALS trials:
  open     from asking for the catalog (Catalogs page, catalog chosen) to the first product's
           page painted from its laid-out PDF; the piece cache is emptied and the worker
           restarted before each trial (a cold preview; photo derivatives warm);
  edit     from a story edit (Session.edit, as the product editor saves) to that product's page
           painted again from its new layout; the page is on screen when the edit is made, and
           one second passes between edits (the last edit's confirming plan ends meanwhile);
  jump     from scrolling to page 400 (then 403, 406, ...: pages not laid out yet) to that page
           painted from its layout;
  memory   peak RSS of the child (ru_maxrss);
  baseline today's whole-preview re-render: the first 24 products as one PDF (what the preview
           did before: render_pdf in this process, print photos), timed in the same child.
Targets: open < 2 s, edit < 1 s, jump < 1.5 s, memory < 900 MB. Results go to OUT and
bench/results/preview.json.

    python bench/bench_preview.py [--products 500] [--trials 20] [--out /tmp/bench-preview]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
TARGETS = {"open_s": 2.0, "edit_s": 1.0, "jump_s": 1.5, "peak_rss_mb": 900}
FIRST_JUMP = 400
SETTLE_S = 1.0  # between edits: the app finishes what the last one started (confirming plan)


# ---------- the parent: library, child, report ----------


def prepare_library(out: Path, products: int, per_product: int, workers: int) -> Path:
    import bench_render_pdf as shared

    photos = shared.ensure_photos(out / "photos", products * per_product, workers)
    root = out / "lib"
    shared.ensure_library(root, [products], per_product, photos)
    from tenun_catalog import operations as ops
    from tenun_catalog.export import preview_pages as pp

    with ops.opened(root, create=False) as lib:  # screen derivatives of every photo, warm
        pp.plan_preview(lib, ops.get_catalog(lib, f"bench-{products}"))
    return root


def run_child(root: Path, products: int, trials: int, baseline_trials: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as settings:
        env["BENCH_SETTINGS"] = settings
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(root), "--products", str(products),
             "--trials", str(trials), "--baseline-trials", str(baseline_trials)],
            env=env, stdout=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:])
        raise SystemExit(f"child failed ({done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(values: list[float]) -> dict:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "trials": len(values),
    }


def report(res: dict) -> str:
    base = res["baseline_s"]["median"]
    lines = [
        f"page-wise preview, {res['products']} products, {res['pages']} pages "
        f"(medians of {res['open_s']['trials']} trials; min-max)",
    ]
    for key, label in (("open_s", "open -> first product page"), ("edit_s", "story edit -> page"),
                       ("jump_s", f"jump to page {FIRST_JUMP} -> shown")):  # fmt: skip
        value = res[key]
        met = "met" if value["median"] < TARGETS[key] else "MISSED"
        lines.append(
            f"  {label:32s} {value['median']:6.2f} s ({value['min']:.2f}-{value['max']:.2f})"
            f"  target < {TARGETS[key]:g} s {met};  / baseline {value['median'] / base:.3f}"
        )
    lines.append(
        f"  {'baseline: whole re-render of 24':32s} {base:6.2f} s "
        f"({res['baseline_s']['min']:.2f}-{res['baseline_s']['max']:.2f}), "
        f"{res['baseline_pages']} pages"
    )
    rss = res["peak_rss_mb"]
    met = "met" if rss < TARGETS["peak_rss_mb"] else "MISSED"
    lines.append(f"  {'peak memory':32s} {rss:6.0f} MB  target < {TARGETS['peak_rss_mb']} MB {met}")
    lines.append(f"  pieces laid out during the run: {res['layouts']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=500)
    parser.add_argument("--photos-per-product", type=int, default=3)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--baseline-trials", type=int, default=20)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "preview_work"))
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child), args.products, args.trials, args.baseline_trials)))
        return
    out = Path(args.out)
    root = prepare_library(out, args.products, args.photos_per_product, args.workers)
    res = run_child(root, args.products, args.trials, args.baseline_trials)
    text = report(res)
    print(text)
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "preview.json").write_text(json.dumps(res, indent=2))
    (out / "preview.txt").write_text(text + "\n")


# ---------- the child: the app, measured ----------


def child(root: Path, products: int, trials: int, baseline_trials: int) -> dict:
    import shutil

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings

    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, os.environ["BENCH_SETTINGS"])
    from tenun_catalog import operations as ops
    from tenun_catalog.gui import app as gapp

    gapp.application()
    window = gapp.open_window(root, "id")
    window.resize(1366, 800)
    window.show()
    window.show_page("catalogs")
    page = window.catalogs
    preview = page.preview
    catalog = ops.get_catalog(window.session.lib, f"bench-{products}")
    painted: dict[int, float] = {}
    laid: dict[str, float] = {}
    planned_with: dict[str, float] = {}  # piece -> when a plan said an edit touched it

    def wait(condition, timeout: float = 120.0) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                worker = preview.worker
                state = {
                    "busy": preview.busy, "running": worker is not None and worker.isRunning(),
                    "touched": worker is not None and worker._touched, "laid": sorted(laid)[:10],
                    "paused": worker is not None and worker._paused,
                    "wanted": worker is not None and worker._wanted,
                    "new_plan": worker is not None and worker._new_plan,
                    "confirm": worker is not None and worker._confirm,
                    "visible": list(preview.pages.visible_range())[:4],
                    "stack": preview.stack.currentWidget().objectName(),
                }  # fmt: skip
                raise TimeoutError(f"the preview did not get there in time: {state}")
            QCoreApplication.processEvents(QEventLoop.AllEvents, 5)
            time.sleep(0.002)

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QCoreApplication.processEvents(QEventLoop.AllEvents, 5)
            time.sleep(0.002)

    def on_painted(number: int) -> None:
        painted[number] = time.perf_counter()  # the latest paint of that page

    preview.pages.pagePainted.connect(on_painted)

    def hook_worker() -> None:
        worker = preview.worker
        if worker is not None and not getattr(worker, "_bench_hooked", False):
            worker._bench_hooked = True
            worker.planned.connect(
                lambda _s, touched: planned_with.update(dict.fromkeys(touched, time.perf_counter()))
            )
            worker.laidOut.connect(
                lambda result, _s: laid.__setitem__(result.piece, time.perf_counter())
            )

    def slot_of(ident: str):
        return next((s for s in preview.pages.slots if s.piece == ident and s.index == 0), None)

    # open: cold piece cache each time
    opens, layouts = [], 0
    first_product = None
    for _ in range(trials):
        page.show_catalog(None)
        preview.shutdown()
        if preview.pages.slots:
            preview.pages.clear()
        shutil.rmtree(root / "cache" / "preview", ignore_errors=True)
        painted.clear()
        started = time.perf_counter()
        page.show_catalog(catalog.id)
        wait(lambda: preview.worker is not None and preview.pages.slots)
        hook_worker()
        first_product = next(s for s in preview.pages.slots if s.kind == "product")
        preview.pages.scroll_to_piece(first_product.piece)  # as a person clicks to it
        wait(lambda f=first_product: (s := slot_of(f.piece)) is not None and s.path is not None
             and painted.get(s.number, 0) > 0)  # fmt: skip
        opens.append(painted[slot_of(first_product.piece).number] - started)
        print(f"open {opens[-1]:.2f} s", file=sys.stderr, flush=True)
        layouts += preview.worker.cache.layouts

    # edit: the first `trials` products, each on screen when its story changes
    hook_worker()
    products_slots = [s for s in preview.pages.slots if s.kind == "product" and s.index == 0]
    edits = []
    for index, slot in enumerate(products_slots[:trials]):
        preview.pages.scroll_to_piece(slot.piece)
        wait(lambda s=slot: (x := slot_of(s.piece)) is not None and x.path is not None)
        settle(SETTLE_S)  # a person reads the page before the next edit
        product_id = ops.get_product(window.session.lib, slot.sku).id
        painted.clear()
        laid.pop(slot.piece, None)
        planned_with.pop(slot.piece, None)
        started = time.perf_counter()
        window.session.edit(
            "product", product_id, {"story_id": f"Cerita baru nomor {index} ({time.time():.3f})."}
        )
        wait(lambda s=slot: s.piece in planned_with)  # the plan that knows the edit...
        wait(lambda s=slot: laid.get(s.piece, 0) > planned_with[s.piece])  # ...laid out
        number = slot_of(slot.piece).number
        wait(lambda n=number, s=slot: painted.get(n, 0) >= laid[s.piece])
        edits.append(painted[number] - started)
        print(f"edit {edits[-1]:.2f} s", file=sys.stderr, flush=True)

    # jump: pages not laid out yet
    jumps = []
    for k in range(trials):
        target = FIRST_JUMP + 3 * k
        painted.clear()
        started = time.perf_counter()
        preview.pages.scroll_to_page(target)
        wait(lambda t=target: t in painted)
        jumps.append(painted[target] - started)
        print(f"jump {jumps[-1]:.2f} s", file=sys.stderr, flush=True)
    layouts += preview.worker.cache.layouts
    pages = len(preview.pages.slots)
    preview.shutdown()

    # baseline: the whole-document preview of the first 24 products, as before
    from tenun_catalog.export.pdf import render_pdf
    from tenun_catalog.gui.pages.catalog_preview import PREVIEW_PRODUCTS, first_products

    cut, _ = first_products(catalog, PREVIEW_PRODUCTS)
    baseline, baseline_pages = [], 0
    with tempfile.TemporaryDirectory() as temp:
        for trial in range(baseline_trials):
            started = time.perf_counter()
            result = render_pdf(
                window.session.lib, Path(temp) / f"p{trial}.pdf", catalog=cut, subprocess=False
            )
            baseline.append(time.perf_counter() - started)
            print(f"baseline {baseline[-1]:.2f} s", file=sys.stderr, flush=True)
            baseline_pages = result.pages
    window.close()
    return {
        "products": products,
        "pages": pages,
        "open_s": summary(opens),
        "edit_s": summary(edits),
        "jump_s": summary(jumps),
        "baseline_s": summary(baseline),
        "baseline_pages": baseline_pages,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "layouts": layouts,
        "raw": {"open": opens, "edit": edits, "jump": jumps, "baseline": baseline},
    }


if __name__ == "__main__":
    main()
