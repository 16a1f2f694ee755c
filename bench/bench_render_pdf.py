"""Benchmark: the PDF exhibition catalog at scale, against its floor, its lower bound and naive.

Builds (once, cached in OUT) a library of N products with P DISTINCT 12-megapixel phone-style
JPEGs each (EXIF orientation, synthetic.make_ikat_photo, generated over a process pool on all
cores), then for each size times in ONE run, every phase in its own subprocess (peak RSS is the
child's own, with its children, from resource.getrusage):
  cold   render_pdf with an empty derivative cache (derivatives made over all cores first);
  warm   the same render again (cache filled);
  floor  the same templates with every photo an empty box of the same size (image_mode=blank);
  naive  the same templates pointing at the original photos with EXIF (image_mode=original);
  lower  each source photo decoded once at the reduced size it needs (draft), over all cores,
         plus the warm render: what a cold render cannot beat;
  screen the PDF to share (`render pdf --images screen`: 150 dpi, JPEG quality 75), from an
         empty cache.
Ratios: warm/floor (<= 1.25), naive size/ours (>= 20, for the print and the screen PDF),
cold/lower (<= 1.5), largest/smallest warm time (<= 2.8 for 500/200). Naive is skipped at a size
where the smaller size's naive run, scaled up, would pass 8 minutes or 6 GB. Results go to OUT
and bench/results/.

    python bench/bench_render_pdf.py --products 200 500 --photos-per-product 3 --out /tmp/bench
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ORIENTATIONS = [6, 1, 1, 6, 8, 3]
PALETTES = ["tarum", "mengkudu", "kunyit", "lumpur", "campur"]
NAIVE_LIMIT_S = 8 * 60
NAIVE_LIMIT_MB = 6 * 1024
KIB = 1 if sys.platform != "darwin" else 1 / 1024


# ---------- building the library (cached in OUT) ----------


def make_photo(args: tuple[Path, int, tuple[int, int]]) -> Path:
    from tenun_catalog.images import synthetic

    folder, seed, size = args
    path = folder / f"IMG_{seed:05d}.jpg"
    if path.is_file() and path.stat().st_size > 0:
        return path
    return synthetic.make_ikat_photo(
        path,
        seed=seed,
        size=size,
        orientation=ORIENTATIONS[seed % len(ORIENTATIONS)],
        palette=PALETTES[(seed // 7) % len(PALETTES)],
    )


def ensure_photos(
    folder: Path, count: int, workers: int, size: tuple[int, int] = (4000, 3000)
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    missing = [s for s in range(count) if not (folder / f"IMG_{s:05d}.jpg").is_file()]
    if missing:
        print(f"generating {len(missing)} photos of 12 MP over {workers} processes...", flush=True)
        started = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            for done, _ in enumerate(pool.map(make_photo, [(folder, s, size) for s in missing]), 1):
                if done % 100 == 0:
                    print(f"  {done}/{len(missing)}", flush=True)
        print(f"  made in {time.perf_counter() - started:.0f} s", flush=True)
    return [folder / f"IMG_{s:05d}.jpg" for s in range(count)]


def ensure_library(root: Path, sizes: list[int], per_product: int, photos: list[Path]) -> None:
    from tenun_catalog import images
    from tenun_catalog import operations as ops
    from tenun_catalog.demo import build_demo
    from tenun_catalog.store import transaction

    products = max(sizes)
    marker = root / "bench-ready.json"
    if marker.is_file() and json.loads(marker.read_text()) == [sizes, per_product]:
        return
    if root.exists():
        shutil.rmtree(root)
    print(f"building a library of {products} products...", flush=True)
    started = time.perf_counter()
    with ops.opened(root) as lib:
        # valid, varied records (curated demo + synthetic products), with small pool photos...
        build_demo(lib, products=products, photo_size=(1000, 750))
        # ...then every product gets its own distinct 12 MP photos instead
        stored = images.import_photos(photos, lib.photos_dir, lib.cache_dir)
        bad = [r for r in stored if isinstance(r, images.PhotoError)]
        assert not bad, bad[:3]
        skus = [s.sku for s in ops.list_products(lib, None)]
        with transaction(lib.conn):
            for index, sku in enumerate(sorted(skus)):
                for photo in ops.list_photos(lib, sku):
                    ops.remove_photo(lib, photo.id)
                mine = photos[index * per_product : (index + 1) * per_product]
                ops.attach_photos(lib, sku, mine)
        for size in sizes:
            chosen = tuple(sorted(skus)[:size])
            ops.add_catalog(lib, _catalog(f"bench-{size}"), ops.Selection(skus=chosen))
    marker.write_text(json.dumps([sizes, per_product]))
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def _catalog(name: str):
    from datetime import date

    from tenun_catalog.domain import Catalog

    return Catalog(
        name=name,
        title_id="Tenun dan Sei Kupang",
        title_en="Woven Cloth and Sei of Kupang",
        event_name="Pekan Kriya Kupang 2026",
        event_date=date(2026, 9, 12),
        venue="Taman Nostalgia, Kupang",
        booth="B12",
    )


# ---------- phases (each runs in a child process) ----------


def phase_render(lib_root: Path, catalog: str, mode: str, clear: bool, out: Path) -> dict:
    from tenun_catalog import operations as ops
    from tenun_catalog.export.pdf import render_pdf

    with ops.opened(lib_root, create=False) as lib:
        if clear:  # an empty print cache: only the app's 320 px thumbnails stay
            for path in (lib.cache_dir / "d").rglob("*.jpg"):
                if not path.name.endswith("-320.jpg"):
                    path.unlink()
        marks: dict[str, float] = {}
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            n = (total - 1) // 3
            now = time.perf_counter() - started
            for name, bound in (("context", n), ("images", 2 * n), ("layout", 3 * n)):
                if done >= bound and name not in marks:
                    marks[name] = now

        result = render_pdf(
            lib, out, catalog=catalog, image_mode=mode, progress=progress, subprocess=False
        )
        wall = time.perf_counter() - started
    layout = marks.get("layout", wall) - marks.get("images", 0.0)
    return {
        "wall_s": wall,
        "context_s": marks.get("context", 0.0),
        "images_s": marks.get("images", 0.0) - marks.get("context", 0.0),
        "layout_s": layout,
        "write_s": wall - marks.get("layout", wall),
        "pages": result.pages,
        "products": result.products,
        "pdf_mb": out.stat().st_size / 2**20,
        "warnings": len(result.warnings),
        "layout_ms_per_product": 1000 * layout / max(1, result.products),
    }


def _decode_once(args: tuple[str, int]) -> int:
    from PIL import Image  # the benchmark's own floor, outside the package

    path, long_edge = args
    with Image.open(path) as image:
        width, height = image.size
        scale = long_edge / max(width, height)
        image.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
        image.load()
        return image.width * image.height


def phase_decode(lib_root: Path, catalog: str, workers: int) -> dict:
    """Each source photo the catalog uses, decoded once at the size it needs (draft)."""
    from tenun_catalog import operations as ops
    from tenun_catalog.export.audience import Selection, build_view
    from tenun_catalog.export.context import BuildOptions, build_context
    from tenun_catalog.export.print_images import PrintPlacer, slot_boxes
    from tenun_catalog.render.env import find_theme

    with ops.opened(lib_root, create=False) as lib:
        theme = find_theme("pameran", lib.themes_dir)
        placer = PrintPlacer(lib.photos_dir, lib.cache_dir, slot_boxes(theme.images, "A4", 0))
        found = ops.get_catalog(lib, catalog)
        build_context(build_view(lib, Selection(found)), placer, found, BuildOptions(qr=False))
        need: dict[str, int] = {}
        for name, edge, *_ in placer.jobs:  # once per source, at the largest size it is used
            need[name] = max(edge, need.get(name, 0))
        jobs = [(str(lib.photos_dir / name), edge) for name, edge in need.items()]
    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        pixels = sum(pool.map(_decode_once, jobs, chunksize=8))
    return {
        "wall_s": time.perf_counter() - started,
        "photos": len(jobs),
        "megapixels_decoded": pixels / 1e6,
    }


def child_main(args: argparse.Namespace) -> None:
    lib_root = Path(args.lib)
    if args.phase == "render":
        result = phase_render(lib_root, args.catalog, args.mode, args.clear, Path(args.pdf))
    else:
        result = phase_decode(lib_root, args.catalog, args.workers)
    result["rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * KIB / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * KIB / 1024
    result["rss_children_mb"] = children
    result["peak_rss_mb"] = max(result["rss_self_mb"], children)
    print("RESULT " + json.dumps(result), flush=True)


def run_phase(phase: str, lib: Path, catalog: str, workers: int, **opts) -> dict:
    command = [sys.executable, __file__, "--phase", phase, "--lib", str(lib)]
    command += ["--catalog", catalog, "--workers", str(workers)]
    if phase == "render":
        command += ["--mode", opts["mode"], "--pdf", str(opts["pdf"])]
        if opts.get("clear"):
            command.append("--clear")
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=opts.get("timeout"), check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"phase {phase} {opts} failed:\n{done.stderr[-3000:]}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[len("RESULT ") :])
    result["process_wall_s"] = time.perf_counter() - started
    return result


# ---------- report ----------


def report(sizes: list[int], per_product: int, res: dict, notes: list[str]) -> str:
    lines = [
        f"bench_render_pdf: theme pameran, A4, {per_product} distinct 12 MP JPEGs per product,"
        f" {os.cpu_count()} cores, Python {sys.version.split()[0]}",
        "",
        f"{'products':>8} {'phase':<7} {'wall s':>8} {'peak RSS MB':>12} {'PDF MB':>9}"
        f" {'pages':>6} {'layout ms/prod':>15}",
    ]
    for n in sizes:
        for phase in ("cold", "warm", "floor", "naive", "lower", "screen"):
            r = res[n].get(phase)
            if r is None:
                lines.append(f"{n:>8} {phase:<7} {'skipped':>8}")
                continue
            pdf = f"{r['pdf_mb']:9.1f}" if "pdf_mb" in r else f"{'-':>9}"
            pages = f"{r['pages']:6d}" if "pages" in r else f"{'-':>6}"
            per = f"{r['layout_ms_per_product']:15.1f}" if "layout_ms_per_product" in r else ""
            lines.append(
                f"{n:>8} {phase:<7} {r['wall_s']:8.1f} {r['peak_rss_mb']:12.0f} {pdf} {pages} {per}"
            )
        cold, warm = res[n]["cold"], res[n]["warm"]
        lines.append(
            f"{'':>8} cold stages: context {cold['context_s']:.1f} s, derivatives"
            f" {cold['images_s']:.1f} s, layout {cold['layout_s']:.1f} s, write"
            f" {cold['write_s']:.1f} s; warm layout {warm['layout_s']:.1f} s,"
            f" write {warm['write_s']:.1f} s"
        )
    lines += ["", "ratios (target):"]
    for n in sizes:
        r = res[n]
        lines.append(f"  {n} products:")
        lines.append(
            f"    warm / floor        {r['warm']['wall_s'] / r['floor']['wall_s']:6.2f}  (<= 1.25)"
        )
        if r.get("naive"):
            ratio = r["naive"]["pdf_mb"] / r["warm"]["pdf_mb"]
            lines.append(f"    naive PDF / print   {ratio:6.1f}  (>= 20; 300 dpi, q85)")
            if r.get("screen"):
                ratio = r["naive"]["pdf_mb"] / r["screen"]["pdf_mb"]
                lines.append(f"    naive PDF / screen  {ratio:6.1f}  (>= 20; 150 dpi, q75)")
            speed = r["naive"]["wall_s"] / r["warm"]["wall_s"]
            lines.append(f"    naive time / warm   {speed:6.1f}")
        lower = r["lower"]["wall_s"]
        lines.append(f"    cold / lower bound  {r['cold']['wall_s'] / lower:6.2f}  (<= 1.5)")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        ratio = res[large]["warm"]["wall_s"] / res[small]["warm"]["wall_s"]
        target = 2.8 * (large / small) / 2.5  # 2.8 for 500/200: linear plus 12 %
        lines.append(f"  warm {large}/{small} time      {ratio:6.2f}  (<= {target:.2f})")
    lines += ["", *notes]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, nargs="+", default=[200, 500])
    parser.add_argument("--photos-per-product", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "render_pdf_work"))
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--photo-size", default="4000x3000", help="stored size (to try the script)")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--lib", help=argparse.SUPPRESS)
    parser.add_argument("--catalog", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--pdf", help=argparse.SUPPRESS)
    parser.add_argument("--clear", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child_main(args)
        return

    sizes = sorted(set(args.products))
    per = args.photos_per_product
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(v) for v in args.photo_size.lower().split("x"))
    folder = out / ("source-photos" if size == (4000, 3000) else f"source-photos-{args.photo_size}")
    photos = ensure_photos(folder, sizes[-1] * per, args.workers, size)
    lib = out / f"library-{sizes[-1]}x{per}"
    ensure_library(lib, sizes, per, photos)
    results: dict[int, dict] = {}
    notes: list[str] = []
    naive_seen: tuple[int, dict] | None = None
    for n in sizes:
        catalog = f"bench-{n}"
        pdf = out / f"catalog-{n}.pdf"
        res: dict = {}
        print(f"{n} products: cold...", flush=True)
        res["cold"] = run_phase(
            "render", lib, catalog, args.workers, mode="print", pdf=pdf, clear=True
        )
        print(f"{n} products: warm...", flush=True)
        res["warm"] = run_phase("render", lib, catalog, args.workers, mode="print", pdf=pdf)
        print(f"{n} products: floor...", flush=True)
        res["floor"] = run_phase(
            "render", lib, catalog, args.workers, mode="blank", pdf=out / f"floor-{n}.pdf"
        )
        print(f"{n} products: lower bound...", flush=True)
        decode = run_phase("decode", lib, catalog, args.workers)
        res["lower"] = {
            "wall_s": decode["wall_s"] + res["warm"]["wall_s"],
            "decode_s": decode["wall_s"],
            "peak_rss_mb": max(decode["peak_rss_mb"], res["warm"]["peak_rss_mb"]),
            "photos": decode["photos"],
        }
        notes.append(
            f"lower bound {n}: {decode['photos']} photos decoded once at reduced size"
            f" ({decode['megapixels_decoded']:.0f} MP) in {decode['wall_s']:.1f} s"
            f" on {args.workers} processes, + warm render {res['warm']['wall_s']:.1f} s"
        )
        run_naive = not args.skip_naive
        if run_naive and naive_seen is not None:
            small, seen = naive_seen
            scale = n / small
            guess_s, guess_mb = seen["wall_s"] * scale, seen["peak_rss_mb"] * scale
            if guess_s > NAIVE_LIMIT_S or guess_mb > NAIVE_LIMIT_MB:
                run_naive = False
                notes.append(
                    f"naive {n}: skipped, {small} took {seen['wall_s']:.0f} s and"
                    f" {seen['peak_rss_mb']:.0f} MB, so {n} would take about {guess_s:.0f} s"
                    f" and {guess_mb:.0f} MB (limits {NAIVE_LIMIT_S} s, {NAIVE_LIMIT_MB} MB)"
                )
        if run_naive:
            print(f"{n} products: naive...", flush=True)
            naive_pdf = out / f"naive-{n}.pdf"
            try:
                res["naive"] = run_phase(
                    "render", lib, catalog, args.workers, mode="original", pdf=naive_pdf,
                    timeout=NAIVE_LIMIT_S * 2,
                )  # fmt: skip
                naive_seen = (n, res["naive"])
            except subprocess.TimeoutExpired:
                notes.append(f"naive {n}: stopped after {NAIVE_LIMIT_S * 2} s")
            naive_pdf.unlink(missing_ok=True)  # gigabytes; the size is in the report
        print(f"{n} products: screen...", flush=True)
        res["screen"] = run_phase(
            "render", lib, catalog, args.workers, mode="screen", pdf=out / f"screen-{n}.pdf",
            clear=True,
        )  # fmt: skip
        results[n] = res
    text = report(sizes, per, results, notes)
    print("\n" + text)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for folder in (out, ROOT / "bench" / "results"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "bench_render_pdf.txt").write_text(text + "\n", encoding="utf-8")
        (folder / "bench_render_pdf.json").write_text(
            json.dumps({"stamp": stamp, "sizes": sizes, "results": results}, indent=2)
        )


if __name__ == "__main__":
    main()
