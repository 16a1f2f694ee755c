"""Product spreadsheets: the column set, reading CSV/XLSX, the checked import plan, writing.

Owns the file side of spreadsheet import and export; the user actions that read and change the
library (`import_spreadsheet`, `export_spreadsheet`) live in operations/sheets.py. Modules:
- `columns`: COLUMNS (sku, kind, every product field path, producer, motifs, photos), header
  matching (paths, Indonesian and English labels, case-insensitive), `product_row`;
- `read`: `read_sheet` for .csv/.txt (UTF-8 with or without BOM, UTF-16, Windows-1252; comma,
  semicolon or tab), .xlsx (first sheet, openpyxl) and .xls/.ods (python-calamine), within size,
  row and column limits;
- `mapping`: header -> field or "ignore" (suggested from names and labels, `--map` options),
  and the mappings remembered per header set in the library folder (bounded JSON);
- `plan`: `make_plan`, RowError, RowPlan, OutsidePaths: every row parsed and checked (cell
  lengths, characters, photo files inside the sheet's folder), nothing written;
- `cells`: the CSV formula-injection guard (`neutralise` on export, `restore` on import);
- `write`: `write_sheet` (.csv UTF-8 with BOM, .xlsx), atomic writes, Windows-safe photo names.
"""

from .columns import COLUMNS, HEADERS, match_headers, product_row
from .plan import Lookups, OutsidePaths, Plan, RowError, RowPlan, make_plan
from .read import Sheet, SheetRow, read_sheet
from .write import safe_stem, write_sheet

__all__ = [
    "COLUMNS",
    "HEADERS",
    "Lookups",
    "OutsidePaths",
    "Plan",
    "RowError",
    "RowPlan",
    "Sheet",
    "SheetRow",
    "make_plan",
    "match_headers",
    "product_row",
    "read_sheet",
    "safe_stem",
    "write_sheet",
]
