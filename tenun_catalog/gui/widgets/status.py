"""Small status labels: a coloured chip (green ready, ochre warning, morinda error) and the
readiness chip of a record (how many errors and warnings its findings hold)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.findings import Finding
from ...domain.readiness import SHORT_NAMES, Readiness
from ..i18n import translate
from ..style import chip_style


class Chip(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chip")
        self.setAlignment(Qt.AlignCenter)
        self.status = "none"
        self.set_status("none", "")

    def set_status(self, status: str, text: str) -> None:
        self.status = status
        self.setText(text)
        self.setStyleSheet(chip_style(status))
        self.setVisible(bool(text))


def readiness(findings: Sequence[Finding]) -> tuple[str, str]:
    """(status, words) for a record's findings: ready, or the counts of errors and warnings."""
    errors = sum(1 for f in findings if f.is_error)
    warnings = len(findings) - errors
    if not findings:
        return "ok", "✔ " + translate("Readiness", "Ready")
    parts = []
    if errors:
        parts.append(translate("Readiness", "{n} to fix").format(n=errors))
    if warnings:
        parts.append(translate("Readiness", "{n} to check").format(n=warnings))
    return ("error" if errors else "warning"), " · ".join(parts)


class ReadinessChip(Chip):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.setToolTip("")

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        self.retranslate()

    def retranslate(self) -> None:
        status, text = readiness(self.findings)
        self.set_status(status, text)
        self.setToolTip(
            translate("Readiness", "Errors must be fixed before printing; warnings are advice.")
        )


class OutputChip(Chip):
    """Readiness for one output ("Pameran 86%"); the tooltip lists what is missing."""

    def set_readiness(self, output: str, state: Readiness | None, lang: str) -> None:
        if state is None:
            self.set_status("none", "")
            return
        name = SHORT_NAMES[output][1 if lang == "en" else 0]
        status = "ok" if state.ready else ("error" if state.missing else "warning")
        mark = "✔ " if state.ready else ""
        self.set_status(status, f"{mark}{name} {state.score}%")
        self.setToolTip("\n".join(f.message(lang) for f in state.missing) or name)
