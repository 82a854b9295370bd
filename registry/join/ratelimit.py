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


def allow(scope, ident, limit, window):
    """Count one hit for `ident` and say whether it is still within `limit` hits per `window` seconds.

    Fails open: if the cache is down, the visitor is let through and the outage is logged.
    """
    bucket = int(time.time() // window)
    # Hashed so raw client addresses never sit in the cache.
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}:{bucket}"
    cache = caches[CACHE_ALIAS]
    try:
        cache.add(key, 0, timeout=window)
        try:
            hits = cache.incr(key)
        except ValueError:
            # The key expired between add() and incr(): this hit starts a new window.
            cache.set(key, 1, timeout=window)
            hits = 1
    except Exception:
        hits = None
    if hits is None:
        # A cache that swallows its own errors (django-redis IGNORE_EXCEPTIONS) answers None.
        logger.warning("rate limit cache unavailable for %s; allowing the request", scope)
        return True
    return hits <= limit
