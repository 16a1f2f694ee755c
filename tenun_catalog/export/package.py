"""The submission package for a curation desk (Smesco-style): one ZIP, a folder per producer.

Per producer: `produk.xlsx` (one row per product, Indonesian and English headers), `foto/<SKU>/`
JPEG sRGB photos at least 1000 px on the short side, `katalog.pdf` (that producer's products),
`profil.pdf`, permit scans in `izin/`, `kesiapan.pdf` (readiness report) and `manifest.json`
(every file with size and SHA-256, generator, date). A package with required items missing is
refused with the full list, unless `allow_incomplete`, which marks it incomplete in the manifest
and the report. An expired permit always blocks. File names are safe on Windows.
"""

from __future__ import annotations

import math
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import images
from ..domain import rules, vocab
from ..domain.entities import Catalog, CatalogSection, Permit, Producer
from ..domain.errors import UserError
from ..store import Library
from . import atomic
from . import package_docs as docs
from .audience import AudienceView, Selection, ViewProduct, build_view
from .names import file_stem
from .package_docs import safe_name
from .pdf import render_pdf
from .photo_credits import product_credit

MIN_SHORT_SIDE = 1000
Progress = Callable[[int, int], None]


@dataclass
class Problem:
    producer: str
    record: str
    message_id: str
    message_en: str
    blocking: bool = False  # not even --allow-incomplete lets it through

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


@dataclass
class PackageResult:
    path: Path
    producers: list[str]
    files: int
    incomplete: bool
    problems: list[Problem] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    # Producers left out of an "every producer" package, by what blocks each (an expired permit).
    left_out: list[Problem] = field(default_factory=list)
    incomplete_allowed: bool = False  # --allow-incomplete was needed and applied


def _producer_problems(
    view: AudienceView,
    producer: Producer,
    items: list[ViewProduct],
    permits: list[Permit],
    today: date,
) -> list[Problem]:
    out: list[Problem] = []
    assert producer.id is not None
    r = view.producer_readiness(producer.id, "submission")
    for f in r.missing + [f for f in r.findings if f.is_error]:
        out.append(Problem(producer.name, producer.name, f.message_id, f.message_en))
    for permit in permits:
        if rules.permit_status(permit, today) == "expired":
            kind = vocab.PERMIT_KINDS.label(permit.kind)
            out.append(
                Problem(
                    producer.name,
                    f"{kind} {permit.number}",
                    f"Izin {kind} {permit.number} sudah kedaluwarsa ({permit.expires}). Perpanjang "
                    "izinnya dan catat tanggal barunya, atau hapus izin itu dari pustaka.",
                    f"Permit {permit.kind} {permit.number} expired on {permit.expires}. "
                    "Renew it and record the new date, or remove it from the library.",
                    blocking=True,
                )
            )
    if not items:
        out.append(
            Problem(
                producer.name,
                producer.name,
                "Produsen ini belum punya produk.",
                "This producer has no products.",
            )
        )
    for item in items:
        r = item.readiness("submission", today)
        for f in r.missing + [f for f in r.findings if f.is_error]:
            out.append(Problem(producer.name, item.sku, f.message_id, f.message_en))
        for photo in item.photos:
            if min(photo.width, photo.height) < MIN_SHORT_SIDE:
                label = photo.original_name or photo.filename
                out.append(
                    Problem(
                        producer.name,
                        item.sku,
                        f"Foto {label} hanya {photo.width}×"
                        f"{photo.height} piksel; paket kurasi meminta sisi pendek minimal "
                        f"{MIN_SHORT_SIDE} piksel. Ganti dengan foto yang lebih besar.",
                        f"Photo {label} is only {photo.width}×"
                        f"{photo.height} px; the package needs at least {MIN_SHORT_SIDE} px on the "
                        "short side. Replace it with a larger photo.",
                    )
                )
    return out


@dataclass
class ProducerPlan:
    """What a package would hold for one producer, known before anything is written."""

    producer_id: int
    name: str
    products: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        """Something --allow-incomplete cannot waive (an expired permit) stops this producer."""
        return any(p.blocking for p in self.problems)

    @property
    def complete(self) -> bool:
        return not self.problems


def submission_plan(
    lib: Library, producers: list[str | int] | None = None, today: date | None = None
) -> list[ProducerPlan]:
    """Per producer (all, or those named): products and what stands in the way, for the app's
    package wizard to show before anything is built."""
    today = today or date.today()
    selection = Selection(producers=tuple(producers or ()), all_producers=not producers)
    view = build_view(lib, selection, "submission")
    out = []
    for section in view.sections:
        producer = section.producer
        assert producer is not None and producer.id is not None
        permits = view.permits.get(producer.id, [])
        found = _producer_problems(view, producer, section.products, permits, today)
        out.append(ProducerPlan(producer.id, producer.name, len(section.products), found))
    return out


def build_submission(
    lib: Library,
    out: Path,
    *,
    producers: list[str | int] | None = None,
    allow_incomplete: bool = False,
    lang: str = "id",
    today: date | None = None,
    progress: Progress | None = None,
) -> PackageResult:
    today = today or date.today()
    selection = Selection(producers=tuple(producers or ()), all_producers=not producers)
    view = build_view(lib, selection, "submission")
    if not view.producers:
        raise UserError("Belum ada produsen di pustaka.", "The library has no producers.")
    plan = []
    problems: list[Problem] = []
    for section in view.sections:
        producer = section.producer
        assert producer is not None and producer.id is not None
        items = section.products
        permits = view.permits.get(producer.id, [])
        found = _producer_problems(view, producer, items, permits, today)
        problems += found
        plan.append((producer, items, permits, found))
    left_out: list[Problem] = []
    if not producers:  # every producer: leave out those a blocker stops, package the rest
        kept = [entry for entry in plan if not any(p.blocking for p in entry[3])]
        left_out = [p for entry in plan if entry not in kept for p in entry[3] if p.blocking]
        if left_out and not kept:
            raise UserError(
                "Tidak ada produsen yang bisa dipaketkan:\n" + _lines(left_out, "id"),
                "No producer can be packaged:\n" + _lines(left_out, "en"),
            )
        plan = kept
        problems = [p for entry in plan for p in entry[3]]
    blocking = [p for p in problems if p.blocking]
    if blocking or (problems and not allow_incomplete):
        hint_id = (
            ""
            if blocking
            else "\nLengkapi datanya, atau pakai --allow-incomplete untuk mengirim paket yang "
            "ditandai belum lengkap."
        )
        hint_en = (
            ""
            if blocking
            else "\nComplete the data, or use --allow-incomplete to send a package marked "
            "incomplete."
        )
        raise UserError(
            f"Paket kurasi belum bisa dibuat ({len(problems)} kekurangan):\n"
            + _lines(problems, "id")
            + hint_id,
            f"The submission package cannot be made yet ({len(problems)} problems):\n"
            + _lines(problems, "en")
            + hint_en,
        )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".paket-") as tmp:
        staging = Path(tmp) / "paket"
        used: set[str] = set()
        for index, (producer, products, permits, found) in enumerate(plan):
            folder_name = safe_name(producer.name)
            while folder_name.lower() in used:
                folder_name += "-2"
            used.add(folder_name.lower())
            folder = staging / folder_name
            folder.mkdir(parents=True)
            _write_producer(lib, view, folder, producer, products, permits, found, lang, today)
            if progress:
                progress(index + 1, len(plan))
        zip_tmp = Path(tmp) / "paket.zip"
        with zipfile.ZipFile(zip_tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(staging.rglob("*")):
                if path.is_file():
                    method = zipfile.ZIP_STORED if path.suffix == ".jpg" else zipfile.ZIP_DEFLATED
                    zf.write(path, path.relative_to(staging).as_posix(), method)
                    count += 1
        atomic.commit(zip_tmp, out)
    return PackageResult(
        out,
        [p.name for p, *_ in plan],
        count,
        bool(problems),
        problems,
        view.withheld_motifs,
        left_out,
        incomplete_allowed=bool(problems) and allow_incomplete,
    )


def _lines(problems: list[Problem], lang: str) -> str:
    return "\n".join(f"- {p.producer} / {p.record}: {p.message(lang)}" for p in problems)


def _write_producer(
    lib: Library,
    view: AudienceView,
    folder: Path,
    producer: Producer,
    items: list[ViewProduct],
    permits: list[Permit],
    problems: list[Problem],
    lang: str,
    today: date,
) -> None:
    photo_names = _write_photos(lib, folder, items)
    docs.write_sheet(folder / "produk.xlsx", producer, items, permits, photo_names, today)
    if items:
        catalog = Catalog(
            name=f"kurasi-{producer.id}",
            title_id=producer.name,
            title_en=producer.name,
            purpose="kurasi",
            language=lang,
            sections=[CatalogSection(producer.name, producer.name, [i.product.id for i in items])],
        )
        render_pdf(lib, folder / "katalog.pdf", catalog=catalog, subprocess=False)
    photos = view.producer_photos.get(producer.id, []) if producer.id else []
    docs.write_profile(lib, folder / "profil.pdf", producer, photos, items, permits, lang, today)
    docs.write_permit_scans(lib, folder, permits)
    docs.write_readiness(
        lib, folder / "kesiapan.pdf", view, producer, items, permits, problems, lang, today
    )
    docs.write_manifest(folder, producer, problems, today)


def _write_photos(lib: Library, folder: Path, items: list[ViewProduct]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for item in items:
        stem = file_stem(item.sku)
        sku_dir = folder / "foto" / stem
        for number, photo in enumerate(item.photos, start=1):
            long_side, short_side = max(photo.width, photo.height), min(photo.width, photo.height)
            # At least 1000 px on the short side, no upscaling, no more than ~2400 px needed.
            wanted = max(math.ceil(MIN_SHORT_SIDE * long_side / max(short_side, 1)), 2400)
            derivative = images.ensure_derivative(
                lib.photos_dir, lib.cache_dir, photo.filename, min(long_side, wanted)
            )
            name = f"{stem}-{number:02d}-{file_stem(photo.role or 'foto')}.jpg"
            sku_dir.mkdir(parents=True, exist_ok=True)
            # The photo's credit (photographer, caption, rights) travels inside it as XMP.
            images.copy_with_xmp(derivative, sku_dir / name, product_credit(item, photo))
            names.setdefault(item.sku, []).append(f"foto/{sku_dir.name}/{name}")
    return names
