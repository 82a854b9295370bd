"""E-mails an application triggers: a confirmation to the applicant, a notice (no personal data) to coordinators.

Both are stored in the outbox in the application's own transaction and sent by a task after commit
(outbox/), so a slow or failing mail server never holds the request or loses a message. Neither quotes
anything the applicant typed nor addresses them by name; replies go to the coordinators.
"""

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext

from outbox import queue_email
from registry.models import Volunteer

# Used only if the registry's snippet viewset (registry/viewsets.py) is not registered.
ADMIN_EDIT_PATH = "/admin/registry/volunteers/edit/{pk}/"
CONFIRMATION_KIND = "join.confirmation"


@dataclass(frozen=True)
class ApplicationMessage:
    volunteer_id: int
    is_repeat: bool
    # Which repeat this is (the record's repeat count after it), so each application has its own e-mails.
    repeat_number: int
    language: str
    applicant_email: str
    coordinators_email: str
    # The applicant is under 18: the confirmation says a parent or guardian's written consent will be needed.
    guardian_consent_needed: bool = False

    @property
    def key_suffix(self):
        return f"{self.volunteer_id}:{self.repeat_number}" if self.is_repeat else str(self.volunteer_id)


def admin_edit_url(pk):
    """The absolute address of the record in the Wagtail admin, for the coordinators' email."""
    viewset = getattr(Volunteer, "snippet_viewset", None)
    try:
        path = reverse(viewset.get_url_name("edit"), args=[pk])
    except (AttributeError, NoReverseMatch):
        path = ADMIN_EDIT_PATH.format(pk=pk)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _queue_applicant_email(message):
    template = "applicant_repeat" if message.is_repeat else "applicant_confirmation"
    kind = "join.repeat" if message.is_repeat else CONFIRMATION_KIND
    with translation.override(message.language):
        subject = gettext("Your application to Civic Volunteering")
        text = render_to_string(
            f"registry/emails/{template}.txt", {"guardian_consent_needed": message.guardian_consent_needed}
        )
    queue_email(
        key=f"{kind}:{message.key_suffix}",
        kind=kind,
        to=message.applicant_email,
        subject=subject,
        text=text,
        reply_to=message.coordinators_email,
        language=message.language,
    )


def _queue_coordinators_email(message):
    template = "coordinators_repeat" if message.is_repeat else "coordinators_new"
    kind = "join.coordinators_repeat" if message.is_repeat else "join.coordinators_new"
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        if message.is_repeat:
            subject = gettext("Repeat application: volunteer #%(id)s") % {"id": message.volunteer_id}
        else:
            subject = gettext("New application (volunteer #%(id)s)") % {"id": message.volunteer_id}
        text = render_to_string(
            f"registry/emails/{template}.txt",
            {"volunteer_id": message.volunteer_id, "admin_url": admin_edit_url(message.volunteer_id)},
        )
    queue_email(
        key=f"{kind}:{message.key_suffix}",
        kind=kind,
        to=message.coordinators_email,
        subject=subject,
        text=text,
        language=language,
    )


def queue_application_emails(message):
    """Store both e-mails in the caller's transaction; the outbox sends them once it commits."""
    _queue_applicant_email(message)
    if message.coordinators_email:
        _queue_coordinators_email(message)


def note_confirmation_sent(sender, email, **kwargs):
    """Connected to outbox's email_sent: the record shows that its confirmation went out."""
    if email.kind == CONFIRMATION_KIND:
        volunteer_id = int(email.key.rsplit(":", 1)[1])
        Volunteer.objects.filter(pk=volunteer_id).update(confirmation_sent=True)
