"""Field specifications: the type, vocabulary and Indonesian/English label of every editable field.

One table serves the command line (a flag per field), spreadsheets (a column per field) and the
app's forms. `parse` turns text typed by a person into a value (or a UserError naming the field);
`format` writes a value back as text that `parse` reads again unchanged.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import entities, vocab
from .errors import UserError


@dataclass(frozen=True)
class FieldSpec:
    path: str  # attribute, or "tenun.<attr>" / "sei.<attr>" for detail records
    type: str  # text, int, float, bool, date, code, codes, list, weavers
    label_id: str
    label_en: str
    vocabulary: vocab.Vocabulary | None = None
    kinds: tuple[str, ...] = ()  # product kinds the field applies to (empty: all)
    multiline: bool = False

    @property
    def flag(self) -> str:
        """Command-line flag: `name_id` -> `--name-id`, `tenun.width_cm` -> `--width-cm`."""
        return "--" + self.path.split(".")[-1].replace("_", "-")

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id

    @property
    def max_length(self) -> int | None:
        """Most characters a value may have (a list: written out with `format`), or None."""
        return max_length(self)


def _spec(path, type_, label_id, label_en, vocabulary=None, kinds=(), multiline=False):
    return FieldSpec(path, type_, label_id, label_en, vocabulary, tuple(kinds), multiline)


V = vocab
PRODUCT_FIELDS: list[FieldSpec] = [
    _spec("sku", "text", "SKU", "SKU"),
    _spec("kind", "code", "Jenis produk", "Product kind", V.PRODUCT_KINDS),
    _spec("name_id", "text", "Nama (Indonesia)", "Name (Indonesian)"),
    _spec("name_en", "text", "Nama (Inggris)", "Name (English)"),
    _spec(
        "description_id",
        "text",
        "Deskripsi (Indonesia)",
        "Description (Indonesian)",
        multiline=True,
    ),
    _spec("description_en", "text", "Deskripsi (Inggris)", "Description (English)", multiline=True),
    _spec("story_id", "text", "Cerita (Indonesia)", "Story (Indonesian)", multiline=True),
    _spec("story_en", "text", "Cerita (Inggris)", "Story (English)", multiline=True),
    _spec("brand", "text", "Merek dagang", "Brand"),
    _spec("trademark_status", "code", "Status merek", "Trademark status", V.TRADEMARK_STATUS),
    _spec("trademark_number", "text", "Nomor merek", "Trademark number"),
    _spec("price", "int", "Harga eceran (Rp)", "Retail price (IDR)"),
    _spec("wholesale_price", "int", "Harga grosir (Rp)", "Wholesale price (IDR)"),
    _spec("min_order", "int", "Pesanan minimum", "Minimum order"),
    _spec("lead_time_days", "int", "Waktu pengerjaan (hari)", "Lead time (days)"),
    _spec("stock", "int", "Stok", "Stock"),
    _spec("packaging", "text", "Kemasan", "Packaging"),
    # For the sales channels (Shopee, Tokopedia, Meta, Google): the parcel as shipped.
    _spec("packed_weight_g", "float", "Berat kirim dengan kemasan (g)", "Packed weight (g)"),
    _spec("package_length_cm", "float", "Panjang paket (cm)", "Package length (cm)"),
    _spec("package_width_cm", "float", "Lebar paket (cm)", "Package width (cm)"),
    _spec("package_height_cm", "float", "Tinggi paket (cm)", "Package height (cm)"),
    _spec("condition", "code", "Kondisi", "Condition", V.CONDITIONS),
    # Tenun detail
    _spec("tenun.tenun_type", "code", "Jenis tenun", "Textile type", V.TENUN_TYPES, ["tenun"]),
    _spec(
        "tenun.origin_kabupaten",
        "code",
        "Asal kabupaten/kota",
        "Origin regency/city",
        V.KABUPATEN,
        ["tenun"],
    ),
    _spec("tenun.suku", "text", "Suku", "Ethnic group", kinds=["tenun"]),
    _spec("tenun.techniques", "codes", "Teknik", "Techniques", V.TECHNIQUES, ["tenun"]),
    _spec("tenun.dyes", "codes", "Pewarna", "Dyes", V.DYES, ["tenun"]),
    _spec("tenun.dye_class", "code", "Golongan pewarna", "Dye class", V.DYE_CLASSES, ["tenun"]),
    _spec("tenun.yarn", "code", "Benang", "Yarn", V.YARNS, ["tenun"]),
    _spec("tenun.length_cm", "float", "Panjang (cm)", "Length (cm)", kinds=["tenun"]),
    _spec("tenun.width_cm", "float", "Lebar (cm)", "Width (cm)", kinds=["tenun"]),
    _spec("tenun.weight_g", "float", "Berat (g)", "Weight (g)", kinds=["tenun"]),
    _spec("tenun.panel_count", "int", "Jumlah panel", "Panel count", kinds=["tenun"]),
    _spec("tenun.days_to_make", "int", "Lama menenun (hari)", "Days to weave", kinds=["tenun"]),
    _spec("tenun.weavers", "weavers", "Penenun", "Weavers", kinds=["tenun"]),
    _spec(
        "tenun.gi_claim", "text", "Indikasi geografis", "Geographical indication", kinds=["tenun"]
    ),
    # Sei detail
    _spec("sei.meat", "code", "Daging", "Meat", V.MEATS, ["sei"]),
    _spec("sei.ingredients", "list", "Komposisi", "Ingredients", kinds=["sei"]),
    _spec(
        "sei.main_ingredient_pct", "float", "Bahan utama (%)", "Main ingredient (%)", kinds=["sei"]
    ),
    _spec("sei.smoking_wood", "code", "Kayu pengasap", "Smoking wood", V.SMOKING_WOODS, ["sei"]),
    _spec("sei.net_weight_g", "float", "Berat bersih (g)", "Net weight (g)", kinds=["sei"]),
    _spec("sei.packaging_type", "text", "Jenis kemasan", "Packaging type", kinds=["sei"]),
    _spec("sei.storage", "code", "Penyimpanan", "Storage", V.STORAGE, ["sei"]),
    _spec("sei.shelf_life_days", "int", "Masa simpan (hari)", "Shelf life (days)", kinds=["sei"]),
    _spec("sei.permit_kind", "code", "Izin edar", "Food permit", V.FOOD_PERMITS, ["sei"]),
    _spec("sei.permit_number", "text", "Nomor izin edar", "Food permit number", kinds=["sei"]),
    _spec("sei.halal_status", "code", "Status halal", "Halal status", V.HALAL_STATUS, ["sei"]),
    _spec(
        "sei.halal_number",
        "text",
        "Nomor sertifikat halal",
        "Halal certificate number",
        kinds=["sei"],
    ),
    _spec(
        "sei.shared_facility_pork",
        "bool",
        "Fasilitas bersama dengan babi",
        "Facility shared with pork",
        kinds=["sei"],
    ),
    _spec(
        "sei.shared_facility_statement",
        "text",
        "Pernyataan fasilitas bersama",
        "Shared-facility statement",
        kinds=["sei"],
    ),
    _spec("sei.allergens", "text", "Alergen", "Allergens", kinds=["sei"]),
    _spec(
        "sei.nutrition_facts",
        "text",
        "Informasi nilai gizi",
        "Nutrition facts",
        kinds=["sei"],
        multiline=True,
    ),
]

PRODUCER_FIELDS: list[FieldSpec] = [
    _spec("name", "text", "Nama", "Name"),
    _spec("producer_type", "code", "Jenis produsen", "Producer type", V.PRODUCER_TYPES),
    _spec("legal_form", "code", "Bentuk usaha", "Legal form", V.LEGAL_FORMS),
    _spec("nib", "text", "NIB", "Business registration (NIB)"),
    _spec("npwp", "text", "NPWP", "Tax number (NPWP)"),
    _spec("person_in_charge", "text", "Penanggung jawab", "Person in charge"),
    _spec("nik", "text", "NIK penanggung jawab", "Person in charge's NIK"),
    _spec("address", "text", "Alamat", "Address"),
    _spec("village", "text", "Desa/kelurahan", "Village"),
    _spec("kecamatan", "text", "Kecamatan", "District"),
    _spec("kabupaten", "code", "Kabupaten/kota", "Regency/city", V.KABUPATEN),
    _spec("province", "text", "Provinsi", "Province"),
    _spec("phone", "text", "Telepon", "Phone"),
    _spec("whatsapp", "text", "WhatsApp", "WhatsApp"),
    _spec("email", "text", "Surel", "Email"),
    _spec("social_media", "text", "Media sosial", "Social media"),
    _spec("capacity_per_month", "int", "Kapasitas per bulan", "Capacity per month"),
    _spec("capacity_unit", "text", "Satuan kapasitas", "Capacity unit"),
    _spec("market_reach", "code", "Jangkauan pasar", "Market reach", V.MARKET_REACH),
    _spec("members_count", "int", "Jumlah anggota", "Members"),
    _spec("mpig_member", "bool", "Anggota MPIG", "Member of a GI society (MPIG)"),
    _spec("story_id", "text", "Profil (Indonesia)", "Profile (Indonesian)", multiline=True),
    _spec("story_en", "text", "Profil (Inggris)", "Profile (English)", multiline=True),
]

MOTIF_FIELDS: list[FieldSpec] = [
    _spec("name_id", "text", "Nama motif (Indonesia)", "Motif name (Indonesian)"),
    _spec("name_local", "text", "Nama motif (bahasa daerah)", "Motif name (local language)"),
    _spec("name_en", "text", "Nama motif (Inggris)", "Motif name (English)"),
    _spec("kabupaten", "code", "Kabupaten/kota", "Regency/city", V.KABUPATEN),
    _spec("suku", "text", "Suku", "Ethnic group"),
    _spec("clan_line", "text", "Garis klan", "Clan line"),
    _spec("technique", "code", "Teknik", "Technique", V.TECHNIQUES),
    _spec("meaning_id", "text", "Makna (Indonesia)", "Meaning (Indonesian)", multiline=True),
    _spec("meaning_en", "text", "Makna (Inggris)", "Meaning (English)", multiline=True),
    _spec("meaning_source", "text", "Sumber makna", "Source of the meaning"),
    _spec("use_context", "code", "Konteks pemakaian", "Use", V.USE_CONTEXTS),
    _spec("restriction", "code", "Pembatasan", "Restriction", V.MOTIF_RESTRICTIONS),
    _spec("permission_by", "text", "Izin diberikan oleh", "Permission granted by"),
    _spec("permission_date", "date", "Tanggal izin", "Permission date"),
    _spec("protection", "code", "Perlindungan", "Protection", V.MOTIF_PROTECTIONS),
    _spec("protection_number", "text", "Nomor perlindungan", "Protection number"),
    _spec("contemporary", "bool", "Motif kontemporer", "Contemporary design"),
    _spec(
        "revealing_words",
        "list",
        "Kata yang mengungkap motif",
        "Words that reveal the motif",
    ),
    # The motif registry (issue 13): provenance, protocol, permission, audiences, references.
    _spec("holder", "code", "Pemegang motif", "Motif holder", V.MOTIF_HOLDERS),
    _spec("holder_name", "text", "Nama pemegang", "Holder's name"),
    _spec("protocols", "codes", "Syarat adat", "Protocol conditions", V.MOTIF_PROTOCOLS),
    _spec("permitted_use", "code", "Penggunaan yang diizinkan", "Permitted use", V.MOTIF_USES),
    _spec("audiences", "codes", "Boleh tampil di", "May be shown in", V.AUDIENCES),
    _spec("permission_uses", "codes", "Izin berlaku untuk", "Permission covers", V.AUDIENCES),
    _spec("lc_project_id", "text", "ID proyek Local Contexts Hub", "Local Contexts Hub project id"),
    _spec("tk_labels", "codes", "Label TK", "TK Labels", V.TK_LABELS),
    _spec("notice", "code", "Notice lembaga", "Institutional Notice", V.LC_NOTICES),
    _spec("kik_type", "code", "Jenis KIK", "Communal IP (KIK) type", V.KIK_TYPES),
    _spec("kik_number", "text", "Nomor pencatatan KIK", "KIK recording number"),
]

NARRATIVE_FIELDS: list[FieldSpec] = [
    _spec("teller", "text", "Penutur", "Told by"),
    _spec("community", "text", "Komunitas", "Community"),
    _spec("audience", "code", "Boleh dibaca oleh", "Audience", V.AUDIENCES),
    _spec("text_id", "text", "Cerita (Indonesia)", "Narrative (Indonesian)", multiline=True),
    _spec("text_en", "text", "Cerita (Inggris)", "Narrative (English)", multiline=True),
]

STEP_FIELDS: list[FieldSpec] = [
    _spec("kind", "code", "Tahap", "Step", V.PRODUCTION_STEPS),
    _spec(
        "description_id", "text", "Uraian (Indonesia)", "Description (Indonesian)", multiline=True
    ),
    _spec("description_en", "text", "Uraian (Inggris)", "Description (English)", multiline=True),
    _spec("plants", "list", "Tanaman pewarna", "Dye plants"),
    _spec("days", "int", "Lama (hari)", "Days"),
]

PERMIT_FIELDS: list[FieldSpec] = [
    _spec("kind", "code", "Jenis izin", "Permit kind", V.PERMIT_KINDS),
    _spec("number", "text", "Nomor", "Number"),
    _spec("issuer", "text", "Penerbit", "Issuer"),
    _spec("issued", "date", "Tanggal terbit", "Issued"),
    _spec("expires", "date", "Berlaku sampai", "Expires"),
    _spec("product_skus", "list", "Produk yang dicakup (SKU)", "Products covered (SKU)"),
]

PHOTO_FIELDS: list[FieldSpec] = [
    _spec("role", "code", "Peran foto", "Photo role", V.PHOTO_ROLES),
    _spec("caption_id", "text", "Keterangan (Indonesia)", "Caption (Indonesian)"),
    _spec("caption_en", "text", "Keterangan (Inggris)", "Caption (English)"),
    _spec("alt_id", "text", "Teks alternatif (Indonesia)", "Alt text (Indonesian)"),
    _spec("alt_en", "text", "Teks alternatif (Inggris)", "Alt text (English)"),
    _spec("photographer", "text", "Fotografer", "Photographer"),
    _spec("licence", "text", "Lisensi", "Licence"),
    _spec("consent", "bool", "Izin orang di foto", "Consent of people shown"),
]

CATALOG_FIELDS: list[FieldSpec] = [
    _spec("name", "text", "Nama katalog", "Catalog name"),
    _spec("title_id", "text", "Judul (Indonesia)", "Title (Indonesian)"),
    _spec("title_en", "text", "Judul (Inggris)", "Title (English)"),
    _spec("purpose", "code", "Tujuan", "Purpose", V.CATALOG_PURPOSES),
    _spec("language", "code", "Bahasa", "Language", V.CATALOG_LANGUAGES),
    _spec("theme", "text", "Tema", "Theme"),
    _spec("paper", "code", "Kertas", "Paper", V.PAPER_SIZES),
    _spec("event_name", "text", "Nama acara", "Event name"),
    _spec("event_date", "date", "Tanggal acara", "Event date"),
    _spec("venue", "text", "Tempat", "Venue"),
    _spec("booth", "text", "Stan", "Booth"),
    _spec("usd_rate", "float", "Kurs USD (Rp per USD)", "USD rate (IDR per USD)"),
    _spec("usd_rate_date", "date", "Tanggal kurs", "Rate date"),
]

FIELDS_BY_ENTITY = {
    "product": PRODUCT_FIELDS,
    "producer": PRODUCER_FIELDS,
    "motif": MOTIF_FIELDS,
    "narrative": NARRATIVE_FIELDS,
    "step": STEP_FIELDS,
    "permit": PERMIT_FIELDS,
    "photo": PHOTO_FIELDS,
    "catalog": CATALOG_FIELDS,
}

_TRUE = {"1", "ya", "y", "yes", "true", "benar", "setuju", "x"}
_FALSE = {"0", "tidak", "t", "no", "n", "false", "salah", ""}
_CONSENT = re.compile(r"\s*\((setuju|izin|consent)\)\s*$", re.IGNORECASE)
LIST_SEPARATOR = "; "


# Longest values accepted at entry, in characters. Far above the demo data (its longest story
# is about 620 characters) and above what a catalog page, label or QR code can show; a longer
# value is refused with a message naming the field and the limit (check_lengths).
MAX_SKU = 64
MAX_NAME = 200  # product, producer, motif and catalog names and titles
MAX_CAPTION = 500  # photo captions and alt texts
MAX_LONG_TEXT = 5_000  # descriptions, stories, profiles, meanings (multi-line fields)
MAX_TEXT = 300  # any other one-line text: addresses, numbers, sources
MAX_LIST = 2_000  # a list field (ingredients, weavers...) written out


def max_length(spec: FieldSpec) -> int | None:
    """The limit of one field (see the MAX_ constants); None for numbers, dates and codes."""
    name = spec.path.split(".")[-1]
    if spec.type in ("list", "weavers", "codes"):
        return MAX_LIST
    if spec.type != "text":
        return None
    if name == "sku":
        return MAX_SKU
    if spec.multiline:
        return MAX_LONG_TEXT
    if name.startswith(("caption_", "alt_")):
        return MAX_CAPTION
    if name in ("name", "title_id", "title_en", "event_name") or name.startswith("name_"):
        return MAX_NAME
    return MAX_TEXT


def check_lengths(entity: str, record: object, paths: Iterable[str] | None = None) -> None:
    """Raise a UserError for the first field of `record` longer than its limit.

    `paths` limits the check to those fields (an edit checks what it changes, so a value stored
    before the limits existed does not block an unrelated edit)."""
    wanted = None if paths is None else set(paths)
    for spec in FIELDS_BY_ENTITY[entity]:
        limit = spec.max_length
        if limit is None or (wanted is not None and spec.path not in wanted):
            continue
        try:
            value = get_value(record, spec.path)
        except AttributeError:
            continue
        if value is None or value == "" or value == []:
            continue
        size = len(value) if isinstance(value, str) else len(format(spec, value))
        if size > limit:
            size_id, limit_id = f"{size:,}".replace(",", "."), f"{limit:,}".replace(",", ".")
            raise UserError(
                f"{spec.label_id} terlalu panjang: {size_id} karakter, paling banyak {limit_id}.",
                f"{spec.label_en} is too long: {size:,} characters, at most {limit:,}.",
                field=spec.path,
            )


def spec_for(entity: str, path: str) -> FieldSpec:
    for spec in FIELDS_BY_ENTITY[entity]:
        if spec.path == path:
            return spec
    raise KeyError(path)


def parse(spec: FieldSpec, text: str | None) -> object:
    """Text typed by a person -> the field's value. Raises UserError naming the field."""
    text = (text or "").strip()
    try:
        return _parse(spec, text)
    except (ValueError, UserError) as exc:
        detail_id = exc.message_id if isinstance(exc, UserError) else _expected_id(spec)
        detail_en = exc.message_en if isinstance(exc, UserError) else _expected_en(spec)
        raise UserError(
            f"{spec.label_id}: nilai '{text}' tidak bisa dipakai. {detail_id}",
            f"{spec.label_en}: the value '{text}' cannot be used. {detail_en}",
            field=spec.path,
        ) from None


def _parse(spec: FieldSpec, text: str) -> object:
    kind = spec.type
    if kind == "text":
        return text
    if kind in ("int", "float", "date") and not text:
        return None
    if kind == "int":
        return int(_plain_number(text))
    if kind == "float":
        return _decimal(text)
    if kind == "date":
        return _parse_date(text)
    if kind == "bool":
        lowered = text.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ValueError(text)
    if kind == "code":
        return _code(spec, text) if text else ""
    if kind == "codes":
        return [_code(spec, part) for part in _split(text)]
    if kind == "list":
        return _split(text)
    if kind == "weavers":
        return [
            entities.WeaverCredit(_CONSENT.sub("", part).strip(), bool(_CONSENT.search(part)))
            for part in _split(text)
        ]
    raise AssertionError(kind)


def format(spec: FieldSpec, value: object) -> str:  # noqa: A001 - mirrors parse()
    """The value as text that `parse` reads back to the same value."""
    if value is None:
        return ""
    if spec.type == "bool":
        return "ya" if value else "tidak"
    if spec.type == "date":
        return value.isoformat()  # type: ignore[union-attr]
    if spec.type in ("codes", "list"):
        return LIST_SEPARATOR.join(str(v) for v in value)  # type: ignore[union-attr]
    if spec.type == "weavers":
        return LIST_SEPARATOR.join(
            w.name + (" (setuju)" if w.consent else "")
            for w in value  # type: ignore[union-attr]
        )
    if spec.type == "float":
        number = float(value)  # type: ignore[arg-type]
        return str(int(number)) if number.is_integer() else repr(number)
    return str(value)


def get_value(obj: object, path: str) -> object:
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def set_value(obj: object, path: str, value: object) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    if not dataclasses.is_dataclass(obj):
        raise KeyError(path)
    setattr(obj, last, value)


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]


def _code(spec: FieldSpec, text: str) -> str:
    assert spec.vocabulary is not None
    code = spec.vocabulary.resolve(text)
    if code is None:
        raise ValueError(text)
    return code


_LIMIT = 2**63  # SQLite stores 64-bit integers


def _plain_number(text: str) -> str:
    # "Rp150.000", "150.000,00", "150,000", "150 000" all mean 150000 whole Rupiah;
    # a decimal part other than zeros is refused.
    cleaned = re.sub(r"^(rp|idr)\s*", "", text.strip().lower()).replace(" ", "")
    cleaned = re.sub(r"(?<=\d{3})[.,]0{1,2}$", "", cleaned)
    if re.fullmatch(r"-?\d{1,3}([.,]\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "").replace(",", "")
    if not re.fullmatch(r"-?\d+", cleaned) or abs(int(cleaned)) >= _LIMIT:
        raise ValueError(text)
    return cleaned


def _decimal(text: str) -> float:
    """52,5 and 52.5 are 52.5; Indonesian thousands "1.250" or "1.250,5" read as 1250 / 1250.5."""
    cleaned = text.replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value) or abs(value) >= _LIMIT:
        raise ValueError(text)
    return value


def _parse_date(text: str) -> date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)  # Indonesian day/month/year
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def _expected_id(spec: FieldSpec) -> str:
    return {
        "int": "Tulis bilangan bulat, misalnya 150000.",
        "float": "Tulis angka, misalnya 52,5.",
        "date": "Tulis tanggal seperti 2026-11-28 atau 28/11/2026.",
        "bool": "Tulis ya atau tidak.",
        "code": _choices(spec, "id"),
        "codes": _choices(spec, "id"),
    }.get(spec.type, "")


def _expected_en(spec: FieldSpec) -> str:
    return {
        "int": "Write a whole number, for example 150000.",
        "float": "Write a number, for example 52.5.",
        "date": "Write a date like 2026-11-28 or 28/11/2026.",
        "bool": "Write yes or no.",
        "code": _choices(spec, "en"),
        "codes": _choices(spec, "en"),
    }.get(spec.type, "")


def _choices(spec: FieldSpec, lang: str) -> str:
    codes = ", ".join(spec.vocabulary.codes()) if spec.vocabulary else ""
    return ("Pilihan: " if lang == "id" else "Choices: ") + codes
