"""Names made from SKUs and other stored text: page names, URLs, anchors and file names.

The one place that turns an SKU into a name, so the QR code on a hang tag, the web catalog's
page and a feed's link agree. Every name is deterministic (it does not depend on which other
products are exported), Windows-safe, at most `MAX_STEM` characters, and distinct for distinct
SKUs: when the readable form loses information (punctuation folded, characters dropped, length
cut, case folded) a short hash of the exact SKU is appended, so `TN-001`, `TN_001` and `TN 001`
get three names.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import urllib.parse

PAGE_FOLDER = "produk"
MAX_STEM = 60
_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
_FILE_UNSAFE = re.compile(r"[^\w\-. ]+|[\x00-\x1f]")
# Names Windows refuses as files whatever their extension.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _finish(readable: str, exact: str, lossless: bool) -> str:
    readable = readable[:MAX_STEM].strip("-_. ")
    if not readable:
        readable, lossless = "x", False
    if readable.split(".")[0].lower() in _RESERVED:
        lossless = False
    if len(readable) < len(exact) and readable == exact[: len(readable)]:
        lossless = False  # cut
    return readable if lossless else f"{readable[: MAX_STEM - 9]}-{_digest(exact)}"


def slug(text: str) -> str:
    """Lowercase ASCII words joined by '-' (for anchors and section ids; may collide)."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return _SLUG_UNSAFE.sub("-", plain.lower()).strip("-")[:MAX_STEM] or "x"


def sku_slug(sku: str) -> str:
    """A unique, URL- and file-safe name for an SKU ("tn-001", "tn-001-1a2b3c4d")."""
    readable = slug(sku)
    return _finish(readable, sku, readable == sku.strip().lower() and sku == sku.strip())


def page_path(sku: str) -> str:
    """The product's page inside a web catalog: `produk/<sku-slug>.html`."""
    return f"{PAGE_FOLDER}/{sku_slug(sku)}.html"


def page_url(base_url: str, sku: str) -> str:
    """The product page's address under a published `base_url`, or "" without one."""
    if not base_url.strip():
        return ""
    return urllib.parse.urljoin(base_url.strip().rstrip("/") + "/", page_path(sku))


def anchor(sku: str) -> str:
    return f"p-{sku_slug(sku)}"


def file_stem(text: str) -> str:
    """A file or folder name part for any stored text (an SKU, a producer's name): keeps
    readable characters, replaces the rest, and stays distinct for distinct texts."""
    readable = _FILE_UNSAFE.sub("_", text.strip()).strip(" .")
    lossless = readable == text and not re.search(r"[/\\:]", text)
    return _finish(readable, text, lossless)


class PageNames:
    """Callable sku -> page path, as the context builder expects (kept for the web export)."""

    def __call__(self, sku: str) -> str:
        return page_path(sku)
