"""A form built from FieldSpecs: a label and an editor per field, findings written under it.

Owns `FieldForm`. Fields whose paths end in `_id` and `_en` (name, description, story,
caption...) share one row with the Indonesian and English editors side by side. The form emits
`committed(path, value)` when a person finished changing a field; it never saves by itself.
`set_findings` writes each validation finding in plain words under its field, coloured by
level, and returns the findings that belong to no field on this form.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain import fields as field_specs
from ...domain.errors import UserError
from ...domain.fields import FieldSpec
from ...domain.findings import Finding
from ..i18n import language, translate
from ..style import KUNYIT_TEXT, MENGKUDU, MUTED, TARUM, ui_font
from .editors import FieldEditor, editor_for

LABEL_WIDTH = 150
_LANG_WORDS = (" (Indonesia)", " (Indonesian)", " (Inggris)", " (English)")


def base_label(text: str) -> str:
    for word in _LANG_WORDS:
        text = text.replace(word, "")
    return text


class _Row:
    def __init__(self, label: QLabel, paths: list[str], finding: QLabel, texts: tuple[str, str]):
        self.label, self.paths, self.finding, self.texts = label, paths, finding, texts


class FieldForm(QWidget):
    committed = Signal(str, object)  # field path, new value

    def __init__(
        self,
        specs: Sequence[FieldSpec],
        parent: QWidget | None = None,
        sections: Sequence[tuple[str, Sequence[str]]] | None = None,
    ):
        """`sections`: (English title marked with QT_TRANSLATE_NOOP("FieldForm", ...), field
        paths) in order; "@path" reserves a row for `add_custom`. Without `sections` every spec
        is one untitled section."""
        super().__init__(parent)
        self.setObjectName("formBody")
        self.specs = {s.path: s for s in specs}
        self.editors: dict[str, FieldEditor] = {}
        self.rows: list[_Row] = []
        self._row_of: dict[str, _Row] = {}
        self._section_labels: list[tuple[QLabel, str]] = []
        self._lang_tags: list[tuple[QLabel, str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self._next = 0
        self._slots: dict[str, int] = {}
        groups = sections or [("", [s.path for s in specs])]
        for title, paths in groups:
            self._add_section(title, [p for p in paths if p in self.specs or p.startswith("@")])

    # ---- building ---------------------------------------------------------------------------

    def _add_section(self, title: str, paths: list[str]) -> None:
        if title:
            label = QLabel(self)
            label.setFont(ui_font(11, QFont.DemiBold))
            label.setStyleSheet(f"color: {TARUM}; padding-top: 10px;")
            self.grid.addWidget(label, self._next, 0, 1, 2)
            self._section_labels.append((label, title))
            self._next += 1
        done: set[str] = set()
        for path in paths:
            if path.startswith("@"):
                self._slots[path[1:]] = self._next
                self._next += 2
                continue
            if path in done:
                continue
            pair = path[:-3] + "_en" if path.endswith("_id") else ""
            if pair in self.specs and pair in paths:
                self._add_pair(self.specs[path], self.specs[pair])
                done |= {path, pair}
            else:
                self._add_field(self.specs[path])
                done.add(path)

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("fieldLabel")
        label.setWordWrap(True)
        label.setFixedWidth(LABEL_WIDTH)
        label.setAlignment(Qt.AlignRight | Qt.AlignTop)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _finding_label(self) -> QLabel:
        finding = QLabel(self)
        finding.setWordWrap(True)
        finding.setTextFormat(Qt.PlainText)
        finding.setFont(ui_font(9.5))
        finding.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        finding.hide()
        return finding

    def _place(self, label: QLabel, widget: QWidget, paths: list[str], texts) -> None:
        finding = self._finding_label()
        self.grid.addWidget(label, self._next, 0)
        self.grid.addWidget(widget, self._next, 1)
        self.grid.addWidget(finding, self._next + 1, 1)
        self._next += 2
        row = _Row(label, paths, finding, texts)
        self.rows.append(row)
        for path in paths:
            self._row_of[path] = row
        label.setBuddy(self.editors[paths[0]].focus_widget())

    def _editor(self, spec: FieldSpec, parent: QWidget) -> FieldEditor:
        editor = editor_for(spec, parent)
        editor.setObjectName(f"field:{spec.path}")
        self.editors[spec.path] = editor
        editor.committed.connect(self._on_committed)
        return editor

    def _add_field(self, spec: FieldSpec) -> None:
        editor = self._editor(spec, self)
        self._place(self._label(), editor, [spec.path], (spec.label_id, spec.label_en))

    def _add_pair(self, spec_id: FieldSpec, spec_en: FieldSpec) -> None:
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        pair = []
        for column, (spec, tag) in enumerate(((spec_id, "ID"), (spec_en, "EN"))):
            label = QLabel(holder)
            label.setObjectName("langTag")
            self._lang_tags.append((label, tag))
            grid.addWidget(label, 0, column)
            editor = self._editor(spec, holder)
            pair.append(editor)
            grid.addWidget(editor, 1, column, Qt.AlignTop)
            grid.setColumnStretch(column, 1)
        if all(hasattr(e, "partner") for e in pair):  # two text boxes grow together
            pair[0].partner, pair[1].partner = pair[1], pair[0]
        texts = (base_label(spec_id.label_id), base_label(spec_id.label_en))
        self._place(self._label(), holder, [spec_id.path, spec_en.path], texts)

    def add_custom(
        self, path: str, label_id: str, label_en: str | None, editor: FieldEditor
    ) -> None:
        """A field that is not a FieldSpec (the producer of a product, its motifs); it goes in
        the slot that `sections` reserved with "@path", else at the end. With `label_en`
        None, `label_id` is an English interface string marked with
        QT_TRANSLATE_NOOP("FieldForm", ...) and is translated like the section titles."""
        editor.setObjectName(f"field:{path}")
        editor.setParent(self)
        self.editors[path] = editor
        editor.committed.connect(self._on_committed)
        slot = self._slots.pop(path, None)
        saved = self._next
        if slot is not None:
            self._next = slot
        self._place(self._label(), editor, [path], (label_id, label_en))
        if slot is not None:
            self._next = saved
        self.retranslate()

    # ---- values and findings ----------------------------------------------------------------

    @Slot()
    def _on_committed(self) -> None:
        editor = self.sender()
        for path, candidate in self.editors.items():
            if candidate is editor:
                try:
                    value = candidate.value()
                except UserError as exc:  # text that `fields.parse` cannot read
                    self.show_error(path, exc.message(language()))
                    candidate.set_value(candidate.stored)
                    return
                self.committed.emit(path, value)
                return

    def set_record(self, record: object, keep_focused: bool = False) -> None:
        """Show `record`. With `keep_focused`, the field being typed in keeps its text (only
        its stored value is updated), so a save after a pause never moves the cursor."""
        focused = QApplication.focusWidget()
        for path, editor in self.editors.items():
            try:
                value = field_specs.get_value(record, path)
            except AttributeError:
                continue
            if keep_focused and focused is not None and editor.isAncestorOf(focused):
                editor.stored = value
            else:
                editor.set_value(value)

    def set_value(self, path: str, value: object) -> None:
        if path in self.editors:
            self.editors[path].set_value(value)

    def set_findings(self, findings: Iterable[Finding]) -> list[Finding]:
        """Write findings under their fields; return those that have no field here."""
        by_row: dict[int, list[Finding]] = {}
        rest: list[Finding] = []
        for finding in findings:
            row = self._row_of.get(finding.field)
            if row is None:
                rest.append(finding)
            else:
                by_row.setdefault(id(row), []).append(finding)
        for row in self.rows:
            self._show(row, by_row.get(id(row), []))
        return rest

    def show_error(self, path: str, text: str) -> None:
        row = self._row_of.get(path)
        if row is not None:
            row.finding.setText("✖ " + text)
            row.finding.setStyleSheet(f"color: {MENGKUDU};")
            row.finding.show()

    def _show(self, row: _Row, findings: list[Finding]) -> None:
        if not findings:
            row.finding.hide()
            row.finding.clear()
            return
        lang = language()
        lines = [("✖ " if f.is_error else "▲ ") + f.message(lang) for f in findings]
        row.finding.setText("\n".join(lines))
        colour = MENGKUDU if any(f.is_error for f in findings) else KUNYIT_TEXT
        row.finding.setStyleSheet(f"color: {colour};")
        row.finding.show()

    def focus(self, path: str) -> None:
        if path in self.editors:
            self.editors[path].focus_widget().setFocus(Qt.OtherFocusReason)

    def flush(self) -> None:
        """Save what is being typed now (before switching records or closing)."""
        for editor in self.editors.values():
            flush = getattr(editor, "flush", None)
            if flush is not None:
                flush()
            elif editor.focus_widget().hasFocus():
                editor.maybe_commit()

    # ---- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = language()
        for row in self.rows:
            if row.texts[1] is None:
                row.label.setText(translate("FieldForm", row.texts[0]))
            else:
                row.label.setText(row.texts[1] if lang == "en" else row.texts[0])
        for label, title in self._section_labels:
            label.setText(translate("FieldForm", title))
        for label, tag in self._lang_tags:
            label.setText(tag)
        for editor in self.editors.values():
            editor.retranslate()
        self.setStyleSheet(f"QLabel#langTag {{ color: {MUTED}; }}")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.rows and not self.rows[0].label.text():
            self.retranslate()
        super().showEvent(event)
