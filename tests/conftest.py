"""Shared fixtures: a real library folder in tmp_path and small real photos made with Pillow."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The "last opened library" file (operations/library_choice) that `--library` and the app
# write goes to a throwaway folder, never the real user's config.
os.environ["TENUN_CATALOG_CONFIG_DIR"] = tempfile.mkdtemp(prefix="tenun-test-config-")

from tenun_catalog import operations as ops  # noqa: E402
from tenun_catalog.domain import Motif, Producer, Product  # noqa: E402
from tenun_catalog.images import synthetic  # noqa: E402


@pytest.fixture
def lib(tmp_path):
    library = ops.open_or_create(tmp_path / "library")
    yield library
    library.close()


@pytest.fixture
def photo_files(tmp_path) -> list[Path]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return [
        synthetic.make_ikat_photo(
            folder / f"IMG_{i:04d}.jpg", seed=i, size=(400, 300), orientation=6 if i % 2 else 1
        )
        for i in range(3)
    ]


@pytest.fixture
def filled(lib):
    """A small library: one producer, two motifs (one restricted), a tenun and a sei product."""
    producer = ops.add_producer(
        lib, Producer(name="Kelompok Tenun Ina Ndao", kabupaten="kota_kupang")
    ).after
    free = ops.add_motif(lib, Motif(name_id="Bunga Sepe", name_local="Hena Kapa")).after
    restricted = ops.add_motif(lib, Motif(name_id="Motif Raja", restriction="bangsawan")).after
    tenun = Product(
        sku="TNN-001",
        kind="tenun",
        producer_id=producer.id,
        name_id="Selendang Buna Insana",
        name_en="Buna shawl from Insana",
        story_id="Ditenun dengan teknik Songkét dan buna.",
        price=450000,
        motif_ids=[free.id, restricted.id],
    )
    tenun.tenun.origin_kabupaten = "ttu"
    tenun.tenun.techniques = ["buna"]
    ops.add_product(lib, tenun)
    sei = Product(
        sku="SEI-001", kind="sei", producer_id=producer.id, name_id="Sei Sapi Baun", price=120000
    )
    sei.sei.meat = "sapi"
    ops.add_product(lib, sei)
    return lib


def library_state(lib) -> tuple:
    """Row counts, files in photos/, and integrity: what 'unchanged' means in tests."""
    counts = tuple(
        lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("producers", "products", "motifs", "photos", "permits", "product_search")
    )
    files = tuple(sorted(p.name for p in lib.photos_dir.iterdir()))
    ok = lib.conn.execute("PRAGMA integrity_check").fetchone()[0]
    return counts, files, ok
