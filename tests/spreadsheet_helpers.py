"""Builders for the spreadsheet tests: libraries, photos and sheets on disk (no mocks)."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

from tenun_catalog.domain.entities import (
    Motif,
    Producer,
    Product,
    SeiDetail,
    TenunDetail,
    WeaverCredit,
)
from tenun_catalog.images.synthetic import make_ikat_photo
from tenun_catalog.operations import add_motif, add_producer, add_product, attach_photos
from tenun_catalog.store import Library, integrity_ok

SIZE = (400, 300)
TABLES = (
    "producers",
    "products",
    "tenun_details",
    "sei_details",
    "photos",
    "motifs",
    "product_motifs",
    "product_search",
)
MOTIFS = [
    Motif(name_id="Kaif", name_local="Hubi Ae", name_en="Kaif hook"),
    Motif(name_id="Pating Tanah", name_en="Earth pattern"),
    Motif(name_id="Sao Ria", kabupaten="ende"),
]


def photo(folder: Path, name: str, seed: int) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return make_ikat_photo(path, seed, size=SIZE, orientation=1)


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    newline: str = "\n",
) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def snapshot(lib: Library) -> dict[str, object]:
    """What a refused import must leave exactly as it was."""
    counts = {t: lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    rows = lib.conn.execute(
        "SELECT sku, price, name_id, updated_at FROM products ORDER BY sku"
    ).fetchall()
    return {
        "counts": counts,
        "products": [tuple(r) for r in rows],
        "photos_dir": sorted(p.name for p in lib.photos_dir.iterdir()),
        "integrity": integrity_ok(lib.conn),
    }


def add_motifs(lib: Library) -> None:
    for motif in MOTIFS:
        add_motif(lib, dataclasses.replace(motif))


def full_tenun(sku: str = "TN-001") -> Product:
    return Product(
        sku=sku,
        kind="tenun",
        name_id="Selendang Ikat Sabu",
        name_en="Sabu ikat shawl",
        description_id="Selendang tenun ikat lungsi, pewarna alam.\nDua baris.",
        description_en="Warp-ikat shawl, natural dyes.",
        story_id='Motif kaif dipakai keluarga Hubi Ae; "cerita" dari Ina, café Seba.',
        story_en="The kaif motif belongs to the Hubi Ae line, 100% hand-made.",
        brand="Ina Ndao",
        trademark_status="applied",
        trademark_number="DID2024000123",
        price=1_500_000,
        wholesale_price=1_250_000,
        min_order=2,
        lead_time_days=30,
        stock=4,
        packaging="Kotak karton, kertas minyak",
        tenun=TenunDetail(
            tenun_type="selendang",
            origin_kabupaten="sabu_raijua",
            suku="Sabu",
            techniques=["ikat_lungsi", "buna"],
            dyes=["tarum", "mengkudu"],
            dye_class="alam",
            yarn="pintal_tangan",
            length_cm=210.0,
            width_cm=52.5,
            weight_g=380.25,
            panel_count=2,
            days_to_make=45,
            weavers=[WeaverCredit("Maria Lobo", True), WeaverCredit("Yuliana Bire", False)],
            gi_claim="",
        ),
    )


def full_sei(sku: str = "SEI-001") -> Product:
    return Product(
        sku=sku,
        kind="sei",
        name_id="Sei Sapi Asap Kosambi",
        name_en="Kosambi-smoked beef",
        description_id="Daging sapi diasap kayu kosambi.",
        price=85_000,
        wholesale_price=80_000,  # above retail would be refused (issue 11)
        min_order=10,
        stock=0,
        packaging="Vakum",
        sei=SeiDetail(
            meat="sapi",
            ingredients=["daging sapi", "garam", "bawang putih"],
            main_ingredient_pct=92.5,
            smoking_wood="kosambi",
            net_weight_g=250.0,
            packaging_type="vakum",
            storage="beku",
            shelf_life_days=90,
            permit_kind="bpom_md",
            permit_number="MD224113001234",
            halal_status="bersertifikat",
            halal_number="ID35110000123450123",
            shared_facility_pork=True,
            shared_facility_statement="Diproduksi di fasilitas yang juga mengolah babi.",
            allergens="kedelai",
            nutrition_facts="Energi 250 kkal\nProtein 30 g",
        ),
    )


def rich_library(lib: Library, folder: Path) -> None:
    """Two producers, three motifs, a Tenun, a Sei and an 'other' product, with photos."""
    add_motifs(lib)
    group = add_producer(lib, Producer(name="Kelompok Tenun Ina Ndao")).after
    add_producer(lib, Producer(name="Koperasi Sei Baun"))
    tenun = full_tenun()
    tenun.producer_id = group.id
    tenun.motif_ids = [m.id for m in reversed(_motifs(lib))][:2]
    add_product(lib, tenun)
    sei = full_sei()
    sei.producer_id = lib.conn.execute(
        "SELECT id FROM producers WHERE name = 'Koperasi Sei Baun'"
    ).fetchone()[0]
    add_product(lib, sei)
    add_product(lib, Product(sku='LN/01:"a"', kind="other", name_id="Tas tenun", price=250_000))
    attach_photos(lib, "TN-001", [photo(folder, f"t{i}.jpg", i) for i in range(3)])
    attach_photos(lib, "SEI-001", [photo(folder, "s0.jpg", 10)])
    attach_photos(lib, 'LN/01:"a"', [photo(folder, "o0.jpg", 20), photo(folder, "o1.jpg", 21)])


def _motifs(lib: Library) -> list[Motif]:
    from tenun_catalog.operations import list_motifs

    return list_motifs(lib)
