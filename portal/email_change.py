"""A new e-mail address takes effect only from a link sent to it.

The page answers the same whether or not the address belongs to another volunteer (nothing is sent then), so
the form cannot be used to find out who is in the registry, and nobody can point a record's sign-in links at
a mailbox they do not hold. The request only hands the change to the queue; the worker decides whether to
write the e-mail, so the answer's timing does not tell either.
"""

import logging
import secrets
from functools import partial

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from outbox import queue_email
from registry.gdpr.readable import document_language
from registry.models import Volunteer

from .access import eligible_volunteers
from .audit import CONTACT_CHANGED, log_by_volunteer

logger = logging.getLogger("portal")

SALT = "portal.email_change"
EMAIL_KIND = "portal.email_change"


def address_taken(address, volunteer):
    return Volunteer.objects.not_anonymised().filter(email__iexact=address).exclude(pk=volunteer.pk).exists()


def make_token(volunteer, address):
    # The current address is signed too: once the change is made (or another one), the link stops working.
    return signing.dumps([volunteer.pk, volunteer.email, address], salt=SALT, compress=True)


def read_token(token):
    """(volunteer, new address) for a valid, unexpired link whose record still has the old address; else None."""
    try:
        lifetime = settings.PORTAL_SIGN_IN_LINK_SECONDS
        volunteer_id, old_address, address = signing.loads(token, salt=SALT, max_age=lifetime)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    volunteer = eligible_volunteers().filter(pk=volunteer_id, email=old_address).first()
    return (volunteer, address) if volunteer else None


def request_change(volunteer, address):
    """Hand the change to the queue after commit; the caller answers the same whatever the worker decides."""
    # One id per request: a retried task finds its e-mail already written and writes no second one.
    request_id = secrets.token_hex(16)
    transaction.on_commit(partial(hand_to_queue, volunteer.pk, address, request_id))


def hand_to_queue(volunteer_id, address, request_id):
    from .tasks import send_email_change_link

    try:
        send_email_change_link.delay(volunteer_id, address, request_id)
    except Exception as error:
        # Broker down: decide here; a written e-mail then waits in the outbox for the sweep.
        logger.warning("e-mail change handled in the request: broker unavailable (%s)", type(error).__name__)
        send_link(volunteer_id, address, request_id)


def send_link(volunteer_id, address, request_id):
    """The worker's half: mail a confirming link to `address` unless another record holds it."""
    volunteer = eligible_volunteers().filter(pk=volunteer_id).first()
    if volunteer is None or address_taken(address, volunteer):
        return
    language = document_language(volunteer)
    with translation.override(language):
        token = make_token(volunteer, address)
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("portal:confirm_email", args=[token])
        text = render_to_string(
            "portal/emails/email_change.txt", {"url": url, "minutes": settings.PORTAL_SIGN_IN_LINK_SECONDS // 60}
        )
        subject = gettext("Confirm your new e-mail address")
    queue_email(
        key=f"{EMAIL_KIND}:{request_id}", kind=EMAIL_KIND, to=address, subject=subject, text=text, language=language
    )


def apply_change(volunteer, address):
    """True when the address was changed; False when another record took it meanwhile."""
    if address_taken(address, volunteer):
        return False
    try:
        with transaction.atomic():
            Volunteer.objects.filter(pk=volunteer.pk).update(email=address)
            log_by_volunteer(volunteer, CONTACT_CHANGED, fields=["email"])
    except IntegrityError:
        return False
    return True
