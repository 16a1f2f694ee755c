"""Permits screen: NIB, P-IRT, BPOM MD, halal, trademark... with issue and expiry dates and the
scan of the paper (PDF, JPEG or PNG; the submission package's izin/ folder holds it). The
status is derived (never stored) and shown in colour: valid green, expiring within 90 days
ochre, expired morinda, no expiry date grey."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ... import formats
from ... import operations as ops
from ...domain import numbers, rules, vocab
from ...domain.entities import Permit
from ...domain.fields import PERMIT_FIELDS
from ..i18n import language, translate
from ..widgets.editors import ChoiceEditor
from ..widgets.scan_editor import ScanEditor, keep_in_library
from .records import RecordPage

SECTIONS = [
    (QT_TRANSLATE_NOOP("FieldForm", "Permit"), ["kind", "number", "issuer", "@producer_id"]),
    (QT_TRANSLATE_NOOP("FieldForm", "Validity"), ["issued", "expires", "@scan_filename"]),
    (QT_TRANSLATE_NOOP("FieldForm", "Coverage"), ["product_skus"]),
]
COLOURS = {"valid": "ok", "expiring": "warning", "expired": "error", "unknown": "none"}


def status_words(permit: Permit, lang: str) -> str:
    status = rules.permit_status(permit)
    when = formats.long_date(permit.expires, lang)
    if status == "valid":
        return translate("PermitsPage", "Valid until {date}").format(date=when)
    if status == "expiring":
        return translate("PermitsPage", "Expires soon: {date}").format(date=when)
    if status == "expired":
        return translate("PermitsPage", "Expired on {date}").format(date=when)
    return translate("PermitsPage", "No expiry date")


class PermitsPage(RecordPage):
    entity = "permit"
    title_text = QT_TRANSLATE_NOOP("RecordPage", "Permits")
    colour_detail = True

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, PERMIT_FIELDS, SECTIONS, parent)
        self.producer_editor = ChoiceEditor()
        self.form.add_custom("producer_id", "Produsen", "Producer", self.producer_editor)
        self.scan_editor = ScanEditor()
        keep_in_library(self.scan_editor, self.session, self.form, "scan_filename")
        self.form.add_custom("scan_filename", "Pindaian", "Scan", self.scan_editor)
        self.retranslate()

    def list_records(self) -> list:
        """Most urgent first: expired, expiring soon, valid, then those without a date."""
        order = {"expired": 0, "expiring": 1, "valid": 2, "unknown": 3}
        permits = ops.list_permits(self.session.lib)
        return sorted(permits, key=lambda p: (order[rules.permit_status(p)], p.kind, p.id))

    def prepare_form(self, record) -> None:
        self.producer_editor.set_choices(
            [(p.id, p.name) for p in ops.list_producers(self.session.require())]
        )

    def display(self, record: Permit) -> tuple[str, str]:
        lang = language()
        title = numbers.permit_title(vocab.PERMIT_KINDS.label(record.kind, lang), record.number)
        return title, status_words(record, lang)

    def findings(self, record: Permit):
        return rules.validate_permit(record)

    def status(self, record: Permit) -> tuple[str, str]:
        return COLOURS[rules.permit_status(record)], status_words(record, language())

    def new_record(self) -> Permit:
        return Permit(kind="nib", number="")

    def empty_texts(self) -> tuple[str, str]:
        return (
            translate("PermitsPage", "No permits yet — add the NIB or a food permit."),
            translate("PermitsPage", "Add permit"),
        )
