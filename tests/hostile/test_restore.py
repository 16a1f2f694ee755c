"""Hostile backups: traversal names, foreign schemas, bad databases, zip bombs, full disks, and a
restore racing another process. Every refusal leaves the library exactly as it was."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain import Permit
from tenun_catalog.domain.errors import UserError
from tenun_catalog.export import package_docs
from tenun_catalog.store import migrations, open_library
from tenun_catalog.store.library import DB_NAME
from tests.hostile.backup_helpers import (
    cli,
    png_bytes,
    refused_both_languages,
    rewrite,
    state,
    stored_name,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def live(filled, photo_files, tmp_path):
    """(library root, a good backup of it) with the library closed; the live library then
    differs from the backup (one product renamed) so a restore would be visible."""
    ops.attach_photos(filled, "TNN-001", photo_files)
    ops.add_permit(filled, Permit(kind="nib", number="1234567890123"))
    good = ops.make_backup(filled, tmp_path / "good.zip").path
    ops.edit_product(filled, "SEI-001", {"name_id": "Sei Sapi Hidup"})
    root = filled.root
    filled.close()
    return root, good


def _photo_count(root: Path) -> int:
    return len(list((root / "photos").iterdir()))


# ---- 1. stored names --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE photos SET filename = '../../../../etc/passwd'",
        "UPDATE permits SET scan_filename = '../../../../etc/passwd'",
        "UPDATE motifs SET permission_scan = '../../../../etc/passwd'",
        "UPDATE photos SET filename = '/etc/passwd'",
    ],
    ids=["photo", "permit_scan", "motif_letter", "absolute"],
)
def test_restore_refuses_a_database_naming_files_outside_photos(live, tmp_path, capsys, sql):
    root, good = live
    bad = rewrite(good, tmp_path / "traversal.zip", db=lambda c: c.execute(sql))
    before = state(root)
    err_id, err_en = refused_both_languages(capsys, root, bad)
    assert "etc/passwd" in err_en and "<sha256>.<extension>" in err_en
    assert "traversal.zip" in err_id and "<sha256>.<ekstensi>" in err_id
    assert state(root) == before


def test_every_path_from_a_stored_name_is_proven_inside_photos(filled, photo_files, tmp_path):
    """A database edited by hand (not through restore) cannot make outputs read /etc/passwd."""
    ops.attach_photos(filled, "TNN-001", photo_files[:1])
    ops.add_permit(filled, Permit(kind="nib", number="1234567890123"))
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    hostile = os.path.relpath(secret, filled.photos_dir)
    filled.conn.execute("UPDATE photos SET filename = ?", (hostile,))
    filled.conn.execute("UPDATE permits SET scan_filename = ?", (hostile,))

    with pytest.raises(UserError) as sheet:
        ops.export_spreadsheet(filled, tmp_path / "out" / "produk.csv")
    assert "<sha256>.<extension>" in sheet.value.message("en")
    out = tmp_path / "package"
    out.mkdir()
    with pytest.raises(UserError):
        package_docs.write_permit_scans(filled, out, ops.list_permits(filled))
    with pytest.raises(UserError):
        ops.photo_path(filled, ops.list_photos(filled, "TNN-001")[0])
    copied = [p for p in tmp_path.rglob("*") if p.is_file() and p.read_bytes() == b"root:x:0:0"]
    assert copied == [secret]

    # a name of the right shape that is a symlink leading out of photos/ is refused too
    link = filled.photos_dir / ("a" * 64 + ".jpg")
    link.symlink_to(secret)
    with pytest.raises(UserError) as escaped:
        filled.stored_file(link.name)
    assert "outside" in escaped.value.message("en") and "luar" in escaped.value.message("id")
    good = "b" * 64 + ".png"
    assert filled.stored_file(good) == filled.photos_dir.resolve() / good


def test_the_stored_name_pattern_is_the_one_images_writes():
    from tenun_catalog.images import derivatives
    from tenun_catalog.store import safe_paths

    assert safe_paths.STORED_NAME.pattern == derivatives._FILENAME_RE.pattern


# ---- 2. schema ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql, named",
    [
        (
            "CREATE TRIGGER steal AFTER UPDATE ON products BEGIN "
            "UPDATE producers SET whatsapp = '6281111111111'; END",
            "trigger steal",
        ),
        ("CREATE VIEW everything AS SELECT * FROM producers", "view everything"),
        ("CREATE INDEX sneaky ON products(name_id)", "index sneaky"),
        ("CREATE TABLE notes (x TEXT)", "table notes"),
    ],
    ids=["trigger", "view", "index", "table"],
)
def test_restore_refuses_a_schema_our_migrations_did_not_build(live, tmp_path, capsys, sql, named):
    root, good = live
    bad = rewrite(good, tmp_path / "schema.zip", db=lambda c: c.execute(sql))
    before = state(root)
    err_id, err_en = refused_both_languages(capsys, root, bad)
    assert named in err_en and named in err_id and "schema" in err_en
    assert state(root) == before


def _version_3_db(tmp_path: Path, techniques: str = '["buna"]') -> bytes:
    """A database as this program's schema 3 left it, with one producer and one tenun."""
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, 3)
    conn.execute("INSERT INTO producers (id, name) VALUES (1, 'Ina Ndao')")
    conn.execute(
        "INSERT INTO products (id, sku, kind, producer_id, name_id, price)"
        " VALUES (1, 'TNN-OLD', 'tenun', 1, 'Selendang Lama', 300000)"
    )
    conn.execute("INSERT INTO tenun_details (product_id, techniques) VALUES (1, ?)", (techniques,))
    conn.close()
    return path.read_bytes()


def test_restore_upgrades_a_real_backup_of_an_older_schema(live, tmp_path, capsys):
    root, good = live
    old = rewrite(good, tmp_path / "v3.zip", db_bytes=_version_3_db(tmp_path))
    code, err = cli(capsys, "--library", str(root), "restore", str(old))
    assert code == 0, err
    with open_library(root, create=False) as lib:
        version = lib.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == migrations.LATEST
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [p.sku for p in ops.search_products(lib, "buna")] == ["TNN-OLD"]


# ---- 3. databases that are not a catalog, or cannot be upgraded ----------------------------


def _foreign_db(tmp_path: Path) -> bytes:
    path = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["zero_bytes", "text", "foreign_sqlite"])
def test_restore_refuses_a_database_that_is_not_a_catalog(live, tmp_path, capsys, kind):
    root, good = live
    data = {
        "zero_bytes": b"",
        "text": b"hello, this is not a database\n" * 100,
        "foreign_sqlite": _foreign_db(tmp_path),
    }[kind]
    bad = rewrite(good, tmp_path / f"{kind}.zip", db_bytes=data)
    before = state(root)
    err_id, err_en = refused_both_languages(capsys, root, bad)
    assert "not a Tenun Catalog database" in err_en and "bukan basis data" in err_id
    assert state(root) == before


def test_a_backup_whose_upgrade_fails_does_not_replace_the_live_database(live, tmp_path, capsys):
    root, good = live
    db = _version_3_db(tmp_path, techniques="not json")  # migration 4 indexes it and fails
    bad = rewrite(good, tmp_path / "upgrade.zip", db_bytes=db)
    before = state(root)
    err_id, err_en = refused_both_languages(capsys, root, bad)
    assert "could not be upgraded to schema" in err_en and "upgrade.zip" in err_id
    assert state(root) == before


# ---- 4. zip bombs and foreign entries -------------------------------------------------------


def test_a_highly_compressed_entry_is_refused_before_it_is_written(live, tmp_path, capsys):
    root, good = live
    zeros = b"\0" * (64 << 20)  # deflates about 1000:1
    bad = rewrite(
        good,
        tmp_path / "bomb.zip",
        add={f"photos/{stored_name(zeros, 'jpg')}": zeros},
        compress=zipfile.ZIP_DEFLATED,
    )
    assert bad.stat().st_size < (1 << 20)
    before = state(root)
    err_id, err_en = refused_both_languages(capsys, root, bad)
    assert "compression ratio" in err_en and "bomb.zip" in err_id
    assert state(root) == before


@pytest.mark.parametrize(
    "name, data",
    [
        ("photos/evil.sh", b"#!/bin/sh\nrm -rf ~\n"),
        ("photos/" + "c" * 64 + ".jpg", png_bytes(3)),  # SHA-256 does not match the name
        ("photos/" + stored_name(b"just text, no image" * 10, "jpg"), b"just text, no image" * 10),
        ("photos/" + stored_name(png_bytes(4), "jpg"), png_bytes(4)),  # a PNG named .jpg
    ],
    ids=["not_a_photo_name", "sha_mismatch", "not_an_image", "wrong_type"],
)
def test_only_verified_photos_enter_photos(live, tmp_path, capsys, name, data):
    root, good = live
    bad = rewrite(good, tmp_path / "foreign.zip", add={name: data})
    before = state(root)
    err_id, err_en = refused_both_languages(capsys, root, bad)
    assert name in err_en and name in err_id
    assert state(root) == before


@pytest.mark.parametrize(
    "limit, value, words",
    [
        ("MAX_ENTRIES", 4, "entries"),
        ("MAX_PHOTOS", 2, "photos"),
        ("MAX_DB_BYTES", 64 << 10, "catalog.sqlite3"),
        ("MAX_PHOTO_BYTES", 1024, "> 1.0 KiB"),
    ],
)
def test_archive_limits_refuse_before_writing(
    live, tmp_path, capsys, monkeypatch, limit, value, words
):
    from tenun_catalog.store import backup_archive

    root, good = live
    monkeypatch.setattr(backup_archive, limit, value)
    before = state(root)
    err_id, err_en = refused_both_languages(capsys, root, good)
    assert words in err_en and "good.zip" in err_id
    assert state(root) == before


def test_a_good_backup_restores_its_photos_and_keeps_the_replaced_database(live, capsys):
    root, good = live
    for photo in (root / "photos").iterdir():
        photo.unlink()
    code, err = cli(capsys, "--library", str(root), "restore", str(good))
    assert code == 0, err
    with open_library(root, create=False) as lib:
        assert ops.get_product(lib, "SEI-001").name_id == "Sei Sapi Baun"
        photos = ops.list_photos(lib, "TNN-001")
        assert len(photos) == 3 and all(lib.stored_file(p.filename).is_file() for p in photos)
    kept = list((root / "backups").glob("sebelum-pemulihan-*.sqlite3"))
    assert len(kept) == 1
    assert not list(root.glob(".tenun-tmp-*"))


# ---- 5. a full disk ---------------------------------------------------------------------------

_FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails with EFBIG
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from tenun_catalog.cli import main
    sys.exit(main(["--lang", "en", "--library", sys.argv[2], "restore", sys.argv[3]]))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_restore_on_a_full_disk_says_so_and_leaves_nothing_behind(live, tmp_path):
    root, good = live
    small = [png_bytes(i, (48, 48)) for i in range(3)]
    big = png_bytes(9, (900, 900))  # noise: about 2.4 MB, does not compress
    with zipfile.ZipFile(good) as zf:
        db_size = zf.getinfo(DB_NAME).file_size
    limit = max(db_size, *map(len, small)) + 4096
    assert len(big) > limit
    entries = {f"photos/{stored_name(d)}": d for d in [*small, big]}
    archive = rewrite(good, tmp_path / "full.zip", add=entries)
    before = state(root)
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(limit), str(root), str(archive)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "Could not write" in done.stderr and "library was not changed" in done.stderr
    assert state(root) == before  # no photo of this restore left, no temp folder, no kept copy


def test_a_failure_after_photos_were_moved_in_removes_them_again(
    live, tmp_path, capsys, monkeypatch
):
    root, good = live
    for photo in (root / "photos").iterdir():
        photo.unlink()
    before = state(root)
    real_replace = os.replace

    def disk_full_on_the_database(src, dst, *args, **kwargs):
        if Path(dst).name == DB_NAME:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", disk_full_on_the_database)
    code, err = cli(capsys, "--library", str(root), "restore", str(good))
    monkeypatch.undo()
    assert code == 1 and "disk is full" in err and "library was not changed" in err
    assert state(root) == before


# ---- 6. another process has the library open --------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys, time
    from tenun_catalog import operations as ops
    lib = ops.open_or_create(sys.argv[1], create=False)
    ops.edit_product(lib, "SEI-001", {"stock": 1})
    print("ready", flush=True)
    sys.stdin.readline()                       # keep the library open until told
    ops.edit_product(lib, "SEI-001", {"stock": 2})
    lib.close()
    print("wrote", flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX; Windows refuses the rename")
def test_restore_refuses_while_another_process_has_the_library_open(live, capsys):
    root, good = live
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        before = state(root)
        err_id, err_en = refused_both_languages(capsys, root, good)
        assert "sedang dipakai proses lain" in err_id and "in use by another process" in err_en
        assert state(root) == before
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "wrote"  # its writes landed, none lost
    finally:
        writer.communicate(timeout=30)
    with open_library(root, create=False) as lib:
        assert ops.get_product(lib, "SEI-001").stock == 2
    code, err = cli(capsys, "--library", str(root), "restore", str(good))
    assert code == 0, err


def test_opening_during_a_restore_waits_then_refuses(live, monkeypatch):
    from tenun_catalog.store import lock

    root, _ = live
    monkeypatch.setattr(lock, "OPEN_WAIT_S", 0.2)
    held = lock.exclusive(root)  # what a running restore holds
    try:
        if lock.fcntl is None:
            pytest.skip("no flock on this platform")
        with pytest.raises(UserError) as busy:
            open_library(root, create=False)
        assert "sedang dipakai proses lain" in busy.value.message("id")
    finally:
        held.release()
    open_library(root, create=False).close()


def test_manifest_must_be_a_backup_manifest(live, tmp_path, capsys):
    root, good = live
    bad = tmp_path / "manifest.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".json"):
                data = json.dumps(["not", "a", "manifest"]).encode()
            dst.writestr(info, data)
    before = state(root)
    refused_both_languages(capsys, root, bad)
    assert state(root) == before
