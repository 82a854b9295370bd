"""The health endpoint load balancers probe: is the database there, do the cache and the task broker answer."""

import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from outbox import health as queue_health

PROBE_KEY = "healthz:probe"


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


@never_cache
def healthz(request):
    """200 while the database answers, 503 when it does not; the cache and the queue are reported, never fatal."""
    database_ok = database_answers()
    body = {
        "database": "ok" if database_ok else "unavailable",
        "cache": "ok" if cache_answers() else "unavailable",
        "broker": queue_health.broker_status(),
    }
    if database_ok:
        body["oldest_waiting_email_seconds"] = queue_health.oldest_waiting_seconds()
    return JsonResponse(body, status=200 if database_ok else 503)
