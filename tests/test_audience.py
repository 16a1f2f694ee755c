"""The audience view's rules, one by one, on a small real library (see test_audience_leak.py for
every output at once)."""

from __future__ import annotations

from datetime import date

from tenun_catalog import operations as ops
from tenun_catalog.domain.entities import WeaverCredit
from tenun_catalog.export import protocol
from tenun_catalog.export.audience import Selection, build_view


def _restricted(filled) -> None:
    raja = ops.get_motif(filled, "Motif Raja")
    ops.edit_motif(filled, raja.id, {"name_local": "Futus Raja", "revealing_words": ["mahkota"]})
    product = ops.get_product(filled, "TNN-001")
    tenun = product.tenun
    tenun.weavers = [WeaverCredit("Mama Sofia", False), WeaverCredit("Ina Lusi", True)]
    ops.edit_product(
        filled,
        "TNN-001",
        {
            "name_id": "Selendang Futus Raja",
            "story_id": "Motif mahkota ini milik raja. Ditenun oleh Mama Sofia.\n\n"
            "Benangnya dipintal tangan. Pewarnanya tarum!",
            "tenun": tenun,
        },
    )


def test_public_view_withholds_names_words_weavers_and_reports_why(filled) -> None:
    _restricted(filled)
    view = build_view(filled, Selection(skus=("TNN-001",)))
    item = view.product("TNN-001")
    assert item.product.name_id == "Tenun Timor Tengah Utara"  # generic: the name named it
    assert item.product.story_id == "Benangnya dipintal tangan. Pewarnanya tarum!"
    assert [w.name for w in item.product.tenun.weavers] == ["Ina Lusi"]
    assert [m.name_id for m in item.motifs] == ["Bunga Sepe"]
    assert item.withheld_motifs == ["Futus Raja"] == view.withheld_motifs
    kinds = {w.kind for w in view.withheld}
    assert {"motif", "weaver", "name", "text"} <= kinds
    assert all(w.reason("en") and w.reason("id") for w in view.withheld)
    assert view.producers[item.product.producer_id].nik == ""


def test_internal_view_shows_the_motif_marked_for_the_community(filled) -> None:
    _restricted(filled)
    view = build_view(filled, Selection(skus=("TNN-001",)), "internal")
    item = view.product("TNN-001")
    assert {m.name_id for m in item.motifs} == {"Bunga Sepe", "Motif Raja"}
    assert view.internal_only == ["Futus Raja"] and view.withheld_motifs == []
    assert "mahkota" in item.product.story_id
    assert [w.name for w in item.product.tenun.weavers] == ["Ina Lusi"]  # consent still rules


def test_permission_recorded_lets_the_motif_through(filled) -> None:
    _restricted(filled)
    raja = ops.get_motif(filled, "Motif Raja")
    ops.edit_motif(
        filled, raja.id, {"permission_by": "Usif Insana", "permission_date": date(2026, 2, 1)}
    )
    item = build_view(filled, Selection(skus=("TNN-001",))).product("TNN-001")
    assert item.product.name_id == "Selendang Futus Raja"
    assert "mahkota" in item.product.story_id and "Mama Sofia" not in item.product.story_id


def test_text_rules_keep_paragraphs_and_match_whole_words() -> None:
    text = "Kain patola. Kain lain.\n\nPatolanya? Tidak disebut."
    assert protocol.without(text, ["patola"]) == "Kain lain.\n\nPatolanya? Tidak disebut."
    assert protocol.masked("Motif Patola Ratu terbatas", ["patola ratu"], "(x)") == (
        "Motif (x) terbatas"
    )
    assert protocol.mentions("Ditenun oleh Naomi Ora.", ["Naomi Ora"])
    assert not protocol.mentions("Naomi Orange", ["Naomi Ora"])
