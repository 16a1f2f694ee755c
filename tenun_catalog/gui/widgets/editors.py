"""One editor widget per field type of a FieldSpec, all with the same small interface.

Owns `FieldEditor` (value / set_value / `committed` when a person finished a change) and its
kinds: one-line text, multi-line text (saved after a pause or on leaving), whole and decimal
numbers in spin boxes that may stay empty, yes/no, dates that may stay empty, a vocabulary
code (combo box with the domain's labels in the interface language), several codes (check
boxes), lists and weaver credits (one per line), and a choice among records (producer) or a
checklist of records (motifs). Spin boxes, combos and date fields ignore the mouse wheel
unless focused, so scrolling a form never changes a value by accident.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ...domain import fields as field_specs
from ...domain.errors import UserError
from ...domain.fields import FieldSpec
from ..i18n import language, translate

EMPTY = "—"
IDLE_SAVE_MS = 900
MONEY_PATHS = {"price", "wholesale_price"}
NO_DATE = QDate(1900, 1, 1)
SENTENCE_PREFIXES = ("caption_", "alt_")


def same(a: object, b: object) -> bool:
    """Equal as stored values: None, "" and [] all mean 'not filled in'."""
    empty = (None, "", [])
    if a in empty and b in empty:
        return True
    return a == b


class _WheelGuard(QObject):
    """Ignore wheel events on unfocused value widgets (the form scrolls instead)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Wheel and not obj.hasFocus():
            event.ignore()
            return True
        return False


_GUARD = _WheelGuard()


def guard_wheel(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.StrongFocus)
    widget.installEventFilter(_GUARD)


def refill_combo(box: QComboBox, first: str, items: list[tuple[str, str]]) -> None:
    """Refill a filter combo ("All ..." then (code, label) items), keeping the chosen code."""
    current = box.currentData()
    box.clear()
    box.addItem(first, "")
    for code, label in items:
        box.addItem(label, code)
    box.setCurrentIndex(max(0, box.findData(current)))


class FieldEditor(QWidget):
    """Base: holds the last stored value; emits `committed` when the shown value differs."""

    committed = Signal()

    def __init__(self, spec: FieldSpec | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.stored: object = None
        self._loading = False
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)

    def value(self) -> object:
        raise NotImplementedError

    def show_value(self, value: object) -> None:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        self.stored = value
        try:
            if same(self.value(), value):
                return  # already shown: leave the cursor where it is
        except (UserError, ValueError, TypeError):
            pass
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False

    @Slot()
    def maybe_commit(self) -> None:
        if self._loading:
            return
        try:
            changed = not same(self.value(), self.stored)
        except UserError:
            changed = True  # let the page show why the text cannot be used
        if changed:
            self.committed.emit()

    def retranslate(self) -> None:
        """Re-set texts that depend on the interface language (vocabulary labels...)."""

    def focus_widget(self) -> QWidget:
        return self


class LineEditor(FieldEditor):
    def __init__(self, spec=None, parent=None):
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.layout_.addWidget(self.edit)
        self.edit.editingFinished.connect(self.maybe_commit)

    def value(self) -> object:
        return self.edit.text().strip()

    def show_value(self, value: object) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # long text shows its beginning

    def focus_widget(self) -> QWidget:
        return self.edit


class _PlainText(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.left.emit()


class TextAreaEditor(FieldEditor):
    """Several lines; saved after a short pause in typing and when leaving the field."""

    def __init__(self, spec=None, parent=None, lines: int = 4, most: int = 14):
        super().__init__(spec, parent)
        self.edit = _PlainText(self)
        self.edit.setTabChangesFocus(True)
        line = self.edit.fontMetrics().lineSpacing()
        self._lowest = line * lines + self._chrome()
        self._highest = line * most + self._chrome()
        self.wanted = self._lowest
        self.partner: TextAreaEditor | None = None  # the other language's box, same height
        self.edit.setFixedHeight(self._lowest)
        self.layout_.addWidget(self.edit)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_SAVE_MS)
        self.timer.timeout.connect(self.maybe_commit)
        self.edit.textChanged.connect(self._typed)
        self.edit.left.connect(self.flush)
        self.edit.document().documentLayout().documentSizeChanged.connect(self._fit)

    @Slot()
    def _fit(self, *_args) -> None:
        """Grow with the text (up to `most` lines), so stories read without a scroll bar."""
        lines = self.edit.document().documentLayout().documentSize().height()
        height = int(lines * self.edit.fontMetrics().lineSpacing()) + self._chrome()
        self.wanted = max(self._lowest, min(self._highest, height))
        partner = self.partner
        both = max(self.wanted, partner.wanted) if partner is not None else self.wanted
        self.edit.setFixedHeight(both)
        if partner is not None and partner.edit.height() != both:
            partner.edit.setFixedHeight(both)

    def _chrome(self) -> int:
        """Pixels around the text: document margins, frame and the style sheet's padding."""
        margins = self.edit.contentsMargins()
        document = int(self.edit.document().documentMargin() * 2)
        return document + margins.top() + margins.bottom() + 2 * self.edit.frameWidth() + 4

    @Slot()
    def _typed(self) -> None:
        if not self._loading:
            self.timer.start()

    @Slot()
    def flush(self) -> None:
        self.timer.stop()
        self.maybe_commit()

    def value(self) -> object:
        return self.edit.toPlainText().strip()

    def show_value(self, value: object) -> None:
        self.timer.stop()
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class ListEditor(TextAreaEditor):
    """A list (ingredients, SKUs) or weaver credits: one item per line."""

    def __init__(self, spec, parent=None):
        super().__init__(spec, parent, lines=3, most=10)
        self.retranslate()

    def value(self) -> object:
        return field_specs.parse(self.spec, self.edit.toPlainText())

    def show_value(self, value: object) -> None:
        self.timer.stop()
        text = field_specs.format(self.spec, value or [])
        self.edit.setPlainText(text.replace(field_specs.LIST_SEPARATOR, "\n"))

    def retranslate(self) -> None:
        if self.spec.type == "weavers":
            hint = translate(
                "Editors", "One name per line; add (setuju) when the weaver agrees to be named"
            )
        else:
            hint = translate("Editors", "One per line")
        self.edit.setPlaceholderText(hint)


class _OptionalMixin:
    """A spin box whose lowest value means 'not filled in' (shown as —, typed as nothing)."""

    def validate(self, text: str, pos: int):
        bare = text.replace(self.prefix(), "").replace(self.suffix(), "").strip()
        if bare in ("", EMPTY):
            return QValidator.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str):  # noqa: N802 - Qt API
        bare = text.replace(self.prefix(), "").replace(self.suffix(), "").strip()
        if bare in ("", EMPTY):
            return self.minimum()
        return super().valueFromText(text)


class OptionalSpinBox(_OptionalMixin, QSpinBox):
    pass


class OptionalDoubleSpinBox(_OptionalMixin, QDoubleSpinBox):
    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt API
        """52.5 -> '52,5' (Indonesian) and 270.0 -> '270': no trailing zeros."""
        text = self.locale().toString(float(value), "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class NumberEditor(FieldEditor):
    """Whole numbers (money with Rp and thousands dots) or decimals; may stay empty."""

    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        if spec.type == "int":
            self.box = OptionalSpinBox(self)
            self.box.setRange(-1, 2_000_000_000)
            if spec.path in MONEY_PATHS:
                self.box.setSingleStep(5_000)
        else:
            self.box = OptionalDoubleSpinBox(self)
            self.box.setDecimals(2)
            self.box.setRange(-1.0, 1_000_000.0)
        self.box.setSpecialValueText(EMPTY)
        self.box.setGroupSeparatorShown(True)
        self.box.setKeyboardTracking(False)
        self.box.setCorrectionMode(QAbstractSpinBox.CorrectToPreviousValue)
        self.box.setMinimumWidth(150)
        self.box.setAlignment(Qt.AlignRight)
        guard_wheel(self.box)
        self.layout_.addWidget(self.box)
        self.layout_.addStretch(1)
        self.box.valueChanged.connect(self.maybe_commit)
        self.retranslate()

    def value(self) -> object:
        number = self.box.value()
        if number <= self.box.minimum():
            return None
        return int(number) if self.spec.type == "int" else float(number)

    def show_value(self, value: object) -> None:
        self.box.setValue(self.box.minimum() if value is None else value)

    def retranslate(self) -> None:
        if self.spec.path in MONEY_PATHS:
            self.box.setPrefix("Rp " if language() == "id" else "IDR ")
        self.box.setLocale(self.locale())
        self.box.setToolTip(translate("Editors", "Leave empty (—) when not known"))

    def focus_widget(self) -> QWidget:
        return self.box


class CheckEditor(FieldEditor):
    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.box = QCheckBox(self)
        self.layout_.addWidget(self.box)
        self.layout_.addStretch(1)
        self.box.toggled.connect(self._toggled)
        self.retranslate()

    @Slot(bool)
    def _toggled(self, _checked: bool) -> None:
        self.maybe_commit()

    def value(self) -> object:
        return self.box.isChecked()

    def show_value(self, value: object) -> None:
        self.box.setChecked(bool(value))

    def retranslate(self) -> None:
        self.box.setText(translate("Editors", "Yes"))

    def focus_widget(self) -> QWidget:
        return self.box


class DateEditor(FieldEditor):
    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(EMPTY)
        self.edit.setKeyboardTracking(False)
        self.edit.setMinimumWidth(150)
        guard_wheel(self.edit)
        self.clear = QToolButton(self)
        self.clear.setText("✕")
        self.clear.setAutoRaise(True)
        self.clear.clicked.connect(self._clear)
        self.layout_.addWidget(self.edit)
        self.layout_.addWidget(self.clear)
        self.layout_.addStretch(1)
        self.edit.dateChanged.connect(self._changed)
        self.retranslate()

    @Slot()
    def _clear(self) -> None:
        self.edit.setDate(NO_DATE)

    @Slot(QDate)
    def _changed(self, _date: QDate) -> None:
        self.maybe_commit()

    def value(self) -> object:
        qdate = self.edit.date()
        if qdate <= NO_DATE:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def show_value(self, value: object) -> None:
        if value is None:
            self.edit.setDate(NO_DATE)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def retranslate(self) -> None:
        self.edit.setDisplayFormat("d MMM yyyy")
        self.clear.setToolTip(translate("Editors", "Clear the date"))

    def focus_widget(self) -> QWidget:
        return self.edit


class CodeEditor(FieldEditor):
    """One code of a vocabulary, shown with its label in the interface language."""

    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(200)
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        guard_wheel(self.combo)
        self.layout_.addWidget(self.combo, 1)
        self.combo.activated.connect(self._activated)
        self.retranslate()

    @Slot(int)
    def _activated(self, _index: int) -> None:
        self.maybe_commit()

    def value(self) -> object:
        return self.combo.currentData() or ""

    def show_value(self, value: object) -> None:
        index = self.combo.findData(value or "")
        if index < 0 and value:  # a code the vocabulary no longer has: keep it visible
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(0, index))

    def retranslate(self) -> None:
        current = self.combo.currentData() if self.combo.count() else self.stored
        self._loading = True
        self.combo.clear()
        self.combo.addItem(EMPTY, "")
        for term in self.spec.vocabulary:
            self.combo.addItem(term.label(language()), term.code)
        self.show_value(current)
        self._loading = False

    def focus_widget(self) -> QWidget:
        return self.combo


class CodesEditor(FieldEditor):
    """Several codes of a vocabulary as check boxes in two columns."""

    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        holder = QWidget(self)
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for i, term in enumerate(spec.vocabulary):
            box = QCheckBox(holder)
            box.toggled.connect(self._toggled)
            self.grid.addWidget(box, i // 2, i % 2)
            self.boxes[term.code] = box
        self.layout_.addWidget(holder, 1)
        self.retranslate()

    @Slot(bool)
    def _toggled(self, _checked: bool) -> None:
        self.maybe_commit()

    def maybe_commit(self) -> None:
        if not self._loading and set(self.value()) != set(self.stored or []):
            self.committed.emit()

    def set_value(self, value: object) -> None:
        self.stored = value
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False

    def value(self) -> object:
        kept = [c for c in (self.stored or []) if c in self.boxes and self.boxes[c].isChecked()]
        added = [c for c, b in self.boxes.items() if b.isChecked() and c not in kept]
        return kept + added

    def show_value(self, value: object) -> None:
        chosen = set(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)

    def retranslate(self) -> None:
        for term in self.spec.vocabulary:
            self.boxes[term.code].setText(term.label(language()))

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))


class ChoiceEditor(FieldEditor):
    """One record among several (the producer of a product, of a permit); may be empty."""

    def __init__(self, parent=None):
        super().__init__(None, parent)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(200)
        guard_wheel(self.combo)
        self.layout_.addWidget(self.combo, 1)
        self.combo.activated.connect(self._activated)
        self.set_choices([])

    @Slot(int)
    def _activated(self, _index: int) -> None:
        self.maybe_commit()

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        self._loading = True
        self.combo.clear()
        self.combo.addItem(EMPTY, None)
        for record_id, label in choices:
            self.combo.addItem(label, record_id)
        self.show_value(self.stored)
        self._loading = False

    def value(self) -> object:
        return self.combo.currentData()

    def show_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def focus_widget(self) -> QWidget:
        return self.combo


class ChecklistEditor(FieldEditor):
    """Several records (the motifs of a product), in the order they were ticked."""

    def __init__(self, parent=None):
        super().__init__(None, parent)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(150)
        self.layout_.addWidget(self.list, 1)
        self.list.itemChanged.connect(self._changed)

    @Slot(QListWidgetItem)
    def _changed(self, _item: QListWidgetItem) -> None:
        self.maybe_commit()

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        self._loading = True
        self.list.clear()
        for record_id, label in choices:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        self.show_value(self.stored)
        self._loading = False

    def value(self) -> object:
        ticked = {
            self.list.item(i).data(Qt.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.Checked
        }
        kept = [i for i in (self.stored or []) if i in ticked]
        return kept + sorted(ticked - set(kept))

    def show_value(self, value: object) -> None:
        chosen = set(value or [])
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen else Qt.Unchecked)

    def focus_widget(self) -> QWidget:
        return self.list


def editor_for(spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor that fits the spec's type."""
    if spec.type == "text":
        if spec.multiline:
            return TextAreaEditor(spec, parent)
        if spec.path.startswith(SENTENCE_PREFIXES):  # a caption or alt text is a sentence
            return TextAreaEditor(spec, parent, lines=2, most=5)
        return LineEditor(spec, parent)
    if spec.type in ("int", "float"):
        return NumberEditor(spec, parent)
    if spec.type == "bool":
        return CheckEditor(spec, parent)
    if spec.type == "date":
        return DateEditor(spec, parent)
    if spec.type == "code":
        return CodeEditor(spec, parent)
    if spec.type == "codes":
        return CodesEditor(spec, parent)
    if spec.type in ("list", "weavers"):
        return ListEditor(spec, parent)
    raise ValueError(spec.type)
