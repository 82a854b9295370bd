"""Values derived from content, kept in each worker's memory while the cache generation stays the same.

The site for a host, the home page of each language, where an address leads, the private sections: each
costs a query, changes only when content changes, and every such change bumps the generation
(website/cache/signals.py). Keyed by the generation read once per request, they are recomputed on every app
server on the next request after a change. When the shared cache does not answer there is no generation,
and nothing is kept.

Values are shared between requests: store ids, paths and tuples, and treat them as read-only.
"""

import threading
from collections import OrderedDict
from contextvars import ContextVar

from django.core.signals import request_finished, request_started

from . import generation

# Bounded: addresses are memoised too, and anyone can ask for any number of them.
MAX_ENTRIES = 5000

_MISSING = object()
_lock = threading.Lock()
_entries = OrderedDict()
_state = {"generation": None}
# The generation of the request being served (set by website.routing.serve), for code that has no request
# (models, cache backends). It lasts until the request ends: templates render after the view returns.
_request_generation = ContextVar("request_generation", default=_MISSING)


def _forget(**kwargs):
    _request_generation.set(_MISSING)


request_started.connect(_forget, dispatch_uid="memo-forget-started")
request_finished.connect(_forget, dispatch_uid="memo-forget-finished")


def request_generation(request=None):
    """The generation for this request: read from the shared cache once, then kept on the request."""
    if request is not None:
        if not hasattr(request, "_cache_generation"):
            value = _request_generation.get()
            request._cache_generation = generation.current() if value is _MISSING else value
        return request._cache_generation
    value = _request_generation.get()
    return generation.current() if value is _MISSING else value


def use_generation(request, value):
    """The generation the page cache already read for this request, so it is not asked for again."""
    if value is not None:
        request._cache_generation = value


def bind(request):
    """Makes the request's generation the one used without a request, until the request ends."""
    _request_generation.set(request_generation(request))


def memoised(key, compute, request=None):
    """compute() once per generation and worker; computed every time when the cache does not answer."""
    current = request_generation(request)
    if current is None:
        return compute()
    with _lock:
        if _state["generation"] != current:
            _entries.clear()
            _state["generation"] = current
        value = _entries.get(key, _MISSING)
        if value is not _MISSING:
            _entries.move_to_end(key)
            return value
    value = compute()
    with _lock:
        # A request that read an older generation must not store its value under the new one.
        if _state["generation"] == current:
            _entries[key] = value
            if len(_entries) > MAX_ENTRIES:
                _entries.popitem(last=False)
    return value


def clear():
    with _lock:
        _entries.clear()
        _state["generation"] = None
