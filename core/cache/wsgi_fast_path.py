"""Cached public pages answered before Django builds its request, signals and middleware.

A hit through Django costs several times the bytes it sends: the request_started/finished signals, the
middleware chain, an HttpResponse. This layer wraps Django's WSGI application and answers a hit
straight from the WSGI environ with the very functions PageCacheMiddleware uses (which requests may use
the cache, the page's key, the generation check, the stored entry), so both layers make the same
decision and send the same status, headers and body. The entry holds the final header list (the
middleware is first in MIDDLEWARE), so a hit is built without touching a header. Everything else, and
anything that raises here (Redis down, an odd request), goes to Django unchanged.
"""

from django.core.handlers.wsgi import WSGIRequest

from .middleware import lookup, may_use_cache, page_cache_seconds, page_key


def cached_entry(environ):
    """The stored page the middleware would serve as a hit for this request, or None."""
    # Cheap first: Django upper-cases the method, so a lower-case one only misses this layer.
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    seconds = page_cache_seconds()
    if not seconds:
        return None
    # A copy: WSGIRequest rewrites PATH_INFO in place, and Django must still see the environ as sent.
    request = WSGIRequest(dict(environ))
    if not may_use_cache(request):
        return None
    # The generation and the page in one round trip to Redis (or the generation alone for a page this worker holds).
    return lookup(page_key(request), seconds)[1]


class CachedPagesFirst:
    """WSGI application: a cache hit answered here, everything else by the wrapped (Django) application."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        try:
            entry = cached_entry(environ)
        except Exception:  # noqa: BLE001 - never a 500 from here: Django answers (and logs) as it would anyway
            entry = None
        if entry is None:
            return self.application(environ, start_response)
        _generation, status_line, headers, content, _stamp = entry
        start_response(status_line, list(headers))
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else content]
