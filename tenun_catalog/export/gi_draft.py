"""The draft GI description document (`report gi-draft --kabupaten KAB --out FILE.docx`).

A Geographical Indication application needs a description document ("dokumen deskripsi IG")
from the weavers' society (MPIG); Rote Ndao's was sent back for a better description of its
main motifs and the count of weaver groups. This output fills an editable Indonesian DOCX with
what the library knows of one kabupaten, section by section (name and area, history, raw
materials, dyes and their plants, production steps, main motifs, weaver groups and weavers,
photos) and ends with what is still missing, for the MPIG to finish in Word or LibreOffice.

It reads the library only through the motif view (`audience_motifs.build_motif_view`, audience
`submission`): a restricted motif whose permission does not cover the submission appears only
as a placeholder that says what the community must decide (its number in the library, never a
name, meaning, narrative or revealing word, in the text or the file's properties), and a weaver
is named only with consent (counts include every weaver). The document itself is laid out by
render/docx_writer.py.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__, formats, images
from ..domain import vocab
from ..domain.entities import ProductionStep
from ..domain.errors import UserError
from ..render.docx_writer import (
    Block,
    Bullets,
    DocxDocument,
    Facts,
    Heading,
    Para,
    Picture,
    Table,
    write_docx,
)
from ..store import Library
from . import atomic
from .audience import Selection
from .audience_motifs import MotifEntry, MotifView, WithheldMotif, build_motif_view
from .legality import kabupaten_code, report_date
from .result import OutputResult

AUDIENCE = "submission"
MAX_PHOTOS = 8  # product photos in section 8; motif photos sit with their motif
PHOTO_EDGE = 1200  # px, long edge of the copies put in the document (80 mm wide at ~380 dpi)

SECTIONS = (
    "1. Nama dan Wilayah",
    "2. Sejarah",
    "3. Bahan Baku",
    "4. Pewarna dan Tanaman Pewarna",
    "5. Tahap Produksi",
    "6. Uraian Motif Utama",
    "7. Kelompok Penenun dan Jumlah Penenun",
    "8. Foto",
    "9. Yang Masih Kurang",
)


def run_gi_draft(
    lib: Library,
    selection: Selection,
    out: Path,
    options: Mapping[str, Any],
    progress=None,
    cancelled=None,
) -> OutputResult:
    started = time.monotonic()
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise UserError(
            f"Draf deskripsi IG ditulis sebagai .docx; '{out.name}' bukan .docx.",
            f"The GI description draft is written as .docx; '{out.name}' is not.",
        )
    kabupaten = kabupaten_code(options.get("kabupaten"))
    if kabupaten is None:
        raise UserError(
            "Sebutkan kabupaten/kota untuk draf IG, mis. --kabupaten rote_ndao.",
            "Name the regency of the GI draft, e.g. --kabupaten rote_ndao.",
        )
    today = report_date(options.get("date"))
    view = build_motif_view(lib, AUDIENCE, kabupaten, cancelled=cancelled)
    builder = _Draft(lib, view, kabupaten, today)
    document = builder.document()
    with atomic.writing(out) as temp:
        write_docx(document, temp)
    return OutputResult(
        path=out,
        pages=0,
        products=len(view.producers),
        withheld=view.withheld_labels,
        seconds=time.monotonic() - started,
        notes=(
            (
                f"{len(builder.missing)} hal masih kurang; lihat bagian terakhir dokumen.",
                f"{len(builder.missing)} things are still missing; see the document's last "
                "section.",
            ),
        ),
    )


def gi_for(kabupaten: str) -> list[vocab.GeographicalIndication]:
    return [gi for gi in vocab.GI_REGISTRY if kabupaten in gi.kabupaten]


class _Draft:
    """Builds the document's blocks and, on the way, the list of what is missing."""

    def __init__(self, lib: Library, view: MotifView, kabupaten: str, today: date):
        self.lib, self.view, self.kab, self.today = lib, view, kabupaten, today
        self.area = vocab.KABUPATEN.label(kabupaten, "id")
        self.missing: list[str] = []
        self.tenun = [i for i in view.products if i.product.tenun is not None]
        self.pictures = 0  # pictures put in the document so far

    def document(self) -> DocxDocument:
        gis = gi_for(self.kab)
        name = " / ".join(gi.name for gi in gis) or f"Tenun Ikat {self.area} (nama usulan)"
        blocks: list[Block] = [
            Para(
                "Draf ini disusun otomatis dari pustaka Tenun Catalog untuk dilengkapi dan "
                "diperiksa oleh Masyarakat Perlindungan Indikasi Geografis (MPIG). Teks boleh "
                "diubah seluruhnya. Bagian terakhir mendaftar yang masih kurang.",
                kind="note",
            )
        ]
        for part in (
            self._name_and_area(gis, name),
            self._history(),
            self._raw_materials(),
            self._dyes(),
            self._steps(),
            self._motifs(),
            self._groups(),
            self._photos(),
        ):
            blocks += part
        blocks += [Heading(SECTIONS[8]), Bullets(tuple(self.missing) or ("-",))]
        return DocxDocument(
            title="Draf Dokumen Deskripsi Indikasi Geografis",
            subtitle=f"{name} - Kabupaten {self.area}, Nusa Tenggara Timur",
            blocks=tuple(blocks),
            header=f"DRAF untuk dilengkapi MPIG - {name}",
            footer=(
                f"Disusun dengan Tenun Catalog {__version__} pada "
                f"{formats.long_date(self.today, 'id')} dari data pustaka; periksa sebelum "
                "diajukan."
            ),
            subject=f"Draf deskripsi IG {name}",
            author="Tenun Catalog",
            keywords=f"indikasi geografis; tenun; {self.area}",
        )

    # ---- sections ------------------------------------------------------------------------

    def _name_and_area(self, gis: list, name: str) -> list[Block]:
        rows = [("Nama indikasi geografis", name)]
        if not gis:
            self.missing.append(
                f"Nama IG untuk {self.area} belum ada di daftar IG aplikasi: MPIG menetapkan "
                "nama yang diajukan."
            )
            rows.append(("Status", "belum diajukan / belum tercatat"))
        for gi in gis:
            if gi.registered:
                number = gi.certificate or "nomor sertifikat belum dicatat"
                year = f" ({gi.year})" if gi.year else ""
                rows.append((f"Sertifikat {gi.name}", f"terdaftar{year}, {number}"))
                if not gi.certificate:
                    self.missing.append(f"Nomor sertifikat IG {gi.name}.")
            else:
                rows.append((f"Sertifikat {gi.name}", "dalam proses"))
        places = sorted(
            {
                ", ".join(x for x in (p.village, p.kecamatan) if x)
                for p in self.view.producers
                if p.kabupaten == self.kab and (p.village or p.kecamatan)
            }
        )
        rows += [
            ("Kabupaten", f"{self.area}, Provinsi Nusa Tenggara Timur"),
            ("Desa / kecamatan penghasil", "; ".join(places) or "(belum tercatat)"),
        ]
        if not places:
            self.missing.append("Desa dan kecamatan tempat kain ditenun.")
        suku = sorted({i.product.tenun.suku for i in self.tenun if i.product.tenun.suku})
        kinds = _labels(vocab.TENUN_TYPES, [i.product.tenun.tenun_type for i in self.tenun])
        techniques = _labels(
            vocab.TECHNIQUES, [t for i in self.tenun for t in i.product.tenun.techniques]
        )
        rows += [
            ("Suku", ", ".join(suku) or "(belum tercatat)"),
            ("Jenis kain", ", ".join(kinds) or "(belum tercatat)"),
            ("Teknik", ", ".join(techniques) or "(belum tercatat)"),
            ("Kain tercatat di pustaka", str(len(self.tenun))),
        ]
        self.missing.append(
            "Peta batas wilayah geografis (tidak disimpan di pustaka): lampirkan peta dari "
            "pemerintah daerah."
        )
        return [Heading(SECTIONS[0]), Facts(tuple(rows))]

    def _history(self) -> list[Block]:
        blocks: list[Block] = [Heading(SECTIONS[1])]
        stories = [(p.name, p.story_id or p.story_en) for p in self.view.producers]
        stories = [(n, s) for n, s in stories if s.strip()]
        for producer, story in stories:
            blocks.append(Para(story, bold_lead=f"{producer}: "))
        if stories:
            blocks.append(Para("Sumber: profil kelompok di pustaka.", kind="note"))
        else:
            blocks.append(Para("(Belum ada cerita kelompok di pustaka.)", kind="note"))
        self.missing.append(
            "Sejarah asal-usul tenun di wilayah ini dengan sumbernya (penutur, tulisan, arsip)."
        )
        return blocks

    def _raw_materials(self) -> list[Block]:
        yarns = _labels(vocab.YARNS, [i.product.tenun.yarn for i in self.tenun])
        classes = _labels(vocab.DYE_CLASSES, [i.product.tenun.dye_class for i in self.tenun])
        yarn_steps = self._step_texts("benang")
        items = [f"Benang: {', '.join(yarns)}" if yarns else "Benang: (belum tercatat)"]
        items += [f"Penyiapan benang: {t}" for t in yarn_steps]
        items.append(f"Golongan pewarna: {', '.join(classes) or '(belum tercatat)'}")
        without = [i.sku for i in self.tenun if not i.product.tenun.yarn]
        if without:
            self.missing.append(f"Jenis benang untuk {len(without)} kain ({', '.join(without)}).")
        return [Heading(SECTIONS[2]), Bullets(tuple(items))]

    def _dyes(self) -> list[Block]:
        used: dict[str, list[str]] = {}
        for item in self.tenun:
            for dye in item.product.tenun.dyes:
                used.setdefault(dye, []).append(item.sku)
        plants = list(
            dict.fromkeys(
                p
                for steps in self.view.steps.values()
                for s in steps
                if s.kind == "pewarnaan"
                for p in s.plants
            )
        )
        rows = []
        for code in vocab.DYES.codes():
            if code not in used:
                continue
            label = vocab.DYES.label(code, "id")
            matched = [p for p in plants if _same_plant(p, code, label)]
            if not matched and code not in ("sintetis", "lumpur", "tinta_cumi"):
                self.missing.append(f"Nama tanaman (nama ilmiah) pewarna {label}.")
            rows.append((label, "; ".join(matched) or "-", f"{len(used[code])} kain"))
        blocks: list[Block] = [Heading(SECTIONS[3])]
        if rows:
            blocks.append(
                Table(("Pewarna", "Tanaman / bahan", "Dipakai pada"), tuple(rows), (45, 85, 36))
            )
        else:
            blocks.append(Para("(Belum ada pewarna tercatat.)", kind="note"))
            self.missing.append("Pewarna yang dipakai dan tanamannya.")
        other = [p for p in plants if not any(_same_plant(p, c, vocab.DYES.label(c)) for c in used)]
        if other:
            blocks.append(Para(", ".join(other), bold_lead="Tanaman lain pada tahap pewarnaan: "))
        return blocks

    def _step_texts(self, kind: str) -> list[str]:
        return list(
            dict.fromkeys(
                s.description_id or s.description_en
                for steps in self.view.steps.values()
                for s in steps
                if s.kind == kind and (s.description_id or s.description_en)
            )
        )

    def _steps(self) -> list[Block]:
        rows = []
        for term in vocab.PRODUCTION_STEPS:
            found: list[ProductionStep] = [
                s for steps in self.view.steps.values() for s in steps if s.kind == term.code
            ]
            if not found:
                self.missing.append(f"Uraian tahap produksi: {term.label_id.lower()}.")
                continue
            texts = self._step_texts(term.code)
            plants = list(dict.fromkeys(p for s in found for p in s.plants))
            days = sorted({s.days for s in found if s.days is not None})
            span = (
                ""
                if not days
                else (f"{days[0]}" if days[0] == days[-1] else f"{days[0]}-{days[-1]}")
            )
            rows.append((term.label_id, "\n".join(texts) or "-", "; ".join(plants) or "-", span))
        without = [i.sku for i in self.tenun if i.sku not in self.view.steps]
        if without:
            self.missing.append(
                f"Tahap produksi untuk {len(without)} kain yang belum punya: {', '.join(without)}."
            )
        blocks: list[Block] = [Heading(SECTIONS[4])]
        if rows:
            blocks.append(
                Table(("Tahap", "Uraian", "Tanaman", "Lama (hari)"), tuple(rows), (30, 82, 36, 18))
            )
            counted = len(self.view.steps)
            blocks.append(
                Para(f"Dihimpun dari tahap produksi {counted} kain di pustaka.", kind="note")
            )
        else:
            blocks.append(Para("(Belum ada tahap produksi tercatat.)", kind="note"))
        return blocks

    def _motifs(self) -> list[Block]:
        blocks: list[Block] = [Heading(SECTIONS[5])]
        number = 0
        for entry in self.view.motifs:
            number += 1
            blocks += self._motif(number, entry)
        for withheld in self.view.withheld_motifs:
            number += 1
            blocks += self._placeholder(number, withheld)
        if not number:
            blocks.append(Para("(Belum ada motif tercatat untuk wilayah ini.)", kind="note"))
            self.missing.append("Motif utama dengan nama lokal dan maknanya.")
        return blocks

    def _motif(self, number: int, entry: MotifEntry) -> list[Block]:
        m = entry.motif
        local = m.name_local or m.name_id
        title = f"6.{number} {local}" + (
            f" ({m.name_id})" if m.name_local and m.name_id != m.name_local else ""
        )
        holder = vocab.MOTIF_HOLDERS.label(m.holder, "id") if m.holder else ""
        if m.holder_name:
            holder = f"{holder}: {m.holder_name}" if holder else m.holder_name
        entitled = [x for x in (holder,) if x]
        if m.protocols:
            entitled.append(
                "Syarat: " + ", ".join(vocab.MOTIF_PROTOCOLS.label(p, "id") for p in m.protocols)
            )
        if m.permitted_use:
            entitled.append("Penggunaan: " + vocab.MOTIF_USES.label(m.permitted_use, "id"))
        if m.permission_by:
            when = formats.long_date(m.permission_date, "id") if m.permission_date else ""
            entitled.append(f"Izin dari {m.permission_by}" + (f", {when}" if when else ""))
        rows = [
            ("Nama lokal", m.name_local or "(belum tercatat)"),
            ("Nama Indonesia / Inggris", " / ".join(x for x in (m.name_id, m.name_en) if x)),
            ("Suku", m.suku or "-"),
            ("Teknik", vocab.TECHNIQUES.label(m.technique, "id") if m.technique else "-"),
            ("Makna", m.meaning_id or m.meaning_en or "(belum tercatat)"),
            ("Sumber makna", m.meaning_source or "(belum tercatat)"),
            (
                "Dipakai untuk",
                vocab.USE_CONTEXTS.label(m.use_context, "id")
                if m.use_context
                else "(belum tercatat)",
            ),
            ("Yang berhak memakai", "\n".join(entitled) or "(belum tercatat)"),
            ("Kain di pustaka", ", ".join(entry.product_skus) or "-"),
        ]
        if m.kik_type or m.kik_number:
            kik = vocab.KIK_TYPES.label(m.kik_type, "id") if m.kik_type else "KIK"
            rows.append(("Pencatatan KIK", f"{kik} {m.kik_number}".strip()))
        for label, missing in (
            ("nama lokal", not m.name_local),
            ("makna", not (m.meaning_id or m.meaning_en)),
            ("sumber makna", not m.meaning_source),
            ("kegunaan (kapan dipakai)", not m.use_context),
            ("siapa yang berhak memakai", not (m.holder or m.holder_name)),
        ):
            if missing:
                self.missing.append(f"Motif {local}: {label}.")
        blocks: list[Block] = [Heading(title, 2), Facts(tuple(rows))]
        for narrative in entry.narratives:
            by = ", ".join(x for x in (narrative.teller, narrative.community) if x)
            blocks.append(
                Para(narrative.text_id or narrative.text_en, bold_lead=f"Cerita ({by}): ")
            )
        for photo in entry.photos[:2]:
            picture = self._picture(photo, f"Motif {local}")
            if picture is not None:
                blocks.append(picture)
        return blocks

    def _placeholder(self, number: int, withheld: WithheldMotif) -> list[Block]:
        self.missing.append(
            f"Keputusan komunitas tentang motif terbatas nomor {withheld.number} di pustaka "
            "(lihat bagian 6)."
        )
        used = (
            f" Motif ini dipakai pada {withheld.products} kain di pustaka."
            if withheld.products
            else ""
        )
        return [
            Heading(f"6.{number} Motif terbatas - menunggu keputusan komunitas", 2),
            Para(
                f"Uraian motif ini belum dimuat karena {withheld.reason_id}.{used} Komunitas "
                "pemegang motif perlu memutuskan: (1) apakah motif ini boleh diuraikan dalam "
                "dokumen deskripsi IG; (2) bila boleh, siapa yang memberi izin, kapan, dan "
                "bahwa izin itu mencakup pengajuan (paket kurasi); (3) nama, makna, kegunaan "
                "dan siapa yang berhak memakainya yang boleh ditulis. Setelah izin dicatat di "
                f"aplikasi (motif nomor {withheld.number}), buat draf ini lagi.",
                kind="placeholder",
            ),
        ]

    def _groups(self) -> list[Block]:
        groups = [p for p in self.view.groups]
        rows = tuple(
            (
                p.name,
                vocab.PRODUCER_TYPES.label(p.producer_type, "id"),
                ", ".join(x for x in (p.village, p.kecamatan) if x) or "-",
                "-" if p.members_count is None else str(p.members_count),
                "ya" if p.mpig_member else "belum",
            )
            for p in groups
        )
        weavers = self.view.weavers
        unnamed = weavers.total - len(weavers.named)
        blocks: list[Block] = [Heading(SECTIONS[6])]
        facts = [
            ("Jumlah kelompok penenun", str(len(groups))),
            ("Jumlah penenun tercatat", str(weavers.total)),
            ("Anggota yang dilaporkan kelompok", str(weavers.members_declared)),
        ]
        blocks.append(Facts(tuple(facts)))
        if rows:
            blocks.append(
                Table(
                    ("Kelompok", "Jenis", "Desa / kecamatan", "Anggota", "Anggota MPIG"),
                    rows,
                    (48, 28, 44, 21, 25),
                )
            )
        named = ", ".join(weavers.named) or "-"
        blocks.append(Para(named, bold_lead="Penenun yang setuju disebut namanya: "))
        blocks.append(
            Para(
                "Penenun tercatat: penenun yang disebut pada kain di pustaka dan penenun yang "
                "terdaftar sebagai produsen. Nama hanya disebut bila penenun setuju.",
                kind="note",
            )
        )
        if not groups:
            self.missing.append("Kelompok penenun di wilayah ini.")
        if unnamed:
            self.missing.append(
                f"Persetujuan {unnamed} penenun agar namanya boleh disebut (dihitung, tidak "
                "dinamai)."
            )
        for p in groups:
            if p.members_count is None:
                self.missing.append(f"Jumlah anggota {p.name}.")
        if any(not p.mpig_member for p in groups):
            self.missing.append(
                "Keanggotaan MPIG untuk "
                + ", ".join(p.name for p in groups if not p.mpig_member)
                + "."
            )
        self.missing.append(
            "Jumlah seluruh penenun di wilayah (sensus kelompok); pustaka hanya mencatat "
            "penenun yang disebut pada kain."
        )
        return blocks

    def _photos(self) -> list[Block]:
        blocks: list[Block] = [Heading(SECTIONS[7])]
        count = 0
        for item in self.tenun:
            if count >= MAX_PHOTOS:
                break
            main = next((p for p in item.photos if p.role == "utama"), None)
            if main is None and item.photos:
                main = item.photos[0]
            if main is None:
                continue
            name = item.product.name_id or item.product.name_en or item.sku
            picture = self._picture(main, f"{name} ({item.sku})")
            if picture is not None:
                blocks.append(picture)
                count += 1
        if self.pictures < 3:
            self.missing.append("Foto kain, proses menenun dan pewarnaan (paling sedikit 3).")
        self.missing.append("Foto proses pewarnaan dan pengikatan motif (bila belum ada).")
        if not count:
            blocks.append(Para("(Belum ada foto kain.)", kind="note"))
        return blocks

    def _picture(self, photo, fallback: str) -> Picture | None:
        try:
            copy = images.ensure_derivative(
                self.lib.photos_dir, self.lib.cache_dir, photo.filename, PHOTO_EDGE
            )
        except (images.PhotoError, OSError):  # a damaged or missing original: say so
            self.missing.append(f"Foto {photo.original_name or photo.filename} tidak terbaca.")
            return None
        caption = (photo.caption_id or photo.caption_en or fallback).strip()
        if caption and caption[-1] not in ".!?":
            caption += "."
        credit = f" Foto: {photo.photographer}." if photo.photographer else ""
        self.pictures += 1
        portrait = (photo.height or 1) > (photo.width or 1)
        return Picture(copy, f"{caption}{credit}", 55.0 if portrait else 90.0)


def _labels(vocabulary: vocab.Vocabulary, codes: list[str]) -> list[str]:
    return [vocabulary.label(c, "id") for c in dict.fromkeys(c for c in codes if c)]


def _same_plant(plant: str, code: str, label: str) -> bool:
    """Does a plant name from a dyeing step ("mengkudu (Morinda citrifolia)") name this dye?"""
    first = plant.split("(")[0].strip().split(" ")[0].casefold()
    words = {w.casefold() for w in label.replace("/", " ").split()} | {code.casefold()}
    return bool(first) and first in words
