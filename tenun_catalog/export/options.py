"""A stored catalog's output options, typed and read in one place.

`Catalog.options` is a JSON object in the library (written by the app and `catalog edit`);
`catalog_options` is the only reader, so every output agrees on the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.entities import Catalog

QR_TARGETS = ("whatsapp", "page")


@dataclass(frozen=True)
class CatalogOptions:
    show_prices: bool = True
    show_stock: bool = False
    qr_target: str = "whatsapp"  # whatsapp (order chat) or page (the web catalog's page)
    base_url: str = ""  # where the web catalog is published


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
    )
