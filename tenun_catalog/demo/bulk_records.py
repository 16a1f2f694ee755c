"""The records of synthetic products: varied, realistic and valid, the same for the same number.

Owns `synthetic(number, rng, motifs)`, which draws the n-th product from its own seeded random
generator: one in ten is Sei, the rest Tenun from every kabupaten/kota of NTT, with the sizes,
days of work and prices of their cloth type.
"""

from __future__ import annotations

import random

from ..domain import vocab
from ..domain.entities import Motif, Product, SeiDetail, TenunDetail, WeaverCredit
from .content_producers import BPOM_MD_BABI, HALAL_SAPI, PIRT_BABI, PIRT_SAPI
from .content_sei import BABI, SAPI

# type: (weight, length cm, width cm, panels, days, price Rp) as (low, high) ranges
TYPES: dict[str, tuple[int, tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int],
                       tuple[int, int]]] = {
    "selendang": (35, (170, 210), (40, 60), (1, 1), (14, 45), (250_000, 750_000)),
    "sarung": (30, (140, 175), (60, 80), (2, 3), (30, 150), (750_000, 3_000_000)),
    "selimut": (12, (200, 270), (100, 140), (2, 2), (60, 240), (2_000_000, 7_500_000)),
    "selempang": (8, (150, 190), (15, 25), (1, 1), (5, 14), (150_000, 300_000)),
    "destar": (5, (80, 95), (80, 95), (1, 1), (5, 14), (150_000, 350_000)),
    "kain": (10, (200, 300), (60, 110), (1, 1), (20, 60), (400_000, 1_500_000)),
}  # fmt: skip
TYPE_WORDS = {
    "selendang": ("Selendang", "Shawl"), "sarung": ("Sarung", "Sarong"),
    "selimut": ("Selimut", "Mantle"), "selempang": ("Selempang", "Sash"),
    "destar": ("Destar", "Head Cloth"), "kain": ("Kain", "Cloth"),
}  # fmt: skip
TIMOR = frozenset({"kota_kupang", "kupang", "tts", "ttu", "belu", "malaka"})
NATURAL = ("tarum", "mengkudu", "kunyit", "daun_arbila", "mahoni", "kulit_nangka", "secang")
COLOURS = {
    "tarum": ("Tarum", "Indigo"), "mengkudu": ("Mengkudu", "Morinda"),
    "kunyit": ("Kunyit", "Turmeric"), "daun_arbila": ("Hijau Arbila", "Arbila Green"),
    "mahoni": ("Mahoni", "Mahogany"), "kulit_nangka": ("Nangka", "Jackfruit"),
    "secang": ("Secang", "Sappanwood"), "lumpur": ("Hitam Lumpur", "Mud Black"),
    "tinta_cumi": ("Hitam Cumi", "Squid-Ink Black"), "sintetis": ("Warna Cerah", "Bright"),
}  # fmt: skip
TECH_WORDS = {
    "ikat_lungsi": ("Ikat", "Ikat"), "buna": ("Buna", "Buna"), "sotis": ("Sotis", "Sotis"),
    "songket": ("Songke", "Songket"), "pahikung": ("Pahikung", "Pahikung"),
    "polos": ("Lurik", "Striped"),
}  # fmt: skip
GIVEN = ("Maria", "Yuliana", "Agustina", "Ester", "Naomi", "Veronika", "Yosefina", "Elisabet",
         "Martha", "Theresia", "Adriana", "Yakoba", "Dorkas", "Selfina", "Kristina")  # fmt: skip
FAMILY = ("Lado", "Ndun", "Taek", "Bura", "Konga", "Nafi", "Tallo", "Abuk", "Nona", "Bire", "Manu",
          "Seran", "Kase", "Riwu")  # fmt: skip


def synthetic(number: int, rng: random.Random, motifs: list[Motif]) -> tuple[Product, list[int]]:
    """The synthetic product `number` and the ids of the (free) motifs it uses."""
    if number % 10 == 0:
        return _sei(number, rng), []
    return _tenun(number, rng, motifs)


def _round(value: float, step: int) -> int:
    return max(step, int(round(value / step)) * step)


def _techniques(rng: random.Random, kabupaten: str, tenun_type: str) -> list[str]:
    if kabupaten in vocab.MANGGARAI:
        return ["songket"]
    if kabupaten in TIMOR:
        return rng.choice((["ikat_lungsi"], ["buna"], ["buna", "sotis"], ["sotis"],
                           ["ikat_lungsi", "sotis"]))  # fmt: skip
    if kabupaten == "sumba_timur":
        return rng.choice((["ikat_lungsi"], ["ikat_lungsi"], ["pahikung"]))
    if tenun_type == "kain" and rng.random() < 0.3:
        return ["polos"]
    return ["ikat_lungsi"]


def _dyes(rng: random.Random, kabupaten: str) -> tuple[list[str], str]:
    natural = list(NATURAL)
    if kabupaten == "rote_ndao":
        natural.append("lumpur")
    if kabupaten == "alor":
        natural.append("tinta_cumi")
    roll = rng.random()
    if roll < 0.45:
        return rng.sample(natural, rng.randint(1, 3)), "alam"
    if roll < 0.75:
        return ["sintetis"], "sintetis"
    return ["sintetis", *rng.sample(natural, rng.randint(1, 2))], "campuran"


def _tenun(number: int, rng: random.Random, motifs: list[Motif]) -> tuple[Product, list[int]]:
    kabupaten = rng.choice(vocab.KABUPATEN.codes())
    tenun_type = rng.choices(list(TYPES), weights=[t[0] for t in TYPES.values()])[0]
    _, length, width, panels, days, price = TYPES[tenun_type]
    effort = rng.random()  # longer work, higher price
    techniques = _techniques(rng, kabupaten, tenun_type)
    dyes, dye_class = _dyes(rng, kabupaten)
    length_cm = rng.randint(*length)
    width_cm = length_cm if tenun_type == "destar" else rng.randint(*width)
    days_to_make = int(days[0] + effort * (days[1] - days[0]))
    retail = _round(price[0] + effort * (price[1] - price[0]), 5_000)
    region_id = vocab.KABUPATEN.label(kabupaten, "id")
    region_en = vocab.KABUPATEN.label(kabupaten, "en")
    colour_id, colour_en = COLOURS[dyes[-1]]
    tech_id, tech_en = TECH_WORDS[techniques[0]]
    type_id, type_en = TYPE_WORDS[tenun_type]
    dyes_id = ", ".join(vocab.DYES.label(d, "id") for d in dyes)
    dyes_en = ", ".join(vocab.DYES.label(d, "en") for d in dyes)
    linked = [m.id for m in motifs if m.kabupaten == kabupaten and m.id is not None][:2]
    if rng.random() < 0.3:
        linked += [m.id for m in motifs if not m.kabupaten and m.id is not None][:1]
    weavers = [WeaverCredit(f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", consent=True)]
    yarn = "pintal_tangan" if dye_class == "alam" and effort > 0.6 else "pabrik"
    product = Product(
        sku=f"TN-SIM-{number:05d}", kind="tenun",
        name_id=f"{type_id} {tech_id} {colour_id} {region_id} No. {number}",
        name_en=f"{region_en} {colour_en} {tech_en} {type_en} No. {number}",
        description_id=f"{type_id} tenun tangan dari {region_id}. Pewarna: {dyes_id}.",
        description_en=f"Hand-woven {type_en.lower()} from {region_en}. Dyes: {dyes_en}.",
        story_id=f"Contoh produk untuk uji skala besar, ditenun dalam {days_to_make} hari.",
        story_en=f"An example product for large-scale tests, woven in {days_to_make} days.",
        price=retail, wholesale_price=_round(retail * 0.85, 5_000) if rng.random() < 0.5 else None,
        min_order=1, lead_time_days=days_to_make,
        stock=rng.randint(0, 8),
        packaging="Dilipat dalam kantong kain blacu",
        tenun=TenunDetail(
            tenun_type=tenun_type, origin_kabupaten=kabupaten, techniques=techniques, dyes=dyes,
            dye_class=dye_class, yarn=yarn,
            length_cm=length_cm, width_cm=width_cm, weight_g=round(length_cm * width_cm * 0.025),
            panel_count=rng.randint(*panels), days_to_make=days_to_make,
            weavers=weavers if rng.random() < 0.5 else [],
        ),
    )  # fmt: skip
    return product, linked


def _sei(number: int, rng: random.Random) -> Product:
    pork = rng.random() < 0.5
    meat, word_id, word_en = ("babi", "Babi", "Pork") if pork else ("sapi", "Sapi", "Beef")
    packed = rng.random() < 0.6
    if pork and packed:
        weight, storage, life, permit, permit_number = 250, "suhu_ruang", 14, "pirt", PIRT_BABI
    elif pork:
        weight, storage, life, permit, permit_number = 500, "beku", 180, "bpom_md", BPOM_MD_BABI
    elif packed:
        weight, storage, life, permit, permit_number = 250, "suhu_ruang", 14, "pirt", PIRT_SAPI
    else:
        weight, storage, life, permit, permit_number = 500, "dingin", 4, "none", ""
    variant_id = {"suhu_ruang": "Vakum", "beku": "Beku", "dingin": "Segar Pesanan"}[storage]
    variant_en = {"suhu_ruang": "Vacuum", "beku": "Frozen", "dingin": "Fresh to Order"}[storage]
    per_gram = 300 if pork else 380
    sei = SeiDetail(
        meat=meat, ingredients=list(BABI if pork else SAPI), main_ingredient_pct=92,
        smoking_wood="kosambi", net_weight_g=weight,
        packaging_type="Plastik vakum" if storage != "dingin" else "Kotak kertas",
        storage=storage, shelf_life_days=life, permit_kind=permit, permit_number=permit_number,
        halal_status="tidak_halal" if pork else "bersertifikat",
        halal_number="" if pork else HALAL_SAPI,
    )  # fmt: skip
    return Product(
        sku=f"SEI-SIM-{number:05d}", kind="sei",
        name_id=f"Sei {word_id} {variant_id} {weight} g No. {number}",
        name_en=f"{variant_en} {word_en} Sei {weight} g No. {number}",
        description_id=f"Sei {word_id.lower()} asap kosambi, {weight} g.",
        description_en=f"Kosambi-smoked {word_en.lower()} sei, {weight} g.",
        price=_round(weight * per_gram, 5_000), min_order=1, lead_time_days=2,
        stock=rng.randint(0, 80), packaging=sei.packaging_type, sei=sei,
    )  # fmt: skip
