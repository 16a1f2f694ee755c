"""Synthetic producers for city-scale benchmarks (`demo --producers N`), added after the demo.

Owns `synthetic_producer` (the n-th synthetic UMKM, deterministic: the same n always gives the
same record) and `add_synthetic_producers`, which adds producers up to N in total with their
permits, then spreads the demo's synthetic products (demo/bulk.py) over them: tenun to the
weavers of the cloth's kabupaten, Sei to the Sei makers. The mix follows the Kupang figures of
issue 16 (about 17,000 UMKM, 12,000 of them with an NIB): 70% with a valid NIB, 28% without,
2% with an NIB typed wrong (12 digits, as an old spreadsheet might have left it); about half
of them in Kota Kupang; one in eight a Sei maker with a P-IRT whose expiry is spread from a
year ago to five years ahead, so the overview's expired / 30 / 90-day numbers are all non-zero.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from .. import operations as ops
from ..domain import vocab
from ..domain.entities import Permit, Producer
from ..domain.errors import UserError
from ..store import Library, transaction

MAX_PRODUCERS = 100_000  # a bound for the generator (the city counts about 17,000)
Step = Callable[[], None]
_KABUPATEN = [t.code for t in vocab.KABUPATEN]
_FIRST = ("Maria", "Yohanis", "Ester", "Yakobus", "Ana", "Petrus", "Siti", "Agustinus", "Yuliana")
_LAST = ("Lado", "Nafi", "Taek", "Bura", "Ndun", "Konga", "Fanggi", "Tallo", "Bani", "Mau")
_WHAT = ("Tenun", "Sei", "Kain", "Ikat", "Anyaman", "Dapur", "Usaha", "Karya")


def synthetic_producer(number: int, rng: random.Random) -> tuple[Producer, bool]:
    """The `number`-th synthetic producer and whether it makes Sei."""
    roll = rng.random()
    kabupaten = "kota_kupang" if roll < 0.45 else "kupang" if roll < 0.6 else rng.choice(_KABUPATEN)
    sei = kabupaten in ("kota_kupang", "kupang") and rng.random() < 0.25
    kind = "umkm" if sei else rng.choices(
        ["umkm", "kelompok_tenun", "penenun", "koperasi"], [55, 30, 10, 5]
    )[0]  # fmt: skip
    person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    nib_roll = rng.random()
    nib = f"91{number:011d}" if nib_roll < 0.70 else ""
    full = rng.random() < 0.6  # filled in the submission fields
    phone = f"0813-{number // 10000 % 10000:04d}-{number % 10000:04d}"
    producer = Producer(
        name=f"{rng.choice(_WHAT)} {person} {number:05d}",
        producer_type=kind,
        legal_form=("perorangan" if kind in ("umkm", "penenun") else "kub") if full else "",
        nib=nib,
        person_in_charge=person,
        nik=f"5371{number:012d}" if full else "",
        address=f"Jl. Contoh No. {number % 300 + 1}" if full else "",
        kecamatan=("Kelapa Lima" if kabupaten == "kota_kupang" else "Kecamatan Contoh")
        if full
        else "",
        kabupaten=kabupaten,
        phone=phone if rng.random() < 0.9 else "",
        whatsapp=phone if rng.random() < 0.8 else "",
        email=f"usaha{number:05d}@example.com" if rng.random() < 0.4 else "",
        capacity_per_month=(10 + number % 90) if full else None,
        capacity_unit="lembar" if full and not sei else "kg" if full else "",
        market_reach="lokal" if full else "",
    )
    return producer, sei


def check_count(total: int) -> None:
    if not 0 <= total <= MAX_PRODUCERS:
        raise UserError(
            f"Jumlah produsen contoh 0 sampai {MAX_PRODUCERS}.",
            f"The number of demo producers must be 0 to {MAX_PRODUCERS}.",
        )


def add_synthetic_producers(
    lib: Library, total: int, *, today: date | None = None, step: Step | None = None
) -> tuple[int, int]:
    """Add synthetic producers until the library holds `total`, with their permits, and move
    the synthetic products onto them; one transaction. Returns (producers, permits) added."""
    check_count(total)
    today = today or date.today()
    have = len(ops.list_producers(lib))
    weavers: dict[str, list[int]] = {}
    sei_makers: list[int] = []
    permits = 0
    with transaction(lib.conn):
        for number in range(1, max(0, total - have) + 1):
            rng = random.Random(f"tenun-catalog-producer:{number}")
            producer, sei = synthetic_producer(number, rng)
            ops.add_producer(lib, producer)
            if producer.nib:
                ops.add_permit(lib, Permit("nib", producer.nib, producer_id=producer.id))
                permits += 1
            elif rng.random() < 0.07:  # typed wrong: 12 digits (the app warns, never refuses)
                lib.conn.execute(
                    "UPDATE producers SET nib = ? WHERE id = ?", (f"92{number:010d}", producer.id)
                )
            if sei:
                sei_makers.append(producer.id)
                expires = today + timedelta(days=rng.randint(-365, 5 * 365))
                number_pirt = f"{2015371000000 + number:013d}-{expires.year % 100:02d}"
                ops.add_permit(
                    lib, Permit("pirt", number_pirt, producer_id=producer.id, expires=expires)
                )
                permits += 1
            else:
                weavers.setdefault(producer.kabupaten, []).append(producer.id)
            if step is not None:
                step()
        _spread_products(lib, weavers, sei_makers)
    return max(0, total - have), permits


def _spread_products(lib: Library, weavers: dict[str, list[int]], sei: list[int]) -> None:
    """Give each synthetic product (SKU from demo/bulk_records) a synthetic owner."""
    rows = lib.conn.execute(
        "SELECT p.id, p.kind, coalesce(t.origin_kabupaten, '') FROM products p"
        " LEFT JOIN tenun_details t ON t.product_id = p.id"
        " WHERE p.sku LIKE 'TN-SIM-%' OR p.sku LIKE 'SEI-SIM-%' ORDER BY p.id"
    ).fetchall()
    moves = []
    for index, (product_id, kind, origin) in enumerate(rows):
        owners = sei if kind == "sei" else weavers.get(origin, [])
        if owners:
            moves.append((owners[index % len(owners)], product_id))
    lib.conn.executemany("UPDATE products SET producer_id = ? WHERE id = ?", moves)
