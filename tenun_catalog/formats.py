"""Money, dates and numbers in the reader's locale, through Babel.

Indonesian writes `Rp150.000` (no space, dot for thousands) and `28 November 2026`; English
`IDR 150,000` and `28 November 2026`. Money is whole Rupiah, so no decimals are ever shown.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

_LOCALES = {"id": "id_ID", "en": "en_GB"}


def locale_for(lang: str) -> str:
    return _LOCALES.get(lang.split("+")[0], "id_ID")


def money(amount: int | None, lang: str = "id", currency: str = "IDR") -> str:
    if amount is None:
        return ""
    pattern = "¤#,##0" if lang.startswith("id") else "¤ #,##0"
    return format_currency(
        amount, currency, format=pattern, locale=locale_for(lang), currency_digits=False
    )


def long_date(value: date | None, lang: str = "id") -> str:
    if value is None:
        return ""
    return format_date(value, "d MMMM y", locale=locale_for(lang))


def number(value: float | int | None, lang: str = "id") -> str:
    if value is None:
        return ""
    return format_decimal(value, locale=locale_for(lang))
