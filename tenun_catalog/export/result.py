"""What an output reports back: where it wrote, how much, what it withheld, what to know."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class RenderResult:
    path: Path  # the PDF file, the ZIP, or index.html of a web catalog
    pages: int  # PDF pages, or product pages written for the web
    products: int
    withheld: list[str] = field(default_factory=list)  # motifs left out by cultural protocol
    missing_translations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # renderer warnings (should be none)
    seconds: float = 0.0
    # Lines for the person beyond the counts (id, en): a package's missing items, for example.
    notes: tuple[tuple[str, str], ...] = ()


OutputResult = RenderResult  # the registry's name for it: every output returns one
