"""`{% page_cache_generation as generation %}`: the current generation, to key fragment caches with.

A fragment cached with it, e.g. `{% cache seconds footer LANGUAGE_CODE generation %}`, is dropped on
every app server by the same changes that drop cached pages (website/cache/signals.py). It is read from
the shared cache once per request, however many fragments ask.
"""

import uuid

from django import template

from website.cache import memo

register = template.Library()


@register.simple_tag(takes_context=True)
def page_cache_generation(context):
    request = context.get("request")
    if getattr(request, "is_preview", False):
        # A preview shows a draft under the live page's id: it must not read the live page's fragments. Its own
        # are stored for 0 seconds (site_tags.page_fragment_seconds), so a key of its own leaves nothing behind.
        return f"preview-{uuid.uuid4().hex}"
    value = memo.request_generation(request)
    return "none" if value is None else value
