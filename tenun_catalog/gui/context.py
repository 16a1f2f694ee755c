"""What every page shares: the session, the undo stack, the thumbnail loader, the importer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from .importer import PhotoImporter
from .session import Session
from .thumbnails import Thumbnails


@dataclass
class AppContext:
    session: Session
    undo: QUndoStack
    thumbnails: Thumbnails
    importer: PhotoImporter
