"""QR codes for outputs: `qr_svg(data)` makes inline SVG and never fails on long data.

A QR code holds at most 2,331 bytes (version 40, error level M), and a dense one does not scan
from a printed catalog anyway, so the data is kept to MAX_QR_CHARS (version 19-M at most):
- a WhatsApp order link (`https://wa.me/<number>?text=...`) too long for that has its prepared
  message shortened (ending in "…"), always keeping the "(SKU ...)" part, or, when even that
  does not fit, is reduced to the chat link without a message;
- any other data too long gives "" (no QR code): the caller says so in its warnings.
"""

from __future__ import annotations

import functools
import urllib.parse

import segno

MAX_QR_CHARS = 600
ELLIPSIS = "…"


@functools.lru_cache(maxsize=4096)
def qr_svg(data: str) -> str:
    """A QR code as inline SVG (vector, prints sharp), scaled by CSS; "" if `data` cannot fit.

    Remembered (about 50 ms each, mostly choosing the mask): the live preview asks again for
    the same codes after every edit."""
    data = fit_qr_data(data)
    if not data:
        return ""
    try:
        code = segno.make(data, error="m", micro=False)
    except (segno.DataOverflowError, ValueError):
        return ""
    return code.svg_inline(scale=1, border=2, dark="#1B1A18", light=None, omitsize=True)


def fit_qr_data(data: str) -> str:
    """`data` itself when short enough; a shortened WhatsApp link; or "" (see module doc)."""
    if len(data) <= MAX_QR_CHARS:
        return data
    parts = urllib.parse.urlsplit(data)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() not in (
        "wa.me",
        "api.whatsapp.com",
    ):
        return ""
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    if len(base) > MAX_QR_CHARS:
        return ""
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    text = (query.get("text") or [""])[0]
    head, tail = _split_sku(text)
    prefix = base + "?text="

    def link(kept: int) -> str:
        shortened = head[:kept].rstrip() + ELLIPSIS + " " + tail if kept < len(head) else text
        return prefix + urllib.parse.quote(shortened)

    if not tail or len(link(0)) > MAX_QR_CHARS:
        return base  # opens the chat; the buyer types the message
    low, high = 0, len(head)  # the longest head that fits (binary search: quoted length grows)
    while low < high:
        middle = (low + high + 1) // 2
        if len(link(middle)) <= MAX_QR_CHARS:
            low = middle
        else:
            high = middle - 1
    return link(low)


def _split_sku(text: str) -> tuple[str, str]:
    """("Halo, saya ingin memesan <name>", "(SKU X).") — the part to keep is the tail."""
    at = text.rfind("(SKU")
    if at < 0:
        return text, ""
    return text[:at].rstrip(), text[at:]
