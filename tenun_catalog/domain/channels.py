"""The sales channels a product can be sent to, and each channel's category per product kind.

Owns `CHANNELS` (meta, google, shopee, tokopedia), their names, the default category of each
(channel, kind) and `check_category` (what a seller may store as a category). The seller's own
choices are stored in the library (store/channels.py) and win over these defaults.

Where each default comes from:
- google: paths of Google's product taxonomy
  (https://www.google.com/basepages/producttype/taxonomy-with-ids.en-US.txt). "Apparel &
  Accessories > Clothing" for tenun (cloth worn as sarong, shawl, sash; a yardage seller may
  prefer "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting
  Materials > Textiles"); "Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Meat"
  for Sei. Taken from the taxonomy as published in 2024: check against the current file.
- meta: Meta's catalog reads Google's taxonomy in `google_product_category`, so the same paths
  (a guess that they suit a WhatsApp Business catalog best: to be checked in Commerce Manager).
- shopee, tokopedia: no default. Their category ids are listed in each seller's downloaded
  template (and change); nothing public could be checked here, so the seller sets them once
  (`tenun-catalog channel category set --channel shopee --kind tenun --value ID`), and the upload
  sheet reports an empty category rather than guessing.
"""

from __future__ import annotations

from .characters import text_messages
from .errors import UserError
from .vocab import PRODUCT_KINDS

CHANNELS = ("meta", "google", "shopee", "tokopedia")
CHANNEL_NAMES = {
    "meta": "WhatsApp/Meta",
    "google": "Google",
    "shopee": "Shopee",
    "tokopedia": "Tokopedia",
}
MAX_CATEGORY = 300

_GOOGLE_TENUN = "Apparel & Accessories > Clothing"
_GOOGLE_SEI = "Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Meat"
DEFAULT_CATEGORIES: dict[tuple[str, str], str] = {
    ("google", "tenun"): _GOOGLE_TENUN,
    ("google", "sei"): _GOOGLE_SEI,
    ("meta", "tenun"): _GOOGLE_TENUN,
    ("meta", "sei"): _GOOGLE_SEI,
}


def categories(stored: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Every (channel, kind) with its category: the seller's where set, else the default."""
    return {
        (channel, kind): stored.get((channel, kind), DEFAULT_CATEGORIES.get((channel, kind), ""))
        for channel in CHANNELS
        for kind in PRODUCT_KINDS.codes()
    }


def check_category(channel: str, kind: str, value: str) -> str:
    """The value to store for (channel, kind), stripped; a UserError names what is wrong."""
    if channel not in CHANNELS:
        raise UserError(
            f"Kanal '{channel}' tidak dikenal; pilih: {', '.join(CHANNELS)}.",
            f"Unknown channel '{channel}'; choose one of: {', '.join(CHANNELS)}.",
            field="channel",
        )
    if kind not in PRODUCT_KINDS:
        kinds = ", ".join(PRODUCT_KINDS.codes())
        raise UserError(
            f"Jenis produk '{kind}' tidak dikenal; pilih: {kinds}.",
            f"Unknown product kind '{kind}'; choose one of: {kinds}.",
            field="kind",
        )
    value = (value or "").strip()
    if len(value) > MAX_CATEGORY:
        raise UserError(
            f"Kategori terlalu panjang: {len(value)} karakter, paling banyak {MAX_CATEGORY}.",
            f"The category is too long: {len(value)} characters, at most {MAX_CATEGORY}.",
            field="value",
        )
    messages = text_messages(value)
    if messages is not None:
        raise UserError(*messages, field="value")
    return value
