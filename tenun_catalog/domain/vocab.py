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

# A product's condition, as the sales channels ask for it (Meta/Google `new`/`used`, Tokopedia
# Baru/Bekas). Hand-made goods are new; `used` is for a pre-owned heirloom cloth.
CONDITIONS = Vocabulary("condition", [("new", "Baru", "New"), ("used", "Bekas", "Used")])

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

# ---- the motif registry (issue 13): who holds a motif, its protocols, its permitted use ------

# Provenance: who holds the motif. The holders a clan, a family or a noble line hold restrict the
# motif (Motif.restricted); open and shared-by-several-communities do not by themselves.
MOTIF_HOLDERS = Vocabulary(
    "holder",
    [
        ("terbuka", "Terbuka (milik bersama)", "Open (shared by all)"),
        ("klan", "Klan / suku tertentu", "A named clan"),
        ("keluarga", "Keluarga tertentu", "A family"),
        ("bangsawan", "Garis bangsawan", "A noble line"),
        ("komunitas_ganda", "Beberapa komunitas", "Several communities"),
    ],
)
RESTRICTING_HOLDERS = frozenset({"klan", "keluarga", "bangsawan"})

# Protocol conditions: every one of them restricts the motif.
MOTIF_PROTOCOLS = Vocabulary(
    "protocol",
    [
        ("upacara", "Upacara atau musim tertentu", "A ceremony or season"),
        ("gender", "Terbatas menurut gender", "Restricted by gender"),
        ("sakral", "Sakral / rahasia", "Sacred / secret"),
        ("sensitif", "Peka secara budaya", "Culturally sensitive"),
    ],
)

MOTIF_USES = Vocabulary(
    "permitted_use",
    [
        ("komunitas", "Hanya untuk komunitas", "Community use only"),
        ("nonkomersial", "Nonkomersial", "Non-commercial"),
        ("komersial", "Terbuka untuk penggunaan komersial", "Open to commercial use"),
    ],
)

# The audiences of the audience view (export/audience.py): who an output is for.
AUDIENCES = Vocabulary(
    "audience",
    [
        ("public", "Keluaran publik", "Public outputs"),
        ("submission", "Paket kurasi", "Curation submission"),
        ("internal", "Internal komunitas", "Community-internal"),
    ],
)

# Local Contexts TK Labels (localcontexts.org/labels/traditional-knowledge-labels), the exact set
# of names, grouped as provenance, protocol and permission. Labels are applied by a community
# only; the app records them, it never invents one.
_TK_LABEL_NAMES = [
    ("tk_attribution", "TK Attribution (TK A)"),
    ("tk_clan", "TK Clan (TK CL)"),
    ("tk_family", "TK Family (TK F)"),
    ("tk_multiple_communities", "TK Multiple Communities (TK MC)"),
    ("tk_community_voice", "TK Community Voice (TK CV)"),
    ("tk_creative", "TK Creative (TK CR)"),
    ("tk_verified", "TK Verified (TK V)"),
    ("tk_non_verified", "TK Non-Verified (TK NV)"),
    ("tk_seasonal", "TK Seasonal (TK S)"),
    ("tk_women_general", "TK Women General (TK WG)"),
    ("tk_men_general", "TK Men General (TK MG)"),
    ("tk_women_restricted", "TK Women Restricted (TK WR)"),
    ("tk_men_restricted", "TK Men Restricted (TK MR)"),
    ("tk_culturally_sensitive", "TK Culturally Sensitive (TK CS)"),
    ("tk_secret_sacred", "TK Secret / Sacred (TK SS)"),
    ("tk_outreach", "TK Outreach (TK O)"),
    ("tk_non_commercial", "TK Non-Commercial (TK NC)"),
    ("tk_commercial", "TK Open to Commercialization"),
    ("tk_community_use_only", "TK Community Use Only"),
]
# Label names are the same in both languages: communities translate the text, not the title.
TK_LABELS = Vocabulary("tk_label", [(code, name, name) for code, name in _TK_LABEL_NAMES])

# Notices an institution (a cooperative office, a museum) may attach; Labels are the community's.
LC_NOTICES = Vocabulary(
    "notice",
    [
        ("tk_notice", "TK Notice (pengetahuan tradisional)", "TK Notice"),
        ("bc_notice", "BC Notice (biokultural)", "BC Notice"),
        ("attribution_incomplete", "Notice Atribusi Belum Lengkap", "Attribution Incomplete"),
        ("open_to_collaboration", "Notice Terbuka untuk Kolaborasi", "Open to Collaboration"),
    ],
)

# The five kinds of communal intellectual property of PP 56/2022 (Kekayaan Intelektual Komunal).
KIK_TYPES = Vocabulary(
    "kik_type",
    [
        ("ebt", "Ekspresi Budaya Tradisional", "Traditional cultural expression"),
        ("pt", "Pengetahuan Tradisional", "Traditional knowledge"),
        ("sdg", "Sumber Daya Genetik", "Genetic resource"),
        ("indikasi_asal", "Indikasi Asal", "Indication of origin"),
        ("potensi_ig", "Potensi Indikasi Geografis", "Potential geographical indication"),
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

# The steps of making a tenun, in the order a GI description lists them (issue 13).
PRODUCTION_STEPS = Vocabulary(
    "step_kind",
    [
        ("benang", "Penyiapan benang", "Yarn"),
        ("pewarnaan", "Pewarnaan", "Dyeing"),
        ("pengikatan", "Pengikatan motif", "Tying the motif"),
        ("penenunan", "Penenunan", "Weaving"),
        ("penyelesaian", "Penyelesaian", "Finishing"),
        ("pemeriksaan_mutu", "Pemeriksaan mutu", "Quality check"),
    ],
)


# Geographical Indications for NTT tenun (domain.md: a GI name only for products from its
# kabupaten). Registered ones may be claimed; in-process ones are listed so the app can say why a
# claim is refused. Certificate numbers only where a public source gives them.
@dataclass(frozen=True)
class GeographicalIndication:
    name: str
    kabupaten: frozenset[str]
    status: str  # registered, in_process
    certificate: str = ""
    year: int | None = None

    @property
    def registered(self) -> bool:
        return self.status == "registered"


GI_REGISTRY: tuple[GeographicalIndication, ...] = (
    GeographicalIndication(
        "Tenun Ikat Sikka", frozenset({"sikka"}), "registered", "ID G 000000056", 2017
    ),
    GeographicalIndication("Tenun Ikat Alor", frozenset({"alor"}), "registered"),
    GeographicalIndication("Tenun Songket Alor", frozenset({"alor"}), "registered"),
    GeographicalIndication("Tenun Ikat Ngada", frozenset({"ngada"}), "registered", year=2024),
    GeographicalIndication(
        "Tenun Ikat Flores Timur", frozenset({"flores_timur"}), "registered", year=2025
    ),
    GeographicalIndication("Tenun Ikat Rote Ndao", frozenset({"rote_ndao"}), "in_process"),
)


def find_gi(name: str) -> GeographicalIndication | None:
    """The GI a claim names, matched without case or extra spaces; None when unknown."""
    folded = _fold(name)
    return next((gi for gi in GI_REGISTRY if _fold(gi.name) == folded), None)


# Registered GI names and their kabupaten (kept for callers that only need the names).
GEOGRAPHICAL_INDICATIONS: dict[str, frozenset[str]] = {
    gi.name: gi.kabupaten for gi in GI_REGISTRY if gi.registered
}

ALL = {
    v.name: v
    for v in (
        PRODUCT_KINDS,
        LEGAL_FORMS,
        PRODUCER_TYPES,
        MARKET_REACH,
        TRADEMARK_STATUS,
        CONDITIONS,
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
        MOTIF_HOLDERS,
        MOTIF_PROTOCOLS,
        MOTIF_USES,
        AUDIENCES,
        TK_LABELS,
        LC_NOTICES,
        KIK_TYPES,
        PHOTO_ROLES,
        PERMIT_KINDS,
        CATALOG_PURPOSES,
        CATALOG_LANGUAGES,
        PAPER_SIZES,
        PRODUCTION_STEPS,
    )
}
