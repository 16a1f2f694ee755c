"""Producers screen: weavers, weaver groups, cooperatives and UMKM, with their profile,
registration numbers and contacts (form from PRODUCER_FIELDS, findings from the domain rules)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ... import operations as ops
from ...domain import rules, vocab
from ...domain.entities import Producer
from ...domain.fields import PRODUCER_FIELDS
from ..i18n import language, translate
from ..widgets.status import readiness
from .records import RecordPage

SECTIONS = [
    (
        QT_TRANSLATE_NOOP("FieldForm", "Who"),
        ["name", "producer_type", "legal_form", "person_in_charge", "nik"],
    ),
    (QT_TRANSLATE_NOOP("FieldForm", "Registration"), ["nib", "npwp", "mpig_member"]),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Where"),
        ["address", "village", "kecamatan", "kabupaten", "province"],
    ),
    (QT_TRANSLATE_NOOP("FieldForm", "Contact"), ["phone", "whatsapp", "email", "social_media"]),
    (
        QT_TRANSLATE_NOOP("FieldForm", "Work"),
        ["capacity_per_month", "capacity_unit", "market_reach", "members_count"],
    ),
    (QT_TRANSLATE_NOOP("FieldForm", "Profile"), ["story_id", "story_en"]),
]


class ProducersPage(RecordPage):
    entity = "producer"
    title_text = QT_TRANSLATE_NOOP("RecordPage", "Producers")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, PRODUCER_FIELDS, SECTIONS, parent)
        self.retranslate()

    def list_records(self) -> list:
        return sorted(ops.list_producers(self.session.lib), key=lambda p: p.name.lower())

    def display(self, record: Producer) -> tuple[str, str]:
        lang = language()
        parts = [vocab.PRODUCER_TYPES.label(record.producer_type, lang)]
        if record.kabupaten:
            parts.append(vocab.KABUPATEN.label(record.kabupaten, lang))
        return record.name, " · ".join(p for p in parts if p)

    def findings(self, record: Producer):
        return rules.validate_producer(record)

    def status(self, record: Producer) -> tuple[str, str]:
        return readiness(self.findings(record))

    def new_record(self) -> Producer:
        base = translate("ProducersPage", "New producer")
        names = {p.name.lower() for p in ops.list_producers(self.session.require())}
        name, n = base, 2
        while name.lower() in names:
            name, n = f"{base} {n}", n + 1
        return Producer(name=name)

    def empty_texts(self) -> tuple[str, str]:
        return (
            translate("ProducersPage", "No producers yet — add the first weaver group or UMKM."),
            translate("ProducersPage", "Add producer"),
        )
