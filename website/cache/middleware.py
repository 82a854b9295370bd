"""Serves anonymous GETs of public pages from the shared cache and sets CDN-friendly headers.

Placed right after SecurityMiddleware, so a hit skips everything else (CSP, sessions, CSRF, auth, the
view). A visitor without a session cookie cannot be logged in, so only such requests use the cache;
what is stored is the response exactly as the rest of the stack produced it, headers included.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import generation
from .local import LocalPages

PRIVATE_PREFIXES = ("/admin/", "/django-admin/", "/healthz")
# The hottest pages, per worker process (PAGE_CACHE_LOCAL_ENTRIES, 0 turns it off).
LOCAL_PAGES = LocalPages(getattr(settings, "PAGE_CACHE_LOCAL_ENTRIES", 100))


def page_cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def is_public_path(path):
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


def is_private_path(path):
    return path.startswith(PRIVATE_PREFIXES)


def may_use_cache(request):
    """Only anonymous visitors (no session, no pending messages) asking for a public page."""
    return (
        request.method in ("GET", "HEAD")
        and is_public_path(request.path)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "preview" not in request.GET
    )


def may_store(request, response):
    """A response is shared only if nothing in it belongs to this one visitor."""
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.META.get("CSRF_COOKIE_USED")
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


def page_key(request):
    # The full address (host, path with its language prefix, query) identifies the page.
    address = request.build_absolute_uri()
    digest = hashlib.sha256(address.encode()).hexdigest()
    language = request.path.split("/", 2)[1]
    return f"pagecache:{language}:{digest}"


def set_public_headers(response):
    patch_cache_control(
        response,
        public=True,
        max_age=getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60),
        s_maxage=getattr(settings, "PAGE_CACHE_CDN_SECONDS", 300),
    )
    # A logged-in visitor sees the editor's bar: caches must keep the two apart.
    patch_vary_headers(response, ("Cookie",))


def freeze(response, current_generation):
    return (current_generation, response.status_code, list(response.items()), response.content)


def thaw(entry, request):
    _generation, status, headers, content = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def lookup(key, seconds):
    """The current generation, and the stored page if it belongs to it (from this worker's memory if it can)."""
    current_generation = generation.shared_or_recent()
    if current_generation is None:
        return generation.current(), None
    entry = LOCAL_PAGES.get(key, current_generation)
    if entry is None:
        entry = cache.get(key)
        if entry is None or entry[0] != current_generation:
            return current_generation, None
        LOCAL_PAGES.put(key, entry, seconds)
    return current_generation, entry


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = page_cache_seconds()
        if not seconds or not may_use_cache(request):
            return set_cache_headers(request, self.get_response(request))

        key = page_key(request)
        current_generation, entry = lookup(key, seconds)
        if entry is not None:
            response = thaw(entry, request)
            response["X-Cache"] = "HIT"
            return response

        response = set_cache_headers(request, self.get_response(request))
        # Stored under the generation read before the page was built: a change made meanwhile wins.
        if current_generation is not None and may_store(request, response):
            entry = freeze(response, current_generation)
            cache.set(key, entry, seconds)
            LOCAL_PAGES.put(key, entry, seconds)
        response["X-Cache"] = "MISS"
        return response


def set_cache_headers(request, response):
    """Public pages may be kept by a CDN; admin, forms and an editor's view of a page may not."""
    if is_private_path(request.path) or response.cookies:
        patch_cache_control(response, private=True, no_store=True)
    elif "Cache-Control" in response or not is_public_path(request.path) or response.status_code != 200:
        pass
    elif settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Possibly a logged-in editor: only their own browser may keep it.
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ("Cookie",))
    else:
        set_public_headers(response)
    return response
