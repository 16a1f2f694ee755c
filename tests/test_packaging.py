"""Packaging plumbing: the wheel ships templates and assets, resources finds them, the system check.

The wheel test builds the project with `pip wheel` (hatchling from PyPI in an isolated build
environment), so it needs the package index the install itself needed; it takes a few seconds.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import tenun_catalog
from tenun_catalog import resources

REPO = Path(__file__).resolve().parents[1]
BUNDLED = ("templates", "assets")


def test_resources_use_the_checkout_folders_in_a_source_tree() -> None:
    package_dir = Path(tenun_catalog.__file__).resolve().parent
    if package_dir.parent != REPO or (package_dir / "templates").exists():
        pytest.skip("tenun_catalog is not imported from this checkout")
    assert resources.templates_dir() == REPO / "templates"
    assert resources.assets_dir() == REPO / "assets"


@pytest.mark.slow
def test_wheel_ships_templates_and_assets_inside_the_package(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check"]
        + ["-w", str(dist), str(REPO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    (wheel,) = dist.glob("tenun_catalog-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in BUNDLED:
        expected = {
            f"tenun_catalog/{folder}/{p.relative_to(REPO / folder).as_posix()}"
            for p in (REPO / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        assert expected, f"{folder}/ is empty: keep at least {folder}/.keep"
        assert expected <= names, sorted(expected - names)
    assert "tenun_catalog/resources.py" in names
    # the user guides and their screenshots, for Help in the app (offline)
    assert {"tenun_catalog/docs/guide.md", "tenun_catalog/docs/panduan.md"} <= names
    assert "tenun_catalog/docs/img/id/products.png" in names

    # Installed from the wheel, resources must point inside the installed package.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = "from tenun_catalog import resources as r; print(r.templates_dir(), r.assets_dir())"
    env = dict(os.environ, PYTHONPATH=str(site))
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == [str(site / "tenun_catalog" / f) for f in BUNDLED]


def _load_check_system():
    spec = importlib.util.spec_from_file_location("check_system", REPO / "scripts/check_system.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the system check is Linux only")
def test_system_check_names_the_package_of_a_missing_library() -> None:
    check = _load_check_system()
    cache = check.ldconfig_sonames()
    wanted = [
        ("libc.so.6", "libc6", "everything"),
        ("libtenun-does-not-exist.so.7", "libtenun7", "nobody"),
        ("libtenun-does-not-exist.so.8", "libtenun7", "nobody"),
    ]
    assert check.missing_packages(wanted, cache) == ["libtenun7"]
