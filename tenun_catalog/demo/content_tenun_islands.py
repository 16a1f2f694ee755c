"""Demo content: the cloths of Sumba Timur, Sikka (Flores), Rote and Sabu, with their stories in
Indonesian and English.

Deliberate cases: TN-STM-002 uses the Patola Ratu motif, restricted and without a permission
record (exports must withhold it); TN-SBR-001 uses the lineage motif Wo Boi, whose permission is
recorded; the Sikka cloths claim the Geographical Indication 'Tenun Ikat Sikka' (their producer is
an MPIG member); TN-RTN-002 has no English description or story. Hinggi and lafa are two
panels joined side by side, as they are woven, and stay under the 180 cm width warning.
"""

from __future__ import annotations

from ..domain.entities import Product, TenunDetail, WeaverCredit
from .specs import ProductSpec, tenun_photos

PACK_BOX = "Digulung dengan kertas bebas asam dalam kotak karton, dengan kartu cerita motif"
PACK_BAG = "Dilipat dalam kantong kain blacu, dengan kartu cerita motif"
GI_SIKKA = "Tenun Ikat Sikka"


def products() -> list[ProductSpec]:
    return [
        ProductSpec(Product(
            sku="TN-STM-001", kind="tenun",
            name_id="Hinggi Kombu Njara", name_en="Morinda Hinggi with Horses",
            description_id=(
                "Hinggi (selimut pria) dua lembar berwarna merah kombu dengan barisan kuda dan "
                "udang. Benang pintal tangan, pewarna alam."
            ),
            description_en=(
                "A two-panel hinggi (men's mantle) in kombu red with rows of horses and prawns. "
                "Hand-spun yarn, natural dyes."
            ),
            story_id=(
                "Warna merahnya dari akar mengkudu yang diramu dengan daun loba; pencelupan "
                "diulang berminggu-minggu. Hinggi seperti ini dipakai berpasangan pada pesta "
                "adat dan termasuk kain yang diberikan dalam belis."
            ),
            story_en=(
                "Its red comes from morinda root mixed with loba leaves, the dyeing repeated "
                "over weeks. A hinggi like this is worn as a pair at customary feasts and is "
                "among the cloths given in bride-wealth."
            ),
            brand="Kuda Sabana", price=6_500_000, wholesale_price=5_600_000,
            min_order=1, lead_time_days=180, stock=1,
            packaging=PACK_BOX,
            tenun=TenunDetail(
                tenun_type="selimut", origin_kabupaten="sumba_timur", suku="Sumba (Kambera)",
                techniques=["ikat_lungsi"], dyes=["mengkudu", "tarum", "loba", "kemiri"],
                dye_class="alam", yarn="pintal_tangan", length_cm=260, width_cm=124,
                weight_g=1450, panel_count=2, days_to_make=180,
                weavers=[WeaverCredit("Yuliana Konga", consent=True),
                         WeaverCredit("Hana Ndakularak", consent=True)],
            ),
        ), "sabana", ("njara", "kurangu"), tenun_photos(201, "mengkudu", "Hinggi Kombu Njara",
                                                         "Morinda Hinggi with Horses",
                                                         "selimut", portrait=False)),
        ProductSpec(Product(
            sku="TN-STM-002", kind="tenun",
            name_id="Hinggi Patola Ratu", name_en="Royal Patola Hinggi",
            description_id=(
                "Hinggi besar dengan jalur tengah bermotif patola dan tepi bermotif kuda. "
                "Benang pintal tangan, merah mengkudu dan biru tarum."
            ),
            description_en=(
                "A large hinggi with a patola centre band and horses along the borders. "
                "Hand-spun yarn, morinda red and indigo blue."
            ),
            story_id=(
                "Kain ini ditenun oleh penenun senior koperasi selama delapan bulan. Karena "
                "motif tengahnya termasuk motif bangsawan, koperasi masih menunggu izin pemangku "
                "adat sebelum motif itu ditampilkan di katalog."
            ),
            story_en=(
                "A senior weaver of the cooperative spent eight months on this cloth. Because "
                "its centre motif belongs to the nobility, the cooperative is still waiting for "
                "the customary leaders' permission before the motif is shown in a catalogue."
            ),
            brand="Kuda Sabana", price=7_500_000, wholesale_price=6_400_000,
            min_order=1, lead_time_days=240, stock=1,
            packaging=PACK_BOX,
            tenun=TenunDetail(
                tenun_type="selimut", origin_kabupaten="sumba_timur", suku="Sumba (Kambera)",
                techniques=["ikat_lungsi"], dyes=["mengkudu", "tarum", "loba"],
                dye_class="alam", yarn="pintal_tangan", length_cm=270, width_cm=130,
                weight_g=1600, panel_count=2, days_to_make=240,
                weavers=[WeaverCredit("Yuliana Konga", consent=True)],
            ),
        ), "sabana", ("patola_ratu", "njara"), tenun_photos(211, "campur", "Hinggi Patola Ratu",
                                                             "Royal Patola Hinggi", "selimut",
                                                             portrait=False)),
        ProductSpec(Product(
            sku="TN-STM-003", kind="tenun",
            name_id="Selendang Pahikung Kurangu", name_en="Pahikung Prawn Shawl",
            description_id=(
                "Selendang pahikung (lungsi tambahan) dengan deretan udang, biru tarum di atas "
                "putih kapas."
            ),
            description_en=(
                "A pahikung (supplementary warp) shawl with rows of prawns, indigo on undyed "
                "cotton white."
            ),
            story_id=(
                "Pahikung dikerjakan dengan mengangkat benang lungsi tambahan helai demi helai "
                "memakai lidi, sehingga gambar udang tampak jelas di kedua sisi kain."
            ),
            story_en=(
                "Pahikung is made by lifting extra warp threads one by one with a palm-leaf "
                "rib, so the prawns show clearly on both sides of the cloth."
            ),
            brand="Kuda Sabana", price=650_000, wholesale_price=560_000, min_order=1,
            lead_time_days=35, stock=4, packaging=PACK_BAG,
            packed_weight_g=260, package_length_cm=30, package_width_cm=25, package_height_cm=4,
            tenun=TenunDetail(
                tenun_type="selendang", origin_kabupaten="sumba_timur", suku="Sumba (Kambera)",
                techniques=["pahikung"], dyes=["tarum"], dye_class="alam", yarn="pabrik",
                length_cm=200, width_cm=42, weight_g=210, panel_count=1, days_to_make=35,
                weavers=[WeaverCredit("Hana Ndakularak", consent=True)],
            ),
        ), "sabana", ("kurangu",), tenun_photos(221, "kapas", "Selendang Pahikung Kurangu",
                                                 "Pahikung Prawn Shawl", "selendang",
                                                 third="dipakai")),
        ProductSpec(Product(
            sku="TN-SKA-001", kind="tenun",
            name_id="Utan Mawarani", name_en="Mawarani Utan Sarong",
            description_id=(
                "Utan (sarung perempuan Sikka) dengan motif bintang kejora, cokelat tua dan "
                "biru kehitaman. Benang pintal tangan, seluruhnya pewarna alam."
            ),
            description_en=(
                "An utan (Sikka women's sarong) with the morning-star motif in dark brown and "
                "blue-black. Hand-spun yarn, natural dyes only."
            ),
            story_id=(
                "Kapasnya dipintal sendiri, lalu benang diikat dengan daun gebang sebelum "
                "dicelup tarum dan mengkudu berulang kali. Motif mawarani kini disukai banyak "
                "perempuan untuk pesta dan misa."
            ),
            story_en=(
                "The cotton is spun by hand and the yarn tied with gebang palm leaf before it "
                "is dipped again and again in indigo and morinda. Many women now choose the "
                "mawarani motif for feasts and Mass."
            ),
            brand="Pewarna Alam Kajowair", price=2_750_000, wholesale_price=2_350_000,
            min_order=1, lead_time_days=90,
            stock=2, packaging=PACK_BOX,
            tenun=TenunDetail(
                tenun_type="sarung", origin_kabupaten="sikka", suku="Sikka Krowe",
                techniques=["ikat_lungsi"], dyes=["tarum", "mengkudu", "loba", "kemiri"],
                dye_class="alam", yarn="pintal_tangan", length_cm=170, width_cm=72,
                weight_g=700, panel_count=2, days_to_make=90,
                weavers=[WeaverCredit("Theresia Bura", consent=True)], gi_claim=GI_SIKKA,
            ),
        ), "sikka", ("mawarani",), tenun_photos(231, "lumpur", "Utan Mawarani",
                                                 "Mawarani Utan Sarong", "sarung",
                                                 third="dipakai")),
        ProductSpec(Product(
            sku="TN-SKA-002", kind="tenun",
            name_id="Selendang Okukirei", name_en="Okukirei Shawl",
            description_id=(
                "Selendang ikat dengan motif perahu nelayan, biru tarum dan merah mengkudu. "
                "Benang pabrik, pewarna alam."
            ),
            description_en=(
                "An ikat shawl with the fishing-boat motif in indigo and morinda red. Factory "
                "yarn, natural dyes."
            ),
            story_id=(
                "Motif okukirei menggambarkan perahu, nelayan dan hasil laut. Selendang ini "
                "ditenun oleh penenun muda yang baru dua tahun belajar mengikat motif."
            ),
            story_en=(
                "The okukirei motif shows boats, fishermen and the catch of the sea. This shawl "
                "was woven by a young weaver who began learning to tie motifs two years ago."
            ),
            brand="Pewarna Alam Kajowair", price=550_000, wholesale_price=480_000, min_order=1,
            lead_time_days=25, stock=5, packaging=PACK_BAG,
            packed_weight_g=280, package_length_cm=30, package_width_cm=25, package_height_cm=4,
            tenun=TenunDetail(
                tenun_type="selendang", origin_kabupaten="sikka", suku="Sikka Krowe",
                techniques=["ikat_lungsi"], dyes=["tarum", "mengkudu"], dye_class="alam",
                yarn="pabrik", length_cm=190, width_cm=50, weight_g=230, panel_count=1,
                days_to_make=25, weavers=[WeaverCredit("Veronika Nona", consent=True)],
                gi_claim=GI_SIKKA,
            ),
        ), "sikka", ("okukirei",), tenun_photos(241, "tarum", "Selendang Okukirei",
                                                 "Okukirei Shawl", "selendang")),
        ProductSpec(Product(
            sku="TN-RTN-001", kind="tenun",
            name_id="Lafa Lumpur Rote", name_en="Rote Mud-Black Lafa",
            description_id=(
                "Lafa (selimut pria Rote) hitam lumpur dengan jalur belah ketupat putih dan "
                "merah. Pewarna alam."
            ),
            description_en=(
                "A lafa (Rote men's mantle) in mud black with bands of white and red diamond "
                "lattice. Natural dyes."
            ),
            story_id=(
                "Hitam lafa ini didapat dari lumpur yang dicampur ramuan daun, diulang sampai "
                "benang tidak lagi melepaskan warna. Lafa dipakai kaum pria bersama topi "
                "ti'ilangga pada acara adat."
            ),
            story_en=(
                "The black of this lafa comes from mud mixed with leaf dyes, repeated until the "
                "yarn no longer gives off colour. Men wear the lafa with the ti'ilangga hat at "
                "customary occasions."
            ),
            price=3_500_000, wholesale_price=3_000_000,
            min_order=1, lead_time_days=75, stock=1, packaging=PACK_BOX,
            tenun=TenunDetail(
                tenun_type="selimut", origin_kabupaten="rote_ndao", suku="Rote",
                techniques=["ikat_lungsi"], dyes=["lumpur", "tarum", "mengkudu"],
                dye_class="alam", yarn="pabrik", length_cm=210, width_cm=104, weight_g=1100,
                panel_count=2, days_to_make=75,
                weavers=[WeaverCredit("Yakoba Ndun", consent=True)],
            ),
        ), "rote", ("ketupat",), tenun_photos(251, "lumpur", "Lafa Lumpur Rote",
                                               "Rote Mud-Black Lafa", "selimut",
                                               portrait=False)),
        ProductSpec(Product(
            sku="TN-RTN-002", kind="tenun",
            name_id="Selendang Ikat Rote", name_en="Rote Ikat Shawl",
            description_id=(
                "Selendang hitam lumpur dengan motif belah ketupat merah mengkudu, untuk "
                "ibadah dan pesta."
            ),
            story_id=(
                "Selendang seperti ini dikalungkan kepada tamu sebagai tanda hormat. Kelompok "
                "menenunnya di sela musim menyadap lontar."
            ),
            price=500_000, wholesale_price=430_000, min_order=1, lead_time_days=28, stock=3,
            packaging=PACK_BAG,
            packed_weight_g=270, package_length_cm=30, package_width_cm=25, package_height_cm=4,
            tenun=TenunDetail(
                tenun_type="selendang", origin_kabupaten="rote_ndao", suku="Rote",
                techniques=["ikat_lungsi"], dyes=["lumpur", "mengkudu"], dye_class="alam",
                yarn="pabrik", length_cm=180, width_cm=50, weight_g=220, panel_count=1,
                days_to_make=28, weavers=[WeaverCredit("Yakoba Ndun", consent=True)],
            ),
        ), "rote", ("ketupat",), tenun_photos(261, "lumpur", "Selendang Ikat Rote",
                                               "Rote Ikat Shawl", "selendang",
                                               third="dipakai")),
        ProductSpec(Product(
            sku="TN-SBR-001", kind="tenun",
            name_id="Ei Wo Boi", name_en="Wo Boi Sabu Sarong",
            description_id=(
                "Ei (sarung perempuan Sabu) dua lembar dengan motif bunga karang, biru tarum "
                "dan merah mengkudu. Benang pintal tangan."
            ),
            description_en=(
                "A two-panel ei (Sabu women's sarong) with the coral-flower motif in indigo and "
                "morinda red. Hand-spun yarn."
            ),
            story_id=(
                "Motif ini diwariskan dalam satu garis keturunan ibu. Kelompok menjualnya "
                "setelah tetua garis keturunan itu memberi izin pada Maret 2025, dan hanya "
                "ditenun oleh perempuan dari garis tersebut."
            ),
            story_en=(
                "This motif is handed down in one mother's line. The group sells it since the "
                "elder of that line gave permission in March 2025, and it is woven only by "
                "women of that line."
            ),
            price=2_900_000, min_order=1, lead_time_days=120, stock=1, packaging=PACK_BOX,
            tenun=TenunDetail(
                tenun_type="sarung", origin_kabupaten="sabu_raijua", suku="Sabu (Hawu)",
                techniques=["ikat_lungsi"], dyes=["tarum", "mengkudu", "kemiri"],
                dye_class="alam", yarn="pintal_tangan", length_cm=155, width_cm=62,
                weight_g=650, panel_count=2, days_to_make=120,
                weavers=[WeaverCredit("Adriana Lado", consent=True)],
            ),
        ), "sabu", ("wo_boi",), tenun_photos(271, "tarum", "Ei Wo Boi", "Wo Boi Sabu Sarong",
                                              "sarung")),
        ProductSpec(Product(
            sku="TN-SBR-002", kind="tenun",
            name_id="Selempang Ikat Sabu", name_en="Sabu Ikat Sash",
            description_id=(
                "Selempang sempit bermotif belah ketupat kecil, untuk busana adat dan tanda "
                "penghormatan bagi tamu."
            ),
            description_en=(
                "A narrow sash with a small diamond lattice, for traditional dress and to honour "
                "guests."
            ),
            story_id=(
                "Selempang dikenakan menyilang di bahu. Penenun muda kelompok belajar menenun "
                "dari selempang seperti ini sebelum mengerjakan sarung."
            ),
            story_en=(
                "The sash is worn across the shoulder. The group's young weavers learn on sashes "
                "like this one before they weave a sarong."
            ),
            price=200_000, wholesale_price=170_000, min_order=1, lead_time_days=7, stock=10,
            packaging=PACK_BAG,
            packed_weight_g=120, package_length_cm=20, package_width_cm=15, package_height_cm=3,
            tenun=TenunDetail(
                tenun_type="selempang", origin_kabupaten="sabu_raijua", suku="Sabu (Hawu)",
                techniques=["ikat_lungsi"], dyes=["sintetis"], dye_class="sintetis",
                yarn="pabrik", length_cm=170, width_cm=20, weight_g=90, panel_count=1,
                days_to_make=7, weavers=[WeaverCredit("Adriana Lado", consent=True)],
            ),
        ), "sabu", ("ketupat",), tenun_photos(281, "kapas", "Selempang Ikat Sabu",
                                               "Sabu Ikat Sash", "selempang")),
    ]  # fmt: skip
