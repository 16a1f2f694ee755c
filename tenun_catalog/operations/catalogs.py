"""Catalog definitions: which products, in which sections and order, with which settings.

A catalog chooses its products by hand (SKUs) or by filter (kind, kabupaten, producer); by
default they are grouped in one section per producer, in name order. With the `sync` option the
filter is kept and applied again whenever the catalog is used (export/audience.py resolves it),
so products added later join the catalog; the stored sections are then the last snapshot.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain import fields, vocab
from ..domain.entities import Catalog, CatalogSection, ProductQuery
from ..domain.errors import NotFound, UserError
from ..store import Library, catalogs, transaction
from .changes import Change, apply_changes
from .records import get_producer, get_product, list_products

OPTION_KEYS = ("show_prices", "show_stock", "qr_target", "base_url", "sync")
# `sync` (a "smart" catalog, read by export/options.py): false, true (every product) or a filter
# object with these keys; its text values are at most SYNC_TEXT_MAX characters.
SYNC_KEYS = ("kind", "kabupaten", "producer", "by_producer")
SYNC_TEXT_MAX = 200


@dataclass(frozen=True)
class Selection:
    """How a catalog picks its products: explicit SKUs, or a filter (empty filter: all)."""

    skus: tuple[str, ...] = ()
    kind: str = ""
    kabupaten: str = ""
    producer: str = ""
    by_producer: bool = True


def get_catalog(lib: Library, name: str) -> Catalog:
    found = catalogs.get(lib.conn, name.strip())
    if found is None:
        raise NotFound(f"Katalog '{name}' tidak ditemukan.", f"Catalog '{name}' not found.")
    return found


def list_catalogs(lib: Library) -> list[Catalog]:
    return catalogs.list_all(lib.conn)


def select_sections(lib: Library, selection: Selection) -> list[CatalogSection]:
    if selection.skus:
        chosen = [get_product(lib, sku) for sku in selection.skus]
        rows = [(p.id, p.producer_id) for p in chosen]
    else:
        producer_id = get_producer(lib, selection.producer).id if selection.producer else None
        query = ProductQuery(
            kind=selection.kind, kabupaten=selection.kabupaten, producer_id=producer_id
        )
        rows = [(s.id, s.producer_id) for s in list_products(lib, query)]
    if not rows:
        raise UserError(
            "Tidak ada produk yang cocok dengan pilihan ini.", "No products match this selection."
        )
    if not selection.by_producer:
        return [CatalogSection("Produk", "Products", [pid for pid, _ in rows])]
    sections: dict[int | None, CatalogSection] = {}
    for product_id, producer_id in rows:
        if producer_id not in sections:
            name = get_producer(lib, producer_id).name if producer_id else "Produk lain"
            sections[producer_id] = CatalogSection(
                name, name if producer_id else "Other products", []
            )
        sections[producer_id].product_ids.append(product_id)
    return sorted(sections.values(), key=lambda s: (s.title_id == "Produk lain", s.title_id))


def _check(lib: Library, catalog: Catalog) -> None:
    if not catalog.name.strip():
        raise UserError("Katalog perlu nama.", "A catalog needs a name.", field="name")
    for field_name, vocabulary in (
        ("purpose", vocab.CATALOG_PURPOSES),
        ("language", vocab.CATALOG_LANGUAGES),
        ("paper", vocab.PAPER_SIZES),
    ):
        if getattr(catalog, field_name) not in vocabulary:
            raise UserError(
                f"Nilai {field_name} tidak dikenal: {getattr(catalog, field_name)}",
                f"Unknown {field_name}: {getattr(catalog, field_name)}",
                field=field_name,
            )
    unknown = set(catalog.options) - set(OPTION_KEYS)
    if unknown:
        raise UserError(
            f"Opsi tidak dikenal: {', '.join(sorted(unknown))}",
            f"Unknown options: {', '.join(sorted(unknown))}",
        )
    _check_sync(catalog.options.get("sync", False))
    if catalog.options.get("qr_target", "whatsapp") not in ("whatsapp", "page"):
        raise UserError(
            "Tujuan QR harus 'whatsapp' atau 'page'.",
            "The QR target must be 'whatsapp' or 'page'.",
            field="qr_target",
        )


def _check_sync(value: object) -> None:
    if isinstance(value, bool):
        return
    bad = not isinstance(value, dict) or set(value) - set(SYNC_KEYS)
    if not bad:
        texts = [value.get(k, "") for k in SYNC_KEYS[:3]]
        bad = any(not isinstance(t, str) or len(t) > SYNC_TEXT_MAX for t in texts)
        bad = bad or not isinstance(value.get("by_producer", True), bool)
    if bad:
        raise UserError(
            "Opsi sinkron harus ya/tidak atau saringan (jenis, kabupaten, produsen).",
            "The sync option must be yes/no or a filter (kind, kabupaten, producer).",
            field="sync",
        )


def sync_value(selection: Selection) -> dict[str, Any]:
    """The stored `sync` option that keeps a catalog in step with `selection` (a filter)."""
    if selection.skus:
        raise UserError(
            "Katalog yang sinkron memilih produk dengan saringan (jenis, kabupaten, produsen), "
            "bukan SKU satu per satu.",
            "A synced catalog chooses its products by a filter (kind, kabupaten, producer), "
            "not by SKUs one by one.",
            field="sync",
        )
    return {
        "kind": selection.kind,
        "kabupaten": selection.kabupaten,
        "producer": selection.producer,
        "by_producer": selection.by_producer,
    }


def sync_selection(value: object) -> Selection | None:
    """The filter of a stored `sync` option (None: the catalog keeps its own list)."""
    if value is True:
        return Selection()
    if not isinstance(value, dict) or not value:
        return None
    return Selection(
        kind=str(value.get("kind", "")),
        kabupaten=str(value.get("kabupaten", "")),
        producer=str(value.get("producer", "")),
        by_producer=value.get("by_producer", True) is not False,
    )


def synced_sections(lib: Library, selection: Selection) -> list[CatalogSection]:
    """What a synced catalog holds today; empty (not an error) when nothing matches yet."""
    try:
        return select_sections(lib, selection)
    except NotFound:
        raise
    except UserError:
        return []


def add_catalog(lib: Library, catalog: Catalog, selection: Selection | None = None) -> Change:
    fields.check_lengths("catalog", catalog)
    _check(lib, catalog)
    with transaction(lib.conn):
        if catalogs.get(lib.conn, catalog.name):
            raise UserError(
                f"Katalog '{catalog.name}' sudah ada.",
                f"Catalog '{catalog.name}' already exists.",
                field="name",
            )
        synced = sync_selection(catalog.options.get("sync"))
        if synced is not None:
            catalog.sections = synced_sections(lib, synced)
        elif selection is not None or not catalog.sections:
            catalog.sections = select_sections(lib, selection or Selection())
        catalogs.insert(lib.conn, catalog)
    return Change("created", "catalog", catalog.name, None, catalog)


def edit_catalog(
    lib: Library,
    name: str,
    changes: Mapping[str, Any],
    options: Mapping[str, Any] | None = None,
    selection: Selection | None = None,
    sections: Sequence[CatalogSection] | None = None,
) -> Change:
    """Change settings, options, and/or the products (a new selection or explicit sections).

    A synced catalog (option `sync`) takes a new selection as its new filter; explicit sections
    (products put in order by hand) end the sync, and the catalog keeps that list."""
    with transaction(lib.conn):
        before = get_catalog(lib, name)
        applied = apply_changes("catalog", before, changes)
        after: Catalog = applied.record
        changed = list(applied.changed)
        if options:
            merged = {**after.options, **{k: v for k, v in options.items() if v is not None}}
            if merged != after.options:
                after.options = merged
                changed.append("options")
        synced = sync_selection(after.options.get("sync"))
        if synced is not None and sections is not None and selection is None:
            # the products were put in order by hand: the catalog keeps that list from now on
            after.options = {**after.options, "sync": False}
            synced = None
            if "options" not in changed:
                changed.append("options")
        if synced is not None and selection is not None:  # a new filter for a synced catalog
            after.options = {**after.options, "sync": sync_value(selection)}
            synced = selection
            if "options" not in changed:
                changed.append("options")
        if synced is not None:
            _check_sync(after.options.get("sync"))
            sections = synced_sections(lib, synced)
        elif selection is not None:
            sections = select_sections(lib, selection)
        if sections is not None and list(sections) != after.sections:
            after.sections = list(sections)
            changed.append("sections")
        if not changed:
            return Change("unchanged", "catalog", before.name, before, before)
        fields.check_lengths("catalog", after, applied.changed)
        _check(lib, after)
        if after.name.lower() != before.name.lower() and catalogs.get(lib.conn, after.name):
            raise UserError(
                f"Katalog '{after.name}' sudah ada.",
                f"Catalog '{after.name}' already exists.",
                field="name",
            )
        catalogs.update(lib.conn, after)
    return Change("updated", "catalog", after.name, before, after, tuple(changed))


def remove_catalog(lib: Library, name: str) -> Change:
    with transaction(lib.conn):
        before = get_catalog(lib, name)
        catalogs.delete(lib.conn, before.id)
    return Change("deleted", "catalog", before.name, before, None)


def copy_theme(lib: Library, source: str, target: str) -> Path:
    """Start a user theme: copy a theme folder into the library's themes/ under a new name."""
    from ..resources import templates_dir

    if not target or any(c in target for c in '/\\:*?"<>|') or target.startswith("."):
        raise UserError(
            f"Nama tema '{target}' tidak bisa dipakai sebagai nama folder.",
            f"'{target}' cannot be used as a theme folder name.",
        )
    for root in (lib.themes_dir, templates_dir()):
        folder = root / source
        if (folder / "theme.toml").is_file():
            break
    else:
        raise NotFound(f"Tema '{source}' tidak ditemukan.", f"Theme '{source}' not found.")
    destination = lib.themes_dir / target
    if destination.exists():
        raise UserError(
            f"Tema '{target}' sudah ada di {destination}.",
            f"Theme '{target}' already exists at {destination}.",
        )
    # symlinks=True: a link in a received theme stays a link (which the theme loader then
    # refuses), never a copy of the file outside it.
    shutil.copytree(folder, destination, symlinks=True)
    return destination
