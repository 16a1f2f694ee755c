"""Template contracts of the curation-desk documents: producer profile and readiness report."""

from __future__ import annotations

from dataclasses import dataclass

from .context import Bi, Fact, PhotoCtx


@dataclass(frozen=True)
class PermitLine:
    kind: str
    number: str
    expires: str
    status: str  # valid, expiring, expired, unknown
    status_label: str


@dataclass(frozen=True)
class ProfileCtx:
    lang: str
    name: str
    kind_label: str
    story: Bi
    facts: tuple[Fact, ...]  # legal form, NIB, address, capacity, market reach... (never the NIK)
    permits: tuple[PermitLine, ...]
    products: tuple[tuple[str, str, str], ...]  # (SKU, name, price)
    photo: PhotoCtx | None
    generated_on: str


@dataclass(frozen=True)
class ReadinessLine:
    record: str  # "Produk TNN-001 Selendang ..." / "Produsen ..."
    score: int
    ready: bool
    problems: tuple[tuple[str, str], ...]  # (level, message)


@dataclass(frozen=True)
class ReadinessCtx:
    lang: str
    title: str
    producer: str
    complete: bool
    lines: tuple[ReadinessLine, ...]
    generated_on: str
    generator: str
