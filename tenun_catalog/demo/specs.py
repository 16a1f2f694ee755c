"""The shapes of the demo content: what a producer, motif, product, permit or photo of the demo is.

Owns the spec dataclasses that the content modules fill in and the builder turns into library
records, and `tenun_photos` / `sei_photos`, which give a product its usual set of photos with
captions and alt text in Indonesian and English. Specs refer to each other by key (a short
stable name), because library ids only exist once the records are saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.entities import Motif, Permit, Producer, Product

CREDIT = "Foto demo (gambar sintetis)"
LICENCE = "CC0 1.0 (gambar sintetis buatan Tenun Catalog)"


@dataclass(frozen=True)
class PhotoSpec:
    """One synthetic phone photo: which picture to draw (`maker`: ikat, sei or group), its seed
    and EXIF orientation, and the words that go with it."""

    maker: str
    seed: int
    role: str
    orientation: int = 1
    palette: str = "tarum"  # ikat
    sei_kind: str = "sapi"  # sei: sapi, babi or package
    people: int = 5  # group
    caption_id: str = ""
    caption_en: str = ""
    alt_id: str = ""
    alt_en: str = ""
    consent: bool = False  # people shown agreed (group photos)

    @property
    def filename(self) -> str:
        """A name that differs for every distinct picture (the file is generated under it)."""
        detail = {"ikat": self.palette, "sei": self.sei_kind, "group": str(self.people)}
        return f"{self.maker}-{detail.get(self.maker, '')}-{self.seed}-o{self.orientation}.jpg"


@dataclass(frozen=True)
class ProducerSpec:
    key: str
    producer: Producer
    photo: PhotoSpec | None = None


@dataclass(frozen=True)
class MotifSpec:
    key: str
    motif: Motif


@dataclass(frozen=True)
class ProductSpec:
    product: Product  # producer_id and motif_ids are filled in by the builder
    producer: str  # ProducerSpec.key
    motifs: tuple[str, ...] = ()  # MotifSpec.key, in order
    photos: tuple[PhotoSpec, ...] = ()


@dataclass(frozen=True)
class PermitSpec:
    """A permit record. `expires_in_days` (relative to the day the demo is built) overrides
    `permit.expires` and, with `valid_days`, the issue date: it keeps one permit 'expiring soon'
    whatever day the demo is built."""

    producer: str
    permit: Permit
    expires_in_days: int | None = None
    valid_days: int = 3 * 365


@dataclass(frozen=True)
class DemoContent:
    producers: list[ProducerSpec] = field(default_factory=list)
    motifs: list[MotifSpec] = field(default_factory=list)
    products: list[ProductSpec] = field(default_factory=list)
    permits: list[PermitSpec] = field(default_factory=list)


_TENUN_WORDS = {
    "selendang": ("selendang", "shawl"),
    "sarung": ("sarung", "sarong"),
    "selimut": ("selimut", "mantle"),
    "selempang": ("selempang", "sash"),
    "destar": ("destar", "head cloth"),
    "kain": ("kain", "cloth"),
    "turunan": ("produk", "product"),
}


def tenun_photos(
    seed: int,
    palette: str,
    name_id: str,
    name_en: str,
    tenun_type: str,
    third: str = "sisi_belakang",
    portrait: bool = True,
) -> tuple[PhotoSpec, ...]:
    """Three photos of a cloth: the whole cloth (utama), a motif close-up (detail_motif), and the
    back side (sisi_belakang) or the cloth being worn (dipakai). Portrait main photos are stored
    the way a phone writes them: landscape pixels with EXIF orientation 6."""
    what_id, what_en = _TENUN_WORDS.get(tenun_type, ("kain", "cloth"))
    en = name_en or name_id
    main = PhotoSpec(
        "ikat", seed, "utama", orientation=6 if portrait else 1, palette=palette,
        caption_id=f"{name_id}, dibentangkan utuh.",
        caption_en=f"{en}, shown in full.",
        alt_id=f"Foto {what_id} tenun ikat {name_id} tergantung di dinding, rumbai di bawah.",
        alt_en=f"Photo of the hand-woven {what_en} {en} hanging on a wall, fringe at the bottom.",
    )  # fmt: skip
    detail = PhotoSpec(
        "ikat", seed + 1, "detail_motif", orientation=1, palette=palette,
        caption_id=f"Detail motif {name_id}.",
        caption_en=f"Motif detail of {en}.",
        alt_id=f"Foto dekat motif ikat pada {name_id}, tampak serat benang tenun.",
        alt_en=f"Close-up of the ikat motif on {en}, with the woven threads visible.",
    )  # fmt: skip
    if third == "dipakai":
        last = PhotoSpec(
            "ikat", seed + 2, "dipakai", orientation=6, palette=palette,
            caption_id=f"{name_id} siap dikenakan.",
            caption_en=f"{en}, ready to be worn.",
            alt_id=f"Foto {name_id} tergantung menjuntai seperti saat dikenakan.",
            alt_en=f"Photo of {en} draped as it falls when worn.",
        )  # fmt: skip
    else:
        last = PhotoSpec(
            "ikat", seed + 2, "sisi_belakang", orientation=1, palette=palette,
            caption_id=f"Sisi belakang {name_id}: tanda tenunan tangan.",
            caption_en=f"The back of {en}: the mark of hand weaving.",
            alt_id=f"Foto sisi belakang {name_id} yang memperlihatkan benang tenunan tangan.",
            alt_en=f"Photo of the back of {en}, showing the hand-woven threads.",
        )  # fmt: skip
    return (main, detail, last)


def sei_photos(
    seed: int,
    meat: str,
    name_id: str,
    name_en: str,
    with_label: bool = True,
    vacuum_pack: bool = True,
) -> tuple[PhotoSpec, ...]:
    """The served Sei as the main photo (utama), then the vacuum pack's front and, optionally,
    its back label; Sei not sold in a vacuum pack gets a second serving photo (penyajian)."""
    en = name_en or name_id
    served = PhotoSpec(
        "sei", seed, "utama", sei_kind=meat,
        caption_id=f"{name_id}, disajikan di atas daun pisang.",
        caption_en=f"{en}, served on a banana leaf.",
        alt_id=f"Foto irisan {name_id} berwarna merah kecokelatan di atas daun pisang.",
        alt_en=f"Photo of sliced {en}, reddish brown, on a banana leaf.",
    )  # fmt: skip
    if not vacuum_pack:
        again = PhotoSpec(
            "sei", seed + 1, "penyajian", orientation=6, sei_kind=meat,
            caption_id=f"{name_id}, siap untuk pesta keluarga.",
            caption_en=f"{en}, ready for a family feast.",
            alt_id=f"Foto {name_id} yang baru diangkat dari pengasapan, di atas daun pisang.",
            alt_en=f"Photo of {en} fresh from the smokehouse, on a banana leaf.",
        )  # fmt: skip
        return (served, again)
    photos = [
        served,
        PhotoSpec(
            "sei", seed + 1, "kemasan_depan", sei_kind="package",
            caption_id=f"Kemasan {name_id}, tampak depan.",
            caption_en=f"{en}, package front.",
            alt_id=f"Foto kemasan plastik vakum {name_id} dengan label di depan.",
            alt_en=f"Photo of the vacuum pack of {en} with its front label.",
        ),
    ]  # fmt: skip
    if with_label:
        photos.append(
            PhotoSpec(
                "sei", seed + 2, "label_belakang", orientation=6, sei_kind="package",
                caption_id=f"Label belakang {name_id}: komposisi, izin edar, tanggal.",
                caption_en=f"Back label of {en}: ingredients, permit, dates.",
                alt_id=f"Foto label belakang kemasan {name_id}.",
                alt_en=f"Photo of the back label on the package of {en}.",
            )
        )  # fmt: skip
    return tuple(photos)


def group_photo(seed: int, name: str, people: int) -> PhotoSpec:
    return PhotoSpec(
        "group", seed, "produsen", people=people, consent=True,
        caption_id=f"Anggota {name}.",
        caption_en=f"Members of {name}.",
        alt_id=f"Foto bersama {people} anggota {name} berkain tenun di depan dinding rumah.",
        alt_en=f"Group photo of {people} members of {name} in woven cloth by a house wall.",
    )  # fmt: skip
