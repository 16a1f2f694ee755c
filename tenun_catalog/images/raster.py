"""PDF pages to JPEG pictures for sharing (social cards): rasterised with PDFium, sRGB, bounded.

Owns `pdf_pages_to_jpegs`: each page of a PDF (laid out by WeasyPrint at the card's size in CSS
pixels) drawn by pypdfium2 at exactly `width_px` pixels wide, flattened to RGB, tagged sRGB and
saved as a progressive JPEG no larger than `max_bytes`: the quality steps down until it fits
(WhatsApp and Instagram recompress large uploads). No system library is needed. Imported
lazily by the social-card output, so PDFium never loads before someone makes cards.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageCms

QUALITIES = (90, 85, 80, 74, 68, 62, 56)
MAX_PAGES = 2000  # a card document holds one page per product


@dataclass(frozen=True)
class RasterPage:
    jpeg: bytes
    width: int
    height: int
    quality: int


def _srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _jpeg(image: Image.Image, max_bytes: int, icc: bytes) -> tuple[bytes, int]:
    data, quality = b"", QUALITIES[-1]
    for quality in QUALITIES:
        buffer = io.BytesIO()
        image.save(
            buffer, "JPEG", quality=quality, progressive=True, optimize=True, icc_profile=icc
        )
        data = buffer.getvalue()
        if len(data) <= max_bytes:
            break
    return data, quality


def pdf_pages_to_jpegs(pdf: bytes, width_px: int, max_bytes: int) -> list[RasterPage]:
    """Every page of `pdf` as a JPEG `width_px` wide (height by the page's aspect)."""
    document = pdfium.PdfDocument(pdf)  # our own PDF: a failure here is a bug, not input
    icc = _srgb_icc()
    pages: list[RasterPage] = []
    try:
        if len(document) > MAX_PAGES:
            raise ValueError(f"{len(document)} pages: more than {MAX_PAGES} cards at once")
        for index in range(len(document)):
            page = document[index]
            try:
                scale = width_px / page.get_width()
                image = page.render(scale=scale).to_pil().convert("RGB")
            finally:
                page.close()
            if image.width != width_px:  # rounding of the page box: never off by more than 1
                height = round(image.height * width_px / image.width)
                image = image.resize((width_px, height), Image.Resampling.LANCZOS)
            data, quality = _jpeg(image, max_bytes, icc)
            pages.append(RasterPage(data, image.width, image.height, quality))
    finally:
        document.close()
    return pages
