"""Social media cards from the app: choose products, a size and a language, see the pictures,
save them into a folder.

Owns `SocialCardsDialog`. It lists every product of the library (ticked: the ones the caller
chose), renders a preview in the background (the same registered output as the saved folder,
into a temporary folder; the pictures are shown small, side by side) and saves through the
app's `Exporter`, which shows progress and the result. A card the output refuses (a name too
long for it) says why, naming the product.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..export.audience import Selection
from ..operations import faults
from .catalog_export import Exporter, default_folder
from .i18n import language, translate
from .product_pick import PreviewJobs, product_checklist, say
from .render_jobs import RenderJob
from .session import Session

OUTPUT = "social-cards"
PREVIEW_WIDTH = 220  # px of each picture in the preview strip
PREVIEW_MAX = 8  # pictures shown; the folder holds all of them


class SocialCardsDialog(PreviewJobs, QDialog):
    def __init__(
        self, session: Session, chosen: list[str] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.output = OUTPUT
        self.exporter = Exporter(session, self)
        self.preview_job: RenderJob | None = None
        self.temp = QTemporaryDir()
        self.previews = 0
        self.setObjectName("socialCardsDialog")
        self.resize(1100, 700)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self._left(chosen or []))
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.preview_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.retranslate()
        self._say(translate("SocialCardsDialog", "Tick the products, then press Preview."))

    def _left(self, chosen: list[str]) -> QWidget:
        box = QWidget(self)
        box.setMinimumWidth(340)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 8, 0)
        self.products_label = QLabel(box)
        self.products = product_checklist(box, self.session, chosen)
        self.products.setObjectName("cardProducts")
        column.addWidget(self.products_label)
        column.addWidget(self.products, 1)
        form = QFormLayout()
        self.sizes = QComboBox(box)
        self.lang = QComboBox(box)
        self.sizes_label, self.lang_label = QLabel(box), QLabel(box)
        form.addRow(self.sizes_label, self.sizes)
        form.addRow(self.lang_label, self.lang)
        column.addLayout(form)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SocialCardsDialog", "Social media cards"))
        self.products_label.setText(translate("SocialCardsDialog", "Products to make cards for:"))
        self.sizes_label.setText(translate("SocialCardsDialog", "Size"))
        self.lang_label.setText(translate("SocialCardsDialog", "Language"))
        for combo, entries in (
            (
                self.sizes,
                (
                    ("both", translate("SocialCardsDialog", "Both sizes")),
                    ("instagram", translate("SocialCardsDialog", "Instagram post (1080 × 1350)")),
                    ("status", translate("SocialCardsDialog", "WhatsApp Status (1080 × 1920)")),
                ),
            ),
            (
                self.lang,
                (
                    ("id", translate("SocialCardsDialog", "Indonesian")),
                    ("en", translate("SocialCardsDialog", "English")),
                    ("id+en", translate("SocialCardsDialog", "Indonesian and English")),
                ),
            ),
        ):
            current = combo.currentData()
            combo.clear()
            for code, text in entries:
                combo.addItem(text, code)
            if current:
                combo.setCurrentIndex(combo.findData(current))
        self.preview_button.setText(translate("SocialCardsDialog", "Preview"))
        self.save_button.setText(translate("SocialCardsDialog", "Save to a folder…"))
        self.close_button.setText(translate("SocialCardsDialog", "Close"))

    # ---- what to make -----------------------------------------------------------------------

    def options(self) -> dict[str, object]:
        return {"sizes": self.sizes.currentData(), "lang": self.lang.currentData()}

    # ---- preview and save -------------------------------------------------------------------

    @Slot()
    def preview(self) -> RenderJob | None:
        if not self.can_preview():
            return None
        return self.start_preview(self.next_preview_path(self.temp.path(), ""))

    def shown_pictures(self) -> list[QLabel]:
        return self.strip.findChildren(QLabel, "cardPicture")

    @Slot(object)
    def _on_preview(self, result) -> None:
        for label in self.shown_pictures():
            label.deleteLater()
        pictures = sorted(Path(result.path).glob("*.jpg"))
        for path in pictures[:PREVIEW_MAX]:
            label = QLabel(self.strip)
            label.setObjectName("cardPicture")
            label.setPixmap(
                QPixmap(str(path)).scaledToWidth(PREVIEW_WIDTH, Qt.SmoothTransformation)
            )
            label.setToolTip(path.name)
            self.strip_layout.addWidget(label, 0, Qt.AlignTop)
        text = translate("SocialCardsDialog", "{n} pictures for {products} products.").format(
            n=len(pictures), products=result.products
        )
        notes = [note[1] if language() == "en" else note[0] for note in result.notes]
        self._say("\n".join([text, *notes[:5]]))

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self._say(faults.describe(exc, [self.session.root]).message(language()), error=True)

    @Slot()
    def save(self, out: Path | None = None) -> RenderJob | None:
        if not self._ready() or self.exporter.busy:
            return None
        if out is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.windowTitle(), str(default_folder())
            )
            if not chosen:
                return None
            out = Path(chosen) / "kartu-media-sosial"
        self.exporter.last_error = ""
        job = self.exporter.start(
            self.output, None, out, selection=Selection(skus=tuple(self.chosen_skus())),
            options=self.options(),
        )  # fmt: skip
        if job is not None:
            job.failed.connect(self._on_failed)
        return job

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
