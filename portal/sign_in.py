"""Asking for a sign-in link and using it.

Whether the address is known or not, the request does the same work: one lookup, one new token and its
digest, one row written, one task handed to the queue with the same arguments. Only the worker, outside the
request, decides whether an e-mail is written (the address belongs to someone who may sign in, within the
limit), so neither the answer nor its timing tells the two apart.

The task carries the token in the clear for the moment it waits in the broker, as the e-mail it becomes
does; the database keeps only its digest.
"""

import datetime
import enum
import logging
from functools import partial
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


def sign_in_url(token, language, next_path=None):
    """The link's address on the site's configured base URL, never the Host a request claimed."""
    with translation.override(language):
        path = reverse("portal:confirm", args=[token])
    if next_path:
        path += "?" + urlencode({"next": next_path})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def request_link(address, next_path=None):
    """Store a link for `address` and hand it to the queue, which e-mails it only to someone who may sign in.

    Returns nothing: the caller must answer the same way in every case.
    """
    address = normalised(address)
    volunteer = eligible_volunteers().filter(email__iexact=address).first()
    token, token_hash = tokens.new_token()
    # Counted for every address, known or not, so the limit itself says nothing either.
    within_limit = address_may_ask(address)
    link = SignInLink.objects.create(
        volunteer=volunteer, token_hash=token_hash, expires_at=timezone.now() + link_lifetime()
    )
    transaction.on_commit(partial(hand_to_queue, link.pk, token, next_path, within_limit))


def hand_to_queue(link_id, token, next_path, within_limit):
    from .tasks import send_sign_in_link

    try:
        send_sign_in_link.delay(link_id, token, next_path, within_limit)
    except Exception as error:
        # Broker down: decide here; a written e-mail then waits in the outbox for the sweep.
        logger.warning(
            "sign-in link #%s handled in the request: broker unavailable (%s)", link_id, type(error).__name__
        )
        send_link_email(link_id, token, next_path, within_limit)


def send_link_email(link_id, token, next_path, within_limit):
    """The worker's half: write the e-mail when the link is someone's who may sign in and was within the limit.

    Idempotent: the outbox key is the link's, so a retried task never writes a second e-mail.
    """
    if not within_limit:
        return
    link = (
        SignInLink.objects.filter(pk=link_id, volunteer__in=eligible_volunteers(), used_at__isnull=True)
        .select_related("volunteer")
        .first()
    )
    if link is not None:
        queue_link_email(link, token, link.volunteer, next_path)


def queue_link_email(link, token, volunteer, next_path=None):
    language = document_language(volunteer)
    with translation.override(language):
        subject = gettext("Your link to sign in to your volunteer page")
        text = render_to_string(
            "portal/emails/sign_in_link.txt",
            {
                "url": sign_in_url(token, language, next_path),
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
