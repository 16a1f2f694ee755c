"""Demo content: the cloths woven on Timor (Kota Kupang, Amarasi in Kabupaten Kupang, Insana in
Timor Tengah Utara), with their stories in Indonesian and English.

Deliberate gaps that readiness and the outputs must handle: TN-KPG-003 has no photo at all,
TN-KAB-001 credits a weaver who has not agreed to be named, and TN-TTU-002 has an English name
but no English description or story.
"""

from __future__ import annotations

from ..domain.entities import Product, TenunDetail, WeaverCredit
from .specs import ProductSpec, tenun_photos

PACK_BAG = "Dilipat dalam kantong kain blacu, dengan kartu cerita motif"
PACK_BOX = "Digulung dengan kertas bebas asam dalam kotak karton, dengan kartu cerita motif"


def products() -> list[ProductSpec]:
    return [
        ProductSpec(Product(
            sku="TN-KPG-001", kind="tenun",
            name_id="Selendang Ikat Daun Lontar", name_en="Lontar Leaf Ikat Shawl",
            description_id=(
                "Selendang tenun ikat lungsi dengan motif daun lontar berwarna kunyit di atas "
                "dasar nila. Benang pabrik, pewarna campuran."
            ),
            description_en=(
                "Warp-ikat shawl with a turmeric-yellow lontar leaf motif on an indigo ground. "
                "Factory yarn, mixed dyes."
            ),
            story_id=(
                "Mama Ester Lado merancang motif ini pada 2023 setelah kelompoknya pindah "
                "menenun di kolong rumah panggung di Nunbaun Sabu. Daun lontar mengingatkan "
                "para penenun pada kampung asal mereka di Sabu dan Rote."
            ),
            story_en=(
                "Mama Ester Lado designed this motif in 2023, after her group began weaving "
                "under a house on stilts in Nunbaun Sabu. The lontar leaf reminds the weavers "
                "of their home villages on Sabu and Rote."
            ),
            brand="Tenun Lontar Nunbaun", price=450_000, wholesale_price=390_000, min_order=1,
            lead_time_days=21, stock=6, packaging=PACK_BAG,
            packed_weight_g=290, package_length_cm=30, package_width_cm=25, package_height_cm=4,
            tenun=TenunDetail(
                tenun_type="selendang", origin_kabupaten="kota_kupang",
                suku="Sabu dan Rote (Kupang)", techniques=["ikat_lungsi"],
                dyes=["tarum", "sintetis"], dye_class="campuran", yarn="pabrik",
                length_cm=190, width_cm=52, weight_g=240, panel_count=1, days_to_make=21,
                weavers=[WeaverCredit("Ester Lado", consent=True)],
            ),
        ), "lontar", ("lontar",), tenun_photos(101, "kunyit", "Selendang Ikat Daun Lontar",
                                                "Lontar Leaf Ikat Shawl", "selendang",
                                                third="dipakai")),
        ProductSpec(Product(
            sku="TN-KPG-002", kind="tenun",
            name_id="Sarung Ikat Tarum Kupang", name_en="Kupang Indigo Ikat Sarong",
            description_id=(
                "Sarung dua lembar yang disambung, biru tarum pekat dengan jalur belah ketupat "
                "dan daun lontar. Pewarna alam, benang pabrik."
            ),
            description_en=(
                "A sarong of two joined panels in deep indigo, with bands of diamond lattice "
                "and lontar leaves. Natural dyes, factory yarn."
            ),
            story_id=(
                "Benangnya dicelup tarum tujuh kali, diselingi rendaman kemiri agar warnanya "
                "dalam dan tidak mudah luntur. Dua penenun mengerjakan masing-masing satu "
                "lembar, lalu menyambungnya bersama."
            ),
            story_en=(
                "The yarn was dipped in indigo seven times, with candlenut soaks in between so "
                "the colour goes deep and stays. Two weavers made one panel each and joined "
                "them together."
            ),
            brand="Tenun Lontar Nunbaun", price=1_850_000, wholesale_price=1_600_000,
            min_order=1, lead_time_days=45, stock=2, packaging=PACK_BOX,
            packed_weight_g=900, package_length_cm=35, package_width_cm=28, package_height_cm=8,
            tenun=TenunDetail(
                tenun_type="sarung", origin_kabupaten="kota_kupang",
                suku="Sabu dan Rote (Kupang)", techniques=["ikat_lungsi"],
                dyes=["tarum", "kemiri"], dye_class="alam", yarn="pabrik",
                length_cm=160, width_cm=68, weight_g=620, panel_count=2, days_to_make=50,
                weavers=[WeaverCredit("Ester Lado", consent=True),
                         WeaverCredit("Yakoba Tallo", consent=True)],
            ),
        ), "lontar", ("ketupat", "lontar"), tenun_photos(111, "tarum",
                                                         "Sarung Ikat Tarum Kupang",
                                                         "Kupang Indigo Ikat Sarong", "sarung")),
        ProductSpec(Product(
            sku="TN-KPG-003", kind="tenun",
            name_id="Destar Ikat Kupang", name_en="Kupang Ikat Head Cloth",
            description_id=(
                "Destar (ikat kepala) tenun ikat untuk busana adat pria, motif belah ketupat "
                "merah dan kuning. Baru selesai ditenun; foto menyusul."
            ),
            description_en=(
                "An ikat head cloth for men's traditional dress, with a red and yellow diamond "
                "lattice. Just off the loom; photos to follow."
            ),
            story_id=(
                "Destar dilipat dan dililitkan di kepala pada acara adat dan penyambutan tamu. "
                "Kelompok menenunnya dalam ukuran yang cukup untuk dilipat menjadi segitiga."
            ),
            story_en=(
                "The head cloth is folded and wound around the head at customary ceremonies and "
                "when guests are welcomed. The group weaves it large enough to fold into a "
                "triangle."
            ),
            brand="Tenun Lontar Nunbaun", price=275_000, wholesale_price=235_000,
            min_order=1, lead_time_days=10,
            stock=4, packaging=PACK_BAG,
            tenun=TenunDetail(
                tenun_type="destar", origin_kabupaten="kota_kupang",
                suku="Sabu dan Rote (Kupang)", techniques=["ikat_lungsi"], dyes=["sintetis"],
                dye_class="sintetis", yarn="pabrik", length_cm=85, width_cm=85, weight_g=150,
                panel_count=1, days_to_make=7,
                weavers=[WeaverCredit("Yakoba Tallo", consent=True)],
            ),
        ), "lontar", ("ketupat",), ()),
        ProductSpec(Product(
            sku="TN-KAB-001", kind="tenun",
            name_id="Selendang Ikat Amarasi", name_en="Amarasi Ikat Shawl",
            description_id=(
                "Selendang ikat dari Amarasi dengan merah mengkudu, biru tarum dan kuning "
                "kunyit, ditenun seorang anggota kelompok yang tinggal di Baun."
            ),
            description_en=(
                "An ikat shawl from Amarasi in morinda red, indigo blue and turmeric yellow, "
                "woven by a member of the group who lives in Baun."
            ),
            story_id=(
                "Penenunnya belajar dari neneknya di Amarasi Barat dan masih mencelup benang "
                "di halaman rumah. Ia menitipkan hasil tenunnya kepada kelompok di Kupang untuk "
                "dijual."
            ),
            story_en=(
                "The weaver learned from her grandmother in West Amarasi and still dyes her "
                "yarn in her yard. She entrusts her cloths to the group in Kupang to sell."
            ),
            price=700_000, wholesale_price=620_000, min_order=1, lead_time_days=30, stock=1,
            packaging=PACK_BAG,
            tenun=TenunDetail(
                tenun_type="selendang", origin_kabupaten="kupang", suku="Amarasi (Timor)",
                techniques=["ikat_lungsi"], dyes=["mengkudu", "tarum", "kunyit"],
                dye_class="alam", yarn="pabrik", length_cm=185, width_cm=48, weight_g=230,
                panel_count=1, days_to_make=30,
                weavers=[WeaverCredit("Naomi Ora", consent=False)],
            ),
        ), "lontar", ("ketupat",), tenun_photos(121, "mengkudu", "Selendang Ikat Amarasi",
                                                 "Amarasi Ikat Shawl", "selendang")),
        ProductSpec(Product(
            sku="TN-TTU-001", kind="tenun",
            name_id="Selendang Buna Kaif", name_en="Kaif Buna Shawl",
            description_id=(
                "Selendang buna dari Insana dengan motif kait berantai yang timbul, warna "
                "merah, kuning dan hitam khas Insana. Benang pabrik, pewarna sintetis."
            ),
            description_en=(
                "A buna shawl from Insana with a raised linked-hook motif in the red, yellow "
                "and black typical of Insana. Factory yarn, synthetic dyes."
            ),
            story_id=(
                "Setiap kait dibentuk dengan melilitkan benang pakan tambahan satu per satu. "
                "Karena itu motif buna terasa timbul di jari, dan sisi belakangnya memperlihatkan "
                "ujung-ujung benang lilitan."
            ),
            story_en=(
                "Every hook is made by wrapping a supplementary weft thread, one at a time. That "
                "is why a buna motif stands out under the fingers, and why the back shows the "
                "ends of the wrapped threads."
            ),
            price=600_000, wholesale_price=520_000, min_order=1, lead_time_days=30, stock=3,
            packaging=PACK_BAG,
            tenun=TenunDetail(
                tenun_type="selendang", origin_kabupaten="ttu", suku="Dawan (Atoni Meto)",
                techniques=["buna"], dyes=["sintetis"], dye_class="sintetis", yarn="pabrik",
                length_cm=190, width_cm=45, weight_g=260, panel_count=1, days_to_make=30,
                weavers=[WeaverCredit("Maria Taek", consent=True)],
            ),
        ), "insana", ("kaif",), tenun_photos(131, "kunyit", "Selendang Buna Kaif",
                                              "Kaif Buna Shawl", "selendang")),
        ProductSpec(Product(
            sku="TN-TTU-002", kind="tenun",
            name_id="Sarung Tais Buna Insana", name_en="Insana Buna Tais Sarong",
            description_id=(
                "Tais (sarung perempuan) tiga lembar dengan jalur buna dan sotis. Dikerjakan "
                "hampir lima bulan; dibuat sesuai pesanan."
            ),
            story_id=(
                "Di Insana, tais buna dikenakan pada pesta adat dan diberikan dalam pertukaran "
                "adat perkawinan. Penenun jarang membuatnya tanpa pesanan karena benangnya "
                "banyak dan pengerjaannya lama."
            ),
            price=3_000_000, wholesale_price=2_600_000, min_order=1, lead_time_days=150,
            stock=0, packaging=PACK_BOX,
            tenun=TenunDetail(
                tenun_type="sarung", origin_kabupaten="ttu", suku="Dawan (Atoni Meto)",
                techniques=["buna", "sotis"], dyes=["sintetis", "tarum"], dye_class="campuran",
                yarn="pabrik", length_cm=150, width_cm=66, weight_g=780, panel_count=3,
                days_to_make=145,
                weavers=[WeaverCredit("Maria Taek", consent=True),
                         WeaverCredit("Yosefina Abuk", consent=True)],
            ),
        ), "insana", ("kaif",), tenun_photos(141, "mengkudu", "Sarung Tais Buna Insana",
                                              "Insana Buna Tais Sarong", "sarung",
                                              third="dipakai")),
    ]  # fmt: skip
