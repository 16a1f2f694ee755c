"""Template contract of the legality report (`report legality`): the office's dated overview of
every producer's legal readiness. Plain text and numbers only; the export module fills it from
the overview counts and the audience's producer view, the kurasi theme's `legalitas.html` lays
it out.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str  # "812 dari 1.000 (81%)": already formatted in the report's language
    bad: bool = False  # shown in the warning colour


@dataclass(frozen=True)
class ProducerGap:
    name: str
    kind: str
    contact: str  # person in charge, phone / WhatsApp, e-mail: as the audience allows
    missing: tuple[str, ...]  # what the producer still lacks, one line each


@dataclass(frozen=True)
class KabupatenPart:
    name: str
    producers: int
    complete: int  # producers with nothing missing
    gaps: tuple[ProducerGap, ...]  # at most `shown` of them; the rest are in the XLSX
    more: int = 0  # producers with gaps not listed here


@dataclass(frozen=True)
class LegalityCtx:
    lang: str
    title: str
    scope: str  # "Semua kabupaten/kota" or the one asked
    summary: tuple[SummaryRow, ...]
    by_kabupaten: tuple[tuple[str, int, int, int], ...]  # name, producers, complete, expired
    parts: tuple[KabupatenPart, ...]
    generated_on: str
    generator: str
    labels: dict[str, str]  # headings in the report's language
