"""The cache generation: one counter in the shared cache, stored with every cached page.

A page is served only while its generation is the current one, so bumping the counter makes every
stored page stale on every app server at once (read with the page in one round trip). That throws away
the whole page cache on each change, which is simple and correct; pages are rebuilt on demand.
"""

import threading
import time

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "pagecache:generation"


def _fresh_value():
    # Milliseconds since the epoch: if the counter is ever lost (eviction, Redis restart)
    # the new value cannot collide with an older generation whose pages are still stored.
    return int(time.time() * 1000)


def current():
    """The generation to key pages with, or None when the cache does not answer."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _fresh_value(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


_recent = threading.local()


def _reusable():
    """The value this worker read lately, while PAGE_CACHE_GENERATION_REUSE_MS allows reusing it; else None."""
    if getattr(settings, "PAGE_CACHE_GENERATION_REUSE_MS", 0) and getattr(_recent, "until", 0) > time.monotonic():
        return _recent.value
    return None


def _remember(value):
    reuse_ms = getattr(settings, "PAGE_CACHE_GENERATION_REUSE_MS", 0)
    if reuse_ms and value is not None:
        _recent.value, _recent.until = value, time.monotonic() + reuse_ms / 1000


def shared_or_recent():
    """The generation in the shared cache, or None when it has none or does not answer.

    PAGE_CACHE_GENERATION_REUSE_MS > 0 lets a worker reuse the value it read that many milliseconds
    ago instead of asking Redis on every hit: faster, but a change then shows up to that much later.
    """
    value = _reusable()
    if value is None:
        value = cache.get(GENERATION_KEY)
        _remember(value)
    return value


def shared_with(key):
    """(the generation as shared_or_recent gives it, the value stored under key): one round trip (MGET)."""
    value = _reusable()
    if value is not None:
        return value, cache.get(key)
    # django-redis answers {} when Redis is down (IGNORE_EXCEPTIONS): (None, None).
    found = cache.get_many([GENERATION_KEY, key])
    value = found.get(GENERATION_KEY)
    _remember(value)
    return value, found.get(key)


def bump():
    try:
        value = cache.incr(GENERATION_KEY)
    except ValueError:
        value = None
    if value is None:
        # Missing counter, or the cache is down (django-redis then answers None).
        cache.set(GENERATION_KEY, _fresh_value(), timeout=None)
