"""Checking a whole sheet before anything is written: the import plan.

Owns `RowError` (row number as the spreadsheet shows it, column, message in Indonesian and
English), `RowPlan` (create / update / unchanged, the changed fields, producer, motifs and the
photo files still to attach) and `make_plan`, which parses every cell with the field
specifications and applies the product save rules (`rules.save_blockers`), plus the sheet's own
checks: an SKU twice in the sheet, an unknown motif, a missing photo file, a photo file that
`images.check_image` refuses, a Tenun value on a Sei row, a cell longer than its column allows
(`cell_limit`), a cell with a control character and an SKU outside printable ASCII
(domain.characters). Photo files are named relative to the sheet's folder; a name that reaches
outside it (absolute, '..', a symbolic link) makes `make_plan` raise `OutsidePaths` listing
them, unless the caller allows outside paths. It reads the library only through `Lookups` and
writes nothing.
"""

from __future__ import annotations

import copy
import hashlib
import math
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import images
from ..domain import characters, rules, vocab
from ..domain import fields as F
from ..domain.entities import Motif, Producer, Product
from ..domain.errors import UserError
from .columns import BY_KEY, MOTIFS, PHOTOS, PRODUCER, Column, column_letter
from .mapping import IGNORE, Mapping, resolve
from .read import Sheet, SheetRow

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
# Longest cell per column when the field declares no maximum: long texts (stories), lists
# (techniques, weavers, ingredients), photo file lists, everything else (names, numbers, codes).
LONG_TEXT_CHARS, LIST_CHARS, PHOTO_LIST_CHARS, SHORT_CHARS = 20_000, 2_000, 10_000, 500
MAX_OUTSIDE_LISTED = 20  # outside photo paths named in the refusal (then "and N more")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def nocase(text: str) -> str:
    """Fold like SQLite's NOCASE (ASCII letters only), which the library uses for SKUs and names."""
    return text.strip().translate(_ASCII_LOWER)


def split_list(text: str) -> list[str]:
    """'a; b' or one item per line -> ['a', 'b'] (the separator of motifs and photos)."""
    return [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]


@dataclass
class RowError:
    row: int  # as the spreadsheet shows it: the header is row 1
    column: str  # the header as written in the sheet
    message_id: str
    message_en: str
    cell: str = ""  # "L5"

    def message(self, lang: str = "id") -> str:
        text = self.message_en if lang == "en" else self.message_id
        row, column = ("Row", "column") if lang == "en" else ("Baris", "kolom")
        cell = f" ({self.cell})" if self.cell else ""
        return f"{row} {self.row}, {column} '{self.column}'{cell}: {text}"


@dataclass(frozen=True)
class PhotoFile:
    path: Path
    sha256: str


@dataclass
class Lookups:
    """How the plan sees the library (read only)."""

    product: Callable[[str], Product | None]  # by SKU
    producer: Callable[[str], Producer | None]  # by name
    motif: Callable[[str], Motif | None]  # by any of its names
    photo_shas: Callable[[int], set[str]]  # sha256 of the photos a product id already has


@dataclass
class RowPlan:
    row: int
    sku: str = ""
    action: str = ""  # create, update, unchanged
    product: Product | None = None  # as it will be saved (producer_id not set for a new producer)
    changes: dict[str, Any] = field(default_factory=dict)  # update: path -> value for edit_product
    changed: list[str] = field(default_factory=list)  # field paths, producer, motifs, photos
    before: dict[str, Any] = field(default_factory=dict)  # update: path -> value it replaces
    producer: str | None = None  # None: no producer column; "": no producer; else its name
    new_producer: bool = False
    photos: list[PhotoFile] = field(default_factory=list)  # to attach, in order
    errors: list[RowError] = field(default_factory=list)


@dataclass
class Plan:
    sheet: Sheet
    rows: list[RowPlan]
    ignored: list[str] = field(default_factory=list)  # headers whose column is not read
    keys: list[str] = field(default_factory=list)  # the column key (or "ignore") of each header

    @property
    def errors(self) -> list[RowError]:
        return [e for r in self.rows for e in r.errors]

    @property
    def valid_rows(self) -> list[RowPlan]:
        return [r for r in self.rows if not r.errors]

    @property
    def invalid_rows(self) -> list[int]:
        return [r.row for r in self.rows if r.errors]


def new_producer_names(rows: list[RowPlan]) -> list[str]:
    """The producers these rows need created, once each (the first spelling wins)."""
    names: dict[str, str] = {}
    for row in rows:
        if row.new_producer and row.producer:
            names.setdefault(nocase(row.producer), row.producer)
    return list(names.values())


class OutsidePaths(UserError):
    """The sheet names photo files outside its folder; `paths` holds (row, name, resolved path)."""

    def __init__(self, sheet: Path, folder: Path, paths: list[tuple[int, str, Path]]):
        shown = [f"{row}: '{name}' -> {where}" for row, name, where in paths]
        more = len(shown) - MAX_OUTSIDE_LISTED
        listed = "; ".join(shown[:MAX_OUTSIDE_LISTED])
        more_id = f"; dan {more} lagi" if more > 0 else ""
        more_en = f"; and {more} more" if more > 0 else ""
        super().__init__(
            f"Lembar kerja {sheet.name} memakai berkas foto di luar foldernya ({folder}), "
            f"menurut baris: {listed}{more_id}. Tidak ada yang diimpor. Pindahkan foto itu ke "
            "folder lembar kerja, atau izinkan berkas di luar folder bila Anda memercayai "
            "lembar kerja ini (perintah: --allow-outside-paths).",
            f"The sheet {sheet.name} uses photo files outside its folder ({folder}), by row: "
            f"{listed}{more_en}. Nothing was imported. Move those photos into the sheet's "
            "folder, or allow files outside it if you trust this sheet (command: "
            "--allow-outside-paths).",
            field="photos",
        )
        self.paths = paths


def cell_limit(column: Column) -> int:
    """The most characters a cell of `column` may hold (the field's own maximum when it has
    one)."""
    spec = F.spec_for("producer", "name") if column.key == PRODUCER else column.spec
    declared = getattr(spec, "max_length", None) if spec is not None else None
    if isinstance(declared, int) and declared > 0:
        return declared
    if column.key == PHOTOS:
        return PHOTO_LIST_CHARS
    if column.key == MOTIFS or (spec is not None and spec.type in ("codes", "list", "weavers")):
        return LIST_CHARS
    return LONG_TEXT_CHARS if spec is not None and spec.multiline else SHORT_CHARS


def make_plan(
    sheet: Sheet,
    lookups: Lookups,
    *,
    allow_outside_paths: bool = False,
    mapping: Mapping | None = None,
    strict_columns: bool = False,
) -> Plan:
    """Parse and check every row. Headers are mapped first (mapping.resolve: unknown ones are
    ignored, or with `strict_columns` raise one UserError before any row is read); photo files
    outside the sheet's folder raise OutsidePaths unless `allow_outside_paths`."""
    columns, ignored = resolve(sheet.headers, mapping, strict=strict_columns)
    planner = _Planner(sheet, columns, lookups, allow_outside_paths)
    planner.ignored = {i for i, h in enumerate(sheet.headers) if h and columns[i] is None}
    plan = Plan(sheet, [planner.plan_row(r) for r in sheet.rows], ignored)
    plan.keys = [c.key if c is not None else IGNORE for c in columns]
    if planner.outside:
        raise OutsidePaths(sheet.path, planner.root, planner.outside)
    return plan


class _Planner:
    def __init__(
        self,
        sheet: Sheet,
        columns: list[Column | None],
        lookups: Lookups,
        allow_outside_paths: bool = False,
    ):
        self.folder = sheet.path.parent.absolute()
        self.root = self.folder.resolve()
        self.allow_outside = allow_outside_paths
        self.outside: list[tuple[int, str, Path]] = []
        self.columns = columns
        self.lookups = lookups
        self.index = {c.key: i for i, c in enumerate(columns) if c is not None}
        self.headers = {c.key: sheet.headers[i] for i, c in enumerate(columns) if c is not None}
        self.first_row: dict[str, int] = {}
        self.ignored: set[int] = set()  # indexes of columns with a header that is not read
        self.photo_checks: dict[Path, str | UserError | images.PhotoError] = {}
        self.producers: dict[str, Producer | None] = {}
        self.motifs: dict[str, Motif | None] = {}

    def error(self, plan: RowPlan, key: str, message_id: str, message_en: str) -> None:
        letter = column_letter(self.index[key]) if key in self.index else ""
        cell = f"{letter}{plan.row}" if letter else ""
        plan.errors.append(
            RowError(plan.row, self.headers.get(key, key), message_id, message_en, cell)
        )

    def plan_row(self, source: SheetRow) -> RowPlan:
        plan = RowPlan(source.number)
        cells = self._cells(source, plan)
        failed = self._characters(cells, plan)
        values, failed = self._parse(cells, plan, failed)
        plan.sku = sku = cells["sku"].strip()
        existing = self._sku(plan) if sku and "sku" not in failed else None
        if not sku:
            self.error(plan, "sku", "SKU wajib diisi.", "The SKU is empty.")
        kind = values.get("kind", existing.kind if existing else None)
        if kind is None and "kind" not in failed and sku:
            self.error(
                plan,
                "kind",
                "Produk baru perlu jenis produk (tenun, sei atau other).",
                "A new product needs a kind (tenun, sei or other).",
            )
        if kind is not None and "kind" not in failed:
            self._drop_other_kinds(plan, cells, values, kind)
            plan.product, changed = self._build(existing, sku, values)
            plan.changed += changed
            plan.changes = {path: values[path] for path in changed}
            if existing is not None:
                plan.before = {path: F.get_value(existing, path) for path in changed}
        for key in failed & {PRODUCER, MOTIFS, PHOTOS}:
            cells[key] = ""  # already refused: not looked up, not created
        self._producer(plan, cells, existing)
        self._motifs(plan, cells, existing)
        if plan.product is not None:
            for finding in rules.save_blockers(plan.product):
                if finding.field not in failed:
                    self.error(plan, finding.field, finding.message_id, finding.message_en)
            try:  # a list is measured as it will be stored ("a;b" is saved as "a; b")
                F.check_lengths("product", plan.product)
            except UserError as exc:
                if exc.field not in failed:
                    self.error(plan, exc.field, exc.message_id, exc.message_en)
        self._photos(plan, cells, existing)
        if existing is None:
            plan.action = CREATE
        else:
            plan.action = UPDATE if plan.changed else UNCHANGED
        return plan

    # ---- cells and fields -----------------------------------------------------------------

    def _cells(self, source: SheetRow, plan: RowPlan) -> dict[str, str]:
        cells = {key: "" for key in self.index}
        for i, text in enumerate(source.cells):
            column = self.columns[i] if i < len(self.columns) else None
            if column is not None:
                cells[column.key] = text
            elif text.strip() and i not in self.ignored:
                letter = column_letter(i)
                plan.errors.append(
                    RowError(
                        plan.row,
                        f"({letter})",
                        "Sel ini berisi nilai, tetapi kolomnya tidak punya judul. Beri judul "
                        "kolom atau kosongkan selnya.",
                        "This cell has a value but its column has no header. Give the column a "
                        "header or empty the cell.",
                        f"{letter}{plan.row}",
                    )
                )
        return cells

    def _characters(self, cells: dict[str, str], plan: RowPlan) -> set[str]:
        """Columns whose cell is too long, holds a control character, or (the SKU) is not
        printable ASCII; each is named once and not parsed further."""
        failed: set[str] = set()
        for key, text in cells.items():
            limit = cell_limit(BY_KEY[key])
            if len(text) > limit:
                size_id, limit_id = (f"{n:,}".replace(",", ".") for n in (len(text), limit))
                self.error(
                    plan,
                    key,
                    f"Isi sel ini {size_id} karakter; kolom ini paling banyak {limit_id} karakter.",
                    f"This cell holds {len(text):,} characters; this column takes at most "
                    f"{limit:,}.",
                )
                failed.add(key)
                continue
            messages = (
                characters.sku_messages(text.strip())
                if key == "sku"
                else characters.text_messages(text)
            )
            if messages is not None:
                self.error(plan, key, *messages)
                failed.add(key)
        return failed

    def _parse(
        self, cells: dict[str, str], plan: RowPlan, failed: set[str]
    ) -> tuple[dict[str, Any], set[str]]:
        values: dict[str, Any] = {}
        failed = set(failed)
        for key, text in cells.items():
            spec = BY_KEY[key].spec
            if spec is None or key in failed or key == "sku":
                continue
            try:
                values[key] = _storable(spec, F.parse(spec, text), text)
            except UserError as exc:
                self.error(plan, key, exc.message_id, exc.message_en)
                failed.add(key)
        return values, failed

    def _sku(self, plan: RowPlan) -> Product | None:
        first = self.first_row.setdefault(nocase(plan.sku), plan.row)
        if first != plan.row:
            self.error(
                plan,
                "sku",
                f"SKU '{plan.sku}' sudah ada di baris {first}; satu produk satu baris.",
                f"SKU '{plan.sku}' is already on row {first}; one row per product.",
            )
        return self.lookups.product(plan.sku)

    def _drop_other_kinds(
        self, plan: RowPlan, cells: dict[str, str], values: dict[str, Any], kind: str
    ) -> None:
        """A Tenun field on a Sei row (or the other way) is an error when it holds a value."""
        for path in list(values):
            spec = BY_KEY[path].spec
            if spec is None or not spec.kinds or kind in spec.kinds:
                continue
            if kind and cells[path].strip() and not _blank(values[path]):
                kinds_id = ", ".join(vocab.PRODUCT_KINDS.label(k) for k in spec.kinds)
                kinds_en = ", ".join(vocab.PRODUCT_KINDS.label(k, "en") for k in spec.kinds)
                self.error(
                    plan,
                    path,
                    f"Kolom ini hanya untuk produk {kinds_id}, sedangkan produk ini berjenis "
                    f"{vocab.PRODUCT_KINDS.label(kind)}. Kosongkan selnya.",
                    f"This column is only for {kinds_en} products, and this product is "
                    f"{vocab.PRODUCT_KINDS.label(kind, 'en')}. Empty the cell.",
                )
            del values[path]

    @staticmethod
    def _build(
        existing: Product | None, sku: str, values: dict[str, Any]
    ) -> tuple[Product, list[str]]:
        """The record to save and (for an update) the field paths that change."""
        if existing is None:
            product = Product(sku=sku, kind=values["kind"])
            for path, value in values.items():
                F.set_value(product, path, value)
            return product, []
        after = copy.deepcopy(existing)
        changed = []
        if "kind" in values and values["kind"] != existing.kind:
            after.kind = values["kind"]
            after.__post_init__()  # the new kind's detail record, as operations do
            changed.append("kind")
        for path, value in values.items():
            if path != "kind" and F.get_value(after, path) != value:
                changed.append(path)  # compared with a new detail's defaults on a kind change
            F.set_value(after, path, value)
        return after, changed

    # ---- producer, motifs, photos ---------------------------------------------------------

    def _producer(self, plan: RowPlan, cells: dict[str, str], existing: Product | None) -> None:
        if PRODUCER not in cells:
            return
        plan.producer = name = cells[PRODUCER].strip()
        producer_id = None
        if name:
            if nocase(name) not in self.producers:
                self.producers[nocase(name)] = self.lookups.producer(name)
            found = self.producers[nocase(name)]
            plan.new_producer = found is None
            producer_id = found.id if found is not None else None
        if plan.product is not None and existing is None:
            plan.product.producer_id = producer_id
        if existing is not None and (plan.new_producer or producer_id != existing.producer_id):
            plan.changed.append(PRODUCER)
            plan.changes["producer_id"] = producer_id  # a new producer's id is set when applied

    def _motifs(self, plan: RowPlan, cells: dict[str, str], existing: Product | None) -> None:
        if MOTIFS not in cells:
            return
        ids: list[int] = []
        for name in split_list(cells[MOTIFS]):
            if nocase(name) not in self.motifs:
                self.motifs[nocase(name)] = self.lookups.motif(name)
            motif = self.motifs[nocase(name)]
            if motif is None:
                self.error(
                    plan,
                    MOTIFS,
                    f"Motif '{name}' belum ada di pustaka. Periksa ejaannya atau tambahkan "
                    "motif itu dulu.",
                    f"The motif '{name}' is not in the library. Check the spelling or add "
                    "the motif first.",
                )
            elif motif.id not in ids:
                ids.append(motif.id)
        if plan.product is not None:
            plan.product.motif_ids = list(ids)
        if existing is not None and ids != existing.motif_ids:
            plan.changed.append(MOTIFS)
            plan.changes["motif_ids"] = ids

    def _photos(self, plan: RowPlan, cells: dict[str, str], existing: Product | None) -> None:
        """Photo files to attach: found, accepted by check_image, not yet on the product."""
        if PHOTOS not in cells:
            return
        known = self.lookups.photo_shas(existing.id) if existing is not None else set()
        for name in split_list(cells[PHOTOS]):
            path = self._resolve(name, plan.row)
            if path is False:
                continue  # outside the sheet's folder: make_plan refuses the sheet
            if path is None:
                self.error(
                    plan,
                    PHOTOS,
                    f"Berkas foto '{name}' tidak ditemukan (dicari di folder {self.folder}).",
                    f"The photo file '{name}' was not found (looked in {self.folder}).",
                )
                continue
            checked = self._check(path)
            if isinstance(checked, (UserError, images.PhotoError)):
                self.error(plan, PHOTOS, checked.message_id, checked.message_en)
            elif checked not in known:
                known.add(checked)
                plan.photos.append(PhotoFile(path, checked))
        if existing is not None and plan.photos:
            plan.changed.append(PHOTOS)

    def _resolve(self, name: str, row: int) -> Path | None | bool:
        """A photo file named relative to the sheet's folder (or absolute); a Windows
        backslash path and a name in another letter case are found too. A name that resolves
        outside the folder (after symbolic links) is not looked for unless outside paths are
        allowed: it is recorded in `self.outside` and False returned."""
        outside: Path | None = None
        for text in dict.fromkeys((name, name.replace("\\", "/"))):
            path = Path(text).expanduser()
            path = path if path.is_absolute() else self.folder / path
            if not self.allow_outside:
                try:
                    where = path.resolve()
                except (OSError, RuntimeError):  # a symbolic link loop
                    where = path
                if not where.is_relative_to(self.root):
                    outside = outside or where
                    continue
            try:  # a name too long for the file system is simply not found
                found = self._find(path)
            except (OSError, ValueError):
                found = None
            if found is not None:
                return found
        if outside is not None:
            self.outside.append((row, name, outside))
            return False
        return None

    def _find(self, path: Path) -> Path | None:
        if path.is_file():
            return path
        if path.parent.is_dir():
            for child in path.parent.iterdir():
                if child.name.casefold() == path.name.casefold() and child.is_file():
                    if self._inside(child):
                        return child
        return None

    def _inside(self, path: Path) -> bool:
        """A file found by another letter case may itself be a link out of the folder."""
        if self.allow_outside:
            return True
        try:
            return path.resolve().is_relative_to(self.root)
        except (OSError, RuntimeError):
            return False

    def _check(self, path: Path) -> str | UserError | images.PhotoError:
        key = path.resolve()
        if key not in self.photo_checks:
            try:
                images.check_image(path)
                self.photo_checks[key] = _sha256(path)
            except images.PhotoError as exc:
                self.photo_checks[key] = exc
            except OSError as exc:
                self.photo_checks[key] = UserError(
                    f"Berkas foto {path.name} tidak bisa dibaca ({exc.strerror or exc}).",
                    f"The photo file {path.name} cannot be read ({exc.strerror or exc}).",
                )
        return self.photo_checks[key]


def _blank(value: Any) -> bool:
    """None, '', [] or False ('tidak'): nothing that a product of another kind would lose."""
    return value is None or value is False or value == "" or value == []


def _storable(spec: F.FieldSpec, value: Any, text: str) -> Any:
    """Refuse what the parser lets through but SQLite cannot keep: integers beyond 64 bits,
    'nan' and 'inf' as numbers."""
    too_big = spec.type == "int" and value is not None and abs(value) >= 2**63
    not_finite = spec.type == "float" and value is not None and not math.isfinite(value)
    if too_big or not_finite:
        raise UserError(
            f"{spec.label_id}: nilai '{text.strip()}' tidak bisa dipakai. Tulis angka yang wajar.",
            f"{spec.label_en}: the value '{text.strip()}' cannot be used. Write a sensible number.",
            field=spec.path,
        )
    return value


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
