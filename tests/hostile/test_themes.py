"""Hostile user themes (issue 10, "Rendering"): a theme folder is user content, never trusted.

- a symlink inside a user theme (`secret.html -> /etc/passwd`, or a linked folder) and a `../`
  name cannot bring a file from outside the theme folders into the PDF or the web catalog;
- `range(10**9)`, a recursive macro or include, `"x" * 10**9`, a string doubled in a loop,
  huge widths and an endless loop all end in the usual "Kesalahan di tema '<tema>', <file>
  baris <n>" message, exit code 1, nothing written, with bounded memory and time;
- a theme that stays inside the bounds still renders.
Every case copies a bundled theme with the real `theme copy` command into a real library and
renders it with the real command line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain import Producer, Product
from tests.conftest import library_state

ROOT = Path(__file__).resolve().parents[2]
TRACEBACK = "Traceback (most recent call last)"
SECRET = "RAHASIA-7f3c1d-TIDAK-BOLEH-BOCOR"
PASSWD = Path("/etc/passwd")


@pytest.fixture
def library(tmp_path) -> Path:
    root = tmp_path / "library"
    with ops.opened(root) as lib:
        producer = ops.add_producer(
            lib, Producer(name="Kelompok Tenun Ina Ndao", kabupaten="kota_kupang",
                          whatsapp="081234567890"),
        ).after  # fmt: skip
        ops.add_product(
            lib, Product(sku="TNN-001", kind="tenun", producer_id=producer.id,
                         name_id="Selendang Buna", story_id="Ditenun dengan buna.", price=450_000),
        )  # fmt: skip
    return root


def _cli(capsys, root: Path, *args: str) -> tuple[int, str]:
    code = main(["--library", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.err


def _evil_theme(capsys, root: Path, source: str = "pameran", name: str = "evil") -> Path:
    code, err = _cli(capsys, root, "theme", "copy", source, name)
    assert code == 0, err
    return root / "themes" / name


def _prepend(template: Path, text: str) -> None:
    original = template.read_text(encoding="utf-8")
    if original.startswith("<!DOCTYPE html>"):
        template.write_text(
            original.replace("<!DOCTYPE html>", "<!DOCTYPE html>" + text, 1), encoding="utf-8"
        )
    else:
        template.write_text(text + original, encoding="utf-8")


def _state(root: Path) -> tuple:
    with ops.opened(root) as lib:
        return library_state(lib)


def _render_pdf(capsys, root: Path, out: Path, theme: str = "evil") -> tuple[int, str]:
    return _cli(capsys, root, "render", "pdf", "--theme", theme, "--out", str(out))


# ---- files from outside the theme -------------------------------------------------------------


def _plant_secrets(theme: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    (theme / "secret.html").symlink_to(secret)
    if PASSWD.is_file():
        (theme / "passwd.html").symlink_to(PASSWD)
    (theme / "linked").symlink_to(tmp_path, target_is_directory=True)


@pytest.mark.parametrize(
    "include",
    [
        '{% include "secret.html" %}',
        '{% include "linked/secret.txt" %}',
        '{% include "passwd.html" %}',
        '{% include "../../../secret.txt" %}',
        '{% include "evil/secret.html" %}',
    ],
)
def test_a_symlink_or_dotdot_cannot_bring_an_outside_file_into_the_pdf(
    capsys, library, tmp_path, include
) -> None:
    if "passwd" in include and not PASSWD.is_file():
        pytest.skip("no /etc/passwd here")
    theme = _evil_theme(capsys, library)
    _plant_secrets(theme, tmp_path)
    _prepend(theme / "catalog.html", include)
    before = _state(library)
    out = tmp_path / "katalog.pdf"

    code, err = _render_pdf(capsys, library, out)

    assert code == 1
    assert TRACEBACK not in err
    assert "Kesalahan di tema 'evil', catalog.html baris" in err
    assert "tidak ada di folder tema" in err
    assert SECRET not in err and "root:" not in err
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))
    assert _state(library) == before


def test_a_symlink_cannot_bring_an_outside_file_into_the_web_catalog(
    capsys, library, tmp_path
) -> None:
    theme = _evil_theme(capsys, library, "web", "evil-web")
    _plant_secrets(theme, tmp_path)
    _prepend(theme / "product.html", '{% include "secret.html" %}')
    out = tmp_path / "web"

    code, err = _cli(capsys, library, "render", "html", "--theme", "evil-web", "--out", str(out))

    assert code == 1
    assert "Kesalahan di tema 'evil-web', product.html baris" in err
    assert SECRET not in err
    assert not out.exists() or SECRET not in "".join(
        p.read_text(errors="replace") for p in out.rglob("*") if p.is_file()
    )


def test_symlinks_inside_the_theme_folders_still_work(capsys, library, tmp_path) -> None:
    theme = _evil_theme(capsys, library)
    (theme / "_words_link.html").symlink_to(theme / "_words.html")
    original = (theme / "catalog.html").read_text(encoding="utf-8")
    (theme / "catalog.html").write_text(
        original.replace('"_words.html"', '"_words_link.html"'), encoding="utf-8"
    )
    out = tmp_path / "katalog.pdf"
    code, err = _render_pdf(capsys, library, out)
    assert code == 0, err
    assert out.stat().st_size > 0


# ---- expensive templates ---------------------------------------------------------------------

HOSTILE = {
    "range": ("{% for i in range(10**9) %}{{ i }}{% endfor %}", "range() terlalu besar"),
    "nested-range": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "terlalu banyak perulangan range()",
    ),
    "recursive-macro": (
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        "panggilan makro bersarang terlalu dalam",
    ),
    "recursive-include": ('{% include "catalog.html" %}', "terlalu dalam"),
    "multiply": ('{{ "x" * 10**9 }}', "terlalu panjang"),
    "list-multiply": ("{{ ([1] * 10**9)|length }}", "terlalu panjang"),
    "power": ("{{ 7 ** (10**9) }}", "bilangan terlalu besar"),
    "doubling": (
        '{% set ns = namespace(s="x") %}{% for i in range(64) %}'
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
        "terlalu panjang",
    ),
    "set-block-doubling": (
        '{% set s = "xxxxxxxx" %}' + "{% set s %}{{ s }}{{ s }}{% endset %}" * 48,
        "terlalu panjang",
    ),
    "center": ('{{ "x"|center(10**9) }}', "lebar atau jumlah terlalu besar"),
    "percent-width": ('{{ "%1000000000s" % "x" }}', "lebar atau jumlah terlalu besar"),
    "format-width": ('{{ "{:>1000000000}".format("x") }}', "lebar atau jumlah terlalu besar"),
    "replace": ('{{ ("x" * 1000000)|replace("x", "x" * 1000000) }}', "terlalu panjang"),
    "lipsum": ("{{ lipsum(10**6) }}", "lipsum terlalu panjang"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_an_expensive_template_ends_in_a_theme_error(capsys, library, tmp_path, case) -> None:
    template, detail = HOSTILE[case]
    theme = _evil_theme(capsys, library)
    _prepend(theme / "catalog.html", template)
    before = _state(library)
    out = tmp_path / "katalog.pdf"
    started = time.perf_counter()

    code, err = _render_pdf(capsys, library, out)

    assert time.perf_counter() - started < 30
    assert code == 1
    assert TRACEBACK not in err
    assert "Kesalahan di tema 'evil', catalog.html" in err
    assert detail in err
    assert not out.exists()
    assert _state(library) == before


def test_theme_errors_are_in_english_too(capsys, library, tmp_path) -> None:
    theme = _evil_theme(capsys, library)
    _prepend(theme / "catalog.html", '{{ "x" * 10**9 }}')
    code, err = _cli(capsys, library, "--lang", "en", "render", "pdf", "--theme", "evil",
                     "--out", str(tmp_path / "k.pdf"))  # fmt: skip
    assert code == 1
    assert "Error in theme 'evil', catalog.html line 1: text or list too long" in err


def _child(root: Path, out: Path, setup: str = "", timeout: float = 120) -> tuple[int, str, float]:
    """`render pdf --theme evil` in its own process: its peak memory (MB) is measured alone."""
    # The child reports its own peak: VmHWM of its own memory map. (ru_maxrss would not do:
    # RUSAGE_CHILDREN counts every earlier child of the test session, and Linux carries the
    # forking parent's high-water mark into the child's RUSAGE_SELF across exec.)
    code = (
        "import atexit, re, sys\n"
        "def _peak():\n"
        "    status = open('/proc/self/status').read()\n"
        "    sys.stderr.write('\\nPEAK_KB=' + re.search(r'VmHWM:\\s+(\\d+)', status)[1] + '\\n')\n"
        "atexit.register(_peak)\n"
        f"{setup}\nfrom tenun_catalog.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--library", str(root), "render", "pdf", "--theme", "evil"]
        + ["--out", str(out)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    found = re.search(r"\nPEAK_KB=(\d+)\n", done.stderr)
    peak_kb = int(found.group(1)) if found else float("inf")
    err = done.stderr[: found.start()] if found else done.stderr
    return done.returncode, err, peak_kb / 1024


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="VmHWM in /proc/self/status is Linux"
)
def test_a_huge_string_is_refused_before_it_is_made(capsys, library, tmp_path) -> None:
    theme = _evil_theme(capsys, library)
    _prepend(theme / "catalog.html", '{% set big = "x" * 10**9 %}{{ big|length }}')
    out = tmp_path / "katalog.pdf"

    code, err, peak_mb = _child(library, out)

    assert code == 1
    assert "Kesalahan di tema 'evil', catalog.html baris" in err
    assert peak_mb < 600, f"peak memory {peak_mb:.0f} MB"
    assert not out.exists()


def test_an_endless_loop_stops_at_the_time_limit(capsys, library, tmp_path) -> None:
    theme = _evil_theme(capsys, library)
    _prepend(
        theme / "catalog.html",
        '{% for a in range(100000) %}{% for b in "y" * 4000000 %}{% endfor %}{% endfor %}',
    )
    out = tmp_path / "katalog.pdf"
    started = time.perf_counter()

    code, err, _ = _child(
        library, out, "from tenun_catalog.render import env\nenv.TEMPLATE_TIME_S = 3", timeout=60
    )

    assert time.perf_counter() - started < 30
    assert code == 1
    assert TRACEBACK not in err
    assert "Kesalahan di tema 'evil', catalog.html: tema berjalan lebih dari 3 detik" in err
    assert not out.exists()


def test_a_theme_within_the_bounds_still_renders(capsys, library, tmp_path) -> None:
    theme = _evil_theme(capsys, library)
    _prepend(
        theme / "catalog.html",
        '{% set n = namespace(s="") %}{% for i in range(2000) %}{% set n.s = n.s ~ i %}'
        '{% endfor %}<!-- {{ n.s|length }} {{ "{:,}".format(450000) }} {{ 450000|tojson }} '
        '{{ "%05d" % 42 }} {{ "ab" * 3 }} {{ ["a", "b"]|join(", ") }} {{ 2 ** 64 }} -->',
    )
    out = tmp_path / "katalog.pdf"
    code, err = _render_pdf(capsys, library, out)
    assert code == 0, err
    assert out.stat().st_size > 0


def test_static_files_and_fonts_of_a_web_theme_stay_inside(capsys, library, tmp_path) -> None:
    """theme.toml names files to copy into the web catalog: a symlinked catalog.css, a `../`
    font name or a path cannot copy an outside file, nor write outside the export."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    theme = _evil_theme(capsys, library, "web", "evil-static")
    (theme / "catalog.css").unlink()
    (theme / "catalog.css").symlink_to(secret)
    out = tmp_path / "web"
    code, err = _cli(capsys, library, "render", "html", "--theme", "evil-static", "--out", str(out))
    assert code == 0, err  # the link is passed over: the bundled catalog.css is used instead
    copied = (out / "assets" / "catalog.css").read_text(encoding="utf-8")
    assert SECRET not in copied and copied == (ROOT / "templates/web/catalog.css").read_text()
    toml = theme / "theme.toml"
    (theme / "catalog.css").unlink()
    (theme / "catalog.css").write_text("body{}", encoding="utf-8")
    for name in ("../../../../../../etc/passwd", str(secret), "../evil.css"):
        text = (ROOT / "templates" / "web" / "theme.toml").read_text(encoding="utf-8")
        toml.write_text(text.replace('"Inter-LICENSE.txt"', f'"{name}"'), encoding="utf-8")
        code, err = _cli(
            capsys, library, "render", "html", "--theme", "evil-static", "--out", str(out)
        )
        assert code == 1 and "bukan nama berkas biasa" in err and TRACEBACK not in err, name
        assert SECRET not in "".join(p.read_text(errors="replace") for p in out.rglob("*.*"))
        assert not (tmp_path / "evil.css").exists()


def test_theme_copy_keeps_a_symlink_a_symlink(capsys, library, tmp_path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text(SECRET, encoding="utf-8")
    theme = _evil_theme(capsys, library, "pameran", "received")
    (theme / "secret.html").symlink_to(secret)
    code, err = _cli(capsys, library, "theme", "copy", "received", "copied")
    assert code == 0, err
    copied = library / "themes" / "copied" / "secret.html"
    assert copied.is_symlink()  # not a real file holding the outside content
