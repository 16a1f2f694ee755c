"""The settings of one catalog: a form from CATALOG_FIELDS plus the theme and the options.

Owns `CatalogSettings`. The form is built from the domain's FieldSpecs (names, title in two
languages, purpose, language, paper, event, exchange rate); the theme is chosen among the
themes that make a PDF (export.themes.available_themes) and the options (prices, stock, what
the QR code opens, the web address, keeping the product list in sync) are editors of their
own. Every committed field is saved at once with operations.edit_catalog (through the session)
and pushed as an undo step; a refused value is written in plain words under its field and the
stored value comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ...domain.entities import Catalog
from ...domain.errors import UserError
from ...domain.fields import CATALOG_FIELDS
from ...export.themes import available_themes
from .. import undo
from ..context import AppContext
from ..i18n import language, translate
from ..widgets.editors import CheckEditor, ChoiceEditor, LineEditor
from ..widgets.field_form import FieldForm

OPTION_KEYS = tuple(undo.OPTION_DEFAULTS)
SECTIONS = [
    (
        QT_TRANSLATE_NOOP("FieldForm", "The catalog"),
        ["name", "title_id", "title_en", "purpose", "language", "@theme", "paper", "@sync"],
    ),
    (QT_TRANSLATE_NOOP("FieldForm", "Event"), ["event_name", "event_date", "venue", "booth"]),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Prices and ordering"),
        ["@show_prices", "@show_stock", "@qr_target", "@base_url", "usd_rate", "usd_rate_date"],
    ),
]
OPTION_LABELS = {
    "show_prices": QT_TRANSLATE_NOOP("FieldForm", "Show prices"),
    "show_stock": QT_TRANSLATE_NOOP("FieldForm", "Show stock"),
    "qr_target": QT_TRANSLATE_NOOP("FieldForm", "QR code opens"),
    "base_url": QT_TRANSLATE_NOOP("FieldForm", "Web address of the catalog"),
    "sync": QT_TRANSLATE_NOOP("FieldForm", "Keep in sync: new products join"),
}


class FixedChoiceEditor(ChoiceEditor):
    """A choice that is never empty (the theme, the QR target)."""

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        super().set_choices(choices)
        self._loading = True
        if self.combo.count() > 1 and self.combo.itemData(0) is None:
            self.combo.removeItem(0)
        self.show_value(self.stored)
        self._loading = False

    def show_value(self, value: object) -> None:
        index = self.combo.findData(value)
        if index < 0 and value:  # a theme the library no longer has: keep it visible
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(0, index))


class CatalogSettings(QWidget):
    saved = Signal(str)  # the field path that was saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.catalog: Catalog | None = None
        self.saving = False
        specs = [s for s in CATALOG_FIELDS if s.path != "theme"]
        self.form = FieldForm(specs, None, SECTIONS)
        theme_spec = next(s for s in CATALOG_FIELDS if s.path == "theme")
        self.theme_editor = FixedChoiceEditor()
        self.form.add_custom("theme", theme_spec.label_id, theme_spec.label_en, self.theme_editor)
        self.prices_editor = CheckEditor(None)
        self.stock_editor = CheckEditor(None)
        self.qr_editor = FixedChoiceEditor()
        self.url_editor = LineEditor(None)
        self.url_editor.edit.setPlaceholderText("https://…")
        # checked: the catalog's products are chosen again by its filter (none: every
        # product) whenever it is rendered; unchecked: the list stays as it is
        self.sync_editor = CheckEditor(None)
        editors = [
            self.prices_editor,
            self.stock_editor,
            self.qr_editor,
            self.url_editor,
            self.sync_editor,
        ]
        for key, editor in zip(OPTION_KEYS, editors, strict=True):
            self.form.add_custom(key, OPTION_LABELS[key], None, editor)
        self.form.committed.connect(self._on_committed)
        area = QScrollArea(self)
        area.setObjectName("formScroll")
        area.setFrameShape(QFrame.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(self.form)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(area)
        self.retranslate()

    # ---- showing ----------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog | None, keep_focused: bool = False) -> None:
        self.catalog = catalog
        if catalog is None:
            return
        self._fill_themes()
        self.form.set_record(catalog, keep_focused=keep_focused)
        for key, value in undo.catalog_options(catalog).items():
            self.form.set_value(key, value)
        self.form.set_findings([])

    def _fill_themes(self) -> None:
        lib = self.session.lib
        themes = [t for t in available_themes(lib) if t.supports("pdf")] if lib else []
        self.theme_editor.set_choices([(t.name, t.title or t.name) for t in themes])

    def flush(self) -> None:
        self.form.flush()

    # ---- saving -----------------------------------------------------------------------------

    @Slot(str, object)
    def _on_committed(self, path: str, value: object) -> None:
        catalog = self.catalog
        if catalog is None:
            return
        if path == "sync" and value and undo.catalog_options(catalog)["sync"]:
            return  # already synced with a filter (set from the command line): keep the filter
        if path in OPTION_KEYS:
            before = undo.CatalogState(options={path: undo.catalog_options(catalog)[path]})
            after = undo.CatalogState(options={path: value})
        else:
            before = undo.CatalogState(changes={path: getattr(catalog, path)})
            after = undo.CatalogState(changes={path: value})
        self.saving = True
        try:
            change = self.session.edit_catalog(catalog.id, after.changes, after.options)
        except UserError as exc:
            text = self.session.report(exc)
            self.set_catalog(catalog)
            self.form.show_error(exc.field or path, text)
            return
        finally:
            self.saving = False
        if change.action != "updated":
            return
        label = self.label(path)
        text = translate("CatalogSettings", "Edit {field}").format(field=label)
        self.ctx.undo.push(undo.CatalogEdit(self.session, catalog.id, before, after, text, path))
        self.session.notify(translate("CatalogSettings", "Saved: {field}").format(field=label))
        self.set_catalog(change.after, keep_focused=True)
        self.saved.emit(path)

    def label(self, path: str) -> str:
        if path in OPTION_LABELS:
            return translate("FieldForm", OPTION_LABELS[path])
        if path in self.form.specs:
            return self.form.specs[path].label(language())
        return path

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.qr_editor.set_choices(
            [
                ("whatsapp", translate("CatalogSettings", "A WhatsApp message to the producer")),
                ("page", translate("CatalogSettings", "The product's page in the web catalog")),
            ]
        )
        self.sync_editor.setToolTip(
            translate(
                "CatalogSettings",
                "Like a smart collection: the catalog takes every product that matches its "
                "filter each time it is made, so products added later join it. Unchecked, "
                "the product list stays as it is now.",
            )
        )
        self.url_editor.setToolTip(
            translate(
                "CatalogSettings",
                "Where the web catalog will be published; QR codes to product pages need it.",
            )
        )
        self.form.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
