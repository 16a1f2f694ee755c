"""The parts the app's product-job dialogs share (labels, hang tags, social cards): a checklist
of the library's products, a message line that turns red for a refusal, and the preview job.

Owns `product_checklist`, `checked_skus`, `say` and `PreviewJobs`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from .. import operations as ops
from ..export.audience import Selection
from .i18n import language, translate
from .render_jobs import RenderJob
from .session import Session


def product_checklist(
    parent: QWidget, session: Session, chosen: list[str], kind: str | None = None
) -> QListWidget:
    """Every product of the library (of `kind` when given) with a tick box; `chosen` ticked."""
    products = QListWidget(parent)
    wanted = {s.casefold() for s in chosen}
    for summary in ops.list_products(session.require()):
        if kind is not None and summary.kind != kind:
            continue
        name = (summary.name_en if language() == "en" else summary.name_id) or summary.sku
        item = QListWidgetItem(f"{name} ({summary.sku})", products)
        item.setData(Qt.UserRole, summary.sku)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if summary.sku.casefold() in wanted else Qt.Unchecked)
    return products


def checked_skus(products: QListWidget) -> list[str]:
    items = (products.item(i) for i in range(products.count()))
    return [i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked]


def say(message: QLabel, text: str, error: bool = False) -> None:
    """Show `text` under the dialog, in the error style for a refusal."""
    message.setText(text)
    message.setObjectName("noticeError" if error else "muted")
    message.style().unpolish(message)
    message.style().polish(message)


class PreviewJobs:
    """Mixin of a product-job dialog: the ticked products and one preview render at a time.

    The dialog sets `session`, `products` (a product_checklist), `output` (the registered
    output's key), `preview_job = None` and `previews = 0`, and defines `options()`, `_say`,
    `_on_preview(result)` and `_on_failed(exc)`."""

    def chosen_skus(self) -> list[str]:
        return checked_skus(self.products)

    def _ready(self) -> bool:
        if not self.chosen_skus():
            self._say(translate("ProductJob", "Tick at least one product."), error=True)
            return False
        return True

    def next_preview_path(self, folder: str, suffix: str) -> Path:
        """A new name each time: a view may still hold the last preview."""
        self.previews += 1
        return Path(folder) / f"pratinjau-{self.previews}{suffix}"

    def can_preview(self) -> bool:
        return self.preview_job is None and self._ready() and self.session.root is not None

    def start_preview(self, out: Path, **job_options) -> RenderJob:
        """Render the ticked products into `out` in the background (see `_on_preview`)."""
        self._say(translate("ProductJob", "Making the preview…"))
        self.preview_job = RenderJob(
            self.session.root, self.output, out,
            selection=Selection(skus=tuple(self.chosen_skus())), options=self.options(),
            parent=self, **job_options,
        )  # fmt: skip
        self.preview_job.succeeded.connect(self._on_preview)
        self.preview_job.failed.connect(self._on_failed)
        self.preview_job.finished.connect(self._on_preview_done)
        self.preview_job.start()
        return self.preview_job

    def _on_preview_done(self) -> None:
        if self.preview_job is not None:
            self.preview_job.deleteLater()
        self.preview_job = None
