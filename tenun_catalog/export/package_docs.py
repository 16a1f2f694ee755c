"""The documents inside a submission package: product sheet, profile, readiness report, manifest.

Each writer takes the producer's records and writes one file; `package.py` decides what goes in.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date, datetime
from pathlib import Path

from .. import __version__, formats, images
from ..domain import fields as F
from ..domain import rules, vocab
from ..domain.entities import Permit, Photo, Producer
from ..render.context import Bi, Fact, PhotoCtx
from ..render.context_kurasi import PermitLine, ProfileCtx, ReadinessCtx, ReadinessLine
from ..render.documents import render_document
from ..spreadsheet.write import safe_stem, write_report_xlsx
from ..store import Library
from .audience import AudienceView, ViewProduct
from .print_images import cover_long_edge


def safe_name(text: str, limit: int = 60) -> str:
    """A folder or file name part that Windows accepts (no :*?"<>|, no trailing dot)."""
    return safe_stem(text)[:limit].rstrip(". ") or "x"


_SHEET_FIELDS = [s for s in F.PRODUCT_FIELDS]


def write_sheet(
    path: Path,
    producer: Producer,
    items: list[ViewProduct],
    permits: list[Permit],
    photo_names: dict[str, list[str]],
    today: date,
) -> None:
    headers = [(s.label_id, s.label_en) for s in _SHEET_FIELDS]
    headers += [
        ("Produsen", "Producer"),
        ("Izin (nomor)", "Permits (number)"),
        ("Izin berlaku sampai", "Permits valid until"),
        ("Berkas foto", "Photo files"),
    ]
    rows = []
    for product in (item.product for item in items):
        row: list[object] = []
        for spec in _SHEET_FIELDS:
            value = F.get_value(product, spec.path)
            if spec.kinds and product.kind not in spec.kinds:
                value = None
            if spec.type in ("int", "float"):
                row.append(value)
            elif spec.type == "code" and spec.vocabulary is not None and value:
                row.append(spec.vocabulary.label(value))
            elif spec.type == "codes" and spec.vocabulary is not None and value:
                row.append(", ".join(spec.vocabulary.label(v) for v in value))
            else:
                row.append(F.format(spec, value) if value not in (None, "") else "")
        covering = [p for p in permits if product.sku in p.product_skus or not p.product_skus]
        row += [
            producer.name,
            "; ".join(f"{vocab.PERMIT_KINDS.label(p.kind)} {p.number}" for p in covering),
            "; ".join(
                f"{p.expires.isoformat()} ({rules.permit_status(p, today)})"
                for p in covering
                if p.expires
            ),
            "; ".join(photo_names.get(product.sku, [])),
        ]
        rows.append(row)
    write_report_xlsx(path, headers, rows)


def write_profile(
    lib: Library,
    path: Path,
    producer: Producer,
    photos: list[Photo],
    items: list[ViewProduct],
    permits: list[Permit],
    lang: str,
    today: date,
) -> None:
    en = lang == "en"

    def fact(label_id: str, label_en: str, value: object) -> Fact | None:
        return Fact(label_en if en else label_id, str(value)) if value not in (None, "") else None

    ui = "en" if en else "id"
    capacity = (
        f"{producer.capacity_per_month} {producer.capacity_unit}".strip()
        if producer.capacity_per_month
        else ""
    )
    facts = [
        f
        for f in (
            fact(
                "Bentuk usaha",
                "Legal form",
                vocab.LEGAL_FORMS.label(producer.legal_form, ui) if producer.legal_form else "",
            ),
            fact("NIB", "NIB", producer.nib),
            fact("NPWP", "NPWP", producer.npwp),
            fact("Penanggung jawab", "Person in charge", producer.person_in_charge),
            fact(
                "Alamat",
                "Address",
                ", ".join(
                    x
                    for x in (
                        producer.address,
                        producer.village,
                        producer.kecamatan,
                        vocab.KABUPATEN.label(producer.kabupaten, ui) if producer.kabupaten else "",
                        producer.province,
                    )
                    if x
                ),
            ),
            fact(
                "Telepon / WhatsApp",
                "Phone / WhatsApp",
                " / ".join(x for x in (producer.phone, producer.whatsapp) if x),
            ),
            fact("Surel", "Email", producer.email),
            fact("Media sosial", "Social media", producer.social_media),
            fact("Kapasitas per bulan", "Capacity per month", capacity),
            fact(
                "Jangkauan pasar",
                "Market reach",
                vocab.MARKET_REACH.label(producer.market_reach, ui)
                if producer.market_reach
                else "",
            ),
            fact("Jumlah anggota", "Members", producer.members_count),
        )
        if f is not None
    ]
    permit_lines = tuple(
        PermitLine(
            vocab.PERMIT_KINDS.label(p.kind, ui),
            p.number,
            formats.long_date(p.expires, lang) if p.expires else "",
            rules.permit_status(p, today),
            _status_label(rules.permit_status(p, today), ui),
        )
        for p in permits
    )
    products = [item.product for item in items]
    photo = None
    if photos:  # the profile photo box is 174 x 70 mm (kurasi.css): 300 dpi when it covers it
        first = photos[0]
        long_edge = cover_long_edge(first.width or 1, first.height or 1, (174, 70))
        copy = images.ensure_derivative(lib.photos_dir, lib.cache_dir, first.filename, long_edge)
        width, height = images.derivative_size(first.width, first.height, long_edge)
        photo = PhotoCtx(copy.resolve().as_uri(), width, height, first.alt_id or producer.name)
    main, second = (
        (producer.story_en or producer.story_id, "")
        if en
        else (producer.story_id or producer.story_en, producer.story_en)
    )
    context = ProfileCtx(
        lang=ui,
        name=producer.name,
        kind_label=vocab.PRODUCER_TYPES.label(producer.producer_type, ui),
        story=Bi(main, second if second != main else ""),
        facts=tuple(facts),
        permits=permit_lines,
        products=tuple(
            (p.sku, p.name_en if en and p.name_en else p.name_id, formats.money(p.price, lang))
            for p in products
        ),
        photo=photo,
        generated_on=formats.long_date(today, lang),
    )
    render_document(
        "kurasi",
        "profile",
        path,
        allowed=[lib.photos_dir, lib.cache_dir],
        user_themes=lib.themes_dir,
        title=producer.name,
        author=producer.name,
        p=context,
    )


def _status_label(status: str, ui: str) -> str:
    return {
        "valid": ("berlaku", "valid"),
        "expiring": ("segera berakhir", "expiring soon"),
        "expired": ("kedaluwarsa", "expired"),
        "unknown": ("tanpa tanggal", "no date"),
    }[status][1 if ui == "en" else 0]


def write_permit_scans(lib: Library, folder: Path, permits: list[Permit]) -> None:
    for permit in permits:
        if not permit.scan_filename:
            continue
        source = lib.stored_file(permit.scan_filename)
        if source.is_file():
            target = (
                folder
                / "izin"
                / (f"{safe_name(permit.kind)}-{safe_name(permit.number)}{source.suffix}")
            )
            target.parent.mkdir(exist_ok=True)
            shutil.copyfile(source, target)


def write_readiness(
    lib: Library,
    path: Path,
    view: AudienceView,
    producer: Producer,
    items: list[ViewProduct],
    permits: list[Permit],
    problems: list,
    lang: str,
    today: date,
) -> None:
    ui = "en" if lang == "en" else "id"
    lines = []
    assert producer.id is not None
    r = view.producer_readiness(producer.id, "submission")
    lines.append(
        ReadinessLine(
            f"{'Producer' if ui == 'en' else 'Produsen'}: {producer.name}",
            r.score,
            r.ready,
            tuple((f.level, f.message(ui)) for f in r.missing + r.findings),
        )
    )
    if permits:  # valid, expiring within 90 days, expired: derived from today's date
        findings = [f for p in permits for f in rules.validate_permit(p, today)]
        valid = sum(1 for p in permits if rules.permit_status(p, today) in ("valid", "unknown"))
        lines.append(
            ReadinessLine(
                f"{'Permits' if ui == 'en' else 'Izin usaha'} ({len(permits)})",
                100 * valid // len(permits),
                not any(f.is_error for f in findings)
                and all(rules.permit_status(p, today) != "expired" for p in permits),
                tuple((f.level, f.message(ui)) for f in findings),
            )
        )
    for item in items:
        product = item.product
        r = item.readiness("submission", today)
        extra = [
            ("error", p.message(ui))
            for p in problems
            if p.record == product.sku and "px" in p.message_en
        ]
        lines.append(
            ReadinessLine(
                f"{product.sku} {(ui == 'en' and product.name_en) or product.name_id}",
                r.score,
                r.ready and not extra,
                tuple((f.level, f.message(ui)) for f in r.missing + r.findings) + tuple(extra),
            )
        )
    context = ReadinessCtx(
        lang=ui,
        title="Laporan kesiapan" if ui == "id" else "Readiness report",
        producer=producer.name,
        complete=not problems,
        lines=tuple(lines),
        generated_on=formats.long_date(today, lang),
        generator=f"Tenun Catalog {__version__}",
    )
    render_document(
        "kurasi",
        "readiness",
        path,
        allowed=[lib.photos_dir, lib.cache_dir],
        user_themes=lib.themes_dir,
        title=context.title,
        author=producer.name,
        r=context,
    )


def write_manifest(folder: Path, producer: Producer, problems: list, today: date) -> None:
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            files.append(
                {
                    "path": path.relative_to(folder).as_posix(),
                    "size": path.stat().st_size,
                    "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                }
            )
    manifest = {
        "generator": f"Tenun Catalog {__version__}",
        "created": datetime.now().isoformat(timespec="seconds"),
        "date": today.isoformat(),
        "producer": producer.name,
        "complete": not problems,
        "incomplete": bool(problems),
        "missing": [
            {"record": p.record, "message_id": p.message_id, "message_en": p.message_en}
            for p in problems
        ],
        "files": files,
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
    )
