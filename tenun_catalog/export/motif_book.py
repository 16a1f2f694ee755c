"""The motif book (`report motif-book [--kabupaten KAB] --out FILE.pdf`): a community's own
record of its motifs, with photos, attributed narratives and permission records, one motif a
page, every page marked "Untuk kalangan sendiri / For the community only" (the `buku-motif`
theme's page margins).

Audience `internal`: it reads the library only through the motif view
(`audience_motifs.build_motif_view`), so restricted motifs appear (marked as such) unless the
community's own audience list leaves out even the community, narratives appear by their own
audience, and weavers are still named only with consent.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import __version__, formats, images
from ..domain import vocab
from ..domain.entities import Motif, Photo
from ..domain.errors import UserError
from ..render.context import Bi, PhotoCtx
from ..render.context_motif_book import BookMotif, BookNarrative, MotifBookCtx
from ..render.documents import render_document
from ..store import Library
from . import atomic
from .audience import INTERNAL_MARK, Selection
from .audience_motifs import MotifEntry, build_motif_view
from .legality import kabupaten_code, report_date
from .print_images import cover_long_edge
from .result import OutputResult

AUDIENCE = "internal"
PHOTO_BOX_MM = (84, 60)  # buku.css: .photos img
MAX_PHOTOS = 4  # per motif


def run_motif_book(
    lib: Library,
    selection: Selection,
    out: Path,
    options: Mapping[str, Any],
    progress=None,
    cancelled=None,
) -> OutputResult:
    started = time.monotonic()
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise UserError(
            f"Buku motif ditulis sebagai .pdf; '{out.name}' bukan .pdf.",
            f"The motif book is written as .pdf; '{out.name}' is not.",
        )
    kabupaten = kabupaten_code(options.get("kabupaten"))
    today = report_date(options.get("date"))
    view = build_motif_view(lib, AUDIENCE, kabupaten, cancelled=cancelled)
    if not view.motifs:
        raise UserError(
            "Belum ada motif untuk buku motif"
            + (f" di {vocab.KABUPATEN.label(kabupaten, 'id')}." if kabupaten else "."),
            "There are no motifs for a motif book"
            + (f" in {vocab.KABUPATEN.label(kabupaten, 'en')}." if kabupaten else "."),
        )
    motifs = tuple(_motif(lib, entry) for entry in view.motifs)
    scope = "Semua kabupaten/kota / Every regency"
    if kabupaten:
        scope = f"Kabupaten {_both(vocab.KABUPATEN, kabupaten)}"
    context = MotifBookCtx(
        title="Buku Motif",
        scope=scope,
        mark_id=INTERNAL_MARK[0],
        mark_en=INTERNAL_MARK[1],
        motifs=motifs,
        restricted_count=sum(m.restricted for m in motifs),
        generated_on=formats.long_date(today, "id"),
        generator=f"Tenun Catalog {__version__}",
    )
    with atomic.writing(out) as temp:
        written = render_document(
            "buku-motif",
            "motif-book",
            temp,
            allowed=[lib.photos_dir, lib.cache_dir],
            user_themes=lib.themes_dir,
            title=f"Buku Motif - {INTERNAL_MARK[0]}",
            author="Tenun Catalog",
            b=context,
        )
    return OutputResult(
        path=out,
        pages=written.pages,
        products=len(view.producers),
        withheld=view.withheld_labels,
        warnings=written.warnings,
        seconds=time.monotonic() - started,
        notes=(
            (
                f"{len(motifs)} motif ({context.restricted_count} terbatas). Buku ini untuk "
                "kalangan sendiri: jangan dibagikan.",
                f"{len(motifs)} motifs ({context.restricted_count} restricted). This book is for "
                "the community only: do not share it.",
            ),
        ),
    )


def _both(vocabulary: vocab.Vocabulary, code: str) -> str:
    if not code:
        return ""
    return f"{vocabulary.label(code, 'id')} / {vocabulary.label(code, 'en')}"


def _motif(lib: Library, entry: MotifEntry) -> BookMotif:
    m = entry.motif
    region = ", ".join(
        x for x in (vocab.KABUPATEN.label(m.kabupaten, "id") if m.kabupaten else "", m.suku) if x
    )
    facts = [
        ("Teknik / Technique", _both(vocab.TECHNIQUES, m.technique)),
        ("Dipakai untuk / Used for", _both(vocab.USE_CONTEXTS, m.use_context)),
        ("Sumber makna / Source of the meaning", m.meaning_source),
        ("Garis klan / Clan line", m.clan_line),
        ("Pemegang / Held by", _holder(m)),
        (
            "Syarat / Protocol",
            "; ".join(_both(vocab.MOTIF_PROTOCOLS, p) for p in m.protocols),
        ),
        ("Penggunaan / Permitted use", _both(vocab.MOTIF_USES, m.permitted_use)),
        ("Perlindungan / Protection", _protection(m)),
        ("Label TK / TK Labels", ", ".join(vocab.TK_LABELS.label(t) for t in m.tk_labels)),
        ("Notice", _both(vocab.LC_NOTICES, m.notice)),
        ("Proyek Local Contexts Hub", m.lc_project_id),
    ]
    return BookMotif(
        number=m.id or 0,
        name=m.name_local or m.name_id,
        other_names=" / ".join(x for x in (m.name_id, m.name_en) if x and x != m.name_local),
        region=region,
        restricted=m.restricted,
        facts=tuple((k, v) for k, v in facts if v),
        meaning_id=m.meaning_id,
        meaning_en=m.meaning_en,
        permission=_permission(m),
        narratives=tuple(
            BookNarrative(
                n.teller,
                n.community,
                _both(vocab.AUDIENCES, n.audience),
                n.text_id,
                n.text_en,
            )
            for n in entry.narratives
        ),
        photos=tuple(
            p for p in (_photo(lib, x, m) for x in entry.photos[:MAX_PHOTOS]) if p is not None
        ),
        products=", ".join(entry.product_skus),
    )


def _holder(m: Motif) -> str:
    kind = _both(vocab.MOTIF_HOLDERS, m.holder)
    return f"{kind}: {m.holder_name}" if kind and m.holder_name else kind or m.holder_name


def _protection(m: Motif) -> str:
    parts = []
    if m.protection and m.protection != "none":
        parts.append(f"{_both(vocab.MOTIF_PROTECTIONS, m.protection)} {m.protection_number}")
    if m.kik_type or m.kik_number:
        parts.append(f"KIK: {_both(vocab.KIK_TYPES, m.kik_type)} {m.kik_number}")
    return "; ".join(p.strip() for p in parts)


def _permission(m: Motif) -> tuple[tuple[str, str], ...]:
    rows = [
        (
            "Pembatasan (kode lama) / Restriction (old code)",
            _both(vocab.MOTIF_RESTRICTIONS, m.restriction),
        ),
    ]
    if m.has_permission_record:
        when = f"{formats.long_date(m.permission_date, 'id')}"
        rows.append(("Izin dari / Permission by", f"{m.permission_by}, {when}"))
        uses = (
            ", ".join(_both(vocab.AUDIENCES, a) for a in m.permission_uses)
            if m.permission_uses
            else "semua / every audience"
        )
        rows.append(("Izin mencakup / Permission covers", uses))
        letter = (
            "ada, tersimpan di pustaka / kept in the library"
            if m.permission_scan
            else "belum dipindai / not scanned yet"
        )
        rows.append(("Surat izin / Permission letter", letter))
    elif m.restricted:
        rows.append(("Izin / Permission", "belum dicatat / not recorded"))
    if m.audiences:
        rows.append(
            (
                "Keputusan komunitas / Community's decision",
                ", ".join(_both(vocab.AUDIENCES, a) for a in m.audiences),
            )
        )
    for audience in ("public", "submission"):
        shown = m.shown_to(audience)
        rows.append(
            (
                f"Tampil di {vocab.AUDIENCES.label(audience, 'id').lower()} / "
                f"In {vocab.AUDIENCES.label(audience, 'en').lower()}",
                "ya / yes" if shown else "tidak / no",
            )
        )
    return tuple(rows)


def _photo(lib: Library, photo: Photo, motif: Motif) -> PhotoCtx | None:
    long_edge = cover_long_edge(photo.width or 1, photo.height or 1, PHOTO_BOX_MM)
    try:
        copy = images.ensure_derivative(lib.photos_dir, lib.cache_dir, photo.filename, long_edge)
    except (images.PhotoError, OSError):  # a damaged or missing original: leave it out
        return None
    width, height = images.derivative_size(photo.width, photo.height, long_edge)
    caption = photo.caption_id or photo.caption_en or (motif.name_local or motif.name_id)
    return PhotoCtx(
        copy.resolve().as_uri(), width, height, photo.alt_id or caption, caption=Bi(caption)
    )
