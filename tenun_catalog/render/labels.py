"""The fixed words of the themes in Indonesian and English (the catalog language decides);
a bilingual catalog gets both, Indonesian first."""

from __future__ import annotations

import dataclasses

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
        clear_filters="Hapus saringan",
        no_results="Tidak ada produk yang cocok. Coba kata lain atau hapus saringan.",
        story="Cerita",
        details="Keterangan",
        photo="Foto",
        skip_to_content="Langsung ke isi",
        price_under="di bawah",
        price_over="ke atas",
        search_label="Cari",
        show_results="Lihat hasil",
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
        clear_filters="Clear filters",
        no_results="No products match. Try another word or clear the filters.",
        story="The story",
        details="Details",
        photo="Photo",
        skip_to_content="Skip to content",
        price_under="under",
        price_over="and over",
        search_label="Search",
        show_results="Show results",
    ),
}


# What joins the two languages of one label in a bilingual (id+en) catalog.
BILINGUAL_JOIN = " / "


def bilingual_label(text_id: str, text_en: str) -> str:
    """'Harga / Price'; one word when both languages write it the same ('Motif', 'Halal')."""
    if not text_en or text_en.casefold() == text_id.casefold():
        return text_id
    return f"{text_id}{BILINGUAL_JOIN}{text_en}"


def _joined() -> Labels:
    first, second = LABELS["id"], LABELS["en"]
    return Labels(
        **{
            f.name: bilingual_label(getattr(first, f.name), getattr(second, f.name))
            for f in dataclasses.fields(Labels)
        }
    )


LABELS["id+en"] = _joined()


def labels_for(lang: str) -> Labels:
    """The theme words of a catalog in `lang` (id, en, or id+en: both, Indonesian first)."""
    return LABELS[lang] if lang in LABELS else LABELS["id"]
