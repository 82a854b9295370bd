"""The public opportunities listing with 500 opportunities and 5,000 shifts: queries and time per request.

    .venv/bin/python bench/opportunities_listing.py              # a fresh SQLite file in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cv_bench_opp .venv/bin/python bench/opportunities_listing.py

Builds the site in the database DATABASE_URL names (created from empty: it migrates and adds the pages, so
give it a database of its own), then asks for the listing with Django's test client, unfiltered and with each
filter, and prints for each address the SQL queries of one request (after a first one warmed the per-worker
memos, as in production between edits) and the median and worst time of REPEATS requests, twice: built (the
page cache off: what the first visitor after a sign-up, or a signed-in one, costs) and as an anonymous visitor
served from the page cache (kept until a sign-up changes the free places, opportunities/freshness.py). Also
the same with 50 opportunities, to show the count does not grow; and one opportunity's page.
"""

import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The test settings: DEBUG off (cached templates, as in production), the cache in memory, no Redis needed.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench-opportunities.sqlite3")

OPPORTUNITIES = int(os.environ.get("BENCH_OPPORTUNITIES", 500))
SHIFTS_EACH = int(os.environ.get("BENCH_SHIFTS_EACH", 10))
REPEATS = int(os.environ.get("BENCH_REPEATS", 20))


def fresh_sqlite():
    url = os.environ["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


fresh_sqlite()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Site  # noqa: E402

from opportunities.models import OpportunityIndexPage, OpportunityPage, Shift  # noqa: E402
from registry.models import Area, Organisation  # noqa: E402


def build(count, start=0, index=None):
    """`count` live opportunities under the index, each with SHIFTS_EACH shifts over the coming months."""
    pl = Locale.objects.get(language_code="pl")
    if index is None:
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = home.add_child(instance=OpportunityIndexPage(title="Wolontariat", slug="wolontariat"))
    areas = [
        Area.objects.get_or_create(slug=slug, locale=pl, defaults={"name": name})[0]
        for slug, name in [("czad", "Czad"), ("seniorzy", "Seniorzy"), ("bezpieczna-woda", "Woda")]
    ]
    organisations = [
        Organisation.objects.get_or_create(name=f"Komisariat {number}", defaults={"kind": "police"})[0]
        for number in range(10)
    ]
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    for number in range(start, start + count):
        page = index.add_child(
            instance=OpportunityPage(
                title=f"Zadanie {number:04d}",
                slug=f"zadanie-{number:04d}",
                lead="Dyżur nad zalewem w Kielcach.",
                place="Kielce",
                area=areas[number % len(areas)],
                organisation=organisations[number % len(organisations)],
            )
        )
        Shift.objects.bulk_create(
            Shift(
                opportunity=page,
                starts_at=now + datetime.timedelta(days=1 + (number + step * 7) % 120, hours=step % 5),
                ends_at=now + datetime.timedelta(days=1 + (number + step * 7) % 120, hours=step % 5 + 3),
                capacity=4,
                places_taken=(number + step) % 5,
            )
            for step in range(SHIFTS_EACH)
        )
    return index


def measure(client, url, cached):
    with override_settings(PAGE_CACHE_SECONDS=300 if cached else 0):
        return measure_now(client, url)


def measure_now(client, url):
    client.get(url)  # warms what is kept per worker until the next edit (and, cached, stores the page)
    reset_queries()  # the log is bounded: counting from a full one would see nothing
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    # Read now: the captured list is a slice of the connection's log, which later requests clear.
    count = len(queries.captured_queries)
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - began) * 1000)
    return count, statistics.median(times), max(times)


def report(index, label):
    month = (timezone.localdate() + datetime.timedelta(days=40)).strftime("%Y-%m")
    addresses = [
        index.url,
        f"{index.url}?free=on",
        f"{index.url}?area=czad",
        f"{index.url}?month={month}",
        f"{index.url}?area=seniorzy&free=on&month={month}",
        f"{index.url}?page=20",
        OpportunityPage.objects.live().descendant_of(index).order_by("pk").first().url,
    ]
    client = Client(HTTP_HOST="localhost")
    print(f"\n{label}: {OpportunityPage.objects.count()} opportunities, {Shift.objects.count()} shifts")
    print(f"{'':<58} {'built':^28} {'anonymous, page cache':^28}")
    columns = f"{'queries':>7} {'median ms':>10} {'worst ms':>9}"
    print(f"{'address':<58} {columns} {columns}")
    for url in addresses:
        built = measure(client, url, cached=False)
        kept = measure(client, url, cached=True)
        print(
            f"{url:<58} {built[0]:>7} {built[1]:>10.1f} {built[2]:>9.1f} {kept[0]:>7} {kept[1]:>10.1f} {kept[2]:>9.1f}"
        )


def main():
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor} ({os.environ['DATABASE_URL'].split('@')[-1]})")
    began = time.perf_counter()
    index = build(50)
    report(index, "small")
    build(OPPORTUNITIES - 50, start=50, index=index)
    print(f"\n(built in {time.perf_counter() - began:.0f} s)")
    report(index, "large")


if __name__ == "__main__":
    main()
