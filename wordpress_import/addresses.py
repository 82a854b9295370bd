"""Whether an old address is one this site answers itself, so that it must never become a redirect.

Wagtail's redirect middleware answers 404s, and `/admin` is a 404 until the slash is appended: a
redirect from `/admin` (or `/pl/dolacz`) would take the site's own address over, permanently in
browsers. So an address is refused when it, or it with a trailing slash, is matched by a URL
pattern other than Wagtail's page serving, lies under one of the site's fixed prefixes, or is a
page (published or not) or a route of a page in any of the site's languages.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.test import RequestFactory
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page

WAGTAIL_SERVE = "wagtail_serve"
FIXED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/i18n/", "/healthz", "/sitemap.xml", "/robots.txt")


def fixed_prefixes():
    return (*FIXED_PREFIXES, settings.STATIC_URL, settings.MEDIA_URL)


def is_served(old_path, site):
    """Whether this site answers `old_path` (a Redirect.normalise_path value) itself."""
    parts = urlsplit(old_path)
    path = parts.path or "/"
    if path == "/" and parts.query:
        return False  # WordPress's `/?p=123`: the home page does not use those parameters
    candidates = dict.fromkeys([path, path.rstrip("/") + "/"])
    for candidate in candidates:
        if any(candidate.startswith(prefix) or candidate == prefix.rstrip("/") for prefix in fixed_prefixes()):
            return True
        for language, _name in settings.LANGUAGES:
            # The language prefix only matches while its language is active.
            with translation.override(language):
                if _served_in_language(candidate, site):
                    return True
    return False


def _served_in_language(path, site):
    try:
        match = resolve(path)
    except Resolver404:
        return False
    if match.url_name != WAGTAIL_SERVE:
        return True
    # Wagtail's serving pattern passes the path positionally.
    page_path = match.args[0] if match.args else match.kwargs.get("path", "")
    root = site.root_page.localized
    if Page.objects.filter(url_path=root.url_path + page_path.lstrip("/")).exists():
        return True  # a page, published or not
    request = RequestFactory().get(path, HTTP_HOST=site.hostname, SERVER_PORT=site.port)
    return Page.find_for_request(request, page_path) is not None  # e.g. a route of a page (a tag's listing)
