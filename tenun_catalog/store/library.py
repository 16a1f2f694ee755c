"""The library folder: where it lives, its parts, and opening it (creating or upgrading the file).

A library is one folder: catalog.sqlite3, photos/ (originals by SHA-256), cache/ (derivatives,
safe to delete), themes/ (user themes), backups/. An open Library holds the folder's lock file
shared (see lock.py) and `stored_file` is the one way from a stored name to a path. Opening
removes the stale temp folders of killed backups and restores (see tempdirs.py).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UserError
from . import db, lock, migrations, safe_paths, tempdirs

DB_NAME = "catalog.sqlite3"
ENV_VAR = "TENUN_CATALOG_LIBRARY"


def default_root() -> Path:
    """`TENUN_CATALOG_LIBRARY` if set, else the platform's user data folder."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("tenun-catalog", appauthor=False)) / "library"


@dataclass
class Library:
    root: Path
    conn: sqlite3.Connection
    held: lock.LibraryLock = field(default_factory=lambda: lock.LibraryLock(None), repr=False)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def photos_dir(self) -> Path:
        return self.root / "photos"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def themes_dir(self) -> Path:
        return self.root / "themes"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    def stored_file(self, name: str) -> Path:
        """photos/<name> for a stored photo or permit scan; UserError for any other name."""
        return safe_paths.stored_file(self.photos_dir, name)

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            self.held.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def exists(root: Path) -> bool:
    return (root / DB_NAME).is_file()


def open_library(root: Path | None = None, *, create: bool = True) -> Library:
    """Open (and upgrade) the library at `root`; create an empty one there when `create`."""
    root = Path(root) if root is not None else default_root()
    if not exists(root):
        if not create:
            raise UserError(
                f"Belum ada pustaka di {root}. Jalankan 'tenun-catalog init' dulu.",
                f"There is no library at {root}. Run 'tenun-catalog init' first.",
            )
        if root.exists() and not root.is_dir():
            raise UserError(
                f"{root} adalah berkas, bukan folder.", f"{root} is a file, not a folder."
            )
    for part in ("", "photos", "cache", "themes", "backups"):
        (root / part).mkdir(parents=True, exist_ok=True)
    held = lock.shared(root)
    try:
        for folder in (root, root / "backups"):
            tempdirs.clean_stale(folder)
        conn = db.connect(root / DB_NAME)
    except BaseException:
        held.release()
        raise
    try:
        migrations.upgrade(conn)
    except BaseException:
        conn.close()
        held.release()
        raise
    return Library(root=root, conn=conn, held=held)
