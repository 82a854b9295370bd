"""Asking for a sign-in link and using it.

Whether the address is known or not, the request does the same work: one lookup, one new token and its
digest, one row written; only for a known address is an e-mail queued (stored in the outbox, sent by a
worker), so the answer and its timing do not tell the two apart.
"""

import datetime
import enum
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from outbox import queue_email
from registry.email_addresses import normalise_email
from registry.gdpr.readable import document_language
from registry.join import ratelimit

from . import tokens
from .access import eligible_volunteers
from .models import SignInLink

logger = logging.getLogger("portal")

EMAIL_KIND = "portal.sign_in"


class LinkState(enum.Enum):
    VALID = "valid"
    EXPIRED = "expired"
    USED = "used"
    UNKNOWN = "unknown"


def link_lifetime():
    return datetime.timedelta(seconds=settings.PORTAL_SIGN_IN_LINK_SECONDS)


def normalised(address):
    try:
        return normalise_email(address)
    except ValidationError:
        return address.strip().lower()


def client_may_ask(client):
    limit, window = ratelimit.parse_rate(settings.PORTAL_SIGN_IN_RATE_PER_CLIENT)
    return ratelimit.allow("portal-sign-in-client", client, limit, window)


def address_may_ask(address):
    limit, window = ratelimit.parse_rate(settings.PORTAL_SIGN_IN_RATE_PER_ADDRESS)
    return ratelimit.allow("portal-sign-in-address", address.lower(), limit, window)


def sign_in_url(request, token, language, next_path=None):
    with translation.override(language):
        path = reverse("portal:confirm", args=[token])
    if next_path:
        path += "?" + urlencode({"next": next_path})
    return request.build_absolute_uri(path)


def request_link(request, address, next_path=None):
    """Store a link for `address` and e-mail it when the address belongs to someone who may sign in.

    Returns nothing: the caller must answer the same way in every case.
    """
    address = normalised(address)
    volunteer = eligible_volunteers().filter(email__iexact=address).first()
    token, token_hash = tokens.new_token()
    # Counted for every address, known or not, so the limit itself says nothing either.
    within_limit = address_may_ask(address)
    with transaction.atomic():
        link = SignInLink.objects.create(
            volunteer=volunteer, token_hash=token_hash, expires_at=timezone.now() + link_lifetime()
        )
        if volunteer is not None and within_limit:
            queue_link_email(request, link, token, volunteer, next_path)


def queue_link_email(request, link, token, volunteer, next_path=None):
    language = document_language(volunteer)
    with translation.override(language):
        subject = gettext("Your link to sign in to your volunteer's page")
        text = render_to_string(
            "portal/emails/sign_in_link.txt",
            {
                "url": sign_in_url(request, token, language, next_path),
                "minutes": settings.PORTAL_SIGN_IN_LINK_SECONDS // 60,
            },
        )
    queue_email(
        key=f"{EMAIL_KIND}:{link.pk}",
        kind=EMAIL_KIND,
        to=volunteer.email,
        subject=subject,
        text=text,
        language=language,
    )


def link_state(token):
    """What a link is now, without using it: shown on the page that asks to confirm."""
    link = SignInLink.objects.filter(token_hash=tokens.digest(token), volunteer__in=eligible_volunteers()).first()
    if link is None:
        return LinkState.UNKNOWN
    if link.used_at is not None:
        return LinkState.USED
    if link.expires_at <= timezone.now():
        return LinkState.EXPIRED
    return LinkState.VALID


def use_link(token):
    """Mark the link used and return its volunteer, or None. One atomic update: a link works once, even when
    two requests race with it."""
    now = timezone.now()
    links = SignInLink.objects.filter(
        token_hash=tokens.digest(token),
        used_at__isnull=True,
        expires_at__gt=now,
        volunteer__in=eligible_volunteers(),
    )
    link = links.select_related("volunteer").first()
    if link is None or not links.filter(pk=link.pk).update(used_at=now):
        return None
    return link.volunteer
