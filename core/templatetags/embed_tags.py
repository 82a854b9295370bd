"""Embedded media that cannot slow every page down while its provider is unreachable.

Wagtail stores a fetched embed in the database but retries a failed one on each render, up to
its 10 s timeout; here a failure is remembered for a few minutes, and the page shows a link instead.
"""

import hashlib

from django import template
from django.core.cache import cache
from wagtail.embeds.format import embed_to_frontend_html

register = template.Library()

FAILURE_SECONDS = 600


@register.simple_tag
def embed_html(value):
    """The provider's HTML for an EmbedBlock value, or "" when it is not to be had (recently)."""
    if not value or not getattr(value, "url", ""):
        return ""
    key = "embed-failed:" + hashlib.sha256(value.url.encode()).hexdigest()
    if cache.get(key):
        return ""
    html = embed_to_frontend_html(value.url, value.max_width, value.max_height)
    if not html:
        cache.set(key, True, FAILURE_SECONDS)
    return html
