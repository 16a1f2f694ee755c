"""The parts the app's product-job dialogs share (labels, hang tags, social cards): a checklist
of the library's products and a message line that turns red for a refusal.

Owns `product_checklist`, `checked_skus` and `say`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from .. import operations as ops
from .i18n import language
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
