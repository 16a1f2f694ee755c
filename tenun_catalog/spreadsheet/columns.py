"""The column set of a product spreadsheet, and matching the headers a person wrote to it.

Owns `COLUMNS` (sku, kind, every other product field by its path, then producer, motifs and
photos), the names each column is also known by (Indonesian and English label, the bare
attribute of a detail field: "Harga eceran (Rp)", "width_cm"), and `match_headers`, which turns a
header row into columns or refuses it with one message that lists every unknown header.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..domain import fields as F
from ..domain.entities import Product
from ..domain.errors import UserError

PRODUCER = "producer"
MOTIFS = "motifs"
PHOTOS = "photos"
SEPARATOR = F.LIST_SEPARATOR  # "; " between motif names and between photo files


@dataclass(frozen=True)
class Column:
    key: str  # the header written on export: a field path, or producer / motifs / photos
    label_id: str
    label_en: str
    spec: F.FieldSpec | None = None  # None for producer, motifs, photos
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every header that means this column (matched ignoring case and spacing)."""
        bare = (self.key.split(".")[-1],) if "." in self.key else ()
        return (self.key, self.label_id, self.label_en, *bare, *self.aliases)

    @property
    def type(self) -> str:
        return self.spec.type if self.spec is not None else "text"


def _field_column(spec: F.FieldSpec) -> Column:
    return Column(spec.path, spec.label_id, spec.label_en, spec)


_FIRST = ("sku", "kind")
COLUMNS: list[Column] = [
    *(_field_column(F.spec_for("product", path)) for path in _FIRST),
    *(_field_column(s) for s in F.PRODUCT_FIELDS if s.path not in _FIRST),
    Column(PRODUCER, "Produsen", "Producer", aliases=("nama produsen", "producer name")),
    Column(MOTIFS, "Motif", "Motifs", aliases=("motif", "nama motif", "motif names")),
    Column(PHOTOS, "Foto", "Photos", aliases=("photo", "berkas foto", "photo files")),
]
HEADERS: list[str] = [c.key for c in COLUMNS]
BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}


def fold(text: str) -> str:
    """Header comparison: case-insensitive, spaces collapsed."""
    return " ".join(str(text).casefold().split())


def _name_index() -> dict[str, Column]:
    index: dict[str, Column] = {}
    for column in COLUMNS:
        for name in column.names():
            other = index.setdefault(fold(name), column)
            if other is not column:  # a clash would make a header ambiguous: fail loudly
                raise AssertionError(f"header {name!r} names {other.key} and {column.key}")
    return index


_BY_NAME = _name_index()


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (as a spreadsheet shows it)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def match_headers(headers: list[str]) -> list[Column | None]:
    """The column of each header (None for an empty header). Raises one UserError listing every
    unknown or repeated header, or saying that the sku column is missing."""
    matched: list[Column | None] = []
    unknown: list[str] = []
    seen: dict[str, str] = {}
    repeated: list[str] = []
    for header in headers:
        if not fold(header):
            matched.append(None)
            continue
        column = _BY_NAME.get(fold(header))
        if column is None:
            unknown.append(header)
        elif column.key in seen:
            repeated.append(f"'{seen[column.key]}' / '{header}'")
        else:
            seen[column.key] = header
        matched.append(column)
    if unknown:
        hints_id, hints_en = _suggestions(unknown)
        names = ", ".join(f"'{h}'" for h in unknown)
        raise UserError(
            f"Kolom tidak dikenal: {names}.{hints_id} Pakai nama kolom ekspor (misalnya sku, kind, "
            "price, tenun.width_cm, producer, motifs, photos) atau label Indonesianya (misalnya "
            "'Harga eceran (Rp)'), atau hapus kolom itu.",
            f"Unknown columns: {names}.{hints_en} Use the export's column names (for example "
            "sku, kind, price, tenun.width_cm, producer, motifs, photos) or their Indonesian "
            "label (for example 'Harga eceran (Rp)'), or remove those columns.",
        )
    if repeated:
        pairs = ", ".join(repeated)
        raise UserError(
            f"Kolom yang sama muncul dua kali: {pairs}. Hapus salah satunya.",
            f"The same column appears twice: {pairs}. Remove one of them.",
        )
    if "sku" not in seen:
        raise UserError(
            "Lembar kerja tidak punya kolom 'sku'; setiap baris perlu SKU produknya.",
            "The sheet has no 'sku' column; every row needs its product's SKU.",
        )
    return matched


def _suggestions(unknown: list[str]) -> tuple[str, str]:
    pairs = []
    for header in unknown:
        close = difflib.get_close_matches(fold(header), list(_BY_NAME), n=1, cutoff=0.75)
        if close:
            pairs.append((header, _BY_NAME[close[0]].key))
    if not pairs:
        return "", ""
    text_id = "; ".join(f"'{h}' mungkin maksudnya '{k}'" for h, k in pairs)
    text_en = "; ".join(f"'{h}' may mean '{k}'" for h, k in pairs)
    return f" ({text_id}.)", f" ({text_en}.)"


def product_row(product: Product, producer: str, motifs: list[str], photos: list[str]) -> list[str]:
    """One product as the text cells of COLUMNS (fields written by `fields.format`, so the
    importer reads back the same values). Detail fields of another kind stay empty."""
    cells = []
    for column in COLUMNS:
        spec = column.spec
        if spec is not None:
            applies = not spec.kinds or product.kind in spec.kinds
            value = F.get_value(product, column.key) if applies else None
            cells.append(F.format(spec, value))
        elif column.key == PRODUCER:
            cells.append(producer)
        else:
            cells.append(SEPARATOR.join(motifs if column.key == MOTIFS else photos))
    return cells
