"""Search at size on PostgreSQL under production settings: index build time and query latency.

Recreates the database cv_search_speed, migrates, loads the demo content, bulk-inserts BENCH_ARTICLES
(10,000) news articles per language whose titles and texts are drawn from the demo's and the old site's
sentences, then times `rebuild_site_search` (every live page) and 300 searches through the search page
(Django's test client, production settings, page cache off): p50 and p95 in milliseconds.

Usage: .venv/bin/python bench/search_speed.py   (BENCH_ARTICLES=2000 for a quicker run)
"""

import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import PYTHON, django_env  # noqa: E402

DATABASE = "cv_search_speed"
SERVER = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
ARTICLES = int(os.environ.get("BENCH_ARTICLES", 10_000))


def prepare():
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    env = django_env(BENCH_DATABASE=DATABASE, DATABASE_URL=f"{SERVER}/{DATABASE}", PAGE_CACHE_SECONDS="0")
    for args in (("migrate", "--noinput"), ("load_demo",), ("collectstatic", "--noinput")):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)
    os.environ.update(env)


def vary_articles():
    """Give the bulk-inserted articles different titles and texts, from the site's own sentences."""
    from search.posts import ENGLISH, POLISH

    from news.models import NewsPage
    from sitesearch.models import SearchDocument

    random.seed(19)
    for language, posts in (("pl", POLISH), ("en", ENGLISH)):
        sentences = [s for _t, _d, paragraphs in posts for s in paragraphs]
        titles = [title for title, _d, _p in posts]
        for document in SearchDocument.objects.filter(language=language):
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", f"{document.lead} {document.body}") if len(s) > 30]
            titles.append(document.title)
        articles = list(NewsPage.objects.filter(slug__startswith=f"bench-{language}-").only("pk"))
        for article in articles:
            article.title = f"{random.choice(titles)} ({article.pk})"
            article.lead = random.choice(sentences)
            paragraphs = [" ".join(random.sample(sentences, 4)) for _ in range(3)]
            article.body = json.dumps(
                [{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())} for text in paragraphs]
            )
        NewsPage.objects.bulk_update(articles, ["title", "lead", "body"], batch_size=1000)


def main():
    prepare()
    import django

    django.setup()
    import seed
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation
    from search.queries import ENGLISH, POLISH

    from sitesearch.indexing import rebuild
    from sitesearch.models import SearchTerm

    seed.ARTICLES_PER_LANGUAGE = ARTICLES
    seed.seed_news()
    vary_articles()

    started = time.perf_counter()
    pages = rebuild()
    built = time.perf_counter() - started
    print(f"index: {pages} pages, {SearchTerm.objects.count()} terms, built in {built:.1f} s (target < 120 s)")

    client = Client()
    timings = []
    queries = [("pl", query) for query, _m, _n in POLISH] + [("en", query) for query, _m, _n in ENGLISH]
    for round_ in range(4):
        for language, query in queries:
            with translation.override(language):
                url = reverse("search")
            started = time.perf_counter()
            response = client.get(url, {"q": query}, HTTP_HOST="localhost")
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, response.status_code
            if round_:  # the first round warms the dictionary and the database's caches
                timings.append(elapsed)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"queries: {len(timings)}, p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
        f"max {timings[-1]:.1f} ms (target p95 < 50 ms)"
    )


if __name__ == "__main__":
    main()
