"""queue_email(): the one way the site sends e-mail."""

import logging
from functools import partial

from django.db import transaction
from django.utils import timezone

from .delivery import LEASE
from .models import Email
from .rendering import sender, text_to_html

logger = logging.getLogger("outbox")


def queue_email(*, key, kind, to, subject, text, html=None, reply_to="", language=None, from_email=None, headers=None):
    """Store an e-mail in the caller's transaction and send it after commit; return its row.

    `key` makes it idempotent: a second call with the same key returns the first row and sends nothing more.
    `html` defaults to the text's paragraphs in the site's look; `from_email` to the programme's name in
    `language` with DEFAULT_FROM_EMAIL's address.
    """
    email, created = Email.objects.get_or_create(
        key=key,
        defaults={
            "kind": kind,
            "to": to,
            "from_email": from_email or sender(language),
            "reply_to": reply_to or "",
            "subject": subject,
            "body_text": text,
            "body_html": text_to_html(text, subject, language) if html is None else html,
            "headers": headers or {},
            # The after-commit dispatch is the first try; the sweep steps in only if that never ran.
            "next_attempt_at": timezone.now() + LEASE,
        },
    )
    if created:
        transaction.on_commit(partial(dispatch, email.pk))
    return email


def dispatch(email_id):
    """Hand one e-mail to the workers; if the broker is down the row waits for the sweep, nothing is lost."""
    from .tasks import deliver

    try:
        deliver.delay(email_id)
    except Exception as error:
        # Due at once: the first sweep after the broker is back sends it.
        Email.objects.filter(pk=email_id, state=Email.State.QUEUED).update(next_attempt_at=timezone.now())
        logger.warning("e-mail #%s left for the sweep: broker unavailable (%s)", email_id, type(error).__name__)
