"""Benchmark: the desktop app on a 10,000-product library (offscreen Qt).

Builds (once, cached in OUT/gui-library-<N>) a demo library of N products with 1200x900 photos,
then measures in a fresh child process, so that memory and start-up are the app's own:
  first paint   from the start of the measurement process (before importing Qt) to the first
                paint of the product grid's viewport that shows cards (and the first paint at
                all, and when the visible covers are in);
  search        typing "sikka" (and two more words) with QTest.keyClicks: from the query leaving
                the 150 ms debounce to the model holding the new rows and the grid repainted,
                and from the last keystroke (debounce included);
  scrolling     the grid from top to bottom by viewport pages, the event loop running 20 ms
                between pages while pages are fetched and covers load in the thread pool; a
                10 ms heartbeat QTimer records the longest gap (an event-loop stall);
  memory        peak RSS of the measurement process (ru_maxrss).
Targets: first paint < 1.5 s, search < 100 ms, no stall > 50 ms, memory < 600 MB.

    QT_QPA_PLATFORM=offscreen python bench/bench_gui.py [--products 10000] [--out bench/results]
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # the measurement process starts here (before Qt is imported)

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGETS = {"first_paint_s": 1.5, "search_ms": 100.0, "longest_stall_ms": 50.0, "peak_rss_mb": 600}
WORDS = ["sikka", "sumba", "tarum"]


def build_library(out: Path, products: int) -> Path:
    root = out / f"gui-library-{products}"
    marker = root / ".complete"
    if marker.exists():
        return root
    from tenun_catalog import operations as ops
    from tenun_catalog.demo import build_demo

    if root.exists():
        import shutil

        shutil.rmtree(root)
    start = time.perf_counter()
    with ops.opened(root) as lib:
        build_demo(lib, products=products, photo_size=(1200, 900))
    marker.write_text(f"built in {time.perf_counter() - start:.1f} s\n", encoding="utf-8")
    return root


# ---- the measurement (child process) -------------------------------------------------------


def measure(root: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtTest import QTest

    settings_dir = tempfile.mkdtemp(prefix="bench-gui-settings-")
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    from tenun_catalog.gui import app as gapp

    gapp.application()
    marks: dict[str, float] = {}
    paints: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Paint:
                now = time.perf_counter()
                paints.append(now)
                marks.setdefault("first_paint", now)
                if window.products.model.rowCount() > 0:
                    marks.setdefault("first_paint_with_cards", now)
            return False

    def run_loop(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_for(predicate, timeout_s: float = 30.0, step_ms: int = 5) -> None:
        end = time.perf_counter() + timeout_s
        while not predicate() and time.perf_counter() < end:
            run_loop(step_ms)

    marks["qt_imported"] = time.perf_counter()
    window = gapp.open_window(root, "id")
    watch = PaintWatch()
    page = window.products
    page.grid.viewport().installEventFilter(watch)
    window.resize(1366, 768)
    window.show()
    marks["window_built"] = time.perf_counter()
    wait_for(lambda: "first_paint_with_cards" in marks, 20)
    wait_for(lambda: not window.thumbnails.busy(), 20)
    run_loop(30)
    marks["covers_in"] = time.perf_counter()
    gapp.settle()  # main() does this once the first screen is painted
    result = {
        "products": window.products.model.total,
        "first_paint_s": round(marks["first_paint_with_cards"] - T0, 3),
        "first_paint_any_s": round(marks["first_paint"] - T0, 3),
        "window_built_s": round(marks["window_built"] - T0, 3),
        "qt_and_app_imported_s": round(marks["qt_imported"] - T0, 3),
        "visible_covers_in_s": round(marks["covers_in"] - T0, 3),
    }

    # -- search: from leaving the debounce to rows in and grid repainted ----------------------
    model = page.model
    searches = []
    original = model.set_query

    def timed_set_query(query):
        marks["query_start"] = time.perf_counter()
        original(query)

    model.set_query = timed_set_query
    for word in WORDS:
        page.search.clear()
        wait_for(lambda: not model.loading)
        run_loop(200)
        marks.pop("query_start", None)
        page.search.setFocus()
        QTest.keyClicks(page.search, word)
        last_key = time.perf_counter()
        wait_for(lambda: "query_start" in marks and not model.loading, 10)
        loaded = time.perf_counter()
        painted_before = len(paints)
        wait_for(lambda n=painted_before: len(paints) > n, 5, step_ms=1)
        painted = paints[-1] if len(paints) > painted_before else loaded
        searches.append(
            {
                "text": word,
                "rows": model.total,
                "query_to_painted_ms": round((painted - marks["query_start"]) * 1000, 1),
                "query_to_rows_ms": round((loaded - marks["query_start"]) * 1000, 1),
                "last_key_to_painted_ms": round((painted - last_key) * 1000, 1),
            }
        )
    model.set_query = original
    result["search"] = searches
    result["search_ms"] = max(s["query_to_painted_ms"] for s in searches)
    page.search.clear()
    wait_for(lambda: not model.loading and model.total == result["products"])
    run_loop(100)

    # -- scroll top to bottom, heartbeat records stalls ---------------------------------------
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(heartbeat.timerType().PreciseTimer)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    bar = page.grid.verticalScrollBar()
    pages = waits = 0
    start = time.perf_counter()
    heartbeat.start(10)
    while True:
        run_loop(20)
        at_end = bar.value() >= bar.maximum()
        if at_end and not model.canFetchMore() and not model.loading:
            break
        before = bar.value()
        bar.setValue(bar.value() + bar.pageStep())
        if bar.value() != before:
            pages += 1
        else:
            waits += 1  # at the bottom, the next page of products is on its way
        if time.perf_counter() - start > 600:
            break
    wait_for(lambda: not window.thumbnails.busy(), 10)
    heartbeat.stop()
    gaps = sorted((b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False))
    result.update(
        {
            "scroll_pages": pages,
            "scroll_waits_for_rows": waits,
            "content_height_px": bar.maximum() + bar.pageStep(),
            "viewport_px": [page.grid.viewport().width(), page.grid.viewport().height()],
            "scroll_rows_loaded": model.rowCount(),
            "scroll_seconds": round(time.perf_counter() - start, 1),
            "longest_stall_ms": round(gaps[-1], 1) if gaps else None,
            "stall_p99_ms": round(gaps[int(len(gaps) * 0.99)], 1) if gaps else None,
            "gaps_over_50ms": sum(1 for g in gaps if g > 50),
            "heartbeats": len(ticks),
        }
    )
    window.close()
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    shutil.rmtree(settings_dir, ignore_errors=True)
    return result


def report(result: dict) -> str:
    lines = [f"bench_gui: {result['products']} products, offscreen, 1366x768"]
    rows = [
        ("first paint with cards", "first_paint_s", "s"),
        ("search (query -> repainted)", "search_ms", "ms"),
        ("longest event-loop stall", "longest_stall_ms", "ms"),
        ("peak memory (RSS)", "peak_rss_mb", "MB"),
    ]
    for label, key, unit in rows:
        value, target = result[key], TARGETS[key]
        verdict = "ok" if value is not None and value < target else "MISSED"
        lines.append(f"  {label:32} {value:>9} {unit:3} target < {target} {unit}  {verdict}")
    lines.append(
        f"  (first paint of anything {result['first_paint_any_s']} s, window built "
        f"{result['window_built_s']} s, imports {result['qt_and_app_imported_s']} s, "
        f"visible covers in {result['visible_covers_in_s']} s)"
    )
    for s in result["search"]:
        lines.append(
            f"  search {s['text']!r}: {s['rows']} rows, query->rows {s['query_to_rows_ms']} ms, "
            f"query->painted {s['query_to_painted_ms']} ms, last key->painted "
            f"{s['last_key_to_painted_ms']} ms (includes the 150 ms debounce)"
        )
    lines.append(
        f"  scrolling: {result['scroll_pages']} viewport pages "
        f"({result['content_height_px']} px of cards in a {result['viewport_px']} viewport; "
        f"{result['scroll_waits_for_rows']} waits at the bottom for rows) in "
        f"{result['scroll_seconds']} s, "
        f"{result['scroll_rows_loaded']} rows fetched, p99 heartbeat gap "
        f"{result['stall_p99_ms']} ms, gaps > 50 ms: {result['gaps_over_50ms']} "
        f"of {result['heartbeats']} heartbeats"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    root = build_library(args.out, args.products)
    print(f"library ready in {time.perf_counter() - start:.1f} s: {root}", file=sys.stderr)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(root)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(done.returncode)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    text = report(result)
    print(text)
    (args.out / "bench_gui.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    (args.out / "bench_gui.txt").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
