"""Serves anonymous GETs of public pages from the shared cache and sets CDN-friendly headers.

First in MIDDLEWARE, so a hit skips everything else (security headers, CSP, sessions, CSRF, auth, the
view) and what is stored is the response exactly as the whole stack sent it, headers included. A
visitor without a session cookie cannot be logged in, so only such requests use the cache. In
production the same hits are answered even earlier, before Django builds a request
(wsgi_fast_path.py), with the functions below: the two layers cannot disagree.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import generation, memo, scopes
from .local import LocalPages

PRIVATE_PREFIXES = ("/admin/", "/django-admin/", "/healthz")
# The hottest pages, per worker process (PAGE_CACHE_LOCAL_ENTRIES, 0 turns it off).
LOCAL_PAGES = LocalPages(getattr(settings, "PAGE_CACHE_LOCAL_ENTRIES", 100))
HIT_HEADER = ("X-Cache", "HIT")
# Part of every page's key: entries stored by an older release (another shape) are never read.
ENTRY_FORMAT = "v4"
# The query parameters public pages read (the news filters and page number, the search, the opportunities
# listing's filters); a request carrying any other parameter is built without the cache and never stored, so
# `/pl/?junk1=1`, `?junk2=1`… cannot fill it. Each parameter may appear once, with a short value.
QUERY_PARAMETERS = frozenset({"page", "year", "category", "tag", "q", "area", "organisation", "month", "free"})
MAX_QUERY_VALUE_LENGTH = 100


def page_cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def is_public_path(path):
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


def is_private_path(path):
    return path.startswith(PRIVATE_PREFIXES)


def session_cookies():
    """Cookies of a signed-in browser: Django's session and PAGE_CACHE_PRIVATE_COOKIES (the volunteer's, portal/)."""
    return (settings.SESSION_COOKIE_NAME, *getattr(settings, "PAGE_CACHE_PRIVATE_COOKIES", ()))


def may_use_cache(request):
    """Only anonymous visitors (no session, no pending messages) asking for a public page."""
    return (
        request.method in ("GET", "HEAD")
        and is_public_path(request.path)
        and not any(name in request.COOKIES for name in session_cookies())
        and "messages" not in request.COOKIES
        and cacheable_query(request.GET)
    )


def cacheable_query(query):
    """Whether the query string holds only parameters pages use, each once with a short value."""
    return all(
        name in QUERY_PARAMETERS and len(values) == 1 and len(values[0]) <= MAX_QUERY_VALUE_LENGTH
        for name, values in query.lists()
    )


def may_store(request, response):
    """A response is shared only if nothing in it belongs to this one visitor.

    `no-cache` (downstream caches must ask again each time) keeps a page out, unless the page carries a scope
    stamp (scopes.py): then this cache knows the moment it goes stale, and answering from it is answering afresh.
    """
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
        and ("no-cache" not in cache_control or scopes.stamp_of(response) is not None)
    )


def page_key(request):
    """The page's full address: scheme (SECURE_PROXY_SSL_HEADER applied), host, path, sorted query string.

    get_host() raises for a host outside ALLOWED_HOSTS, so no page is ever looked up for one. The query is
    sorted, so `?year=2024&page=2` and `?page=2&year=2024` are one entry.
    """
    query = "&".join(sorted(request.GET.urlencode().split("&"))) if request.GET else ""
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    language = request.path.split("/", 2)[1]
    return f"pagecache:{ENTRY_FORMAT}:{language}:{digest}"


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
    """What every hit sends: the final status line and headers (X-Cache: HIT included) and the body; last, the
    page's scope stamp (None for most pages)."""
    status_line = f"{response.status_code} {response.reason_phrase}"
    return (
        current_generation,
        status_line,
        [*response.items(), HIT_HEADER],
        response.content,
        scopes.stamp_of(response),
    )


def thaw(entry, request):
    _generation, status_line, headers, content, _stamp = entry
    status, reason = status_line.split(" ", 1)
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=int(status), reason=reason)
    for name, value in headers:
        response[name] = value
    return response


def lookup(key, seconds, current_generation=None):
    """(the shared generation, the stored page if it belongs to it), in one round trip to Redis.

    When this worker holds a copy of the page only the generation is asked for; otherwise the two
    come together. current_generation: the one already read for this request (the WSGI layer asks
    for it early), so only a page this worker does not hold is read. The generation is None when the
    cache does not answer. A page with a scope stamp (scopes.py) is served only while its scopes have not
    changed: one more round trip, for those pages only.
    """
    held = LOCAL_PAGES.fresh(key)
    if current_generation is None:
        if held is None:
            return _accepted(key, *generation.shared_with(key), seconds)
        current_generation = generation.shared_or_recent()
    if held is not None and held[0] == current_generation and scopes.still_current(held[4]):
        return current_generation, held
    if current_generation is None:
        return None, None
    # Not held, or this worker's copy is stale: another worker may have stored the page since.
    return _accepted(key, current_generation, cache.get(key), seconds)


def _accepted(key, current_generation, entry, seconds):
    if current_generation is None or entry is None or entry[0] != current_generation:
        return current_generation, None
    if not scopes.still_current(entry[4]):
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
            return thaw(entry, request)
        if current_generation is None:
            # No counter yet (or the cache is down): start one so the page can be stored.
            current_generation = generation.current()
        # Routing and fragments key what they keep by the same generation: one read per request.
        memo.use_generation(current_generation)

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
    elif not is_public_path(request.path) or response.status_code != 200:
        pass
    elif any(name in request.COOKIES for name in session_cookies()):
        # Possibly a logged-in editor or volunteer: only their own browser may keep it, whatever the view
        # set (an opportunity's `no-cache` alone would still let a CDN store the editor's bar).
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ("Cookie",))
    elif "Cache-Control" not in response:
        set_public_headers(response)
    return response
