"""The cultural protocol in the shared context: names, stories, captions and close-ups."""

from __future__ import annotations

from datetime import date

from tenun_catalog import operations as ops
from tenun_catalog.domain import Motif, Producer, Product
from tenun_catalog.export.audience import build_view
from tenun_catalog.export.context import BuildOptions, build_context


class _Placer:
    def place(self, photo, slot):
        return f"file:///{photo.filename}", photo.width, photo.height, ()


def _library(lib, photo_files, permitted: bool):
    producer = ops.add_producer(lib, Producer(name="Koperasi Sumba", kabupaten="sumba_timur"))
    motif = Motif(
        name_id="Patola Ratu",
        name_local="Patola Ratu",
        restriction="bangsawan",
        meaning_id="Hanya untuk keluarga raja.",
    )
    if permitted:
        motif.permission_by, motif.permission_date = "Keluarga Umbu", date(2026, 1, 5)
    motif = ops.add_motif(lib, motif).after
    product = Product(
        sku="H-1",
        kind="tenun",
        producer_id=producer.after.id,
        name_id="Hinggi Patola Ratu",
        name_en="Patola Ratu mantle",
        story_id="Ditenun oleh Mama Rambu. Motif Patola Ratu dipakai raja.",
        price=4500000,
        motif_ids=[motif.id],
    )
    product.tenun.tenun_type = "selimut"
    product.tenun.origin_kabupaten = "sumba_timur"
    ops.add_product(lib, product)
    added = ops.attach_photos(lib, "H-1", photo_files).added
    ops.edit_photo(lib, added[0].after.id, {"caption_id": "Hinggi Patola Ratu utuh."})
    return build_context(build_view(lib), _Placer(), opts=BuildOptions(lang="id+en", qr=False))


def test_a_withheld_motif_leaves_no_trace(lib, photo_files):
    built = _library(lib, photo_files, permitted=False)
    assert built.withheld == ["Patola Ratu"]
    product = built.context.products[0]
    assert product.name.main == "Selimut Sumba Timur"
    assert product.name.second == "Large mantle, East Sumba"
    assert product.story.main == "Ditenun oleh Mama Rambu."
    assert product.motifs == ()
    assert [p.role for p in product.photos] == ["utama"]  # close-ups of the motif stay out
    assert "Patola" not in repr(built.context.sections)  # only the report lists it


def test_a_motif_with_a_permission_record_is_shown(lib, photo_files):
    built = _library(lib, photo_files, permitted=True)
    assert built.withheld == []
    product = built.context.products[0]
    assert product.name.main == "Hinggi Patola Ratu"
    assert product.motifs[0].meaning.main == "Hanya untuk keluarga raja."
    assert len(product.photos) == 3
