"""Writing a product sheet to disk: CSV or XLSX, never half a file.

Owns the output formats: CSV is UTF-8 with a BOM (so Excel shows the accents right), comma
separated, CRLF lines, a cell that could run as a formula prefixed with an apostrophe
(cells.neutralise); XLSX has a bold, frozen header row, numbers as numbers, text kept as text
(a story starting with '=' is not a formula), sensible column widths and a second sheet
"Petunjuk" explaining every column. Every file (the sheet and each copied photo) is written to a
temporary name in the target folder and then `os.replace`d. Also owns the Windows-safe photo file
names (`<SKU>-01.jpg`) used beside the sheet.
"""

from __future__ import annotations

import contextlib
import csv
import filecmp
import os
import re
import secrets
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from ..domain.errors import UserError
from .cells import neutralise
from .columns import COLUMNS, Column

SHEET_SUFFIXES = (".csv", ".xlsx")
MONEY = ("price", "wholesale_price")
_UNSAFE = re.compile(r'[<>:"/\\|?*;\x00-\x1f\x7f]')
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


def safe_stem(sku: str) -> str:
    """An SKU as a file name part that works on Windows, macOS and Linux."""
    stem = _UNSAFE.sub("_", sku).strip().rstrip(". ")[:80] or "produk"
    if stem.split(".")[0].lower() in _RESERVED:
        stem = "_" + stem
    return stem


def write_sheet(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Write text rows under `headers` as .csv or .xlsx (by the suffix), atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        raise UserError(
            f"Ekspor hanya ke berkas .csv atau .xlsx, bukan '{path.name}'.",
            f"Export only writes .csv or .xlsx files, not '{path.name}'.",
        )
    writer = _write_csv if suffix == ".csv" else _write_xlsx
    atomic(path, lambda tmp: writer(tmp, headers, rows))


def atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Run `write(temp path)` in path's folder, then move the result onto `path`."""
    tmp = path.with_name(f".tmp-{path.stem}-{secrets.token_hex(4)}{path.suffix}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(
            f"Berkas {path} tidak bisa ditulis ({exc.strerror or exc}). Tutup berkas itu bila "
            "sedang terbuka di Excel, lalu periksa sisa ruang disk dan izin foldernya.",
            f"{path} cannot be written ({exc.strerror or exc}). Close it if it is open in Excel, "
            "then check the free disk space and the folder permissions.",
        ) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def copy_photo(src: Path, dst: Path) -> None:
    """Copy a stored original beside the sheet (skipped when an identical file is there)."""
    if dst.is_file() and filecmp.cmp(src, dst, shallow=False):
        return
    atomic(dst, lambda tmp: shutil.copyfile(src, tmp))


def _write_csv(tmp: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows([neutralise(cell) for cell in row] for row in rows)
        handle.flush()
        os.fsync(handle.fileno())


def _write_xlsx(tmp: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    by_key = {c.key: c for c in COLUMNS}
    columns = [by_key.get(h) for h in headers]
    book = Workbook()
    sheet = book.active
    sheet.title = "Produk"
    bold = Font(bold=True)
    for col, header in enumerate(headers, start=1):
        sheet.cell(1, col, header).font = bold
    widths = [len(h) for h in headers]
    for r, row in enumerate(rows, start=2):
        for col, text in enumerate(row, start=1):
            column = columns[col - 1]
            _put(sheet.cell(r, col), text, column)
            first_line = text.split("\n", 1)[0]
            widths[col - 1] = max(widths[col - 1], len(first_line))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[_letter(col)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "B2"  # header row and the SKU column stay in view
    _guide(book.create_sheet("Petunjuk"), bold)
    book.save(tmp)


def _put(cell, text: str, column: Column | None) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    kind = column.type if column is not None else "text"
    if text and kind in ("int", "float"):
        cell.value = int(text) if kind == "int" else float(text)
        if column is not None and column.key in MONEY:
            cell.number_format = "#,##0"
        return
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", text) if text else None
    if text:
        cell.data_type = "s"  # text stays text: '=...' is not a formula, '007' not a number


def _guide(sheet, bold) -> None:
    """Second sheet: what each column means and which values it takes."""
    sheet.append(["Kolom / Column", "Arti", "Meaning", "Pilihan / Choices", "Untuk / For"])
    for cell in sheet[1]:
        cell.font = bold
    for column in COLUMNS:
        spec = column.spec
        choices = ", ".join(spec.vocabulary.codes()) if spec and spec.vocabulary else ""
        if spec is not None and spec.type in ("codes", "list", "weavers"):
            choices = (
                choices + " " if choices else ""
            ) + "(pisahkan dengan ';' / separate with ';')"
        kinds = ", ".join(spec.kinds) if spec is not None else ""
        sheet.append([column.key, column.label_id, column.label_en, choices, kinds])
    for letter, width in zip("ABCDE", (28, 32, 32, 60, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def write_report_xlsx(
    path: Path,
    headers: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[object]],
    title: str = "Produk",
) -> None:
    """An XLSX for people: Indonesian header row, English second row (both frozen), widths set.

    Cells keep their Python type (numbers stay numbers; text stays text, never a formula).
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font, PatternFill

    def write(tmp: Path) -> None:
        book = Workbook()
        sheet = book.active
        sheet.title = title
        fill = PatternFill("solid", fgColor="F6F0E6")
        for col, (label_id, label_en) in enumerate(headers, start=1):
            first = sheet.cell(1, col, label_id)
            first.font, first.fill = Font(bold=True, color="1F2A44"), fill
            second = sheet.cell(2, col, label_en)
            second.font, second.fill = Font(italic=True, color="5B5750"), fill
        widths = [max(len(a), len(b)) for a, b in headers]
        for r, row in enumerate(rows, start=3):
            for col, value in enumerate(row, start=1):
                cell = sheet.cell(r, col)
                if isinstance(value, bool) or value is None:
                    cell.value = ("ya" if value else "tidak") if isinstance(value, bool) else None
                elif isinstance(value, (int, float)):
                    cell.value = value
                    cell.number_format = "#,##0" if isinstance(value, int) else "0.##"
                else:
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                    cell.data_type = "s"
                text = "" if value is None else str(value)
                widths[col - 1] = max(widths[col - 1], len(text.split("\n", 1)[0]))
        for col, width in enumerate(widths, start=1):
            sheet.column_dimensions[_letter(col)].width = min(max(width + 2, 8), 50)
        sheet.freeze_panes = "B3"
        book.save(tmp)

    atomic(Path(path), write)
