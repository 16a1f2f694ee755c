"""Rule helpers shared by every entity: vocabulary codes and the range of plain numbers.

Owns the finding codes 'unknown_code' (a value that is not a code of its vocabulary; empty values
are fine, people fill records in gradually) and 'number_range' (a count or size below its minimum).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from .findings import Finding, choices, error, number
from .vocab import Vocabulary

# What each vocabulary is called in a message (keyed by Vocabulary.name).
VOCAB_NAMES: dict[str, tuple[str, str]] = {
    "kind": ("Jenis produk", "Product kind"),
    "legal_form": ("Bentuk usaha", "Legal form"),
    "producer_type": ("Jenis produsen", "Producer type"),
    "market_reach": ("Jangkauan pasar", "Market reach"),
    "trademark_status": ("Status merek", "Trademark status"),
    "condition": ("Kondisi", "Condition"),
    "kabupaten": ("Kabupaten/kota", "Regency/city"),
    "tenun_type": ("Jenis tenun", "Textile type"),
    "technique": ("Teknik tenun", "Weaving technique"),
    "dye": ("Pewarna", "Dye"),
    "dye_class": ("Golongan pewarna", "Dye class"),
    "yarn": ("Benang", "Yarn"),
    "meat": ("Jenis daging", "Meat"),
    "smoking_wood": ("Kayu pengasap", "Smoking wood"),
    "storage": ("Cara penyimpanan", "Storage"),
    "food_permit": ("Jenis izin edar", "Food permit kind"),
    "halal_status": ("Status halal", "Halal status"),
    "restriction": ("Pembatasan motif", "Motif restriction"),
    "use_context": ("Kegunaan motif", "Motif use"),
    "protection": ("Perlindungan motif", "Motif protection"),
    "holder": ("Pemegang motif", "Motif holder"),
    "protocol": ("Syarat adat motif", "Motif protocol condition"),
    "permitted_use": ("Penggunaan motif yang diizinkan", "Permitted use of the motif"),
    "audience": ("Pembaca", "Audience"),
    "tk_label": ("Label TK", "TK Label"),
    "notice": ("Notice lembaga", "Institutional Notice"),
    "kik_type": ("Jenis KIK", "Communal IP (KIK) type"),
    "permit_kind": ("Jenis izin", "Permit kind"),
}


def check_code(
    vocab: Vocabulary, value: str, field: str, *, hide: Collection[str] = ()
) -> list[Finding]:
    """An error when a non-empty value is not a code of `vocab` (codes in `hide` are not offered
    as choices, e.g. a protected meat)."""
    if not value or value in vocab:
        return []
    name_id, name_en = VOCAB_NAMES.get(vocab.name, (vocab.name, vocab.name))
    offered = [t for t in vocab.terms if t.code not in hide]
    hint_id = hint_en = ""
    meant = vocab.resolve(value)
    if meant and meant not in hide:
        hint_id = f" Mungkin maksudnya {vocab.label(meant)} (kode '{meant}')."
        hint_en = f" Perhaps you meant {vocab.label(meant, 'en')} (code '{meant}')."
    return [
        error(
            field,
            "unknown_code",
            f"{name_id} '{value}' tidak ada dalam daftar; pilih salah satu: "
            f"{choices((t.label_id for t in offered), 'id')}.{hint_id}",
            f"{name_en} '{value}' is not in the list; choose one of: "
            f"{choices((t.label_en for t in offered), 'en')}.{hint_en}",
        )
    ]


def check_codes(vocab: Vocabulary, values: Iterable[str], field: str) -> list[Finding]:
    return [f for v in values for f in check_code(vocab, v, field)]


def check_min(
    value: object, field: str, what: tuple[str, str], *, minimum: float, strict: bool = False
) -> list[Finding]:
    """An error when a filled-in number is below `minimum` (or equal to it when `strict`)."""
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return []
    if value > minimum or (value == minimum and not strict):
        return []
    if strict:
        need_id, need_en = f"lebih dari {number(minimum)}", f"more than {number(minimum)}"
    else:
        need_id, need_en = f"paling sedikit {number(minimum)}", f"at least {number(minimum)}"
    return [
        error(
            field,
            "number_range",
            f"{what[0]} harus {need_id}; yang tertulis {number(value)}.",
            f"{what[1]} must be {need_en}; found {number(value)}.",
        )
    ]
