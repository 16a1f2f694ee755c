"""Layer rules of DESIGN.md, checked on the import statements of every tenun_catalog module.

Imports are read with `ast` (also those inside functions and literal `importlib.import_module`
calls), so a rule breaks even when the offending code path never runs in a test.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "tenun_catalog"

# (third-party top-level module, where it may be imported, as a path prefix under the package)
CONFINED = [
    ({"PySide6", "shiboken6"}, ("gui/",), "PySide6 only in tenun_catalog/gui/"),
    ({"PIL"}, ("images/", "images.py"), "Pillow only in tenun_catalog/images"),
    ({"jinja2", "weasyprint"}, ("render/",), "Jinja2/WeasyPrint only in tenun_catalog/render/"),
    ({"docx", "docxtpl"}, ("render/",), "python-docx only in tenun_catalog/render/"),
    ({"pypdfium2"}, ("images/",), "PDFium (rasterising) only in tenun_catalog/images/"),
]
STORE_MUST_NOT_IMPORT = ("operations", "cli", "gui", "render", "export")


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name, relative imports resolved
    line: int


def module_name(path: Path, package_dir: Path) -> str:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def collect_imports(path: Path, package_dir: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path, package_dir)
    # The package a relative import starts from: the module itself for an __init__.py.
    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + [node.module or ""])
                base = base.rstrip(".")
            else:
                base = node.module or ""
            for alias in node.names:
                # `from pkg import sub` imports the submodule pkg.sub when it is one.
                sub = f"{base}.{alias.name}"
                is_module = base.startswith(package_dir.name) and _exists(sub, package_dir)
                found.append(Import(sub if is_module else base, node.lineno))
        elif (
            isinstance(node, ast.Call)
            and _call_name(node.func) in ("importlib.import_module", "import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(Import(node.args[0].value, node.lineno))
    return found


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def _exists(dotted: str, package_dir: Path) -> bool:
    path = package_dir.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _subpackage(module: str, root: str) -> str | None:
    """'tenun_catalog.store.schema' -> 'store'; None outside the package or for the root."""
    parts = module.split(".")
    return parts[1] if parts[0] == root and len(parts) > 1 else None


def check_tree(package_dir: Path) -> list[str]:
    """Every broken layer rule and missing module docstring under package_dir, as file:line."""
    root = package_dir.name
    problems: list[str] = []
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir).as_posix()
        where = f"{root}/{rel}"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        if not (ast.get_docstring(tree) or "").strip():
            problems.append(f"{where}:1: no module docstring saying what it owns")
        layer = rel.split("/")[0].removesuffix(".py")
        for imp in collect_imports(path, package_dir):
            top = imp.module.split(".")[0]
            at = f"{where}:{imp.line}: imports {imp.module}"
            for modules, allowed, rule in CONFINED:
                if top in modules and not rel.startswith(allowed):
                    problems.append(f"{at} ({rule})")
            sub = _subpackage(imp.module, root)
            if layer == "domain":
                if top != root and top not in sys.stdlib_module_names:
                    problems.append(f"{at} (domain/ is stdlib only)")
                elif sub is not None and sub != "domain":
                    problems.append(f"{at} (domain/ imports no other tenun_catalog layer)")
            if layer == "cli" and sub == "gui":
                problems.append(f"{at} (cli.py and gui/ never import each other)")
            if layer == "gui" and sub == "cli":
                problems.append(f"{at} (cli.py and gui/ never import each other)")
            if layer == "store" and sub in STORE_MUST_NOT_IMPORT:
                problems.append(f"{at} (store/ sits below operations, front ends and outputs)")
    return problems


def test_package_keeps_its_layers() -> None:
    problems = check_tree(PACKAGE_DIR)
    assert not problems, "Layer rules broken (see DESIGN.md):\n" + "\n".join(problems)


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_checker_catches_violations(tmp_path: Path) -> None:
    pkg = tmp_path / "tenun_catalog"
    doc = '"""Owns something."""\n'
    for rel in ("__init__.py", "domain/__init__.py", "store/__init__.py", "gui/__init__.py"):
        _write(pkg, rel, doc)
    _write(pkg, "operations.py", doc)
    ok = "import dataclasses\nfrom . import ok\nfrom .. import __version__\n"
    _write(pkg, "domain/ok.py", doc + ok)
    _write(pkg, "domain/bad.py", doc + "import requests\nfrom .. import store\n")
    _write(pkg, "store/bad.py", doc + "def f():\n    from ..operations import g\n")
    _write(pkg, "render/bad.py", doc + "from PySide6.QtCore import QObject\nimport PIL.Image\n")
    _write(pkg, "images.py", doc + "from PIL import Image\n")
    _write(pkg, "cli.py", doc + "import importlib\nimportlib.import_module('tenun_catalog.gui')\n")
    _write(pkg, "gui/window.py", doc + "from PySide6 import QtWidgets\nfrom ..cli import main\n")
    _write(pkg, "export/pdf.py", "import weasyprint\n")

    problems = check_tree(pkg)
    expected = [
        "tenun_catalog/domain/bad.py:2: imports requests (domain/ is stdlib only)",
        "tenun_catalog/domain/bad.py:3: imports tenun_catalog.store (domain/ imports no other",
        "tenun_catalog/store/bad.py:3: imports tenun_catalog.operations (store/",
        "tenun_catalog/render/bad.py:2: imports PySide6.QtCore (PySide6 only",
        "tenun_catalog/render/bad.py:3: imports PIL.Image (Pillow only",
        "tenun_catalog/cli.py:3: imports tenun_catalog.gui (cli.py and gui/",
        "tenun_catalog/gui/window.py:3: imports tenun_catalog.cli (cli.py and gui/",
        "tenun_catalog/export/pdf.py:1: no module docstring",
        "tenun_catalog/export/pdf.py:1: imports weasyprint (Jinja2/WeasyPrint only",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected), problems
