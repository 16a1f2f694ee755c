"""Backups under stress: a killed backup's leftovers, files that are not photos in photos/, a
backup saved into photos/ or cache/, and a full disk."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.store import open_library
from tests.hostile.backup_helpers import cli, png_bytes, state, stored_name

REPO = Path(__file__).resolve().parents[2]
LEFTOVER = re.compile(r"\.tenun-tmp-(\d+)-[0-9a-f]{8}-[0-9a-z]+(\.zip\.part)?")


@pytest.fixture
def root(filled, photo_files):
    ops.attach_photos(filled, "TNN-001", photo_files)
    path = filled.root
    filled.close()
    return path


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    return int(done.stdout)


# ---- 7. leftovers of a killed backup -------------------------------------------------------

_SLOW_BACKUP = textwrap.dedent(
    """
    import sys, time, zipfile
    from tenun_catalog.cli import main
    real_write = zipfile.ZipFile.write
    def slow_write(self, filename, arcname=None, *args, **kwargs):
        real_write(self, filename, arcname, *args, **kwargs)
        if arcname == "catalog.sqlite3":
            print("database copied", flush=True)
            time.sleep(60)                     # killed here, a full database copy on disk
    zipfile.ZipFile.write = slow_write
    sys.exit(main(["--library", sys.argv[1], "backup", "--out", sys.argv[2]]))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_backup_leaves_only_recognisable_leftovers_that_the_next_open_removes(
    root, tmp_path
):
    out = root / "backups" / "cadangan.zip"
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_BACKUP, str(root), str(out)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert child.stdout.readline().strip() == "database copied"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    leftovers = [
        p for p in [*root.iterdir(), *(root / "backups").iterdir()] if p.name != ".tenun-lock"
    ]
    leftovers = [p for p in leftovers if p.name not in ("photos", "cache", "themes", "backups")]
    leftovers = [p for p in leftovers if not p.name.startswith("catalog.sqlite3")]
    assert leftovers, "the kill came too late to leave anything"
    for path in leftovers:  # every leftover is named as ours, with the killed pid
        match = LEFTOVER.fullmatch(path.name)
        assert match and int(match.group(1)) == child.pid, path.name
    assert not out.exists()
    with open_library(root, create=False) as lib:
        assert ops.get_product(lib, "TNN-001") is not None
    for path in leftovers:
        assert not path.exists(), path


def test_open_removes_stale_temp_folders_and_only_those(root, tmp_path):
    from tenun_catalog.store import tempdirs

    dead = root / tempdirs.new_name().replace(f"-{os.getpid()}-", f"-{_dead_pid()}-", 1)
    dead.mkdir()
    (dead / "catalog.sqlite3").write_bytes(b"a full copy" * 1000)
    stale_part = (
        root
        / "backups"
        / tempdirs.new_name(".zip.part").replace(f"-{os.getpid()}-", f"-{_dead_pid()}-", 1)
    )
    stale_part.write_bytes(b"PK partial")
    mine = tempdirs.make_dir(root)  # a live process (this one) is still using it
    other_host = root / ".tenun-tmp-4242-00000000-abcdef"
    other_host.mkdir()
    old_other_host = root / ".tenun-tmp-4243-00000000-abcdef"
    old_other_host.mkdir()
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(old_other_host, (day_ago, day_ago))
    not_ours = [root / "tmpab12cd", root / ".tenun-tmp-notours"]
    for path in not_ours:
        path.mkdir()

    with open_library(root, create=False):
        pass

    assert not dead.exists() and not stale_part.exists() and not old_other_host.exists()
    assert mine.is_dir() and other_host.is_dir()
    assert all(path.is_dir() for path in not_ours)
    tempdirs.remove(mine)


# ---- 8. what goes into a backup, and where it may be written --------------------------------


def test_backup_holds_only_stored_photos(root, tmp_path, capsys):
    photos = root / "photos"
    stored_before = sorted(p.name for p in photos.iterdir())
    (photos / "catatan.txt").write_text("bukan foto")
    (photos / "cadangan-lama.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    outside = tmp_path / "rahasia.png"
    outside.write_bytes(png_bytes(7))
    (photos / stored_name(outside.read_bytes())).symlink_to(outside)  # a name of the right shape

    code, err = cli(capsys, "--library", str(root), "backup", "--out", str(tmp_path / "b.zip"))
    assert code == 0, err
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        inside = sorted(n.removeprefix("photos/") for n in zf.namelist() if n.startswith("photos/"))
    assert inside == stored_before


@pytest.mark.parametrize("part", ["photos", "cache", "photos/sub"])
def test_backup_refuses_to_write_into_photos_or_cache(root, capsys, part):
    before = state(root)
    target = root / part / "cadangan.zip"
    for lang, words in (("id", "tidak boleh disimpan di dalam folder"), ("en", "may not be saved")):
        code, err = cli(capsys, "--library", str(root), "backup", "--out", str(target), lang=lang)
        assert code == 1 and words in err and str(target) in err, err
    assert not target.exists()
    assert state(root) == before


_FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from tenun_catalog.cli import main
    sys.exit(main(["--lang", "en", "--library", sys.argv[2], "backup", "--out", sys.argv[3]]))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("fails_at", ["database_copy", "zip"])
def test_backup_on_a_full_disk_says_so_and_leaves_nothing(root, tmp_path, fails_at):
    big = tmp_path / "besar.png"
    big.write_bytes(png_bytes(9, (900, 900)))  # noise: about 2.4 MB
    with open_library(root, create=False) as lib:
        ops.attach_photos(lib, "TNN-001", [big])
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = state(root)
    out = tmp_path / "out" / "cadangan.zip"
    out.parent.mkdir()
    db_size = (root / "catalog.sqlite3").stat().st_size
    # the library still opens (its -shm is 32 KiB) but its copy, or then the ZIP, cannot be written
    limit = db_size // 2 if fails_at == "database_copy" else db_size + 8192
    assert limit > 40_000
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(limit), str(root), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "could not be written" in done.stderr and "No backup was made" in done.stderr
    assert list(out.parent.iterdir()) == []
    assert state(root) == before
