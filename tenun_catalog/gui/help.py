"""The Help menu's windows: the user guide, offline, and what the app knows about itself.

Owns `GuideDialog` (the bundled guide in the interface language, `docs/panduan.md` or
`docs/guide.md`, shown as formatted text with its screenshots) and `about_text` (version, the
library in use, where the fault log is written), so a person never needs a terminal to find them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..operations import faults
from ..resources import docs_dir
from .i18n import language, translate

GUIDES = {"id": "panduan.md", "en": "guide.md"}
IMAGE_WIDTH = 820


def guide_file(lang: str) -> Path:
    return docs_dir() / GUIDES.get(lang, GUIDES["id"])


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.resize(900, 720)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.load(language())

    def load(self, lang: str) -> None:
        path = guide_file(lang)
        self.setWindowTitle(translate("Help", "User guide"))
        self.close_button.setText(translate("Help", "Close"))
        # Screenshots are linked as img/<lang>/<name>.png, relative to the guide.
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self._fit_images(IMAGE_WIDTH)

    def _fit_images(self, width: int) -> None:
        """Screenshots are 1200 px wide: show them at `width` (height follows)."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    image.setWidth(width)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.KeepAnchor
                    )
                    cursor.setCharFormat(image)
                fragments += 1
            block = block.next()


def about_text(library: Path | None) -> str:
    where = str(library) if library else translate("Help", "(no library open)")
    return "\n".join(
        [
            translate("Help", "Tenun Catalog, version {version}").format(version=__version__),
            translate("Help", "Library: {path}").format(path=where),
            translate("Help", "Log of unexpected errors: {path}").format(
                path=faults.log_dir() / faults.LOG_NAME
            ),
        ]
    )
