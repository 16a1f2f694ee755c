"""The legality report (`report legality`): the cooperative office's dated overview of who is
legally ready and who is not, as a PDF (summary first, then per kabupaten/kota and per producer
what is missing and who to contact) or an XLSX (one row per producer), chosen by the file's
suffix.

The numbers of the summary are the overview's SQL counts (operations/overview.py: counts, no
names); producers, their contacts and permits come from the audience's producer view
(`audience.build_producer_view`, audience `submission`: the person in charge is named, the NIK
never leaves, no product, motif or photo is read). The PDF lists the `PDF_MAX_PER_KABUPATEN`
most urgent producers with gaps per kabupaten and says how many more there are (the XLSX has
every producer), so a city-scale report stays a printable document that renders in under a
minute (measured: about 16 ms of CPU per listed producer).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import __version__, formats
from ..domain import fields as F
from ..domain import numbers, readiness, vocab
from ..domain.entities import Permit, Producer
from ..domain.errors import UserError
from ..domain.rules_numbers import check_nib
from ..operations.overview import (
    SEI_ISSUE_LABELS,
    Overview,
    Share,
    kabupaten_label,
    overview,
)
from ..render.context_laporan import KabupatenPart, LegalityCtx, ProducerGap, SummaryRow
from ..render.documents import render_document
from ..spreadsheet.write import write_report_xlsx
from ..store import Library
from . import atomic
from .audience import ProducerView, Selection, build_producer_view
from .result import OutputResult

SUFFIXES = (".pdf", ".xlsx")
PDF_MAX_PER_KABUPATEN = 50  # most urgent producers listed per kabupaten in the PDF; XLSX: all
_REQUIRED = readiness.PRODUCER_REQUIRED["submission"]


@dataclass
class ProducerLine:
    """What the report says about one producer."""

    producer: Producer
    nib_state: str  # valid, without, invalid
    missing: list[str]
    expired: int
    within30: int
    within90: int
    sei: dict[str, int]

    @property
    def complete(self) -> bool:
        return not self.missing


def run_legality(
    lib: Library,
    selection: Selection,
    out: Path,
    options: Mapping[str, Any],
    progress=None,
    cancelled=None,
) -> OutputResult:
    started = time.monotonic()
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(
            f"Laporan legalitas ditulis sebagai .pdf atau .xlsx; '{out.name}' bukan keduanya.",
            f"The legality report is written as .pdf or .xlsx; '{out.name}' is neither.",
        )
    lang = "en" if options.get("lang") == "en" else "id"
    kabupaten = kabupaten_code(options.get("kabupaten"))
    today = report_date(options.get("date"))
    counts = overview(lib, today, kabupaten)
    view = build_producer_view(lib, "submission", kabupaten)
    lines = [_line(view, p, today, lang) for p in view.producers]
    if suffix == ".xlsx":
        _write_xlsx(out, lines, lang)
        pages = 1
    else:
        pages = _write_pdf(lib, out, counts, lines, kabupaten, today, lang)
    incomplete = sum(not line.complete for line in lines)
    return OutputResult(
        path=out,
        pages=pages,
        products=len(lines),
        seconds=time.monotonic() - started,
        notes=(
            (
                f"{incomplete} dari {len(lines)} produsen masih punya kekurangan.",
                f"{incomplete} of {len(lines)} producers still have gaps.",
            ),
        ),
    )


def kabupaten_code(value: object) -> str | None:
    """The kabupaten code of `value` (a code or a name), None for every one; refuses others."""
    text = str(value or "").strip()
    if not text:
        return None
    code = text if text in vocab.KABUPATEN else vocab.KABUPATEN.resolve(text)
    if code is None:
        raise UserError(
            f"Kabupaten/kota '{text}' tidak dikenal. Contoh: kota_kupang, sikka, sumba_timur.",
            f"Unknown regency '{text}'. For example: kota_kupang, sikka, sumba_timur.",
        )
    return code


def report_date(value: object) -> date:
    """The report's date: a date, text as the app reads dates, or today."""
    if isinstance(value, date):
        return value
    if value:
        return F.parse(F.spec_for("motif", "permission_date"), str(value))
    return date.today()


def _nib_state(text: str) -> str:
    if not numbers.normalize_nib(text):
        return "without"
    return "valid" if not check_nib(text) else "invalid"


def _line(view: ProducerView, producer: Producer, today: date, lang: str) -> ProducerLine:
    en = lang == "en"
    assert producer.id is not None
    state = _nib_state(producer.nib)
    missing: list[str] = []
    if state == "without":
        missing.append("NIB not yet registered" if en else "Belum punya NIB")
    elif state == "invalid":
        missing.append("NIB is not 13 digits" if en else "NIB tidak 13 angka")
    ready = view.readiness.get(producer.id)
    if ready is not None:
        labels = {r.field: (r.label_en if en else r.label_id) for r in _REQUIRED}
        empty = [labels.get(f.field, f.field) for f in ready.missing if f.field != "nib"]
        if empty:  # one line: a list of field names reads faster than a sentence each
            missing.append(("Not filled in: " if en else "Belum diisi: ") + ", ".join(empty))
        missing += [f.message(lang) for f in ready.findings if f.is_error and f.field != "nib"]
    expired = within30 = within90 = 0
    for permit in view.permits.get(producer.id, []):
        if permit.expires is None:
            continue
        if permit.expires < today:
            expired += 1
            missing.append(_permit_text(permit, "expired", lang))
        elif permit.expires <= today + timedelta(days=90):
            within90 += 1
            soon = permit.expires <= today + timedelta(days=30)
            within30 += soon
            missing.append(_permit_text(permit, "30" if soon else "90", lang))
    sei = view.sei_issues.get(producer.id, {})
    for code, count in sei.items():
        label_id, label_en = SEI_ISSUE_LABELS[code]
        missing.append(f"{label_en}: {count} product(s)" if en else f"{label_id}: {count} produk")
    return ProducerLine(producer, state, missing, expired, within30, within90, sei)


def _permit_text(permit: Permit, status: str, lang: str) -> str:
    kind = (
        vocab.PERMIT_KINDS.label(permit.kind, lang)
        if permit.kind in vocab.PERMIT_KINDS
        else permit.kind
    )
    title = f"{kind} {permit.number.strip()}".strip()
    when = formats.long_date(permit.expires, lang)
    if status == "expired":
        return f"{title}: expired on {when}" if lang == "en" else f"{title}: habis sejak {when}"
    days = status
    if lang == "en":
        return f"{title}: ends {when} (within {days} days)"
    return f"{title}: berakhir {when} (≤ {days} hari)"


def _contact(p: Producer) -> str:
    parts = [p.person_in_charge.strip()]
    phones = dict.fromkeys(x.strip() for x in (p.whatsapp, p.phone) if x.strip())
    parts += list(phones)
    parts.append(p.email.strip())
    return " · ".join(x for x in parts if x) or "—"


def _share(share: Share, lang: str) -> str:
    of = "of" if lang == "en" else "dari"
    n = formats.number
    return f"{n(share.count, lang)} {of} {n(share.total, lang)} ({share.percent}%)"


def _summary(o: Overview, lines: list[ProducerLine], lang: str) -> tuple[SummaryRow, ...]:
    en = lang == "en"
    n = formats.number
    p = o.permits
    s = o.sei
    rows = [
        SummaryRow("Producers" if en else "Produsen", n(o.producers, lang)),
        SummaryRow(
            "Producers with nothing missing" if en else "Produsen tanpa kekurangan",
            _share(Share(sum(x.complete for x in lines), len(lines)), lang),
        ),
        SummaryRow(
            "NIB valid (13 digits)" if en else "NIB sah (13 angka)", _share(o.nib["valid"], lang)
        ),
        SummaryRow(
            "Without an NIB" if en else "Belum punya NIB",
            _share(o.nib["without"], lang),
            o.nib_without > 0,
        ),
        SummaryRow(
            "NIB not valid" if en else "NIB tidak sah",
            _share(o.nib["invalid"], lang),
            o.nib_invalid > 0,
        ),
        SummaryRow(
            "Permits expired (producers)" if en else "Izin sudah habis (produsen)",
            f"{n(p.expired, lang)} ({n(p.producers_expired, lang)})",
            p.expired > 0,
        ),
        SummaryRow(
            "Permits ending within 30 days" if en else "Izin berakhir dalam 30 hari",
            f"{n(p.within30, lang)} ({n(p.producers_within30, lang)})",
            p.within30 > 0,
        ),
        SummaryRow(
            "Permits ending within 90 days" if en else "Izin berakhir dalam 90 hari",
            f"{n(p.within90, lang)} ({n(p.producers_within90, lang)})",
        ),
        SummaryRow(
            "Sei products (makers)" if en else "Produk Sei (pembuat)",
            f"{n(s.products, lang)} ({n(s.makers, lang)})",
        ),
        SummaryRow(
            "Sei with a P-IRT" if en else "Sei ber-P-IRT", _share(Share(s.pirt, s.products), lang)
        ),
        SummaryRow(
            "Frozen Sei with the BPOM MD it needs" if en else "Sei beku dengan BPOM MD yang wajib",
            _share(Share(s.bpom_required_present, s.bpom_required), lang),
            s.bpom_required_present < s.bpom_required,
        ),
        SummaryRow(
            "Sei without a permit (not made to order)"
            if en
            else "Sei tanpa izin edar (bukan pesanan)",
            n(s.no_permit, lang),
            s.no_permit > 0,
        ),
        SummaryRow(
            "Non-pork Sei with a halal certificate" if en else "Sei non-babi bersertifikat halal",
            _share(Share(s.halal, s.non_pork), lang),
        ),
        SummaryRow(
            "Pork Sei marked not halal" if en else "Sei babi bertanda tidak halal",
            _share(Share(s.pork_marked, s.pork), lang),
            s.pork_marked < s.pork,
        ),
    ]
    for output, share in o.readiness.items():
        label_id, label_en = readiness.OUTPUTS[output]
        head = f"Products complete for the {label_en}" if en else f"Produk lengkap untuk {label_id}"
        rows.append(SummaryRow(head, _share(share, lang)))
    for claim in o.gi_claims:
        head = f"GI claim: {claim.name}" if en else f"Klaim IG: {claim.name}"
        value = n(claim.products, lang)
        if claim.outside:
            where = "outside its regency" if en else "di luar wilayahnya"
            value += f" ({n(claim.outside, lang)} {where})"
        rows.append(SummaryRow(head, value, claim.outside > 0))
    return tuple(rows)


def _labels(lang: str) -> dict[str, str]:
    if lang == "en":
        return {
            "dated": "As of",
            "summary": "Summary",
            "by_kabupaten": "By regency",
            "kabupaten": "Regency",
            "producers": "Producers",
            "complete": "Nothing missing",
            "complete_short": "complete",
            "expired": "Expired permits",
            "producer": "Producer",
            "contact": "Contact",
            "missing": "What is missing",
            "nothing_missing": "Every producer here is complete.",
            "more": "{n} more producers with gaps are in the XLSX report (one row per producer).",
        }
    return {
        "dated": "Per tanggal",
        "summary": "Ringkasan",
        "by_kabupaten": "Per kabupaten/kota",
        "kabupaten": "Kabupaten/kota",
        "producers": "Produsen",
        "complete": "Tanpa kekurangan",
        "complete_short": "lengkap",
        "expired": "Izin habis",
        "producer": "Produsen",
        "contact": "Kontak",
        "missing": "Yang masih kurang",
        "nothing_missing": "Semua produsen di sini sudah lengkap.",
        "more": "{n} produsen lain yang masih kurang ada di laporan XLSX "
        "(satu baris per produsen).",
    }


def _urgency(line: ProducerLine) -> tuple:
    """Most urgent first: expired permits, no or a wrong NIB, Sei gaps, permits ending soon,
    then the most items missing; by name within the same urgency."""
    return (
        -line.expired,
        line.nib_state == "valid",
        -sum(line.sei.values()),
        -line.within30,
        -len(line.missing),
        line.producer.name.casefold(),
    )


def _write_pdf(
    lib: Library,
    out: Path,
    o: Overview,
    lines: list[ProducerLine],
    kabupaten: str | None,
    today: date,
    lang: str,
) -> int:
    groups: dict[str, list[ProducerLine]] = {}
    for line in lines:
        groups.setdefault(line.producer.kabupaten, []).append(line)
    order = sorted(groups, key=lambda k: kabupaten_label(k, lang).casefold())
    parts = []
    table = []
    for kab in order:
        members = groups[kab]
        gaps = sorted((x for x in members if not x.complete), key=_urgency)
        complete = len(members) - len(gaps)
        table.append(
            (kabupaten_label(kab, lang), len(members), complete, sum(x.expired for x in members))
        )
        parts.append(
            KabupatenPart(
                name=kabupaten_label(kab, lang),
                producers=len(members),
                complete=complete,
                gaps=tuple(
                    ProducerGap(
                        name=x.producer.name,
                        kind=vocab.PRODUCER_TYPES.label(x.producer.producer_type, lang)
                        if x.producer.producer_type in vocab.PRODUCER_TYPES
                        else x.producer.producer_type,
                        contact=_contact(x.producer),
                        missing=tuple(x.missing),
                    )
                    for x in gaps[:PDF_MAX_PER_KABUPATEN]
                ),
                more=max(0, len(gaps) - PDF_MAX_PER_KABUPATEN),
            )
        )
    title = "Legality report of producers" if lang == "en" else "Laporan legalitas produsen"
    everywhere = "Every regency" if lang == "en" else "Semua kabupaten/kota"
    context = LegalityCtx(
        lang=lang,
        title=title,
        scope=kabupaten_label(kabupaten, lang) if kabupaten else everywhere,
        summary=_summary(o, lines, lang),
        by_kabupaten=tuple(table),
        parts=tuple(parts),
        generated_on=formats.long_date(today, lang),
        generator=f"Tenun Catalog {__version__}",
        labels=_labels(lang),
    )
    with atomic.writing(out) as temp:
        written = render_document(
            "kurasi",
            "legality",
            temp,
            allowed=[],
            user_themes=lib.themes_dir,
            title=title,
            author="Tenun Catalog",
            r=context,
        )
    return written.pages


HEADERS = (
    ("Nama", "Name"),
    ("Jenis", "Kind"),
    ("Kabupaten/kota", "Regency"),
    ("Penanggung jawab", "Person in charge"),
    ("Telepon", "Phone"),
    ("WhatsApp", "WhatsApp"),
    ("E-mail", "E-mail"),
    ("NIB", "NIB"),
    ("Status NIB", "NIB status"),
    ("Izin habis", "Permits expired"),
    ("Izin berakhir ≤ 30 hari", "Permits ending within 30 days"),
    ("Izin berakhir ≤ 90 hari", "Permits ending within 90 days"),
    ("Produk Sei bermasalah", "Sei products with a gap"),
    ("Lengkap", "Complete"),
    ("Yang masih kurang", "What is missing"),
)
_NIB_STATES = {
    "valid": ("sah", "valid"),
    "without": ("belum ada", "none"),
    "invalid": ("tidak sah", "not valid"),
}


def _write_xlsx(out: Path, lines: list[ProducerLine], lang: str) -> None:
    en = lang == "en"
    rows = []
    for x in sorted(lines, key=lambda x: (x.producer.kabupaten, x.producer.name.casefold())):
        p = x.producer
        rows.append(
            (
                p.name,
                vocab.PRODUCER_TYPES.label(p.producer_type, lang)
                if p.producer_type in vocab.PRODUCER_TYPES
                else p.producer_type,
                kabupaten_label(p.kabupaten, lang),
                p.person_in_charge,
                p.phone,
                p.whatsapp,
                p.email,
                p.nib,
                _NIB_STATES[x.nib_state][1 if en else 0],
                x.expired,
                x.within30,
                x.within90,
                sum(x.sei.values()),
                x.complete,
                "\n".join(x.missing),
            )
        )
    headers = [(b, a) if en else (a, b) for a, b in HEADERS]
    write_report_xlsx(out, headers, rows, title="Legality" if en else "Legalitas")
