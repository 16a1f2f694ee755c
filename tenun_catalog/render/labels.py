"""The fixed words of the themes in Indonesian and English (the catalog language decides)."""

from __future__ import annotations

from .context import Labels

LABELS = {
    "id": Labels(
        contents="Daftar isi",
        page="Halaman",
        price="Harga",
        scan_to_order="Pindai untuk memesan",
        order_whatsapp="Pesan via WhatsApp",
        motif="Motif",
        meaning="Makna",
        source="Sumber",
        producer="Produsen",
        members="anggota",
        contact="Kontak",
        products="Produk",
        withheld_note="Sebagian keterangan motif tidak ditampilkan atas permintaan pemiliknya.",
        no_photo="Foto menyusul",
        all="Semua",
        search="Cari kain, motif, daerah…",
        filters="Saring",
        price_list="Daftar harga",
        generated="Dibuat",
        back_to_index="Semua produk",
        how_to_order="Cara memesan",
        welcome="Selamat datang",
        pork_warning="MENGANDUNG BABI",
        halal="Halal",
        price_range="Harga",
        results="produk",
    ),
    "en": Labels(
        contents="Contents",
        page="Page",
        price="Price",
        scan_to_order="Scan to order",
        order_whatsapp="Order via WhatsApp",
        motif="Motif",
        meaning="Meaning",
        source="Source",
        producer="Producer",
        members="members",
        contact="Contact",
        products="Products",
        withheld_note="Some motif details are not shown at the request of their owners.",
        no_photo="Photo to follow",
        all="All",
        search="Search cloth, motif, region…",
        filters="Filter",
        price_list="Price list",
        generated="Made",
        back_to_index="All products",
        how_to_order="How to order",
        welcome="Welcome",
        pork_warning="CONTAINS PORK",
        halal="Halal",
        price_range="Price",
        results="products",
    ),
}


def labels_for(lang: str) -> Labels:
    return LABELS["en" if lang == "en" else "id"]
