"""A marketplace's mass-upload template, as the seller downloaded it: opened safely, its header
found and its columns mapped to our fields by their names.

Owns `open_template` (a hostile file: bounded before openpyxl sees it) and `find_layout` (which
sheet and row hold the headers, which column is which field, which columns the template marks
required, and the first row to fill). The mapping table `COLUMNS` names each field the way
Shopee's and Tokopedia's templates do, in Indonesian and English and in Shopee's technical keys
(`ps_product_name`); headers are compared folded (case, spacing, punctuation, a leading or
trailing `*`, words such as "wajib" or a unit in brackets do not matter), so a template whose
wording shifts a little still maps. Photo columns are numbered ("Foto Produk 3", "Gambar 3").

Bounds (each refusal names its limit, nothing is written): the file at most MAX_TEMPLATE_BYTES;
its zip at most MAX_TEMPLATE_MEMBERS entries and MAX_TEMPLATE_UNPACKED bytes as declared
(checked before anything is unpacked; zipfile stops at the declared size), at most MAX_SHEETS
worksheets; no macros (.xlsm, .xltm, a vbaProject part); only the first HEADER_ROWS rows and
MAX_HEADER_COLUMNS columns are searched for headers. Formulas are never evaluated: the workbook
is opened as it is (openpyxl does not calculate) and external links are dropped.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UserError

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024  # Seller Centre templates are a few MB
MAX_TEMPLATE_UNPACKED = 100 * 1024 * 1024
MAX_TEMPLATE_MEMBERS = 1_000
MAX_SHEETS = 50
HEADER_ROWS = 15
MAX_HEADER_COLUMNS = 300
MAX_FILLED_ROWS = 20_000  # rows already filled below the header before the first empty one
_ZIP_MAGIC = b"PK\x03\x04"
_MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlsb", ".xla", ".xlam")

# field key -> header names (folded when compared). Shopee's Indonesian template (Seller Centre,
# "Upload Massal") names its columns Kategori, Nama Produk, Deskripsi Produk, SKU Induk, Harga,
# Stok, Foto Sampul, Foto Produk 1-8, Berat, Panjang, Lebar, Tinggi, with technical keys
# (ps_category...) in a row above; Tokopedia's names Nama Produk, Deskripsi Produk, Kategori
# Kode, Berat (Gram), Minimum Pemesanan, Kondisi, Waktu Proses Preorder, Gambar 1-5, SKU Name,
# Harga (Rp), Stok. Both lists are from the facts and public seller guides; a template
# that renames a column shows up as an unknown column in the report.
COLUMNS: dict[str, tuple[str, ...]] = {
    "category": (
        "kategori",
        "category",
        "kategori kode",
        "kode kategori",
        "category code",
        "category id",
        "id kategori",
        "ps category",
        "ps category list",
    ),
    "name": ("nama produk", "product name", "nama", "ps product name", "item name"),
    "description": (
        "deskripsi produk",
        "product description",
        "deskripsi",
        "description",
        "ps product description",
        "item description",
    ),
    "sku": (
        "sku induk",
        "parent sku",
        "sku",
        "sku name",
        "nama sku",
        "sku produk",
        "ps sku parent short",
        "ps sku short",
    ),
    "price": ("harga", "price", "ps price", "harga satuan", "harga produk"),
    "stock": ("stok", "stock", "jumlah stok", "ps stock", "stok produk"),
    "weight": ("berat", "weight", "ps weight", "berat produk", "berat paket", "product weight"),
    "length": ("panjang", "length", "ps length", "panjang paket"),
    "width": ("lebar", "width", "ps width", "lebar paket"),
    "height": ("tinggi", "height", "ps height", "tinggi paket"),
    "condition": ("kondisi", "condition", "kondisi produk", "ps condition"),
    "preorder_days": (
        "waktu proses preorder",
        "preorder",
        "pre order",
        "dikirim dalam pre order",
        "masa pengemasan preorder",
        "preorder days",
        "ps days to ship",
    ),
    "min_order": ("minimum pemesanan", "minimum order", "min pemesanan", "pesanan minimum"),
    "brand": ("merek", "brand", "ps brand"),
    "cover_image": (
        "foto sampul",
        "cover image",
        "gambar sampul",
        "foto utama",
        "gambar utama",
        "main image",
        "ps item cover image",
    ),
}
_IMAGE = re.compile(
    r"^(?:foto produk|foto|gambar produk|gambar|url gambar|product image|item image|image"
    r"|ps item image|url foto|link foto)\s*(\d{1,2})$"
)
# Words that say a column is required or optional (in a header or the rows of the header block).
_REQUIRED = re.compile(r"\b(wajib|mandatory|required|harus diisi)\b")
_OPTIONAL = re.compile(r"\b(tidak wajib|opsional|optional|not required|tidak harus)\b")
_NOISE = (  # trailing words that do not change what a column is
    "wajib",
    "opsional",
    "optional",
    "mandatory",
    "required",
    "kg",
    "g",
    "gr",
    "gram",
    "cm",
    "rp",
    "idr",
    "url",
)


def fold(text: object) -> str:
    """A header as compared: lower case, punctuation and `*` gone, spaces collapsed, trailing
    units and required/optional words dropped ("*Berat (kg)" -> "berat")."""
    words = re.sub(r"[^0-9a-z]+", " ", str(text)[:200].casefold().replace("_", " ")).split()
    while len(words) > 1 and words[-1] in _NOISE:
        words.pop()
    while len(words) > 1 and words[0] in ("wajib", "opsional", "optional"):
        words.pop(0)
    return " ".join(words)


_BY_NAME = {name: key for key, names in COLUMNS.items() for name in names}


def field_of(header: object) -> str | None:
    """The field a header names: a key of COLUMNS, "image:N" for a numbered photo, or None."""
    folded = fold(header)
    if not folded:
        return None
    if folded in _BY_NAME:
        return _BY_NAME[folded]
    match = _IMAGE.match(folded)
    if match and 1 <= int(match.group(1)) <= 20:
        return f"image:{int(match.group(1))}"
    return None


def weight_unit(header: object, default: str) -> str:
    """The unit a weight header names ("Berat (Gram)": g), else the channel's `default`."""
    words = re.sub(r"[^0-9a-z]+", " ", str(header)[:200].casefold()).split()
    if "kg" in words or "kilogram" in words:
        return "kg"
    if {"g", "gr", "gram", "grams", "gramme"} & set(words):
        return "g"
    return default


@dataclass
class Layout:
    """Where the template wants what."""

    sheet: object  # the openpyxl worksheet holding the header
    header_row: int
    first_row: int  # the first row to fill
    columns: dict[str, int]  # field key -> column number (1-based)
    headers: dict[int, str]  # column number -> the header text as written
    required: set[int] = field(default_factory=set)  # columns the template marks required

    @property
    def unknown_required(self) -> list[int]:
        known = set(self.columns.values())
        return sorted(c for c in self.required if c not in known)


# ---- opening -----------------------------------------------------------------------------------


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _refuse(path: Path, why_id: str, why_en: str) -> UserError:
    return UserError(
        f"Template {path.name} tidak dipakai: {why_id}",
        f"The template {path.name} was not used: {why_en}",
        field="template",
    )


def _download_again(path: Path) -> UserError:
    return _refuse(
        path,
        "berkasnya bukan .xlsx yang utuh. Unduh ulang template dari Seller Centre (format "
        ".xlsx) lalu coba lagi.",
        "it is not a complete .xlsx file. Download the template again from Seller Centre "
        "(.xlsx format) and try again.",
    )


def read_bytes(path: Path) -> bytes:
    """The template's bytes, checked: size, zip, members, unpacked size, sheets, no macros."""
    path = Path(path)
    if path.suffix.lower() in _MACRO_SUFFIXES:
        raise _refuse(
            path,
            "berkas berisi makro (.xlsm) tidak dibuka, demi keamanan. Unduh template .xlsx "
            "dari Seller Centre.",
            "a workbook with macros (.xlsm) is not opened, for safety. Download the .xlsx "
            "template from Seller Centre.",
        )
    if path.suffix.lower() != ".xlsx":
        raise _refuse(
            path,
            "template harus berkas .xlsx (bila berupa .xls atau .csv, buka di Excel lalu simpan "
            "sebagai 'Buku Kerja Excel (.xlsx)').",
            "the template must be an .xlsx file (an .xls or .csv: open it in Excel and save it "
            "as 'Excel Workbook (.xlsx)').",
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise UserError(
            f"Template {path} tidak bisa dibuka ({exc.strerror or exc}).",
            f"The template {path} cannot be opened ({exc.strerror or exc}).",
            field="template",
        ) from None
    if len(data) > MAX_TEMPLATE_BYTES:
        raise _refuse(
            path,
            f"berkasnya lebih dari {_mb(MAX_TEMPLATE_BYTES)}; template dari Seller Centre "
            "hanya beberapa MB. Unduh ulang templatenya.",
            f"it is larger than {_mb(MAX_TEMPLATE_BYTES)}; a Seller Centre template is a few "
            "MB. Download the template again.",
        )
    if not data.startswith(_ZIP_MAGIC):
        raise _download_again(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = [m.filename for m in members]
            unpacked = sum(m.file_size for m in members)
            types = b""
            if len(members) <= MAX_TEMPLATE_MEMBERS and "[Content_Types].xml" in names:
                info = archive.getinfo("[Content_Types].xml")
                if info.file_size <= 1024 * 1024:
                    types = archive.read(info)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _download_again(path) from None
    if len(members) > MAX_TEMPLATE_MEMBERS or unpacked > MAX_TEMPLATE_UNPACKED:
        raise _refuse(
            path,
            f"isinya {_mb(unpacked)} dalam {len(members)} berkas setelah dibuka, batasnya "
            f"{_mb(MAX_TEMPLATE_UNPACKED)} dalam {MAX_TEMPLATE_MEMBERS} berkas.",
            f"it holds {_mb(unpacked)} in {len(members)} files once unpacked; the limit is "
            f"{_mb(MAX_TEMPLATE_UNPACKED)} in {MAX_TEMPLATE_MEMBERS} files.",
        )
    if any(n.lower().endswith("vbaproject.bin") for n in names) or b"macroEnabled" in types:
        raise _refuse(
            path,
            "berkas berisi makro, dan tidak dibuka demi keamanan. Unduh template .xlsx dari "
            "Seller Centre.",
            "it contains macros and is not opened, for safety. Download the .xlsx template "
            "from Seller Centre.",
        )
    sheets = sum(1 for n in names if re.fullmatch(r"xl/(worksheets|chartsheets)/[^/]+\.xml", n))
    if sheets > MAX_SHEETS:
        raise _refuse(
            path,
            f"berisi {sheets} lembar, batasnya {MAX_SHEETS}; template marketplace hanya "
            "beberapa lembar.",
            f"it has {sheets} sheets, the limit is {MAX_SHEETS}; a marketplace template has "
            "only a few.",
        )
    return data


def open_template(path: Path) -> tuple[object, list[str]]:
    """(the workbook, what openpyxl said it could not keep): formulas kept as written, never
    evaluated; external links dropped."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    data = read_bytes(path)
    broken = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, SyntaxError)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), keep_vba=False, keep_links=False)
        except broken:
            raise _download_again(Path(path)) from None
    if len(book.worksheets) > MAX_SHEETS:  # chart sheets are not worksheets: checked again
        raise _refuse(Path(path), f"lebih dari {MAX_SHEETS} lembar.", f"over {MAX_SHEETS} sheets.")
    said = list(dict.fromkeys(str(w.message)[:200] for w in caught))
    return book, said


# ---- finding the header ------------------------------------------------------------------------


def _texts(sheet, rows: int) -> list[list[str]]:
    width = min(sheet.max_column or 1, MAX_HEADER_COLUMNS)
    found = []
    for row in sheet.iter_rows(min_row=1, max_row=rows, max_col=width, values_only=True):
        found.append(["" if v is None else str(v)[:500] for v in row])
    return found


def _score(cells: list[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for index, text in enumerate(cells, start=1):
        key = field_of(text) if text.strip() else None
        if key is not None and key not in keys:
            keys[key] = index
    return keys


def _empty(sheet, row: int, width: int) -> bool:
    cells = next(sheet.iter_rows(min_row=row, max_row=row, max_col=width, values_only=True), ())
    return all(v is None or str(v).strip() == "" for v in cells)


def find_layout(book, path: Path, channel_name: str) -> Layout:
    """The sheet and row whose cells name the most of our fields (at least the name and the
    price), the columns they map, the columns the header block marks required and the first
    empty row below the block. A UserError when no sheet has such a row."""
    best: tuple[tuple[int, int, int], object, int, dict[str, int]] | None = None
    for order, sheet in enumerate(book.worksheets):
        for number, cells in enumerate(_texts(sheet, HEADER_ROWS), start=1):
            keys = _score(cells)
            if "name" not in keys or "price" not in keys:
                continue
            # the most fields; then the first sheet; then the lower row (Shopee's technical
            # keys sit above the names people read: the names are the ones to report)
            rank = (len(keys), -order, number)
            if best is None or rank > best[0]:
                best = (rank, sheet, number, keys)
    if best is None:
        raise _refuse(
            Path(path),
            f"tidak ada baris judul kolom {channel_name} di {HEADER_ROWS} baris pertama lembar "
            "mana pun (dicari kolom seperti 'Nama Produk' dan 'Harga'). Pakai template yang "
            f"diunduh dari Seller Centre {channel_name}, tanpa mengubah judul kolomnya.",
            f"no {channel_name} header row in the first {HEADER_ROWS} rows of any sheet (looked "
            "for columns such as 'Nama Produk' / 'Product Name' and 'Harga' / 'Price'). Use the "
            f"template downloaded from {channel_name}'s Seller Centre, its headers unchanged.",
        )
    _, sheet, header_row, keys = best
    width = min(sheet.max_column or 1, MAX_HEADER_COLUMNS)
    first = header_row + 1
    while not _empty(sheet, first, width):
        first += 1
        if first - header_row > MAX_FILLED_ROWS:
            raise _refuse(
                Path(path),
                f"lebih dari {MAX_FILLED_ROWS} baris sudah terisi di bawah judul kolom. Pakai "
                "template yang masih kosong.",
                f"more than {MAX_FILLED_ROWS} rows below the header are filled already. Use an "
                "empty template.",
            )
    block = _texts(sheet, min(first - 1, header_row + HEADER_ROWS))
    headers = {i: t.strip() for i, t in enumerate(block[header_row - 1], start=1) if t.strip()}
    columns = dict(keys)
    for cells in block:  # a column the header row leaves unnamed may be named above or below
        for key, index in _score(cells).items():
            if key not in columns and index not in columns.values():
                columns[key] = index
                headers.setdefault(index, cells[index - 1].strip())
    required: set[int] = set()
    for cells in block:
        for index, text in enumerate(cells, start=1):
            folded = " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())
            starred = "*" in text and len(text) <= 80  # "Nama Produk*", "Berat* (Gram)"
            if (_REQUIRED.search(folded) or starred) and not _OPTIONAL.search(folded):
                required.add(index)
                if index not in headers:
                    headers[index] = text.strip()
    return Layout(sheet, header_row, first, columns, headers, required)
