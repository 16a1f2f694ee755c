"""What the desktop app needs beyond the shared operations (Qt-free, usable by any front end).

Owns: counting the products a query matches and fetching one product's list line (so a paged
list can show "12 of 10,000" and refresh one card after an edit without reloading everything);
the findings of one product with the records it refers to; the cached thumbnail file of a
stored original by its filename (safe to call from worker threads: it touches no connection);
removing a product together with its photos and permit coverage so that undo can put all of it
back; a fresh SKU for a new product; the ids of the products not ready for an output (the
products page's readiness filter); and a product's readiness per sales channel.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from .. import images
from ..domain import readiness, rules
from ..domain.entities import Permit, Photo, Product, ProductionStep, ProductQuery, ProductSummary
from ..domain.findings import Finding
from ..store import Library, catalogs, motifs, permits, producers, products, transaction
from ..store import steps as step_rows
from .photos import list_photos
from .records import get_product, get_product_by_id, remove_product, restore_product

_PREFIX = {"tenun": "TN", "sei": "SEI", "other": "PRD"}


def count_matching(lib: Library, query: ProductQuery) -> int:
    """How many products `query` matches, ignoring its limit and offset."""
    return products.count_matching(lib.conn, query)


def product_summary(lib: Library, product_id: int) -> ProductSummary | None:
    """The list line of one product (None when it no longer exists)."""
    return products.summary(lib.conn, product_id)


def product_findings(lib: Library, product: Product) -> list[Finding]:
    """Every validation finding of `product` with its producer, motifs and permits."""
    producer = producers.get(lib.conn, product.producer_id) if product.producer_id else None
    linked = [m for m in (motifs.get(lib.conn, i) for i in product.motif_ids) if m is not None]
    return rules.validate_product(product, producer, linked, _covering(lib, product))


def _covering(lib: Library, product: Product, every: list[Permit] | None = None) -> list[Permit]:
    """The permits of the product's producer and those naming its SKU."""
    return [
        x
        for x in (permits.list_all(lib.conn) if every is None else every)
        if product.sku in x.product_skus
        or (x.producer_id is not None and x.producer_id == product.producer_id)
    ]


def product_readiness(lib: Library, product: Product) -> dict[str, readiness.Readiness]:
    """Readiness of `product` for each output it can go into (labels only for Sei)."""
    producer = producers.get(lib.conn, product.producer_id) if product.producer_id else None
    linked = [m for m in (motifs.get(lib.conn, i) for i in product.motif_ids) if m is not None]
    photo_count = len(list_photos(lib, product.sku))
    outputs = [o for o in readiness.OUTPUTS if o != "label" or product.kind == "sei"]
    covering = _covering(lib, product)
    return {
        output: readiness.product_readiness(
            product,
            output,
            producer=producer,
            photo_count=photo_count,
            motifs=linked,
            permits=covering,
        )
        for output in outputs
    }


def channel_readiness(lib: Library, product: Product) -> dict[str, readiness.Readiness]:
    """Readiness of `product` for each sales channel (WhatsApp/Meta, Google, Shopee,
    Tokopedia), its main photo's size judged too."""
    producer = producers.get(lib.conn, product.producer_id) if product.producer_id else None
    linked = [m for m in (motifs.get(lib.conn, i) for i in product.motif_ids) if m is not None]
    photos = list_photos(lib, product.sku)
    main = min(photos[0].width, photos[0].height) if photos else None
    covering = _covering(lib, product)
    return {
        channel: readiness.product_readiness(
            product,
            channel,
            producer=producer,
            photo_count=len(photos),
            motifs=linked,
            permits=covering,
            main_photo_px=main,
        )
        for channel in readiness.CHANNELS
    }


def unready_product_ids(lib: Library, output: str) -> tuple[int, ...]:
    """Ids of the products not ready for `output` (as `product_readiness` judges them; for
    'label' only Sei products can be unready). Producers and motifs are read once and photo
    counts come from the list lines, so 10,000 products cost one product load each."""
    if output not in readiness.OUTPUTS:
        raise ValueError(output)
    all_producers = {p.id: p for p in producers.list_all(lib.conn)}
    all_motifs = {m.id: m for m in motifs.list_all(lib.conn)}
    all_permits = permits.list_all(lib.conn)
    query = ProductQuery(kind="sei") if output == "label" else ProductQuery()
    unready: list[int] = []
    for line in products.summaries(lib.conn, query):
        product = products.get_by_id(lib.conn, line.id)
        if product is None:  # removed meanwhile (another connection)
            continue
        result = readiness.product_readiness(
            product,
            output,
            producer=all_producers.get(product.producer_id),
            photo_count=line.photo_count,
            motifs=[all_motifs[i] for i in product.motif_ids if i in all_motifs],
            permits=_covering(lib, product, all_permits),
        )
        if not result.ready:
            unready.append(product.id)
    return tuple(unready)


def thumbnail_file(
    photos_dir: Path, cache_dir: Path, filename: str, long_edge: int = images.THUMB_PX
) -> Path:
    """The cached upright JPEG of the stored original `filename` (made now if missing).
    Touches files only, so worker threads may call it without a library connection."""
    return images.ensure_derivative(Path(photos_dir), Path(cache_dir), filename, long_edge)


@dataclass
class RemovedProduct:
    """Everything `remove_product_fully` took away, for `restore_removed_product`."""

    product: Product
    photos: list[Photo] = field(default_factory=list)
    permit_ids: list[int] = field(default_factory=list)
    # (catalog id, section position, item position) of each catalog section it was in
    placements: list[tuple[int, int, int]] = field(default_factory=list)
    steps: list[ProductionStep] = field(default_factory=list)  # its production steps, in order


def remove_product_fully(lib: Library, sku: str) -> RemovedProduct:
    """Remove a product; its photo records, permit coverage, places in catalogs and production
    steps go with it (the originals stay in photos/), and are remembered so that undo restores
    all of them."""
    with transaction(lib.conn):
        product = get_product(lib, sku)
        removed = RemovedProduct(
            product=product,
            photos=list_photos(lib, product.sku),
            permit_ids=[x.id for x in permits.list_all(lib.conn) if product.sku in x.product_skus],
            placements=catalogs.placements_of(lib.conn, product.id),
            steps=step_rows.for_product(lib.conn, product.id),
        )
        remove_product(lib, product.sku)
    return removed


def restore_removed_product(lib: Library, removed: RemovedProduct) -> Product:
    """Put back a product removed by `remove_product_fully`, with its photos in their old order,
    its permit coverage and its places in catalog sections (those that still exist), under its
    old id. Returns the product as stored now."""
    with transaction(lib.conn):
        product = dataclasses.replace(removed.product)
        restore_product(lib, product, removed.photos)
        for permit_id in removed.permit_ids:
            permit: Permit | None = permits.get(lib.conn, permit_id)
            if permit is not None and product.sku not in permit.product_skus:
                permit.product_skus = [*permit.product_skus, product.sku]
                permits.update(lib.conn, permit)
        catalogs.restore_placements(lib.conn, product.id, removed.placements)
        for step in removed.steps:  # under their old ids, in their old order
            step_rows.insert(lib.conn, dataclasses.replace(step, product_id=product.id))
        restored = get_product_by_id(lib, product.id)
    return restored


def new_sku(lib: Library, kind: str) -> str:
    """An unused SKU for a new product of `kind`: TN-BARU-001, SEI-BARU-002, ..."""
    prefix = f"{_PREFIX.get(kind, 'PRD')}-BARU-"
    number = 1
    while products.get(lib.conn, f"{prefix}{number:03d}") is not None:
        number += 1
    return f"{prefix}{number:03d}"
