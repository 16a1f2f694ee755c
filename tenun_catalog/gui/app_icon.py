"""The app's own icon: assets/icons/tenun-catalog.svg (an ikat-style diamond in tarum and
kunyit on kapas, generic geometry), rendered at the sizes a window icon needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from .. import resources

ICON_NAME = "tenun-catalog.svg"


def icon_path() -> Path | None:
    try:
        return resources.assets_dir() / "icons" / ICON_NAME
    except FileNotFoundError:
        return None


def app_icon() -> QIcon:
    path = icon_path()
    if path is None or not path.is_file():
        return QIcon()
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(path), QSize(size, size))
    return icon
