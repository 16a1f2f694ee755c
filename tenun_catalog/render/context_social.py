"""Template contract of the social cards (`render social-cards`): one card per product, at the
size of an Instagram feed post (1080 x 1350 px) or a WhatsApp Status / Instagram Story
(1080 x 1920 px). Plain text, the placed cover photo and an SVG QR code; the export module
fills it from the public audience view, the `kartu-sosial` theme lays it out; the theme marks
each card's word panel `data-fit`, so the export can measure a card whose words do not fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import PhotoCtx


@dataclass(frozen=True)
class CardSize:
    key: str  # "instagram" or "status": the file name's suffix
    width_px: int
    height_px: int
    photo_px: int  # height of the photo at the top
    label_id: str
    label_en: str
    safe_bottom_px: int = 0  # kept clear of words: the app's own buttons cover it

    BAND_PX = 16  # the kunyit band under the photo
    FOOT_PX = 130  # the order line, the photo credit and who the card is from

    @property
    def panel_px(self) -> int:
        """Height of the word panel between the band and the footer."""
        return self.height_px - self.photo_px - self.BAND_PX - self.FOOT_PX - self.safe_bottom_px


CARD_SIZES = {
    "instagram": CardSize("instagram", 1080, 1350, 740, "Instagram (feed)", "Instagram (feed)"),
    # Stories cover about 250 px at the top and 300 px at the bottom with their own buttons:
    # the photo may run under the top, the words stay clear of both.
    "status": CardSize(
        "status", 1080, 1920, 960, "Status WhatsApp / Story", "WhatsApp Status", 290
    ),
}


@dataclass(frozen=True)
class SocialCard:
    sku: str
    kicker: str  # "TENUN · SUMBA TIMUR"
    name: str
    name_second: str  # the other language's name in id+en, else ""
    producer: str
    price: str  # "Rp2.900.000", "" when the catalog hides prices
    photo: PhotoCtx | None
    credit: str  # "Foto: Maria Lenggu", "" without a named photographer
    order_line: str  # "Pesan via WhatsApp 0812 0000 0808" or "Pindai untuk memesan"
    qr_svg: str
    pork: str  # the pork marking in the card's language, "" for anything else
    tight: bool = False  # the smaller type, for a card whose words do not fit the large one


@dataclass(frozen=True)
class SocialCardsDoc:
    size: CardSize
    lang: str
    html_lang: str
    brand: str  # who the cards are from: the catalog's organisation, else a default
    cards: tuple[SocialCard, ...]
