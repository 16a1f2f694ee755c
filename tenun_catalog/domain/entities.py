"""The entities of a Tenun Catalog library as plain dataclasses (stdlib only).

Field names follow domain.md; vocabulary fields hold codes from `vocab`. Text written by people is
kept per language (`*_id` Indonesian, `*_en` English). Ids are assigned by the store (None until
saved). Money is whole Rupiah (int).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from . import vocab


@dataclass
class Producer:
    name: str
    id: int | None = None
    producer_type: str = "umkm"
    legal_form: str = ""
    nib: str = ""
    npwp: str = ""
    person_in_charge: str = ""
    nik: str = ""  # never printed in any output
    address: str = ""
    village: str = ""
    kecamatan: str = ""
    kabupaten: str = ""
    province: str = "Nusa Tenggara Timur"
    phone: str = ""
    whatsapp: str = ""
    email: str = ""
    social_media: str = ""
    capacity_per_month: int | None = None
    capacity_unit: str = ""
    market_reach: str = ""
    members_count: int | None = None
    mpig_member: bool = False
    story_id: str = ""
    story_en: str = ""


@dataclass
class WeaverCredit:
    name: str
    consent: bool = False


@dataclass
class TenunDetail:
    tenun_type: str = ""
    origin_kabupaten: str = ""
    suku: str = ""
    techniques: list[str] = field(default_factory=list)
    dyes: list[str] = field(default_factory=list)
    dye_class: str = ""
    yarn: str = ""
    length_cm: float | None = None
    width_cm: float | None = None
    weight_g: float | None = None
    panel_count: int | None = None
    days_to_make: int | None = None
    weavers: list[WeaverCredit] = field(default_factory=list)
    gi_claim: str = ""


@dataclass
class SeiDetail:
    meat: str = ""
    ingredients: list[str] = field(default_factory=list)  # descending weight order
    main_ingredient_pct: float | None = None
    smoking_wood: str = ""
    net_weight_g: float | None = None
    packaging_type: str = ""
    storage: str = ""
    shelf_life_days: int | None = None
    permit_kind: str = ""  # pirt, bpom_md, none
    permit_number: str = ""
    halal_status: str = ""
    halal_number: str = ""
    shared_facility_pork: bool = False
    shared_facility_statement: str = ""
    allergens: str = ""
    nutrition_facts: str = ""


@dataclass
class Product:
    sku: str
    kind: str  # tenun, sei, other
    id: int | None = None
    producer_id: int | None = None
    name_id: str = ""
    name_en: str = ""
    description_id: str = ""
    description_en: str = ""
    story_id: str = ""
    story_en: str = ""
    brand: str = ""
    trademark_status: str = ""
    trademark_number: str = ""
    price: int | None = None  # retail, whole Rupiah
    wholesale_price: int | None = None
    min_order: int | None = None
    lead_time_days: int | None = None
    stock: int | None = None
    packaging: str = ""
    # What the sales channels need (issue 14): the parcel as shipped (packaging included) and
    # the condition. Sei's net weight stays in its detail record; the packed weight adds the
    # packaging.
    packed_weight_g: float | None = None
    package_length_cm: float | None = None
    package_width_cm: float | None = None
    package_height_cm: float | None = None
    condition: str = "new"  # vocab.CONDITIONS
    tenun: TenunDetail | None = None
    sei: SeiDetail | None = None
    motif_ids: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind == "tenun" and self.tenun is None:
            self.tenun = TenunDetail()
        if self.kind == "sei" and self.sei is None:
            self.sei = SeiDetail()


@dataclass
class Motif:
    name_id: str
    id: int | None = None
    name_local: str = ""
    name_en: str = ""
    kabupaten: str = ""
    suku: str = ""
    clan_line: str = ""
    technique: str = ""
    meaning_id: str = ""
    meaning_en: str = ""
    meaning_source: str = ""
    use_context: str = ""
    # The old single code (bebas, bangsawan, klan, upacara), kept as stored: migration 6 copied it
    # into holder/protocols, and a non-bebas code still restricts the motif.
    restriction: str = "bebas"
    permission_by: str = ""
    permission_date: date | None = None
    protection: str = ""
    protection_number: str = ""
    contemporary: bool = False
    # Words that give the motif away without naming it ("patola"): kept out of public text too.
    revealing_words: list[str] = field(default_factory=list)
    # Provenance: who holds the motif (vocab.MOTIF_HOLDERS) and the holder's name(s).
    holder: str = ""
    holder_name: str = ""
    # Protocol conditions (vocab.MOTIF_PROTOCOLS): each one restricts the motif.
    protocols: list[str] = field(default_factory=list)
    permitted_use: str = ""  # vocab.MOTIF_USES
    # Audiences the community has decided the motif may reach (vocab.AUDIENCES); empty means
    # "not decided": the restriction and the permission record decide, as before issue 13.
    audiences: list[str] = field(default_factory=list)
    # Audiences the permission record covers; empty with who + when: every audience.
    permission_uses: list[str] = field(default_factory=list)
    # The scan of the permission letter (stored name in photos/, "" for none).
    permission_scan: str = ""
    lc_project_id: str = ""  # Local Contexts Hub project id
    tk_labels: list[str] = field(default_factory=list)  # vocab.TK_LABELS, applied by a community
    notice: str = ""  # vocab.LC_NOTICES, attached by an institution
    kik_type: str = ""  # vocab.KIK_TYPES (PP 56/2022)
    kik_number: str = ""  # the recording number in the national KIK data centre

    @property
    def restricted(self) -> bool:
        """Held by a clan, family or noble line, under a protocol, for the community only, or
        carrying an old restriction code other than bebas."""
        return (
            self.restriction not in ("", "bebas")
            or self.holder in vocab.RESTRICTING_HOLDERS
            or bool(self.protocols)
            or self.permitted_use == "komunitas"
        )

    @property
    def has_permission_record(self) -> bool:
        return bool(self.permission_by and self.permission_date)  # as before issue 13

    def permitted_for(self, audience: str) -> bool:
        """The permission record (who and when) covers `audience`."""
        return self.has_permission_record and (
            not self.permission_uses or audience in self.permission_uses
        )

    def shown_to(self, audience: str) -> bool:
        """May the motif appear in an output for `audience` (public, submission, internal)?

        An explicit audience list is the community's decision and always binds. Otherwise an
        unrestricted motif reaches everyone, and a restricted one reaches the community itself
        and every audience its permission record covers."""
        if self.audiences and audience not in self.audiences:
            return False
        if audience == "internal" or not self.restricted:
            return True
        return self.permitted_for(audience)

    @property
    def is_public(self) -> bool:
        """A restricted motif without a permission record never appears in public output."""
        return self.shown_to("public")


@dataclass
class Narrative:
    """One attributed telling of a motif: who told it, for which community, and who may read it.

    Several communities may hold their own narrative of one motif (as in Mukurtu); each carries
    its own audience (vocab.AUDIENCES), which the audience view applies on top of the motif's."""

    motif_id: int
    teller: str
    id: int | None = None
    community: str = ""
    audience: str = "internal"
    text_id: str = ""
    text_en: str = ""
    position: int = 0

    # Who may read a narrative of each audience: a public narrative is read by every audience,
    # a submission one by the curation desk and the community, an internal one by the community.
    _READERS = {
        "public": ("public", "submission", "internal"),
        "submission": ("submission", "internal"),
        "internal": ("internal",),
    }

    def shown_to(self, audience: str) -> bool:
        """Unknown audience codes read as internal: the narrowest."""
        return audience in self._READERS.get(self.audience, ("internal",))


@dataclass
class ProductionStep:
    """One step of making a product (yarn, dyeing, tying, weaving...), in the product's order.

    `kind` is a code of vocab.PRODUCTION_STEPS; `plants` names the plants a dyeing step uses
    ("mengkudu (Morinda citrifolia)"), as the GI description asks; `days` is how long it takes."""

    product_id: int
    kind: str
    id: int | None = None
    description_id: str = ""
    description_en: str = ""
    plants: list[str] = field(default_factory=list)
    days: int | None = None
    position: int = 0


@dataclass
class Photo:
    sha256: str
    filename: str  # name inside the library's photos/ folder
    id: int | None = None
    product_id: int | None = None
    producer_id: int | None = None
    motif_id: int | None = None
    position: int = 0
    role: str = "utama"
    width: int = 0
    height: int = 0
    format: str = ""
    byte_size: int = 0
    original_name: str = ""
    caption_id: str = ""
    caption_en: str = ""
    alt_id: str = ""
    alt_en: str = ""
    photographer: str = ""
    licence: str = ""
    consent: bool = False


@dataclass
class Permit:
    kind: str
    number: str
    id: int | None = None
    producer_id: int | None = None
    issuer: str = ""
    issued: date | None = None
    expires: date | None = None
    product_skus: list[str] = field(default_factory=list)
    scan_filename: str = ""


@dataclass
class CatalogSection:
    title_id: str
    title_en: str = ""
    product_ids: list[int] = field(default_factory=list)


@dataclass
class Catalog:
    name: str
    id: int | None = None
    title_id: str = ""
    title_en: str = ""
    purpose: str = "pameran"
    language: str = "id"
    theme: str = "pameran"
    paper: str = "A4"
    event_name: str = ""
    event_date: date | None = None
    venue: str = ""
    booth: str = ""
    currency: str = "IDR"
    usd_rate: float | None = None
    usd_rate_date: date | None = None
    options: dict[str, object] = field(default_factory=dict)
    sections: list[CatalogSection] = field(default_factory=list)


def field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


@dataclass(frozen=True)
class ProductSummary:
    """One line of a product list: enough for a grid card or a table row, cheap to fetch."""

    id: int
    sku: str
    kind: str
    name_id: str
    name_en: str
    price: int | None
    producer_id: int | None
    producer_name: str
    kabupaten: str
    cover_filename: str
    photo_count: int


@dataclass(frozen=True)
class ProductQuery:
    """Filter, sort and page for product lists; done in SQL so it stays fast at 100k rows."""

    text: str = ""
    kind: str = ""
    kabupaten: str = ""
    producer_id: int | None = None
    sort: str = "name"  # name, sku, price, updated, relevance (with text)
    descending: bool = False
    limit: int | None = None
    offset: int = 0
    ids: tuple[int, ...] | None = None  # only these products (None: no restriction)
