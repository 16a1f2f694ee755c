"""The submission package from the app: choose producers by their readiness, build the ZIP.

Owns `PackageDialog`. It lists every producer with what a curation package would say of it
(`export.package.submission_plan`): complete, what is missing, or blocked by something
"allow incomplete" cannot waive (an expired permit). Blocked producers are shown unticked and
cannot be ticked; the line under the list says why and what to do. The package is built for the
ticked producers through the app's `Exporter` (progress, cancel, the result with what went in);
the result also names the producers left out and why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..export.audience import Selection
from ..export.package import ProducerPlan, submission_plan
from .catalog_export import Exporter, default_folder
from .i18n import language, translate
from .session import Session


class PackageDialog(QDialog):
    def __init__(
        self, session: Session, chosen: list[int] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.exporter = Exporter(session, self)
        self.exporter.finished.connect(self._on_finished)
        self.plans: dict[int, ProducerPlan] = {
            p.producer_id: p for p in submission_plan(session.require())
        }
        self.setObjectName("packageDialog")
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.producers = QListWidget(self)
        self.producers.setObjectName("packageProducers")
        wanted = set(chosen) if chosen else None
        for plan in self.plans.values():
            item = QListWidgetItem(self.producers)
            item.setData(Qt.UserRole, plan.producer_id)
            if plan.blocked:
                item.setFlags(item.flags() & ~Qt.ItemIsUserCheckable & ~Qt.ItemIsEnabled)
                item.setCheckState(Qt.Unchecked)
            else:
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                ticked = wanted is None or plan.producer_id in wanted
                item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
        self.producers.currentItemChanged.connect(self._show_details)
        self.producers.itemChanged.connect(self._update)
        layout.addWidget(self.producers, 1)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setObjectName("muted")
        layout.addWidget(self.details)
        options = QHBoxLayout()
        self.allow_incomplete = QCheckBox(self)
        self.allow_incomplete.toggled.connect(self._update)
        self.lang = QComboBox(self)
        options.addWidget(self.allow_incomplete, 1)
        options.addWidget(self.lang)
        layout.addLayout(options)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.build_button = QPushButton(self)
        self.build_button.setObjectName("primary")
        self.build_button.clicked.connect(self.build)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.retranslate()
        if self.producers.count():
            self.producers.setCurrentRow(0)

    # ---- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("PackageDialog", "Submission package"))
        self.intro.setText(
            translate(
                "PackageDialog",
                "Tick the producers to put in the package. Each folder holds the product sheet, "
                "photos, the catalog, the profile, permit scans and a readiness report.",
            )
        )
        for row in range(self.producers.count()):
            item = self.producers.item(row)
            item.setText(self._line(self.plans[item.data(Qt.UserRole)]))
        self.allow_incomplete.setText(
            translate("PackageDialog", "Send even if incomplete (marked in the package)")
        )
        current = self.lang.currentData()
        self.lang.clear()
        self.lang.addItem(translate("PackageDialog", "Documents in Indonesian"), "id")
        self.lang.addItem(translate("PackageDialog", "Documents in English"), "en")
        if current:
            self.lang.setCurrentIndex(self.lang.findData(current))
        self.build_button.setText(translate("PackageDialog", "Make the package…"))
        self.close_button.setText(translate("PackageDialog", "Close"))
        self._update()

    def _line(self, plan: ProducerPlan) -> str:
        products = translate("PackageDialog", "{n} products").format(n=plan.products)
        if plan.blocked:
            state = translate("PackageDialog", "cannot be sent yet")
        elif plan.complete:
            state = translate("PackageDialog", "complete")
        else:
            state = translate("PackageDialog", "{n} items missing").format(n=len(plan.problems))
        return f"{plan.name} · {products} · {state}"

    @Slot()
    def _show_details(self, *_args) -> None:
        item = self.producers.currentItem()
        if item is None:
            self.details.clear()
            return
        plan = self.plans[item.data(Qt.UserRole)]
        lang = language()
        if plan.complete:
            self.details.setText(translate("PackageDialog", "Everything a curation desk asks for."))
            return
        lines = [f"• {p.record}: {p.message(lang)}" for p in plan.problems[:8]]
        if len(plan.problems) > 8:
            lines.append(
                translate("PackageDialog", "…and {n} more.").format(n=len(plan.problems) - 8)
            )
        if plan.blocked:
            lines.insert(
                0,
                translate(
                    "PackageDialog",
                    "Not even “send even if incomplete” lets this producer through:",
                ),
            )
        self.details.setText("\n".join(lines))

    # ---- choosing ---------------------------------------------------------------------------

    def ticked(self) -> list[int]:
        items = (self.producers.item(i) for i in range(self.producers.count()))
        return [i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked]

    def left_out(self) -> list[ProducerPlan]:
        chosen = set(self.ticked())
        return [p for p in self.plans.values() if p.producer_id not in chosen]

    @Slot()
    def _update(self, *_args) -> None:
        chosen = [self.plans[i] for i in self.ticked()]
        incomplete = [p for p in chosen if not p.complete]
        can_build = bool(chosen) and (not incomplete or self.allow_incomplete.isChecked())
        self.build_button.setEnabled(can_build and not self.exporter.busy)
        if not chosen:
            text = translate("PackageDialog", "Tick at least one producer.")
        elif incomplete and not self.allow_incomplete.isChecked():
            text = translate(
                "PackageDialog",
                "{n} of the ticked producers are incomplete: complete their data, untick them, "
                "or tick “Send even if incomplete”.",
            ).format(n=len(incomplete))
        else:
            text = translate("PackageDialog", "{n} producers will go in the package.").format(
                n=len(chosen)
            )
        self.hint.setText(text)

    # ---- building ---------------------------------------------------------------------------

    @Slot()
    def build(self, out: Path | None = None):
        chosen = self.ticked()
        if not chosen or self.exporter.busy:
            return None
        if out is None:
            picked, _ = QFileDialog.getSaveFileName(
                self, self.windowTitle(), str(default_folder() / "paket-kurasi.zip"), "ZIP (*.zip)"
            )
            if not picked:
                return None
            out = Path(picked)
            if out.suffix.lower() != ".zip":
                out = out.with_name(out.name + ".zip")
        job = self.exporter.start(
            "submission", None, out,
            selection=Selection(producers=tuple(chosen)),
            options={
                "allow_incomplete": self.allow_incomplete.isChecked(),
                "lang": self.lang.currentData(),
            },
        )  # fmt: skip
        self._update()
        return job

    @Slot(str, object)
    def _on_finished(self, _kind: str, result) -> None:
        self._update()
        box = self.exporter.message_box
        left = self.left_out()
        if result is None or box is None or not left:
            return
        lang = language()
        lines = [translate("PackageDialog", "Left out:")]
        for plan in left:
            reason = next((p.message(lang) for p in plan.problems if p.blocking), "")
            lines.append(f"• {plan.name}" + (f": {reason}" if reason else ""))
        box.setInformativeText(box.informativeText() + "\n\n" + "\n".join(lines))

    def done(self, result: int) -> None:  # noqa: D102 - QDialog API
        if self.exporter.job is not None:
            self.exporter.job.cancel()
            self.exporter.job.wait()
        super().done(result)
