"""The health endpoint load balancers probe: is the database there, do the cache and the task broker answer.

Apps add their own figures through the `health_figures` Wagtail hook: a function returning a dict, asked
only while the database answers (the outbox reports its oldest waiting e-mail, outbox/wagtail_hooks.py).
"""

import uuid

from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from wagtail import hooks

PROBE_KEY = "healthz:probe"
BROKER_PROBE_TIMEOUT = 1


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_answers():
    # The cache fails open (errors read as misses), so ask it to give back what was just put in.
    token = uuid.uuid4().hex
    cache.set(PROBE_KEY, token, 10)
    return cache.get(PROBE_KEY) == token


def broker_status():
    """ "ok", "unavailable", or "in-process" when tasks run where they are asked for (no broker)."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "in-process"
    try:
        with current_app.connection_for_read() as broker:
            broker.ensure_connection(max_retries=1, timeout=BROKER_PROBE_TIMEOUT)
    except Exception:
        return "unavailable"
    return "ok"


@never_cache
def healthz(request):
    """200 while the database answers, 503 when it does not; the cache and the queue are reported, never fatal."""
    database_ok = database_answers()
    body = {
        "database": "ok" if database_ok else "unavailable",
        "cache": "ok" if cache_answers() else "unavailable",
        "broker": broker_status(),
    }
    if database_ok:
        for figures in hooks.get_hooks("health_figures"):
            body.update(figures())
    return JsonResponse(body, status=200 if database_ok else 503)
