"""Backup and restore: a consistent snapshot of the open library plus its photos, in one ZIP.

The database is copied with `VACUUM INTO` (a transactionally consistent copy, even while the app
has the library open); photos are added as they are (they never change once stored), and only
files named `<sha256>.<ext>`, so a stray file or an earlier backup in photos/ never rides along.

Restore trusts nothing in the archive (see backup_archive and backup_check). It holds the
library's lock exclusively (no other process may have it open), works in a temp folder inside
the library, and changes the library only once everything has been read and checked: first the
photos are moved in, then the database is swapped in one rename, the replaced one kept in
backups/. A failure at any step (disk full included) removes what this restore added.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import UserError
from . import backup_archive, backup_check, lock, migrations, safe_paths, stored_refs, tempdirs
from .backup_archive import MANIFEST
from .library import DB_NAME, Library

__all__ = ["MANIFEST", "BackupResult", "RestoreResult", "backup", "restore"]

SPACE_MARGIN = 64 << 20
"""Free space left on the disk after a restore, at least (bytes)."""


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
    photos_missing: int = 0  # photos the database names that neither archive nor library has


def backup(lib: Library, out: Path) -> BackupResult:
    out = Path(out)
    _refuse_inside_library_parts(lib, out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tempdirs.clean_stale(out.parent)  # parts left by a killed backup into the same folder
    except OSError as exc:
        raise _backup_write_failed(out, exc) from None
    tmp = partial = None
    try:
        tmp = tempdirs.make_dir(lib.root)
        snapshot = tmp / DB_NAME
        lib.conn.execute("VACUUM INTO ?", (str(snapshot),))
        names = _stored_photos(lib.photos_dir)
        partial = out.parent / tempdirs.new_name(".zip.part")
        with zipfile.ZipFile(partial, "x", zipfile.ZIP_DEFLATED) as zf:
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
        partial = None
    except (OSError, sqlite3.OperationalError) as exc:
        raise _backup_write_failed(out, exc) from None
    finally:
        if partial is not None:
            tempdirs.remove(partial)
        if tmp is not None:
            tempdirs.remove(tmp)
    return BackupResult(out, len(names), out.stat().st_size)


def _refuse_inside_library_parts(lib: Library, out: Path) -> None:
    target = out.resolve()
    for part in (lib.photos_dir, lib.cache_dir):
        if target.is_relative_to(part.resolve()):
            raise UserError(
                f"Cadangan tidak boleh disimpan di dalam folder {part.name}/ pustaka ({out}); "
                "pilih tempat lain, misalnya folder backups/.",
                f"A backup may not be saved inside the library's {part.name}/ folder ({out}); "
                "choose another place, such as the backups/ folder.",
            )
    if target == lib.db_path.resolve():
        raise UserError(
            f"Cadangan tidak boleh menimpa basis data pustaka ({out}).",
            f"A backup may not overwrite the library's database ({out}).",
        )


def _stored_photos(photos_dir: Path) -> list[str]:
    """Regular files named `<sha256>.<ext>` (no symlinks, no temp files, nothing else)."""
    names = []
    with os.scandir(photos_dir) as entries:
        for entry in entries:
            if safe_paths.is_stored_name(entry.name) and entry.is_file(follow_symlinks=False):
                names.append(entry.name)
    return sorted(names)


def _backup_write_failed(out: Path, exc: BaseException) -> UserError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return UserError(
        f"Cadangan {out} tidak bisa ditulis ({reason}); disk mungkin penuh. Tidak ada cadangan "
        "yang dibuat.",
        f"The backup {out} could not be written ({reason}); the disk may be full. No backup "
        "was made.",
    )


def restore(archive: Path, root: Path) -> RestoreResult:
    """Replace the database at `root` with the archive's and add its photos.

    Every other user of the library must have closed it (UserError otherwise).
    """
    archive, root = Path(archive), Path(root)
    if root.exists() and not root.is_dir():
        raise UserError(f"{root} adalah berkas, bukan folder.", f"{root} is a file, not a folder.")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise backup_archive.write_failed(root, exc) from None
    held = lock.exclusive(root)
    try:
        with backup_archive.open_archive(archive) as zf:
            try:
                tmp = tempdirs.make_dir(root)
            except OSError as exc:
                raise backup_archive.write_failed(root, exc) from None
            try:
                return _restore(zf, archive.name, root, tmp)
            finally:
                tempdirs.remove(tmp)
    finally:
        held.release()


def _restore(zf: zipfile.ZipFile, archive: str, root: Path, tmp: Path) -> RestoreResult:
    plan = backup_archive.plan(zf, archive)
    photos_dir = root / "photos"
    new_photos = [i for i in plan.photos if not (photos_dir / _stored(i)).exists()]
    current = root / DB_NAME
    kept = current.stat().st_size if current.exists() else 0  # copied if hard links fail
    needed = plan.db.file_size * 2 + kept + sum(i.file_size for i in new_photos)
    _check_space(root, needed, archive)

    candidate = tmp / DB_NAME
    backup_archive.extract(zf, plan.db, candidate, backup_archive.MAX_DB_BYTES, archive)
    backup_check.prepare(candidate, archive)
    staged = tmp / "photos"
    staged.mkdir()
    for info in new_photos:
        dest = staged / _stored(info)
        backup_archive.extract(zf, info, dest, backup_archive.MAX_PHOTO_BYTES, archive)

    previous = added = None
    try:
        previous = _keep_previous(current, root / "backups")
        photos_dir.mkdir(exist_ok=True)
        added = []
        for path in staged.iterdir():
            target = photos_dir / path.name
            if not target.exists():
                os.replace(path, target)
                added.append(target)
        for suffix in ("-wal", "-shm"):
            (root / (DB_NAME + suffix)).unlink(missing_ok=True)
        os.replace(candidate, current)
    except BaseException as exc:
        for path in added or ():
            path.unlink(missing_ok=True)
        if previous is not None:
            previous.unlink(missing_ok=True)
            Path(f"{previous}-wal").unlink(missing_ok=True)
        if isinstance(exc, PermissionError) and os.name == "nt":
            raise lock.in_use_error(root) from None  # Windows: the file is open elsewhere
        if isinstance(exc, (OSError, sqlite3.OperationalError)):
            raise backup_archive.write_failed(root, exc) from None
        raise
    return RestoreResult(root, len(added), previous, _missing(root, photos_dir))


def _stored(info: zipfile.ZipInfo) -> str:
    return info.filename[len(backup_archive.PHOTO_FOLDER) :]


def _check_space(root: Path, needed: int, archive: str) -> None:
    try:
        free = shutil.disk_usage(root).free
    except OSError:
        return
    if needed + SPACE_MARGIN > free:
        raise UserError(
            f"Ruang disk di {root} tidak cukup untuk memulihkan {archive}: perlu sekitar "
            f"{(needed + SPACE_MARGIN) >> 20} MB, tersedia {free >> 20} MB. Pustaka tidak diubah.",
            f"Not enough disk space at {root} to restore {archive}: about "
            f"{(needed + SPACE_MARGIN) >> 20} MB needed, {free >> 20} MB free. The library was "
            "not changed.",
        )


def _keep_previous(current: Path, backups: Path) -> Path | None:
    """Keep the database about to be replaced in backups/ (a hard link when possible)."""
    if not current.exists():
        return None
    with contextlib.suppress(sqlite3.Error):  # fold the WAL in; a damaged file is kept as is
        conn = sqlite3.connect(current)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    backups.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    previous = backups / f"sebelum-pemulihan-{stamp}.sqlite3"
    number = 1
    while previous.exists() or Path(f"{previous}-wal").exists():
        number += 1
        previous = backups / f"sebelum-pemulihan-{stamp}-{number}.sqlite3"
    try:
        try:
            os.link(current, previous)
        except OSError:
            shutil.copyfile(current, previous)  # FAT/exFAT and some shares have no hard links
        wal = Path(f"{current}-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, f"{previous}-wal")
    except BaseException:
        previous.unlink(missing_ok=True)
        Path(f"{previous}-wal").unlink(missing_ok=True)
        raise
    return previous


def _missing(root: Path, photos_dir: Path) -> int:
    """Stored files the restored database names that photos/ does not hold (names are checked)."""
    try:
        conn = sqlite3.connect(f"file:{root / DB_NAME}?mode=ro", uri=True)
        try:
            names = stored_refs.stored_names(conn)
        finally:
            conn.close()
    except sqlite3.Error:  # only a count for the report; the restore itself is done
        return 0
    return sum(1 for name in names if not (photos_dir / name).is_file())
