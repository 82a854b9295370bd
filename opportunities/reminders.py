"""Shift reminders a day before: run often by beat (and by hand as a command); each person is reminded once.

The outbox key carries the shift and the sign-up, so beat running twice, or the command after it, sends one.
"""

import datetime

from django.utils import timezone

from . import notifications
from .models import Signup

REMINDER_AHEAD = datetime.timedelta(hours=24)


def due_reminders(now=None):
    """Confirmed sign-ups for shifts starting within the next 24 hours (not cancelled, not begun)."""
    now = now or timezone.now()
    return Signup.objects.filter(
        state=Signup.State.CONFIRMED,
        shift__cancelled_at__isnull=True,
        shift__starts_at__gt=now,
        shift__starts_at__lte=now + REMINDER_AHEAD,
    ).select_related("volunteer", "shift__opportunity")


def send_shift_reminders(now=None):
    """Queue the due reminders; returns how many sign-ups were due (already-sent ones are not sent again)."""
    due = list(due_reminders(now))
    for signup in due:
        notifications.remind(signup)
    return len(due)
