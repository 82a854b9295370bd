"""Site-wide views outside the page tree: search, sitemap, robots.txt, favicon."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

import sitesearch.engine as sitesearch
from core.private_sections import private_q, restricted_paths

from .sitemaps import LocalizedSitemap

SEARCH_RESULTS_PER_PAGE = 10
# Longer queries are cut: nobody types more, and the search backend need not chew on more.
SEARCH_QUERY_MAX_LENGTH = 200


def search(request):
    """Pages and news in the visitor's language that match ?q= (any form of its words), best first, paginated."""
    query = " ".join(request.GET.get("q", "").split())[:SEARCH_QUERY_MAX_LENGTH]
    language = translation.get_language()
    query_words = sitesearch.analyse_query(query, language) if query else []
    hits = sitesearch.search_words(query_words, language)
    if hits and restricted_paths():
        # Private sections are left out here rather than at indexing, so a restriction applies at once; while
        # the site has none (the usual case, memoised per generation) this costs nothing. The index holds live
        # pages of the language only (sitesearch/indexing.py), and results_for shows live pages only.
        hidden = set(
            Page.objects.filter(private_q(), pk__in=[hit.page_id for hit in hits]).values_list("pk", flat=True)
        )
        hits = [hit for hit in hits if hit.page_id not in hidden]
    results_page = Paginator(hits, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    results = sitesearch.results_for(results_page.object_list, query_words, language)
    suggestion = "" if hits or not query else sitesearch.suggestion(query, language)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results_page, "found": results, "suggestion": suggestion},
    )


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
