"""Unused original files in photos/: finding them (for `check`) and removing them (`gc`).

Owns `unused_files` and `collect`. An original is unused when no photo row and no permit scan
names it: an import killed after writing its files, or a photo removed from a product (the row
goes, the file stays so the app's undo can bring it back). Only names the ingest writes
(`<sha256>.<ext>`, proved by store/safe_paths.stored_file) are considered; anything else in
photos/ (a hidden temporary file of a writer, a file a person put there) is never touched.

Rules that keep a removal safe:
- a file younger than MIN_AGE_S is spared: an import in another process may have written it
  and not yet committed the row that names it;
- every name is checked against the database again just before it is removed;
- `keep` names files a caller still needs (the app passes the photos its undo history holds);
- at most MAX_LISTED files are looked at in one run (a bound on time and memory); a later run
  continues.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UserError
from ..store import Library
from ..store import photos as stored_photos
from ..store.safe_paths import is_stored_name, stored_file

MIN_AGE_S = 3600  # one hour: spares the files of an import still in progress
MAX_LISTED = 200_000  # files looked at per run


@dataclass(frozen=True)
class UnusedFile:
    name: str
    path: Path
    size: int
    mtime: float


@dataclass
class GcResult:
    """What `collect` removed and what it left, with why."""

    removed: list[str] = field(default_factory=list)
    removed_bytes: int = 0
    kept_young: list[str] = field(default_factory=list)
    kept_for_undo: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def unused_files(lib: Library) -> list[UnusedFile]:
    """Stored originals in photos/ that no row names (photos, permit scans, permission
    letters: store.stored_refs), by name."""
    referenced = stored_photos.all_filenames(lib.conn)
    found: list[UnusedFile] = []
    try:
        entries = os.scandir(lib.photos_dir)
    except FileNotFoundError:
        return found
    with entries:
        for count, entry in enumerate(entries):
            if count >= MAX_LISTED:
                break
            if not is_stored_name(entry.name) or entry.name in referenced:
                continue
            try:
                path = stored_file(lib.photos_dir, entry.name)
                if entry.is_symlink() or not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
            except (UserError, OSError):
                continue  # a link out of photos/ or a file gone meanwhile: not ours to remove
            found.append(UnusedFile(entry.name, path, st.st_size, st.st_mtime))
    return sorted(found, key=lambda f: f.name)


def collect(
    lib: Library,
    keep: set[str] | frozenset[str] = frozenset(),
    *,
    min_age_s: float = MIN_AGE_S,
    now: float | None = None,
) -> GcResult:
    """Remove the unused originals older than `min_age_s`, except those named in `keep`."""
    now = time.time() if now is None else now
    result = GcResult()
    for item in unused_files(lib):
        if item.name in keep:
            result.kept_for_undo.append(item.name)
            continue
        if now - item.mtime < min_age_s:
            result.kept_young.append(item.name)
            continue
        if stored_photos.is_referenced(lib.conn, item.name):  # named since the listing
            continue
        try:
            item.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            result.failed.append(item.name)
            continue
        result.removed.append(item.name)
        result.removed_bytes += item.size
    return result


def size_text(size: int) -> str:
    """A file size for people: 107 MB, 950 KB."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB" if size else "0 KB"
