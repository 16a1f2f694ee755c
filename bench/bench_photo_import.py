"""Benchmark: importing phone photos, naive Pillow loop vs tenun_catalog.images.import_photos.

Makes N distinct 12-megapixel phone-style JPEGs with EXIF orientation
(synthetic.make_ikat_photo, one seed each), then times in one run:
  (a) naive, one process: Image.open + full load() + exif_transpose + LANCZOS resize to the
      thumbnail + save, per photo;
  (b) import_photos into an empty library (cold: validate + store + thumbnail);
  (c) import_photos of the same photos again (everything already stored: hash only).
Each phase runs in its own subprocess so its peak RSS (self and its children, from
resource.getrusage) is its own. Prints a report and writes it to OUT/bench_photo_import.*.

    python bench/bench_photo_import.py --n 100 --out bench/results
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

THUMB = 320
ORIENTATIONS = [6, 6, 8, 1, 3]
PALETTES = ["tarum", "mengkudu", "kunyit", "lumpur", "campur"]


def make_photo(args: tuple[Path, int]) -> Path:
    from tenun_catalog.images import synthetic

    folder, seed = args
    return synthetic.make_ikat_photo(
        folder / f"IMG_{seed:04d}.jpg",
        seed=seed,
        size=(4000, 3000),
        orientation=ORIENTATIONS[seed % len(ORIENTATIONS)],
        palette=PALETTES[(seed // len(ORIENTATIONS)) % len(PALETTES)],
    )


def phase_naive(photos: list[Path], work: Path) -> dict:
    from PIL import Image, ImageOps  # the benchmark's own baseline, outside the package

    out = work / "naive"
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for path in photos:
        with Image.open(path) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            scale = THUMB / max(upright.size)
            size = (max(1, round(upright.width * scale)), max(1, round(upright.height * scale)))
            upright.resize(size, Image.Resampling.LANCZOS).save(
                out / f"{path.stem}.jpg", quality=88
            )
    return {"seconds": time.perf_counter() - start}


def phase_import(photos: list[Path], work: Path, workers: int | None) -> dict:
    from tenun_catalog.images import PhotoError, import_photos

    start = time.perf_counter()
    results = import_photos(
        photos, work / "lib" / "photos", work / "lib" / "cache", workers=workers
    )
    seconds = time.perf_counter() - start
    errors = [str(r) for r in results if isinstance(r, PhotoError)]
    present = sum(1 for r in results if not isinstance(r, PhotoError) and r.already_present)
    return {"seconds": seconds, "errors": errors, "already_present": present}


def run_phase(name: str, photo_dir: Path, work: Path, workers: int | None) -> dict:
    """Run one phase in a fresh interpreter; returns its timings and peak RSS."""
    command = [
        sys.executable,
        __file__,
        "--phase",
        name,
        "--photos",
        str(photo_dir),
        "--work",
        str(work),
    ]
    if workers:
        command += ["--workers", str(workers)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_main(args: argparse.Namespace) -> None:
    photos = sorted(Path(args.photos).glob("*.jpg"))
    work = Path(args.work)
    if args.phase == "naive":
        result = phase_naive(photos, work)
    else:
        result = phase_import(photos, work, args.workers)
    kib = 1 if sys.platform != "darwin" else 1 / 1024  # ru_maxrss: KiB on Linux, bytes on macOS
    result["rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 1024
    result["rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib / 1024
    print(json.dumps(result))


def report(n: int, made: float, phases: dict[str, dict], workers: int | None) -> str:
    from PIL import __version__ as pillow_version
    from PIL import features

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    naive, cold, again = phases["naive"], phases["cold"], phases["second"]
    lines = [
        f"bench_photo_import: {n} synthetic 4000x3000 phone JPEGs with EXIF orientation",
        f"  machine: {cores} cores, Python {sys.version.split()[0]}, Pillow {pillow_version}, "
        f"libjpeg-turbo {features.check_feature('libjpeg_turbo')}, "
        f"workers={workers or 'all cores'}",
        f"  photos generated in {made:.1f} s (not timed below)",
        "",
        f"  {'phase':44} {'wall s':>8} {'ms/photo':>9} {'peak RSS MB (self / children)':>31}",
    ]
    names = {
        "naive": "(a) naive: open+load+exif_transpose+LANCZOS",
        "cold": "(b) import_photos, empty library (cold)",
        "second": "(c) import_photos again (already stored)",
    }
    for key, label in names.items():
        phase = phases[key]
        lines.append(
            f"  {label:44} {phase['seconds']:8.2f} {1000 * phase['seconds'] / n:9.1f} "
            f"{phase['rss_self_mb']:18.0f} / {phase['rss_children_mb']:.0f}"
        )
    lines += [
        "",
        f"  ratio naive / ours (cold):   {naive['seconds'] / cold['seconds']:.1f}x",
        f"  ratio naive / second import: {naive['seconds'] / again['seconds']:.1f}x",
        f"  cold import errors: {len(cold['errors'])}; second import already present: "
        f"{again['already_present']}/{n}",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="number of photos (default 100)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--workers", type=int, default=None, help="import workers (default: all)")
    parser.add_argument("--phase", choices=["naive", "cold", "second"], help=argparse.SUPPRESS)
    parser.add_argument("--photos", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child_main(args)
        return
    with tempfile.TemporaryDirectory(prefix="bench-photo-") as tmp:
        tmp_path = Path(tmp)
        photo_dir = tmp_path / "phone"
        photo_dir.mkdir()
        start = time.perf_counter()
        with ProcessPoolExecutor() as pool:
            list(pool.map(make_photo, [(photo_dir, seed) for seed in range(args.n)]))
        made = time.perf_counter() - start
        phases = {
            name: run_phase(name, photo_dir, tmp_path / "work", args.workers)
            for name in ("naive", "cold", "second")
        }
    text = report(args.n, made, phases, args.workers)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench_photo_import.txt").write_text(text + "\n", encoding="utf-8")
    (args.out / "bench_photo_import.json").write_text(
        json.dumps(phases, indent=2), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
