"""Demo content: the motifs, their meanings in Indonesian and English, and their restrictions.

Meanings are written generically and respectfully ("motif ini melambangkan ...") after what is
commonly published about these motifs; the narrators named as sources are invented demo
people. Two motifs exercise the restriction rule: Patola Ratu (nobility, NO permission record,
so every public output withholds it) and Wo Boi (a lineage motif WITH a permission record). The
lineage itself is deliberately not named. Wo Boi also carries two attributed narratives (one for
everyone, one for the lineage only), and Belah Ketupat the Notice its recording group attached.
"""

from __future__ import annotations

from datetime import date

from ..domain.entities import Motif, Narrative
from .specs import MotifSpec


def motifs() -> list[MotifSpec]:
    return [
        MotifSpec("njara", Motif(
            name_id="Kuda", name_local="Njara", name_en="Horse",
            kabupaten="sumba_timur", suku="Sumba (Kambera)", technique="ikat_lungsi",
            meaning_id=(
                "Motif ini melambangkan kegagahan, keberanian dan kehormatan keluarga. Kuda "
                "menjadi bagian penting hidup orang Sumba, juga dalam belis perkawinan."
            ),
            meaning_en=(
                "The motif stands for courage, strength and the honour of the family. Horses "
                "are central to life on Sumba, including the bride-wealth of a marriage."
            ),
            meaning_source="Dituturkan oleh Mama Yuliana Konga, penenun di Lambanapu, Kambera",
            use_context="belis",
        )),
        MotifSpec("kurangu", Motif(
            name_id="Udang", name_local="Kurangu", name_en="Prawn",
            kabupaten="sumba_timur", suku="Sumba (Kambera)", technique="ikat_lungsi",
            meaning_id=(
                "Udang berganti kulit dan terus tumbuh; motif ini melambangkan kehidupan yang "
                "terus diperbarui dari satu masa ke masa berikutnya."
            ),
            meaning_en=(
                "A prawn sheds its shell and keeps growing; the motif stands for life that is "
                "renewed from one season to the next."
            ),
            meaning_source="Dituturkan oleh Mama Hana Ndakularak, penenun di Kambera",
            use_context="upacara",
        )),
        MotifSpec("patola_ratu", Motif(
            name_id="Patola Ratu", name_local="Patola Ratu", name_en="Royal Patola",
            kabupaten="sumba_timur", suku="Sumba (Kambera)", technique="ikat_lungsi",
            meaning_id=(
                "Pola geometris yang sambung-menyambung, berasal dari kain patola yang dahulu "
                "dibawa pedagang dan menjadi barang berharga. Menurut adat, motif ini dikenakan "
                "oleh keluarga bangsawan."
            ),
            meaning_en=(
                "An interlocking geometric pattern taken from the patola cloths that traders "
                "once brought and that became treasured heirlooms. By custom it is worn by "
                "noble families."
            ),
            meaning_source="Catatan koperasi dari penuturan para penenun senior di Kambera",
            use_context="upacara", restriction="bangsawan", revealing_words=["patola"],
            holder="bangsawan",
        )),
        MotifSpec("kaif", Motif(
            name_id="Kait Berantai", name_local="Kaif", name_en="Linked Hooks",
            kabupaten="ttu", suku="Dawan (Atoni Meto), Insana", technique="buna",
            meaning_id=(
                "Kait-kait yang saling menyambung melambangkan persaudaraan dan gotong royong: "
                "setiap keluarga terkait dan saling menopang."
            ),
            meaning_en=(
                "Hooks that link into one another stand for kinship and working together: every "
                "family is tied to the others and holds them up."
            ),
            meaning_source="Dituturkan oleh Mama Maria Taek, penenun di Oelolok, Insana",
            use_context="sehari_hari",
        )),
        MotifSpec("okukirei", Motif(
            name_id="Perahu Nelayan", name_local="Okukirei", name_en="Fishing Boat",
            kabupaten="sikka", suku="Sikka Krowe", technique="ikat_lungsi",
            meaning_id=(
                "Motif ini mengenang leluhur yang dikenal sebagai pelaut: perahu, nelayan, "
                "udang dan kepiting. Ia melambangkan keberanian menghadapi laut dan rezeki yang "
                "dibawa pulang."
            ),
            meaning_en=(
                "The motif remembers ancestors known as seafarers: boats, fishermen, prawns and "
                "crabs. It stands for courage at sea and the livelihood brought home."
            ),
            meaning_source="Dituturkan oleh Mama Theresia Bura, penenun di Kajowair, Hewokloang",
            use_context="sehari_hari",
        )),
        MotifSpec("mawarani", Motif(
            name_id="Bintang Kejora", name_local="Mawarani", name_en="Morning Star",
            kabupaten="sikka", suku="Sikka Krowe", technique="ikat_lungsi",
            meaning_id=(
                "Menurut cerita turun-temurun, kain bermotif ini dahulu dikenakan para putri "
                "kerajaan. Kini motif ini dipakai luas dan melambangkan harapan serta penuntun "
                "di awal hari."
            ),
            meaning_en=(
                "Told from generation to generation: cloths with this motif were once worn by "
                "the daughters of the royal house. Today it is widely worn and stands for hope "
                "and guidance at the start of the day."
            ),
            meaning_source="Dituturkan oleh Mama Theresia Bura, penenun di Kajowair, Hewokloang",
            use_context="upacara",
        )),
        MotifSpec("wo_boi", Motif(
            name_id="Bunga Karang", name_local="Wo Boi", name_en="Coral Flower",
            kabupaten="sabu_raijua", suku="Sabu (Hawu)", technique="ikat_lungsi",
            clan_line="Garis keturunan ibu (wini); nama wini tidak dicantumkan atas permintaan "
            "pemberi izin",
            meaning_id=(
                "Seperti bunga karang yang bernaung di balik karang laut, motif ini melambangkan "
                "perlindungan bagi keluarga. Motif ini diwariskan dalam garis keturunan ibu dan "
                "ditenun oleh perempuan dari garis itu."
            ),
            meaning_en=(
                "Like the coral flower sheltering behind the reef, the motif stands for the "
                "protection of the family. It is handed down in a mother's line and woven by "
                "the women of that line."
            ),
            meaning_source="Dituturkan oleh Mama Adriana Lado, penenun di Seba",
            use_context="upacara", restriction="klan",
            permission_by="Mama Ina Bire, tetua garis keturunan, Seba",
            permission_date=date(2025, 3, 14),
            holder="klan", holder_name="Garis keturunan ibu (wini), Seba",
            protocols=["gender"], tk_labels=["tk_family", "tk_women_general"],
        )),
        MotifSpec("lontar", Motif(
            name_id="Daun Lontar", name_local="", name_en="Lontar Leaf",
            kabupaten="kota_kupang", suku="Sabu dan Rote (Kupang)", technique="ikat_lungsi",
            meaning_id=(
                "Desain baru kelompok: daun lontar yang menghidupi orang Sabu dan Rote di "
                "Kupang, dari gula air sampai atap rumah. Melambangkan ketekunan dan rumah "
                "yang dibawa ke kota."
            ),
            meaning_en=(
                "A new design by the group: the lontar palm leaf that sustains the Sabu and "
                "Rote people of Kupang, from palm sugar to roofs. It stands for perseverance "
                "and a home carried into the city."
            ),
            meaning_source="Dirancang oleh Mama Ester Lado, Kelompok Tenun Lontar Nunbaun, 2023",
            use_context="sehari_hari", protection="hak_cipta",
            protection_number="EC00202387412", contemporary=True,
        )),
        MotifSpec("ketupat", Motif(
            name_id="Belah Ketupat", name_local="", name_en="Diamond Lattice",
            technique="ikat_lungsi",
            meaning_id=(
                "Pola belah ketupat sederhana yang ditemukan di banyak daerah di NTT, sering "
                "dipakai sebagai pengisi di antara jalur motif utama. Melambangkan keteraturan "
                "dan keseimbangan."
            ),
            meaning_en=(
                "A simple diamond lattice found across many parts of NTT, often filling the "
                "bands between the main motifs. It stands for order and balance."
            ),
            meaning_source="Pola umum; dicatat oleh Kelompok Tenun Lontar Nunbaun",
            use_context="sehari_hari",
            # The group that recorded it attaches a Notice: the pattern's origin is not known.
            holder="komunitas_ganda", notice="attribution_incomplete",
        )),
    ]  # fmt: skip


def narratives() -> list[tuple[str, Narrative]]:
    """(MotifSpec.key, narrative) pairs; the motif id is set when the demo is built."""
    return [
        ("wo_boi", Narrative(
            motif_id=0, teller="Mama Adriana Lado", community="Penenun Seba, Sabu Raijua",
            audience="public",
            text_id=(
                "Ibu kami mengajarkan motif ini sambil menenun di kolong rumah. Bunga karang "
                "bersembunyi di balik karang agar tidak terbawa ombak; begitu juga keluarga "
                "menjaga anak-anaknya."
            ),
            text_en=(
                "Our mothers taught this motif while weaving under the house. The coral flower "
                "hides behind the reef so the waves do not take it; so a family keeps its "
                "children safe."
            ),
        )),
        ("wo_boi", Narrative(
            motif_id=0, teller="Mama Ina Bire", community="Garis keturunan ibu, Seba",
            audience="internal",
            text_id=(
                "Cerita garis keturunan tentang asal motif ini hanya untuk anggota garis itu; "
                "catatan lengkapnya disimpan kelompok."
            ),
            text_en=(
                "The lineage's story of where this motif comes from is for the members of the "
                "line only; the group keeps the full record."
            ),
        )),
    ]  # fmt: skip
