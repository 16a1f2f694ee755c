"""Faults (issue 10): killed commands, full disks, closed pipes, unexpected errors, bad addresses.

- kill -9 of `import` or `render pdf` must not leave worker processes (nor the multiprocessing
  resource tracker) running: they are found in /proc and must be gone within 5 s;
- a full disk (a small tmpfs when this machine lets root mount one, else RLIMIT_FSIZE, where
  writes fail with EFBIG) gives one message in the chosen language saying so, and where;
- `--out` at a folder, `--json | head`, an unexpected exception: one line, never a traceback,
  the details of the unexpected one in the fault log;
- an exception in an app slot gives a dialog in the interface language, not a crash;
- a malformed `#` in the web catalog's address does not stop its script.
Everything runs on real parts: a real library in tmp_path, real photos, the real command line.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain import Producer, Product
from tenun_catalog.images import synthetic
from tenun_catalog.operations import faults

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_JS = ROOT / "templates" / "web" / "catalog.js"
NODE = shutil.which("node")
LINUX = sys.platform.startswith("linux")
TRACEBACK = "Traceback (most recent call last)"


# ---- helpers ---------------------------------------------------------------------------------


def state(root: Path) -> tuple:
    """Row counts, photo files and integrity of the library at `root`: what 'unchanged' means."""
    lib = ops.open_or_create(root, create=False)
    try:
        counts = tuple(
            lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("producers", "products", "motifs", "photos", "permits", "product_search")
        )
        files = tuple(sorted(p.name for p in lib.photos_dir.iterdir()))
        ok = lib.conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        lib.close()
    return counts, files, ok


def make_products(root: Path, count: int, story_words: int = 20) -> None:
    lib = ops.open_or_create(root)
    try:
        producer = ops.add_producer(lib, Producer(name="KUB Ina Ndao", kabupaten="kota_kupang"))
        for i in range(count):
            product = Product(
                sku=f"TNN-{i:04d}",
                kind="tenun",
                producer_id=producer.after.id,
                name_id=f"Selendang {i}",
                story_id=" ".join(["Ditenun dengan tangan di Insana."] * story_words),
                price=150000 + i,
            )
            ops.add_product(lib, product)
    finally:
        lib.close()


def write_sheet(path: Path, rows: int, *, story_chars: int = 900, photos: list[Path] = ()) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "kind", "name_id", "price", "story_id", "photos"])
        for i in range(rows):
            photo = str(photos[i]) if i < len(photos) else ""
            story = ("Kain tenun ikat dari Insana. " * (story_chars // 29 + 1))[:story_chars]
            writer.writerow([f"IMP-{i:05d}", "tenun", f"Kain {i}", "150000", story, photo])
    return path


def cli(*args: str, env: dict | None = None, timeout: float = 300, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tenun_catalog.cli", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        **kw,
    )


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent pid, state, start time) of a live process, None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0], fields[19]


def descendants(pid: int) -> dict[int, str]:
    """pid -> start time of every process below `pid` (read from /proc; psutil is not here)."""
    parents: dict[int, tuple[int, str]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            info = _stat(int(entry.name))
            if info is not None and info[1] != "Z":
                parents[int(entry.name)] = (info[0], info[2])
    found: dict[int, str] = {}
    frontier = [pid]
    while frontier:
        current = frontier.pop()
        for child, (parent, started) in parents.items():
            if parent == current and child not in found:
                found[child] = started
                frontier.append(child)
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def survivors(processes: dict[int, str]) -> list[str]:
    alive = []
    for pid, started in processes.items():
        info = _stat(pid)
        if info is not None and info[1] != "Z" and info[2] == started:
            cmdline = _cmdline(pid).replace(b"\0", b" ")[:120].decode(errors="replace")
            alive.append(f"{pid}: {cmdline}")
    return alive


def kill_when_busy(
    process: subprocess.Popen, workers: int, settle: float, how: int | None = signal.SIGKILL
) -> dict[int, str]:
    """Wait until `process` has `workers` spawned workers besides the resource tracker, let
    them work `settle` seconds, send `how` (kill -9; None: nothing) to the process; returns
    the processes it had started."""
    deadline = time.monotonic() + 120
    seen: dict[int, str] = {}
    while time.monotonic() < deadline and process.poll() is None:
        seen.update(descendants(process.pid))
        spawned = [p for p in seen if b"spawn_main" in _cmdline(p)]
        if len(spawned) >= workers:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the command ended before its workers were seen"
    time.sleep(settle)
    seen.update(descendants(process.pid))
    if how is not None:
        os.kill(process.pid, how)
        process.wait()
    return seen


def wait_all_gone(processes: dict[int, str], seconds: float = 5.0) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not survivors(processes):
            return []
        time.sleep(0.1)
    left = survivors(processes)
    for pid in processes:  # never leave them behind for the next test
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return left


@pytest.fixture
def log_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "log"
    monkeypatch.setenv(faults.LOG_ENV, str(folder))
    return folder


# ---- 1. kill -9 leaves no process behind -----------------------------------------------------


@pytest.mark.skipif(not LINUX, reason="reads /proc to find the processes")
def test_killed_import_leaves_no_worker_alive(tmp_path: Path) -> None:
    root = tmp_path / "library"
    make_products(root, 1)
    before = state(root)
    photos = [
        synthetic.make_ikat_photo(tmp_path / "in" / f"p{i}.jpg", i, size=(1800, 1350))
        for i in range(12)
    ]
    sheet = write_sheet(tmp_path / "sheet.csv", 12, photos=photos)
    process = cli("--library", str(root), "import", str(sheet), stderr=subprocess.DEVNULL)
    started = kill_when_busy(process, workers=2, settle=0.3)
    assert len(started) >= 3  # the resource tracker and two photo workers at least
    assert wait_all_gone(started) == []
    after = state(root)
    assert after[0] == before[0] and after[2] == "ok"  # no row of the killed import


@pytest.mark.skipif(not LINUX, reason="reads /proc to find the processes")
def test_killed_pdf_render_leaves_no_render_process_alive(tmp_path: Path) -> None:
    from tenun_catalog.export.pdf import SUBPROCESS_PRODUCTS

    root = tmp_path / "library"
    make_products(root, SUBPROCESS_PRODUCTS + 20, story_words=40)  # rendered in a subprocess
    before = state(root)
    out = tmp_path / "out" / "katalog.pdf"
    out.parent.mkdir()
    process = cli(
        "--library", str(root), "render", "pdf", "--out", str(out), stderr=subprocess.DEVNULL
    )
    started = kill_when_busy(process, workers=1, settle=1.5)  # importing WeasyPrint, laying out
    assert wait_all_gone(started) == []
    assert state(root) == before
    assert not out.exists()


@pytest.mark.skipif(not LINUX, reason="reads /proc to find the processes")
def test_ctrl_c_during_import_is_one_word_and_quick(tmp_path: Path) -> None:
    """The terminal sends SIGINT to the whole process group: workers must not print tracebacks,
    and the parent must not wait for the whole queue of photos."""
    root = tmp_path / "library"
    make_products(root, 1)
    before = state(root)
    photos = [
        synthetic.make_ikat_photo(tmp_path / "in" / f"p{i}.jpg", i, size=(1800, 1350))
        for i in range(24)
    ]
    sheet = write_sheet(tmp_path / "sheet.csv", 24, photos=photos)
    process = cli(
        "--library", str(root), "--lang", "en", "import", str(sheet),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    started = kill_when_busy(process, workers=2, settle=0.3, how=None)
    pressed = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert time.monotonic() - pressed < 10
    assert process.returncode == 130, err
    assert err.decode() == "Cancelled.\n"
    assert wait_all_gone(started) == []
    assert state(root)[0] == before[0]


# ---- 2. a full disk --------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 24 MB tmpfs at tmp_path/disk (root only; skipped where mount is not permitted)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not LINUX or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk)], capture_output=True
    )
    if run.returncode != 0:
        pytest.skip(f"mount is not permitted here: {run.stderr.decode(errors='replace')}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def fill(disk: Path, leave_kb: int) -> Path:
    """Fill `disk` until about `leave_kb` KB are free; returns the filler file."""
    filler = disk / "filler.bin"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as handle:
        handle.truncate(0)
        chunk = b"\0" * (1 << 20)
        remaining = max(0, free - leave_kb * 1024)
        while remaining > 0:
            handle.write(chunk[: min(len(chunk), remaining)])
            remaining -= len(chunk)
    return filler


def assert_disk_full(err: str, lang: str, where: Path) -> None:
    assert TRACEBACK not in err and "rollback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    if lang == "en":
        assert lines[0].startswith("Error: The disk is full"), err
        assert "Disk penuh" not in err
    else:
        assert lines[0].startswith("Galat: Disk penuh"), err
    assert str(where) in lines[0], err


@pytest.mark.parametrize("lang", ["en", "id"])
def test_import_on_a_full_disk_says_so_and_changes_nothing(
    small_disk: Path, tmp_path: Path, capsys, lang: str
) -> None:
    root = small_disk / "library"
    make_products(root, 3)
    before = state(root)
    sheet = write_sheet(tmp_path / "big.csv", 3000, story_chars=900)  # about 3 MB of rows
    fill(small_disk, leave_kb=1200)
    capsys.readouterr()

    code = main(["--library", str(root), "--lang", lang, "import", str(sheet)])

    err = capsys.readouterr().err
    assert code == 1
    assert_disk_full(err, lang, root)
    (small_disk / "filler.bin").unlink()
    assert state(root) == before


def test_render_html_on_a_full_disk_says_so_in_english(
    small_disk: Path, tmp_path: Path, capsys
) -> None:
    root = tmp_path / "library"
    make_products(root, 2)
    lib = ops.open_or_create(root)
    try:
        files = [
            synthetic.make_ikat_photo(tmp_path / "in" / f"p{i}.jpg", i, size=(1600, 1200))
            for i in range(3)
        ]
        ops.attach_photos(lib, "TNN-0000", files)
    finally:
        lib.close()
    before = state(root)
    out = small_disk / "web"
    fill(small_disk, leave_kb=64)
    capsys.readouterr()

    code = main(["--library", str(root), "--lang", "en", "render", "html", "--out", str(out)])

    err = capsys.readouterr().err
    assert code == 1
    assert_disk_full(err, "en", small_disk)
    assert state(root) == before
    assert not out.exists()
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]  # nothing half-written


def test_pdf_render_process_on_a_full_disk_says_so(small_disk: Path, tmp_path: Path) -> None:
    from tenun_catalog.domain.errors import UserError
    from tenun_catalog.export.pdf import render_pdf

    root = tmp_path / "library"
    make_products(root, 2)
    before = state(root)
    fill(small_disk, leave_kb=16)
    lib = ops.open_or_create(root)
    try:
        with pytest.raises(UserError) as raised:
            render_pdf(lib, small_disk / "katalog.pdf", subprocess=True)
    finally:
        lib.close()
    assert raised.value.message("en").startswith("The disk is full"), raised.value.message("en")
    assert raised.value.message("id").startswith("Disk penuh")
    assert state(root) == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]


FSIZE_RUNNER = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from tenun_catalog.cli import main
code = main(sys.argv[2:])
sys.stdout.flush()
sys.exit(code)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="RLIMIT_FSIZE is POSIX")
def test_render_html_past_the_file_size_limit_says_disk_full_in_english(tmp_path: Path) -> None:
    root = tmp_path / "library"
    make_products(root, 2)
    lib = ops.open_or_create(root)
    try:
        files = [
            synthetic.make_ikat_photo(tmp_path / "in" / f"p{i}.jpg", i, size=(1600, 1200))
            for i in range(2)
        ]
        ops.attach_photos(lib, "TNN-0000", files)
    finally:
        lib.close()
    before = state(root)
    out = tmp_path / "web"
    run = subprocess.run(
        [sys.executable, "-c", FSIZE_RUNNER, "60000", "--library", str(root), "--lang", "en",
         "render", "html", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert TRACEBACK not in run.stderr
    assert run.stderr.startswith("Error: The disk is full"), run.stderr
    assert "Foto" not in run.stderr and "tidak" not in run.stderr  # English only
    assert len(run.stderr.strip().splitlines()) == 1
    assert state(root) == before
    assert not out.exists()


# ---- 3. --out at a folder, closed pipes, unexpected errors -----------------------------------


def test_render_pdf_out_at_an_existing_folder_is_one_message(
    filled, tmp_path: Path, capsys
) -> None:
    root = filled.root
    before = state(root)
    folder = tmp_path / "hasil"
    folder.mkdir()
    capsys.readouterr()

    code = main(["--library", str(root), "--lang", "en", "render", "pdf", "--out", str(folder)])

    err = capsys.readouterr().err
    assert code == 1
    assert TRACEBACK not in err
    assert err.strip() == (
        f"Error: {folder} is a folder, not a file. Give a file name, for example "
        f"{folder}{os.sep}katalog.pdf."
    )
    assert list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert state(root) == before


def test_json_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    root = tmp_path / "library"
    make_products(root, 200)
    process = cli(
        "--library", str(root), "--lang", "en", "product", "list", "--json",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    process.stdout.close()  # the reader went away, as `| head -0` does
    err = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert code == 141, err
    assert err == ""


def test_an_unexpected_error_is_one_line_and_a_log_entry(
    filled, log_dir: Path, monkeypatch, capsys
) -> None:
    def broken(lib):
        raise RuntimeError("kaputt: the summary query met a bug")

    monkeypatch.setattr(ops, "summary", broken)  # injects a bug into an operation: the fault
    for lang, words in (("en", "Unexpected error (RuntimeError)"), ("id", "tak terduga")):
        capsys.readouterr()
        code = main(["--library", str(filled.root), "--lang", lang, "info"])
        captured = capsys.readouterr()
        assert code == 1
        assert captured.out == ""
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], captured.err
        assert TRACEBACK not in captured.err and "kaputt" not in captured.err
        log = log_dir / faults.LOG_NAME
        assert str(log) in lines[0]
    text = log.read_text(encoding="utf-8")
    assert text.count(TRACEBACK) == 2 and "kaputt: the summary query met a bug" in text


def test_the_fault_log_stays_bounded(log_dir: Path) -> None:
    error = RuntimeError("x" * 50_000)
    for _ in range(80):
        assert faults.log_fault(error) is not None
    files = sorted(log_dir.iterdir())
    assert [p.name for p in files] == [faults.LOG_NAME, faults.LOG_NAME + ".1"]
    assert all(p.stat().st_size <= faults.LOG_MAX_BYTES + 2 * faults.ENTRY_MAX_CHARS for p in files)


def test_out_below_a_file_names_the_problem(filled, tmp_path: Path, capsys) -> None:
    a_file = tmp_path / "laporan.txt"
    a_file.write_text("not a folder")
    capsys.readouterr()
    out = a_file / "web"
    code = main(
        ["--library", str(filled.root), "--lang", "en", "render", "html", "--out", str(out)]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert TRACEBACK not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("Error: ") and "laporan.txt" in err
    assert a_file.read_text() == "not a folder"


# ---- 3b. the app: an exception in a slot gives a dialog --------------------------------------


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_exception_in_a_slot_gives_a_dialog_not_a_crash(qtbot, log_dir, lang) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from tenun_catalog.gui import i18n
    from tenun_catalog.gui.fault_dialog import FaultDialog

    i18n.set_language(lang)
    button = QPushButton("go")
    qtbot.addWidget(button)

    def slot() -> None:
        raise ValueError("a bug in a slot")

    button.clicked.connect(slot)
    dialog = FaultDialog(button)
    dialog.install()
    try:
        QTimer.singleShot(0, button.click)
        qtbot.waitUntil(lambda: dialog.box is not None and dialog.box.isVisible(), timeout=5000)
        text = dialog.box.text()
        word = "tak terduga" if lang == "id" else "Unexpected error"
        assert word in text and str(log_dir / faults.LOG_NAME) in text
        QTimer.singleShot(0, button.click)  # a second fault while the dialog is open: logged only
        qtbot.wait(100)
        assert dialog.shown == 1
        dialog.box.accept()
        qtbot.waitUntil(lambda: dialog.box is None, timeout=5000)
    finally:
        dialog.uninstall()
        i18n.set_language("id")
    assert (log_dir / faults.LOG_NAME).read_text().count("ValueError: a bug in a slot") == 2


# ---- 4. a malformed # in the web catalog's address -------------------------------------------

HASHES = [
    "#%E0%A4%A",
    "#kind=%ZZ",
    "#q=%E0%A4%A&kind=sei",
    "#constructor=x",
    "#__proto__=x",
    "#q=" + "%" * 5000,
    "#" + "kind=tenun&" * 5000,
]


@pytest.mark.skipif(NODE is None, reason="node is not installed: cannot run catalog.js")
def test_a_malformed_hash_does_not_stop_the_script() -> None:
    script = """
const api = require(JS_PATH);
const item = api.itemFrom({kind: "sei", kabupaten: "ttu", technique: "", price: "1000"});
const out = JSON.parse(process.argv[1]).map((h) => {
  const state = api.parseHash(h);
  return [api.formatHash(state), api.matches(item, state)];
});
process.stdout.write(JSON.stringify(out));
""".replace("JS_PATH", json.dumps(str(TEMPLATE_JS)))
    run = subprocess.run(
        [NODE, "-e", script, json.dumps(HASHES)], capture_output=True, text=True, timeout=30
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [
        ["", True],
        ["", True],
        ["#kind=sei", True],  # the bad part is skipped, the rest still applies
        ["", True],
        ["", True],
        ["", True],
        ["", True],  # longer than the limit: ignored as a whole
    ]


def test_a_malformed_hash_in_a_browser(tmp_path: Path) -> None:
    import re

    from tests.html_helpers import CHROMIUM, dump_dom, make_library, need

    need(CHROMIUM, "chromium is not installed: cannot run the page")
    from tenun_catalog.export.html import render_html

    lib = ops.open_or_create(tmp_path / "library")
    try:
        make_library(lib, tmp_path / "incoming", extra_products=2)
        render_html(lib, tmp_path / "katalog")
    finally:
        lib.close()
    index = tmp_path / "katalog" / "index.html"
    dom = dump_dom(index.as_uri() + "#q=%E0%A4%A&kind=sei")
    assert 'class="js"' in dom
    cards = re.findall(r'<li class="card"[^>]*>', dom)
    shown = [c for c in cards if " hidden" not in c]
    assert len(shown) == 1 and 'data-kind="sei"' in shown[0]
