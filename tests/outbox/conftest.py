"""A real Celery worker on Redis for the queue's own tests (marked "worker"); skipped where Redis is absent."""

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.db import connection

# Its own Redis database (website/settings/test.py), emptied before each test: the tests read what is left in it.
BROKER_URL = settings.CELERY_BROKER_URL


@pytest.fixture
def redis_broker():
    if connection.vendor != "postgresql":
        pytest.skip("a worker in another thread needs a database shared between connections (PostgreSQL)")
    client = redis.Redis.from_url(BROKER_URL, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip(f"needs Redis at {BROKER_URL} (CELERY_TEST_BROKER_URL)")
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def celery_worker(redis_broker):
    """The site's Celery app, switched from in-process tasks to the Redis broker, with one worker thread."""
    from website.celery import app

    app.conf.update(task_always_eager=False)
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10, loglevel="WARNING"):
            yield app
    finally:
        app.conf.update(task_always_eager=True)
