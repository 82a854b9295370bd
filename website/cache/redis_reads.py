"""The page cache's reads from Redis, on one connection per worker when the cache allows it.

A hit needs one read, and redis-py's command layer (connection pool, retries, observability hooks)
with django-redis around it costs about as much CPU as the round trip itself. So, when the cache is a
plain django-redis one, the read is sent on a connection this worker keeps for it: same server,
database, credentials and key names as the cache; values decoded by django-redis. A read can also be
sent first and collected later (send), so the WSGI layer works while Redis answers. Any failure
drops the connection and pauses this way of reading for a few seconds; read() then goes through the
cache API, which fails open.
"""

import os
import threading
import time

from django.core.cache import cache, caches
from django_redis.cache import RedisCache
from django_redis.client import DefaultClient
from redis.connection import ConnectionPool

PAUSE_AFTER_FAILURE_SECONDS = 5.0

_state = threading.local()


def _backend():
    """The django-redis client when the cache is a plain one (not a subclass, one server or replicas), else None."""
    backend = caches["default"]
    if type(backend) is RedisCache and type(backend.client) is DefaultClient:
        return backend.client
    return None


def _connection(client):
    """This worker's connection for client, a new one after a fork or a settings change; None if not possible."""
    if getattr(_state, "client", None) is not client or _state.pid != os.getpid():
        # A connection made before gunicorn forks must not be shared by the workers.
        _state.client, _state.pid, _state.connection, _state.paused_until = client, os.getpid(), None, 0
    if _state.paused_until > time.monotonic():
        return None
    if _state.connection is not None and _state.awaiting_reply:
        # A reply was never collected: the next one read would belong to another command.
        _drop(pause=False)
    if _state.connection is None:
        pool = client.get_client(write=False).connection_pool
        if type(pool) is not ConnectionPool:
            return None
        _state.connection, _state.awaiting_reply = pool.connection_class(**pool.connection_kwargs), False
    return _state.connection


def _drop(pause=True):
    _state.connection.disconnect()
    _state.connection = None
    if pause:
        _state.paused_until = time.monotonic() + PAUSE_AFTER_FAILURE_SECONDS


def send(keys):
    """Sends MGET keys now; returns a function giving the values (None for a missing key), or None on failure.

    None instead of the function when this way of reading is not available. The function must be
    called before anything else is read from Redis on this thread.
    """
    client = _backend()
    connection = _connection(client) if client is not None else None
    if connection is None:
        return None
    try:
        connection.send_command("MGET", *(client.make_key(key) for key in keys))
    except Exception:  # noqa: BLE001 - Redis down or odd: the caller reads through the cache API instead
        _drop()
        return None
    _state.awaiting_reply = True

    def collect():
        if _state.connection is not connection:
            return None
        try:
            values = connection.read_response()
            _state.awaiting_reply = False
            return [None if value is None else client.decode(value) for value in values]
        except Exception:  # noqa: BLE001 - as above
            _drop()
            return None

    return collect


def read(keys):
    """The values cached under keys (None for a missing one): one round trip; [None, ...] when Redis is down."""
    collect = send(keys)
    values = collect() if collect is not None else None
    if values is None:
        # django-redis answers {} when Redis is down (IGNORE_EXCEPTIONS).
        found = cache.get_many(keys)
        values = [found.get(key) for key in keys]
    return values
