"""Fuzzing the command line (issue 10): whatever a file holds, `main` answers 0 or 1 in time.

Random bytes and random CSV/XLSX sheets go to `import`, random bytes and random zip archives to
`restore`, random Jinja fragments (a user theme's page) to `render html`, all through
`tenun_catalog.cli.main` in this process with capsys. Each call fails the test when:
- an exception escapes `main` (main must return an int), or it exits with anything but 0/1;
- a traceback is printed, or --lang en prints the Indonesian "Galat:";
- it runs past CALL_LIMIT_S (a timer raises `Hang`, which `main` does not catch);
- a file appears or changes in the sandbox outside the places the command may write
  (the library, the output folder, the restore target, the fault log).
Bounded and reproducible: hypothesis runs derandomized, without its example database, with
max_examples per test chosen so that the whole file stays under a minute on 2 cores.
"""

from __future__ import annotations

import collections
import csv
import io
import itertools
import shutil
import signal
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as ILLEGAL

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain import Producer, Product
from tenun_catalog.operations import faults
from tenun_catalog.spreadsheet.columns import COLUMNS

CALL_LIMIT_S = 20  # one command on a tiny library; far more means a hang
FUZZ = settings(
    deadline=None,  # CALL_LIMIT_S is the time rule (a first render may import WeasyPrint)
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs POSIX timers"),
    pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning"),  # zips made on purpose
]


class Hang(BaseException):
    """Raised by the timer inside `main`; not an Exception, so `main` lets it through."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def expire(signum, frame):
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Sandbox:
    """One folder holding the library, the inputs, the outputs and the fault log."""

    def __init__(self, base: Path):
        self.base = base
        self.library = base / "library"
        self.inputs = base / "in"
        self.outputs = base / "out"
        self.restored = base / "restored"
        self.log = base / "log"
        self.counter = itertools.count()
        self.codes: collections.Counter[int] = collections.Counter()
        for folder in (self.inputs, self.outputs, self.restored):
            folder.mkdir(parents=True)
        lib = ops.open_or_create(self.library)
        try:
            producer = ops.add_producer(lib, Producer(name="KUB Fuzz", kabupaten="sikka")).after
            for i in range(3):
                kind = "sei" if i == 2 else "tenun"
                product = Product(sku=f"FZ-{i}", kind=kind, name_id=f"Kain {i}", price=99000)
                product.producer_id = producer.id
                if kind == "sei":
                    product.sei.meat = "sapi"
                ops.add_product(lib, product)
        finally:
            lib.close()
        self.database = (self.library / "catalog.sqlite3").read_bytes()

    def backup_members(self) -> dict[str, bytes]:
        """The members of a real backup of the sandbox library (made once)."""
        if not hasattr(self, "_backup"):
            lib = ops.open_or_create(self.library)
            try:
                result = ops.make_backup(lib, self.base / "real-backup.zip")
            finally:
                lib.close()
            with zipfile.ZipFile(result.path) as zipped:
                self._backup = {n: zipped.read(n) for n in zipped.namelist()}
        return self._backup

    def fresh(self, folder: Path, name: str) -> Path:
        return folder / f"{next(self.counter)}-{name}"

    def files(self, allowed: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
        found = {}
        for path in self.base.rglob("*"):
            if any(path == a or a in path.parents for a in allowed) or not path.is_file():
                continue
            stat = path.stat()
            found[str(path.relative_to(self.base))] = (stat.st_size, stat.st_mtime_ns)
        return found

    def run(self, capsys, args: list[str], *, lang: str, may_write: tuple[Path, ...]) -> int:
        allowed = (*may_write, self.log, self.inputs)
        before = self.files(allowed)
        capsys.readouterr()
        with time_limit(CALL_LIMIT_S):
            code = main(["--library", str(self.library), "--lang", lang, *args])
        err = capsys.readouterr().err
        assert type(code) is int and code in (0, 1), (code, err)
        assert "Traceback" not in err, err
        if lang == "en":
            assert "Galat:" not in err, err
        assert self.files(allowed) == before, "a file was written outside its place"
        log = self.log / faults.LOG_NAME
        if log.exists():  # an unexpected exception: main said so in one line, still a bug
            text = log.read_text(encoding="utf-8")
            log.unlink()
            pytest.fail(f"unexpected exception behind {err.strip()!r}:\n{text[-3000:]}")
        self.codes[code] += 1
        return code


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Sandbox:
    return Sandbox(tmp_path_factory.mktemp("fuzz"))


@pytest.fixture(autouse=True)
def _log_in_sandbox(sandbox: Sandbox, monkeypatch) -> None:
    monkeypatch.setenv(faults.LOG_ENV, str(sandbox.log))


LANGS = st.sampled_from(["id", "en"])
IMPORT_FLAGS = st.sampled_from([[], ["--dry-run"], ["--skip-invalid"], ["--json"]])


# ---- import ----------------------------------------------------------------------------------


@settings(FUZZ, max_examples=40)
@given(
    data=st.binary(max_size=4096),
    suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".txt", ".CSV", ""]),
    flags=IMPORT_FLAGS,
    lang=LANGS,
)
def test_import_random_bytes(sandbox: Sandbox, capsys, data, suffix, flags, lang) -> None:
    path = sandbox.fresh(sandbox.inputs, f"sheet{suffix}")
    path.write_bytes(data)
    sandbox.run(capsys, ["import", str(path), *flags], lang=lang, may_write=(sandbox.library,))


HEADERS = [c.key for c in COLUMNS] + ["", "Harga", "SKU ", "photos", "sku", "?"]
SKUS = st.one_of(
    st.sampled_from(["FZ-0", "FZ-2", "NEW-1", "new-1", "", " FZ-0 "]), st.text(max_size=12)
)
KINDS = st.one_of(st.sampled_from(["tenun", "sei", "other", "Tenun", ""]), st.text(max_size=6))
CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["tenun", "sei", "other", "-1", "1e400", "NaN", "=1+1", "0", "99999999999"]),
    st.sampled_from(["../../../etc/passwd", "/etc/hostname", "C:\\x.jpg", "a.jpg; b.jpg"]),
    st.integers(-(10**20), 10**20).map(str),
)


@settings(FUZZ, max_examples=40)
@given(
    header=st.lists(st.sampled_from(HEADERS), max_size=7, unique=True),
    rows=st.lists(st.tuples(SKUS, KINDS, st.lists(CELLS, max_size=8)), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    flags=IMPORT_FLAGS,
    lang=LANGS,
)
def test_import_random_csv(
    sandbox: Sandbox, capsys, header, rows, delimiter, encoding, flags, lang
) -> None:
    buffer = io.StringIO()
    table = [["sku", "kind", *header], *[[sku, kind, *cells] for sku, kind, cells in rows]]
    csv.writer(buffer, delimiter=delimiter).writerows(table)
    path = sandbox.fresh(sandbox.inputs, "sheet.csv")
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    sandbox.run(capsys, ["import", str(path), *flags], lang=lang, may_write=(sandbox.library,))


XLSX_CELLS = st.one_of(
    CELLS,
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(2**62), 2**62),
    st.dates(),
)


@settings(FUZZ, max_examples=20)
@given(
    header=st.lists(st.sampled_from(HEADERS), max_size=7, unique=True),
    rows=st.lists(st.tuples(SKUS, KINDS, st.lists(XLSX_CELLS, max_size=8)), max_size=5),
    title=st.text(min_size=1, max_size=31).filter(lambda t: not set(t) & set("[]:*?/\\'")),
    flags=IMPORT_FLAGS,
    lang=LANGS,
)
def test_import_random_xlsx(sandbox: Sandbox, capsys, header, rows, title, flags, lang) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    try:
        sheet.title = title
    except ValueError:
        pass
    table = [["sku", "kind", *header], *[[sku, kind, *cells] for sku, kind, cells in rows]]
    for row in table:  # control characters openpyxl itself refuses to write: dropped
        sheet.append([ILLEGAL.sub("", v) if isinstance(v, str) else v for v in row])
    path = sandbox.fresh(sandbox.inputs, "sheet.xlsx")
    try:
        book.save(path)
    except (ValueError, TypeError):  # illegal characters for XML: openpyxl refuses to save
        return
    sandbox.run(capsys, ["import", str(path), *flags], lang=lang, may_write=(sandbox.library,))


# ---- restore ---------------------------------------------------------------------------------


@settings(FUZZ, max_examples=25)
@given(data=st.binary(max_size=4096), lang=LANGS)
def test_restore_random_bytes(sandbox: Sandbox, capsys, data, lang) -> None:
    archive = sandbox.fresh(sandbox.inputs, "cadangan.zip")
    archive.write_bytes(data)
    target = sandbox.fresh(sandbox.restored, "library")
    sandbox.run(
        capsys, ["--library", str(target), "restore", str(archive)], lang=lang, may_write=(target,)
    )


PATCH = st.binary(min_size=1, max_size=4)
MEMBER_NAMES = st.one_of(
    st.sampled_from(
        [
            "catalog.sqlite3",
            "manifest.json",
            "photos/" + "a" * 64 + ".jpg",
            "photos/../../escaped.txt",
            "../escaped.txt",
            "/tmp/escaped-absolute.txt",
            "themes/x/theme.toml",
            "photos/",
            "cache/d/x.jpg",
        ]
    ),
    st.text(min_size=1, max_size=20),
)


@settings(FUZZ, max_examples=30)
@given(
    keep=st.lists(st.booleans(), min_size=8, max_size=8),
    flip=st.lists(
        st.tuples(st.integers(0, 7), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=4)),
        max_size=2,
    ),
    members=st.lists(
        st.tuples(MEMBER_NAMES, st.one_of(st.binary(max_size=512), st.just(b"DB"))), max_size=4
    ),
    lang=LANGS,
)
def test_restore_random_zip(sandbox: Sandbox, capsys, keep, flip, members, lang) -> None:
    """A real backup with members dropped, bytes overwritten and hostile members added."""
    real = sandbox.backup_members()
    names = sorted(real)
    archive = sandbox.fresh(sandbox.inputs, "cadangan.zip")
    with zipfile.ZipFile(archive, "w") as zipped:
        for index, name in enumerate(names):
            if index < len(keep) and not keep[index]:
                continue
            content = bytearray(real[name])
            for which, offset, patch in flip:
                if which == index and content:
                    at = offset % len(content)
                    content[at : at + len(patch)] = patch
            zipped.writestr(name, bytes(content))
        for name, content in members:
            zipped.writestr(name, sandbox.database if content == b"DB" else content)
    target = sandbox.fresh(sandbox.restored, "library")
    sandbox.run(
        capsys, ["--library", str(target), "restore", str(archive)], lang=lang, may_write=(target,)
    )


# ---- a user theme with random Jinja ----------------------------------------------------------

JINJA = [
    "{{ ", " }}", "{% ", " %}", "{# ", " #}", "for p in catalog.products", "endfor", "if ",
    "endif", "else", "catalog", "catalog.title", "product", "p.name", "labels", "loop.index",
    "|upper", "|e", "|safe", "|join(',')", "|length", "|rupiah", "(", ")", "[", "]", ".",
    "range(1000)", "'x' * 1000", "''.__class__", "self", "lipsum", "cycler", "namespace()",
    "{% include 'index.html' %}", "{% extends 'index.html' %}", "{% include '../../x' %}",
    "{% import 'macros.html' as m %}", "{% macro m() %}", "{% endmacro %}", "caller()",
    "{% set x = 1 %}", "{% raw %}", "{% endraw %}", "<script>", "\x00", "é", "\n",
]  # fmt: skip
SNIPPETS = st.lists(st.one_of(st.sampled_from(JINJA), st.text(max_size=8)), max_size=25)


@pytest.fixture(scope="module")
def user_theme(sandbox: Sandbox) -> Path:
    assert main(["--library", str(sandbox.library), "theme", "copy", "web", "fuzzweb"]) == 0
    return sandbox.library / "themes" / "fuzzweb"


@settings(FUZZ, max_examples=40)
@given(parts=SNIPPETS, page=st.sampled_from(["index.html", "product.html"]), lang=LANGS)
def test_render_with_random_theme_fragments(
    sandbox: Sandbox, user_theme: Path, capsys, parts, page, lang
) -> None:
    original = (user_theme / page).read_text(encoding="utf-8")
    try:
        (user_theme / page).write_text("".join(parts), encoding="utf-8", errors="surrogatepass")
        out = sandbox.fresh(sandbox.outputs, "web")
        args = ["render", "html", "--theme", "fuzzweb", "--out", str(out)]
        sandbox.run(capsys, args, lang=lang, may_write=(sandbox.library, out))
    finally:
        (user_theme / page).write_text(original, encoding="utf-8")
    shutil.rmtree(sandbox.outputs, ignore_errors=True)
    sandbox.outputs.mkdir(exist_ok=True)
