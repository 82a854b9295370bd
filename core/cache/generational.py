"""A cache in each worker's own memory whose entries last only while the cache generation stays the same.

For what is derived from content and asked for many times a request: template fragments and image
renditions. Django's default would send each to Redis (Wagtail even writes every rendition it shows back to
the cache); here each is a dictionary lookup. Every change that could make an entry stale bumps the
generation (core/cache/signals.py), which empties this cache on every worker at its next request. With
no generation (the shared cache does not answer) nothing is kept, so nothing stale can be served.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

from . import memo


class GenerationalLocMemCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        self._generation = None

    def _current(self):
        """Whether entries may be used now; empties the cache when the generation has changed."""
        current = memo.request_generation()
        if current is None:
            return False
        if current != self._generation:
            self.clear()
            self._generation = current
        return True

    def get(self, key, default=None, version=None):
        return super().get(key, default, version) if self._current() else default

    def get_many(self, keys, version=None):
        return super().get_many(keys, version) if self._current() else {}

    def has_key(self, key, version=None):
        return self._current() and super().has_key(key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self._current():
            super().set(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if not self._current():
            return False
        return super().add(key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        if self._current():
            super().set_many(data, timeout, version)
        return []
