"""Generating the demo's synthetic phone photos into a work folder, in parallel when worth it.

Owns `generate`: draws every distinct PhotoSpec once (through images.synthetic, the only place
that may use Pillow) and returns where each one was written. Large photos are drawn on several
cores with a "spawn" process pool (never fork: the app has Qt threads); small ones, as in tests,
are drawn in this process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..images import synthetic
from ..processes import process_pool
from .specs import PhotoSpec

Step = Callable[[], None]
# Below this many pixels per photo (about 2 MP) drawing in this process is faster overall.
PARALLEL_MIN_PIXELS = 2_000_000
PARALLEL_MIN_PHOTOS = 6


def draw(spec: PhotoSpec, path: Path, size: tuple[int, int]) -> Path:
    """Draw one photo. `size` is the stored pixel size (landscape, as a phone sensor writes)."""
    if spec.maker == "ikat":
        return synthetic.make_ikat_photo(
            path, spec.seed, size=size, orientation=spec.orientation, palette=spec.palette
        )
    if spec.maker == "sei":
        return synthetic.make_sei_photo(
            path, spec.seed, size=size, orientation=spec.orientation, kind=spec.sei_kind
        )
    if spec.maker == "group":
        return synthetic.make_portrait_group_photo(
            path, spec.seed, size=size, orientation=spec.orientation, people=spec.people
        )
    raise ValueError(f"unknown photo maker {spec.maker!r}")


def generate(
    specs: Iterable[PhotoSpec],
    folder: Path,
    size: tuple[int, int],
    step: Step | None = None,
    workers: int | None = None,
) -> dict[str, Path]:
    """Draw each distinct photo into `folder`; returns {spec.filename: path}. `step()` is called
    once per photo drawn. Deterministic: a spec always gives the same bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    todo = {s.filename: s for s in specs}
    paths = {name: folder / name for name in todo}
    count = workers if workers is not None else min(4, os.cpu_count() or 1)
    parallel = (
        count > 1 and len(todo) >= PARALLEL_MIN_PHOTOS and size[0] * size[1] >= PARALLEL_MIN_PIXELS
    )
    done: set[str] = set()
    if parallel:
        try:
            _draw_in_pool(todo, paths, size, count, step, done)
        except (BrokenProcessPool, OSError):
            pass  # no worker processes here (sandbox, frozen app): draw the rest in this process
    for name, spec in todo.items():
        if name in done:
            continue
        draw(spec, paths[name], size)
        if step is not None:
            step()
    return paths


def _draw_in_pool(
    todo: dict[str, PhotoSpec],
    paths: dict[str, Path],
    size: tuple[int, int],
    count: int,
    step: Step | None,
    done: set[str],
) -> None:
    with process_pool(count) as pool:  # spawned workers that end if this process dies
        futures = {pool.submit(draw, spec, paths[name], size): name for name, spec in todo.items()}
        for future in as_completed(futures):
            future.result()
            done.add(futures[future])
            if step is not None:
                step()
