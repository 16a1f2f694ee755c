"""The Readiness tab of a record: one summary with every line visible, each a link to its field.

Owns `ReadinessList`. First the rule findings (✖ error, ▲ warning), then one heading per output
("Pameran 85% — 2 belum ada") followed by the required items that output still misses, or
"✔ Pameran 100%" when it is complete. "Nothing to fix" appears only when every output is at 100%
and no rule has anything to say. Below, under "Jualan online", each sales channel: "✔ Siap:
Shopee", or "Belum siap: Shopee — 2 belum ada" with what is missing (selling online is a choice:
those lines are not counted as work to do). A line whose finding names a field is underlined: a
click (or Enter) emits `fieldChosen(path)` and the editor focuses that field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...domain.findings import Finding
from ...domain.readiness import CHANNEL_NAMES, SHORT_NAMES, Readiness
from ..i18n import translate
from ..style import GREEN, KUNYIT_TEXT, MENGKUDU
from .status import missing_items


class ReadinessList(QListWidget):
    fieldChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findings")
        self.setWordWrap(True)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.count_to_do = 0

    def show_readiness(
        self,
        findings: Sequence[Finding],
        outputs: Mapping[str, Readiness | None],
        lang: str,
        channels: Mapping[str, Readiness] | None = None,
    ) -> None:
        """Fill the list; `count_to_do` becomes the number of lines that ask for work."""
        self.clear()
        for finding in findings:
            mark = "✖  " if finding.is_error else "▲  "
            self._line(
                mark + finding.message(lang), finding, MENGKUDU if finding.is_error else KUNYIT_TEXT
            )
        shown = {k: v for k, v in outputs.items() if v is not None}
        for output, state in shown.items():
            name = SHORT_NAMES[output][1 if lang == "en" else 0]
            if state.missing:
                heading = translate("Readiness", "{output} {score}% — {n} missing").format(
                    output=name, score=state.score, n=len(state.missing)
                )
                self._heading(heading, MENGKUDU)
                for finding in state.missing:
                    self._line("    ✖  " + finding.message(lang), finding, MENGKUDU)
            else:
                self._heading(f"✔ {name} {state.score}%", GREEN)
        self._channels(channels or {}, lang)
        self.count_to_do = len(findings) + len(missing_items(shown))
        if not self.count_to_do:
            # never "ready" above lines that say an online channel is not
            channels_wait = any(not state.ready for state in (channels or {}).values())
            text = (
                translate(
                    "ProductEditor",
                    "Ready for catalogs and curation; online selling still needs what is "
                    "listed below.",
                )
                if channels_wait
                else translate("ProductEditor", "Nothing to fix: this product is ready.")
            )
            item = QListWidgetItem(text)
            item.setForeground(QColor(GREEN))
            self.insertItem(0, item)

    def _channels(self, channels: Mapping[str, Readiness], lang: str) -> None:
        if not channels:
            return
        self._heading(translate("Readiness", "Online selling"), KUNYIT_TEXT)
        for channel, state in channels.items():
            name = CHANNEL_NAMES[channel][1 if lang == "en" else 0]
            if state.ready:
                self._heading("✔ " + translate("Readiness", "Ready: {channels}").format(
                    channels=name), GREEN)  # fmt: skip
                continue
            if state.missing:
                heading = translate("Readiness", "Not ready: {channel} — {n} missing").format(
                    channel=name, n=len(state.missing)
                )
            else:  # only rule errors stand in the way: they are listed at the top
                heading = translate(
                    "Readiness", "Not ready: {channel} — fix the errors above first"
                ).format(channel=name)
            self._heading(heading, KUNYIT_TEXT)
            for finding in state.missing:
                self._line("    ▲  " + finding.message(lang), finding, KUNYIT_TEXT)

    def _heading(self, text: str, colour: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor(colour))
        item.setFlags(Qt.ItemIsEnabled)  # not selectable: a heading, not a link
        self.addItem(item)

    def _line(self, text: str, finding: Finding, colour: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, finding.field)
        item.setForeground(QColor(colour))
        if finding.field:
            font = QFont(self.font())
            font.setUnderline(True)  # a link: click to go to the field
            item.setFont(font)
        self.addItem(item)

    @Slot(QListWidgetItem)
    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.UserRole)
        if path:
            self.fieldChosen.emit(str(path))
