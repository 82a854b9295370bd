"""Search at size on PostgreSQL under production settings: index build time and query latency.

Recreates the database cv_search_speed (or BENCH_SEARCH_SPEED_DATABASE), migrates, loads the demo content,
bulk-inserts BENCH_ARTICLES (10,000) news articles per language whose titles and texts are drawn from the
demo's and the old site's sentences, then times `rebuild_site_search` (every live page) and the 85 queries of
bench/search/queries.py three times (after a warm-up round) twice over: the engine alone
(`sitesearch.engine.search`) and through the search page (Django's test client, production settings, page
cache off): p50 and p95 in milliseconds.

Usage: .venv/bin/python bench/search_speed.py [--reuse] [--no-rebuild] [--explain]
    BENCH_ARTICLES=2000 for a quicker run.
    --reuse: keep the database of the last run (only migrate), --no-rebuild: keep its index too;
    --explain: print EXPLAIN (ANALYZE, BUFFERS) of the engine's statements for a few common-word queries.
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

DATABASE = os.environ.get("BENCH_SEARCH_SPEED_DATABASE", "cv_search_speed")
SERVER = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
ARTICLES = int(os.environ.get("BENCH_ARTICLES", 10_000))


def prepare(reuse=False):
    env = django_env(BENCH_DATABASE=DATABASE, DATABASE_URL=f"{SERVER}/{DATABASE}", PAGE_CACHE_SECONDS="0")
    if reuse:
        subprocess.run(
            [PYTHON, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        os.environ.update(env)
        return
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
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


def percentiles(label, timings):
    timings = sorted(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"{label}: {len(timings)} queries, p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
        f"max {timings[-1]:.1f} ms (target p95 < 50 ms)"
    )


def explain(queries):
    """The plans of the statements the engine sends for some queries (costs, row counts, buffers, times)."""
    from django.db import connection

    from sitesearch.engine import search

    statements = []

    def capture(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    for language, query in queries:
        statements.clear()
        with connection.execute_wrapper(capture):
            search(query, language)
        print(f"== {language} {query!r}: {len(statements)} statements")
        for sql, params in statements:
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
                print("\n".join(row[0] for row in cursor.fetchall()))
            print("--")


def main():
    reuse = "--reuse" in sys.argv
    prepare(reuse)
    import django

    django.setup()
    import seed
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation
    from search.queries import ENGLISH, POLISH

    from sitesearch.engine import search
    from sitesearch.indexing import rebuild
    from sitesearch.models import SearchDocument, SearchTerm

    if not reuse:
        seed.ARTICLES_PER_LANGUAGE = ARTICLES
        seed.seed_news()
        vary_articles()

    if "--no-rebuild" not in sys.argv:
        started = time.perf_counter()
        rebuild()
        built = time.perf_counter() - started
        print(f"index built in {built:.1f} s (target < 120 s)")
    print(f"index: {SearchDocument.objects.count()} pages, {SearchTerm.objects.count()} terms; load {os.getloadavg()}")

    queries = [("pl", query) for query, _m, _n in POLISH] + [("en", query) for query, _m, _n in ENGLISH]
    if "--explain" in sys.argv:
        explain([("pl", "policja"), ("pl", "wolontariusz"), ("pl", "w Kielcach"), ("en", "volunteers")])

    engine = []
    for round_ in range(4):
        for language, query in queries:
            started = time.perf_counter()
            search(query, language)
            if round_:  # the first round warms the dictionary and the database's caches
                engine.append((time.perf_counter() - started) * 1000)
    percentiles("engine alone", engine)

    client = Client()
    page = []
    for round_ in range(4):
        for language, query in queries:
            with translation.override(language):
                url = reverse("search")
            started = time.perf_counter()
            response = client.get(url, {"q": query}, HTTP_HOST="localhost")
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, response.status_code
            if round_:
                page.append(elapsed)
    percentiles("search page", page)
    print(f"load {os.getloadavg()}")


if __name__ == "__main__":
    main()
