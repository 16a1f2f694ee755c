"""Findings: what one validation rule says about one field, in Indonesian and English.

Owns the `Finding` record, its two levels, and the small formatting helpers rule messages use
(Rupiah amounts, dates, lists of choices) so every message writes numbers the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

ERROR = "error"
WARNING = "warning"
LEVELS = (ERROR, WARNING)


@dataclass(frozen=True)
class Finding:
    """One problem with one field. `field` is a dotted path from the validated entity
    ('nib', 'sei.halal_number'); product findings may also name 'producer.<field>' (the producer
    passed in) or 'label.<field>' (the `LabelBatch` of a food label)."""

    level: str  # 'error' or 'warning'
    field: str
    code: str  # stable machine id
    message_id: str
    message_en: str

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id

    @property
    def is_error(self) -> bool:
        return self.level == ERROR


def error(field: str, code: str, message_id: str, message_en: str) -> Finding:
    return Finding(ERROR, field, code, message_id, message_en)


def warning(field: str, code: str, message_id: str, message_en: str) -> Finding:
    return Finding(WARNING, field, code, message_id, message_en)


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == ERROR]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.level == ERROR for f in findings)


def merge(*groups: Iterable[Finding]) -> list[Finding]:
    """All findings of the groups in order, each identical finding once."""
    return list(dict.fromkeys(f for group in groups for f in group))


# --- message formatting -------------------------------------------------------------------------

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def rupiah(amount: object, lang: str = "id") -> str:
    """'Rp150.000' / 'IDR 150,000'; a value that is not a whole number is shown as typed."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        return str(amount)
    sign = "-" if amount < 0 else ""
    if lang == "en":
        return f"{sign}IDR {abs(amount):,}"
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")


def long_date(d: date, lang: str = "id") -> str:
    """'17 Oktober 2026' / '17 October 2026'."""
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    return f"{d.day} {months[d.month - 1]} {d.year}"


def number(value: object) -> str:
    """A measurement as people write it: 180.0 -> '180', 12.5 -> '12.5'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def choices(labels: Iterable[str], lang: str = "id") -> str:
    """'Sapi, Babi atau Ikan' / 'Beef, Pork or Fish'."""
    items = list(labels)
    if len(items) < 2:
        return "".join(items)
    word = " or " if lang == "en" else " atau "
    return ", ".join(items[:-1]) + word + items[-1]
