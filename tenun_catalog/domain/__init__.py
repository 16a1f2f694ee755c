"""The meaning of a Tenun Catalog library: entities, vocabularies and validation rules.

Pure Python (stdlib only): no I/O, no third-party imports.
"""

from .entities import (
    Catalog,
    CatalogSection,
    Motif,
    Permit,
    Photo,
    Producer,
    Product,
    ProductQuery,
    ProductSummary,
    SeiDetail,
    TenunDetail,
    WeaverCredit,
)
from .findings import Finding
from .rules import (
    LabelBatch,
    label_date_format,
    permit_status,
    save_blockers,
    validate_label,
    validate_motif,
    validate_permit,
    validate_producer,
    validate_product,
)

__all__ = [
    "Catalog",
    "CatalogSection",
    "ProductQuery",
    "ProductSummary",
    "Motif",
    "Permit",
    "Photo",
    "Producer",
    "Product",
    "SeiDetail",
    "TenunDetail",
    "WeaverCredit",
    # validation (rules.py)
    "Finding",
    "LabelBatch",
    "label_date_format",
    "permit_status",
    "save_blockers",
    "validate_label",
    "validate_motif",
    "validate_permit",
    "validate_producer",
    "validate_product",
]
