"""The error a person can fix: one message in Indonesian and English, naming what and where."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or data that the user can correct; front ends show `message(lang)` and exit 1."""

    def __init__(self, message_id: str, message_en: str | None = None, *, field: str = ""):
        super().__init__(message_id)
        self.message_id = message_id
        self.message_en = message_en or message_id
        self.field = field

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id

    def __str__(self) -> str:
        return self.message_id


class NotFound(UserError):
    """A producer, product, motif, permit, photo or catalog that the library does not hold."""
