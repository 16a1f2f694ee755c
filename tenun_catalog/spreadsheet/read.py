"""Reading a spreadsheet file into a header row and text cells, whatever program wrote it.

Owns the file formats: CSV (UTF-8 with or without BOM, UTF-16 "Unicode text", or the Windows-1252
files Excel writes on Indonesian Windows; comma, semicolon or tab separated, sniffed on the header
line) and XLSX (first sheet, first row headers; numbers, dates and booleans turned into text the
field parser reads). Row numbers are the ones a person sees in the spreadsheet: the header is row
1. Whole-file problems (missing, unreadable, .xls) are one UserError.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..domain.errors import UserError

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
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
    """The header and the non-blank rows of a .csv/.txt/.tsv or .xlsx file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers"):
        raise _save_as(path)
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise UserError(
            f"Berkas {path.name} bukan lembar kerja yang bisa dibaca. Pakai berkas .xlsx atau "
            ".csv.",
            f"{path.name} is not a spreadsheet this program reads. Use an .xlsx or .csv file.",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            f"Berkas {path} tidak bisa dibuka ({exc.strerror or exc}).",
            f"The file {path} cannot be opened ({exc.strerror or exc}).",
        ) from None
    if data.startswith(_OLE_MAGIC):
        raise _save_as(path)
    if data.startswith(_ZIP_MAGIC):  # an .xlsx, even when someone renamed it .csv
        return _read_xlsx(path, data)
    if suffix in XLSX_SUFFIXES:
        raise UserError(
            f"Berkas {path.name} bukan berkas .xlsx yang utuh. Buka di Excel dan simpan ulang.",
            f"{path.name} is not a complete .xlsx file. Open it in Excel and save it again.",
        )
    return _read_csv(path, data)


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
    """(text, encoding): UTF-8 BOM, UTF-16 BOM, strict UTF-8, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        attempts = [("utf-8-sig", data)]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts = [("utf-16", data)]
    else:
        attempts = [("utf-8", data), ("cp1252", data)]
    for encoding, raw in attempts:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            failure = exc
    line = data[: failure.start].count(b"\n") + 1
    raise UserError(
        f"Berkas {path.name} berisi huruf yang tidak bisa dibaca di baris {line}. Simpan ulang "
        "sebagai 'CSV UTF-8'.",
        f"{path.name} has characters that cannot be read on line {line}. Save it again as "
        "'CSV UTF-8'.",
    )


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
        records = list(reader)
    except csv.Error as exc:
        raise UserError(
            f"Berkas {path.name} rusak di baris {reader.line_num} ({exc}).",
            f"{path.name} is damaged on line {reader.line_num} ({exc}).",
        ) from None
    return _sheet(path, records, encoding, delimiter)


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


def _read_xlsx(path: Path, data: bytes) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    broken = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, SyntaxError)
    try:  # SyntaxError: the XML inside is damaged (ElementTree.ParseError)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not book.worksheets:
                return _sheet(path, [])
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # some programs write a wrong size; read what is there
            records = [[cell_text(c) for c in row] for row in sheet.iter_rows()]
        finally:
            book.close()
    except broken as exc:
        raise UserError(
            f"Berkas {path.name} tidak bisa dibaca sebagai .xlsx ({exc}). Buka di Excel dan "
            "simpan ulang.",
            f"{path.name} cannot be read as .xlsx ({exc}). Open it in Excel and save it again.",
        ) from None
    return _sheet(path, records)


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
