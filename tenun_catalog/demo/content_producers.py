"""Demo content: the producers (weaver groups, a cooperative, two Sei kitchens) and their permits.

Every name here is invented for the demo and does not describe a real business; places are real
kelurahan/desa and kecamatan of NTT. Phone numbers are placeholders (0812-0000-0xxx) and email
addresses use the reserved example.com domain, so a demo catalog never sends a buyer to a real
person. Each NIK (never printed anywhere) ends in the serial number 0000, which is never issued,
so it cannot be anyone's.
"""

from __future__ import annotations

from datetime import date

from ..domain.entities import Permit, Producer
from .specs import PermitSpec, ProducerSpec, group_photo

# Permit numbers of the Sei producers, shared with the products that print them.
PIRT_BABI = "2015301020147-30"  # Kabupaten Kupang (5301), valid until 2030
PIRT_BABI_OLD = "2015301010032-24"  # the previous registration, ended 2024
BPOM_MD_BABI = "MD 226553001047"
PIRT_SAPI = "2015371010089-29"  # Kota Kupang (5371), valid until 2029
HALAL_SAPI = "ID53110001873260725"


def producers() -> list[ProducerSpec]:
    return [
        ProducerSpec("lontar", Producer(
            name="Kelompok Tenun Lontar Nunbaun",
            producer_type="kelompok_tenun", legal_form="kub", nib="0220004517832",
            person_in_charge="Ester Lado", nik="5371014712780000",
            address="Jl. Sabu Raya RT 07/RW 03", village="Nunbaun Sabu", kecamatan="Alak",
            kabupaten="kota_kupang", phone="0812-0000-0101", whatsapp="0812-0000-0101",
            email="tenun.lontar@example.com", capacity_per_month=30, capacity_unit="lembar",
            market_reach="nasional", members_count=18,
            story_id=(
                "Kelompok ini dibentuk ibu-ibu keturunan Sabu dan Rote yang tinggal di Nunbaun "
                "Sabu, Kupang. Mereka menenun di kolong rumah sambil menjaga anak, memadukan "
                "motif kampung asal dengan corak baru yang lahir di kota."
            ),
            story_en=(
                "The group was formed by women of Sabu and Rote descent living in Nunbaun Sabu, "
                "Kupang. They weave under their houses while minding the children, joining the "
                "motifs of their home islands with new patterns born in the city."
            ),
        ), group_photo(501, "Kelompok Tenun Lontar Nunbaun", 6)),
        ProducerSpec("sabana", Producer(
            name="Koperasi Produsen Tenun Kuda Sabana",
            producer_type="koperasi", legal_form="koperasi", nib="0220007741265",
            npwp="0953218774501000", person_in_charge="Yuliana Konga", nik="5311024305710000",
            address="Jl. Lambanapu No. 4", village="Lambanapu", kecamatan="Kambera",
            kabupaten="sumba_timur", phone="0812-0000-0202", whatsapp="0812-0000-0202",
            email="kudasabana@example.com", capacity_per_month=12, capacity_unit="lembar",
            market_reach="ekspor", members_count=42,
            story_id=(
                "Koperasi ini menghimpun penenun dari beberapa kampung di Kambera. Benang "
                "dicelup berulang kali dengan akar mengkudu dan daun nila; satu hinggi bisa "
                "memakan waktu setengah tahun dari mengikat motif sampai menyambung kain."
            ),
            story_en=(
                "The cooperative brings together weavers from several villages in Kambera. The "
                "yarn is dyed again and again with morinda root and indigo leaves; one hinggi "
                "can take half a year from tying the motif to joining the panels."
            ),
        ), group_photo(502, "Koperasi Produsen Tenun Kuda Sabana", 7)),
        ProducerSpec("insana", Producer(
            name="Kelompok Tenun Bunga Kapas Insana",
            producer_type="kelompok_tenun", legal_form="kub", nib="0220009153307",
            person_in_charge="Maria Taek", nik="5303065209820000",
            address="Dusun A RT 02", village="Oelolok", kecamatan="Insana",
            kabupaten="ttu", phone="0812-0000-0303", whatsapp="0812-0000-0303",
            capacity_per_month=10, capacity_unit="lembar", market_reach="nasional",
            members_count=15,
            story_id=(
                "Penenun Bunga Kapas menjaga teknik buna, benang pakan tambahan yang dililit "
                "satu per satu sehingga motif tampak timbul. Ilmunya diajarkan dari mama kepada "
                "anak perempuan di sela pekerjaan ladang."
            ),
            story_en=(
                "The Bunga Kapas weavers keep the buna technique alive: supplementary weft "
                "wrapped thread by thread so that the motif stands out. It is taught from mother "
                "to daughter between the work in the fields."
            ),
        ), group_photo(503, "Kelompok Tenun Bunga Kapas Insana", 5)),
        ProducerSpec("sikka", Producer(
            name="Kelompok Tenun Pewarna Alam Kajowair",
            producer_type="kelompok_tenun", legal_form="kub", nib="0220003368914",
            person_in_charge="Theresia Bura", nik="5307114101750000",
            address="Jl. Raya Maumere-Larantuka Km 14", village="Kajowair",
            kecamatan="Hewokloang", kabupaten="sikka", phone="0812-0000-0404",
            whatsapp="0812-0000-0404", email="pewarnaalam.kajowair@example.com",
            capacity_per_month=8, capacity_unit="lembar", market_reach="ekspor",
            members_count=21, mpig_member=True,
            story_id=(
                "Kelompok ini hanya memakai pewarna alam: tarum untuk biru kehitaman, akar "
                "mengkudu untuk merah, dan kulit kayu untuk cokelat. Anggotanya tergabung dalam "
                "masyarakat perlindungan indikasi geografis Tenun Ikat Sikka."
            ),
            story_en=(
                "The group uses only natural dyes: indigo for blue-black, morinda root for red "
                "and tree bark for brown. Its members belong to the producer society that "
                "protects the Geographical Indication Tenun Ikat Sikka."
            ),
        ), group_photo(504, "Kelompok Tenun Pewarna Alam Kajowair", 5)),
        ProducerSpec("rote", Producer(
            name="Kelompok Tenun Ti'ilangga Lobalain",
            producer_type="kelompok_tenun", legal_form="kub", nib="0220006627140",
            person_in_charge="Yakoba Ndun", nik="5314015606800000",
            address="Jl. Pelabuhan Ba'a RT 04", village="Namodale", kecamatan="Lobalain",
            kabupaten="rote_ndao", phone="0812-0000-0505", whatsapp="0812-0000-0505",
            capacity_per_month=6, capacity_unit="lembar", market_reach="lokal",
            members_count=11,
            story_id=(
                "Di Lobalain, benang direndam dalam lumpur dan ramuan daun berulang kali sampai "
                "hitamnya pekat dan tahan lama. Kelompok ini menenun lafa dan selendang untuk "
                "pesta dan ibadah."
            ),
            story_en=(
                "In Lobalain the yarn is soaked in mud and leaf dyes again and again until its "
                "black is deep and lasting. The group weaves lafa mantles and shawls for feasts "
                "and church."
            ),
        ), group_photo(505, "Kelompok Tenun Ti'ilangga Lobalain", 4)),
        ProducerSpec("sabu", Producer(
            name="Kelompok Tenun Benang Seba",
            producer_type="kelompok_tenun", legal_form="kub", nib="0220008810452",
            person_in_charge="Adriana Lado", nik="5320016110690000",
            address="Jl. Seba-Mesara RT 03", village="Seba", kecamatan="Sabu Barat",
            kabupaten="sabu_raijua", phone="0812-0000-0606", whatsapp="0812-0000-0606",
            capacity_per_month=6, capacity_unit="lembar", market_reach="lokal",
            members_count=9,
            story_id=(
                "Perempuan Sabu menuliskan sejarah keluarga lewat motif sarungnya. Kelompok ini "
                "mencatat siapa yang boleh menenun tiap motif dan meminta izin tetua sebelum "
                "sebuah motif garis keturunan dijual."
            ),
            story_en=(
                "Sabu women write their family history into the motifs of their sarongs. The "
                "group records who may weave each motif and asks the elders' permission before "
                "a lineage motif is sold."
            ),
        ), group_photo(506, "Kelompok Tenun Benang Seba", 4)),
        ProducerSpec("baun", Producer(
            name="UD Sei Lopo Baun",
            producer_type="umkm", legal_form="perorangan", nib="0220001945573",
            person_in_charge="Yohanis Nafi", nik="5301150304760000",
            address="Jl. Raya Baun RT 05/RW 02", village="Teunbaun", kecamatan="Amarasi Barat",
            kabupaten="kupang", phone="0812-0000-0707", whatsapp="0812-0000-0707",
            email="seilopobaun@example.com", capacity_per_month=600, capacity_unit="bungkus",
            market_reach="nasional", members_count=6,
            story_id=(
                "Dapur asap di belakang lopo keluarga Nafi. Daging babi diiris memanjang, "
                "dibumbui garam, lalu diasapi di atas bara kayu kosambi yang ditutup daun "
                "kosambi segar, seperti cara orang Amarasi membuat sei sejak dulu."
            ),
            story_en=(
                "A smokehouse behind the Nafi family's lopo. Pork is cut into long strips, "
                "salted and smoked over kosambi embers covered with fresh kosambi leaves, the "
                "way the people of Amarasi have long made sei."
            ),
        ), group_photo(507, "UD Sei Lopo Baun", 3)),
        ProducerSpec("fatululi", Producer(
            name="Dapur Asap Fatululi",
            producer_type="umkm", legal_form="perorangan", nib="0220005206681",
            person_in_charge="Siti Aisyah Lamury", nik="5371034408850000",
            address="Jl. Frans Seda No. 21", village="Fatululi", kecamatan="Oebobo",
            kabupaten="kota_kupang", phone="0812-0000-0808", whatsapp="0812-0000-0808",
            email="dapurasap.fatululi@example.com", capacity_per_month=400,
            capacity_unit="bungkus", market_reach="nasional", members_count=4,
            story_id=(
                "Dapur kecil yang hanya mengolah daging sapi, dengan sertifikat halal. Sei "
                "sapinya diasapi dengan kayu kosambi dan dikemas vakum untuk oleh-oleh dari "
                "Kupang."
            ),
            story_en=(
                "A small kitchen that processes beef only, with a halal certificate. Its beef "
                "sei is smoked over kosambi wood and vacuum-packed as a gift from Kupang."
            ),
        ), group_photo(508, "Dapur Asap Fatululi", 3)),
    ]  # fmt: skip


def permits() -> list[PermitSpec]:
    """NIB for every producer, the Sei permits, one permit expiring soon and one expired."""
    oss = "Lembaga OSS (Kementerian Investasi/BKPM)"
    nib_issued = {
        "lontar": date(2021, 3, 15), "sabana": date(2019, 11, 4), "insana": date(2022, 8, 1),
        "sikka": date(2020, 2, 27), "rote": date(2023, 1, 9), "sabu": date(2023, 6, 19),
        "baun": date(2019, 9, 2), "fatululi": date(2021, 10, 11),
    }  # fmt: skip
    nibs = {spec.key: spec.producer.nib for spec in producers()}
    found = [
        PermitSpec(key, Permit("nib", nibs[key], issuer=oss, issued=issued))
        for key, issued in nib_issued.items()
    ]
    found += [
        PermitSpec("baun", Permit(
            "pirt", PIRT_BABI, issuer="DPMPTSP Kabupaten Kupang",
            issued=date(2025, 6, 12), expires=date(2030, 6, 12), product_skus=["SEI-BBI-001"],
        )),
        PermitSpec("baun", Permit(
            "pirt", PIRT_BABI_OLD, issuer="Dinas Kesehatan Kabupaten Kupang",
            issued=date(2019, 5, 20), expires=date(2024, 5, 20),
        )),
        PermitSpec("baun", Permit(
            "bpom_md", BPOM_MD_BABI, issuer="Badan POM RI",
            issued=date(2025, 2, 10), expires=date(2030, 2, 10), product_skus=["SEI-BBI-002"],
        )),
        PermitSpec("fatululi", Permit(
            "pirt", PIRT_SAPI, issuer="DPMPTSP Kota Kupang",
            issued=date(2024, 9, 2), expires=date(2029, 9, 2), product_skus=["SEI-SPI-001"],
        )),
        PermitSpec("fatululi", Permit(
            "halal", HALAL_SAPI, issuer="BPJPH Kementerian Agama RI", issued=date(2025, 7, 21),
            product_skus=["SEI-SPI-001", "SEI-SPI-002"],
        )),
        PermitSpec("fatululi", Permit(
            "slhs", "443.51/SLHS/0217/DINKES-KK", issuer="Dinas Kesehatan Kota Kupang",
        ), expires_in_days=60, valid_days=3 * 365),
        PermitSpec("sabana", Permit(
            "merek", "IDM000871245", issuer="DJKI Kementerian Hukum",
            issued=date(2023, 4, 3), expires=date(2033, 4, 3),
        )),
    ]  # fmt: skip
    return found
