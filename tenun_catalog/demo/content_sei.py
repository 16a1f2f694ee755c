"""Demo content: four Sei (Kupang smoked meat) products with correct food data.

Pork Sei comes from UD Sei Lopo Baun and beef Sei from Dapur Asap Fatululi, a separate halal
kitchen (a halal certificate is not given to a facility that also processes pork). Pork Sei is
'tidak halal' with no halal number; beef Sei carries the certificate number starting with ID.
Permits follow the storage and shelf life: P-IRT only for room-temperature vacuum packs keeping
at least 7 days, BPOM MD for the frozen pack, no permit for the chilled made-to-order Sei that
keeps under 7 days. Ingredients are listed from the heaviest down.
"""

from __future__ import annotations

from ..domain.entities import Product, SeiDetail
from .content_producers import BPOM_MD_BABI, HALAL_SAPI, PIRT_BABI, PIRT_SAPI
from .specs import ProductSpec, sei_photos

BABI = ["Daging babi", "Garam", "Gula pasir", "Bawang putih", "Merica bubuk"]
SAPI = ["Daging sapi", "Garam", "Gula aren", "Bawang putih", "Ketumbar bubuk", "Merica bubuk"]


def products() -> list[ProductSpec]:
    return [
        ProductSpec(Product(
            sku="SEI-BBI-001", kind="sei",
            name_id="Sei Babi Asap Kosambi 250 g", name_en="Kosambi-Smoked Pork Sei 250 g",
            description_id=(
                "Sei babi diasapi di atas bara kayu kosambi, dikemas vakum. Tahan 14 hari di "
                "suhu ruang; setelah dibuka simpan di lemari es."
            ),
            description_en=(
                "Pork sei smoked over kosambi embers, vacuum-packed. Keeps 14 days at room "
                "temperature; refrigerate once opened."
            ),
            story_id=(
                "Resep keluarga Nafi dari Baun: daging hanya dibumbui garam, sedikit gula dan "
                "bawang putih, supaya rasa asap kosambi yang menonjol."
            ),
            story_en=(
                "The Nafi family recipe from Baun: the meat is seasoned only with salt, a "
                "little sugar and garlic, so that the kosambi smoke leads."
            ),
            brand="Sei Lopo Baun", trademark_status="applied", price=75_000,
            wholesale_price=65_000, min_order=10, lead_time_days=3, stock=120,
            packaging="Plastik vakum dalam kantong kertas berlabel",
            packed_weight_g=320, package_length_cm=22, package_width_cm=16, package_height_cm=4,
            sei=SeiDetail(
                meat="babi", ingredients=BABI, main_ingredient_pct=92, smoking_wood="kosambi",
                net_weight_g=250, packaging_type="Plastik vakum", storage="suhu_ruang",
                shelf_life_days=14, permit_kind="pirt", permit_number=PIRT_BABI,
                halal_status="tidak_halal",
            ),
        ), "baun", (), sei_photos(601, "babi", "Sei Babi Asap Kosambi 250 g",
                                  "Kosambi-Smoked Pork Sei 250 g")),
        ProductSpec(Product(
            sku="SEI-BBI-002", kind="sei",
            name_id="Sei Babi Beku 500 g", name_en="Frozen Pork Sei 500 g",
            description_id=(
                "Sei babi asap kosambi dalam kemasan vakum beku, untuk dikirim ke luar NTT. "
                "Simpan pada -18 °C atau lebih dingin; tahan 180 hari."
            ),
            description_en=(
                "Kosambi-smoked pork sei in a frozen vacuum pack, for shipping beyond NTT. Keep "
                "at -18 °C or colder; keeps 180 days."
            ),
            story_id=(
                "Dibekukan cepat pada hari pengasapan, lalu dikirim dalam kotak styrofoam "
                "berisi es kering."
            ),
            story_en=(
                "Frozen quickly on the day it is smoked, then shipped in a foam box with dry ice."
            ),
            brand="Sei Lopo Baun", trademark_status="applied", price=150_000,
            wholesale_price=132_000, min_order=5, lead_time_days=3, stock=60,
            packaging="Plastik vakum beku dalam kotak styrofoam saat dikirim",
            sei=SeiDetail(
                meat="babi", ingredients=BABI, main_ingredient_pct=92, smoking_wood="kosambi",
                net_weight_g=500, packaging_type="Plastik vakum", storage="beku",
                shelf_life_days=180, permit_kind="bpom_md", permit_number=BPOM_MD_BABI,
                halal_status="tidak_halal",
            ),
        ), "baun", (), sei_photos(611, "babi", "Sei Babi Beku 500 g", "Frozen Pork Sei 500 g")),
        ProductSpec(Product(
            sku="SEI-SPI-001", kind="sei",
            name_id="Sei Sapi Asap Kosambi 250 g", name_en="Kosambi-Smoked Beef Sei 250 g",
            description_id=(
                "Sei sapi halal diasapi kayu kosambi, dikemas vakum. Tahan 14 hari di suhu "
                "ruang; setelah dibuka simpan di lemari es."
            ),
            description_en=(
                "Halal beef sei smoked over kosambi wood, vacuum-packed. Keeps 14 days at room "
                "temperature; refrigerate once opened."
            ),
            story_id=(
                "Daging sapi dari peternak di Kabupaten Kupang, dipotong di rumah potong hewan "
                "bersertifikat halal dan diasapi di dapur yang hanya mengolah sapi."
            ),
            story_en=(
                "Beef from farmers in Kupang Regency, slaughtered at a halal-certified "
                "abattoir and smoked in a kitchen that processes beef only."
            ),
            brand="Asap Fatululi", price=95_000, wholesale_price=82_000, min_order=10,
            lead_time_days=3, stock=90,
            packaging="Plastik vakum dalam kantong kertas berlabel",
            packed_weight_g=320, package_length_cm=22, package_width_cm=16, package_height_cm=4,
            sei=SeiDetail(
                meat="sapi", ingredients=SAPI, main_ingredient_pct=93, smoking_wood="kosambi",
                net_weight_g=250, packaging_type="Plastik vakum", storage="suhu_ruang",
                shelf_life_days=14, permit_kind="pirt", permit_number=PIRT_SAPI,
                halal_status="bersertifikat", halal_number=HALAL_SAPI,
            ),
        ), "fatululi", (), sei_photos(621, "sapi", "Sei Sapi Asap Kosambi 250 g",
                                      "Kosambi-Smoked Beef Sei 250 g")),
        ProductSpec(Product(
            sku="SEI-SPI-002", kind="sei",
            name_id="Sei Sapi Segar Pesanan 500 g", name_en="Fresh Beef Sei to Order 500 g",
            description_id=(
                "Sei sapi halal yang diasapi pada hari pesanan diambil. Simpan di lemari es "
                "(dingin) dan habiskan dalam 4 hari."
            ),
            description_en=(
                "Halal beef sei smoked on the day the order is collected. Keep chilled and eat "
                "within 4 days."
            ),
            story_id=(
                "Untuk pesta dan acara keluarga di Kupang: dipesan sehari sebelumnya, diambil "
                "masih hangat dari pengasapan."
            ),
            story_en=(
                "For feasts and family gatherings in Kupang: ordered a day ahead and collected "
                "still warm from the smokehouse."
            ),
            brand="Asap Fatululi", price=165_000, wholesale_price=150_000,
            min_order=1, lead_time_days=1, stock=0,
            packaging="Kotak kertas beralas daun pisang",
            sei=SeiDetail(
                meat="sapi", ingredients=SAPI, main_ingredient_pct=93, smoking_wood="kosambi",
                net_weight_g=500, packaging_type="Kotak kertas", storage="dingin",
                shelf_life_days=4, permit_kind="none", halal_status="bersertifikat",
                halal_number=HALAL_SAPI,
            ),
        ), "fatululi", (), sei_photos(631, "sapi", "Sei Sapi Segar Pesanan 500 g",
                                      "Fresh Beef Sei to Order 500 g", vacuum_pack=False)),
    ]  # fmt: skip
