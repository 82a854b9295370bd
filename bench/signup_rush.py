"""A sign-up rush: 500 volunteers ask for 50 places within a minute, over HTTP, on PostgreSQL under gunicorn.

Each volunteer goes through the volunteer's own page as a browser does: with the portal's session cookie, GET
the shift's sign-up page (/pl/wolontariusz/…/ in Polish, opportunities/portal_urls.py), read the CSRF cookie
and the form's token, POST the form. The sessions are opened before the rush with the portal's own
`portal.sessions.start()`, the function the e-mailed sign-in link ends in: the rush measures signing up, not
500 e-mails. No limit needs lifting: the portal limits only sign-in requests (PORTAL_SIGN_IN_RATE_*), never the
sign-up page, so every request comes from 127.0.0.1 without forged addresses. The database decides who gets a
place (opportunities/signups.py); the run must end with exactly 50 confirmed, the rest waiting, no errors.
gunicorn runs the repository's gunicorn.conf.py with production settings (the site's own URLs, nothing added).

    .venv/bin/python bench/signup_rush.py [--people 500] [--places 50] [--within 60] [--concurrency 32]

--within spreads the arrivals evenly over that many seconds (0: all at once, as fast as the clients can).
Database: DATABASE_URL=postgres://…/<name> if given, else BENCH_SIGNUP_DATABASE (default cv_bench_signup) on
BENCH_DATABASE_SERVER; created and migrated if missing. Redis: BENCH_REDIS_URL (default redis://127.0.0.1:6379/4);
port BENCH_PORT (8110).
"""

import argparse
import http.client
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
    _server, _name = os.environ["DATABASE_URL"].rsplit("/", 1)
    os.environ["BENCH_DATABASE_SERVER"], os.environ["BENCH_DATABASE"] = _server, _name
os.environ.setdefault("BENCH_DATABASE", os.environ.get("BENCH_SIGNUP_DATABASE", "cv_bench_signup"))
os.environ.setdefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")

from common import DATABASE_NAME, DATABASE_SERVER, PORT, ROOT, Gunicorn, django_env, get, manage, say  # noqa: E402

CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def ensure_database():
    import psycopg

    with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone():
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')


def prepare(people, places):
    """A fresh shift with `places` places, `people` active volunteers each with a portal session.

    Returns (shift id, the shift's sign-up path in Polish, [(volunteer id, session cookie value)]).
    """
    os.environ.update(django_env())
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import datetime

    from django.http import HttpResponse
    from django.urls import reverse
    from django.utils import timezone, translation

    from home.models import default_home
    from opportunities.models import OpportunityIndexPage, OpportunityPage, Shift, Signup
    from portal import sessions
    from portal.models import VolunteerSession
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
    # Earlier runs' sessions are ended; each person gets one fresh session, as after following a sign-in link.
    VolunteerSession.objects.filter(volunteer_id__in=existing).delete()
    people_with_cookies = []
    for volunteer in Volunteer.objects.filter(pk__in=existing).order_by("pk"):
        response = sessions.start(HttpResponse(), volunteer)
        people_with_cookies.append((volunteer.pk, response.cookies[sessions.cookie_name()].value))
    with translation.override("pl"):
        path = reverse("portal_shifts:sign_up", args=[shift.pk])
    return shift.pk, path, people_with_cookies


def final_counts(shift_id):
    from opportunities.models import Shift, Signup

    states = Counter(Signup.objects.filter(shift_id=shift_id).values_list("state", flat=True))
    return states, Shift.objects.get(pk=shift_id).places_taken


def request(method, path, headers, body=None):
    """(status, headers as a list, body, milliseconds) of one request on a new connection; redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    began = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        return response.status, response.getheaders(), content, (time.perf_counter() - began) * 1000
    except OSError as error:
        return 0, [], str(error).encode(), (time.perf_counter() - began) * 1000
    finally:
        connection.close()


def cookie_from(headers, name):
    for header, value in headers:
        if header.lower() == "set-cookie" and value.startswith(f"{name}="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return None


def sign_up_as_a_browser(path, portal_cookie):
    """GET the sign-up page, POST its form. Returns (answer kind, GET ms, POST ms or None)."""
    from django.conf import settings

    session = f"{settings.PORTAL_COOKIE_NAME}={portal_cookie}"
    status, headers, content, page_ms = request("GET", path, {"Cookie": session})
    csrf_cookie = cookie_from(headers, settings.CSRF_COOKIE_NAME)
    token = CSRF_FIELD.search(content)
    if status != 200 or not csrf_cookie or not token:
        return f"error: page {status}", page_ms, None
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1).decode()})
    cookies = f"{session}; {settings.CSRF_COOKIE_NAME}={csrf_cookie}"
    form = {"Cookie": cookies, "Content-Type": "application/x-www-form-urlencoded"}
    status, headers, content, post_ms = request("POST", path, form, body)
    if status == 303:
        # To the volunteer's page with the message "Sign-up accepted…" (place or waiting list: the database says).
        return "accepted", page_ms, post_ms
    return f"error: sign-up {status}", page_ms, post_ms


def rush(path, people, within, concurrency):
    start = time.monotonic()
    gap = within / len(people) if within else 0
    lock = threading.Lock()
    pages, posts, answers = [], [], Counter()

    def one(position, cookie):
        if gap:
            delay = start + position * gap - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        kind, page_ms, post_ms = sign_up_as_a_browser(path, cookie)
        with lock:
            pages.append(page_ms)
            if post_ms is not None:
                posts.append(post_ms)
            answers[kind] += 1

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(lambda args: one(args[0], args[1][1]), enumerate(people)))
    return answers, pages, posts, time.monotonic() - start


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
    manage("migrate", "--noinput", env=django_env(), capture=True)
    # The sign-up page is a whole page of the site: production serves its styles from the hashed manifest.
    manage("collectstatic", "--noinput", env=django_env(), capture=True)
    shift_id, path, people = prepare(options.people, options.places)
    say(f"Rush on {path}: {len(people)} people, {options.places} places, within {options.within:g} s…")
    with Gunicorn():
        get("/healthz")
        answers, pages, posts, took = rush(path, people, options.within, options.concurrency)
    states, places_taken = final_counts(shift_id)
    errors = sum(count for kind, count in answers.items() if kind.startswith("error"))
    print(f"people: {len(people)} in {took:.1f} s (each a GET of the sign-up page, then its POST)")
    print(f"client threads: {options.concurrency}")
    print(f"answers: accepted {answers['accepted']}, errors {errors} {dict(answers)}")
    print(f"database: confirmed {states['confirmed']}, waiting {states['waiting']}, places_taken {places_taken}")
    for label, values in (("sign-up POST", posts), ("sign-up page GET", pages)):
        if values:
            print(
                f"{label}: p50 {statistics.median(values):.1f} ms, p99 {percentile(values, 0.99):.1f} ms, "
                f"max {max(values):.1f} ms ({len(values)} requests)"
            )
    p99 = percentile(posts, 0.99) if posts else float("inf")
    held = (
        states["confirmed"] == options.places == places_taken
        and states["waiting"] == len(people) - options.places
        and errors == 0
    )
    print(
        f"targets: exactly {options.places} confirmed, rest waiting, no errors: {'met' if held else 'NOT MET'}; "
        f"sign-up p99 < 300 ms: {'met' if p99 < 300 else 'NOT MET'}"
    )
    return 0 if held and p99 < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
