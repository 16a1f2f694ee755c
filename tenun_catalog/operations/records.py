"""Create, edit and remove producers, products, motifs (and their narratives), permits; find
them by what people type.

Every function runs in one transaction and returns a Change (before/after) for display and undo.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..domain import fields, rules, vocab
from ..domain.entities import (
    Motif,
    Narrative,
    Permit,
    Photo,
    Producer,
    Product,
    ProductQuery,
    ProductSummary,
)
from ..domain.errors import NotFound, UserError
from ..images.errors import PhotoError
from ..images.scans import store_scan
from ..store import Library, motifs, permits, producers, products, search, transaction
from ..store import photos as photo_rows
from .changes import Change, apply_changes

# ---- producers -------------------------------------------------------------------------------


def get_producer(lib: Library, ref: str | int) -> Producer:
    """A producer by id or by (case-insensitive) name."""
    found = _by_id_or_name(lib, ref, producers.get, producers.find_by_name)
    if found is None:
        raise NotFound(f"Produsen '{ref}' tidak ditemukan.", f"Producer '{ref}' not found.")
    return found


def _by_id_or_name(lib: Library, ref: str | int, by_id: Callable, by_name: Callable) -> Any:
    found = None
    if isinstance(ref, int) or str(ref).strip().isdigit():
        found = by_id(lib.conn, int(ref))
    if found is None and isinstance(ref, str):
        found = by_name(lib.conn, ref)
    return found


def list_producers(lib: Library) -> list[Producer]:
    return producers.list_all(lib.conn)


def add_producer(lib: Library, producer: Producer) -> Change:
    if not producer.name.strip():
        raise UserError("Nama produsen wajib diisi.", "A producer needs a name.", field="name")
    fields.check_lengths("producer", producer)
    _refuse(rules.validate_producer(producer), only=("unknown_code",))
    producer.id = None  # a new record always gets a new id
    with transaction(lib.conn):
        if producers.find_by_name(lib.conn, producer.name):
            raise UserError(
                f"Produsen bernama '{producer.name}' sudah ada.",
                f"A producer named '{producer.name}' already exists.",
                field="name",
            )
        producers.insert(lib.conn, producer)
    return Change("created", "producer", str(producer.id), None, producer)


def edit_producer(lib: Library, ref: str | int, changes: Mapping[str, Any]) -> Change:
    with transaction(lib.conn):
        before = get_producer(lib, ref)

        def write(after: Producer) -> None:
            _refuse(rules.validate_producer(after), only=("unknown_code",))
            producers.update(lib.conn, after)
            for product_id in products.ids_for_producer(lib.conn, before.id):
                search.reindex_product(lib.conn, product_id)

        return _edit("producer", before, changes, write)


def remove_producer(lib: Library, ref: str | int) -> Change:
    with transaction(lib.conn):
        before = get_producer(lib, ref)
        count = producers.product_count(lib.conn, before.id)
        if count:
            raise UserError(
                f"Produsen '{before.name}' masih punya {count} produk. Pindahkan atau hapus "
                "produknya dulu.",
                f"Producer '{before.name}' still has {count} products. Move or remove them first.",
            )
        producers.delete(lib.conn, before.id)
    return Change("deleted", "producer", str(before.id), before, None)


# ---- products --------------------------------------------------------------------------------


def get_product(lib: Library, sku: str) -> Product:
    found = products.get(lib.conn, sku)
    if found is None:
        raise NotFound(
            f"Produk dengan SKU '{sku}' tidak ditemukan.", f"No product with SKU '{sku}'."
        )
    return found


def get_product_by_id(lib: Library, product_id: int) -> Product:
    found = products.get_by_id(lib.conn, product_id)
    if found is None:
        raise NotFound(
            f"Produk nomor {product_id} tidak ditemukan.", f"Product {product_id} not found."
        )
    return found


def list_products(lib: Library, query: ProductQuery | None = None) -> list[ProductSummary]:
    return products.summaries(lib.conn, query or ProductQuery())


def search_products(lib: Library, text: str, limit: int | None = None) -> list[ProductSummary]:
    """Products matching every word of `text` (prefix, case- and accent-insensitive), best first."""
    return products.summaries(lib.conn, ProductQuery(text=text, sort="relevance", limit=limit))


def count_products(lib: Library) -> int:
    return products.count(lib.conn)


def add_product(lib: Library, product: Product) -> Change:
    product.sku = product.sku.strip()
    if not product.sku:
        raise UserError("SKU wajib diisi.", "A product needs an SKU.", field="sku")
    fields.check_lengths("product", product)
    _refuse(rules.save_blockers(product))
    product.id = None  # a new record always gets a new id
    with transaction(lib.conn):
        if products.get(lib.conn, product.sku):
            raise UserError(
                f"SKU '{product.sku}' sudah dipakai produk lain.",
                f"SKU '{product.sku}' is already used.",
                field="sku",
            )
        _check_links(lib.conn, product)
        products.insert(lib.conn, product)
    return Change("created", "product", product.sku, None, product)


def edit_product(lib: Library, sku: str, changes: Mapping[str, Any]) -> Change:
    with transaction(lib.conn):
        before = get_product(lib, sku)
        applied = apply_changes("product", before, changes)
        if not applied.changed:
            return Change("unchanged", "product", before.sku, before, before)
        after: Product = applied.record
        after.sku = after.sku.strip()
        if after.sku.lower() != before.sku.lower() and products.get(lib.conn, after.sku):
            raise UserError(
                f"SKU '{after.sku}' sudah dipakai produk lain.",
                f"SKU '{after.sku}' is already used.",
                field="sku",
            )
        fields.check_lengths("product", after, applied.changed)
        _refuse(rules.save_blockers(after))
        _check_links(lib.conn, after)
        products.update(lib.conn, after)
    return Change("updated", "product", after.sku, before, after, tuple(applied.changed))


def remove_product(lib: Library, sku: str) -> Change:
    """Remove a product; its photo records come back in `related` (the files stay in photos/)."""
    with transaction(lib.conn):
        before = get_product(lib, sku)
        removed_photos = tuple(photo_rows.for_owner(lib.conn, "product_id", before.id))
        products.delete(lib.conn, before.id)
    return Change("deleted", "product", before.sku, before, None, related=removed_photos)


def restore_product(lib: Library, product: Product, photos: Sequence[Photo] = ()) -> Change:
    """Undo of remove_product: the product under its old id, with its photos in their order."""
    with transaction(lib.conn):
        if products.get(lib.conn, product.sku):
            raise UserError(
                f"SKU '{product.sku}' sudah dipakai produk lain.",
                f"SKU '{product.sku}' is already used.",
                field="sku",
            )
        _check_links(lib.conn, product)
        products.insert(lib.conn, product)
        for photo in photos:
            photo_rows.insert(lib.conn, dataclasses.replace(photo))
        photo_rows.set_order(lib.conn, [p.id for p in sorted(photos, key=lambda p: p.position)])
    return Change("created", "product", product.sku, None, product)


def _check_links(conn: sqlite3.Connection, product: Product) -> None:
    if product.producer_id is not None and producers.get(conn, product.producer_id) is None:
        raise NotFound(
            f"Produsen nomor {product.producer_id} tidak ada.",
            f"Producer {product.producer_id} does not exist.",
            field="producer_id",
        )
    for motif_id in product.motif_ids:
        if motifs.get(conn, motif_id) is None:
            raise NotFound(
                f"Motif nomor {motif_id} tidak ada.",
                f"Motif {motif_id} does not exist.",
                field="motif_ids",
            )


# ---- motifs ----------------------------------------------------------------------------------


def get_motif(lib: Library, ref: str | int) -> Motif:
    found = _by_id_or_name(lib, ref, motifs.get, motifs.find_by_name)
    if found is None:
        raise NotFound(f"Motif '{ref}' tidak ditemukan.", f"Motif '{ref}' not found.")
    return found


def list_motifs(lib: Library) -> list[Motif]:
    return motifs.list_all(lib.conn)


def motifs_of(lib: Library, product: Product) -> list[Motif]:
    return motifs.for_product(lib.conn, product.id)


def products_with_motif(lib: Library, ref: str | int) -> list[tuple[str, str, str]]:
    """(sku, name_id, name_en) of the products that carry the motif, by SKU (one query, not a
    product load each: a common motif can be on thousands of cloths)."""
    return motifs.product_names(lib.conn, get_motif(lib, ref).id)


def add_motif(lib: Library, motif: Motif, scan: Path | None = None) -> Change:
    """Add a motif; `scan` is the scan of its permission letter (PDF, JPEG or PNG)."""
    if not motif.name_id.strip():
        raise UserError(
            "Nama motif (Indonesia) wajib diisi.",
            "A motif needs an Indonesian name.",
            field="name_id",
        )
    fields.check_lengths("motif", motif)
    _refuse(rules.validate_motif(motif), only=("unknown_code",))

    def insert(scan_name: str | None) -> Change:
        if scan_name is not None:
            motif.permission_scan = scan_name
        _check_stored(lib, motif.permission_scan, "permission_scan")
        motif.id = None  # a new record always gets a new id
        with transaction(lib.conn):
            motifs.insert(lib.conn, motif)
        return Change("created", "motif", str(motif.id), None, motif)

    return _with_scan(lib, scan, insert, "permission_scan")


def edit_motif(
    lib: Library, ref: str | int, changes: Mapping[str, Any], scan: Path | None = None
) -> Change:
    """Edit a motif; `scan` replaces the scan of its permission letter (the old file stays in
    photos/ for undo)."""

    def update(scan_name: str | None) -> Change:
        wanted = dict(changes) if scan_name is None else {**changes, "permission_scan": scan_name}
        with transaction(lib.conn):
            before = get_motif(lib, ref)

            def write(after: Motif) -> None:
                _refuse(rules.validate_motif(after), only=("unknown_code",))
                _check_stored(lib, after.permission_scan, "permission_scan")
                motifs.update(lib.conn, after)
                for product_id in motifs.product_ids(lib.conn, before.id):
                    search.reindex_product(lib.conn, product_id)

            return _edit("motif", before, wanted, write)

    return _with_scan(lib, scan, update, "permission_scan")


def remove_motif(lib: Library, ref: str | int) -> Change:
    with transaction(lib.conn):
        before = get_motif(lib, ref)
        used = motifs.product_ids(lib.conn, before.id)
        if used:
            raise UserError(
                f"Motif '{before.name_id}' masih dipakai {len(used)} produk.",
                f"Motif '{before.name_id}' is still used by {len(used)} products.",
            )
        motifs.delete(lib.conn, before.id)
    return Change("deleted", "motif", str(before.id), before, None)


# ---- narratives of a motif -------------------------------------------------------------------

MAX_NARRATIVES = 50  # per motif: far above what a community tells of one motif; bounds the view


def list_narratives(lib: Library, motif_ref: str | int) -> list[Narrative]:
    return motifs.narratives(lib.conn, get_motif(lib, motif_ref).id)


def get_narrative(lib: Library, narrative_id: int | str) -> Narrative:
    found = None
    if isinstance(narrative_id, int) or str(narrative_id).strip().isdigit():
        found = motifs.get_narrative(lib.conn, int(narrative_id))
    if found is None:
        raise NotFound(
            f"Cerita motif nomor {narrative_id} tidak ditemukan.",
            f"Motif narrative {narrative_id} not found.",
        )
    return found


def _check_narrative(n: Narrative) -> None:
    if not n.teller.strip():
        raise UserError(
            "Tulis siapa penutur cerita ini.", "Say who told this narrative.", field="teller"
        )
    if not (n.text_id.strip() or n.text_en.strip()):
        raise UserError(
            "Cerita motif masih kosong: isi teksnya dalam bahasa Indonesia atau Inggris.",
            "The narrative is empty: write its text in Indonesian or English.",
            field="text_id",
        )
    if n.audience not in vocab.AUDIENCES:
        raise UserError(
            f"Pembaca cerita '{n.audience}' tidak dikenal. Pilihan: "
            + ", ".join(vocab.AUDIENCES.codes()),
            f"Unknown narrative audience '{n.audience}'. Choices: "
            + ", ".join(vocab.AUDIENCES.codes()),
            field="audience",
        )
    fields.check_lengths("narrative", n)


def add_narrative(lib: Library, motif_ref: str | int, narrative: Narrative) -> Change:
    """Attach an attributed narrative to a motif (appended after its others)."""
    _check_narrative(narrative)
    narrative.id = None
    with transaction(lib.conn):
        motif = get_motif(lib, motif_ref)
        if motifs.count_narratives(lib.conn, motif.id) >= MAX_NARRATIVES:
            raise UserError(
                f"Motif '{motif.name_id}' sudah punya {MAX_NARRATIVES} cerita, batas paling "
                "banyak. Gabungkan atau hapus cerita yang lama.",
                f"Motif '{motif.name_id}' already has {MAX_NARRATIVES} narratives, the most "
                "allowed. Merge or remove older ones.",
            )
        narrative.motif_id = motif.id
        motifs.insert_narrative(lib.conn, narrative)
    return Change("created", "narrative", str(narrative.id), None, narrative)


def edit_narrative(lib: Library, narrative_id: int | str, changes: Mapping[str, Any]) -> Change:
    if "motif_id" in changes or "position" in changes:
        raise UserError(
            "Cerita motif tidak bisa dipindah ke motif lain; tambahkan cerita baru di sana.",
            "A narrative cannot be moved to another motif; add a new one there.",
        )
    with transaction(lib.conn):
        before = get_narrative(lib, narrative_id)

        def write(after: Narrative) -> None:
            _check_narrative(after)
            motifs.update_narrative(lib.conn, after)

        return _edit("narrative", before, changes, write)


def replace_narratives(lib: Library, motif_ref: str | int, told: list[Narrative]) -> list[int]:
    """Make `told` (in order) the motif's whole list of narratives, in one transaction (what
    undo and redo of a narrative change need); returns the new ids."""
    for narrative in told:
        _check_narrative(narrative)
    if len(told) > MAX_NARRATIVES:
        raise UserError(
            f"Paling banyak {MAX_NARRATIVES} cerita per motif.",
            f"At most {MAX_NARRATIVES} narratives per motif.",
        )
    with transaction(lib.conn):
        motif = get_motif(lib, motif_ref)
        for old in motifs.narratives(lib.conn, motif.id):
            motifs.delete_narrative(lib.conn, old.id)
        ids = []
        for narrative in told:
            copy_ = dataclasses.replace(narrative, id=None, motif_id=motif.id)
            motifs.insert_narrative(lib.conn, copy_)
            ids.append(copy_.id)
    return ids


def remove_narrative(lib: Library, narrative_id: int | str) -> Change:
    with transaction(lib.conn):
        before = get_narrative(lib, narrative_id)
        motifs.delete_narrative(lib.conn, before.id)
    return Change("deleted", "narrative", str(before.id), before, None)


# ---- permits ---------------------------------------------------------------------------------


def get_permit(lib: Library, permit_id: int) -> Permit:
    found = permits.get(lib.conn, int(permit_id))
    if found is None:
        raise NotFound(f"Izin nomor {permit_id} tidak ditemukan.", f"Permit {permit_id} not found.")
    return found


def list_permits(lib: Library, producer_id: int | None = None) -> list[Permit]:
    return permits.list_all(lib.conn, producer_id)


def add_permit(lib: Library, permit: Permit, scan: Path | None = None) -> Change:
    """Add a permit; `scan` is a PDF, JPEG or PNG file of it, kept in photos/ by content."""
    fields.check_lengths("permit", permit)
    _refuse(rules.validate_permit(permit), only=("unknown_code", "permit_dates"))
    permit.id = None  # a new record always gets a new id

    def insert(scan_name: str | None) -> Change:
        if scan_name is not None:
            permit.scan_filename = scan_name
        with transaction(lib.conn):
            if permit.producer_id is not None:
                get_producer(lib, permit.producer_id)
            _check_skus(lib, permit)
            _check_scan(lib, permit)
            permits.insert(lib.conn, permit)
        return Change("created", "permit", str(permit.id), None, permit)

    return _with_scan(lib, scan, insert)


def edit_permit(
    lib: Library, permit_id: int, changes: Mapping[str, Any], scan: Path | None = None
) -> Change:
    """Edit a permit; `scan` replaces its scan (the old file stays in photos/ for undo)."""

    def update(scan_name: str | None) -> Change:
        wanted = dict(changes) if scan_name is None else {**changes, "scan_filename": scan_name}
        with transaction(lib.conn):
            before = get_permit(lib, permit_id)

            def write(after: Permit) -> None:
                _refuse(rules.validate_permit(after), only=("unknown_code", "permit_dates"))
                _check_skus(lib, after)
                _check_scan(lib, after)
                permits.update(lib.conn, after)

            return _edit("permit", before, wanted, write)

    return _with_scan(lib, scan, update)


def _with_scan(
    lib: Library,
    scan: Path | None,
    save: Callable[[str | None], Change],
    field: str = "scan_filename",
) -> Change:
    """Store `scan` (when given) and save with its name; a refused save removes a scan file
    this call added, so a refusal leaves photos/ as it was."""
    if scan is None:
        return save(None)
    before = {f.name for f in lib.photos_dir.iterdir()}
    name = store_permit_scan(lib, Path(scan), field)
    try:
        return save(name)
    except BaseException:
        if name not in before and not photo_rows.is_referenced(lib.conn, name):
            (lib.photos_dir / name).unlink(missing_ok=True)
        raise


def store_permit_scan(lib: Library, scan: Path, field: str = "scan_filename") -> str:
    """Keep the file `scan` (PDF, JPEG or PNG) in photos/ and return its stored name; the
    caller then saves it as a permit's `scan_filename` or a motif's `permission_scan` (an
    unsaved file is an unused original)."""
    try:
        return store_scan(Path(scan), lib.photos_dir)
    except PhotoError as exc:
        raise UserError(exc.message_id, exc.message_en, field=field) from None


def _check_stored(lib: Library, name: str, field: str) -> None:
    """A stored name set on a record must be a file the library holds."""
    if name and not lib.stored_file(name).is_file():
        raise NotFound(
            f"Berkas pindaian {name} tidak ada di folder photos/ pustaka.",
            f"The scan file {name} is not in the library's photos/ folder.",
            field=field,
        )


def _check_scan(lib: Library, permit: Permit) -> None:
    if permit.scan_filename and not lib.stored_file(permit.scan_filename).is_file():
        raise NotFound(
            f"Berkas pindaian {permit.scan_filename} tidak ada di folder photos/ pustaka.",
            f"The scan file {permit.scan_filename} is not in the library's photos/ folder.",
            field="scan_filename",
        )


def remove_permit(lib: Library, permit_id: int) -> Change:
    with transaction(lib.conn):
        before = get_permit(lib, permit_id)
        permits.delete(lib.conn, before.id)
    return Change("deleted", "permit", str(before.id), before, None)


def _check_skus(lib: Library, permit: Permit) -> None:
    for sku in permit.product_skus:
        get_product(lib, sku)


def _edit(
    entity: str, before: Any, changes: Mapping[str, Any], write: Callable[[Any], None]
) -> Change:
    """Apply `changes` to a copy of `before`; `write` checks and stores it (inside the caller's
    transaction). Returns what changed, or an 'unchanged' Change."""
    applied = apply_changes(entity, before, changes)
    if not applied.changed:
        return Change("unchanged", entity, str(before.id), before, before)
    fields.check_lengths(entity, applied.record, applied.changed)
    write(applied.record)
    return Change("updated", entity, str(before.id), before, applied.record, tuple(applied.changed))


def _refuse(findings: list[rules.Finding], only: tuple[str, ...] | None = None) -> None:
    """Raise the first error finding (all of them when `only` is None, else those codes)."""
    blocking = [f for f in findings if f.level == "error" and (only is None or f.code in only)]
    if blocking:
        raise UserError(
            " ".join(f.message_id for f in blocking),
            " ".join(f.message_en for f in blocking),
            field=blocking[0].field,
        )
