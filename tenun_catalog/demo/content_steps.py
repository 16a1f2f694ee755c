"""Demo content: the production steps of the Rote Ndao and Sumba Timur cloths (issue 13), with
the plants of their natural dyes, so the GI description draft has something to describe.

Steps follow what is commonly published about ikat making in NTT (yarn, dyeing, tying the
motif, weaving, finishing, a check by the group); days are plausible demo values.
"""

from __future__ import annotations

from ..domain.entities import ProductionStep

MENGKUDU = "mengkudu (Morinda citrifolia)"
TARUM = "tarum (Indigofera tinctoria)"
LOBA = "loba (Symplocos sp.), mordan"
KEMIRI = "kemiri (Aleurites moluccanus)"


def _step(kind: str, text_id: str, text_en: str, days: int | None, *plants: str):
    return ProductionStep(
        product_id=0, kind=kind, description_id=text_id, description_en=text_en,
        plants=list(plants), days=days,
    )  # fmt: skip


def _rote(days_weaving: int) -> list[ProductionStep]:
    return [
        _step("benang", "Benang katun pabrik digulung dan direntang pada bingkai.",
              "Factory cotton yarn is wound and stretched on a frame.", 2),
        _step("pengikatan", "Motif belah ketupat diikat dengan tali gewang pada benang lungsi.",
              "The diamond lattice is tied into the warp with gebang palm strips.", 10),
        _step("pewarnaan",
              "Benang direndam dalam lumpur sawah dan ramuan daun tarum berulang kali sampai "
              "hitamnya pekat; bagian merah dicelup akar mengkudu dengan minyak kemiri.",
              "The yarn is soaked in paddy mud and indigo leaves again and again until its "
              "black is deep; the red parts are dyed with morinda root and candlenut oil.",
              21, TARUM, MENGKUDU, KEMIRI),
        _step("penenunan", "Ditenun dengan alat tenun gedogan (tenun ikat pinggang).",
              "Woven on a backstrap loom.", days_weaving),
        _step("pemeriksaan_mutu",
              "Ketua kelompok memeriksa ketajaman motif dan kerapatan tenunan.",
              "The group's head checks the sharpness of the motif and the density of the "
              "weave.", 1),
    ]  # fmt: skip


def _sumba(days_dyeing: int, days_weaving: int) -> list[ProductionStep]:
    return [
        _step("benang", "Kapas dipintal tangan menjadi benang.",
              "Cotton is hand-spun into yarn.", 30),
        _step("pengikatan", "Motif diikat pada benang lungsi dengan tali gewang.",
              "The motif is tied into the warp with gebang palm strips.", 20),
        _step("pewarnaan",
              "Biru dari daun tarum; merah kombu dari akar mengkudu yang diramu dengan daun "
              "loba, pencelupan diulang berminggu-minggu; benang lebih dahulu diminyaki kemiri.",
              "Blue from indigo leaves; kombu red from morinda root mixed with loba leaves, "
              "the dyeing repeated over weeks; the yarn is first oiled with candlenut.",
              days_dyeing, TARUM, MENGKUDU, LOBA, KEMIRI),
        _step("penenunan", "Ditenun pada alat tenun gedogan, dua lembar disambung.",
              "Woven on a backstrap loom; two panels are joined.", days_weaving),
        _step("penyelesaian", "Ujung kain dipilin menjadi rumbai.",
              "The ends are twisted into fringes.", 3),
    ]  # fmt: skip


def steps() -> list[tuple[str, ProductionStep]]:
    """(SKU, step) pairs in order; the product id is set when the demo is built."""
    plan = {
        "TN-RTN-001": _rote(40),
        "TN-RTN-002": _rote(14),
        "TN-STM-001": _sumba(60, 70),
        "TN-STM-002": _sumba(75, 90),
    }
    return [(sku, step) for sku, items in plan.items() for step in items]
