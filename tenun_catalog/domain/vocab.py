"""Controlled vocabularies of domain.md, each term with an Indonesian and an English label.

A vocabulary maps a stable code (stored in the library and written in spreadsheets) to its labels.
Codes are lowercase ASCII; labels are what people read.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    label_id: str
    label_en: str

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


class Vocabulary:
    """An ordered set of terms, looked up by code (or, leniently, by either label)."""

    def __init__(self, name: str, terms: list[tuple[str, str, str]]):
        self.name = name
        self.terms = [Term(*t) for t in terms]
        self._by_code = {t.code: t for t in self.terms}
        self._by_any = {}
        for t in self.terms:
            for key in (t.code, t.label_id, t.label_en):
                self._by_any.setdefault(_fold(key), t)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):
        return iter(self.terms)

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def get(self, code: str) -> Term | None:
        return self._by_code.get(code)

    def label(self, code: str, lang: str = "id") -> str:
        term = self._by_code.get(code)
        return term.label(lang) if term else code

    def resolve(self, text: str) -> str | None:
        """The code for a code or label typed by a person ("Koperasi", "cooperative"), else None."""
        term = self._by_any.get(_fold(text))
        return term.code if term else None


def _fold(text: str) -> str:
    return " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())


PRODUCT_KINDS = Vocabulary(
    "kind",
    [
        ("tenun", "Tenun", "Woven textile"),
        ("sei", "Sei", "Sei (smoked meat)"),
        ("other", "Lainnya", "Other"),
    ],
)

LEGAL_FORMS = Vocabulary(
    "legal_form",
    [
        ("perorangan", "Perorangan", "Sole proprietor"),
        ("kub", "Kelompok Usaha Bersama (KUB)", "Joint business group (KUB)"),
        ("koperasi", "Koperasi", "Cooperative"),
        ("cv", "CV", "CV (limited partnership)"),
        ("pt", "PT", "PT (limited company)"),
    ],
)

PRODUCER_TYPES = Vocabulary(
    "producer_type",
    [
        ("penenun", "Penenun", "Weaver"),
        ("kelompok_tenun", "Kelompok tenun", "Weaver group"),
        ("koperasi", "Koperasi", "Cooperative"),
        ("umkm", "UMKM", "Small business (UMKM)"),
    ],
)

MARKET_REACH = Vocabulary(
    "market_reach",
    [
        ("lokal", "Lokal", "Local"),
        ("nasional", "Nasional", "National"),
        ("ekspor", "Ekspor", "Export"),
    ],
)

TRADEMARK_STATUS = Vocabulary(
    "trademark_status",
    [
        ("none", "Belum ada", "None"),
        ("applied", "Dalam permohonan", "Applied"),
        ("registered", "Terdaftar", "Registered"),
    ],
)

# The 22 kabupaten/kota of Nusa Tenggara Timur.
KABUPATEN = Vocabulary(
    "kabupaten",
    [
        ("kota_kupang", "Kota Kupang", "Kupang City"),
        ("kupang", "Kabupaten Kupang", "Kupang Regency"),
        ("tts", "Timor Tengah Selatan", "South Central Timor"),
        ("ttu", "Timor Tengah Utara", "North Central Timor"),
        ("belu", "Belu", "Belu"),
        ("malaka", "Malaka", "Malaka"),
        ("alor", "Alor", "Alor"),
        ("lembata", "Lembata", "Lembata"),
        ("flores_timur", "Flores Timur", "East Flores"),
        ("sikka", "Sikka", "Sikka"),
        ("ende", "Ende", "Ende"),
        ("nagekeo", "Nagekeo", "Nagekeo"),
        ("ngada", "Ngada", "Ngada"),
        ("manggarai", "Manggarai", "Manggarai"),
        ("manggarai_barat", "Manggarai Barat", "West Manggarai"),
        ("manggarai_timur", "Manggarai Timur", "East Manggarai"),
        ("sumba_barat", "Sumba Barat", "West Sumba"),
        ("sumba_barat_daya", "Sumba Barat Daya", "Southwest Sumba"),
        ("sumba_tengah", "Sumba Tengah", "Central Sumba"),
        ("sumba_timur", "Sumba Timur", "East Sumba"),
        ("rote_ndao", "Rote Ndao", "Rote Ndao"),
        ("sabu_raijua", "Sabu Raijua", "Sabu Raijua"),
    ],
)
MANGGARAI = frozenset({"manggarai", "manggarai_barat", "manggarai_timur"})

TENUN_TYPES = Vocabulary(
    "tenun_type",
    [
        ("selendang", "Selendang", "Shawl"),
        ("sarung", "Sarung", "Tube cloth (sarong)"),
        ("selimut", "Selimut", "Large mantle"),
        ("selempang", "Selempang", "Sash"),
        ("destar", "Destar", "Head cloth"),
        ("kain", "Kain / bahan", "Yardage"),
        ("turunan", "Produk turunan", "Derived product"),
    ],
)

TECHNIQUES = Vocabulary(
    "technique",
    [
        ("ikat_lungsi", "Tenun ikat lungsi (futus)", "Warp ikat"),
        ("buna", "Buna", "Buna (supplementary-weft wrapping)"),
        ("sotis", "Sotis / lotis", "Warp-float pick-up (sotis)"),
        ("songket", "Songket / songke", "Songket (supplementary weft)"),
        ("pahikung", "Pahikung", "Pahikung (supplementary warp)"),
        ("polos", "Polos / lurik", "Plain or striped"),
    ],
)

DYES = Vocabulary(
    "dye",
    [
        ("tarum", "Tarum / nila / taum", "Indigo"),
        ("mengkudu", "Mengkudu / kombu", "Morinda root (red)"),
        ("kunyit", "Kunyit", "Turmeric (yellow)"),
        ("daun_arbila", "Daun arbila", "Arbila leaf (green)"),
        ("mahoni", "Mahoni", "Mahogany bark"),
        ("kulit_nangka", "Kulit nangka", "Jackfruit wood"),
        ("secang", "Secang", "Sappanwood"),
        ("loba", "Loba (mordan)", "Loba (mordant)"),
        ("kemiri", "Kemiri", "Candlenut pre-treatment"),
        ("lumpur", "Lumpur Rote", "Rote mud black"),
        ("tinta_cumi", "Tinta cumi Alor", "Alor squid-ink black"),
        ("sintetis", "Sintetis (naftol)", "Synthetic (naphthol)"),
    ],
)

DYE_CLASSES = Vocabulary(
    "dye_class",
    [
        ("alam", "Pewarna alam", "Natural dyes"),
        ("sintetis", "Pewarna sintetis", "Synthetic dyes"),
        ("campuran", "Campuran", "Mixed"),
    ],
)

YARNS = Vocabulary(
    "yarn",
    [
        ("pintal_tangan", "Benang pintal tangan", "Hand-spun yarn"),
        ("pabrik", "Benang pabrik", "Factory yarn"),
    ],
)

MEATS = Vocabulary(
    "meat",
    [
        ("sapi", "Sapi", "Beef"),
        ("babi", "Babi", "Pork"),
        ("ayam", "Ayam", "Chicken"),
        ("ikan", "Ikan", "Fish"),
        ("rusa", "Rusa", "Deer"),
    ],
)
PROTECTED_MEATS = frozenset({"rusa"})

SMOKING_WOODS = Vocabulary(
    "smoking_wood",
    [
        ("kosambi", "Kosambi / kesambi", "Kosambi (Schleichera)"),
        ("lamtoro", "Lamtoro", "Leucaena"),
        ("kuswari", "Kuswari", "Kuswari"),
    ],
)

STORAGE = Vocabulary(
    "storage",
    [
        ("suhu_ruang", "Suhu ruang", "Room temperature"),
        ("dingin", "Dingin", "Chilled"),
        ("beku", "Beku (-18 °C atau lebih dingin)", "Frozen (-18 °C or colder)"),
    ],
)

FOOD_PERMITS = Vocabulary(
    "food_permit",
    [
        ("pirt", "P-IRT", "P-IRT (home industry)"),
        ("bpom_md", "BPOM MD", "BPOM MD"),
        ("none", "Tanpa izin (pesanan)", "None (made to order)"),
    ],
)

HALAL_STATUS = Vocabulary(
    "halal_status",
    [
        ("bersertifikat", "Bersertifikat halal", "Halal certified"),
        ("tidak_halal", "Tidak halal", "Not halal"),
        ("belum", "Belum bersertifikat", "Not yet certified"),
    ],
)

MOTIF_RESTRICTIONS = Vocabulary(
    "restriction",
    [
        ("bebas", "Bebas", "Free to use"),
        ("bangsawan", "Bangsawan", "Nobility only"),
        ("klan", "Garis klan", "Clan line"),
        ("upacara", "Upacara", "Ceremonial"),
    ],
)

USE_CONTEXTS = Vocabulary(
    "use_context",
    [
        ("belis", "Belis (mas kawin)", "Belis (bride-wealth)"),
        ("kematian", "Upacara kematian", "Funeral"),
        ("sehari_hari", "Sehari-hari", "Everyday"),
        ("upacara", "Upacara adat", "Ceremony"),
    ],
)

MOTIF_PROTECTIONS = Vocabulary(
    "protection",
    [
        ("none", "Belum ada", "None"),
        ("ig", "Sertifikat Indikasi Geografis", "GI certificate"),
        ("kik", "Catatan KIK / EBT", "Communal IP (KIK/EBT) record"),
        ("hak_cipta", "Hak cipta desain baru", "Copyright for a new design"),
    ],
)

PHOTO_ROLES = Vocabulary(
    "photo_role",
    [
        ("utama", "Utama", "Main"),
        ("detail_motif", "Detail motif", "Motif detail"),
        ("sisi_belakang", "Sisi belakang", "Back side"),
        ("dipakai", "Dipakai", "Worn"),
        ("proses_tenun", "Proses tenun", "Weaving process"),
        ("kemasan_depan", "Kemasan depan", "Package front"),
        ("label_belakang", "Label belakang", "Back label"),
        ("penyajian", "Penyajian", "Served"),
        ("produsen", "Produsen", "Producer"),
    ],
)

PERMIT_KINDS = Vocabulary(
    "permit_kind",
    [
        ("nib", "NIB", "Business registration (NIB)"),
        ("npwp", "NPWP", "Tax number (NPWP)"),
        ("pirt", "SPP-IRT (P-IRT)", "Home-industry food permit (P-IRT)"),
        ("bpom_md", "BPOM MD", "BPOM MD food permit"),
        ("halal", "Sertifikat halal", "Halal certificate"),
        ("tidak_halal", "Keterangan tidak halal", "Non-halal statement"),
        ("merek", "Merek", "Trademark"),
        ("hak_cipta", "Hak cipta", "Copyright"),
        ("ig", "Indikasi geografis", "Geographical indication"),
        ("kik", "KIK / EBT", "Communal IP (KIK/EBT)"),
        ("sni", "SNI", "SNI standard"),
        ("slhs", "SLHS", "Hygiene certificate (SLHS)"),
    ],
)

CATALOG_PURPOSES = Vocabulary(
    "purpose",
    [
        ("pameran", "Pameran", "Exhibition"),
        ("kurasi", "Kurasi", "Curation submission"),
        ("web", "Web", "Web"),
        ("ekspor", "Ekspor", "Export"),
    ],
)

CATALOG_LANGUAGES = Vocabulary(
    "language",
    [
        ("id", "Bahasa Indonesia", "Indonesian"),
        ("en", "Bahasa Inggris", "English"),
        ("id+en", "Dwibahasa", "Bilingual"),
    ],
)

PAPER_SIZES = Vocabulary("paper", [("A4", "A4", "A4"), ("A5", "A5", "A5")])

# Geographical Indication names and the kabupaten they belong to (domain.md: a GI name only for
# products from that kabupaten).
GEOGRAPHICAL_INDICATIONS: dict[str, frozenset[str]] = {
    # The one GI named in domain.md; add others when their certificate is confirmed.
    "Tenun Ikat Sikka": frozenset({"sikka"}),
}

ALL = {
    v.name: v
    for v in (
        PRODUCT_KINDS,
        LEGAL_FORMS,
        PRODUCER_TYPES,
        MARKET_REACH,
        TRADEMARK_STATUS,
        KABUPATEN,
        TENUN_TYPES,
        TECHNIQUES,
        DYES,
        DYE_CLASSES,
        YARNS,
        MEATS,
        SMOKING_WOODS,
        STORAGE,
        FOOD_PERMITS,
        HALAL_STATUS,
        MOTIF_RESTRICTIONS,
        USE_CONTEXTS,
        MOTIF_PROTECTIONS,
        PHOTO_ROLES,
        PERMIT_KINDS,
        CATALOG_PURPOSES,
        CATALOG_LANGUAGES,
        PAPER_SIZES,
    )
}
