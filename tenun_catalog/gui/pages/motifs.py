"""Motifs screen: names (local, Indonesian, English), region, meaning and its source, and the
cultural restriction with its permission record. A restricted motif without a permission record
is marked clearly: it is withheld from every public output.

Under the motif's name a panel says, per audience (public outputs, curation submission, the
community itself), whether the motif appears and why not, and which cloths carry it. A change
that would make a withheld motif public is asked about first. The "Documents" menu makes the
draft GI description (DOCX) and the community's motif book (PDF) of a kabupaten."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QMessageBox, QPushButton

from ... import formats
from ... import operations as ops
from ...domain import rules, vocab
from ...domain.entities import Motif
from ...domain.errors import UserError
from ...domain.fields import MOTIF_FIELDS
from ...domain.rules_motif import audience_reason, restriction_words
from ...export.audience import Selection
from .. import undo
from ..catalog_export import Exporter, default_folder
from ..i18n import language, translate
from ..widgets.narratives_editor import NarrativesEditor
from ..widgets.scan_editor import ScanEditor, keep_in_library
from .records import RecordPage

SECTIONS = [
    (QT_TRANSLATE_NOOP("FieldForm", "Names"), ["name_id", "name_en", "name_local"]),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Origin"),
        ["kabupaten", "suku", "clan_line", "technique", "contemporary"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Meaning"),
        ["meaning_id", "meaning_en", "meaning_source", "use_context"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Restriction and permission"),
        [
            "restriction",
            "holder",
            "holder_name",
            "protocols",
            "permitted_use",
            "audiences",
            "permission_by",
            "permission_date",
            "permission_uses",
            "@permission_scan",
        ],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Narratives"),
        ["@narratives"],
    ),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Protection"),
        [
            "protection",
            "protection_number",
            "kik_type",
            "kik_number",
            "lc_project_id",
            "tk_labels",
            "notice",
        ],
    ),
]


class MotifsPage(RecordPage):
    entity = "motif"
    title_text = QT_TRANSLATE_NOOP("RecordPage", "Motifs")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, MOTIF_FIELDS, SECTIONS, parent)
        self.exporter = Exporter(self.session, self)
        self.documents_button = QPushButton(self)
        self.documents_menu = QMenu(self.documents_button)
        self.gi_draft_action = self.documents_menu.addAction("")
        self.gi_draft_action.triggered.connect(lambda: self.make_document("gi-draft"))
        self.motif_book_action = self.documents_menu.addAction("")
        self.motif_book_action.triggered.connect(lambda: self.make_document("motif-book"))
        self.documents_button.setMenu(self.documents_menu)
        self.top_bar.insertWidget(1, self.documents_button)
        self.scan_editor = ScanEditor(letter=True)
        keep_in_library(self.scan_editor, self.session, self.form, "permission_scan")
        self.form.add_custom(
            "permission_scan",
            QT_TRANSLATE_NOOP("FieldForm", "Permission letter"),
            None,
            self.scan_editor,
        )
        self.narratives_editor = NarrativesEditor()
        self.narratives_editor.edited.connect(self.save_narratives)
        self.form.add_custom(
            "narratives", QT_TRANSLATE_NOOP("FieldForm", "Tellings"), None, self.narratives_editor
        )
        self.audience_panel = QLabel(self)
        self.audience_panel.setObjectName("audiencePanel")
        self.audience_panel.setWordWrap(True)
        self.audience_panel.setTextFormat(Qt.RichText)
        self.head.addWidget(self.audience_panel)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "documents_button"):
            self.documents_button.setText(translate("MotifsPage", "Documents"))
            self.gi_draft_action.setText(translate("MotifsPage", "GI description draft (DOCX)…"))
            self.motif_book_action.setText(translate("MotifsPage", "Community motif book (PDF)…"))

    # ---- where the motif appears ------------------------------------------------------------

    def record_shown(self, record: Motif) -> None:
        self.audience_panel.setText(self.audience_text(record))
        try:
            told = ops.list_narratives(self.session.require(), record.id)
        except UserError:
            told = []
        self.narratives_editor.show_narratives(told)

    # ---- narratives -------------------------------------------------------------------------

    def save_narratives(self, told: list) -> None:
        """Save the motif's new list of narratives as one step that undo can take back."""
        if self.current_id is None:
            return
        lib = self.session.require()
        motif_id = self.current_id
        before = ops.list_narratives(lib, motif_id)
        try:
            ops.replace_narratives(lib, motif_id, told)
        except UserError as exc:
            self.session.report(exc)
            return
        text = translate("MotifsPage", "Edit narratives")
        self.ctx.undo.push(undo.NarrativesEdit(self.session, motif_id, before, told, text))
        self.session.notify(translate("MotifsPage", "Saved: narratives"))
        self.show_record(motif_id, keep_focused=True)

    def audience_text(self, motif: Motif) -> str:
        lang = language()
        where = {
            "public": translate("MotifsPage", "Catalogs, web, feeds, labels and cards"),
            "submission": translate("MotifsPage", "Curation submission and GI draft"),
            "internal": translate("MotifsPage", "The community's motif book"),
        }
        title = translate("MotifsPage", "Where this motif appears")
        lines = [f"<b>{title}</b>"]
        for audience, words in where.items():
            reason = audience_reason(motif, audience, lang)
            if reason:
                lines.append(f"<span style='color:#8E2C1F'>✗ {words} — {_escape(reason)}</span>")
            else:
                lines.append(f"<span style='color:#2E6B3F'>✓ {words}</span>")
        try:
            products = ops.products_with_motif(self.session.require(), motif.id)
        except UserError:  # removed meanwhile: the list reloads
            products = []
        if products:
            names = [
                _escape(f"{(name_en if lang == 'en' and name_en else name_id)} ({sku})")
                for sku, name_id, name_en in products[:5]
            ]
            more = len(products) - len(names)
            text = ", ".join(names) + (f" … (+{more})" if more > 0 else "")
            lines.append(
                translate("MotifsPage", "Carried by {n} cloth(s): {names}").format(
                    n=len(products), names=text
                )
            )
        else:
            lines.append(translate("MotifsPage", "No cloth in the library carries it yet."))
        return "<br>".join(lines)

    def confirm_edit(self, record, path: str, value: object) -> bool:
        """Ask before a change lets a withheld motif into public outputs."""
        try:
            after = dataclasses.replace(record, **{path: value})
        except (TypeError, ValueError):
            return True
        if record.shown_to("public") or not after.shown_to("public"):
            return True
        name = record.name_local or record.name_id
        answer = QMessageBox.question(
            self,
            translate("MotifsPage", "Make this motif public?"),
            translate(
                "MotifsPage",
                "After this change motif {name} will appear in printed and web catalogs, "
                "price lists, feeds, labels and social cards, which leave the cooperative. "
                "Has its community agreed to that?",
            ).format(name=name),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        return answer == QMessageBox.Yes

    # ---- documents --------------------------------------------------------------------------

    def make_document(self, key: str, kabupaten: str | None = None, out: Path | None = None):
        """The GI description draft or the motif book of a kabupaten (the current motif's, or
        chosen), saved where the person says; runs through the app's exporter."""
        if self.session.root is None or self.exporter.busy:
            return None
        record = self.records.get(self.current_id) if self.current_id is not None else None
        if kabupaten is None:
            kabupaten = self._ask_kabupaten(key, record.kabupaten if record else "")
            if kabupaten is None:
                return None
        if out is None:
            stem = "draf-deskripsi-ig" if key == "gi-draft" else "buku-motif"
            suffix = ".docx" if key == "gi-draft" else ".pdf"
            name = f"{stem}-{kabupaten or 'semua'}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.documents_button.text(), str(default_folder() / name), f"*{suffix}"
            )
            if not chosen:
                return None
            out = Path(chosen)
            if out.suffix.lower() != suffix:
                out = out.with_name(out.name + suffix)
        options = {"kabupaten": kabupaten} if kabupaten else {}
        return self.exporter.start(key, None, out, selection=Selection(), options=options)

    def _ask_kabupaten(self, key: str, current: str) -> str | None:
        lang = language()
        codes = vocab.KABUPATEN.codes()
        labels = [vocab.KABUPATEN.label(c, lang) for c in codes]
        if key == "motif-book":  # the book may hold every kabupaten's motifs
            codes, labels = ["", *codes], [translate("MotifsPage", "Every kabupaten"), *labels]
        start = codes.index(current) if current in codes else 0
        label, ok = QInputDialog.getItem(
            self,
            self.documents_button.text(),
            translate("MotifsPage", "Regency or city:"),
            labels,
            start,
            False,
        )
        return codes[labels.index(label)] if ok else None

    def list_records(self) -> list:
        return sorted(ops.list_motifs(self.session.lib), key=lambda m: m.name_id.lower())

    def display(self, record: Motif) -> tuple[str, str]:
        lang = language()
        name = (record.name_en if lang == "en" and record.name_en else record.name_id) or "—"
        if record.name_local and record.name_local != name:
            name += f" ({record.name_local})"
        place = vocab.KABUPATEN.label(record.kabupaten, lang) if record.kabupaten else ""
        restriction = vocab.MOTIF_RESTRICTIONS.label(record.restriction or "bebas", lang)
        return name, " · ".join(p for p in (restriction, place) if p)

    def findings(self, record: Motif):
        return rules.validate_motif(record)

    def status(self, record: Motif) -> tuple[str, str]:
        if not record.restricted and record.is_public:
            return "ok", translate("MotifsPage", "Free to use")
        if record.is_public:
            return "warning", translate("MotifsPage", "Restricted — permission recorded")
        return "error", translate("MotifsPage", "Restricted — withheld from public catalogs")

    def note_text(self, record: Motif) -> str:
        lang = language()
        # holder, protocols, community-only use and the old code (issue 13's registry)
        level = restriction_words(record, lang)
        if not record.restricted and record.is_public:
            return ""
        if not record.is_public:
            return translate(
                "MotifsPage",
                "This motif is restricted ({level}). Until you record who gave permission and "
                "when, it never appears in a printed or web catalog; each export lists it as "
                "withheld.",
            ).format(level=level)
        return translate(
            "MotifsPage",
            "This motif is restricted ({level}); permission was given by {who} on {when}, so "
            "catalogs may show it.",
        ).format(
            level=level,
            who=record.permission_by,
            when=formats.long_date(record.permission_date, lang),
        )

    def new_record(self) -> Motif:
        return Motif(name_id=translate("MotifsPage", "New motif"))

    def empty_texts(self) -> tuple[str, str]:
        return (
            translate("MotifsPage", "No motifs yet — record the first motif and its meaning."),
            translate("MotifsPage", "Add motif"),
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
