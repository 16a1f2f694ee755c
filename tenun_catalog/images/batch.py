"""Batch photo import over a process pool.

Owns `import_photos`: runs `ingest.import_one` (validate + store + thumbnail from one
reduced decode) for many files on all cores, reports progress in the calling process and
returns results in input order, a PhotoError in place of each refused file.

Workers are started with "spawn" on every platform, never "fork": the GUI has Qt threads
running and forking a threaded process can deadlock. Starting two workers costs about 0.2 s,
so small batches (fewer than SMALL_BATCH photos, when `workers` is not given) run in this
process. The caller's main module must be import-safe (`if __name__ == "__main__":`), as
usual for multiprocessing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from ..processes import process_pool
from .derivatives import THUMB_PX
from .errors import PhotoError, photo_error
from .ingest import StoredPhoto, import_one

SMALL_BATCH = 4
Result = StoredPhoto | PhotoError
Progress = Callable[[int, int], None]


def import_photos(
    paths: Sequence[Path],
    photos_dir: Path,
    cache_dir: Path,
    *,
    thumb_px: int = THUMB_PX,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """Validate, store and thumbnail each path; results in the same order as `paths`.

    `workers=None` uses every available core (a batch of fewer than SMALL_BATCH photos runs
    in this process), `workers=1` runs in this process.
    `progress(done, total)` is called in this process after each photo. The same bytes
    appearing twice in `paths` are stored once; the later entries say `already_present`.
    """
    items = [Path(p) for p in paths]
    photos_dir, cache_dir = Path(photos_dir), Path(cache_dir)
    total = len(items)
    results: list[Result | None] = [None] * total
    count = min(workers or _available_cores(), total)
    if workers is None and total < SMALL_BATCH:
        count = 1
    if count <= 1:
        for index, path in enumerate(items):
            results[index] = import_one(path, photos_dir, cache_dir, thumb_px)
            if progress is not None:
                progress(index + 1, total)
    else:
        _run_pool(items, photos_dir, cache_dir, thumb_px, count, results, progress)
    return _mark_repeats([r for r in results if r is not None])


def _run_pool(
    items: list[Path],
    photos_dir: Path,
    cache_dir: Path,
    thumb_px: int,
    count: int,
    results: list[Result | None],
    progress: Progress | None,
) -> None:
    done = 0
    total = len(items)
    # A worker killed (out of memory, a crashing decoder) breaks the whole pool: retry the
    # unfinished photos once in a fresh pool, then report them as unreadable.
    for attempt in range(2):
        todo = [i for i, r in enumerate(results) if r is None]
        if not todo:
            return
        with process_pool(min(count, len(todo))) as pool:  # workers end if this process dies
            futures: dict[Future[Result], int] = {
                pool.submit(import_one, items[i], photos_dir, cache_dir, thumb_px): i for i in todo
            }
            for future in as_completed(futures):
                index = futures[future]
                try:
                    results[index] = future.result()
                except BrokenProcessPool:
                    if attempt == 0:
                        continue
                    results[index] = photo_error(
                        "unreadable",
                        items[index],
                        detail=("proses pembaca foto berhenti", "the photo worker process stopped"),
                    )
                done += 1
                if progress is not None:
                    progress(done, total)


def _mark_repeats(results: list[Result]) -> list[Result]:
    """Later copies of bytes stored earlier in the same batch are `already_present`."""
    seen: set[str] = set()
    marked: list[Result] = []
    for result in results:
        if isinstance(result, StoredPhoto):
            if result.sha256 in seen and not result.already_present:
                result = replace(result, already_present=True)
            seen.add(result.sha256)
        marked.append(result)
    return marked


def _available_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1
