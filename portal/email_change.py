"""A new e-mail address takes effect only from a one-time link sent to it; the old address is told afterwards.

The link carries a random token and nothing else: the record, the old and the new address stay in an
`EmailChange` row, which keeps only the token's sha256 digest (as sign-in links do). It works once, for
PORTAL_SIGN_IN_LINK_SECONDS, and only while the record still has the address it had when the change was asked
for.

The page answers the same whether or not the address belongs to another volunteer (nothing is sent then), so
the form cannot be used to find out who is in the registry, and nobody can point a record's sign-in links at
a mailbox they do not hold. The request does the same work for every address (one new token and its digest,
one row written, one task handed to the queue with the row's id and the token); the worker decides whether to
write the e-mail, so the answer's timing does not tell either.

When the change is made, the old address gets one notice (outbox, keyed by the change) with the date and the
new address masked, saying whom to tell if it was not the person.
"""

import logging
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from outbox import queue_email
from registry.digests import coordinators_email
from registry.gdpr.readable import document_language
from registry.models import Volunteer

from . import tokens
from .access import eligible_volunteers
from .audit import CONTACT_CHANGED, log_by_volunteer
from .models import EmailChange
from .sign_in import LinkState, link_lifetime

logger = logging.getLogger("portal")

EMAIL_KIND = "portal.email_change"
NOTICE_KIND = "portal.email_changed"

# What confirming a link did, besides the LinkState of a link that no longer works.
DONE = "done"
TAKEN = "taken"


def address_taken(address, volunteer):
    return Volunteer.objects.not_anonymised().filter(email__iexact=address).exclude(pk=volunteer.pk).exists()


def masked(address):
    """'k***@example.org': enough for the person to recognise their own address, not enough to learn someone's."""
    local, _at, domain = address.rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


def request_change(volunteer, address):
    """Store the change and hand it to the queue after commit; the caller answers the same whatever the worker
    decides."""
    token, token_hash = tokens.new_token()
    change = EmailChange.objects.create(
        volunteer=volunteer,
        token_hash=token_hash,
        old_email=volunteer.email,
        new_email=address,
        expires_at=timezone.now() + link_lifetime(),
    )
    transaction.on_commit(partial(hand_to_queue, change.pk, token))


def hand_to_queue(change_id, token):
    from .tasks import send_email_change_link

    try:
        send_email_change_link.delay(change_id, token)
    except Exception as error:
        # Broker down: decide here; a written e-mail then waits in the outbox for the sweep.
        logger.warning(
            "e-mail change #%s handled in the request: broker unavailable (%s)", change_id, type(error).__name__
        )
        send_link(change_id, token)


def confirm_url(token, language):
    """On the site's configured base URL, never the Host a request claimed."""
    with translation.override(language):
        path = reverse("portal:confirm_email", args=[token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_link(change_id, token):
    """The worker's half: mail the link to the new address unless another record holds it.

    Idempotent: the outbox key is the change's, so a retried task never writes a second e-mail. A change to a
    taken address is deleted (nobody holds its token but this task).
    """
    change = (
        EmailChange.objects.filter(pk=change_id, used_at__isnull=True, volunteer__in=eligible_volunteers())
        .select_related("volunteer")
        .first()
    )
    if change is None:
        return
    volunteer = change.volunteer
    if address_taken(change.new_email, volunteer):
        change.delete()
        return
    language = document_language(volunteer)
    with translation.override(language):
        text = render_to_string(
            "portal/emails/email_change.txt",
            {"url": confirm_url(token, language), "minutes": settings.PORTAL_SIGN_IN_LINK_SECONDS // 60},
        )
        subject = gettext("Confirm your new e-mail address")
    queue_email(
        key=f"{EMAIL_KIND}:{change.pk}",
        kind=EMAIL_KIND,
        to=change.new_email,
        subject=subject,
        text=text,
        language=language,
    )


def live_changes(now):
    return EmailChange.objects.filter(used_at__isnull=True, expires_at__gt=now, volunteer__in=eligible_volunteers())


def link_state(token):
    """What a link is now, without using it: shown on the page that asks to confirm."""
    change = (
        EmailChange.objects.filter(token_hash=tokens.digest(token), volunteer__in=eligible_volunteers())
        .select_related("volunteer")
        .first()
    )
    if change is None:
        return LinkState.UNKNOWN
    if change.used_at is not None or change.volunteer.email != change.old_email:
        # Another change was made since: this one can no longer be.
        return LinkState.USED
    if change.expires_at <= timezone.now():
        return LinkState.EXPIRED
    return LinkState.VALID


def use_link(token):
    """Use the link: DONE, TAKEN (another record took the address meanwhile), or the LinkState it is in.

    One atomic update marks it used, so a link works once even when two requests race with it. Making the
    change also ends the record's other pending changes and queues the notice to the old address.
    """
    now = timezone.now()
    with transaction.atomic():
        changes = live_changes(now).filter(token_hash=tokens.digest(token))
        change = changes.first()
        if change is None or not changes.filter(pk=change.pk).update(used_at=now):
            return link_state(token)
        volunteer = Volunteer.objects.select_for_update().filter(pk=change.volunteer_id).first()
        if volunteer is None or volunteer.email != change.old_email:
            return LinkState.USED
        if address_taken(change.new_email, volunteer):
            return TAKEN
        try:
            with transaction.atomic():
                Volunteer.objects.filter(pk=volunteer.pk).update(email=change.new_email)
        except IntegrityError:
            return TAKEN
        log_by_volunteer(volunteer, CONTACT_CHANGED, fields=["email"])
        EmailChange.objects.filter(volunteer=volunteer, used_at__isnull=True).update(used_at=now)
        queue_notice(change, volunteer, now)
    return DONE


def queue_notice(change, volunteer, when):
    """One e-mail to the old address (its key is the change's): when, the new address masked, whom to tell."""
    language = document_language(volunteer)
    contact = coordinators_email()
    with translation.override(language):
        subject = gettext("The e-mail address of your volunteer record has been changed")
        text = render_to_string(
            "portal/emails/email_changed.txt",
            {
                "day": formats.date_format(timezone.localtime(when), "DATE_FORMAT"),
                "new_address": masked(change.new_email),
                "contact": contact,
            },
        )
    queue_email(
        key=f"{NOTICE_KIND}:{change.pk}",
        kind=NOTICE_KIND,
        to=change.old_email,
        subject=subject,
        text=text,
        reply_to=contact,
        language=language,
    )


def forget(volunteer, user=None):
    """The registry's anonymisation hook: pending changes hold addresses."""
    EmailChange.objects.filter(volunteer=volunteer).delete()
