"""Site-wide views outside the page tree: search, sitemap, robots.txt, favicon."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page

from .sitemaps import LocalizedSitemap

SEARCH_RESULTS_PER_PAGE = 10
# Longer queries are cut: nobody types more, and the search backend need not chew on more.
SEARCH_QUERY_MAX_LENGTH = 200


def search(request):
    """Pages and news in the visitor's language that match ?q=, paginated."""
    query = " ".join(request.GET.get("q", "").split())[:SEARCH_QUERY_MAX_LENGTH]
    # Only words reach the backend: SQLite's full-text syntax chokes on stray quotes and operators.
    words = " ".join(re.findall(r"\w+", query))
    results = []
    if words:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(words)
    results_page = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"search_query": query, "results": results_page})


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": LocalizedSitemap})


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@cache_control(max_age=86400, public=True)
def favicon(request):
    """/favicon.ico, where browsers and feed readers look for it whatever the page links to."""
    return FileResponse(open(settings.BASE_DIR / "static" / "favicon.ico", "rb"), content_type="image/x-icon")
