"""Benchmark: the web catalog export (tenun_catalog.export.html.render_html) of N products.

Builds a demo library with N products (demo.build_demo: curated content plus synthetic products
that share a pool of phone photos), then times:
  (a) cold: empty derivative cache, fresh output folder (makes every JPEG and WebP);
  (b) warm: cache filled, fresh output folder (the target: 2,000 products under 15 s);
  (c) re-export: cache filled, replacing the previous export in place.
Prints wall time, ms per product, number of files and folder size; writes the report to
OUT/bench_render_html.json.

    python bench/bench_render_html.py --products 2000 --out bench/results
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_WARM_S = 15.0


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def timed(label: str, run) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"  {label:<10} {seconds:7.2f} s", flush=True)
    return seconds, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--photo-size", default="2000x1500", help="stored pixel size, WxH")
    parser.add_argument("--keep", action="store_true", help="keep the library and exports")
    args = parser.parse_args()

    from tenun_catalog import operations as ops
    from tenun_catalog.demo import build_demo
    from tenun_catalog.export.html import render_html

    width, height = (int(x) for x in args.photo_size.lower().split("x"))
    work = Path(tempfile.mkdtemp(prefix="bench-html-"))
    report: dict[str, object] = {"products": args.products, "photo_size": [width, height]}
    try:
        lib = ops.open_or_create(work / "library")
        print(f"Building a demo library of {args.products} products ...", flush=True)
        seconds, demo = timed(
            "demo", lambda: build_demo(lib, products=args.products, photo_size=(width, height))
        )
        report["demo_s"] = round(seconds, 2)
        report["photos"] = demo.photos
        report["distinct_photos"] = len(list(lib.photos_dir.rglob("*.*")))
        shutil.rmtree(lib.cache_dir, ignore_errors=True)  # cold means no derivative at all
        lib.cache_dir.mkdir()

        print("Exporting the web catalog ...", flush=True)
        cold_s, cold = timed("cold", lambda: render_html(lib, work / "cold"))
        warm_s, warm = timed("warm", lambda: render_html(lib, work / "warm"))
        again_s, _ = timed("re-export", lambda: render_html(lib, work / "warm"))
        files, size = folder_size(work / "warm")
        index_kb = (work / "warm" / "index.html").stat().st_size / 1024
        pages = warm.pages
        report.update(
            cold_s=round(cold_s, 2),
            warm_s=round(warm_s, 2),
            reexport_s=round(again_s, 2),
            pages=pages,
            cold_ms_per_product=round(1000 * cold_s / max(1, pages), 2),
            warm_ms_per_product=round(1000 * warm_s / max(1, pages), 2),
            files=files,
            folder_mb=round(size / 2**20, 1),
            img_files=len(list((work / "warm" / "img").iterdir())),
            index_kb=round(index_kb, 1),
            withheld=warm.withheld,
            target_warm_s=TARGET_WARM_S,
            warm_ok=warm_s < TARGET_WARM_S,
        )
        assert cold.pages == warm.pages == args.products
        lib.close()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")

    print()
    print(f"products           {report['products']}  ({report['distinct_photos']} distinct photos)")
    print(f"cold export        {report['cold_s']} s  ({report['cold_ms_per_product']} ms/product)")
    print(f"warm export        {report['warm_s']} s  ({report['warm_ms_per_product']} ms/product)")
    print(f"re-export in place {report['reexport_s']} s")
    print(f"folder             {report['files']} files, {report['folder_mb']} MB "
          f"({report['img_files']} images), index.html {report['index_kb']} KB")  # fmt: skip
    verdict = "OK" if report["warm_ok"] else "TOO SLOW"
    print(f"target             warm < {TARGET_WARM_S:.0f} s: {verdict}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench_render_html.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0 if report["warm_ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
