"""Validation of what the sales channels need from a product: the parcel and the condition.

Owns the finding codes 'packed_below_net' (a Sei parcel lighter than the meat inside it) and
'package_size_range' (a side of the parcel outside 0.1-500 cm: Shopee's and Tokopedia's
upload forms take sizes in that span, and a person never means a parcel outside it). A packed
weight of 0 or less is 'number_range', like any count or size below its minimum. Every one is
an error: a value that contradicts it refuses the save (rules_product.save_blockers).
"""

from __future__ import annotations

from . import vocab
from .entities import Product
from .findings import Finding, error, number
from .rules_common import check_code, check_min

MIN_SIDE_CM = 0.1
MAX_SIDE_CM = 500.0
_SIDES = {
    "package_length_cm": ("Panjang paket", "The package length"),
    "package_width_cm": ("Lebar paket", "The package width"),
    "package_height_cm": ("Tinggi paket", "The package height"),
}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_shipping(p: Product) -> list[Finding]:
    found = check_code(vocab.CONDITIONS, p.condition, "condition")
    found += check_min(
        p.packed_weight_g,
        "packed_weight_g",
        ("Berat kirim dengan kemasan (g)", "The packed weight (g)"),
        minimum=0,
        strict=True,
    )
    net = p.sei.net_weight_g if p.kind == "sei" and p.sei is not None else None
    packed = p.packed_weight_g
    if _is_number(packed) and _is_number(net) and 0 < packed < net:
        found.append(
            error(
                "packed_weight_g",
                "packed_below_net",
                f"Berat kirim dengan kemasan ({number(packed)} g) lebih ringan dari berat bersih "
                f"Sei ({number(net)} g); berat kirim adalah berat bersih ditambah kemasannya.",
                f"The packed weight ({number(packed)} g) is less than the Sei's net weight "
                f"({number(net)} g); the packed weight is the net weight plus its packaging.",
            )
        )
    for field, (name_id, name_en) in _SIDES.items():
        value = getattr(p, field)
        if _is_number(value) and not MIN_SIDE_CM <= value <= MAX_SIDE_CM:
            found.append(
                error(
                    field,
                    "package_size_range",
                    f"{name_id} harus antara {number(MIN_SIDE_CM).replace('.', ',')} dan "
                    f"{number(MAX_SIDE_CM)} cm; yang tertulis {number(value)} cm.",
                    f"{name_en} must be between {number(MIN_SIDE_CM)} and {number(MAX_SIDE_CM)}"
                    f" cm; found {number(value)} cm.",
                )
            )
    return found
