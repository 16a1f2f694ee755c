"""What an export will leave out, known BEFORE rendering: the restricted motifs of a catalog.

Owns `withheld_for` (and `WithheldMotif`): for the products of a catalog (every product when
the catalog has no sections or is None), the motifs that the cultural protocol keeps out of
every public output, each with the names of the products that carry it. It applies the same
rule as the renders (`protocol.withheld_motifs`) but places no photos, so the app can show the
list while a person is still choosing products.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import operations as ops
from ..domain.entities import Catalog
from ..domain.errors import NotFound
from ..store import Library
from . import protocol


@dataclass
class WithheldMotif:
    name: str  # the label the renders report (local name, else Indonesian, else English)
    products_id: list[str] = field(default_factory=list)  # product names, Indonesian first
    products_en: list[str] = field(default_factory=list)  # product names, English first


def catalog_product_ids(lib: Library, catalog: Catalog | None) -> list[int]:
    """The product ids a render of `catalog` would include, in order, without repeats."""
    if catalog is not None and catalog.sections:
        ids = [pid for section in catalog.sections for pid in section.product_ids]
        return list(dict.fromkeys(ids))
    return [summary.id for summary in ops.list_products(lib)]


def withheld_for(lib: Library, catalog: Catalog | None) -> list[WithheldMotif]:
    """The restricted motifs (without recorded permission) of the catalog's products."""
    found: dict[str, WithheldMotif] = {}
    for product_id in catalog_product_ids(lib, catalog):
        try:
            product = ops.get_product_by_id(lib, product_id)
        except NotFound:
            continue
        hidden = protocol.withheld_motifs(ops.motifs_of(lib, product))
        for label in hidden.labels:
            entry = found.setdefault(label, WithheldMotif(label))
            entry.products_id.append(product.name_id or product.name_en or product.sku)
            entry.products_en.append(product.name_en or product.name_id or product.sku)
    return list(found.values())
