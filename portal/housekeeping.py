"""Rows that can no longer be used are deleted: sign-in links and e-mail address changes a day after expiry,
sessions a day after they end."""

import datetime

from django.db.models import Q
from django.utils import timezone

from .models import EmailChange, SignInLink, VolunteerSession
from .sessions import absolute_limit, idle_limit

GRACE = datetime.timedelta(days=1)


def purge(now=None):
    """Returns (links deleted, sessions deleted); links count sign-in links and e-mail address changes."""
    now = now or timezone.now()
    links = SignInLink.objects.filter(expires_at__lt=now - GRACE).delete()[0]
    # They hold both addresses: kept only while a used or expired link can still be explained on its page.
    links += EmailChange.objects.filter(expires_at__lt=now - GRACE).delete()[0]
    sessions = VolunteerSession.objects.filter(
        Q(ended_at__lt=now - GRACE)
        | Q(last_seen_at__lt=now - idle_limit() - GRACE)
        | Q(created_at__lt=now - absolute_limit() - GRACE)
    ).delete()[0]
    return links, sessions
