"""Library-wide actions: open or create, summary counts, validation check, backup and restore."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain import readiness, rules
from ..domain.findings import Finding, warning
from ..store import Library, backup, motifs, open_library, permits, producers, products


def open_or_create(root: Path | None = None, *, create: bool = True) -> Library:
    return open_library(root, create=create)


@contextmanager
def opened(root: Path | None = None, *, create: bool = True) -> Iterator[Library]:
    lib = open_library(root, create=create)
    try:
        yield lib
    finally:
        lib.close()


@dataclass(frozen=True)
class Summary:
    root: Path
    producers: int
    products: int
    tenun: int
    sei: int
    motifs: int
    photos: int
    permits: int


def summary(lib: Library) -> Summary:
    def count(sql: str) -> int:
        return lib.conn.execute(sql).fetchone()[0]

    return Summary(
        root=lib.root,
        producers=count("SELECT count(*) FROM producers"),
        products=count("SELECT count(*) FROM products"),
        tenun=count("SELECT count(*) FROM products WHERE kind = 'tenun'"),
        sei=count("SELECT count(*) FROM products WHERE kind = 'sei'"),
        motifs=count("SELECT count(*) FROM motifs"),
        photos=count("SELECT count(*) FROM photos"),
        permits=count("SELECT count(*) FROM permits"),
    )


@dataclass
class Checked:
    """The findings for one record, and its readiness score when checked for an output."""

    entity: str
    key: str
    name: str
    findings: list[Finding] = field(default_factory=list)
    score: int | None = None
    ready: bool | None = None


def check(
    lib: Library, today: date | None = None, output: str | None = None, bilingual: bool = False
) -> list[Checked]:
    """Findings for every producer, product, motif and permit (domain.md rules).

    With `output` (exhibition, submission, label, web): producers and products get a readiness
    score and the required items they miss for that output, and the findings include those.
    """
    out: list[Checked] = []
    all_producers = {p.id: p for p in producers.list_all(lib.conn)}
    all_permits = permits.list_all(lib.conn)
    for p in all_producers.values():
        if output:
            r = readiness.producer_readiness(p, output)
            found = r.missing + r.findings
            out.append(Checked("producer", str(p.id), p.name, found, r.score, r.ready))
        else:
            out.append(Checked("producer", str(p.id), p.name, rules.validate_producer(p)))
    for row in products.summaries(lib.conn):
        product = products.get_by_id(lib.conn, row.id)
        producer = all_producers.get(product.producer_id)
        linked = motifs.for_product(lib.conn, product.id)
        covering = [
            x
            for x in all_permits
            if product.sku in x.product_skus
            or (x.producer_id is not None and x.producer_id == product.producer_id)
        ]
        if output:
            r = readiness.product_readiness(
                product,
                output,
                producer=producer,
                photo_count=row.photo_count,
                motifs=linked,
                permits=covering,
                bilingual=bilingual,
                today=today,
            )
            found = r.missing + r.findings
            out.append(Checked("product", product.sku, product.name_id, found, r.score, r.ready))
            continue
        findings = rules.validate_product(product, producer, linked, covering, today=today)
        out.append(Checked("product", product.sku, product.name_id, findings))
    if output:
        return out
    for m in motifs.list_all(lib.conn):
        out.append(Checked("motif", str(m.id), m.name_id, rules.validate_motif(m)))
    for x in all_permits:
        out.append(
            Checked(
                "permit", str(x.id), f"{x.kind} {x.number}", rules.validate_permit(x, today=today)
            )
        )
    unused = unused_photo_files(lib)
    if unused is not None:
        out.append(unused)
    return out


def unused_photo_files(lib: Library) -> Checked | None:
    """A warning naming how many originals in photos/ nothing refers to, and their size."""
    from .gc import size_text, unused_files

    unused = unused_files(lib)
    if not unused:
        return None
    size = size_text(sum(f.size for f in unused))
    finding = warning(
        "photos",
        "unused_photo_files",
        f"{len(unused)} berkas foto asli di photos/ tidak dipakai baris mana pun ({size}); "
        "`tenun-catalog gc` menghapus yang lebih tua dari 1 jam.",
        f"{len(unused)} original photo files in photos/ are used by no row ({size}); "
        "`tenun-catalog gc` removes those older than 1 hour.",
    )
    return Checked("library", "photos/", "", [finding])


def make_backup(lib: Library, out: Path) -> backup.BackupResult:
    return backup.backup(lib, out)


def restore_backup(archive: Path, root: Path) -> backup.RestoreResult:
    """Restore into the library folder `root`; UserError while any process has it open.

    The archive's database is checked and upgraded before it replaces the library's (see
    store/backup.py); opening it once here proves the restored library opens.
    """
    result = backup.restore(archive, root)
    open_library(root).close()
    return result
