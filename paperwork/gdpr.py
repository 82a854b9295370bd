"""The paperwork's share of a volunteer's data-subject rights: in their data export, and scrubbed on anonymisation.

Retention (README, "Paperwork"): the register row (number, kind, dates, state) outlives the person, since it
proves what the programme issued; what identifies them (the frozen content, initials, consents, checks) goes.
Safety acknowledgements stay as they are: area, version and date show the host informed the person (art. 45)
and hold nothing identifying once the record they point to is anonymised.
"""

from .models import Agreement, GuardianConsent, IssuedDocument, SafeguardingCheck, VolunteerSafetyAcknowledgement


def personal_data(volunteer):
    """Hooked to registry_personal_data: sections added to the volunteer's export."""
    return {
        "issued_documents": [
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
        ],
        "agreements": [
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
        ],
        "safety_acknowledgements": [
            {"area": ack.information.area.name, "version": ack.information.version, "on": ack.acknowledged_on}
            for ack in VolunteerSafetyAcknowledgement.objects.filter(volunteer=volunteer).select_related(
                "information__area"
            )
        ],
        "guardian_consents": [
            {"guardian": consent.guardian_name, "contact": consent.guardian_contact, "given_on": consent.given_on}
            for consent in GuardianConsent.objects.filter(volunteer=volunteer)
        ],
        "child_protection_checks": [
            {"checked_on": check.checked_on, "outcome": check.outcome, "evidence": check.evidence}
            for check in SafeguardingCheck.objects.filter(volunteer=volunteer)
        ],
    }


def anonymise(volunteer, user=None):
    """Hooked to registry_anonymise_volunteer, inside the registry's transaction."""
    IssuedDocument.objects.filter(holder=volunteer).update(content={}, holder_initials="")
    for consent in GuardianConsent.objects.filter(volunteer=volunteer):
        if consent.document:
            consent.document.delete(save=False)
        consent.delete()
    SafeguardingCheck.objects.filter(volunteer=volunteer).delete()
    Agreement.objects.filter(volunteer=volunteer).update(signed_for_volunteer_by="")
