"""Motifs screen: names (local, Indonesian, English), region, meaning and its source, and the
cultural restriction with its permission record. A restricted motif without a permission record
is marked clearly: it is withheld from every public output."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ... import formats
from ... import operations as ops
from ...domain import rules, vocab
from ...domain.entities import Motif
from ...domain.fields import MOTIF_FIELDS
from ...domain.rules_motif import restriction_words
from ..i18n import language, translate
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
        ],
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
        self.retranslate()

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
