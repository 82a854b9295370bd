"""A new e-mail address takes effect only from a link sent to it.

The page answers the same whether or not the address belongs to another volunteer (nothing is sent then), so
the form cannot be used to find out who is in the registry, and nobody can point a record's sign-in links at
a mailbox they do not hold.
"""

import hashlib

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


def request_change(request, volunteer, address):
    """Mail a confirming link to `address` unless another record holds it; the caller answers the same either way."""
    if address_taken(address, volunteer):
        return
    language = document_language(volunteer)
    with translation.override(language):
        token = make_token(volunteer, address)
        path = reverse("portal:confirm_email", args=[token])
        text = render_to_string(
            "portal/emails/email_change.txt",
            {"url": request.build_absolute_uri(path), "minutes": settings.PORTAL_SIGN_IN_LINK_SECONDS // 60},
        )
        subject = gettext("Confirm your new e-mail address")
    key = f"{EMAIL_KIND}:{hashlib.sha256(token.encode()).hexdigest()}"
    queue_email(key=key, kind=EMAIL_KIND, to=address, subject=subject, text=text, language=language)


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
