"""`{% page_cache_generation as generation %}`: the current generation, to key fragment caches with.

A fragment cached with it, e.g. `{% cache seconds footer LANGUAGE_CODE generation %}` with
`{% fragment_cache_seconds as seconds %}`, is dropped on every app server by the same changes that
drop cached pages (website/cache/signals.py).
"""

from django import template
from django.conf import settings

from website.cache import generation

register = template.Library()


@register.simple_tag
def page_cache_generation():
    return generation.current() or "none"


@register.simple_tag
def fragment_cache_seconds():
    """How long fragments may be cached: as long as pages, and not at all when the page cache is off."""
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)
