"""Catalogs screen (for now): the catalogs the library defines, and a note that the catalog
builder comes later. The builder itself is a later part of the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ... import formats
from ... import operations as ops
from ...domain import vocab
from ..context import AppContext
from ..i18n import language, translate
from ..style import title_font
from ..widgets.record_delegate import DetailRole, RecordDelegate, StatusRole, TitleRole


class CatalogsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = ctx.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setFont(title_font(20))
        layout.addWidget(self.title)
        self.note = QLabel(self)
        self.note.setObjectName("notice")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setObjectName("recordList")
        self.list.setItemDelegate(RecordDelegate(self.list))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.session.opened.connect(self.reload)
        self.retranslate()

    def reload(self) -> None:
        self.list.clear()
        lang = language()
        catalogs = ops.list_catalogs(self.session.lib) if self.session.lib is not None else []
        for catalog in catalogs:
            title = (catalog.title_en if lang == "en" else catalog.title_id) or catalog.name
            count = sum(len(s.product_ids) for s in catalog.sections)
            parts = [
                vocab.CATALOG_PURPOSES.label(catalog.purpose, lang),
                catalog.paper,
                translate("CatalogsPage", "{n} products").format(n=count),
            ]
            if catalog.event_name:
                parts.append(catalog.event_name)
            if catalog.event_date:
                parts.append(formats.long_date(catalog.event_date, lang))
            item = QListWidgetItem(f"{title}\n{' · '.join(parts)}", self.list)
            item.setData(TitleRole, title)
            item.setData(DetailRole, " · ".join(parts))
            item.setData(StatusRole, "none")
        self.list.setVisible(bool(catalogs))
        self.empty.setVisible(not catalogs)
        self.layout().setStretch(self.layout().count() - 1, 0 if catalogs else 1)

    def retranslate(self) -> None:
        self.title.setText(translate("CatalogsPage", "Catalogs"))
        self.note.setText(
            translate(
                "CatalogsPage",
                "The catalog builder is coming soon. Catalogs made with the command line "
                "are listed here.",
            )
        )
        self.empty.setText(translate("CatalogsPage", "No catalogs yet."))
        self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
