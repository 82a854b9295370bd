"""A coordinator's message to the people on a shift: one outbox row per person, once per form token."""

from django.db import transaction

from outbox.models import Email

from . import audit, notifications
from .models import Signup


def recipients(shift, include_waiting=False):
    states = [Signup.State.CONFIRMED] + ([Signup.State.WAITING] if include_waiting else [])
    return (
        Signup.objects.filter(shift=shift, state__in=states, volunteer__anonymised_at__isnull=True)
        .exclude(volunteer__email="")
        .select_related("volunteer", "shift__opportunity")
    )


def already_sent(token):
    return Email.objects.filter(key__startswith=f"opportunities.message:{token}:").exists()


def message_shift(shift, token, subject, text, by, include_waiting=False):
    """Queue the message to each person and log who sent it to how many (no addresses).

    The token comes from the form: a resubmitted form finds its messages queued and sends nothing (returns None).
    Otherwise returns how many people were written to.
    """
    with transaction.atomic():
        if already_sent(token):
            return None
        people = list(recipients(shift, include_waiting))
        for signup in people:
            notifications.send_message(signup, token, subject, text)
        audit.log_message(shift, by, recipients=len(people))
        return len(people)
