"""A sign-up rush: 500 volunteers ask for 50 places within a minute, over HTTP, on PostgreSQL under gunicorn.

The database decides who gets a place (opportunities/signups.py); the run must end with exactly 50 confirmed,
the rest waiting, no errors. Until the volunteer's page has its own sign-up address, the requests go to a
bench-only endpoint (bench/signup_urls.py, loaded only by bench/signup_settings.py) that calls the same
sign_up() the portal will. gunicorn runs the repository's gunicorn.conf.py with production settings.

    .venv/bin/python bench/signup_rush.py [--people 500] [--places 50] [--within 60] [--concurrency 32]

--within spreads the arrivals evenly over that many seconds (0: all at once, as fast as the clients can).
Database: BENCH_SIGNUP_DATABASE (default cv_bench_signup, created and migrated if missing); Redis:
BENCH_REDIS_URL (default redis://127.0.0.1:6379/4); port BENCH_PORT (8110).
"""

import argparse
import os
import statistics
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("BENCH_DATABASE", os.environ.get("BENCH_SIGNUP_DATABASE", "cv_bench_signup"))
os.environ.setdefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")

from common import DATABASE_NAME, DATABASE_SERVER, ROOT, Gunicorn, django_env, get, manage, say  # noqa: E402

SETTINGS = "bench.signup_settings"


def ensure_database():
    import psycopg

    with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone():
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')


def prepare(people, places):
    """A fresh shift with `places` places and `people` active volunteers; returns (shift id, volunteer ids)."""
    os.environ.update(django_env(DJANGO_SETTINGS_MODULE=SETTINGS))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import datetime

    from django.utils import timezone

    from home.models import default_home
    from opportunities.models import OpportunityIndexPage, OpportunityPage, Shift, Signup
    from registry.models import Volunteer

    index = OpportunityIndexPage.objects.first()
    if index is None:
        index = OpportunityIndexPage(title="Wolontariat (bench)", slug="wolontariat-bench")
        default_home().add_child(instance=index)
    opportunity = OpportunityPage.objects.filter(slug="bench-rush").first()
    if opportunity is None:
        opportunity = OpportunityPage(title="Bench: sign-up rush", slug="bench-rush", lead="Bench.", place="Bench")
        index.add_child(instance=opportunity)
    Signup.objects.filter(shift__opportunity=opportunity).delete()
    Shift.objects.filter(opportunity=opportunity).delete()
    start = timezone.now() + datetime.timedelta(days=7)
    shift = Shift.objects.create(
        opportunity=opportunity, starts_at=start, ends_at=start + datetime.timedelta(hours=4), capacity=places
    )
    existing = list(
        Volunteer.objects.filter(email__endswith="@rush.bench.invalid", status=Volunteer.Status.ACTIVE)
        .order_by("pk")
        .values_list("pk", flat=True)[:people]
    )
    missing = people - len(existing)
    if missing > 0:
        made = Volunteer.objects.bulk_create(
            Volunteer(
                first_name="Bench",
                last_name=f"Rush {len(existing) + n}",
                email=f"rush{len(existing) + n}@rush.bench.invalid",
                status=Volunteer.Status.ACTIVE,
            )
            for n in range(missing)
        )
        existing += [volunteer.pk for volunteer in made]
    return shift.pk, existing


def final_counts(shift_id):
    from opportunities.models import Shift, Signup

    states = Counter(Signup.objects.filter(shift_id=shift_id).values_list("state", flat=True))
    return states, Shift.objects.get(pk=shift_id).places_taken


def rush(shift_id, volunteer_ids, within, concurrency):
    start = time.monotonic()
    gap = within / len(volunteer_ids) if within else 0
    lock = threading.Lock()
    latencies, answers = [], Counter()

    def one(position, volunteer_id):
        if gap:
            delay = start + position * gap - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        body = urllib.parse.urlencode({"volunteer": volunteer_id, "shift": shift_id}).encode()
        began = time.perf_counter()
        status, content = get("/bench/sign-up/", timeout=30, data=body)
        elapsed = (time.perf_counter() - began) * 1000
        answer = content.decode(errors="replace")
        kind = "confirmed" if '"confirmed"' in answer else "waiting" if '"waiting"' in answer else f"error {status}"
        with lock:
            latencies.append(elapsed)
            answers[kind] += 1

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(lambda args: one(*args), enumerate(volunteer_ids)))
    return answers, latencies, time.monotonic() - start


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--places", type=int, default=50)
    parser.add_argument("--within", type=float, default=60.0)
    parser.add_argument("--concurrency", type=int, default=32)
    options = parser.parse_args()

    ensure_database()
    say(f"Migrating {DATABASE_NAME}…")
    manage("migrate", "--noinput", env=django_env(DJANGO_SETTINGS_MODULE=SETTINGS), capture=True)
    shift_id, volunteer_ids = prepare(options.people, options.places)
    say(f"Rush: {len(volunteer_ids)} people, {options.places} places, within {options.within:g} s…")
    with Gunicorn(DJANGO_SETTINGS_MODULE=SETTINGS):
        get("/healthz")
        answers, latencies, took = rush(shift_id, volunteer_ids, options.within, options.concurrency)
    states, places_taken = final_counts(shift_id)
    errors = sum(count for kind, count in answers.items() if kind.startswith("error"))
    p50, p99 = statistics.median(latencies), percentile(latencies, 0.99)
    print(f"requests: {len(latencies)} in {took:.1f} s, concurrency {options.concurrency}")
    print(f"answers: confirmed {answers['confirmed']}, waiting {answers['waiting']}, errors {errors} {dict(answers)}")
    print(f"database: confirmed {states['confirmed']}, waiting {states['waiting']}, places_taken {places_taken}")
    print(f"latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {max(latencies):.1f} ms")
    held = (
        states["confirmed"] == options.places == places_taken
        and states["waiting"] == len(volunteer_ids) - options.places
        and errors == 0
    )
    print(
        f"targets: exactly {options.places} confirmed, rest waiting, no errors: {'met' if held else 'NOT MET'}; "
        f"p99 < 300 ms: {'met' if p99 < 300 else 'NOT MET'}"
    )
    return 0 if held and p99 < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
