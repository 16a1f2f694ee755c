"""Shared screen for producers, motifs and permits: a list on the left, a form on the right.

Owns `RecordPage`: the list (filtered as you type, each line with a coloured status dot), the
header with a status chip and a remove button, the form built from the entity's FieldSpecs with
findings under the fields, saving each committed field through the session with an undo step,
and adding/removing records with undo. Subclasses say how to list, name, judge and create
their records.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.findings import Finding
from .. import undo
from ..context import AppContext
from ..i18n import language, translate
from ..style import title_font
from ..widgets.empty_state import EmptyState
from ..widgets.field_form import FieldForm
from ..widgets.record_delegate import (
    ColourDetailRole,
    DetailRole,
    RecordDelegate,
    StatusRole,
    TitleRole,
)
from ..widgets.status import Chip


class RecordPage(QWidget):
    entity = ""
    title_text = ""  # English, marked for translation by the subclass
    colour_detail = False  # write the second line in the status colour (permits)

    def __init__(self, ctx: AppContext, specs, sections=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.records: dict[int, object] = {}
        self.current_id: int | None = None
        self._saving = False
        split = QSplitter(Qt.Horizontal, self)
        split.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

        left = QWidget(split)
        column = QVBoxLayout(left)
        column.setContentsMargins(18, 14, 10, 10)
        column.setSpacing(10)
        top = QHBoxLayout()
        self.title = QLabel(left)
        self.title.setObjectName("pageTitle")
        self.title.setFont(title_font(20))
        self.add_button = QPushButton(left)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_record)
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        self.top_bar = top  # subclasses add their own buttons beside "Add"
        column.addLayout(top)
        self.filter = QLineEdit(left)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        column.addWidget(self.filter)
        self.list_stack = QStackedWidget(left)
        self.list = QListWidget(self.list_stack)
        self.list.setObjectName("recordList")
        self.list.setItemDelegate(RecordDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.list_stack.addWidget(self.list)
        self.empty = EmptyState(self.list_stack)
        self.empty.activated.connect(self.add_record)
        self.list_stack.addWidget(self.empty)
        column.addWidget(self.list_stack, 1)

        right = QFrame(split)
        right.setObjectName("editorPanel")
        self.right_stack = QStackedWidget(right)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.right_stack)
        self.placeholder = QLabel(right)
        self.placeholder.setObjectName("muted")
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.right_stack.addWidget(self.placeholder)
        body = QWidget(right)
        self.right_stack.addWidget(body)
        body_box = QVBoxLayout(body)
        body_box.setContentsMargins(0, 0, 0, 0)
        body_box.setSpacing(0)
        header = QWidget(body)
        head = QVBoxLayout(header)
        head.setContentsMargins(18, 14, 18, 8)
        head.setSpacing(6)
        line = QHBoxLayout()
        self.record_title = QLabel(header)
        self.record_title.setObjectName("pageTitle")
        self.record_title.setFont(title_font(18))
        self.record_title.setWordWrap(True)
        self.remove_button = QPushButton(header)
        self.remove_button.setObjectName("danger")
        self.remove_button.clicked.connect(self.remove_current)
        line.addWidget(self.record_title, 1)
        line.addWidget(self.remove_button, 0, Qt.AlignTop)
        head.addLayout(line)
        chips = QHBoxLayout()
        self.chip = Chip(header)
        chips.addWidget(self.chip)
        chips.addStretch(1)
        head.addLayout(chips)
        self.note = QLabel(header)
        self.note.setObjectName("notice")
        self.note.setWordWrap(True)
        self.note.hide()
        head.addWidget(self.note)
        self.head = head  # subclasses add panels under the note
        body_box.addWidget(header)
        self.form = FieldForm(specs, None, sections)
        self.form.committed.connect(self._on_committed)
        area = QScrollArea(body)
        area.setObjectName("formScroll")
        area.setFrameShape(QFrame.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(self.form)
        body_box.addWidget(area, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 700])
        left.setMinimumWidth(280)

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.delete_action.triggered.connect(self.remove_current)
        self.list.addAction(self.delete_action)
        self.session.changed.connect(self._on_changed)
        self.session.opened.connect(self.reload)

    # ---- for subclasses ---------------------------------------------------------------------

    def list_records(self) -> list:
        raise NotImplementedError

    def display(self, record) -> tuple[str, str]:
        """(first line, second line) of the record in the list."""
        raise NotImplementedError

    def status(self, record) -> tuple[str, str]:
        """(status for the colour: ok, warning, error, none; words for the chip)."""
        raise NotImplementedError

    def findings(self, record) -> list[Finding]:
        return []

    def new_record(self):
        raise NotImplementedError

    def note_text(self, record) -> str:
        return ""

    def empty_texts(self) -> tuple[str, str]:
        raise NotImplementedError

    # ---- list -------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        self.records = {}
        if self.session.lib is not None:
            for record in self.list_records():
                self.records[record.id] = record
                item = QListWidgetItem(self.list)
                item.setData(Qt.UserRole, record.id)
                self._fill_item(item, record)
        self.list.blockSignals(False)
        self.list_stack.setCurrentIndex(0 if self.records else 1)
        self._apply_filter(self.filter.text())
        self.select(keep if keep in self.records else None)

    def _fill_item(self, item: QListWidgetItem, record) -> None:
        first, second = self.display(record)
        item.setText(f"{first}\n{second}")  # what the filter box searches
        item.setData(TitleRole, first)
        item.setData(DetailRole, second)
        item.setData(StatusRole, self.status(record)[0])
        item.setData(ColourDetailRole, self.colour_detail)

    def select(self, record_id: int | None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.UserRole) == record_id:
                self.list.setCurrentItem(item)
                return
        self.list.setCurrentItem(None)
        self.show_record(None)

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().lower() for w in words))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current(self, current, _previous) -> None:
        self.form.flush()
        self.show_record(current.data(Qt.UserRole) if current is not None else None)

    def show_record(self, record_id: int | None, keep_focused: bool = False) -> None:
        self.current_id = record_id
        record = self.records.get(record_id) if record_id is not None else None
        if record is None:
            self.current_id = None
            self.right_stack.setCurrentIndex(0)
            return
        self.right_stack.setCurrentIndex(1)
        self.prepare_form(record)
        self.form.set_record(record, keep_focused=keep_focused)
        self.form.set_findings(self.findings(record))
        first, _second = self.display(record)
        self.record_title.setText(first)
        status, words = self.status(record)
        self.chip.set_status(status, words)
        note = self.note_text(record)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.record_shown(record)

    def prepare_form(self, record) -> None:
        """Fill choices that depend on other records (a permit's producer)."""

    def record_shown(self, record) -> None:
        """The record is on screen now (subclasses update their own panels)."""

    def confirm_edit(self, record, path: str, value: object) -> bool:
        """Whether to save this change; a subclass may ask first (False: keep the old value)."""
        return True

    # ---- saving -----------------------------------------------------------------------------

    @Slot(str, object)
    def _on_committed(self, path: str, value: object) -> None:
        if self.current_id is None:
            return
        record_id = self.current_id
        record = self.records.get(record_id)
        if record is not None and not self.confirm_edit(record, path, value):
            self.show_record(record_id)  # the old value back on screen
            return
        self._saving = True
        try:
            change = self.session.edit(self.entity, record_id, {path: value})
        except UserError as exc:
            text = self.session.report(exc)
            self.show_record(record_id)
            self.form.show_error(exc.field or path, text)
            return
        finally:
            self._saving = False
        if change.action != "updated":
            return
        before, after = undo.undo_values(change)
        label = self.form.specs[path].label(language()) if path in self.form.specs else path
        text = translate("RecordPage", "Edit {field}").format(field=label)
        self.ctx.undo.push(
            undo.FieldEdit(self.session, self.entity, record_id, before, after, text)
        )
        self.session.notify(translate("RecordPage", "Saved: {field}").format(field=label))
        self._refresh_one(change.after, keep_focused=True)

    def _refresh_one(self, record, keep_focused: bool = False) -> None:
        self.records[record.id] = record
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.UserRole) == record.id:
                self._fill_item(item, record)
        if record.id == self.current_id:
            self.show_record(record.id, keep_focused=keep_focused)

    @Slot(str, int)
    def _on_changed(self, entity: str, record_id: int) -> None:
        if self._saving:
            return
        if entity == self.entity or (entity == "producer" and self.entity == "permit"):
            self.reload()

    @Slot()
    def add_record(self) -> None:
        try:
            record = self.new_record()
            self.ADD(self.session.require(), record)
        except UserError as exc:
            self.session.report(exc)
            return
        first, _ = self.display(record)
        text = translate("RecordPage", "Add {name}").format(name=first)
        self.ctx.undo.push(undo.AddRecord(self.session, self.entity, record, text))
        self.current_id = record.id
        self.reload()
        self.filter.clear()
        self.select(record.id)
        self.form.focus(next(iter(self.form.editors)))

    @Slot()
    def remove_current(self) -> None:
        if self.current_id is None:
            return
        try:
            snap = undo.snapshot(self.session, self.entity, self.current_id)
            undo.REMOVE[self.entity](self.session.require(), self.current_id)
        except UserError as exc:
            self.session.report(exc)
            return
        first, _ = self.display(snap.record)
        text = translate("RecordPage", "Remove {name}").format(name=first)
        self.ctx.undo.push(undo.RemoveRecord(self.session, snap, text))
        self.current_id = None
        self.session.changed.emit(self.entity, snap.record.id)
        self.reload()
        self.session.notify(
            translate("RecordPage", "“{name}” removed. Ctrl+Z brings it back.").format(name=first)
        )

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate("RecordPage", self.title_text))
        self.filter.setPlaceholderText(translate("RecordPage", "Filter the list…"))
        self.add_button.setText(translate("RecordPage", "Add"))
        self.remove_button.setText(translate("RecordPage", "Remove"))
        self.remove_button.setToolTip(translate("RecordPage", "Delete key; Ctrl+Z brings it back"))
        self.placeholder.setText(translate("RecordPage", "Choose one from the list."))
        self.empty.set_texts(*self.empty_texts())
        self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def ADD(self):  # noqa: N802 - mirrors undo.ADD
        return undo.ADD[self.entity]
