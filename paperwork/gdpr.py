"""The paperwork's share of a volunteer's data-subject rights: in their data export, and scrubbed on anonymisation.

The export's sections are registered with the registry (registry/gdpr/sections.py, from apps.py), so they are in
the JSON copy (codes, English keys) and in the readable copy (labels, words and local dates in the person's
language) alike: documents issued, agreements, health-and-safety acknowledgements, guardians' consents,
child-protection checks and requests for documents.

Retention (README, "Paperwork"): the register row (number, kind, dates, state) outlives the person, since it
proves what the programme issued; what identifies them (the frozen content, initials, consents, checks, their
requests) goes. Safety acknowledgements stay as they are: area, version and date show the host informed the
person (art. 45) and hold nothing identifying once the record they point to is anonymised.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from registry.gdpr.readable import shown
from registry.gdpr.sections import ExportSection, register_section

from .models import (
    Agreement,
    DocumentRequest,
    GuardianConsent,
    IssuedDocument,
    SafeguardingCheck,
    VolunteerSafetyAcknowledgement,
)

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def issued_document_rows(volunteer):
    return [
        {
            "kind": document.kind,
            "number": document.number,
            "issued_at": document.issued_at,
            "language": document.language,
            "state": document.state,
            "revoked_reason": document.revoked_reason,
            "content": document.content,
        }
        for document in IssuedDocument.objects.filter(holder=volunteer).order_by("issued_at", "pk")
    ]


def agreement_rows(volunteer):
    return [
        {
            "organisation": agreement.organisation.name,
            "from": agreement.starts_on,
            "to": agreement.ends_on,
            "tasks": agreement.tasks,
            "manner": agreement.manner,
            "termination_terms": agreement.termination_terms,
            "signed_on": agreement.signed_on,
            "signed_for_organisation_by": agreement.signed_for_organisation_by,
            "signed_for_volunteer_by": agreement.signed_for_volunteer_by,
        }
        for agreement in Agreement.objects.filter(volunteer=volunteer).select_related("organisation")
    ]


def acknowledgement_rows(volunteer):
    return [
        {"area": ack.information.area.localized.name, "version": ack.information.version, "on": ack.acknowledged_on}
        for ack in VolunteerSafetyAcknowledgement.objects.filter(volunteer=volunteer).select_related(
            "information__area"
        )
    ]


def consent_rows(volunteer):
    return [
        {"guardian": consent.guardian_name, "contact": consent.guardian_contact, "given_on": consent.given_on}
        for consent in GuardianConsent.objects.filter(volunteer=volunteer)
    ]


def check_rows(volunteer):
    return [
        {"checked_on": check.checked_on, "outcome": check.outcome, "evidence": check.evidence}
        for check in SafeguardingCheck.objects.filter(volunteer=volunteer)
    ]


def request_rows(volunteer):
    return [
        {
            "kind": request.kind,
            "language": request.language,
            "requested_at": request.requested_at,
            "state": request.state,
            "answered_at": request.done_at,
            "document": request.document.number if request.document else None,
            "decline_reason": request.decline_reason,
        }
        for request in DocumentRequest.objects.filter(volunteer=volunteer)
        .select_related("document")
        .order_by("requested_at", "pk")
    ]


def _day(value):
    try:
        return datetime.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _hours(value):
    try:
        return Decimal(value).normalize() if value not in (None, "") else None
    except (InvalidOperation, TypeError):
        return None


def content_summary(content):
    """What a document says (its frozen content), in sentences of the active language, for the readable copy."""
    if not content:
        return ""
    parts = []
    if content.get("holder_name"):
        parts.append(gettext("Issued to: %(name)s") % {"name": content["holder_name"]})
    start, end = _day(content.get("period_start")), _day(content.get("period_end"))
    if start or end:
        parts.append(gettext("Period: %(start)s – %(end)s") % {"start": shown(start), "end": shown(end)})
    hours = _hours(content.get("total_hours"))
    if hours is not None:
        parts.append(gettext("Hours: %(hours)s") % {"hours": shown(hours)})
    if content.get("areas"):
        parts.append(gettext("Areas: %(areas)s") % {"areas": ", ".join(content["areas"])})
    if content.get("organisations"):
        parts.append(gettext("Organisations: %(names)s") % {"names": ", ".join(content["organisations"])})
    if content.get("scope_note"):
        parts.append(gettext("Tasks performed: %(text)s") % {"text": content["scope_note"]})
    if content.get("assessment"):
        parts.append(gettext("Assessment: %(text)s") % {"text": content["assessment"]})
    if content.get("body_html"):
        parts.append(gettext("Text: %(text)s") % {"text": " ".join(strip_tags(content["body_html"]).split())})
    signatory = content.get("signatory")
    if isinstance(signatory, dict) and signatory.get("name"):
        parts.append(gettext("Signed by: %(name)s") % {"name": signatory["name"]})
    return "; ".join(parts)


class DocumentsSection(ExportSection):
    """The readable copy shows what each document says as sentences; the JSON keeps the frozen content as is."""

    def readable_value(self, key, value):
        if key == "content":
            return content_summary(value)
        return super().readable_value(key, value)


ISSUED_DOCUMENTS = DocumentsSection(
    key="issued_documents",
    title=_("Documents issued"),
    columns=[
        ("number", _("Number")),
        ("kind", _("Kind")),
        ("issued_at", _("Issued")),
        ("language", _("Language")),
        ("state", _("State")),
        ("revoked_reason", _("Reason for revoking")),
        ("content", _("What it says")),
    ],
    rows=issued_document_rows,
    choices={
        "kind": dict(IssuedDocument.Kind.choices),
        "state": dict(IssuedDocument.State.choices),
        "language": LANGUAGE_NAMES,
    },
)
AGREEMENTS = ExportSection(
    key="agreements",
    title=_("Agreements"),
    columns=[
        ("organisation", _("Host organisation")),
        ("from", pgettext_lazy("agreement period", "From")),
        ("to", pgettext_lazy("agreement period", "To")),
        ("tasks", _("Tasks")),
        ("manner", _("Manner of performing the work")),
        ("termination_terms", _("Termination terms")),
        ("signed_on", _("Signed on")),
        ("signed_for_organisation_by", _("Signed for the organisation by")),
        ("signed_for_volunteer_by", _("Signed for the volunteer by")),
    ],
    rows=agreement_rows,
)
SAFETY_ACKNOWLEDGEMENTS = ExportSection(
    key="safety_acknowledgements",
    title=_("Health and safety information acknowledged"),
    columns=[("area", _("Area")), ("version", _("Version")), ("on", _("Acknowledged on"))],
    rows=acknowledgement_rows,
)
GUARDIAN_CONSENTS = ExportSection(
    key="guardian_consents",
    title=_("Guardians' consents"),
    columns=[("guardian", _("Parent or guardian")), ("contact", _("Contact")), ("given_on", _("Given on"))],
    rows=consent_rows,
)
CHILD_PROTECTION_CHECKS = ExportSection(
    key="child_protection_checks",
    title=_("Child-protection checks"),
    columns=[("checked_on", _("Checked on")), ("outcome", _("Outcome")), ("evidence", _("Evidence seen"))],
    rows=check_rows,
    choices={
        "outcome": dict(SafeguardingCheck.Outcome.choices),
        "evidence": dict(SafeguardingCheck.Evidence.choices),
    },
)
DOCUMENT_REQUESTS = ExportSection(
    key="document_requests",
    title=_("Requests for documents"),
    columns=[
        ("kind", _("Document")),
        ("language", _("Language")),
        ("requested_at", _("Requested at")),
        ("state", _("State")),
        ("answered_at", _("Answered at")),
        ("document", _("Document number")),
        ("decline_reason", _("Reason for declining")),
    ],
    rows=request_rows,
    choices={
        "kind": dict(DocumentRequest.Kind.choices),
        "state": dict(DocumentRequest.State.choices),
        "language": LANGUAGE_NAMES,
    },
)
SECTIONS = (
    ISSUED_DOCUMENTS,
    AGREEMENTS,
    SAFETY_ACKNOWLEDGEMENTS,
    GUARDIAN_CONSENTS,
    CHILD_PROTECTION_CHECKS,
    DOCUMENT_REQUESTS,
)


def register():
    """Called from PaperworkConfig.ready(): the sections join the registry's export (JSON and readable copy)."""
    for section in SECTIONS:
        register_section(section)


def anonymise(volunteer, user=None):
    """Hooked to registry_anonymise_volunteer, inside the registry's transaction."""
    IssuedDocument.objects.filter(holder=volunteer).update(content={}, holder_initials="")
    for consent in GuardianConsent.objects.filter(volunteer=volunteer):
        if consent.document:
            consent.document.delete(save=False)
        consent.delete()
    SafeguardingCheck.objects.filter(volunteer=volunteer).delete()
    Agreement.objects.filter(volunteer=volunteer).update(signed_for_volunteer_by="")
    # The requests served the person only; what was issued stays in the register of documents.
    DocumentRequest.objects.filter(volunteer=volunteer).delete()
