"""The product editor beside the grid: header with readiness, then tabs General, Tenun or Sei
details, Photos and Readiness.

Owns `ProductEditor`. Forms are built from domain FieldSpecs (the detail tab follows the
product kind). Every committed field is saved at once with operations.edit_product (through
the session) and pushed as an undo step holding the values before and after; a refused value
is written in plain words under its field and the stored value comes back. Findings of the
domain rules are shown next to their fields; the readiness chip and the Readiness tab give one
summary (rule findings and, per output, the required items still missing, each a link to its
field); the output chips sit on their own line so none is clipped; the sales channels
(WhatsApp/Meta, Google, Shopee, Tokopedia) share one chip ("Jualan online 2/4") beside the
readiness chip, with the details in the Readiness tab.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import operations as ops
from ...domain import vocab
from ...domain.errors import UserError
from ...domain.fields import PRODUCT_FIELDS
from ...domain.readiness import OUTPUTS
from ...operations import gui_support as support
from .. import undo
from ..context import AppContext
from ..i18n import language, translate
from ..style import title_font
from ..widgets.editors import ChecklistEditor, ChoiceEditor
from ..widgets.field_form import FieldForm
from ..widgets.readiness_list import ReadinessList
from ..widgets.status import ChannelChip, Chip, OutputChip, ReadinessChip
from ..widgets.steps_editor import StepsEditor
from .photo_panel import PhotoPanel

GENERAL = [
    (QT_TRANSLATE_NOOP("FieldForm", "Identity"), ["sku", "kind", "@producer_id"]),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Names and story"),
        ["name_id", "name_en", "description_id", "description_en", "story_id", "story_en"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Price and stock"),
        ["price", "wholesale_price", "min_order", "lead_time_days", "stock"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Brand and packaging"),
        ["brand", "trademark_status", "trademark_number", "packaging"],
    ),
    (  # what Shopee, Tokopedia, WhatsApp/Meta and Google ask for (issue 14)
        QT_TRANSLATE_NOOP("FieldForm", "Parcel and condition, for selling online"),
        [
            "packed_weight_g",
            "package_length_cm",
            "package_width_cm",
            "package_height_cm",
            "condition",
        ],
    ),
]
TENUN = [
    (
        QT_TRANSLATE_NOOP("FieldForm", "The cloth"),
        ["tenun.tenun_type", "tenun.origin_kabupaten", "tenun.suku", "tenun.gi_claim"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Technique and dyes"),
        ["tenun.techniques", "tenun.dye_class", "tenun.dyes", "tenun.yarn"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Size and work"),
        [
            "tenun.length_cm",
            "tenun.width_cm",
            "tenun.weight_g",
            "tenun.panel_count",
            "tenun.days_to_make",
        ],
    ),
    (QT_TRANSLATE_NOOP("FieldForm", "Motifs and weavers"), ["@motif_ids", "tenun.weavers"]),
    (QT_TRANSLATE_NOOP("FieldForm", "How it is made"), ["@production_steps"]),
]
SEI = [
    (
        QT_TRANSLATE_NOOP("FieldForm", "Meat and ingredients"),
        [
            "sei.meat",
            "sei.ingredients",
            "sei.main_ingredient_pct",
            "sei.smoking_wood",
            "sei.allergens",
        ],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Weight, packaging and storage"),
        ["sei.net_weight_g", "sei.packaging_type", "sei.storage", "sei.shelf_life_days"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Permit and halal"),
        [
            "sei.permit_kind",
            "sei.permit_number",
            "sei.halal_status",
            "sei.halal_number",
            "sei.shared_facility_pork",
            "sei.shared_facility_statement",
        ],
    ),
    (QT_TRANSLATE_NOOP("FieldForm", "Nutrition"), ["sei.nutrition_facts"]),
]


def _specs(kind: str) -> list:
    return [s for s in PRODUCT_FIELDS if (kind in s.kinds if kind else not s.kinds)]


def _complete(sections: list, specs: list) -> list:
    """Every spec appears: paths that no section lists go into the last one."""
    listed = {p for _, paths in sections for p in paths}
    rest = [s.path for s in specs if s.path not in listed]
    if rest:
        title, paths = sections[-1]
        sections = [*sections[:-1], (title, [*paths, *rest])]
    return sections


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("formScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(widget)
    return area


class ProductEditor(QFrame):
    removeRequested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("editorPanel")
        self.ctx = ctx
        self.session = ctx.session
        self.product = None
        self.product_id: int | None = None
        self._saving = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("muted")
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)

        body = QWidget(self)
        self.stack.addWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._header(body))

        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)
        column.addWidget(self.tabs, 1)
        self.general = FieldForm(_specs(""), None, _complete(GENERAL, _specs("")))
        self.producer_editor = ChoiceEditor()
        self.general.add_custom("producer_id", "Produsen", "Producer", self.producer_editor)
        self.tenun = FieldForm(_specs("tenun"), None, _complete(TENUN, _specs("tenun")))
        self.motif_editor = ChecklistEditor()
        self.tenun.add_custom("motif_ids", "Motif", "Motifs", self.motif_editor)
        self.steps_editor = StepsEditor()
        self.steps_editor.edited.connect(self.save_steps)
        self.tenun.add_custom(
            "production_steps", QT_TRANSLATE_NOOP("FieldForm", "Steps"), None, self.steps_editor
        )
        self.sei = FieldForm(_specs("sei"), None, _complete(SEI, _specs("sei")))
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(scroll(self.tenun))
        self.detail_stack.addWidget(scroll(self.sei))
        self.photos = PhotoPanel(ctx)
        self.findings_list = ReadinessList()
        self.findings_list.fieldChosen.connect(self.go_to_field)
        self.tabs.addTab(scroll(self.general), "")
        self.tabs.addTab(self.detail_stack, "")
        self.tabs.addTab(self.photos, "")
        self.tabs.addTab(self.findings_list, "")
        for form in (self.general, self.tenun, self.sei):
            form.committed.connect(self._on_committed)
        self.session.changed.connect(self._on_changed)
        self.session.opened.connect(self._on_opened)
        self.session.closing.connect(self._on_opened)
        self.retranslate()
        self.show_product(None)

    def _header(self, parent: QWidget) -> QWidget:
        header = QWidget(parent)
        box = QVBoxLayout(header)
        box.setContentsMargins(18, 14, 18, 10)
        box.setSpacing(3)
        top = QHBoxLayout()
        self.title = QLabel(header)
        self.title.setObjectName("pageTitle")
        self.title.setFont(title_font(18))
        self.title.setWordWrap(True)
        self.remove_button = QPushButton(header)
        self.remove_button.setObjectName("danger")
        self.remove_button.clicked.connect(self._remove)
        top.addWidget(self.title, 1)
        top.addWidget(self.remove_button, 0, Qt.AlignTop)
        box.addLayout(top)
        self.subtitle = QLabel(header)
        self.subtitle.setObjectName("subtitle")
        box.addWidget(self.subtitle)
        meta = QHBoxLayout()
        meta.setSpacing(8)
        self.sku_label = QLabel(header)
        self.sku_label.setObjectName("muted")
        self.kind_chip = Chip(header)
        self.readiness = ReadinessChip(header)
        meta.addWidget(self.sku_label)
        meta.addWidget(self.kind_chip)
        meta.addWidget(self.readiness)
        # every sales channel in one chip, on this line: the output chips' line is full
        self.channel_chip = ChannelChip(header)
        meta.addWidget(self.channel_chip)
        meta.addStretch(1)
        box.addLayout(meta)
        chips = QHBoxLayout()  # a line of their own: four chips never fit beside the SKU
        chips.setSpacing(6)
        self.output_chips = {output: OutputChip(header) for output in OUTPUTS}
        for chip in self.output_chips.values():
            chips.addWidget(chip)
        chips.addStretch(1)
        box.addLayout(chips)
        return header

    # ---- showing a product ------------------------------------------------------------------

    @Slot()
    def _on_opened(self) -> None:
        self.show_product(None)

    def show_product(self, product_id: int | None) -> None:
        """Show a product (None: the placeholder). Pending typing is saved first."""
        self.flush()
        self.product_id = product_id
        self.photos.set_product(product_id)
        self.reload()

    def forms(self) -> list[FieldForm]:
        """The forms that belong to the product shown (the other kind's form stays idle)."""
        if self.product is None:
            return []
        detail = {"tenun": [self.tenun], "sei": [self.sei]}.get(self.product.kind, [])
        return [self.general, *detail]

    def flush(self) -> None:
        for form in [*self.forms(), self.photos.form]:
            form.flush()

    def reload(self, keep_focused: bool = False) -> None:
        lib = self.session.lib
        product = None
        if self.product_id is not None and lib is not None:
            try:
                product = ops.get_product_by_id(
                    lib, self.session.resolve("product", self.product_id)
                )
            except UserError:
                product = None
        self.product = product
        if product is None:
            self.product_id = None
            self.stack.setCurrentIndex(0)
            return
        self.product_id = product.id
        self.stack.setCurrentIndex(1)
        self._refresh_choices()
        for form in self.forms():
            form.set_record(product, keep_focused=keep_focused)
        detail = {"tenun": 0, "sei": 1}.get(product.kind)
        self.tabs.setTabVisible(1, detail is not None)
        if detail is not None:
            self.detail_stack.setCurrentIndex(detail)
        self._refresh_header()
        self._refresh_findings()
        self._detail_tab_text()
        if product.kind == "tenun":
            self.steps_editor.show_records(ops.list_steps(lib, product.sku))

    def save_steps(self, wanted: list) -> None:
        """Save the product's new list of production steps as one step that undo takes back."""
        if self.product is None:
            return
        lib = self.session.require()
        before = ops.list_steps(lib, self.product.sku)
        try:
            ops.replace_steps(lib, self.product.sku, wanted)
        except UserError as exc:
            self.session.report(exc)
            return
        text = translate("ProductEditor", "Edit production steps")
        self.ctx.undo.push(undo.StepsEdit(self.session, self.product.id, before, wanted, text))
        self.session.notify(translate("ProductEditor", "Saved: production steps"))
        self.reload(keep_focused=True)

    def _detail_tab_text(self) -> None:
        kind = self.product.kind if self.product is not None else "tenun"
        if kind == "sei":
            self.tabs.setTabText(1, translate("ProductEditor", "Sei details"))
        else:
            self.tabs.setTabText(1, translate("ProductEditor", "Tenun details"))

    def _refresh_choices(self) -> None:
        lib = self.session.require()
        self.producer_editor.set_choices([(p.id, p.name) for p in ops.list_producers(lib)])
        lang = language()
        motifs = []
        for m in ops.list_motifs(lib):
            name = (m.name_en if lang == "en" and m.name_en else m.name_id) or m.name_local
            if not m.is_public:
                name += " — " + translate("ProductEditor", "restricted, withheld from catalogs")
            motifs.append((m.id, name))
        self.motif_editor.set_choices(motifs)

    def _refresh_header(self) -> None:
        product = self.product
        lang = language()
        name = product.name_en if lang == "en" and product.name_en else product.name_id
        self.title.setText(name or translate("ProductEditor", "(no name yet)"))
        other = product.name_id if lang == "en" else product.name_en
        self.subtitle.setText(other if other and other != name else "")
        self.subtitle.setVisible(bool(self.subtitle.text()))
        self.sku_label.setText(product.sku)
        self.kind_chip.set_status("none", vocab.PRODUCT_KINDS.label(product.kind, lang))
        self.tabs.setTabText(
            2, translate("ProductEditor", "Photos ({n})").format(n=self.photos.model.rowCount())
        )

    def _refresh_findings(self) -> None:
        findings = support.product_findings(self.session.require(), self.product)
        rest = self.general.set_findings(findings)
        form = self.tenun if self.product.kind == "tenun" else self.sei
        rest = form.set_findings(rest)
        (self.sei if form is self.tenun else self.tenun).set_findings([])
        per_output = support.product_readiness(self.session.require(), self.product)
        channels = support.channel_readiness(self.session.require(), self.product)
        self.readiness.set_findings(findings, per_output)
        for output, chip in self.output_chips.items():
            chip.set_readiness(output, per_output.get(output), language())
        self.channel_chip.set_channels(channels, language())
        self.findings = findings
        self.findings_list.show_readiness(findings, per_output, language(), channels)
        count = self.findings_list.count_to_do
        label = translate("ProductEditor", "Readiness")
        self.tabs.setTabText(3, f"{label} ({count})" if count else label)
        self._unplaced = rest

    @Slot(str)
    def go_to_field(self, path: str) -> None:
        """Show the tab of the field `path` and focus it (a line of the Readiness tab)."""
        window = self.window()
        if path == "photos":
            self.tabs.setCurrentWidget(self.photos)
        elif path == "permits" and hasattr(window, "show_page"):  # a permit without its scan
            window.show_page("permits")
        elif path in self.general.editors:
            self.tabs.setCurrentIndex(0)
            self.general.focus(path)
        elif path in self.tenun.editors or path in self.sei.editors:
            self.tabs.setCurrentIndex(1)
            (self.tenun if path in self.tenun.editors else self.sei).focus(path)

    # ---- saving -----------------------------------------------------------------------------

    @Slot(str, object)
    def _on_committed(self, path: str, value: object) -> None:
        if self.product_id is None:
            return
        form = self.sender()
        self._saving = True
        try:
            change = self.session.edit("product", self.product_id, {path: value})
        except UserError as exc:
            text = self.session.report(exc)
            self.reload()
            form.show_error(exc.field or path, text)
            return
        finally:
            self._saving = False
        if change.action != "updated":
            return
        before, after = undo.undo_values(change)
        spec_label = self._label(path)
        text = translate("ProductEditor", "Edit {field}").format(field=spec_label)
        self.ctx.undo.push(
            undo.FieldEdit(self.session, "product", change.after.id, before, after, text)
        )
        self.session.notify(translate("ProductEditor", "Saved: {field}").format(field=spec_label))
        self.reload(keep_focused=True)

    def _label(self, path: str) -> str:
        for form in (self.general, self.tenun, self.sei):
            if path in form.specs:
                return form.specs[path].label(language())
        return {
            "producer_id": translate("ProductEditor", "producer"),
            "motif_ids": translate("ProductEditor", "motifs"),
        }.get(path, path)

    @Slot(str, int)
    def _on_changed(self, entity: str, record_id: int) -> None:
        if self.product_id is None or self._saving:
            return
        current = self.session.resolve("product", self.product_id)
        if entity == "product" and record_id == current:
            self.reload()
        elif entity == "photos" and record_id == current:
            self._refresh_header()
        elif entity in ("producer", "motif", "permit"):
            self.reload(keep_focused=True)

    @Slot()
    def _remove(self) -> None:
        if self.product_id is not None:
            self.removeRequested.emit(self.product_id)

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.placeholder.setText(
            translate("ProductEditor", "Choose a product to see and change its details.")
        )
        self.remove_button.setText(translate("ProductEditor", "Remove"))
        self.remove_button.setToolTip(
            translate("ProductEditor", "Delete key; Ctrl+Z brings it back")
        )
        self.tabs.setTabText(0, translate("ProductEditor", "General"))
        self._detail_tab_text()
        self.tabs.setTabText(2, translate("ProductEditor", "Photos"))
        self.tabs.setTabText(3, translate("ProductEditor", "Readiness"))
        if self.product is not None and self.session.lib is not None:
            self._refresh_header()
            self._refresh_findings()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            if self.product is not None and self.session.lib is not None:
                self._refresh_choices()
                self.motif_editor.set_value(self.product.motif_ids)
        super().changeEvent(event)
