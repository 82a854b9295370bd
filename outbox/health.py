"""What /healthz says about the task queue: does the broker answer, how long has the oldest e-mail waited."""

from django.conf import settings
from django.utils import timezone

from .models import Email

PROBE_TIMEOUT = 1


def broker_status():
    """ "ok", "unavailable", or "in-process" when tasks run where they are asked for (no broker)."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "in-process"
    from website.celery import app

    try:
        with app.connection_for_read() as connection:
            connection.ensure_connection(max_retries=1, timeout=PROBE_TIMEOUT)
    except Exception:
        return "unavailable"
    return "ok"


def oldest_waiting_seconds(now=None):
    """Seconds since the oldest e-mail still waiting was queued; 0 when none waits."""
    oldest = (
        Email.objects.filter(state=Email.State.QUEUED).order_by("created_at").values_list("created_at", flat=True)
    ).first()
    if oldest is None:
        return 0
    return max(0, int(((now or timezone.now()) - oldest).total_seconds()))
