"""Values derived from content, kept in each worker's memory while the cache generation stays the same.

The route of an address, the private sections, a listing's count: each costs a query, changes only when
content changes, and every such change bumps the generation (core/cache/signals.py). Keyed by the
generation read once per request, they are recomputed on every app server on the next request after a
change. When the shared cache does not answer there is no generation, and nothing is kept.

Values are shared between requests: store ids, paths, tuples and bytes, and treat them as read-only.
"""

import threading
from collections import OrderedDict
from contextvars import ContextVar

from django.core.signals import request_finished, request_started

from . import generation

# Bounded: addresses are memoised too, and anyone can ask for any number of them.
MAX_ENTRIES = 5000

_MISSING = object()  # outside a request: read the generation every time (a shell, a command)
_UNREAD = object()  # in a request that has not read it yet
_lock = threading.Lock()
_entries = OrderedDict()
_state = {"generation": None}
# The generation of the request being served: read once (or handed over by the page cache's middleware),
# then reused by everything that renders the request, templates included. Reset when a request starts and ends.
_request_generation = ContextVar("request_generation", default=_MISSING)


def _start(**kwargs):
    _request_generation.set(_UNREAD)


def _forget(**kwargs):
    _request_generation.set(_MISSING)


request_started.connect(_start, dispatch_uid="memo-forget-started")
request_finished.connect(_forget, dispatch_uid="memo-forget-finished")


def request_generation():
    """The generation for the request being served: read from the shared cache once per request."""
    value = _request_generation.get()
    if value is _MISSING:
        return generation.current()
    if value is _UNREAD:
        value = generation.current()
        _request_generation.set(value)
    return value


def use_generation(value):
    """The generation the page cache already read for this request, so it is not asked for again."""
    if value is not None and _request_generation.get() is not _MISSING:
        _request_generation.set(value)


def memoised(key, compute):
    """compute() once per generation and worker; computed every time when the cache does not answer."""
    current = request_generation()
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
    _forget()
