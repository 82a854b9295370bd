"""What each kind of e-mail is called on the coordinators' dashboard (instead of showing its content)."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "join.confirmation": _("Application confirmation to an applicant"),
    "join.repeat": _("Repeat-application notice to an applicant"),
    "join.coordinators_new": _("New-application notice to coordinators"),
    "join.coordinators_repeat": _("Repeat-application notice to coordinators"),
    "digest.vetting": _("Vetting digest to coordinators"),
    "digest.unanswered": _("Unanswered-applications digest to coordinators"),
    "digest.data_requests": _("Data-subject requests digest to coordinators"),
    "volunteers.message": _("Message to volunteers"),
    "accessibility.review_due": _("Accessibility statement review reminder to editors"),
    "accessibility.review_overdue": _("Overdue accessibility statement review reminder to editors"),
    "security.enrolment": _("Two-step verification set-up link to a staff member"),
    "paperwork.request_answered": _("Document request answered, to a volunteer"),
    "paperwork.safety_new_version": _("Health and safety information to confirm, to a volunteer"),
    "portal.sign_in": _("Sign-in link to a volunteer"),
    "portal.email_change": _("Link to confirm a new e-mail address, to that address"),
    "portal.email_changed": _("Notice of a changed e-mail address, to the old address"),
}


def label(kind):
    return LABELS.get(kind, kind)
