"""Backup and restore: a consistent snapshot of the open library plus its photos, in one ZIP.

The database is copied with `VACUUM INTO` (a transactionally consistent copy, even while the app
has the library open); photos are added as they are (they never change once stored). Restore
checks the archive completely before it touches the library, and keeps the replaced database.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import UserError
from . import db, migrations
from .library import DB_NAME, Library

MANIFEST = "tenun-catalog-backup.json"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    photos: int
    bytes: int


@dataclass(frozen=True)
class RestoreResult:
    root: Path
    photos_added: int
    previous_database: Path | None


def backup(lib: Library, out: Path) -> BackupResult:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        snapshot = Path(tmp) / DB_NAME
        lib.conn.execute("VACUUM INTO ?", (str(snapshot),))
        names = sorted(p.name for p in lib.photos_dir.iterdir() if p.is_file())
        partial = Path(tmp) / "backup.zip"
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(
                MANIFEST,
                json.dumps(
                    {
                        "format": 1,
                        "schema": migrations.version(lib.conn),
                        "created": datetime.now().isoformat(timespec="seconds"),
                        "photos": len(names),
                    }
                ),
            )
            zf.write(snapshot, DB_NAME)
            for name in names:  # JPEGs do not compress: store them
                zf.write(lib.photos_dir / name, f"photos/{name}", zipfile.ZIP_STORED)
        os.replace(partial, out)
    return BackupResult(out, len(names), out.stat().st_size)


def restore(archive: Path, root: Path) -> RestoreResult:
    """Replace the database at `root` with the archive's and add its photos. Close it first."""
    archive = Path(archive)
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        raise UserError(
            f"{archive.name} bukan berkas cadangan yang bisa dibaca ({exc}).",
            f"{archive.name} is not a readable backup file ({exc}).",
        ) from exc
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    with zf, tempfile.TemporaryDirectory(dir=root) as tmp:
        names = zf.namelist()
        if MANIFEST not in names or DB_NAME not in names:
            raise UserError(
                f"{archive.name} bukan cadangan Tenun Catalog.",
                f"{archive.name} is not a Tenun Catalog backup.",
            )
        bad = zf.testzip()
        if bad:
            raise UserError(f"Cadangan rusak: {bad} tidak utuh.", f"Damaged backup: {bad}.")
        candidate = Path(tmp) / DB_NAME
        with zf.open(DB_NAME) as src, open(candidate, "wb") as dst:
            shutil.copyfileobj(src, dst)
        _check_database(candidate, archive)
        photos_dir = root / "photos"
        photos_dir.mkdir(exist_ok=True)
        added = 0
        for name in names:
            if not name.startswith("photos/") or name.endswith("/"):
                continue
            target = photos_dir / Path(name).name  # flat folder: never follow paths out of it
            if target.exists():
                continue
            staging = Path(tmp) / Path(name).name
            with zf.open(name) as src, open(staging, "wb") as dst:
                shutil.copyfileobj(src, dst)
            os.replace(staging, target)
            added += 1
        previous = None
        current = root / DB_NAME
        if current.exists():
            backups = root / "backups"
            backups.mkdir(exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            previous = backups / f"sebelum-pemulihan-{stamp}.sqlite3"
            keep = sqlite3.connect(current)
            try:
                keep.execute("VACUUM INTO ?", (str(previous),))
            finally:
                keep.close()
        for suffix in ("-wal", "-shm"):
            (root / (DB_NAME + suffix)).unlink(missing_ok=True)
        os.replace(candidate, current)
    return RestoreResult(root, added, previous)


def _check_database(path: Path, archive: Path) -> None:
    try:
        conn = sqlite3.connect(path)
        try:
            ok = db.integrity_ok(conn)
            version = migrations.version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        ok, version = False, 0
    if not ok:
        raise UserError(
            f"Basis data di dalam {archive.name} rusak; pustaka tidak diubah.",
            f"The database inside {archive.name} is damaged; library left unchanged.",
        )
    if version > migrations.LATEST:
        raise UserError(
            f"{archive.name} dibuat oleh versi aplikasi yang lebih baru; perbarui aplikasi dulu.",
            f"{archive.name} was made by a newer version of the application; update it first.",
        )
