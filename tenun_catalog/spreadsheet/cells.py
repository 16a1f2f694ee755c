"""CSV formula injection (OWASP "CSV Injection"): the one guard on export and its exact inverse.

Owns `neutralise` and `restore`. A spreadsheet program opening a CSV treats a cell that starts
with '=', '+', '-', '@', a tab or a carriage return as a formula (`=HYPERLINK(...)`,
`=cmd|' /C calc'!A0`), so the CSV export writes such a cell with a leading apostrophe, as OWASP
recommends; the program then shows the text. The importer removes exactly that apostrophe again,
so export -> import gives back the same text, even a story that really starts with '-' or '='.

To keep the pair lossless a cell that already starts with apostrophes followed by one of those
characters ("'=x") gets one more apostrophe too, and `restore` removes exactly one apostrophe from
a cell of that shape. Any other cell is written and read unchanged ("'Tis" stays "'Tis").
XLSX needs none of this: its cells are written with the string type, never as formulas.
"""

from __future__ import annotations

import re

# Apostrophes, then a character that starts a formula (or a DDE payload) in Excel/LibreOffice.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """The cell as written to a CSV: a leading apostrophe when it could run as a formula."""
    return "'" + text if _FORMULA_START.match(text) else text


def restore(text: str) -> str:
    """The inverse of `neutralise` for a cell read from a CSV."""
    return text[1:] if _ESCAPED.match(text) else text
