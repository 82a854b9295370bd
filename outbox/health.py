"""What /healthz says about the outbox: how long the oldest e-mail has waited (core/health.py asks)."""

from django.utils import timezone

from .models import Email


def figures():
    return {"oldest_waiting_email_seconds": oldest_waiting_seconds()}


def oldest_waiting_seconds(now=None):
    """Seconds since the oldest e-mail still waiting was queued; 0 when none waits."""
    oldest = (
        Email.objects.filter(state=Email.State.QUEUED).order_by("created_at").values_list("created_at", flat=True)
    ).first()
    if oldest is None:
        return 0
    return max(0, int(((now or timezone.now()) - oldest).total_seconds()))
