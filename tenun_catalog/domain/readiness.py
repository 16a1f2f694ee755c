"""Readiness per output: how complete a product or producer is, and what stands in the way.

For each output (exhibition catalog, submission package, Sei food label, web catalog) domain.md
marks fields required; the score is the share of required items present (in the style of a PIM
completeness score), and `ready` means every required item is there and no rule says error.
Missing translations count when the output is bilingual. For the submission package each
permit of the product (its producer's, or one naming its SKU) counts as one required item, present
only with its scan attached (the package's izin/ folder holds the scans).

The sales channels (issue 14) are outputs too, kept apart in `CHANNELS` (so the overview's
counts, the products page's filter and the catalog outputs keep their four): WhatsApp/Meta and
Google feeds, Shopee and Tokopedia upload sheets. Each needs a name, a description, a price, a
brand (or the producer's name, the fallback every channel writes) and a main photo at least
`MIN_CHANNEL_PHOTO_PX` on its short side (Meta and Google ask 500 x 500; the marketplaces show
small photos badly); the marketplaces also need the packed weight (their shipping cost) and the
stock, and Google an id (the SKU) of at most 50 characters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from . import rules, vocab
from .entities import Motif, Permit, Producer, Product
from .findings import Finding, error

OUTPUTS = {
    "exhibition": ("katalog pameran", "exhibition catalog"),
    "submission": ("paket kurasi", "submission package"),
    "label": ("label pangan", "food label"),
    "web": ("katalog web", "web catalog"),
}
CHANNELS = {  # sales channels: readiness per channel, shown apart from the catalog outputs
    "meta": ("feed WhatsApp/Meta", "WhatsApp/Meta feed"),
    "google": ("feed Google", "Google feed"),
    "shopee": ("lembar unggah Shopee", "Shopee upload sheet"),
    "tokopedia": ("lembar unggah Tokopedia", "Tokopedia upload sheet"),
}
CHANNEL_NAMES = {
    "meta": ("WhatsApp/Meta", "WhatsApp/Meta"),
    "google": ("Google", "Google"),
    "shopee": ("Shopee", "Shopee"),
    "tokopedia": ("Tokopedia", "Tokopedia"),
}
MARKETPLACES = ("shopee", "tokopedia")
MIN_CHANNEL_PHOTO_PX = 500
MAX_GOOGLE_ID = 50
SHORT_NAMES = {  # for chips and column headers
    "exhibition": ("Pameran", "Exhibition"),
    "submission": ("Kurasi", "Submission"),
    "label": ("Label", "Label"),
    "web": ("Web", "Web"),
}


@dataclass(frozen=True)
class Requirement:
    field: str
    label_id: str
    label_en: str
    present: Callable[[object], bool]


@dataclass
class Readiness:
    output: str
    score: int  # 0..100
    missing: list[Finding] = field(default_factory=list)  # required items not filled in
    findings: list[Finding] = field(default_factory=list)  # rule findings for this record

    @property
    def ready(self) -> bool:
        return not self.missing and not any(f.is_error for f in self.findings)

    @property
    def errors(self) -> int:
        return len(self.missing) + sum(1 for f in self.findings if f.is_error)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if not f.is_error)


def _has(path: str) -> Callable[[object], bool]:
    def present(record: object) -> bool:
        value: object = record
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                return False
        return value not in ("", []) and value is not None  # 0 (sold out) is an answer

    return present


def _req(path: str, label_id: str, label_en: str, present=None) -> Requirement:
    return Requirement(path, label_id, label_en, present or _has(path))


def _any(*paths: str) -> Callable[[object], bool]:
    return lambda record: any(_has(p)(record) for p in paths)


_CONTACT = _req("whatsapp", "Telepon atau WhatsApp", "Phone or WhatsApp", _any("whatsapp", "phone"))

PRODUCER_REQUIRED: dict[str, list[Requirement]] = {
    "exhibition": [
        _req("name", "Nama", "Name"),
        _req("kabupaten", "Kabupaten/kota", "Regency"),
        _CONTACT,
    ],
    "submission": [
        _req("name", "Nama", "Name"),
        _req("legal_form", "Bentuk usaha", "Legal form"),
        _req("nib", "NIB", "NIB"),
        _req("person_in_charge", "Penanggung jawab", "Person in charge"),
        _req("nik", "NIK penanggung jawab", "NIK of the person in charge"),
        _req("address", "Alamat", "Address"),
        _req("kecamatan", "Kecamatan", "District"),
        _req("kabupaten", "Kabupaten/kota", "Regency"),
        _req("province", "Provinsi", "Province"),
        _CONTACT,
        _req("capacity_per_month", "Kapasitas produksi per bulan", "Monthly capacity"),
        _req("market_reach", "Jangkauan pasar", "Market reach"),
    ],
    "label": [
        _req("name", "Nama", "Name"),
        _req("address", "Alamat", "Address"),
        _req("kabupaten", "Kabupaten/kota", "Regency"),
    ],
    "web": [_req("name", "Nama", "Name"), _CONTACT],
}

_STORY = _req(
    "story_id",
    "Deskripsi atau cerita (Indonesia)",
    "Description or story (Indonesian)",
    _any("story_id", "description_id"),
)
_STORY_EN = _req(
    "story_en",
    "Deskripsi atau cerita (Inggris)",
    "Description or story (English)",
    _any("story_en", "description_en"),
)
_NAME_EN = _req("name_en", "Nama (Inggris)", "Name (English)")

PRODUCT_REQUIRED: dict[str, list[Requirement]] = {
    "exhibition": [
        _req("sku", "SKU", "SKU"),
        _req("name_id", "Nama (Indonesia)", "Name"),
        _STORY,
        _req("price", "Harga eceran", "Retail price"),
    ],
    "submission": [
        _req("sku", "SKU", "SKU"),
        _req("name_id", "Nama (Indonesia)", "Name"),
        _STORY,
        _req("price", "Harga eceran", "Retail price"),
        _req("wholesale_price", "Harga grosir", "Wholesale price"),
        _req("min_order", "Pesanan minimum", "Minimum order"),
        _req("lead_time_days", "Waktu pengerjaan", "Lead time"),
        _req("stock", "Stok", "Stock"),
        _req("packaging", "Kemasan", "Packaging"),
    ],
    "label": [
        _req("name_id", "Nama produk (Indonesia)", "Product name (Indonesian)"),
        _req("brand", "Merek dagang", "Brand"),
        _req("packaging", "Kemasan", "Packaging"),
        _req("sei.ingredients", "Komposisi", "Ingredients"),
        _req("sei.net_weight_g", "Berat bersih", "Net weight"),
        _req("sei.storage", "Penyimpanan", "Storage"),
        _req("sei.shelf_life_days", "Masa simpan", "Shelf life"),
        _req("sei.permit_kind", "Izin edar", "Food permit"),
        _req("sei.halal_status", "Status halal", "Halal status"),
    ],
    "web": [
        _req("sku", "SKU", "SKU"),
        _req("name_id", "Nama (Indonesia)", "Name"),
        _STORY,
        _req("price", "Harga eceran", "Retail price"),
    ],
}

_CHANNEL_COMMON = [
    _req("sku", "SKU", "SKU"),
    _req("name_id", "Nama (Indonesia)", "Name"),
    _STORY,
    _req("price", "Harga eceran", "Retail price"),
]
_MARKETPLACE = [
    _req("packed_weight_g", "Berat kirim dengan kemasan", "Packed weight"),
    _req("stock", "Stok", "Stock"),
]
for _channel in CHANNELS:
    PRODUCT_REQUIRED[_channel] = _CHANNEL_COMMON + (
        _MARKETPLACE if _channel in MARKETPLACES else []
    )

TENUN_REQUIRED = [
    _req("tenun.origin_kabupaten", "Asal kabupaten/kota", "Origin regency"),
    _req("tenun.techniques", "Teknik", "Techniques"),
]
MIN_PHOTOS = {"exhibition": 1, "submission": 3, "label": 0, "web": 1} | dict.fromkeys(CHANNELS, 1)


def _where(output: str) -> tuple[str, str]:
    return OUTPUTS.get(output) or CHANNELS[output]


def _missing(output: str, req: Requirement) -> Finding:
    where_id, where_en = _where(output)
    return error(
        req.field,
        f"missing_{req.field.replace('.', '_')}",
        f"{req.label_id} belum diisi (wajib untuk {where_id}).",
        f"{req.label_en} is missing (required for the {where_en}).",
    )


def _missing_scan(permit: Permit) -> Finding:
    kind_id = vocab.PERMIT_KINDS.label(permit.kind, "id") if permit.kind else "Izin"
    kind_en = vocab.PERMIT_KINDS.label(permit.kind, "en") if permit.kind else "Permit"
    title_id, title_en = f"{kind_id} {permit.number}".strip(), f"{kind_en} {permit.number}".strip()
    return error(
        "permits",
        "missing_permit_scan",
        f"Pindaian {title_id} belum dilampirkan (wajib untuk paket kurasi).",
        f"The scan of the {title_en} is not attached (required for the submission package).",
    )


def _score(present: int, total: int) -> int:
    return 100 if total == 0 else (100 * present) // total


def product_readiness(
    product: Product,
    output: str,
    *,
    producer: Producer | None = None,
    photo_count: int = 0,
    motifs: Sequence[Motif] = (),
    permits: Sequence[Permit] = (),
    bilingual: bool = False,
    today: date | None = None,
    main_photo_px: int | None = None,
) -> Readiness:
    """`main_photo_px`: the short side of the product's first photo in pixels, when known (the
    channels need it large enough; unknown, only the photo count is judged)."""
    if output not in OUTPUTS and output not in CHANNELS:
        raise ValueError(output)
    if output == "label" and product.kind != "sei":
        return Readiness(output, 100)  # labels are for Sei only: nothing to do for the others
    required = list(PRODUCT_REQUIRED[output])
    if product.kind == "tenun" and output in ("exhibition", "submission", "web"):
        required += TENUN_REQUIRED
    if bilingual and output != "label":
        required += [_NAME_EN, _STORY_EN]
    missing = [_missing(output, r) for r in required if not r.present(product)]
    need_photos = MIN_PHOTOS[output]
    total = len(required) + (1 if need_photos else 0)
    present = len(required) - len(missing)
    if need_photos:
        if photo_count >= need_photos:
            present += 1
        else:
            where_id, where_en = _where(output)
            missing.append(
                error(
                    "photos",
                    "missing_photos",
                    f"Perlu minimal {need_photos} foto untuk {where_id}; baru ada {photo_count}.",
                    f"The {where_en} needs at least {need_photos} photos; there are {photo_count}.",
                )
            )
    if output in CHANNELS:
        extra, lacking = _channel_items(output, product, producer, main_photo_px)
        total += extra
        present += extra - len(lacking)
        missing += lacking
    if output == "submission":  # the package's izin/ folder needs each permit's scan
        for permit in permits:
            total += 1
            if permit.scan_filename:
                present += 1
            else:
                missing.append(_missing_scan(permit))
    findings = rules.validate_product(product, producer, motifs, permits, today=today)
    if output == "label":
        findings = [
            f
            for f in findings
            if f.field.startswith(("sei.", "producer."))
            or f.field in ("name_id", "brand", "packaging")
        ]
    return Readiness(output, _score(present, total), missing, findings)


def _channel_items(
    output: str,
    product: Product,
    producer: Producer | None,
    main_photo_px: int | None,
) -> tuple[int, list[Finding]]:
    """What a channel needs beyond the required fields: (items judged, the ones missing)."""
    where_id, where_en = CHANNELS[output]
    missing: list[Finding] = []
    total = 1  # a brand, or the producer's name every channel writes instead
    if not product.brand.strip() and not (producer is not None and producer.name.strip()):
        missing.append(
            error(
                "brand",
                "missing_brand",
                f"Merek dagang belum diisi dan produk belum punya produsen (wajib untuk "
                f"{where_id}).",
                f"The brand is missing and the product has no producer (required for the "
                f"{where_en}).",
            )
        )
    if main_photo_px:  # known (a photo without a recorded size is judged by the output)
        total += 1
    if main_photo_px and main_photo_px < MIN_CHANNEL_PHOTO_PX:
        missing.append(
            error(
                "photos",
                "photo_too_small",
                f"Foto utama hanya {main_photo_px} piksel di sisi pendeknya; {where_id} meminta "
                f"minimal {MIN_CHANNEL_PHOTO_PX} piksel. Ganti dengan foto yang lebih besar.",
                f"The main photo is only {main_photo_px} px on its short side; the {where_en} "
                f"needs at least {MIN_CHANNEL_PHOTO_PX} px. Use a larger photo.",
            )
        )
    if output == "google" and len(product.sku) > MAX_GOOGLE_ID:
        total += 1
        missing.append(
            error(
                "sku",
                "sku_too_long_for_channel",
                f"SKU lebih dari {MAX_GOOGLE_ID} karakter (batas Google untuk id produk); "
                "perpendek SKU-nya.",
                f"The SKU is longer than {MAX_GOOGLE_ID} characters (Google's limit for a "
                "product id); shorten it.",
            )
        )
    return total, missing


def producer_readiness(producer: Producer, output: str) -> Readiness:
    if output not in OUTPUTS:
        raise ValueError(output)
    required = PRODUCER_REQUIRED[output]
    missing = [_missing(output, r) for r in required if not r.present(producer)]
    findings = rules.validate_producer(producer)
    return Readiness(output, _score(len(required) - len(missing), len(required)), missing, findings)
