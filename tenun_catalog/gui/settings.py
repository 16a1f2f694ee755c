"""Remembered preferences (QSettings, INI format): last library, language, window geometry.

Everything goes through `store()` so tests can point QSettings at a temporary folder with
`QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, folder)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..operations import library_choice

ORGANIZATION = "TenunCatalog"
APPLICATION = "tenun-catalog"


def store() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


def last_library() -> Path | None:
    value = store().value("library/last", "")
    return Path(str(value)) if value else None


def set_last_library(root: Path) -> None:
    """Remember `root` here and in the file the command line reads (operations.library_choice)."""
    store().setValue("library/last", str(root))
    library_choice.remember_library(root)


def language() -> str:
    value = str(store().value("ui/language", "id"))
    return value if value in ("id", "en") else "id"


def set_language(lang: str) -> None:
    store().setValue("ui/language", lang)


def value_bytes(key: str) -> QByteArray | None:
    value = store().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_value(key: str, value: object) -> None:
    store().setValue(key, value)


def text(key: str, default: str = "") -> str:
    return str(store().value(key, default))
