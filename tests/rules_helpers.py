"""Builders for the validation-rule tests: clean entities that each test then spoils one way."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date

from tenun_catalog.domain.entities import (
    Motif,
    Permit,
    Producer,
    Product,
    SeiDetail,
    TenunDetail,
    WeaverCredit,
)
from tenun_catalog.domain.findings import Finding
from tenun_catalog.domain.rules import LabelBatch

TODAY = date(2025, 6, 1)  # before the halal deadline of 17 October 2026
PIRT_OK = "2065371010123-29"  # valid until 2029
HALAL_OK = "ID35110000123450123"


def producer(**changes: object) -> Producer:
    p = Producer(
        name="Koperasi Sei Baun",
        producer_type="koperasi",
        legal_form="koperasi",
        nib="8120001234567",
        npwp="0123456789120001",
        person_in_charge="Yohana Ndun",
        nik="5371014101800001",
        address="Jl. Timor Raya No. 12, Oesapa",
        kecamatan="Kelapa Lima",
        kabupaten="kota_kupang",
        phone="0380-821234",
        whatsapp="0812-3456-7890",
        email="seibaun@gmail.com",
        capacity_per_month=200,
        capacity_unit="kg",
        market_reach="nasional",
        members_count=12,
    )
    return dataclasses.replace(p, **changes)


def sei(**changes: object) -> Product:
    """A beef Sei with a P-IRT and a halal certificate: no findings at all."""
    detail = SeiDetail(
        meat="sapi",
        ingredients=["daging sapi", "garam", "bawang putih", "lada"],
        main_ingredient_pct=92.0,
        smoking_wood="kosambi",
        net_weight_g=250,
        packaging_type="vakum",
        storage="suhu_ruang",
        shelf_life_days=30,
        permit_kind="pirt",
        permit_number=PIRT_OK,
        halal_status="bersertifikat",
        halal_number=HALAL_OK,
    )
    detail = dataclasses.replace(detail, **changes)
    return Product(
        sku="SEI-001",
        kind="sei",
        name_id="Sei Sapi Asap Kosambi",
        name_en="Kosambi-smoked beef Sei",
        price=85000,
        wholesale_price=75000,
        min_order=10,
        sei=detail,
    )


def pork(**changes: object) -> Product:
    base: dict[str, object] = {"meat": "babi", "halal_status": "tidak_halal", "halal_number": ""}
    return sei(**{**base, **changes})


def tenun(**changes: object) -> Product:
    """A Sumba Timur hinggi: no findings at all."""
    detail = TenunDetail(
        tenun_type="selimut",
        origin_kabupaten="sumba_timur",
        suku="Sumba",
        techniques=["ikat_lungsi"],
        dyes=["tarum", "mengkudu"],
        dye_class="alam",
        yarn="pintal_tangan",
        length_cm=250,
        width_cm=120,
        weight_g=900,
        panel_count=2,
        days_to_make=120,
        weavers=[WeaverCredit("Rambu Hamu", consent=True)],
    )
    detail = dataclasses.replace(detail, **changes)
    return Product(
        sku="TNN-001",
        kind="tenun",
        name_id="Hinggi Kombu",
        price=3500000,
        wholesale_price=3000000,
        tenun=detail,
        motif_ids=[1],
    )


def motif(**changes: object) -> Motif:
    m = Motif(
        name_id="Kuda",
        id=1,
        name_local="Njara",
        kabupaten="sumba_timur",
        technique="ikat_lungsi",
        use_context="upacara",
        restriction="bebas",
        protection="none",
    )
    return dataclasses.replace(m, **changes)


def permit(**changes: object) -> Permit:
    p = Permit(kind="pirt", number=PIRT_OK, issued=date(2024, 3, 1), expires=date(2029, 3, 1))
    return dataclasses.replace(p, **changes)


def batch(**changes: object) -> LabelBatch:
    b = LabelBatch(
        production_date=date(2025, 5, 20), batch_code="B2505-01", best_before=date(2025, 6, 19)
    )
    return dataclasses.replace(b, **changes)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def only(findings: list[Finding], code: str) -> Finding:
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, findings
    return matching[0]


def field_exists(root: type, path: str) -> bool:
    """Walk a dotted finding path on the dataclasses; product findings may start at the
    producer ('producer.name') or the label batch ('label.best_before')."""
    parts = path.split(".")
    prefixes = {"producer": Producer, "label": LabelBatch}
    if root is Product and len(parts) > 1 and parts[0] in prefixes:
        root, parts = prefixes[parts[0]], parts[1:]
    cls = root
    for i, part in enumerate(parts):
        hints = typing.get_type_hints(cls)
        if part not in hints:
            return False
        if i < len(parts) - 1:
            options = [a for a in typing.get_args(hints[part]) if a is not type(None)]
            cls = options[0] if options else hints[part]
            if not dataclasses.is_dataclass(cls):
                return False
    return True
