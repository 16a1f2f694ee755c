"""Building the demo library: the curated content, then synthetic products up to a count.

Owns `build_demo` and `DemoResult`. Photos are drawn first into a work folder (outside any
transaction), then every record is added through `operations` inside ONE transaction (the
operations join it), so a failure leaves the library as it was and 10,000 products insert fast.
Photos are attached with `operations.attach_photos`, so they go through the real ingest.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .. import operations as ops
from ..domain.entities import Motif, Permit, Producer
from ..domain.errors import NotFound, UserError
from ..store import Library, transaction
from ..store import photos as stored_photos
from . import bulk, content_motifs, content_steps, permit_scans, photos
from .content import curated
from .specs import CREDIT, LICENCE, DemoContent, PermitSpec, PhotoSpec

Progress = Callable[[int, int], None]

# The demo's phone photos are drawn at 2800 x 2100: the A4 hero (174 x 125 mm, the largest box
# a product photo fills) needs 2056 px across at 300 dpi, and a portrait photo cropped into it
# 2741 px along its long side, so this size still prints sharp while drawing takes half the
# time of 4000 x 3000 (measured: demo 21 s -> 12 s on 2 cores). Bounds for `photo_size`:
MIN_PHOTO_SIDE, MAX_PHOTO_SIDE = 16, 6000
DEFAULT_PHOTO_SIZE = (2800, 2100)


@dataclass(frozen=True)
class DemoResult:
    """What the build added (all zero and `skipped` when `if_empty` found products)."""

    producers: int
    products: int
    motifs: int
    photos: int
    permits: int
    skipped: bool = False


class _Steps:
    def __init__(self, total: int, progress: Progress | None):
        self.done, self.total, self.progress = 0, total, progress

    def __call__(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count)
        if self.progress is not None:
            self.progress(self.done, self.total)


@contextmanager
def _folder(workdir: Path | None) -> Iterator[Path]:
    if workdir is not None:
        yield Path(workdir)
        return
    with tempfile.TemporaryDirectory(prefix="tenun-demo-") as tmp:
        yield Path(tmp)


def build_demo(
    lib: Library,
    *,
    products: int | None = None,
    if_empty: bool = False,
    photo_size: tuple[int, int] = DEFAULT_PHOTO_SIZE,
    progress: Progress | None = None,
    workdir: Path | None = None,
) -> DemoResult:
    """Fill `lib` with the curated demo; with `products=N` above the curated count, add
    synthetic products up to N in total (N at or below it gives the curated demo only).

    `if_empty`: do nothing when the library already has products. `photo_size` is the stored
    pixel size of the generated phone photos; they are drawn into `workdir` (kept) or a
    temporary folder (removed). `progress(done, total)` follows every step. The same call gives
    the same content (names, SKUs, photo bytes); only permit dates that must stay "expiring soon"
    follow the calendar. Raises UserError (nothing added) when demo records already exist.
    """
    if if_empty and ops.count_products(lib) > 0:
        return DemoResult(0, 0, 0, 0, 0, skipped=True)
    if not all(MIN_PHOTO_SIDE <= side <= MAX_PHOTO_SIDE for side in photo_size):
        raise UserError(
            f"Ukuran foto contoh harus {MIN_PHOTO_SIDE}–{MAX_PHOTO_SIDE} piksel per sisi.",
            f"The demo photo size must be {MIN_PHOTO_SIDE}–{MAX_PHOTO_SIDE} pixels a side.",
        )
    content = curated()
    _refuse_existing(lib, content)  # before spending time on photos
    extra = max(0, (products or 0) - len(content.products))
    pool = bulk.pool_photos() if extra else []
    specs = [s for p in content.products for s in p.photos]
    specs += [p.photo for p in content.producers if p.photo is not None]
    distinct = {s.filename for s in specs + pool}
    records = len(content.producers) + len(content.motifs) + len(content.products)
    steps = _Steps(len(distinct) + len(specs) + records + len(content.permits) + extra, progress)
    steps(0)  # at once, before the first photo is drawn: a front end can say the work began
    with _folder(workdir) as folder:
        paths = photos.generate(specs + pool, folder, photo_size, steps)
        stored_before = {f.name for f in lib.photos_dir.iterdir()}
        try:
            with transaction(lib.conn):
                result = _add_curated(lib, content, paths, steps, folder)
                if extra:
                    saved = {p.key: p.producer for p in content.producers}
                    motifs = [m.motif for m in content.motifs]
                    more = bulk.add_synthetic(
                        lib, extra, producers=saved, motifs=motifs, pool=pool, paths=paths,
                        step=steps,
                    )  # fmt: skip
                    result = DemoResult(
                        result.producers + more[0], result.products + more[1], result.motifs,
                        result.photos + more[2], result.permits,
                    )  # fmt: skip
        except BaseException:
            _remove_new_originals(lib, paths.values(), stored_before)
            for pattern in ("izin-*.pdf", "surat-izin-*.pdf"):  # permit scans, motif letters
                _remove_new_originals(lib, folder.glob(pattern), stored_before, "pdf")
            raise
    return result


def _refuse_existing(lib: Library, content: DemoContent) -> None:
    taken = {p.name.casefold() for p in ops.list_producers(lib)}
    clash = [s.producer.name for s in content.producers if s.producer.name.casefold() in taken]
    for spec in content.products:
        try:
            clash.append(ops.get_product(lib, spec.product.sku).sku)
        except NotFound:
            pass
    if clash:
        raise UserError(
            f"Pustaka ini sudah berisi data demo ({clash[0]}). Pakai pustaka kosong, atau "
            "lewati demo bila pustaka sudah berisi produk.",
            f"This library already holds demo records ({clash[0]}). Use an empty library, or "
            "skip the demo when the library already has products.",
        )


def _remove_new_originals(
    lib: Library, generated: Iterable[Path], before: set[str], ext: str = "jpg"
) -> None:
    """After a rollback: delete the originals this build stored that no row refers to (the
    ingest names them by the SHA-256 of their bytes), so a failed build leaves photos/ as it
    was."""
    for path in generated:
        if not path.is_file():
            continue
        name = f"{hashlib.sha256(path.read_bytes()).hexdigest()}.{ext}"
        if name not in before and not stored_photos.is_referenced(lib.conn, name):
            (lib.photos_dir / name).unlink(missing_ok=True)


def _add_curated(
    lib: Library, content: DemoContent, paths: dict[str, Path], step: _Steps, folder: Path
) -> DemoResult:
    producers: dict[str, Producer] = {}
    photo_count = 0
    for spec in content.producers:
        ops.add_producer(lib, spec.producer)
        producers[spec.key] = spec.producer
        step()
        if spec.photo is not None:
            photo_count += _attach(lib, spec.producer.id, "producer", [spec.photo], paths, step)
    motifs: dict[str, Motif] = {}
    for spec in content.motifs:
        letter = None
        if spec.motif.has_permission_record:  # its permission letter, scanned (issue 13)
            letter = folder / f"surat-izin-{spec.key}.pdf"
            letter.write_bytes(permit_scans.letter_pdf(spec.motif))
        ops.add_motif(lib, spec.motif, scan=letter)
        motifs[spec.key] = spec.motif
        step()
    for key, narrative in content_motifs.narratives():  # attributed narratives (issue 13)
        ops.add_narrative(lib, motifs[key].id, narrative)
    for spec in content.products:
        product = spec.product
        product.producer_id = producers[spec.producer].id
        product.motif_ids = [motifs[key].id for key in spec.motifs]
        ops.add_product(lib, product)
        step()
        if spec.photos:
            photo_count += _attach(lib, product.sku, "product", list(spec.photos), paths, step)
    for sku, production_step in content_steps.steps():  # production steps (issue 13)
        ops.add_step(lib, sku, production_step)
    for number, spec in enumerate(content.permits):
        permit = _dated(spec, producers[spec.producer].id)
        scan = folder / f"izin-{number:02d}.pdf"  # every demo permit has its scan (issue 11)
        scan.write_bytes(permit_scans.scan_pdf(permit, producers[spec.producer].name))
        ops.add_permit(lib, permit, scan=scan)
        step()
    return DemoResult(
        len(producers), len(content.products), len(motifs), photo_count, len(content.permits)
    )


def _dated(spec: PermitSpec, producer_id: int | None, today: date | None = None) -> Permit:
    permit = spec.permit
    permit.producer_id = producer_id
    if spec.expires_in_days is not None:
        today = today or date.today()
        permit.expires = today + timedelta(days=spec.expires_in_days)
        permit.issued = permit.expires - timedelta(days=spec.valid_days)
    return permit


def _attach(
    lib: Library,
    ref: str | int,
    owner: str,
    specs: list[PhotoSpec],
    paths: dict[str, Path],
    step: _Steps,
) -> int:
    """Attach the photos in order through the real ingest, then give each its role and words."""
    result = ops.attach_photos(lib, ref, [paths[s.filename] for s in specs], owner=owner)
    if result.errors:
        error = result.errors[0]
        raise UserError(error.message_id, error.message_en)
    for change, spec in zip(result.added, specs, strict=True):
        ops.edit_photo(lib, change.after.id, {
            "role": spec.role, "caption_id": spec.caption_id, "caption_en": spec.caption_en,
            "alt_id": spec.alt_id, "alt_en": spec.alt_en, "photographer": CREDIT,
            "licence": LICENCE, "consent": spec.consent,
        })  # fmt: skip
        step()
    return len(result.added)
