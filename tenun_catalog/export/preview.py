"""What an export will leave out, known BEFORE rendering: the restricted motifs of a catalog.

Owns `withheld_for` (and `WithheldMotif`): for the products of a catalog (every product when the
catalog has no sections or is None), the motifs that the audience view keeps out of every public
output, each with the names of the products that carry it, so the app can show the list while a
person is still choosing products. It reads the same view the outputs read, so the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.entities import Catalog
from ..store import Library
from .audience import Selection, build_view, selected_product_ids


@dataclass
class WithheldMotif:
    name: str  # the label the renders report (local name, else Indonesian, else English)
    products_id: list[str] = field(default_factory=list)  # product names, Indonesian first
    products_en: list[str] = field(default_factory=list)  # product names, English first


def catalog_product_ids(lib: Library, catalog: Catalog | None) -> list[int]:
    """The product ids a render of `catalog` would include, in order, without repeats."""
    return selected_product_ids(lib, Selection(catalog))


def withheld_for(lib: Library, catalog: Catalog | None) -> list[WithheldMotif]:
    """The restricted motifs (without recorded permission) of the catalog's products."""
    view = build_view(lib, Selection(catalog), "public")
    found: dict[str, WithheldMotif] = {}
    for item in view.products:
        # The app's own screen (nothing leaves the cooperative): the stored name, so people
        # recognise the product the outputs will rename.
        product = item._raw or item.product
        for label in item.withheld_motifs:
            entry = found.setdefault(label, WithheldMotif(label))
            entry.products_id.append(product.name_id or product.name_en or product.sku)
            entry.products_en.append(product.name_en or product.name_id or product.sku)
    return list(found.values())
