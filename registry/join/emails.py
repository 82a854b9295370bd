"""Emails an application triggers: a confirmation to the applicant, a notice (no personal data) to coordinators.

Both are plain text. A failure is logged with the record's number only and never loses the application.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext

from registry.models import Volunteer

logger = logging.getLogger("registry.join")

# Used only if the registry's snippet viewset (registry/viewsets.py) is not registered.
ADMIN_EDIT_PATH = "/admin/registry/volunteers/edit/{pk}/"


@dataclass(frozen=True)
class ApplicationMessage:
    volunteer_id: int
    is_repeat: bool
    language: str
    applicant_email: str
    coordinators_email: str


def admin_edit_url(pk):
    """The absolute address of the record in the Wagtail admin, for the coordinators' email."""
    viewset = getattr(Volunteer, "snippet_viewset", None)
    try:
        path = reverse(viewset.get_url_name("edit"), args=[pk])
    except (AttributeError, NoReverseMatch):
        path = ADMIN_EDIT_PATH.format(pk=pk)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _applicant_email(message):
    template = "applicant_repeat" if message.is_repeat else "applicant_confirmation"
    with translation.override(message.language):
        subject = gettext("Your application to Civic Volunteering")
        # Nothing the applicant typed goes into this email: the form must not mail a text of anyone's choosing.
        body = render_to_string(f"registry/emails/{template}.txt", {})
    return subject, body


def _coordinators_email(message):
    template = "coordinators_repeat" if message.is_repeat else "coordinators_new"
    with translation.override(settings.LANGUAGE_CODE):
        if message.is_repeat:
            subject = gettext("Volunteer #%(id)s applied again") % {"id": message.volunteer_id}
        else:
            subject = gettext("New volunteer application #%(id)s") % {"id": message.volunteer_id}
        body = render_to_string(
            f"registry/emails/{template}.txt",
            {"volunteer_id": message.volunteer_id, "admin_url": admin_edit_url(message.volunteer_id)},
        )
    return subject, body


def send_application_emails(message):
    """Send both emails; each failure is logged without personal data and does not stop the other."""
    subject, body = _applicant_email(message)
    try:
        send_mail(subject, body, None, [message.applicant_email])
    except Exception as error:
        logger.warning("confirmation email failed for volunteer #%s (%s)", message.volunteer_id, type(error).__name__)
    else:
        if not message.is_repeat:
            Volunteer.objects.filter(pk=message.volunteer_id).update(confirmation_sent=True)

    if not message.coordinators_email:
        logger.info("no coordinators' address set; no notice sent for volunteer #%s", message.volunteer_id)
        return
    subject, body = _coordinators_email(message)
    try:
        send_mail(subject, body, None, [message.coordinators_email])
    except Exception as error:
        logger.warning("coordinators' notice failed for volunteer #%s (%s)", message.volunteer_id, type(error).__name__)
