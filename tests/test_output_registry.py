"""The output registry and the one door out.

- No module under export/ other than the audience view reads products, motifs or photos from
  the library (checked on the source with `ast`, so a path no test runs still counts).
- An output registered at runtime shows up in the CLI's help and in the app's export menu, and
  runs through both, with no other code change.
- Names made from SKUs (pages, QR targets, files) are unique, deterministic and Windows-safe.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tenun_catalog import cli
from tenun_catalog import operations as ops
from tenun_catalog.domain.entities import Product
from tenun_catalog.export import names, outputs
from tenun_catalog.export.audience import Selection, build_view
from tenun_catalog.export.hang_tags import TagBuilder
from tenun_catalog.export.result import OutputResult
from tenun_catalog.render.context import Bi

EXPORT_DIR = Path(__file__).resolve().parents[1] / "tenun_catalog" / "export"
# The audience view: audience.py, and its part for documents about motifs (the GI draft, the
# motif book), which reads through audience.build_view and the same redactor.
VIEW_MODULES = {"audience.py", "audience_motifs.py"}
# Operations that read products, motifs or photos (or the raw connection) for an output.
FORBIDDEN = {
    "list_products",
    "get_product",
    "get_product_by_id",
    "search_products",
    "motifs_of",
    "list_motifs",
    "get_motif",
    "list_photos",
    "get_photo",
    "list_producers",
    "get_producer",
    "list_permits",
}


def forbidden_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and (node.attr in FORBIDDEN or node.attr == "conn"):
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        if isinstance(node, ast.ImportFrom) and node.module and "operations" in node.module:
            found += [
                f"{path.name}:{node.lineno} import {a.name}"
                for a in node.names
                if a.name in FORBIDDEN
            ]
        if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("store"):
            found += [
                f"{path.name}:{node.lineno} import {a.name}"
                for a in node.names
                if a.name != "Library"
            ]
    return found


def test_only_the_audience_view_reads_products_motifs_and_photos() -> None:
    offenders = [
        hit
        for path in sorted(EXPORT_DIR.glob("*.py"))
        if path.name not in VIEW_MODULES
        for hit in forbidden_calls(path)
    ]
    assert offenders == []


def test_the_rule_catches_a_module_that_reads_on_its_own(tmp_path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "from .. import operations as ops\n"
        "def run(lib):\n"
        "    return [ops.list_photos(lib, s.sku) for s in ops.list_products(lib)]\n",
        encoding="utf-8",
    )
    assert len(forbidden_calls(sneaky)) == 2


@pytest.fixture
def throwaway(tmp_path):
    """An output registered at runtime: a text file listing the view's product names."""

    def run(lib, selection, out, options, progress, cancelled) -> OutputResult:
        view = build_view(lib, selection)
        lines = [f"{options['prefix']}{p.product.name_id}" for p in view.products]
        out.write_text("\n".join(lines), encoding="utf-8")
        return OutputResult(out, 1, len(lines), withheld=view.withheld_motifs)

    spec = outputs.register(
        outputs.OutputSpec(
            key="daftar-nama",
            label_id="Daftar nama produk",
            label_en="Product name list",
            writes="file",
            suffix=".txt",
            run=run,
            options=(outputs.OptionSpec("prefix", "--prefix", "awalan", "prefix", default="- "),),
        )
    )
    yield spec
    outputs.unregister(spec.key)


def test_a_runtime_output_appears_in_the_cli_and_runs(throwaway, filled, tmp_path, capsys):
    parser = cli.build_parser()
    render = next(
        a for a in parser._subparsers._group_actions[0].choices.items() if a[0] == "render"
    )[1]
    assert "daftar-nama" in render.format_help()
    out = tmp_path / "nama.txt"
    code = cli.main(
        [
            "--library",
            str(filled.root),
            "render",
            "daftar-nama",
            "--out",
            str(out),
            "--prefix",
            "* ",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_text(encoding="utf-8").startswith("* ")
    assert "Daftar nama produk dibuat" in capsys.readouterr().out


def test_every_registered_output_is_documented_in_the_cli_help() -> None:
    parser = cli.build_parser()
    groups = parser._subparsers._group_actions[0].choices
    for spec in outputs.registered():
        help_text = groups[spec.command].format_help()
        assert spec.key in help_text and spec.label_en in help_text


def test_sku_names_are_unique_windows_safe_and_stable() -> None:
    skus = ["TN-001", "TN_001", "TN 001", "tn-001x", "A/B", "A_B", "A:B", "CON", "com1", "x" * 300]
    pages = [names.sku_slug(s) for s in skus]
    files = [names.file_stem(s) for s in skus]
    assert len(set(pages)) == len(skus) and len(set(f.casefold() for f in files)) == len(skus)
    assert names.sku_slug("TN-001") == "tn-001" and names.file_stem("A_B") == "A_B"
    for made in pages + files:
        assert len(made) <= names.MAX_STEM and not set(made) & set('<>:"/\\|?*')
        assert made.split(".")[0].casefold() not in {"con", "com1", "nul", "prn", "aux"}
    assert names.page_url("https://k.example/", "TN_001") == (
        f"https://k.example/produk/{names.sku_slug('TN_001')}.html"
    )
    assert [names.sku_slug(s) for s in skus] == pages  # the same every time


def test_hang_tag_qr_targets_open_pages_the_web_catalog_wrote(filled, tmp_path) -> None:
    ops.edit_product(filled, "TNN-001", {"sku": "TNN_001"})
    tenun = Product(sku="TNN 001", kind="tenun", name_id="Selimut", price=900000)
    ops.add_product(filled, tenun)  # slugs like TNN_001: both need their own page
    base = "https://k.example/"
    site = tmp_path / "web"
    outputs.run("html", filled, Selection(), site, {"base_url": base})
    view = build_view(filled, Selection())
    builder = TagBuilder("id", "page", base)
    targets = []
    for item in view.products:
        if item.product.kind != "tenun":
            continue
        url, _ = builder._qr(item.product, item.producer, Bi(item.product.name_id))
        assert url.startswith(base)
        page = site / url.removeprefix(base)
        assert page.is_file() and item.sku in page.read_text(encoding="utf-8")
        targets.append(url)
    assert len(set(targets)) == 2
