"""`{% page_cache_generation as generation %}`: the current generation, to key fragment caches with.

A fragment cached with it, e.g. `{% cache seconds footer LANGUAGE_CODE generation %}`, is dropped on
every app server by the same changes that drop cached pages (website/cache/signals.py).
"""

from django import template

from website.cache import generation

register = template.Library()


@register.simple_tag
def page_cache_generation():
    return generation.current() or "none"
