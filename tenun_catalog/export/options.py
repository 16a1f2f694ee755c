"""A stored catalog's output options, typed and read in one place.

`Catalog.options` is a JSON object in the library (written by the app and `catalog edit`);
`catalog_options` is the only reader, so every output agrees on the defaults.

`sync` makes a "smart" catalog: instead of the product list frozen when the catalog was made,
its products are chosen again from a filter each time it is used (new products join, removed
ones leave). Stored as `"sync": false` (off), `true` (every product) or an object
`{"kind", "kabupaten", "producer", "by_producer"}`; the audience view (export/audience.py) is
the one place that resolves it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.entities import Catalog

QR_TARGETS = ("whatsapp", "page")


SYNC_KEYS = ("kind", "kabupaten", "producer", "by_producer")
MAX_FILTER_TEXT = 200  # characters of a stored filter value that are read


@dataclass(frozen=True)
class SyncFilter:
    """The filter a synced catalog chooses its products with ("" = any)."""

    kind: str = ""
    kabupaten: str = ""
    producer: str = ""  # a producer's id or name
    by_producer: bool = True  # one section per producer, else one section


@dataclass(frozen=True)
class CatalogOptions:
    show_prices: bool = True
    show_stock: bool = False
    qr_target: str = "whatsapp"  # whatsapp (order chat) or page (the web catalog's page)
    base_url: str = ""  # where the web catalog is published
    sync: SyncFilter | None = None  # None: the stored product list; else chosen by this filter


def sync_filter(value: object) -> SyncFilter | None:
    """The stored `sync` value as a filter (None when off or not understood)."""
    if value is True:
        return SyncFilter()
    if not isinstance(value, dict) or not value:
        return None

    def text(key: str) -> str:
        item = value.get(key, "")
        return item[:MAX_FILTER_TEXT] if isinstance(item, str) else ""

    return SyncFilter(
        kind=text("kind"),
        kabupaten=text("kabupaten"),
        producer=text("producer"),
        by_producer=value.get("by_producer", True) is not False,
    )


def sync_value(found: SyncFilter) -> dict[str, object]:
    """What `catalog edit --sync` and the app store for a filter."""
    return {
        "kind": found.kind,
        "kabupaten": found.kabupaten,
        "producer": found.producer,
        "by_producer": found.by_producer,
    }


def catalog_options(catalog: Catalog | None) -> CatalogOptions:
    if catalog is None:
        return CatalogOptions()
    stored = catalog.options or {}
    target = str(stored.get("qr_target", "whatsapp"))
    return CatalogOptions(
        show_prices=bool(stored.get("show_prices", True)),
        show_stock=bool(stored.get("show_stock", False)),
        qr_target=target if target in QR_TARGETS else "whatsapp",
        base_url=str(stored.get("base_url", "") or ""),
        sync=sync_filter(stored.get("sync")),
    )
