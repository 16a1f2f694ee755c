"""Spreadsheet import and export as user actions: one row per product, photos beside the sheet.

Owns `import_spreadsheet`: the columns are mapped (spreadsheet.mapping: a given mapping, the one
remembered for the header set, else by name; unknown columns ignored unless strict), every row
is parsed and checked first (spreadsheet.plan); a dry run stops there and is the preview (what is
added, updated with before/after, photos, producers, bad rows). `sheet_columns` is what the
app's mapping step shows. Otherwise the photo originals are stored (content-addressed, so an
interrupted import leaves at most unreferenced originals) and then every valid row is applied in ONE
transaction: all rows or none. A sheet with a bad row imports nothing unless `skip_invalid`.
Owns `export_spreadsheet`: the same columns back, ordered by SKU, each product's photos copied
to `<sheet stem>-foto/<SKU>-01.jpg`..., so export -> import -> export gives the same sheet.
Photo captions, roles and credits, and the producer's and motif's own records, are not in the
sheet (producers are named, motifs referenced by name).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import images
from ..domain import fields as F
from ..domain.entities import Motif, Photo, Producer, ProductQuery
from ..domain.errors import NotFound, UserError
from ..spreadsheet import mapping as sheet_mapping
from ..spreadsheet.columns import HEADERS, product_row
from ..spreadsheet.mapping import Mapping
from ..spreadsheet.plan import (
    CREATE,
    UPDATE,
    Lookups,
    RowError,
    RowPlan,
    make_plan,
    new_producer_names,
    nocase,
)
from ..spreadsheet.read import read_sheet
from ..spreadsheet.write import SHEET_SUFFIXES, copy_photo, safe_stem, write_sheet
from ..store import Library, motifs, producers, products, transaction
from ..store import photos as photo_rows
from .photos import default_role
from .records import add_producer, add_product, edit_product, get_motif

Progress = Callable[[int, int], None]
CANCEL_BATCH = 8  # photos stored between two looks at `cancelled`


@dataclass
class SheetImportReport:
    """What an import did (or, in a dry run, would do)."""

    created: list[str] = field(default_factory=list)  # SKUs
    updated: dict[str, list[str]] = field(default_factory=dict)  # SKU -> changed fields
    new_producers: list[str] = field(default_factory=list)
    photos_added: int = 0
    errors: list[RowError] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)  # with skip_invalid: rows not imported
    dry_run: bool = False
    applied: bool = False  # the library now holds the sheet's valid rows
    unchanged: list[str] = field(default_factory=list)  # SKUs already as in the sheet
    ignored_columns: list[str] = field(default_factory=list)  # headers not read
    # update preview: SKU -> [(field, before, after)] as text (fields.format), field paths only
    changes: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    photo_files: dict[str, list[str]] = field(default_factory=dict)  # SKU -> files to attach
    keys: list[str] = field(default_factory=list)  # the field (or "ignore") of each header

    @property
    def refused(self) -> bool:
        """Bad rows and no skip_invalid: nothing was (or would be) imported."""
        return bool(self.errors) and not self.skipped_rows

    def lines(self, lang: str = "id") -> list[str]:
        """The report as lines for a terminal or a dialog."""
        en = lang == "en"
        out = [
            ("column ignored: " if en else "kolom diabaikan: ") + f"'{h}'"
            for h in self.ignored_columns
        ]
        if self.dry_run:
            out.append(
                "Dry run: nothing was changed."
                if en
                else "Uji coba (--dry-run): pustaka tidak diubah."
            )
        out += [("new: " if en else "baru: ") + sku for sku in self.created]
        for sku, fields in self.updated.items():
            out.append(("updated: " if en else "diubah: ") + f"{sku} ({', '.join(fields)})")
        out += [("new producer: " if en else "produsen baru: ") + n for n in self.new_producers]
        if self.photos_added:
            out.append(("photos added: " if en else "foto ditambahkan: ") + str(self.photos_added))
        if self.unchanged:
            out.append(("unchanged: " if en else "tidak berubah: ") + str(len(self.unchanged)))
        out += [e.message(lang) for e in self.errors]
        if self.skipped_rows:
            rows = ", ".join(str(r) for r in self.skipped_rows)
            out.append(("rows skipped: " if en else "baris dilewati: ") + rows)
        if self.refused:
            out.append(
                "Nothing was imported. Fix the rows above (or use --skip-invalid to import "
                "the valid rows)."
                if en
                else "Tidak ada yang diimpor. Perbaiki baris di atas (atau pakai --skip-invalid "
                "untuk mengimpor baris yang benar saja)."
            )
        return out


@dataclass(frozen=True)
class SheetExportReport:
    path: Path
    rows: int
    photos_copied: int


# ---- import ----------------------------------------------------------------------------------


def import_spreadsheet(
    lib: Library,
    path: Path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    allow_outside_paths: bool = False,
    progress: Progress | None = None,
    mapping: Mapping | None = None,
    strict_columns: bool = False,
    remember: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> SheetImportReport:
    """Create or update one product per row of a .csv/.xlsx sheet (see the module docstring).

    Raises UserError for a file that cannot be read, is beyond the reading limits
    (spreadsheet.read) or has unknown columns, and OutsidePaths (a UserError listing them) when
    photo files resolve outside the sheet's folder and `allow_outside_paths` is False: a sheet
    from someone else must not pull any image on this computer into the library. Row problems
    are returned in the report (`refused` when nothing was imported because of them).

    Columns: `mapping` (header -> field or "ignore", spreadsheet.mapping) wins, then the
    mapping remembered for this header set, then the header's own name; an unknown header is
    ignored and listed in `ignored_columns` (`strict_columns` refuses it, as before). After an
    applied import the mapping is remembered (`remember`). `cancelled` is polled between photos
    and before the transaction: a cancel raises ImportCancelled and leaves the library as it was."""
    sheet = read_sheet(Path(path))
    if mapping is None and not strict_columns:
        keys = sheet_mapping.remembered(lib.root, sheet.headers)
        if keys is not None:
            mapping = dict(zip(sheet.headers, keys, strict=True))
    plan = make_plan(
        sheet,
        _lookups(lib),
        allow_outside_paths=allow_outside_paths,
        mapping=mapping,
        strict_columns=strict_columns,
    )
    report = SheetImportReport(
        dry_run=dry_run, errors=plan.errors, ignored_columns=plan.ignored, keys=plan.keys
    )
    if plan.errors and not skip_invalid:
        return report
    rows = plan.valid_rows
    stored: dict[Path, images.StoredPhoto] = {}
    if not dry_run:
        stored, failed = _store_originals(lib, rows, progress, cancelled)
        if failed:  # a file changed or could not be copied since it was checked
            report.errors += failed
            bad = {e.row for e in failed}
            if not skip_invalid:
                _forget(lib, stored)
                return report
            rows = [r for r in rows if r.row not in bad]
    report.skipped_rows = sorted({e.row for e in report.errors})
    _describe(report, rows)
    if dry_run:
        return report
    try:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        with transaction(lib.conn):
            report.photos_added = _apply(lib, rows, stored)
    except BaseException:
        _forget(lib, stored)
        raise
    _forget(lib, stored)  # originals only skipped rows needed
    report.applied = True
    if remember and sheet.headers:
        sheet_mapping.remember(lib.root, sheet.headers, plan.keys)
    return report


class ImportCancelled(Exception):
    """The person cancelled an import before it was written; nothing changed."""


@dataclass(frozen=True)
class SheetColumns:
    """What the mapping step of the app shows for one sheet."""

    path: Path
    headers: list[str]
    samples: list[list[str]]  # per column, up to SAMPLES non-empty values
    keys: list[str]  # per column: the field it fills, or "ignore"
    remembered: bool  # keys are the ones chosen last time for this header set
    rows: int


SAMPLES = 3


def sheet_columns(lib: Library, path: Path) -> SheetColumns:
    """Read a sheet (within the reading limits) and propose a field for each column: the one
    remembered for this header set, else by header name and label, else "ignore"."""
    sheet = read_sheet(Path(path))
    keys = sheet_mapping.remembered(lib.root, sheet.headers)
    remembered = keys is not None
    if keys is None:
        keys = sheet_mapping.suggest(sheet.headers)
    samples: list[list[str]] = [[] for _ in sheet.headers]
    for row in sheet.rows:
        for i, text in enumerate(row.cells[: len(samples)]):
            if text.strip() and len(samples[i]) < SAMPLES:
                samples[i].append(text.strip()[:80])
        if all(len(s) >= SAMPLES for s in samples):
            break
    return SheetColumns(Path(path), sheet.headers, samples, keys, remembered, len(sheet.rows))


def _lookups(lib: Library) -> Lookups:
    def motif(name: str) -> Motif | None:
        try:
            return get_motif(lib, name)
        except NotFound:
            return None

    def photo_shas(product_id: int) -> set[str]:
        return {p.sha256 for p in photo_rows.for_owner(lib.conn, "product_id", product_id)}

    return Lookups(
        product=lambda sku: products.get(lib.conn, sku),
        producer=lambda name: producers.find_by_name(lib.conn, name),
        motif=motif,
        photo_shas=photo_shas,
    )


def _describe(report: SheetImportReport, rows: list[RowPlan]) -> None:
    for row in rows:
        if row.action == CREATE:
            report.created.append(row.sku)
        elif row.action == UPDATE:
            report.updated[row.sku] = list(row.changed)
            report.changes[row.sku] = [
                (path, _text(path, row.before.get(path)), _text(path, value))
                for path, value in row.changes.items()
                if path in _FIELD_PATHS  # producer_id and the like are named in `updated`
            ]
        else:
            report.unchanged.append(row.sku)
        if row.photos:
            report.photo_files[row.sku] = [p.path.name for p in row.photos]
    report.new_producers = new_producer_names(rows)
    report.photos_added = sum(len(r.photos) for r in rows)


_FIELD_PATHS = {spec.path for spec in F.PRODUCT_FIELDS}


def _text(path: str, value: object) -> str:
    return F.format(F.spec_for("product", path), value)


def _store_originals(
    lib: Library,
    rows: list[RowPlan],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[dict[Path, images.StoredPhoto], list[RowError]]:
    """Copy every photo the rows attach into photos/ before the transaction starts. With
    `cancelled`, photos go in batches of CANCEL_BATCH and a cancel between batches removes the
    originals stored so far and raises ImportCancelled."""
    paths = list(dict.fromkeys(p.path for r in rows for p in r.photos))
    if not paths:
        return {}, []
    if cancelled is None:
        results = images.import_photos(paths, lib.photos_dir, lib.cache_dir, progress=progress)
    else:
        results = []
        for start in range(0, len(paths), CANCEL_BATCH):
            if cancelled():
                pairs = zip(paths, results, strict=False)
                _forget(lib, {p: r for p, r in pairs if isinstance(r, images.StoredPhoto)})
                raise ImportCancelled
            batch = paths[start : start + CANCEL_BATCH]
            results += images.import_photos(batch, lib.photos_dir, lib.cache_dir)
            if progress is not None:
                progress(len(results), len(paths))
    stored = {
        p: r for p, r in zip(paths, results, strict=True) if isinstance(r, images.StoredPhoto)
    }
    refused = {
        p: r for p, r in zip(paths, results, strict=True) if isinstance(r, images.PhotoError)
    }
    errors = [
        RowError(row.row, "photos", refused[p.path].message_id, refused[p.path].message_en)
        for row in rows
        for p in row.photos
        if p.path in refused
    ]
    return stored, errors


def _apply(lib: Library, rows: list[RowPlan], stored: dict[Path, images.StoredPhoto]) -> int:
    """Write the rows (inside the caller's transaction); returns the photos attached."""
    new_ids = {
        nocase(name): add_producer(lib, Producer(name=name)).after.id
        for name in new_producer_names(rows)
    }
    attached = 0
    for row in rows:
        assert row.product is not None
        new_producer_id = new_ids[nocase(row.producer)] if row.new_producer else None
        if row.action == CREATE:
            product = copy.deepcopy(row.product)
            if row.new_producer:
                product.producer_id = new_producer_id
            add_product(lib, product)
        elif row.action == UPDATE:
            product = row.product
            changes = dict(row.changes)
            if row.new_producer:
                changes["producer_id"] = new_producer_id
            if changes:
                edit_product(lib, row.sku, changes)
        else:
            continue
        attached += _attach(lib, product.id, [stored[p.path] for p in row.photos])
    return attached


def _attach(lib: Library, product_id: int, items: list[images.StoredPhoto]) -> int:
    first = len(photo_rows.for_owner(lib.conn, "product_id", product_id))
    for index, item in enumerate(items):
        photo_rows.insert(
            lib.conn,
            Photo(
                sha256=item.sha256,
                filename=item.filename,
                product_id=product_id,
                role=default_role("product", first + index),
                width=item.width,
                height=item.height,
                format=item.format,
                byte_size=item.byte_size,
                original_name=item.original_name,
            ),
        )
    return len(items)


def _forget(lib: Library, stored: dict[Path, images.StoredPhoto]) -> None:
    """Remove originals this import stored that no photo row references (after a rollback,
    or for skipped rows)."""
    for item in stored.values():
        if not item.already_present and not photo_rows.is_referenced(lib.conn, item.filename):
            (lib.photos_dir / item.filename).unlink(missing_ok=True)


# ---- export ----------------------------------------------------------------------------------


def export_spreadsheet(lib: Library, path: Path, *, with_photos: bool = True) -> SheetExportReport:
    """Write every product (ordered by SKU) to a .csv or .xlsx sheet; with photos, copy each
    product's originals to `<sheet stem>-foto/<SKU>-01.<ext>` and name them in `photos`."""
    path = Path(path)
    if path.suffix.lower() not in SHEET_SUFFIXES:
        raise UserError(
            f"Ekspor hanya ke berkas .csv atau .xlsx, bukan '{path.name}'.",
            f"Export only writes .csv or .xlsx files, not '{path.name}'.",
        )
    folder = safe_stem(path.stem) + "-foto"
    producer_names = {p.id: p.name for p in producers.list_all(lib.conn)}
    motif_names: dict[int, str] = {}
    rows: list[list[str]] = []
    copies: list[tuple[Path, Path, str]] = []
    used: set[str] = set()
    for summary in products.summaries(lib.conn, ProductQuery(sort="sku")):
        product = products.get_by_id(lib.conn, summary.id)
        assert product is not None
        refs = [_motif_ref(lib, m, motif_names) for m in motifs.for_product(lib.conn, product.id)]
        files = []
        if with_photos:
            stem = _unique(safe_stem(product.sku), used)
            for number, photo in enumerate(
                photo_rows.for_owner(lib.conn, "product_id", product.id), start=1
            ):
                rel = f"{folder}/{stem}-{number:02d}{Path(photo.filename).suffix.lower()}"
                copies.append((lib.stored_file(photo.filename), path.parent / rel, product.sku))
                files.append(rel)
        producer = producer_names.get(product.producer_id, "") if product.producer_id else ""
        rows.append(product_row(product, producer, refs, files))
    missing = sorted({sku for src, _, sku in copies if not src.is_file()})
    if missing:
        raise UserError(
            "Berkas foto asli hilang dari folder photos/ pustaka untuk produk: "
            f"{', '.join(missing)}. Jalankan pemeriksaan pustaka atau ekspor tanpa foto.",
            "Original photo files are missing from the library's photos/ folder for products: "
            f"{', '.join(missing)}. Run the library check or export without photos.",
        )
    for src, dst, _ in copies:
        copy_photo(src, dst)
    write_sheet(path, HEADERS, rows)
    return SheetExportReport(path, len(rows), len(copies))


def _motif_ref(lib: Library, motif: Motif, cache: dict[int, str]) -> str:
    """A name that the importer resolves back to this motif (its id when every name is shared
    with another motif)."""
    if motif.id not in cache:
        cache[motif.id] = str(motif.id)
        for name in (motif.name_id, motif.name_local, motif.name_en):
            if name and name == name.strip() and ";" not in name and "\n" not in name:
                try:
                    if get_motif(lib, name).id == motif.id:
                        cache[motif.id] = name
                        break
                except NotFound:
                    continue
    return cache[motif.id]


def _unique(stem: str, used: set[str]) -> str:
    """`stem`, or `stem~2`... when another SKU gave the same file name (case-insensitively)."""
    candidate, number = stem, 1
    while candidate.casefold() in used:
        number += 1
        candidate = f"{stem}~{number}"
    used.add(candidate.casefold())
    return candidate
