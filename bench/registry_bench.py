"""Registry at scale: the volunteer listing and its exports with 100,000 volunteers and 1,000,000 service records.

Seeds PostgreSQL with COPY (tops up: an already seeded database is reused), then drives the admin through
Django's test client as a superuser and prints, per request: median server time and SQL query count, and for
the exports the peak Python memory (tracemalloc) while the whole response is consumed.

Usage: .venv/bin/python bench/registry_bench.py [--runs 5] [--skip-xlsx]
Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/cv_bench), BENCH_VOLUNTEERS,
BENCH_SERVICE_RECORDS. Targets (issue 3): listing under 300 ms, queries independent of page size and table
size, CSV export memory independent of the row count.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cv_bench")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")

import django  # noqa: E402
import psycopg  # noqa: E402

VOLUNTEERS = int(os.environ.get("BENCH_VOLUNTEERS", 100_000))
SERVICE_RECORDS = int(os.environ.get("BENCH_SERVICE_RECORDS", 1_000_000))
FIRST_NAMES = ["Anna", "Maria", "Katarzyna", "Agnieszka", "Jan", "Piotr", "Krzysztof", "Tomasz", "Ewa", "Paweł"]
LAST_NAMES = ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska"]
CITIES = ["Kielce", "Kraków", "Warszawa", "Radom", "Busko-Zdrój", "Sandomierz", "Ostrowiec Świętokrzyski"]
AREAS = ["Profilaktyka", "Bezpieczeństwo nad wodą", "Seniorzy", "Czad", "Wydarzenia", "Edukacja"]


def ensure_database():
    """Create the benchmark database if it is missing (PostgreSQL, trust auth)."""
    url = os.environ["DATABASE_URL"]
    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def copy_objects(model, objects):
    """Insert unsaved instances with PostgreSQL COPY: no save(), no signals, every concrete column."""
    from django.db import connection
    from django.utils import timezone

    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    now = timezone.now()
    with connection.cursor() as cursor:
        with cursor.cursor.copy(
            f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
        ) as copy:
            for obj in objects:
                row = []
                for field in fields:
                    value = getattr(obj, field.attname)
                    if value is None and (getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)):
                        value = now
                    row.append(field.get_db_prep_save(value, connection))
                copy.write_row(row)


def seed():
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale

    from registry.models import Area, Organisation, ServiceRecord, Volunteer

    call_command("migrate", verbosity=0, interactive=False)
    rng = random.Random(2016)
    locale = Locale.get_default()
    areas = [
        Area.objects.get_or_create(locale=locale, slug=f"bench-{i}", defaults={"name": n})[0]
        for i, n in enumerate(AREAS)
    ]
    organisations = [
        Organisation.objects.get_or_create(
            name=f"Bench organisation {i}", defaults={"kind": "police", "city": "Kielce"}
        )[0]
        for i in range(50)
    ]
    now = timezone.now()
    statuses = [s.value for s in Volunteer.Status]
    weights = [10, 5, 5, 50, 15, 8, 7]

    existing = Volunteer.objects.count()
    if existing < VOLUNTEERS:
        started = time.perf_counter()

        def volunteers():
            for n in range(existing, VOLUNTEERS):
                joined = now - datetime.timedelta(days=rng.randrange(1, 1100), minutes=rng.randrange(1440))
                yield Volunteer(
                    first_name=rng.choice(FIRST_NAMES),
                    last_name=rng.choice(LAST_NAMES),
                    email=f"bench{n}@example.org",
                    phone=f"+48600{n:06d}",
                    city=rng.choice(CITIES),
                    date_of_birth=datetime.date(1950 + rng.randrange(55), 1 + rng.randrange(12), 1 + rng.randrange(28)),
                    status=rng.choices(statuses, weights)[0],
                    status_changed_at=joined,
                    organisation_id=rng.choice(organisations).pk if rng.random() < 0.7 else None,
                    source="import",
                    consent_text_version="1",
                    consent_given_at=joined,
                    created_at=joined,
                    updated_at=joined,
                )

        last_pk = Volunteer.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        with transaction.atomic():
            copy_objects(Volunteer, volunteers())
            # A list, not a server-side cursor: the connection is busy with COPY while the rows are generated.
            new_ids = list(Volunteer.objects.filter(pk__gt=last_pk).values_list("pk", flat=True))
            Through = Volunteer.areas.through
            copy_objects(Through, (Through(volunteer_id=pk, area_id=rng.choice(areas).pk) for pk in new_ids))
        print(f"seeded {VOLUNTEERS - existing} volunteers in {time.perf_counter() - started:.1f} s", flush=True)

    existing = ServiceRecord.objects.count()
    if existing < SERVICE_RECORDS:
        started = time.perf_counter()
        volunteer_ids = list(Volunteer.objects.values_list("pk", flat=True))
        today = timezone.localdate()
        hours = [Decimal(h) for h in ("1.00", "2.00", "2.50", "3.00", "4.00", "6.00", "8.00")]

        def records():
            for _ in range(SERVICE_RECORDS - existing):
                yield ServiceRecord(
                    volunteer_id=rng.choice(volunteer_ids),
                    date=today - datetime.timedelta(days=rng.randrange(730)),
                    area_id=rng.choice(areas).pk,
                    organisation_id=rng.choice(organisations).pk,
                    hours=rng.choice(hours),
                    note="",
                    created_at=now,
                )

        with transaction.atomic():
            copy_objects(ServiceRecord, records())
        print(
            f"seeded {SERVICE_RECORDS - existing} service records in {time.perf_counter() - started:.1f} s", flush=True
        )

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True, "email": "bench@example.org"}
    )
    return user, areas[0]


def consume(response):
    """Read the whole body, as a browser downloading the export would; returns its size in bytes."""
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


def measure(client, url, runs):
    """Median server time (ms) and median query count over `runs` requests, after one warm-up."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    consume(client.get(url))
    times, queries = [], []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            consume(response)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries.append(len(captured))
    return statistics.median(times), statistics.median(queries)


def measure_export(client, url):
    """Time of one full download, then its peak Python memory in a second download under tracemalloc."""
    started = time.perf_counter()
    response = client.get(url)
    size = consume(response)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    tracemalloc.start()
    response = client.get(url)
    consume(response)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak / 2**20, size / 2**20, response.streaming


def set_page_size(size):
    """The listing's page size (the viewset's list_per_page) for the next requests."""
    from registry.models import Volunteer

    # Exports are never paginated: keep that.
    # private-api: the page size being measured; bench only
    Volunteer.snippet_viewset.index_view_class.get_paginate_by = lambda view, queryset: None if view.is_export else size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-xlsx", action="store_true", help="XLSX of 100,000 rows takes minutes")
    args = parser.parse_args()

    ensure_database()
    django.setup()
    from django.conf import settings
    from django.test import Client

    from registry.models import ServiceRecord, Volunteer

    user, area = seed()
    # The login lockout (django-axes) logs the client's address, which the test client does not give.
    settings.AXES_ENABLED = False
    client = Client()
    client.force_login(user)
    base = "/admin/registry/volunteers/"
    print(f"\n{Volunteer.objects.count():,} volunteers, {ServiceRecord.objects.count():,} service records\n")

    print(f"{'request':<38}  {'time':>11}  {'queries / memory':>17}  body", flush=True)

    def row(label, first, second, third=""):
        # Printed as measured: the XLSX exports take minutes.
        print(f"{label:<38}  {first:>11}  {second:>17}  {third}", flush=True)

    for page_size in (20, 100):
        set_page_size(page_size)
        for label, query in [
            ("listing", ""),
            ("listing ?status=active", "?status=active"),
            ("listing ?area=…", f"?area={area.pk}"),
            ("listing ?q=kowalski", "?q=kowalski"),
            ("listing, page 1000", "?p=1000"),
        ]:
            ms, queries = measure(client, base + query, args.runs)
            row(f"{label} [{page_size}/page]", f"{ms:8.1f} ms", f"{queries:5.0f} queries")

    exports = [("CSV, ?status=active", "?status=active&export=csv"), ("CSV, all rows", "?export=csv")]
    if not args.skip_xlsx:
        exports += [("XLSX, ?status=active", "?status=active&export=xlsx"), ("XLSX, all rows", "?export=xlsx")]
    for label, query in exports:
        seconds, peak, size, streamed = measure_export(client, base + query)
        kind = "streamed" if streamed else "buffered"
        row(label, f"{seconds:8.1f} s ", f"peak {peak:6.1f} MiB", f"{size:.1f} MiB {kind}")


if __name__ == "__main__":
    main()
