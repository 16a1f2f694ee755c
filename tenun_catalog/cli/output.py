"""Printing results: plain tables for people, JSON for scripts, messages in the chosen language."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import PurePath
from typing import Any

from ..domain.errors import UserError


class Out:
    """Where the command line writes, in which language."""

    def __init__(self, lang: str = "id"):
        self.lang = lang

    def say(self, text_id: str, text_en: str) -> None:
        print(text_en if self.lang == "en" else text_id)

    def warn(self, text_id: str, text_en: str) -> None:
        print(text_en if self.lang == "en" else text_id, file=sys.stderr)

    def error(self, exc: UserError) -> None:
        prefix = "Error" if self.lang == "en" else "Galat"
        print(f"{prefix}: {exc.message(self.lang)}", file=sys.stderr)


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, PurePath):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(to_plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    rows = [["" if c is None else str(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [min(max(w, len(c)), 48) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        cells = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(row, widths, strict=True)]
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())


def rupiah(amount: int | None) -> str:
    if amount is None:
        return ""
    return "Rp" + f"{amount:,}".replace(",", ".")


class Progress:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, label: str):
        self.label = label
        self.active = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
