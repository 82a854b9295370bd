"""Pages that show free places are built for every request, never served from the shared page cache.

Free places change with each sign-up, and sign-ups are registry data: they do not bump the page-cache
generation (bumping it would throw away every cached page of the site on each sign-up, thousands of times
in a sign-up rush). So the pages that count places (an opportunity, the listing) are marked `no-cache`:
the shared page cache (website/cache/middleware.py) does not store them, a CDN or browser revalidates
them, and each view counts the places again. What does not change with sign-ups (the text, the filter
form's choices, routing) is still kept: in fragment caches and per-generation memos, so a view costs a
few queries (see tests/opportunities/test_freshness.py and bench/opportunities_listing.py).
"""

from django.utils.cache import patch_cache_control, patch_vary_headers


class FreshAvailabilityMixin:
    """For page types that show free places: responses are never stored by a shared cache without revalidation."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.get("Content-Type", "").startswith("text/html"):
            patch_cache_control(response, no_cache=True, max_age=0)
            # An editor's view (with the user bar) must never be given to anyone else.
            patch_vary_headers(response, ("Cookie",))
        return response
