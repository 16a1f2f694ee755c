"""Checking a database taken out of a backup before it may replace the library's.

Owns the rules for an incoming database, applied to a copy in a temp folder of the library:
- it is an SQLite file (header) of a schema version 1..LATEST (0 is an empty or foreign file);
- its schema (every table, index, trigger and view in sqlite_master, SQL compared with
  whitespace collapsed) is exactly what our migrations build for that version. We compare
  rather than copy rows into a fresh database: a byte-identical restore keeps ids and
  everything the user had, and one comparison covers triggers, views, altered CHECKs and
  defaults alike, with no per-version copy code to keep right;
- integrity_check and foreign_key_check pass;
- every stored name (photos, permit scans, motif permission letters: stored_refs) is
  `<sha256>.<ext>`;
then it is upgraded to the current schema and its search index is rebuilt from the rows
(derived data is never trusted). The file is opened with trusted_schema off.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.errors import UserError
from . import backup_archive, migrations, safe_paths, search, stored_refs

SQLITE_HEADER = b"SQLite format 3\x00"
_SHOWN = 3  # schema differences named in a message


def prepare(candidate: Path, archive: str) -> int:
    """Check and upgrade the database file `candidate`; return its version before upgrade."""
    with open(candidate, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _not_catalog(archive, ("bukan basis data SQLite", "not an SQLite database"))
    try:
        conn = sqlite3.connect(f"file:{candidate}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise backup_archive.damaged(archive, f"{backup_archive.DB_ENTRY}: {exc}") from None
    try:
        return _prepare(conn, archive)
    except sqlite3.Error as exc:
        if _is_write_failure(exc):
            raise backup_archive.write_failed(candidate.parent, exc) from None
        detail = (
            f"{backup_archive.DB_ENTRY} rusak: {exc}",
            f"{backup_archive.DB_ENTRY} is damaged: {exc}",
        )
        raise backup_archive.damaged(archive, detail) from None
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - bad data in a row makes the upgrade fail
        problem = f"({type(exc).__name__}: {exc})"
        detail = (
            f"{backup_archive.DB_ENTRY} tidak bisa diperbarui ke skema {migrations.LATEST} "
            f"{problem}",
            f"{backup_archive.DB_ENTRY} could not be upgraded to schema {migrations.LATEST} "
            f"{problem}",
        )
        raise backup_archive.damaged(archive, detail) from None
    finally:
        conn.close()


def _prepare(conn: sqlite3.Connection, archive: str) -> int:
    conn.row_factory = sqlite3.Row  # as db.connect: search and migrations read rows by name
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")  # one file to move into place
    version = migrations.version(conn)
    if version < 1:
        raise _not_catalog(archive, (f"versi skema {version}", f"schema version {version}"))
    if version > migrations.LATEST:
        raise UserError(
            f"{archive} dibuat oleh versi aplikasi yang lebih baru (skema {version}); "
            "perbarui aplikasi dulu. Pustaka tidak diubah.",
            f"{archive} was made by a newer version of the application (schema {version}); "
            "update it first. The library was not changed.",
        )
    found, expected = migrations.schema(conn), migrations.expected_schema(version)
    if found != expected:
        differ = sorted({f"{t} {n}" for t, n, _, _ in found ^ expected})
        words = ", ".join(differ[:_SHOWN])
        raise UserError(
            f"Basis data di dalam {archive} punya skema yang tidak dibuat oleh aplikasi ini "
            f"({words}); ditolak, pustaka tidak diubah.",
            f"The database inside {archive} has a schema this application did not make "
            f"({words}); refused, the library was not changed.",
        )
    problems = [tuple(r) for r in conn.execute("PRAGMA integrity_check(20)")]
    if problems != [("ok",)] or conn.execute("PRAGMA foreign_key_check").fetchone():
        raise backup_archive.damaged(
            archive, (f"{backup_archive.DB_ENTRY} rusak", f"{backup_archive.DB_ENTRY} is damaged")
        )
    _check_names(conn, archive)
    migrations.upgrade(conn)
    _rebuild_search(conn)
    return version


def _check_names(conn: sqlite3.Connection, archive: str) -> None:
    # every photo row (an empty name is refused too), then every other stored-file reference
    photos = conn.execute("SELECT 'photos', 'filename', id, filename FROM photos").fetchall()
    others = [ref for ref in stored_refs.stored_refs(conn) if ref[0] != "photos"]
    for table, column, row_id, name in [*photos, *others]:
        if not safe_paths.is_stored_name(name):
            shown = repr(name)[:80]
            raise UserError(
                f"Basis data di dalam {archive} menyebut berkas {shown} di {table}.{column} "
                f"(baris {row_id}); nama berkas harus <sha256>.<ekstensi>. Ditolak, pustaka "
                "tidak diubah.",
                f"The database inside {archive} names the file {shown} in {table}.{column} "
                f"(row {row_id}); stored names must be <sha256>.<extension>. Refused, the "
                "library was not changed.",
            )


def _rebuild_search(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM product_search")
        for (product_id,) in conn.execute("SELECT id FROM products").fetchall():
            search.reindex_product(conn, product_id)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _is_write_failure(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR) or (
        code is not None and code & 0xFF == sqlite3.SQLITE_IOERR
    )


def _not_catalog(archive: str, detail: str | tuple[str, str]) -> UserError:
    detail_id, detail_en = (detail, detail) if isinstance(detail, str) else detail
    return UserError(
        f"{backup_archive.DB_ENTRY} di dalam {archive} bukan basis data Tenun Catalog "
        f"({detail_id}); pustaka tidak diubah.",
        f"{backup_archive.DB_ENTRY} inside {archive} is not a Tenun Catalog database "
        f"({detail_en}); the library was not changed.",
    )
