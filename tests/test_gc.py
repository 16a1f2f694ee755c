"""Issue 11 item 7: unused original photo files are reported by `check` and removed by `gc`.

An interrupted import leaves originals that no row names; a removed photo leaves its file (for
undo). `check` reports how many and their size; `gc` removes those older than an hour that no
row names, never a file another row still uses, never a younger file, never a file whose name
is not an ingest name, never anything outside photos/.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.images import synthetic
from tenun_catalog.operations import gc

HOUR = 3600


def _orphan(lib_root: Path, seed: int, age_s: float) -> Path:
    """An original as the ingest would have stored it, with no row: an interrupted import."""
    tmp = lib_root / f"orphan-{seed}.jpg"
    synthetic.make_ikat_photo(tmp, seed=seed, size=(200, 150))
    data = tmp.read_bytes()
    tmp.unlink()
    path = lib_root / "photos" / f"{hashlib.sha256(data).hexdigest()}.jpg"
    path.write_bytes(data)
    old = time.time() - age_s
    os.utime(path, (old, old))
    return path


def _age(path: Path, age_s: float) -> None:
    old = time.time() - age_s
    os.utime(path, (old, old))


def _integrity(root: Path) -> tuple[str, int, int]:
    with sqlite3.connect(root / "catalog.sqlite3") as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        photos = conn.execute("SELECT count(*) FROM photos").fetchone()[0]
        products = conn.execute("SELECT count(*) FROM products").fetchone()[0]
    return ok, photos, products


def test_check_reports_unused_originals_and_gc_removes_only_those(
    filled, photo_files, capsys
) -> None:
    lib = filled
    root = lib.root
    attached = ops.attach_photos(lib, "TNN-001", photo_files).added
    assert len(attached) == 3
    kept_names = {c.after.filename for c in attached}
    removed = ops.remove_photo(lib, attached[0].after.id).before  # its file stays for undo
    for name in kept_names:
        _age(root / "photos" / name, 2 * HOUR)
    old_orphans = [_orphan(root, seed, 2 * HOUR) for seed in (41, 42)]
    young = _orphan(root, 43, 60)  # an import in progress in another process
    stranger = root / "photos" / "catatan.txt"  # not an ingest name: never ours to remove
    stranger.write_text("milik orang lain")
    lib.close()

    size = sum(p.stat().st_size for p in [*old_orphans, young, root / "photos" / removed.filename])
    assert main(["--library", str(root), "check"]) in (0, 1)
    out = capsys.readouterr().out
    assert "4 berkas foto asli di photos/ tidak dipakai" in out and gc.size_text(size) in out
    assert main(["--library", str(root), "--lang", "en", "check", "--json"]) in (0, 1)
    found = [r for r in json.loads(capsys.readouterr().out) if r["entity"] == "library"]
    assert found[0]["findings"][0]["code"] == "unused_photo_files"
    assert "4 original photo files" in found[0]["findings"][0]["message_en"]

    before = _integrity(root)
    assert main(["--library", str(root), "gc", "--dry-run"]) == 0
    assert "Uji coba: 4 berkas" in capsys.readouterr().out
    assert all(p.exists() for p in old_orphans)

    assert main(["--library", str(root), "--lang", "en", "gc"]) == 0
    out = capsys.readouterr().out
    assert "3 unused photo files removed" in out and "1 files younger than 1 hour" in out
    assert not any(p.exists() for p in old_orphans)
    assert not (root / "photos" / removed.filename).exists()
    assert young.exists() and stranger.exists()
    for name in kept_names - {removed.filename}:
        assert (root / "photos" / name).exists()
    assert _integrity(root) == before == ("ok", 2, 2)

    _age(young, 2 * HOUR)
    assert main(["--library", str(root), "check"]) in (0, 1)
    assert "1 berkas foto asli" in capsys.readouterr().out
    assert main(["--library", str(root), "gc"]) == 0
    assert not young.exists()
    capsys.readouterr()
    assert main(["--library", str(root), "check"]) in (0, 1)
    assert "photos/" not in capsys.readouterr().out


def test_gc_keeps_what_the_undo_history_needs_and_permit_scans(filled, photo_files) -> None:
    lib = filled
    attached = ops.attach_photos(lib, "TNN-001", photo_files[:2]).added
    removed = [ops.remove_photo(lib, c.after.id).before for c in attached]
    for photo in removed:
        _age(lib.photos_dir / photo.filename, 2 * HOUR)
    result = gc.collect(lib, keep={removed[0].filename})
    assert result.removed == [removed[1].filename]
    assert result.kept_for_undo == [removed[0].filename]
    ops.restore_photo(lib, removed[0])  # the undo still finds its file
    assert (lib.photos_dir / removed[0].filename).exists()
    assert gc.unused_files(lib) == []


def test_gc_never_follows_a_link_out_of_photos(filled, tmp_path) -> None:
    lib = filled
    outside = tmp_path / "precious.jpg"
    outside.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    link = lib.photos_dir / f"{'ab' * 32}.jpg"
    link.symlink_to(outside)
    result = gc.collect(lib, min_age_s=0)
    assert result.removed == [] and outside.exists() and link.is_symlink()
