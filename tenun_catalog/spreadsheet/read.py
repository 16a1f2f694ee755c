"""Reading a spreadsheet file into a header row and text cells, whatever program wrote it.

Owns the file formats: CSV (UTF-8 with or without BOM, UTF-16 "Unicode text", or the Windows-1252
files Excel writes on Indonesian Windows; comma, semicolon or tab separated, sniffed on the header
line) and XLSX (first sheet, first row headers; numbers, dates and booleans turned into text the
field parser reads), and .xls / .ods (first sheet, python-calamine, the same limits). Row
numbers are the ones a person sees in the spreadsheet: the header is row 1. Whole-file problems
(missing, unreadable, too big) are one UserError.

A sheet is untrusted input, so reading is bounded (each limit is named in its refusal):
MAX_FILE_BYTES on disk; for an XLSX, the sizes its zip declares (MAX_XLSX_MEMBERS entries,
MAX_XLSX_UNPACKED bytes in all) are checked before openpyxl opens it (zipfile stops at the
declared size, so a lying header cannot unpack more); MAX_ROWS data rows, after which reading
stops without reading the rest; MAX_COLUMNS columns with a value. Each cell's length is
checked per column by the plan.
A CSV mixing UTF-8 and Windows-1252 lines is refused with the first line that is not UTF-8,
never guessed; CSV cells written by our export with a formula guard get it removed
(cells.restore).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import operator
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..domain.errors import UserError
from .cells import restore

MAX_FILE_BYTES = 50 * 1024 * 1024  # a sheet of 20,000 products with long stories is ~30 MB
MAX_XLSX_UNPACKED = 100 * 1024 * 1024  # all entries of the XLSX zip, as the zip declares them
MAX_XLSX_MEMBERS = 1_000  # files inside the XLSX zip (Excel writes about a dozen)
MAX_ROWS = 20_000  # data rows (below the header)
MAX_COLUMNS = 100  # the export writes about 55
_BLANK_TAIL = 1_000  # empty rows tolerated past MAX_ROWS (Excel keeps formatted empty rows)

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CALAMINE_SUFFIXES = (".xls", ".ods")  # read with python-calamine (openpyxl still writes .xlsx)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format
_DELIMITERS = (",", ";", "\t")  # ties go to the first


@dataclass
class SheetRow:
    number: int  # as the spreadsheet shows it (header = 1)
    cells: list[str]


@dataclass
class Sheet:
    path: Path
    headers: list[str]
    rows: list[SheetRow] = field(default_factory=list)
    encoding: str = ""  # CSV only: utf-8-sig, utf-8, utf-16, cp1252
    delimiter: str = ""  # CSV only


def read_sheet(path: Path) -> Sheet:
    """The header and the non-blank rows of a .csv/.txt/.tsv, .xlsx, .xls or .ods file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".numbers":
        raise _save_as(path)
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES + CALAMINE_SUFFIXES:
        raise UserError(
            f"Berkas {path.name} bukan lembar kerja yang bisa dibaca. Pakai berkas .xlsx, .xls, "
            ".ods atau .csv.",
            f"{path.name} is not a spreadsheet this program reads. Use an .xlsx, .xls, .ods or "
            ".csv file.",
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(path, size)
        with path.open("rb") as handle:  # at most the limit, even from a growing file or a pipe
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _too_big(path, len(data))
    except OSError as exc:
        raise UserError(
            f"Berkas {path} tidak bisa dibuka ({exc.strerror or exc}).",
            f"The file {path} cannot be opened ({exc.strerror or exc}).",
        ) from None
    if data.startswith(_OLE_MAGIC):  # the old binary .xls (whatever its name says)
        return _read_calamine(path, data)
    if data.startswith(_ZIP_MAGIC):  # an .xlsx, even when someone renamed it .csv
        if suffix == ".ods" or _is_ods(data):
            return _read_calamine(path, data)
        return _read_xlsx(path, data)
    if suffix in CALAMINE_SUFFIXES:
        raise UserError(
            f"Berkas {path.name} bukan berkas {suffix} yang utuh. Buka di Excel/LibreOffice dan "
            "simpan ulang.",
            f"{path.name} is not a complete {suffix} file. Open it in Excel/LibreOffice and "
            "save it again.",
        )
    if suffix in XLSX_SUFFIXES:
        raise UserError(
            f"Berkas {path.name} bukan berkas .xlsx yang utuh. Buka di Excel dan simpan ulang.",
            f"{path.name} is not a complete .xlsx file. Open it in Excel and save it again.",
        )
    return _read_csv(path, data)


def _id(number: int) -> str:
    """20000 -> '20.000' (Indonesian thousands)."""
    return f"{number:,}".replace(",", ".")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _too_big(path: Path, size: int) -> UserError:
    return UserError(
        f"Berkas {path.name} terlalu besar ({_mb(size)}); batasnya {_mb(MAX_FILE_BYTES)}. "
        f"Bagi menjadi beberapa lembar kerja (paling banyak {_id(MAX_ROWS)} baris per berkas).",
        f"{path.name} is too big ({_mb(size)}); the limit is {_mb(MAX_FILE_BYTES)}. Split it "
        f"into several sheets (at most {MAX_ROWS:,} rows per file).",
    )


def _too_many_rows(path: Path) -> UserError:
    return UserError(
        f"Lembar kerja {path.name} berisi lebih dari {_id(MAX_ROWS)} baris produk (batas per "
        f"berkas). Bagi menjadi beberapa berkas, atau hapus baris kosong di bawah baris "
        f"{_id(MAX_ROWS + 1)}.",
        f"The sheet {path.name} has more than {MAX_ROWS:,} product rows (the limit per file). "
        f"Split it into several files, or delete the empty rows below row {MAX_ROWS + 1:,}.",
    )


def _too_many_columns(path: Path, row: int) -> UserError:
    return UserError(
        f"Lembar kerja {path.name} berisi lebih dari {MAX_COLUMNS} kolom (baris {row}); "
        f"batasnya {MAX_COLUMNS}. Hapus kolom yang tidak dipakai.",
        f"The sheet {path.name} has more than {MAX_COLUMNS} columns (row {row}); the limit is "
        f"{MAX_COLUMNS}. Delete the columns that are not used.",
    )


def _save_as(path: Path) -> UserError:
    return UserError(
        f"Berkas {path.name} berformat lama atau lain (atau dikunci kata sandi). Buka di "
        "Excel/LibreOffice lalu simpan sebagai 'Buku Kerja Excel (.xlsx)' atau 'CSV', tanpa "
        "kata sandi.",
        f"{path.name} is in an old or other format (or password-protected). Open it in "
        "Excel/LibreOffice and save it as 'Excel Workbook (.xlsx)' or 'CSV', without a password.",
    )


# ---- CSV -------------------------------------------------------------------------------------


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding): UTF-8 BOM, UTF-16 BOM, strict UTF-8, else Windows-1252 when no line
    is UTF-8 with accents (a file mixing both is refused, naming its first non-UTF-8 line)."""
    if data.startswith(codecs.BOM_UTF8):
        attempts = [("utf-8-sig", data)]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts = [("utf-16", data)]
    else:
        attempts = [("utf-8", data), ("cp1252", data)]
    for encoding, raw in attempts:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            failure = exc
            if encoding == "utf-8" and _has_utf8_accents(data):
                break  # some lines are UTF-8 with accents and some are not: do not guess
            continue
        return text, encoding
    line = data[: failure.start].count(b"\n") + 1
    raise UserError(
        f"Berkas {path.name} berisi huruf yang tidak bisa dibaca di baris {line} (mungkin "
        "sebagian berkas disimpan dengan pengodean lain, misalnya UTF-8 dan Windows-1252 "
        "bercampur). Simpan ulang seluruhnya sebagai 'CSV UTF-8'.",
        f"{path.name} has characters that cannot be read on line {line} (perhaps parts of the "
        "file were saved in different encodings, such as UTF-8 mixed with Windows-1252). Save "
        "it again as 'CSV UTF-8'.",
    )


def _has_utf8_accents(data: bytes) -> bool:
    """True when some line decodes as UTF-8 and holds a character beyond ASCII."""
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


def sniff_delimiter(text: str) -> str:
    """The separator used most on the header line (outside quotes); comma when none is."""
    header = text.split("\n", 1)[0]
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, data: bytes) -> Sheet:
    text, encoding = decode_text(data, path)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if _past_limit(number, cells):
                raise _too_many_rows(path)
            if len(cells) > MAX_COLUMNS:
                if any(c.strip() for c in cells[MAX_COLUMNS:]):
                    raise _too_many_columns(path, number)
                del cells[MAX_COLUMNS:]
            records.append([restore(c) for c in cells])
    except csv.Error as exc:
        raise UserError(
            f"Berkas {path.name} rusak di baris {reader.line_num} ({exc}).",
            f"{path.name} is damaged on line {reader.line_num} ({exc}).",
        ) from None
    return _sheet(path, records, encoding, delimiter)


def _past_limit(number: int, cells: list[str]) -> bool:
    """Row `number` (header = 1) is beyond MAX_ROWS data rows: with a value, or past the
    tolerated tail of empty rows. Reading stops there."""
    if number <= MAX_ROWS + 1:
        return False
    return number > MAX_ROWS + 1 + _BLANK_TAIL or any(c.strip() for c in cells)


def _sheet(path: Path, records: list[list[str]], encoding: str = "", delimiter: str = "") -> Sheet:
    if not records or not any(c.strip() for c in records[0]):
        raise UserError(
            f"Lembar kerja {path.name} kosong: baris pertama harus berisi judul kolom.",
            f"The sheet {path.name} is empty: its first row must hold the column headers.",
        )
    headers = [h.strip() for h in records[0]]
    rows = [
        SheetRow(number, cells)
        for number, cells in enumerate(records[1:], start=2)
        if any(c.strip() for c in cells)
    ]
    while headers and not headers[-1] and not _used(rows, len(headers) - 1):
        headers.pop()  # trailing empty header columns (common in sheets saved by Excel)
    return Sheet(path, headers, rows, encoding, delimiter)


def _used(rows: list[SheetRow], index: int) -> bool:
    return any(len(r.cells) > index and r.cells[index].strip() for r in rows)


# ---- XLSX ------------------------------------------------------------------------------------


def _check_zip(path: Path, data: bytes) -> None:
    """Refuse an XLSX whose zip declares more than the limits, before anything is unpacked."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        unpacked = sum(m.file_size for m in members)
    if len(members) > MAX_XLSX_MEMBERS or unpacked > MAX_XLSX_UNPACKED:
        raise UserError(
            f"Berkas {path.name} terlalu besar setelah dibuka: isinya {_mb(unpacked)} dalam "
            f"{len(members)} berkas, batasnya {_mb(MAX_XLSX_UNPACKED)} dalam "
            f"{MAX_XLSX_MEMBERS} berkas. Periksa apakah ada sel yang sangat panjang, atau bagi "
            "lembar kerjanya.",
            f"{path.name} is too big once unpacked: it holds {_mb(unpacked)} in "
            f"{len(members)} files, the limit is {_mb(MAX_XLSX_UNPACKED)} in "
            f"{MAX_XLSX_MEMBERS} files. Look for a very long cell, or split the sheet.",
        )


def _xlsx_records(path: Path, sheet) -> list[list[str]]:
    """Text rows of a read-only worksheet, bounded by MAX_ROWS and MAX_COLUMNS."""
    from openpyxl.cell.read_only import EMPTY_CELL

    records: list[list[str]] = []
    # Rows are streamed (and missing ones filled in lazily), so stopping here reads no further.
    # A row is as wide as its last cell (at most 18,278 columns in openpyxl): the cells to the
    # right of MAX_COLUMNS are only looked at when the file really holds some (C-speed check).
    for number, row in enumerate(sheet.iter_rows(), start=1):
        if len(row) > MAX_COLUMNS:
            tail = row[MAX_COLUMNS:]
            if any(map(operator.is_not, tail, itertools.repeat(EMPTY_CELL))) and any(
                cell_text(c).strip() for c in tail if c is not EMPTY_CELL
            ):
                raise _too_many_columns(path, number)
            row = row[:MAX_COLUMNS]
        cells = [cell_text(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if _past_limit(number, cells):
            raise _too_many_rows(path)
        records.append(cells)
    return records


def _read_xlsx(path: Path, data: bytes) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    broken = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, SyntaxError)
    try:  # SyntaxError: the XML inside is damaged (ElementTree.ParseError)
        _check_zip(path, data)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not book.worksheets:
                return _sheet(path, [])
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # some programs write a wrong size; read what is there
            records = _xlsx_records(path, sheet)
        finally:
            book.close()
    except broken as exc:
        raise UserError(
            f"Berkas {path.name} tidak bisa dibaca sebagai .xlsx ({exc}). Buka di Excel dan "
            "simpan ulang.",
            f"{path.name} cannot be read as .xlsx ({exc}). Open it in Excel and save it again.",
        ) from None
    return _sheet(path, records)


# ---- XLS and ODS (python-calamine) -----------------------------------------------------------


def _is_ods(data: bytes) -> bool:
    """An OpenDocument zip names its type in the first entry, 'mimetype', stored uncompressed."""
    return b"application/vnd.oasis.opendocument.spreadsheet" in data[:200]


def _read_calamine(path: Path, data: bytes) -> Sheet:
    """The first sheet of an .xls or .ods, within the same limits as an .xlsx: the file size
    (already checked), for an .ods the zip's declared sizes (checked before calamine opens it),
    MAX_ROWS data rows and MAX_COLUMNS columns with a value. calamine holds the sheet's cells in
    memory, which the file size bounds (an .xls cell takes at least 10 bytes on disk)."""
    import python_calamine

    try:
        if data.startswith(_ZIP_MAGIC):
            _check_zip(path, data)
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        try:
            if not book.sheet_names:
                return _sheet(path, [])
            sheet = book.get_sheet_by_index(0)
            records = []
            for number, row in enumerate(sheet.iter_rows(), start=1):
                cells = [_value_text(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if len(cells) > MAX_COLUMNS:
                    raise _too_many_columns(path, number)
                if _past_limit(number, cells):
                    raise _too_many_rows(path)
                records.append(cells)
        finally:
            book.close()
    except UserError:
        raise
    except BaseException as exc:  # noqa: BLE001 - a Rust panic in calamine is a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit, MemoryError)):
            raise
        raise UserError(
            f"Berkas {path.name} tidak bisa dibaca ({type(exc).__name__}: {str(exc)[:200]}). Buka "
            "di Excel/LibreOffice dan simpan ulang, tanpa kata sandi.",
            f"{path.name} cannot be read ({type(exc).__name__}: {str(exc)[:200]}). Open it in "
            "Excel/LibreOffice and save it again, without a password.",
        ) from None
    return _sheet(path, records)


def _value_text(value: object) -> str:
    """A calamine value as the text the field parser reads (as `cell_text` does for XLSX;
    percentages arrive as fractions in .xls/.ods and are read as written there)."""
    if isinstance(value, str):
        return value
    return cell_text(_Value(value))


@dataclass
class _Value:
    value: object
    number_format: str = ""


def cell_text(cell: object) -> str:
    """An XLSX cell as text the field parser reads: 150000.0 -> '150000', 52.5 -> '52.5',
    a date -> '2026-11-28', True -> 'ya', 90% -> '90'."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (int, float)):
        if "%" in str(getattr(cell, "number_format", "") or ""):
            value = round(value * 100, 10)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)
