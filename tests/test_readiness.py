"""Readiness per output: scores, missing required items, translations, photos, labels."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain import Producer, Product
from tenun_catalog.domain.readiness import (
    CHANNELS,
    MARKETPLACES,
    OUTPUTS,
    producer_readiness,
    product_readiness,
)


def _complete_tenun() -> Product:
    p = Product(
        sku="T-1",
        kind="tenun",
        name_id="Selendang",
        name_en="Shawl",
        story_id="Cerita",
        story_en="Story",
        price=450000,
        wholesale_price=400000,
        min_order=2,
        lead_time_days=30,
        stock=4,
        packaging="Kotak kertas",
    )
    p.tenun.origin_kabupaten = "sikka"
    p.tenun.techniques = ["ikat_lungsi"]
    return p


@pytest.mark.parametrize("output", ["exhibition", "submission", "web"])
def test_a_complete_product_is_ready(output):
    r = product_readiness(_complete_tenun(), output, photo_count=3, bilingual=True)
    assert r.score == 100 and r.missing == [] and r.ready


def test_missing_items_lower_the_score_and_name_the_field():
    p = _complete_tenun()
    p.price = None
    p.story_id = ""
    r = product_readiness(p, "exhibition", photo_count=0)
    assert {f.field for f in r.missing} == {"price", "story_id", "photos"}
    assert r.score == 100 * 4 // 7 and not r.ready
    assert all("pameran" in f.message_id and "exhibition" in f.message_en for f in r.missing)


def test_missing_translations_count_only_for_bilingual_outputs():
    p = _complete_tenun()
    p.name_en = p.story_en = ""
    assert product_readiness(p, "web", photo_count=1).ready
    r = product_readiness(p, "web", photo_count=1, bilingual=True)
    assert {f.field for f in r.missing} == {"name_en", "story_en"}


def test_submission_needs_three_photos():
    r = product_readiness(_complete_tenun(), "submission", photo_count=2)
    assert [f.field for f in r.missing] == ["photos"] and "3" in r.missing[0].message_id


def test_label_readiness_is_for_sei_and_includes_rule_errors():
    tenun = product_readiness(_complete_tenun(), "label")
    assert tenun.ready and tenun.score == 100
    sei = Product(
        sku="S-1", kind="sei", name_id="Sei Babi", brand="Sei Baun", packaging="Vakum", price=90000
    )
    sei.sei.meat = "babi"
    sei.sei.ingredients = ["daging babi", "garam"]
    sei.sei.net_weight_g = 250
    sei.sei.storage = "suhu_ruang"
    sei.sei.shelf_life_days = 30
    sei.sei.permit_kind = "pirt"
    sei.sei.permit_number = "2065371010099-29"
    sei.sei.halal_status = "bersertifikat"  # wrong for pork
    sei.sei.halal_number = "ID12345678901234"
    r = product_readiness(sei, "label")
    assert r.score == 100 and not r.ready
    assert {"pork_halal_status", "pork_halal_number"} <= {f.code for f in r.findings}


def test_producer_readiness_for_submission():
    p = Producer(name="Koperasi Lii Ndao", kabupaten="rote_ndao", whatsapp="081234567890")
    assert producer_readiness(p, "exhibition").ready
    r = producer_readiness(p, "submission")
    assert not r.ready and "nib" in {f.field for f in r.missing}
    assert 0 < r.score < 100


def test_check_for_an_output_from_the_command_line(filled, photo_files):
    ops.attach_photos(filled, "TNN-001", photo_files)
    results = ops.check(filled, output="exhibition")
    by_key = {(c.entity, c.key): c for c in results}
    assert by_key[("product", "SEI-001")].ready is False
    assert by_key[("product", "SEI-001")].score < 100
    root = str(filled.root)
    filled.close()
    for output in OUTPUTS:
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "tenun_catalog",
                "--library",
                root,
                "check",
                "--for",
                output,
                "--json",
            ],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0, r.stderr
        rows = json.loads(r.stdout)
        assert all(0 <= row["score"] <= 100 for row in rows)


# ---- sales channels ---------------------------------------------------------------------------


def _sellable() -> Product:
    p = _complete_tenun()
    p.packed_weight_g = 300
    return p


@pytest.mark.parametrize("channel", ["meta", "google", "shopee", "tokopedia"])
def test_a_product_with_a_large_photo_and_its_parcel_is_ready_for_every_channel(channel):
    producer = Producer(name="Kelompok Tenun Ina Ndao")
    r = product_readiness(_sellable(), channel, producer=producer, photo_count=1, main_photo_px=750)
    assert r.ready and r.score == 100


def test_channels_say_what_is_missing_for_each():
    p = _complete_tenun()  # no packed weight, no brand, no producer
    p.stock = None
    found = {}
    for channel in CHANNELS:
        r = product_readiness(p, channel, photo_count=1, main_photo_px=400)
        found[channel] = {f.code for f in r.missing}
    for channel in ("meta", "google"):
        assert found[channel] == {"missing_brand", "photo_too_small"}
    for channel in MARKETPLACES:
        assert found[channel] == {
            "missing_brand",
            "photo_too_small",
            "missing_packed_weight_g",
            "missing_stock",
        }
    r = product_readiness(p, "shopee", photo_count=0)
    assert "missing_photos" in {f.code for f in r.missing}
    message = next(f for f in r.missing if f.field == "packed_weight_g")
    assert "Shopee" in message.message_id and "Shopee" in message.message_en


def test_google_needs_an_id_of_at_most_50_characters():
    p = _sellable()
    p.sku = "T-" + "X" * 49
    p.brand = "Ina Ndao"
    assert product_readiness(p, "meta", photo_count=1).ready
    r = product_readiness(p, "google", photo_count=1)
    assert [f.code for f in r.missing] == ["sku_too_long_for_channel"]


def test_channels_are_kept_apart_from_the_catalog_outputs():
    assert not set(CHANNELS) & set(OUTPUTS)
    with pytest.raises(ValueError):
        product_readiness(_sellable(), "lazada")
