"""A spreadsheet import killed with SIGKILL leaves a consistent library: all rows or none.

The import runs in a real subprocess (`sys.executable -c ...`, its own process group so the
photo worker processes die with it) and is killed at different moments: before it starts, while
photos are being stored, right after the last photo (when the one transaction runs), and held
inside the transaction (the test's script watches the SQL with a trace callback and stops at
the Nth product insert; the import code itself runs unchanged). Then the library must pass
PRAGMA integrity_check, every photo row must have its file, and the product count must be 0 or
all rows; importing again must finish the job.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from spreadsheet_helpers import photo, write_csv

from tenun_catalog.operations.sheets import import_spreadsheet
from tenun_catalog.store import integrity_ok, open_library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and process groups")

ROWS = 40
SCRIPT = """
import sys
from pathlib import Path
from tenun_catalog.operations.sheets import import_spreadsheet
from tenun_catalog.store import open_library

def progress(done, total):
    print(f"photo {done}/{total}", flush=True)

def hold_at_product(number):
    # Test harness only: watch the SQL and stop (to be killed) at the Nth product insert.
    seen = []
    def trace(sql):
        if sql.lstrip().startswith("INSERT INTO products"):
            seen.append(sql)
            if len(seen) == number:
                print(f"inside {number}", flush=True)
                time.sleep(60)
    return trace

if __name__ == "__main__":
    lib = open_library(Path(sys.argv[1]))
    if len(sys.argv) > 3:
        lib.conn.set_trace_callback(hold_at_product(int(sys.argv[3])))
    report = import_spreadsheet(lib, Path(sys.argv[2]), progress=progress)
    print(f"done {len(report.created)}", flush=True)
"""


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> Path:
    """40 Tenun rows, each with its own photo, plus a producer per 10 rows."""
    folder = tmp_path_factory.mktemp("sheet")
    rows = [["sku", "kind", "name_id", "price", "tenun.width_cm", "producer", "photos"]]
    for i in range(ROWS):
        photo(folder, f"foto/IMG_{i:04d}.jpg", 100 + i)
        rows.append(
            [
                f"TN-{i:03d}",
                "tenun",
                f"Selendang {i}",
                f"Rp{150 + i}.000",
                "52,5",
                f"Kelompok {i // 10}",
                f"foto/IMG_{i:04d}.jpg",
            ]
        )
    return write_csv(folder / "produk.csv", rows)


def run_and_kill(root: Path, sheet: Path, until: str | None, hold: int | None = None) -> str:
    """Start the import; kill its process group when a line starting with `until` appears
    (None: at once). `hold` stops the import at that product insert. Returns what it printed."""
    extra = [str(hold)] if hold else []
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(root), str(sheet), *extra],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    seen = []
    try:
        if until is not None:
            assert proc.stdout is not None
            for line in proc.stdout:
                seen.append(line)
                if line.startswith(until):
                    break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    return "".join(seen)


def assert_consistent(root: Path) -> int:
    with open_library(root) as lib:
        assert integrity_ok(lib.conn)
        count = lib.conn.execute("SELECT count(*) FROM products").fetchone()[0]
        assert count in (0, ROWS)
        rows = lib.conn.execute("SELECT filename FROM photos").fetchall()
        assert len(rows) == count  # one photo per product, or none at all
        assert all((lib.photos_dir / r[0]).is_file() for r in rows)
        producers = lib.conn.execute("SELECT count(*) FROM producers").fetchone()[0]
        assert producers == (4 if count else 0)
        return count


@pytest.mark.parametrize(
    "until, hold, outcomes",
    [
        (None, None, (0,)),  # killed before it started
        ("photo 1/", None, (0,)),  # while the originals are being stored
        (f"photo {ROWS}/{ROWS}", None, (0, ROWS)),  # all stored; the transaction is next
        ("inside 20", 20, (0,)),  # half the rows written inside the one transaction
        (f"inside {ROWS}", ROWS, (0,)),  # the last product written, not yet committed
    ],
)
def test_killed_import_leaves_all_or_nothing(tmp_path: Path, sheet: Path, until, hold, outcomes):
    root = tmp_path / "library"
    open_library(root).close()
    printed = run_and_kill(root, sheet, until, hold)
    if until is not None:
        assert until in printed  # the kill came at that moment, not after a failure
    assert assert_consistent(root) in outcomes

    with open_library(root) as lib:  # a second run finishes the job
        report = import_spreadsheet(lib, sheet)
        assert report.applied and not report.errors
    assert assert_consistent(root) == ROWS
