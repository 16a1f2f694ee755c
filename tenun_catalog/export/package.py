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
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import images
from .. import operations as ops
from ..domain import readiness, rules, vocab
from ..domain.entities import Catalog, CatalogSection, Permit, Producer, Product
from ..domain.errors import UserError
from ..store import Library
from . import package_docs as docs
from .package_docs import safe_name
from .pdf import render_pdf

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


def _producer_problems(
    lib: Library, producer: Producer, products: list[Product], permits: list[Permit], today: date
) -> list[Problem]:
    out: list[Problem] = []
    r = readiness.producer_readiness(producer, "submission")
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
    if not products:
        out.append(
            Problem(
                producer.name,
                producer.name,
                "Produsen ini belum punya produk.",
                "This producer has no products.",
            )
        )
    for product in products:
        photos = ops.list_photos(lib, product.sku)
        linked = ops.motifs_of(lib, product)
        covering = [x for x in permits if product.sku in x.product_skus or not x.product_skus]
        r = readiness.product_readiness(
            product,
            "submission",
            producer=producer,
            photo_count=len(photos),
            motifs=linked,
            permits=covering,
            today=today,
        )
        for f in r.missing + [f for f in r.findings if f.is_error]:
            out.append(Problem(producer.name, product.sku, f.message_id, f.message_en))
        for photo in photos:
            if min(photo.width, photo.height) < MIN_SHORT_SIDE:
                out.append(
                    Problem(
                        producer.name,
                        product.sku,
                        f"Foto {photo.original_name or photo.filename} hanya {photo.width}×"
                        f"{photo.height} piksel; paket kurasi meminta sisi pendek minimal "
                        f"{MIN_SHORT_SIDE} piksel. Ganti dengan foto yang lebih besar.",
                        f"Photo {photo.original_name or photo.filename} is only {photo.width}×"
                        f"{photo.height} px; the package needs at least {MIN_SHORT_SIDE} px on the "
                        "short side. Replace it with a larger photo.",
                    )
                )
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
    chosen = (
        [ops.get_producer(lib, ref) for ref in producers] if producers else ops.list_producers(lib)
    )
    if not chosen:
        raise UserError("Belum ada produsen di pustaka.", "The library has no producers.")
    plan = []
    problems: list[Problem] = []
    for producer in chosen:
        products = [
            ops.get_product_by_id(lib, s.id) for s in ops.list_products(lib, _by_producer(producer))
        ]
        permits = ops.list_permits(lib, producer.id)
        found = _producer_problems(lib, producer, products, permits, today)
        problems += found
        plan.append((producer, products, permits, found))
    blocking = [p for p in problems if p.blocking]
    if blocking or (problems and not allow_incomplete):
        lines_id = [f"- {p.producer} / {p.record}: {p.message_id}" for p in problems]
        lines_en = [f"- {p.producer} / {p.record}: {p.message_en}" for p in problems]
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
            + "\n".join(lines_id)
            + hint_id,
            f"The submission package cannot be made yet ({len(problems)} problems):\n"
            + "\n".join(lines_en)
            + hint_en,
        )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    withheld: dict[str, None] = {}
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
            withheld.update(
                dict.fromkeys(
                    _write_producer(lib, folder, producer, products, permits, found, lang, today)
                )
            )
            if progress:
                progress(index + 1, len(plan))
        zip_tmp = Path(tmp) / "paket.zip"
        with zipfile.ZipFile(zip_tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(staging.rglob("*")):
                if path.is_file():
                    method = zipfile.ZIP_STORED if path.suffix == ".jpg" else zipfile.ZIP_DEFLATED
                    zf.write(path, path.relative_to(staging).as_posix(), method)
                    count += 1
        os.replace(zip_tmp, out)
    return PackageResult(
        out, [p.name for p, *_ in plan], count, bool(problems), problems, list(withheld)
    )


def _by_producer(producer: Producer):
    from ..domain.entities import ProductQuery

    return ProductQuery(producer_id=producer.id, sort="sku")


def _write_producer(
    lib: Library,
    folder: Path,
    producer: Producer,
    products: list[Product],
    permits: list[Permit],
    problems: list[Problem],
    lang: str,
    today: date,
) -> list[str]:
    photo_names = _write_photos(lib, folder, products)
    docs.write_sheet(folder / "produk.xlsx", producer, products, permits, photo_names, today)
    withheld: list[str] = []
    if products:
        catalog = Catalog(
            name=f"kurasi-{producer.id}",
            title_id=producer.name,
            title_en=producer.name,
            purpose="kurasi",
            language=lang,
            sections=[CatalogSection(producer.name, producer.name, [p.id for p in products])],
        )
        result = render_pdf(lib, folder / "katalog.pdf", catalog=catalog, subprocess=False)
        withheld = result.withheld
    docs.write_profile(lib, folder / "profil.pdf", producer, products, permits, lang, today)
    docs.write_permit_scans(lib, folder, permits)
    docs.write_readiness(
        lib, folder / "kesiapan.pdf", producer, products, permits, problems, lang, today
    )
    docs.write_manifest(folder, producer, problems, today)
    return withheld


def _write_photos(lib: Library, folder: Path, products: list[Product]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for product in products:
        sku_dir = folder / "foto" / safe_name(product.sku)
        for number, photo in enumerate(ops.list_photos(lib, product.sku), start=1):
            long_side, short_side = max(photo.width, photo.height), min(photo.width, photo.height)
            # At least 1000 px on the short side, no upscaling, no more than ~2400 px needed.
            wanted = max(math.ceil(MIN_SHORT_SIDE * long_side / max(short_side, 1)), 2400)
            derivative = images.ensure_derivative(
                lib.photos_dir, lib.cache_dir, photo.filename, min(long_side, wanted)
            )
            name = f"{safe_name(product.sku)}-{number:02d}-{photo.role or 'foto'}.jpg"
            sku_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(derivative, sku_dir / name)
            names.setdefault(product.sku, []).append(f"foto/{sku_dir.name}/{name}")
    return names
