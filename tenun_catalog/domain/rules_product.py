"""Validation of a Product (all kinds) and the few findings that refuse a save outright.

Owns the price codes (price_not_positive, price_not_whole, wholesale_not_positive,
wholesale_not_whole, wholesale_above_retail), the product's vocabulary codes, and
`save_blockers` (which error-level findings refuse a save); the kind-specific rules live in
rules_tenun and rules_sei, what the sales channels need (parcel, condition) in rules_shipping.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from . import vocab
from .characters import check_characters
from .entities import Motif, Permit, Producer, Product
from .fields import PRODUCT_FIELDS, get_value
from .findings import Finding, error, rupiah
from .rules_common import check_code, check_min
from .rules_motif import check_product_motifs
from .rules_sei import validate_sei
from .rules_shipping import check_shipping
from .rules_tenun import validate_tenun

# Codes that always refuse a save, even when the field they name is still empty (a product
# without a kind). Every other error-level finding refuses it too unless its field is empty:
# see `save_blockers`.
BLOCKING_CODES = frozenset(
    {
        "unknown_code",
        "protected_meat",
        "price_not_positive",
        "price_not_whole",
        "wholesale_not_positive",
        "wholesale_not_whole",
        "number_range",  # negative stock, a width of 0: never a value a person meant
    }
)

_PRICE_NAMES = {
    "price": ("Harga eceran", "The retail price", "price"),
    "wholesale_price": ("Harga grosir", "The wholesale price", "wholesale"),
}


def _is_whole(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def check_price(value: object, field: str) -> list[Finding]:
    if value is None:
        return []
    name_id, name_en, code = _PRICE_NAMES[field]
    if not _is_whole(value):
        return [
            error(
                field,
                f"{code}_not_whole",
                f"{name_id} harus rupiah bulat tanpa sen (contoh 150000); yang tertulis {value}.",
                f"{name_en} must be whole Rupiah without cents (e.g. 150000); found {value}.",
            )
        ]
    if value <= 0:
        return [
            error(
                field,
                f"{code}_not_positive",
                f"{name_id} harus lebih dari Rp0; yang tertulis {rupiah(int(value), 'id')}.",
                f"{name_en} must be more than IDR 0; found {rupiah(int(value), 'en')}.",
            )
        ]
    return []


def check_prices(p: Product) -> list[Finding]:
    found = check_price(p.price, "price") + check_price(p.wholesale_price, "wholesale_price")
    if found or p.price is None or p.wholesale_price is None:
        return found
    if p.wholesale_price > p.price:
        wholesale, retail = int(p.wholesale_price), int(p.price)
        found.append(
            error(
                "wholesale_price",
                "wholesale_above_retail",
                f"Harga grosir ({rupiah(wholesale, 'id')}) lebih tinggi dari harga eceran "
                f"({rupiah(retail, 'id')}); harga grosir harus sama atau lebih rendah.",
                f"The wholesale price ({rupiah(wholesale, 'en')}) is higher than the retail "
                f"price ({rupiah(retail, 'en')}); it must be the same or lower.",
            )
        )
    return found


def check_kind(p: Product) -> list[Finding]:
    if p.kind:
        return check_code(vocab.PRODUCT_KINDS, p.kind, "kind")
    options_id = ", ".join(t.label_id for t in vocab.PRODUCT_KINDS)
    options_en = ", ".join(t.label_en for t in vocab.PRODUCT_KINDS)
    return [
        error(
            "kind",
            "unknown_code",
            f"Jenis produk belum dipilih; pilih salah satu: {options_id}.",
            f"The product kind is not chosen; choose one of: {options_en}.",
        )
    ]


def validate_product(
    p: Product,
    producer: Producer | None = None,
    motifs: Sequence[Motif] = (),
    permits: Sequence[Permit] = (),
    today: date | None = None,
) -> list[Finding]:
    """Every finding about the product. `motifs` and `permits` are the records it refers to
    (the whole library is fine: unrelated ones are ignored); `today` defaults to the clock."""
    today = today or date.today()
    found: list[Finding] = []
    found += check_kind(p)
    found += check_code(vocab.TRADEMARK_STATUS, p.trademark_status, "trademark_status")
    found += check_prices(p)
    found += check_min(p.min_order, "min_order", ("Pesanan minimum", "Minimum order"), minimum=1)
    lead = ("Lama pengerjaan (hari)", "Lead time (days)")
    found += check_min(p.lead_time_days, "lead_time_days", lead, minimum=0)
    found += check_min(p.stock, "stock", ("Stok", "Stock"), minimum=0)
    found += check_shipping(p)
    if p.kind == "tenun" and p.tenun is not None:
        found += validate_tenun(p.tenun, producer)
    if p.kind == "sei" and p.sei is not None:
        found += validate_sei(p.sei, today, permits)
    found += check_product_motifs(p, motifs)
    return found


def _is_empty(p: Product, path: str) -> bool:
    try:
        value = get_value(p, path)
    except AttributeError:  # 'producer.x' or 'label.x': not a field of the product itself
        return False
    return value is None or value == "" or value == []


def save_blockers(p: Product) -> list[Finding]:
    """The findings that must refuse a save: every error-level rule of domain.md that can be
    judged from the product alone (pork Sei marked halal, a halal number not starting with ID,
    P-IRT on chilled Sei, a GI name outside its kabupaten, wholesale above retail, a price of
    0, negative stock, an unknown code, rusa...), plus text or SKU characters no stored text may
    hold (characters.check_characters).

    The rule: a value that contradicts a rule is refused; a rule that only asks for a field
    still left empty (pork Sei whose halal status is not chosen yet, a shared-facility
    statement not written yet) is reported by `check` and readiness, not refused, because
    people fill a record in gradually, one field at a time. Findings that need other records
    (motif permissions, permit expiry) are never judged here: no producer, motif or permit is
    passed to `validate_product`.
    """
    blocking = [
        f
        for f in validate_product(p)
        if f.is_error and (f.code in BLOCKING_CODES or not _is_empty(p, f.field))
    ]
    return blocking + check_characters(p, PRODUCT_FIELDS)
