"""Photo actions: attach files to a product, producer or motif; caption, reorder, cover, remove.

Originals are stored by content hash before the rows are written in one transaction; if that
transaction fails, originals that this call added (and nothing else references) are removed again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import images
from ..domain import fields
from ..domain.entities import Photo
from ..domain.errors import NotFound, UserError
from ..store import Library, photos, transaction
from .changes import Change, apply_changes
from .records import get_motif, get_producer, get_product

Progress = Callable[[int, int], None]


@dataclass
class PhotoImport:
    """What attaching a batch of files did: photos added, and files refused with the reason."""

    added: list[Change] = field(default_factory=list)
    errors: list[images.PhotoError] = field(default_factory=list)


def _owner(lib: Library, owner: str, ref: str | int) -> tuple[str, int]:
    if owner == "product":
        return "product_id", get_product(lib, str(ref)).id
    if owner == "producer":
        return "producer_id", get_producer(lib, ref).id
    if owner == "motif":
        return "motif_id", get_motif(lib, ref).id
    raise ValueError(owner)


def attach_photos(
    lib: Library,
    ref: str | int,
    paths: Sequence[Path],
    *,
    owner: str = "product",
    role: str | None = None,
    progress: Progress | None = None,
) -> PhotoImport:
    """Import files and attach them in order. Bad files are reported; the good ones still land."""
    column, owner_id = _owner(lib, owner, ref)
    results = images.import_photos(
        [Path(p) for p in paths], lib.photos_dir, lib.cache_dir, progress=progress
    )
    outcome = PhotoImport(errors=[r for r in results if isinstance(r, images.PhotoError)])
    stored = [r for r in results if isinstance(r, images.StoredPhoto)]
    try:
        with transaction(lib.conn):
            existing = len(photos.for_owner(lib.conn, column, owner_id))
            for index, item in enumerate(stored):
                photo = Photo(
                    sha256=item.sha256,
                    filename=item.filename,
                    width=item.width,
                    height=item.height,
                    format=item.format,
                    byte_size=item.byte_size,
                    original_name=item.original_name,
                    role=role or default_role(owner, existing + index),
                )
                setattr(photo, column, owner_id)
                photos.insert(lib.conn, photo)
                outcome.added.append(Change("created", "photo", str(photo.id), None, photo))
    except BaseException:
        for item in stored:
            if not item.already_present and not photos.is_referenced(lib.conn, item.filename):
                (lib.photos_dir / item.filename).unlink(missing_ok=True)
        raise
    return outcome


def default_role(owner: str, position: int) -> str:
    """The role a newly attached photo gets: the first is the main photo, later ones details."""
    if owner == "producer":
        return "produsen"
    return "utama" if position == 0 else "detail_motif"


def get_photo(lib: Library, photo_id: int) -> Photo:
    found = photos.get(lib.conn, int(photo_id))
    if found is None:
        raise NotFound(f"Foto nomor {photo_id} tidak ditemukan.", f"Photo {photo_id} not found.")
    return found


def list_photos(lib: Library, ref: str | int, owner: str = "product") -> list[Photo]:
    column, owner_id = _owner(lib, owner, ref)
    return photos.for_owner(lib.conn, column, owner_id)


def product_photos(lib: Library, product_id: int) -> list[Photo]:
    """The photos of a product already loaded (`list_photos` by id, without loading it again:
    the audience view asks this for every product of a catalog)."""
    return photos.for_owner(lib.conn, "product_id", product_id)


def edit_photo(lib: Library, photo_id: int, changes: Mapping[str, Any]) -> Change:
    """Caption, alt text, role, credit, consent."""
    with transaction(lib.conn):
        before = get_photo(lib, photo_id)
        applied = apply_changes("photo", before, changes)
        if not applied.changed:
            return Change("unchanged", "photo", str(before.id), before, before)
        fields.check_lengths("photo", applied.record, applied.changed)
        photos.update(lib.conn, applied.record)
    return Change(
        "updated", "photo", str(before.id), before, applied.record, tuple(applied.changed)
    )


def reorder_photos(lib: Library, sku: str, photo_ids: Sequence[int]) -> Change:
    """Put a product's photos in the given order (all of its photos, each once)."""
    with transaction(lib.conn):
        product = get_product(lib, sku)
        current = photos.for_owner(lib.conn, "product_id", product.id)
        before = [p.id for p in current]
        if sorted(before) != sorted(photo_ids) or len(set(photo_ids)) != len(photo_ids):
            raise UserError(
                "Urutan foto harus memuat setiap foto produk ini tepat satu kali.",
                "The new order must list each of this product's photos exactly once.",
            )
        photos.set_order(lib.conn, list(photo_ids))
    return Change("updated", "photo_order", product.sku, before, list(photo_ids), ("position",))


def set_cover(lib: Library, photo_id: int) -> Change:
    """Make a photo the first (cover) photo of its product, keeping the others' order."""
    photo = get_photo(lib, photo_id)
    if photo.product_id is None:
        raise UserError(
            "Hanya foto produk yang bisa jadi sampul.", "Only a product photo can be the cover."
        )
    sku = _sku_of(lib, photo.product_id)
    order = [p.id for p in photos.for_owner(lib.conn, "product_id", photo.product_id)]
    order.remove(photo.id)
    return reorder_photos(lib, sku, [photo.id, *order])


def remove_photo(lib: Library, photo_id: int) -> Change:
    """Detach a photo. The original stays in photos/ (content-addressed) so undo can restore it."""
    with transaction(lib.conn):
        before = get_photo(lib, photo_id)
        photos.delete(lib.conn, before.id)
    return Change("deleted", "photo", str(before.id), before, None)


def restore_photo(lib: Library, photo: Photo) -> Change:
    """Undo of remove_photo: the same record back in its old place."""
    with transaction(lib.conn):
        restored = dataclasses.replace(photo)
        position = restored.position
        photos.insert(lib.conn, restored)
        column, owner_id = photos.owner_of(restored)
        order = [p.id for p in photos.for_owner(lib.conn, column, owner_id) if p.id != restored.id]
        order.insert(min(position, len(order)), restored.id)
        photos.set_order(lib.conn, order)
    return Change("created", "photo", str(restored.id), None, restored)


def photo_path(lib: Library, photo: Photo) -> Path:
    return lib.stored_file(photo.filename)


def thumbnail(lib: Library, photo: Photo, long_edge: int = images.THUMB_PX) -> Path:
    """The cached derivative for display (made now if missing)."""
    return images.ensure_derivative(lib.photos_dir, lib.cache_dir, photo.filename, long_edge)


def _sku_of(lib: Library, product_id: int) -> str:
    row = lib.conn.execute("SELECT sku FROM products WHERE id = ?", (product_id,)).fetchone()
    return row[0]
