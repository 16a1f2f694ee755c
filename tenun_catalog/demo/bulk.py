"""Synthetic products for benchmarks and large-library tests, added after the curated demo.

Owns `pool_photos` (the ~24 generated photos every synthetic product draws from), `synthetic`
(the n-th synthetic product, deterministic: the same n always gives the same product) and
`add_synthetic`, which inserts them quickly inside the caller's transaction.

Every synthetic record is valid data: techniques match their region (songke only in Manggarai),
Rote mud and Alor squid ink only there, widths and prices in realistic ranges, pork Sei not
halal, beef Sei with the halal certificate, permits that fit storage and shelf life. A pool photo
goes through the real ingest the first time it is used; later uses attach the stored original
again (content-addressed, so it is stored once) without reading the file.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from pathlib import Path

from .. import operations as ops
from ..domain import vocab
from ..domain.entities import Motif, Photo, Producer, Product
from ..domain.errors import UserError
from ..store import Library
from . import bulk_records
from .specs import CREDIT, LICENCE, PhotoSpec

Step = Callable[[], None]
PALETTES = ("tarum", "mengkudu", "kunyit", "lumpur", "kapas", "campur")


def pool_photos() -> list[PhotoSpec]:
    """18 cloths (3 per palette, portrait and landscape), 4 served Sei and 2 packages."""
    cloths = [
        PhotoSpec("ikat", 9000 + i, "utama", orientation=6 if i % 2 == 0 else 1,
                  palette=PALETTES[i % len(PALETTES)])
        for i in range(18)
    ]  # fmt: skip
    sei = [PhotoSpec("sei", 9100 + i, "utama", sei_kind=("sapi", "babi")[i % 2]) for i in range(4)]
    packs = [PhotoSpec("sei", 9200 + i, "kemasan_depan", sei_kind="package") for i in range(2)]
    return cloths + sei + packs


def synthetic_producers() -> list[Producer]:
    """One example weaver group for each kabupaten/kota (only added for synthetic products)."""
    return [
        Producer(
            name=f"Kelompok Tenun Contoh {term.label_id}",
            producer_type="kelompok_tenun",
            legal_form="kub",
            nib=f"09{index:02d}{index * 7919 % 10**9:09d}",
            kabupaten=term.code,
            market_reach="lokal",
            members_count=8 + index % 12,
            capacity_per_month=5 + index % 9,
            capacity_unit="lembar",
            story_id=f"Kelompok contoh dari {term.label_id}, dibuat untuk uji skala besar.",
            story_en=f"An example group from {term.label_en}, made for large-scale tests.",
        )
        for index, term in enumerate(vocab.KABUPATEN)
    ]


class _PhotoPool:
    """Attaches pool photos: ingest on first use, then re-attach the stored original."""

    def __init__(self, lib: Library, specs: list[PhotoSpec], paths: dict[str, Path]):
        self.lib = lib
        self.paths = paths
        self.cloths = [s for s in specs if s.maker == "ikat"]
        self.served = {m: [s for s in specs if s.sei_kind == m] for m in ("sapi", "babi")}
        self.packs = [s for s in specs if s.sei_kind == "package"]
        self.stored: dict[str, Photo] = {}
        self.count = 0

    def attach(self, product: Product, spec: PhotoSpec, role: str, position: int) -> None:
        words = _words(product, role)
        template = self.stored.get(spec.filename)
        if template is None:
            result = ops.attach_photos(self.lib, product.sku, [self.paths[spec.filename]])
            if result.errors:
                raise UserError(result.errors[0].message_id, result.errors[0].message_en)
            photo = result.added[0].after
            ops.edit_photo(self.lib, photo.id, {"role": role, **words})
            self.stored[spec.filename] = photo
        else:
            again = dataclasses.replace(
                template, id=None, product_id=product.id, producer_id=None, motif_id=None,
                position=position, role=role, **words,
            )  # fmt: skip
            ops.restore_photo(self.lib, again)
        self.count += 1

    def attach_all(self, product: Product, rng: random.Random) -> None:
        if product.kind == "tenun":
            picks = rng.sample(self.cloths, rng.choice((1, 2, 2, 2, 3)))
            roles = ("utama", "detail_motif", "sisi_belakang")
        else:
            meat = product.sei.meat if product.sei else "sapi"
            picks = [rng.choice(self.served[meat])]
            if product.sei and product.sei.packaging_type == "Plastik vakum":
                picks.append(rng.choice(self.packs))
            roles = ("utama", "kemasan_depan")
        for position, (spec, role) in enumerate(zip(picks, roles, strict=False)):
            self.attach(product, spec, role, position)


def _words(product: Product, role: str) -> dict[str, object]:
    role_id = vocab.PHOTO_ROLES.label(role, "id").lower()
    role_en = vocab.PHOTO_ROLES.label(role, "en").lower()
    return {
        "caption_id": f"{product.name_id} ({role_id}).",
        "caption_en": f"{product.name_en} ({role_en}).",
        "alt_id": f"Foto contoh {product.name_id}, {role_id}.",
        "alt_en": f"Example photo of {product.name_en}, {role_en}.",
        "photographer": CREDIT,
        "licence": LICENCE,
    }


def add_synthetic(
    lib: Library,
    count: int,
    *,
    producers: dict[str, Producer],
    motifs: list[Motif],
    pool: list[PhotoSpec],
    paths: dict[str, Path],
    step: Step | None = None,
) -> tuple[int, int, int]:
    """Add `count` synthetic products (numbered 1..count) with their example producers, inside
    the caller's open transaction. `producers` maps 'baun' and 'fatululi' (the Sei makers) to
    saved records; `motifs` are the saved curated motifs (restricted ones are never used).
    Returns (producers added, products added, photos attached)."""
    by_kabupaten: dict[str, Producer] = {}
    for producer in synthetic_producers():
        ops.add_producer(lib, producer)
        by_kabupaten[producer.kabupaten] = producer
    free = [m for m in motifs if m.restriction in ("", "bebas")]
    photo_pool = _PhotoPool(lib, pool, paths)
    for number in range(1, count + 1):
        rng = random.Random(f"tenun-catalog-demo:{number}")
        product, motif_ids = bulk_records.synthetic(number, rng, free)
        if product.kind == "sei":
            product.producer_id = producers["baun" if product.sei.meat == "babi" else "fatululi"].id
        else:
            product.producer_id = by_kabupaten[product.tenun.origin_kabupaten].id
        product.motif_ids = motif_ids
        ops.add_product(lib, product)
        photo_pool.attach_all(product, rng)
        if step is not None:
            step()
    return len(by_kabupaten), count, photo_pool.count
