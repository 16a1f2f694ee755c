"""Small status labels: a coloured chip (green ready, ochre warning, morinda error) and the
readiness chip of a record (how many errors and warnings its findings hold, plus the required
items it still misses for its outputs: one summary, never "ready" while an output is not).
Chips keep their full text: they never shrink below it (a clipped "'ameran 80" says nothing)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...domain.findings import Finding
from ...domain.readiness import CHANNEL_NAMES, SHORT_NAMES, Readiness
from ..i18n import translate
from ..style import chip_style


class Chip(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chip")
        self.setAlignment(Qt.AlignCenter)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)  # never clipped
        self.status = "none"
        self.set_status("none", "")

    def set_status(self, status: str, text: str) -> None:
        self.status = status
        self.setText(text)
        self.setStyleSheet(chip_style(status))
        self.setVisible(bool(text))


def missing_items(outputs: Mapping[str, Readiness | None]) -> list[Finding]:
    """The required items missing for any of `outputs`, each field once (in output order)."""
    seen: dict[str, Finding] = {}
    for state in outputs.values():
        for f in state.missing if state is not None else ():
            key = f.field if f.field != "permits" else f.message_id  # one line per permit
            seen.setdefault(key, f)
    return list(seen.values())


def readiness(
    findings: Sequence[Finding], outputs: Mapping[str, Readiness | None] | None = None
) -> tuple[str, str]:
    """(status, words) for a record's findings and the required items its outputs miss:
    ready only when there is nothing at all, else the counts to fix and to check."""
    errors = sum(1 for f in findings if f.is_error) + len(missing_items(outputs or {}))
    warnings = sum(1 for f in findings if not f.is_error)
    if not errors and not warnings:
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
        self.outputs: dict[str, Readiness | None] = {}
        self.setToolTip("")

    def set_findings(
        self, findings: Sequence[Finding], outputs: Mapping[str, Readiness | None] | None = None
    ) -> None:
        self.findings = list(findings)
        self.outputs = dict(outputs or {})
        self.retranslate()

    def retranslate(self) -> None:
        status, text = readiness(self.findings, self.outputs)
        self.set_status(status, text)
        self.setToolTip(
            translate("Readiness", "Errors must be fixed before printing; warnings are advice.")
        )


class OutputChip(Chip):
    """Readiness for one output ("Pameran 86%"); the Readiness tab lists what is missing (the
    tooltip repeats it)."""

    def set_readiness(self, output: str, state: Readiness | None, lang: str) -> None:
        if state is None:
            self.set_status("none", "")
            return
        name = SHORT_NAMES[output][1 if lang == "en" else 0]
        status = "ok" if state.ready else ("error" if state.missing else "warning")
        mark = "✔ " if state.ready else ""
        self.set_status(status, f"{mark}{name} {state.score}%")
        self.setToolTip("\n".join(f.message(lang) for f in state.missing) or name)


class ChannelChip(Chip):
    """One chip for every sales channel ("Jualan online 2/4"), so the chip row stays short; the
    Readiness tab lists per channel what is missing (the tooltip names the channels)."""

    def set_channels(self, states: Mapping[str, Readiness], lang: str) -> None:
        if not states:
            self.set_status("none", "")
            return
        names = {c: CHANNEL_NAMES[c][1 if lang == "en" else 0] for c in states}
        ready = [names[c] for c, state in states.items() if state.ready]
        waiting = [names[c] for c, state in states.items() if not state.ready]
        label = translate("Readiness", "Online selling")
        if not waiting:
            self.set_status("ok", f"✔ {label}")
        else:  # selling online is a choice, not a fault: a warning, never an error
            self.set_status("warning", f"{label} {len(ready)}/{len(states)}")
        lines = []
        if waiting:
            lines.append(
                translate("Readiness", "Not ready: {channels}").format(channels=", ".join(waiting))
            )
        if ready:
            lines.append(
                translate("Readiness", "Ready: {channels}").format(channels=", ".join(ready))
            )
        self.setToolTip("\n".join(lines))
