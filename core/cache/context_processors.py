"""What templates key their fragment caches with: `fragment_generation` and `fragment_seconds`.

Fragments are cached with Wagtail's preview-aware tags (a preview never reads or stores one):

    {% wagtailpagecache fragment_seconds news_article LANGUAGE_CODE fragment_generation %}

`fragment_generation` is the cache generation (core/cache/generation.py), read once per request and only
when a fragment asks, so a fragment is dropped on every app server by the same changes that drop cached
pages (core/cache/signals.py). Keyed by it, fragments can be kept long: `fragment_seconds` only bounds
how long an unused one stays.
"""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from . import memo

FRAGMENT_SECONDS = 24 * 60 * 60


def _generation():
    value = memo.request_generation()
    # Without a generation (the cache does not answer) the fragment cache is empty anyway (generational.py).
    return "none" if value is None else value


def fragment_cache(request):
    return {
        "fragment_generation": SimpleLazyObject(_generation),
        "fragment_seconds": getattr(settings, "FRAGMENT_CACHE_SECONDS", FRAGMENT_SECONDS),
    }
