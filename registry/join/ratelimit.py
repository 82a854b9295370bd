"""A fixed-window counter in the shared cache, so a limit holds across every app server.

The counters live in their own cache alias, "ratelimit" (website/settings/base.py): a flood that fills the
page cache and makes Redis evict keys must not reset them.
"""

import hashlib
import logging
import time

from django.core.cache import caches

logger = logging.getLogger("registry.join")

CACHE_ALIAS = "ratelimit"


def parse_rate(rate):
    """ "5/600" → (5, 600): at most 5 hits per 600 seconds."""
    count, _, seconds = str(rate).partition("/")
    return int(count), int(seconds or 60)


def seconds_left(window):
    """Seconds until the current fixed window ends: when a refused client may try again."""
    return max(1, int(window - time.time() % window))


def _key(scope, ident, window):
    bucket = int(time.time() // window)
    # Hashed so raw client addresses never sit in the cache.
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}:{bucket}"


def _count(key, window):
    """Add one hit to `key` and return the total, or None when the cache is unavailable."""
    cache = caches[CACHE_ALIAS]
    try:
        cache.add(key, 0, timeout=window)
        try:
            return cache.incr(key)
        except ValueError:
            # The key expired between add() and incr(): this hit starts a new window.
            cache.set(key, 1, timeout=window)
            return 1
    except Exception:
        # A cache that swallows its own errors (django-redis IGNORE_EXCEPTIONS) answers None too.
        return None


def allow(scope, ident, limit, window):
    """Count one hit for `ident` and say whether it is still within `limit` hits per `window` seconds.

    Fails open: if the cache is down, the visitor is let through and the outage is logged.
    """
    hits = _count(_key(scope, ident, window), window)
    if hits is None:
        logger.warning("rate limit cache unavailable for %s; allowing the request", scope)
        return True
    return hits <= limit


def reserve(scope, ident, limit, window):
    """Like allow(), but a refused hit is given back: only what is let through counts towards the limit.

    The check and the count are one atomic increment, so simultaneous requests cannot overshoot the limit.
    """
    key = _key(scope, ident, window)
    hits = _count(key, window)
    if hits is None:
        logger.warning("rate limit cache unavailable for %s; allowing the request", scope)
        return True
    if hits <= limit:
        return True
    try:
        caches[CACHE_ALIAS].decr(key)
    except Exception:  # noqa: BLE001 - the key expired or the cache went away: nothing is left to give back
        logger.debug("rate limit hit for %s could not be given back", scope)
    return False
