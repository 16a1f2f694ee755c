"""What a JPEG given to others says about itself, decided from the audience view only.

Owns `product_credit`, `producer_credit` and `view_credits`: they turn a redacted photo and its
product or producer (as the audience view gives them) into an `images.PhotoCredit`, which the
web export and the submission package write into every JPEG as XMP. Because the view has already
dropped weavers without consent, withheld motifs, their names in captions and product names,
nothing here can name them: the credit is made from the snapshot, never from the library.

Rules: the creator is the photographer; the copyright notice and the credit line name the
photographer, or the producer when no photographer is recorded; the licence is the photo's
licence; weavers are named as the cloth's creators only when they consented (the view's list).
"""

from __future__ import annotations

from dataclasses import replace

from ..domain.entities import Photo, Producer
from ..images import PhotoCredit
from .audience import AudienceView, ViewProduct


def _rights(photo: Photo, producer: Producer | None) -> tuple[str, str]:
    owner = photo.photographer.strip() or (producer.name.strip() if producer else "")
    if not owner:
        return "", ""
    notice = f"© {owner}" + (f". {photo.licence.strip()}" if photo.licence.strip() else "")
    credit = f"Foto: {photo.photographer.strip()}" if photo.photographer.strip() else ""
    if producer and producer.name.strip() and producer.name.strip() != owner:
        credit = f"{credit} / {producer.name.strip()}" if credit else producer.name.strip()
    return notice, credit or owner


def product_credit(item: ViewProduct, photo: Photo) -> PhotoCredit:
    product = item.product
    weavers = product.tenun.weavers if product.tenun else []
    title_id, title_en = product.name_id or product.name_en, product.name_en or product.name_id
    return replace(
        _credit(title_id, title_en, photo, item.producer),
        artwork_title=title_id,
        artwork_creators=tuple(w.name.strip() for w in weavers if w.consent and w.name.strip()),
    )


def producer_credit(producer: Producer, photo: Photo) -> PhotoCredit:
    return _credit(producer.name, producer.name, photo, producer)


def _credit(title_id: str, title_en: str, photo: Photo, producer: Producer | None) -> PhotoCredit:
    notice, credit = _rights(photo, producer)
    return PhotoCredit(
        title_id=title_id,
        title_en=title_en,
        caption_id=photo.caption_id or photo.alt_id,
        caption_en=photo.caption_en or photo.alt_en,
        creator=photo.photographer,
        copyright=notice,
        licence=photo.licence,
        credit_line=credit,
    )


def view_credits(view: AudienceView) -> dict[int, PhotoCredit]:
    """Photo id -> its credit, for every product and producer photo of the view."""
    out: dict[int, PhotoCredit] = {}
    for item in view.products:
        for photo in item.photos:
            if photo.id is not None:
                out.setdefault(photo.id, product_credit(item, photo))
    for pid, photos in view.producer_photos.items():
        producer = view.producers.get(pid)
        for photo in photos:
            if producer is not None and photo.id is not None:
                out.setdefault(photo.id, producer_credit(producer, photo))
    return out
