"""Narrower than the generation: a page may also depend on a *scope*, a counter of its own in the shared cache.

The generation drops every cached page of the site; that suits content, which changes a few times a day.
Some pages also show data that changes far more often (an opportunity's free places change with every sign-up,
thousands of times in a sign-up rush): bumping the generation for it would keep the whole site cold. Such a page
names a scope instead. The view reads the scope's counter before it builds the page (`read_for`) and hands the
value to the middleware with the response (`attach`); the page is stored with it and served only while the
counter still holds that value (`still_current`, one round trip to Redis on a hit). Whatever changes the data
calls `changed(scope)`: at once and after its transaction commits, as core/cache/signals.py bumps the
generation, so a page rebuilt meanwhile from the old data is not kept. Only the pages of that scope go cold.

A scope's stamp is read only for a request the page cache may serve; with no answer from the cache there is no
stamp and the page is not stored, so nothing stale can be served.
"""

import time

from django.core.cache import cache
from django.db import transaction

KEY_PREFIX = "pagecache:scope:"
# The attribute of the HttpResponse that carries the stamp from the view to the middleware.
RESPONSE_ATTRIBUTE = "page_cache_scopes"


def key(scope):
    return KEY_PREFIX + scope


def _fresh_value():
    # As generation.py: a lost counter restarts from the clock, never from a value an old page was stored with.
    return int(time.time() * 1000)


def read(scopes):
    """{counter key: value} of the named scopes (started when missing), or None when the cache does not answer."""
    keys = [key(scope) for scope in scopes]
    found = cache.get_many(keys)
    missing = [name for name in keys if found.get(name) is None]
    if missing:
        for name in missing:
            cache.add(name, _fresh_value(), timeout=None)
        found = cache.get_many(keys)
    if any(found.get(name) is None for name in keys):
        return None
    return {name: found[name] for name in keys}


def read_for(request, scopes):
    """The stamp to build this request's page with, or None when the page cache would not serve the request."""
    from .middleware import may_use_cache, page_cache_seconds

    if not page_cache_seconds() or not may_use_cache(request):
        return None
    return read(scopes)


def attach(response, stamp):
    """Hand the stamp read before the page was built to the page cache's middleware."""
    if stamp:
        setattr(response, RESPONSE_ATTRIBUTE, dict(stamp))
    return response


def stamp_of(response):
    return getattr(response, RESPONSE_ATTRIBUTE, None)


def still_current(stamp):
    """Whether every counter still holds the value the page was built with (no stamp: nothing to check)."""
    if not stamp:
        return True
    found = cache.get_many(list(stamp))
    return all(found.get(name) == value for name, value in stamp.items())


def bump(scope):
    name = key(scope)
    try:
        value = cache.incr(name)
    except ValueError:
        value = None
    if value is None:
        # Missing counter, or the cache is down (django-redis then answers None).
        cache.set(name, _fresh_value(), timeout=None)


def changed(scope):
    """The scope's data changed: its pages are stale now, and again once the change is committed."""
    bump(scope)
    transaction.on_commit(lambda: bump(scope))
