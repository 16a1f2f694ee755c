"""The demo library (tenun_catalog.demo): curated content that is correct data, real photos
through the real ingest, deliberate gaps, determinism, and fast synthetic products."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from tenun_catalog import operations as ops
from tenun_catalog.demo import DELIBERATE, DemoResult, build_demo
from tenun_catalog.demo import build as demo_build
from tenun_catalog.domain import numbers, vocab
from tenun_catalog.domain.entities import Product, ProductQuery
from tenun_catalog.domain.errors import UserError
from tenun_catalog.store import Library

SMALL = (400, 300)
PRICE_RANGES = {
    "selendang": (250_000, 750_000),
    "sarung": (750_000, 3_000_000),
    "selimut": (2_000_000, 7_500_000),
    "selempang": (100_000, 400_000),
    "destar": (100_000, 400_000),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, DemoResult, list]:
    lib = ops.open_or_create(tmp_path_factory.mktemp("demo") / "library")
    calls: list[tuple[int, int]] = []
    result = build_demo(lib, photo_size=SMALL, progress=lambda d, t: calls.append((d, t)))
    yield lib, result, calls
    lib.close()


def all_products(lib: Library) -> list[Product]:
    return [ops.get_product(lib, s.sku) for s in ops.list_products(lib)]


def test_curated_counts(demo) -> None:
    lib, result, _ = demo
    summary = ops.summary(lib)
    assert (result.producers, result.products, result.motifs) == (
        summary.producers, summary.products, summary.motifs,
    )  # fmt: skip
    assert (result.photos, result.permits, result.skipped) == (
        summary.photos, summary.permits, False,
    )  # fmt: skip
    products = all_products(lib)
    tenun = [p for p in products if p.kind == "tenun"]
    sei = [p for p in products if p.kind == "sei"]
    assert len(tenun) >= 12
    assert len({p.tenun.origin_kabupaten for p in tenun}) >= 6
    assert len({p.tenun.tenun_type for p in tenun}) >= 5
    assert len(sei) == 4 and {p.sei.meat for p in sei} == {"sapi", "babi"}
    assert summary.producers >= 3 and 6 <= summary.motifs <= 10


def test_progress_runs_to_the_end(demo) -> None:
    _, _, calls = demo
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] and len({t for _, t in calls}) == 1


def test_sei_is_correct_food_data(demo) -> None:
    lib, _, _ = demo
    for p in (p for p in all_products(lib) if p.kind == "sei"):
        s = p.sei
        assert s.smoking_wood == "kosambi" and s.net_weight_g > 0 and s.shelf_life_days > 0
        assert s.ingredients[0].lower().startswith("daging")  # heaviest first
        if s.meat == "babi":
            assert s.halal_status == "tidak_halal" and s.halal_number == ""
        else:
            assert s.halal_status == "bersertifikat" and s.halal_number.startswith("ID")
        if s.storage in ("dingin", "beku") or s.shelf_life_days < 7:
            assert s.permit_kind != "pirt"
        if s.storage == "beku" and s.shelf_life_days >= 7:
            assert s.permit_kind == "bpom_md" and numbers.is_bpom_md(s.permit_number)
        if s.permit_kind == "pirt":
            assert numbers.is_pirt(s.permit_number) and s.storage == "suhu_ruang"
    for permit in ops.list_permits(lib):
        if permit.kind == "nib":
            assert len(numbers.normalize_nib(permit.number)) == 13
        if permit.kind == "halal":
            assert permit.number.startswith("ID")


def test_tenun_sizes_prices_and_gi(demo) -> None:
    lib, _, _ = demo
    for p in (p for p in all_products(lib) if p.kind == "tenun"):
        t = p.tenun
        low, high = PRICE_RANGES[t.tenun_type]
        assert low <= p.price <= high, p.sku
        assert t.width_cm <= 180 and t.days_to_make > 0 and t.techniques and t.dyes
        assert t.weavers
        assert (t.gi_claim == "Tenun Ikat Sikka") == (t.origin_kabupaten == "sikka"), p.sku


def test_no_error_findings_only_the_expected_warnings(demo) -> None:
    lib, _, _ = demo
    findings = [(c.entity, c.key, f) for c in ops.check(lib) for f in c.findings]
    assert not [x for x in findings if x[2].is_error]
    codes = Counter(f.code for _, _, f in findings)
    assert set(codes) == {
        "weaver_no_consent", "motif_withheld", "permit_expiring", "permit_expired", "pirt_expired",
    }  # fmt: skip
    withheld = {key for entity, key, f in findings if f.code == "motif_withheld"}
    assert set(DELIBERATE["motif_withheld"]) <= withheld
    no_consent = {key for _, key, f in findings if f.code == "weaver_no_consent"}
    assert no_consent == set(DELIBERATE["weaver_without_consent"])


def test_restricted_motifs_with_and_without_permission(demo) -> None:
    lib, _, _ = demo
    restricted = [m for m in ops.list_motifs(lib) if m.restriction != "bebas"]
    assert [m for m in restricted if not m.is_public], "a restricted motif without permission"
    assert [m for m in restricted if m.is_public], "a restricted motif with permission"
    for m in ops.list_motifs(lib):
        assert m.name_id and m.name_en and m.meaning_id and m.meaning_en and m.meaning_source
    [sku] = DELIBERATE["motif_withheld"]
    used = ops.motifs_of(lib, ops.get_product(lib, sku))
    assert any(not m.is_public for m in used)


def test_english_is_missing_only_where_deliberate(demo) -> None:
    lib, _, _ = demo
    for p in all_products(lib):
        complete = all((p.name_en, p.description_en, p.story_en))
        assert complete == (p.sku not in DELIBERATE["missing_english"]), p.sku
        assert p.name_id and p.description_id and p.story_id


def test_readiness_shows_only_the_deliberate_gaps(demo) -> None:
    lib, _, _ = demo

    def not_ready(output: str, bilingual: bool = False) -> set[str]:
        found = ops.check(lib, output=output, bilingual=bilingual)
        return {c.key for c in found if c.ready is False}

    no_photos, no_english = set(DELIBERATE["no_photos"]), set(DELIBERATE["missing_english"])
    assert not_ready("exhibition") == not_ready("web") == no_photos
    assert not_ready("exhibition", bilingual=True) == no_photos | no_english
    assert not_ready("label") == set()


def test_every_product_but_one_has_photos_with_the_main_photo_first(demo) -> None:
    lib, _, _ = demo
    for summary in ops.list_products(lib):
        photos = ops.list_photos(lib, summary.sku)
        if summary.sku in DELIBERATE["no_photos"]:
            assert photos == []
            continue
        assert photos and photos[0].role == "utama", summary.sku
        assert len(photos) == 3 if summary.kind == "tenun" else len(photos) >= 2
        for photo in photos:
            assert photo.caption_id and photo.caption_en and photo.alt_id and photo.alt_en
            assert photo.role in vocab.PHOTO_ROLES
    for producer in ops.list_producers(lib):
        [photo] = ops.list_photos(lib, producer.id, owner="producer")
        assert photo.role == "produsen" and photo.consent


def test_photos_on_disk_are_real_jpegs_some_rotated_by_exif(demo) -> None:
    lib, _, _ = demo
    rows = lib.conn.execute("SELECT filename, width, height FROM photos").fetchall()
    orientations = Counter()
    for filename, width, height in rows:
        path = lib.photos_dir / filename
        assert path.read_bytes()[:3] == b"\xff\xd8\xff"
        with Image.open(path) as image:
            assert image.format == "JPEG" and image.size == SMALL
            orientation = image.getexif().get(0x0112, 1)
        orientations[orientation] += 1
        assert (width, height) == ((300, 400) if orientation == 6 else SMALL)
    assert orientations[6] and orientations[1]


def test_search_finds_products_by_motif_local_name(demo) -> None:
    lib, _, _ = demo
    assert "TN-SKA-002" in {s.sku for s in ops.search_products(lib, "okukirei")}
    assert "TN-STM-001" in {s.sku for s in ops.search_products(lib, "Njara")}
    assert "TN-SBR-001" in {s.sku for s in ops.search_products(lib, "wo boi")}


def test_if_empty_skips_a_library_that_has_products(demo) -> None:
    lib, _, _ = demo
    before = ops.summary(lib)
    assert build_demo(lib, if_empty=True, photo_size=SMALL).skipped
    with pytest.raises(UserError, match="demo"):
        build_demo(lib, photo_size=SMALL)  # refused before any photo is drawn
    assert ops.summary(lib) == before


def test_a_failed_build_leaves_the_library_as_it_was(tmp_path: Path, monkeypatch) -> None:
    def fail(*args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(demo_build, "_dated", fail)  # the permits come last
    with ops.opened(tmp_path / "lib") as lib:
        with pytest.raises(RuntimeError):
            build_demo(lib, photo_size=SMALL)
        assert ops.summary(lib).products == 0 and ops.summary(lib).photos == 0
        assert list(lib.photos_dir.iterdir()) == []


def _fingerprint(lib: Library) -> list[tuple]:
    rows = []
    for summary in ops.list_products(lib, ProductQuery(sort="sku")):
        shas = tuple(p.sha256 for p in ops.list_photos(lib, summary.sku))
        rows.append((summary.sku, summary.name_id, summary.name_en, summary.price, shas))
    for producer in ops.list_producers(lib):
        shas = tuple(p.sha256 for p in ops.list_photos(lib, producer.id, owner="producer"))
        rows.append((producer.name, shas))
    return rows


def test_the_same_call_builds_the_same_library(demo, tmp_path: Path) -> None:
    lib, _, _ = demo
    with ops.opened(tmp_path / "again") as other:
        build_demo(other, photo_size=SMALL, workdir=tmp_path / "work")
        assert _fingerprint(other) == _fingerprint(lib)
        assert len(list((tmp_path / "work").glob("*.jpg"))) == ops.summary(other).photos


def test_synthetic_products_up_to_200_quickly(tmp_path: Path) -> None:
    with ops.opened(tmp_path / "big") as lib:
        start = time.perf_counter()
        result = build_demo(lib, products=200, photo_size=SMALL)
        elapsed = time.perf_counter() - start
        assert elapsed < 10, f"{elapsed:.1f} s"
        assert result.products == ops.count_products(lib) == 200
        assert not [f for c in ops.check(lib) for f in c.findings if f.is_error]
        summaries = ops.list_products(lib)
        kinds = Counter(s.kind for s in summaries)
        assert kinds["sei"] >= 10 and len({s.kabupaten for s in summaries}) >= 15
        stored = {f.name for f in lib.photos_dir.iterdir() if f.suffix != ".pdf"}  # not scans
        assert len(stored) <= 60 + 24  # the synthetic products share one pool of photos
        for s in summaries:
            if s.sku not in DELIBERATE["no_photos"]:
                assert s.photo_count >= 1 and ops.list_photos(lib, s.sku)[0].role == "utama"


def test_unready_product_ids_agree_with_each_products_readiness(demo):
    from tenun_catalog.operations import gui_support as support

    lib, _result, _calls = demo
    kpg = ops.get_product(lib, "TN-KPG-003")
    assert ops.list_photos(lib, kpg.sku) == []
    for output in ("exhibition", "submission", "label", "web"):
        expected = set()
        for product in all_products(lib):
            chips = support.product_readiness(lib, product)
            if output in chips and not chips[output].ready:
                expected.add(product.id)
        unready = support.unready_product_ids(lib, output)
        assert set(unready) == expected, output
        assert len(unready) == len(expected)
    exhibition = support.unready_product_ids(lib, "exhibition")
    assert kpg.id in exhibition  # no photos
    assert 0 < len(exhibition) < ops.count_products(lib)
    sei = {p.id for p in all_products(lib) if p.kind == "sei"}
    assert set(support.unready_product_ids(lib, "label")) <= sei


def test_demo_motif_registry_narratives_and_notice(demo) -> None:
    """Issue 13: one motif carries two attributed narratives with different audiences, and the
    motif a producer group recorded carries that group's Notice."""
    from tenun_catalog.export.audience import Selection, build_view

    lib, _result, _calls = demo
    wo_boi = ops.get_motif(lib, "Wo Boi")
    told = ops.list_narratives(lib, wo_boi.id)
    assert [(n.teller, n.audience) for n in told] == [
        ("Mama Adriana Lado", "public"),
        ("Mama Ina Bire", "internal"),
    ]
    assert all(n.text_id and n.text_en and n.community for n in told)
    noticed = [m for m in ops.list_motifs(lib) if m.notice]
    assert [(m.name_id, m.notice) for m in noticed] == [("Belah Ketupat", "attribution_incomplete")]
    assert "Kelompok Tenun Lontar Nunbaun" in noticed[0].meaning_source
    assert "Kelompok Tenun Lontar Nunbaun" in {p.name for p in ops.list_producers(lib)}
    users = [p.sku for p in all_products(lib) if wo_boi.id in p.motif_ids]
    assert users
    public = build_view(lib, Selection(skus=tuple(users)), "public")
    assert {n.teller for item in public.products for v in item.narratives.values() for n in v} == {
        "Mama Adriana Lado"
    }
