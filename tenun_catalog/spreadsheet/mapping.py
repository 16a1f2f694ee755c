"""Column mapping: which product field each column of a sheet fills, or "ignore".

Owns `suggest` (a header -> its column by name or Indonesian/English label, else IGNORE),
`resolve` (headers + a mapping a person chose -> the columns a plan reads, the headers ignored),
`parse_map_options` (the CLI's `--map "HEADER=FIELD"`) and the remembered mappings, one per header
set, in a small JSON file in the library folder (`MAPPINGS_FILE`). That file is ours but may be
damaged or edited by hand: a file that cannot be read, is too big or holds a key that is not a
column is treated as no memory (never an error), and it is bounded (MAX_REMEMBERED header sets,
MAX_MAPPINGS_BYTES on disk; the oldest set is forgotten first).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from ..domain.errors import UserError
from .columns import _BY_NAME, BY_KEY, Column, fold, match_headers

IGNORE = "ignore"
MAPPINGS_FILE = "import-mappings.json"
MAX_REMEMBERED = 50  # header sets remembered; the oldest is forgotten first
MAX_MAPPINGS_BYTES = 256 * 1024  # 50 sets of 100 headers of ~40 characters fit easily
MAX_MAP_OPTIONS = 200  # --map given more often than this is refused (a sheet has <= 100 columns)
_IGNORE_NAMES = {IGNORE, "abaikan", "-", ""}

Mapping = dict[str, str]  # header as written -> column key or IGNORE


def suggest(headers: list[str]) -> list[str]:
    """For each header: its column key by name or label, else IGNORE (empty headers: IGNORE).
    A second header naming a column already taken is IGNORE too."""
    taken: set[str] = set()
    out = []
    for header in headers:
        column = _BY_NAME.get(fold(header)) if fold(header) else None
        if column is None or column.key in taken:
            out.append(IGNORE)
        else:
            taken.add(column.key)
            out.append(column.key)
    return out


def field_key(text: str) -> str:
    """A field a person named ('name_id', 'Nama (Indonesia)', 'Abaikan') -> its key or IGNORE.
    Raises UserError for a name that is no column."""
    if fold(text) in _IGNORE_NAMES:
        return IGNORE
    column = BY_KEY.get(text.strip()) or _BY_NAME.get(fold(text))
    if column is None:
        raise UserError(
            f"'{text}' bukan kolom produk. Pakai nama kolom ekspor (misalnya name_id, price) atau "
            "'ignore'.",
            f"'{text}' is not a product column. Use an export column name (for example name_id, "
            "price) or 'ignore'.",
        )
    return column.key


def parse_map_options(options: list[str]) -> Mapping:
    """`["No.=ignore", "Nama Produk=name_id"]` -> {"No.": "ignore", "Nama Produk": "name_id"}.
    The last '=' separates header and field, so a header may itself hold '='."""
    if len(options) > MAX_MAP_OPTIONS:
        raise UserError(
            f"Terlalu banyak --map (paling banyak {MAX_MAP_OPTIONS}).",
            f"Too many --map options (at most {MAX_MAP_OPTIONS}).",
        )
    mapping: Mapping = {}
    for option in options:
        header, sep, name = option.rpartition("=")
        if not sep or not header.strip():
            raise UserError(
                f"--map '{option}' harus berbentuk \"JUDUL KOLOM=field\", misalnya "
                '"Nama Produk=name_id" atau "No.=ignore".',
                f"--map '{option}' must be \"COLUMN HEADER=field\", for example "
                '"Nama Produk=name_id" or "No.=ignore".',
            )
        mapping[header.strip()] = field_key(name)
    return mapping


def resolve(
    headers: list[str], mapping: Mapping | None = None, *, strict: bool = False
) -> tuple[list[Column | None], list[str]]:
    """(the column of each header or None, the headers ignored).

    `strict` (and no mapping) is the old rule: any unknown header refuses the sheet. Otherwise
    each header takes its mapping entry (matched by the header as written, then ignoring case and
    spacing), else its suggestion; an unknown header is ignored. A field chosen twice, a mapping
    entry for a header the sheet does not have, or no sku column are refused with one message."""
    if strict and not mapping:
        return match_headers(headers), []
    mapping = mapping or {}
    folded = {fold(k): v for k, v in mapping.items()}
    missing = [h for h in mapping if fold(h) not in {fold(x) for x in headers}]
    if missing:
        names = ", ".join(f"'{h}'" for h in missing)
        raise UserError(
            f"Kolom {names} dari --map tidak ada di lembar kerja.",
            f"The --map columns {names} are not in the sheet.",
        )
    keys = []
    for header in headers:
        key = mapping.get(header, folded.get(fold(header)))
        if key is None:
            column = _BY_NAME.get(fold(header))  # a repeat is refused below, never dropped
            if strict and fold(header) and column is None:
                match_headers([header, "sku"])  # raises the old "unknown column" message
            key = column.key if column is not None else IGNORE
        keys.append(key)
    return _columns(headers, keys)


def _columns(headers: list[str], keys: list[str]) -> tuple[list[Column | None], list[str]]:
    seen: dict[str, str] = {}
    repeated = []
    columns: list[Column | None] = []
    ignored = []
    for header, key in zip(headers, keys, strict=True):
        if key == IGNORE or key not in BY_KEY:
            columns.append(None)
            if fold(header):
                ignored.append(header)
            continue
        if key in seen:
            repeated.append(f"'{seen[key]}' / '{header}' -> {key}")
        seen.setdefault(key, header)
        columns.append(BY_KEY[key])
    if repeated:
        pairs = ", ".join(repeated)
        raise UserError(
            f"Dua kolom diarahkan ke isian yang sama: {pairs}. Abaikan salah satunya.",
            f"Two columns are mapped to the same field: {pairs}. Ignore one of them.",
        )
    if "sku" not in seen:
        raise UserError(
            "Tidak ada kolom yang diarahkan ke 'sku'; setiap baris perlu SKU produknya.",
            "No column is mapped to 'sku'; every row needs its product's SKU.",
        )
    return columns, ignored


# ---- remembered mappings ---------------------------------------------------------------------


def header_set(headers: list[str]) -> str:
    """The key a mapping is remembered under: the folded headers in order, hashed."""
    text = "\x1f".join(fold(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _load(folder: Path) -> dict[str, dict]:
    path = Path(folder) / MAPPINGS_FILE
    try:
        if path.stat().st_size > MAX_MAPPINGS_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered(folder: Path, headers: list[str]) -> list[str] | None:
    """The keys chosen last time for exactly these headers, or None."""
    entry = _load(folder).get(header_set(headers))
    if not isinstance(entry, dict):
        return None
    keys = entry.get("keys")
    if (
        not isinstance(keys, list)
        or len(keys) != len(headers)
        or not all(isinstance(k, str) and (k == IGNORE or k in BY_KEY) for k in keys)
    ):
        return None
    return keys


def remember(folder: Path, headers: list[str], keys: list[str]) -> None:
    """Keep `keys` for this header set (written atomically; a failure to write is not an error:
    the import itself is done)."""
    data = _load(folder)
    key = header_set(headers)
    data.pop(key, None)
    data[key] = {"headers": headers, "keys": keys}  # newest last
    while len(data) > MAX_REMEMBERED:
        data.pop(next(iter(data)))
    text = json.dumps(data, ensure_ascii=False, indent=1)
    while len(text.encode("utf-8")) > MAX_MAPPINGS_BYTES and len(data) > 1:
        data.pop(next(iter(data)))
        text = json.dumps(data, ensure_ascii=False, indent=1)
    if len(text.encode("utf-8")) > MAX_MAPPINGS_BYTES:
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".mappings-", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, Path(folder) / MAPPINGS_FILE)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
