"""Sending one stored e-mail, at most once per row, and the back-off between tries."""

import logging
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from .models import Email

logger = logging.getLogger("outbox")

# Waits after the 1st, 2nd, … failed try: seven tries over about 21 hours, then the row is "failed".
BACKOFF = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
    timedelta(hours=12),
]
MAX_ATTEMPTS = len(BACKOFF) + 1
# How long a row handed to the workers is left alone by the sweep.
LEASE = timedelta(minutes=5)

# Sent inside the transaction that records the e-mail as sent (e.g. the registry's confirmation flag).
email_sent = Signal()


def build_message(email):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_email,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
        headers=email.headers or None,
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    return message


def deliver(email_id):
    """Send the row if it is still waiting; return "sent", "failed" or "skipped".

    The row stays locked while the mail server is talked to and is marked sent in the same transaction,
    so two workers (a redelivered task, the sweep) never both send it; a row already sent is left alone.
    The try is written before sending: a database that refuses writes (SQLite busy with another process)
    fails the try before the mail server is contacted, not after, when the rolled-back row would be sent again.
    """
    with transaction.atomic():
        email = Email.objects.select_for_update(skip_locked=True).filter(pk=email_id, state=Email.State.QUEUED).first()
        if email is None:
            return "skipped"
        now = timezone.now()
        email.attempts += 1
        email.save(update_fields=["attempts"])
        try:
            build_message(email).send()
        except Exception as error:
            # The class only: an SMTP error's text can quote the recipient's address.
            email.last_error = type(error).__name__[:100]
            if email.attempts >= MAX_ATTEMPTS:
                email.state = Email.State.FAILED
            else:
                email.next_attempt_at = now + BACKOFF[email.attempts - 1]
            email.save(update_fields=["attempts", "last_error", "state", "next_attempt_at"])
            logger.warning("e-mail #%s (%s) try %s failed: %s", email.pk, email.kind, email.attempts, email.last_error)
            return "failed"
        email.state = Email.State.SENT
        email.sent_at = now
        email.save(update_fields=["attempts", "state", "sent_at"])
        email_sent.send(sender=Email, email=email)
        return "sent"


def due_emails(now=None, limit=500):
    return Email.objects.filter(state=Email.State.QUEUED, next_attempt_at__lte=now or timezone.now()).order_by(
        "next_attempt_at"
    )[:limit]


def take_due(now=None, limit=500):
    """The ids of waiting e-mails whose try is due, each leased so the next sweep does not hand it out again."""
    now = now or timezone.now()
    ids = list(due_emails(now, limit).values_list("pk", flat=True))
    Email.objects.filter(pk__in=ids, state=Email.State.QUEUED).update(next_attempt_at=now + LEASE)
    return ids


def try_again(email):
    """A coordinator's "try again" on an undelivered e-mail: a fresh set of tries, starting now."""
    from .api import dispatch

    updated = Email.objects.filter(pk=email.pk, state=Email.State.FAILED).update(
        state=Email.State.QUEUED, attempts=0, next_attempt_at=timezone.now() + LEASE
    )
    if updated:
        transaction.on_commit(lambda: dispatch(email.pk))
    return bool(updated)


def purge_old(days):
    """Delete sent and failed e-mails older than `days` (they carry addresses); waiting ones are kept."""
    cutoff = timezone.now() - timedelta(days=days)
    done = Email.objects.filter(state__in=[Email.State.SENT, Email.State.FAILED], created_at__lt=cutoff)
    return done.delete()[0]
