"""Benchmark: the officer's overview and the legality report at city scale (issue 16).

Builds (once, cached in OUT/overview-library-<P>x<N>) a demo library of P producers and N
products (`demo --products N --producers P`, 320x240 photos: photos play no part here), then
measures, each in a fresh child process so memory and imports are the measurement's own, three
runs of each:
  overview computed   operations.overview.overview(lib) on a fresh connection (SQL aggregates);
  overview painted    offscreen app: from showing the Ringkasan page to its numbers and charts
                      painted (the count runs on the background runner);
  report PDF          `report legality --out FILE.pdf` through the CLI's main();
  report XLSX         `report legality --out FILE.xlsx`;
  memory              peak RSS of each child (ru_maxrss).
Wall-clock and CPU seconds (user + system of the child; the painted figure's CPU includes the
runner thread) are both kept: on a shared machine the wall clock also counts the others' work.
Prints the median and the spread (min-max) of three runs and writes them as JSON.
Targets: overview painted < 1 s, report PDF < 60 s, memory < 600 MB.

    QT_QPA_PLATFORM=offscreen python bench/bench_overview.py [--producers 17000]
        [--products 85000] [--runs 3] [--out bench/results]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGETS = {"overview_painted_s": 1.0, "report_pdf_s": 60.0, "peak_rss_mb": 600}
MAX_RUNS = 9  # bound: each run of the PDF takes up to a minute


def build_library(out: Path, producers: int, products: int) -> Path:
    root = out / f"overview-library-{producers}x{products}"
    marker = root / ".complete"
    if marker.exists():
        return root
    if root.exists():
        shutil.rmtree(root)
    start = time.perf_counter()
    command = [sys.executable, "-m", "tenun_catalog", "--library", str(root), "demo"]
    command += ["--products", str(products), "--producers", str(producers)]
    subprocess.run([*command, "--photo-size", "320x240"], check=True, cwd=ROOT)
    marker.write_text(f"built in {time.perf_counter() - start:.1f} s\n", encoding="utf-8")
    return root


CHILD = {
    "overview": """
import time, resource, json, sys
t0 = time.perf_counter()
from tenun_catalog import operations as ops
from tenun_catalog.operations.overview import overview
with ops.opened(sys.argv[1], create=False) as lib:
    r = resource.getrusage(resource.RUSAGE_SELF); c0 = r.ru_utime + r.ru_stime
    t = time.perf_counter(); o = overview(lib); s = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_SELF); cpu = r.ru_utime + r.ru_stime - c0
print(json.dumps({"seconds": s, "cpu": cpu, "producers": o.producers, "products": o.products,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""",
    "painted": """
import os, time, resource, json, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings, QEvent, QObject
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
from PySide6.QtWidgets import QApplication
from tenun_catalog.gui import app as gapp
gapp.application()
w = gapp.open_window(sys.argv[1], "id")
w.resize(1366, 800); w.show()
for _ in range(20): QApplication.processEvents()
page = w.overview
painted = []
class Paints(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and page.data is not None:
            painted.append(time.perf_counter())
        return False
spy = Paints(); page.ready_chart.viewport().installEventFilter(spy)
r = resource.getrusage(resource.RUSAGE_SELF); c0 = r.ru_utime + r.ru_stime
t = time.perf_counter()
w.show_page("overview")
end = t + 60
while not painted and time.perf_counter() < end:
    QApplication.processEvents(); time.sleep(0.001)
s = painted[0] - t if painted else float("nan")
r = resource.getrusage(resource.RUSAGE_SELF); cpu = r.ru_utime + r.ru_stime - c0
n = page.data.producers if page.data else None
print(json.dumps({"seconds": s, "cpu": cpu, "producers": n,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
sys.stdout.flush(); os._exit(0)
""",
    "report": """
import time, resource, json, sys, contextlib, io
from tenun_catalog.cli import main
r = resource.getrusage(resource.RUSAGE_SELF); c0 = r.ru_utime + r.ru_stime
t = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["--library", sys.argv[1], "report", "legality", "--out", sys.argv[2]])
s = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_SELF); cpu = r.ru_utime + r.ru_stime - c0
size = __import__("os").path.getsize(sys.argv[2])
print(json.dumps({"seconds": s, "cpu": cpu, "code": code, "bytes": size,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""",
}


def child(kind: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", CHILD[kind], *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def summary(values: list[float]) -> dict:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": values,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--producers", type=int, default=17_000)
    parser.add_argument("--products", type=int, default=85_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--library", type=Path, help="an existing library to measure instead")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    runs = max(1, min(args.runs, MAX_RUNS))
    args.out.mkdir(parents=True, exist_ok=True)
    root = args.library or build_library(args.out, args.producers, args.products)
    results: dict[str, object] = {"library": str(root)}
    measured: dict[str, list[dict]] = {"overview": [], "painted": [], "pdf": [], "xlsx": []}
    for _ in range(runs):
        measured["overview"].append(child("overview", str(root)))
        measured["painted"].append(child("painted", str(root)))
        for suffix in ("pdf", "xlsx"):
            target = args.out / f"legalitas.{suffix}"
            measured[suffix].append(child("report", str(root), str(target)))
    for key, items in measured.items():
        results[f"{key}_s"] = summary([m["seconds"] for m in items])
        results[f"{key}_cpu_s"] = summary([m["cpu"] for m in items])
        results[f"{key}_rss_mb"] = summary([m["rss_mb"] for m in items])
    results["producers"] = measured["overview"][0]["producers"]
    results["products"] = measured["overview"][0]["products"]
    results["targets"] = TARGETS
    text = json.dumps(results, indent=2)
    print(text)
    name = f"overview-{results['producers']}x{results['products']}.json"
    (args.out / name).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
