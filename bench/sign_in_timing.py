"""Does the time a sign-in request takes tell a known address from an unknown one? (issue #17)

Production settings on PostgreSQL with Redis as the broker and no worker running, so each request does only
what a request does (the worker's half, writing the e-mail, happens later elsewhere). Known and unknown
addresses are asked for in random order through Django's test client (no network noise to hide behind);
the first requests warm the caches and are dropped.

    .venv/bin/python bench/sign_in_timing.py [--requests 300]

Database: BENCH_SIGN_IN_DATABASE (default cv_bench_sign_in, created and migrated if missing); broker:
BENCH_REDIS_URL (default redis://127.0.0.1:6379/6, emptied afterwards).
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("BENCH_DATABASE", os.environ.get("BENCH_SIGN_IN_DATABASE", "cv_bench_sign_in"))
os.environ.setdefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")

from common import DATABASE_NAME, DATABASE_SERVER, REDIS_URL, ROOT, django_env, manage, say  # noqa: E402

WARM_UP = 20


def ensure_database():
    import psycopg

    with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone():
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')


def percentile(values, percent):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * percent / 100))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="per kind of address")
    options = parser.parse_args()

    env = django_env(PORTAL_SIGN_IN_RATE_PER_CLIENT="1000000/3600", PORTAL_SIGN_IN_RATE_PER_ADDRESS="1000000/3600")
    ensure_database()
    manage("migrate", "--noinput", env=env, capture=True)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from portal.models import SignInLink
    from registry.models import Volunteer
    from website.celery import app

    known, _created = Volunteer.objects.get_or_create(
        email="bench-known@example.org",
        defaults={"first_name": "Bench", "last_name": "Known", "status": Volunteer.Status.ACTIVE},
    )
    with translation.override("pl"):
        path = reverse("portal:sign_in")
    client = Client()
    timings = {"known": [], "unknown": []}
    kinds = ["known", "unknown"] * (options.requests + WARM_UP)
    random.Random(17).shuffle(kinds)
    seen = {"known": 0, "unknown": 0}
    for number, kind in enumerate(kinds):
        address = known.email if kind == "known" else f"nobody-{number}@example.org"
        started = time.perf_counter()
        response = client.post(path, {"email": address})
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 303:
            raise SystemExit(f"unexpected answer {response.status_code} for a {kind} address")
        seen[kind] += 1
        if seen[kind] > WARM_UP:
            timings[kind].append(elapsed)

    say(f"sign-in requests, {options.requests} per kind, production settings, PostgreSQL, Redis broker, no worker")
    for kind, values in timings.items():
        say(
            f"  {kind:8} median {statistics.median(values):6.2f} ms   p90 {percentile(values, 90):6.2f} ms   "
            f"mean {statistics.mean(values):6.2f} ms"
        )
    difference = statistics.median(timings["known"]) - statistics.median(timings["unknown"])
    say(f"  difference of medians (known - unknown): {difference:+.2f} ms")

    SignInLink.objects.filter(volunteer=known).delete()
    SignInLink.objects.filter(volunteer__isnull=True).delete()
    known.delete()
    app.control.purge()
    say(f"  (links removed, queue at {REDIS_URL} purged)")


if __name__ == "__main__":
    main()
