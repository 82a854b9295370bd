"""Site-wide views outside the page tree: search, sitemap, robots.txt, health."""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render


def search(request):
    return render(request, "search/search.html", {})


def sitemap(request):
    from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

    return wagtail_sitemap(request)


def robots_txt(request):
    return HttpResponse("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")


def healthz(request):
    return JsonResponse({"status": "ok"})
