"""The validation rules of domain.md in one place (a facade over the rules_* modules).

Front ends, readiness and exports import from here; the rules live in rules_producer,
rules_product, rules_tenun, rules_sei, rules_motif, rules_permit, rules_label and rules_numbers.
"""

from __future__ import annotations

from .findings import ERROR, WARNING, Finding, errors, has_errors, merge
from .rules_label import PORK_MARK_TEXT, LabelBatch, halal_mark, label_date_format, validate_label
from .rules_motif import validate_motif
from .rules_permit import EXPIRING_WITHIN_DAYS, find_permit, permit_status, validate_permit
from .rules_producer import validate_producer
from .rules_product import BLOCKING_CODES, save_blockers, validate_product
from .rules_sei import (
    HALAL_MANDATORY_FROM,
    SHARED_FACILITY_STATEMENT_EN,
    SHARED_FACILITY_STATEMENT_ID,
)

__all__ = [
    "BLOCKING_CODES",
    "ERROR",
    "EXPIRING_WITHIN_DAYS",
    "HALAL_MANDATORY_FROM",
    "PORK_MARK_TEXT",
    "SHARED_FACILITY_STATEMENT_EN",
    "SHARED_FACILITY_STATEMENT_ID",
    "WARNING",
    "Finding",
    "LabelBatch",
    "errors",
    "find_permit",
    "halal_mark",
    "has_errors",
    "label_date_format",
    "merge",
    "permit_status",
    "save_blockers",
    "validate_label",
    "validate_motif",
    "validate_permit",
    "validate_producer",
    "validate_product",
]
