"""Find the benchmarked pages and count the SQL queries of one uncached request to each.

Prints JSON: {"pages": {name: url}, "queries": {name: n}, "queries_after_change": {name: n}}: a request in
the steady state, and the first one after a content change, which rebuilds what is kept per generation.
With --save-article FILE it also writes the article's bytes there, for the bare WSGI app to return. Uses
Django's test client with the page cache off, on whatever database DATABASE_URL names.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from core.cache import generation  # noqa: E402
from home.models import HomePage, PartnerIndexPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from registry.models import JoinPage  # noqa: E402

CONFERENCE_SLUG = "konferencja-podsumowujaca-projekt-civic-volunteering"


def benchmarked_pages():
    polish = Locale.objects.get(language_code="pl")
    article = (
        NewsPage.objects.live().filter(locale=polish, slug=CONFERENCE_SLUG).first()
        or NewsPage.objects.live().filter(locale=polish).order_by("-date").first()
    )
    pages = {
        "home": HomePage.objects.live().filter(locale=polish).first(),
        "news index": NewsIndexPage.objects.live().filter(locale=polish).first(),
        "article": article,
        "partners": PartnerIndexPage.objects.live().filter(locale=polish).first(),
        "join": JoinPage.objects.live().filter(locale=polish).first(),
    }
    return {name: page.get_url() for name, page in pages.items() if page}


def count_queries(client, url):
    client.get(url, secure=True)  # warm per-process caches (site root paths, templates)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, secure=True)
    return len(queries), response


def count_queries_after_a_change(client, url):
    """The first request after content changed: routes, fragments and listings are rebuilt."""
    generation.bump()
    with CaptureQueriesContext(connection) as queries:
        client.get(url, secure=True)
    return len(queries)


def main():
    settings.PAGE_CACHE_SECONDS = 0
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    cookie = sys.argv[sys.argv.index("--cookie") + 1] if "--cookie" in sys.argv else ""
    # Counted as the benchmark's uncached requests arrive: with a visitor's session cookie (bench/visitor_session.py).
    client = Client(HTTP_COOKIE=cookie) if cookie else Client()
    pages = benchmarked_pages()
    queries, queries_after_change = {}, {}
    for name, url in pages.items():
        queries_after_change[name] = count_queries_after_a_change(client, url)
        queries[name], response = count_queries(client, url)
        if response.status_code != 200:
            raise SystemExit(f"{name} {url} answered {response.status_code}")
        if name == "article" and "--save-article" in sys.argv:
            Path(sys.argv[sys.argv.index("--save-article") + 1]).write_bytes(response.content)
    print(json.dumps({"pages": pages, "queries": queries, "queries_after_change": queries_after_change}))


if __name__ == "__main__":
    main()
