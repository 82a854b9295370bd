"""Fault drills: PostgreSQL restart, Redis outage, a killed gunicorn worker, under steady load.

Runs against the bench database (created small with the demo content when missing) and gunicorn with
2 workers on production settings. Prints a table of what held. Loopback only, every loop bounded.
"""

import argparse
import http.cookies
import os
import re
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter

import psycopg
from common import BASE_URL, DATABASE_NAME, DATABASE_SERVER, Gunicorn, get, manage, say

PAGES = ["/pl/", "/pl/aktualnosci/", "/en/"]
JOIN_PATH = "/pl/dolacz/"
REDIS_RESTART = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379", "--save", "",
    "--appendonly", "no", "--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log",
]  # fmt: skip
TRACEBACK = re.compile(rb"Traceback|File \"/")


class Load:
    """A few threads fetching public pages in a loop, recording (time, status, leaked traceback)."""

    def __init__(self, threads=4, extra_paths=()):
        self.paths = PAGES + list(extra_paths)
        self.results = []
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self.loop, args=(n,), daemon=True) for n in range(threads)]

    def loop(self, offset):
        n = offset
        while not self.stop_event.is_set():
            path = self.paths[n % len(self.paths)]
            status, body = get(path, timeout=5)
            self.results.append((time.monotonic(), status, bool(TRACEBACK.search(body)), path))
            n += 1
            time.sleep(0.01)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        for thread in self.threads:
            thread.join(timeout=10)

    def between(self, start, end):
        return [result for result in self.results if start <= result[0] <= end]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class JoinPoster:
    """Sends join applications in a loop; remembers which were acknowledged (303 to the thank-you page)."""

    def __init__(self):
        self.acknowledged = []
        self.answers = Counter()
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.opener = urllib.request.build_opener(NoRedirect)

    def form_tokens(self):
        with urllib.request.urlopen(BASE_URL + JOIN_PATH, timeout=5) as response:  # noqa: S310
            html = response.read().decode()
            cookie = http.cookies.SimpleCookie()
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie.load(header)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        started = re.search(r'name="form_started" value="([^"]+)"', html).group(1)
        return cookie["csrftoken"].value, csrf, started

    def post(self, number, tokens):
        csrf_cookie, csrf, started = tokens
        email = f"fault-drill-{os.getpid()}-{number}@example.org"
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": csrf,
                "form_started": started,
                "first_name": "Próba",
                "last_name": "Awarii",
                "email": email,
                "city": "Kielce",
                "date_of_birth": "1990-05-31",
                "consent_processing": "on",
            }
        ).encode()
        request = urllib.request.Request(
            BASE_URL + JOIN_PATH, data=data, headers={"Cookie": f"csrftoken={csrf_cookie}"}
        )
        try:
            with self.opener.open(request, timeout=10) as response:
                status, location = response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            status, location = error.code, error.headers.get("Location", "")
        except OSError:
            status, location = 0, ""
        self.answers[status] += 1
        if status in (302, 303) and location:
            self.acknowledged.append(email)

    def loop(self):
        tokens, number = None, 0
        while not self.stop_event.is_set():
            try:
                tokens = tokens or self.form_tokens()
            except (OSError, AttributeError, KeyError):
                time.sleep(0.2)
                continue
            self.post(number, tokens)
            number += 1
            time.sleep(0.1)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        self.thread.join(timeout=15)

    def missing(self):
        if not self.acknowledged:
            return []
        with psycopg.connect(f"{DATABASE_SERVER}/{DATABASE_NAME}") as connection:
            rows = connection.execute(
                "SELECT lower(email) FROM registry_volunteer WHERE email = ANY(%s)", (self.acknowledged,)
            ).fetchall()
        stored = {row[0] for row in rows}
        return [email for email in self.acknowledged if email.lower() not in stored]


def database_exists():
    try:
        with psycopg.connect(f"{DATABASE_SERVER}/{DATABASE_NAME}", connect_timeout=3) as connection:
            return connection.execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0] > 1
    except psycopg.Error:
        return False


def prepare():
    if not database_exists():
        say(f"Creating {DATABASE_NAME} with the demo content…")
        with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
        manage("migrate", "--noinput", capture=True)
        manage("load_demo", capture=True)
    manage("collectstatic", "--noinput", capture=True)


def first_success_after(results, moment):
    """Seconds from `moment` until the first of a run of 10 successes."""
    streak = 0
    for at, status, _traceback, _path in sorted(results):
        if at < moment:
            continue
        streak = streak + 1 if status == 200 else 0
        if streak == 10:
            return at - moment
    return None


def drill_postgres(rows):
    postgres_version = os.listdir("/etc/postgresql")[0]
    with Load() as load, JoinPoster() as poster:
        time.sleep(3)
        started = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", postgres_version, "main", "restart"],
            check=True,
            capture_output=True,
        )
        database_up = time.monotonic()
        time.sleep(12)
    results = load.between(started - 1, time.monotonic())
    back_after = first_success_after(results, database_up)
    statuses = Counter(status for _at, status, _tb, _path in results)
    tracebacks = sum(1 for result in results if result[2])
    missing = poster.missing()
    rows.append(
        (
            "PostgreSQL restart: pages back within 10 s",
            back_after is not None and back_after <= 10,
            f"back {back_after:.1f} s after the database" if back_after is not None else "never back",
        )
    )
    rows.append(
        (
            "PostgreSQL restart: only 200 or a 503 page, no traceback",
            tracebacks == 0 and set(statuses) <= {200, 503},
            f"statuses {dict(statuses)}, tracebacks {tracebacks}",
        )
    )
    rows.append(
        (
            "PostgreSQL restart: every acknowledged application stored",
            not missing,
            f"{len(poster.acknowledged)} acknowledged, {len(missing)} missing, answers {dict(poster.answers)}",
        )
    )


def admin_session():
    """Signs in as the demo administrator; returns the session cookie (sessions live in the database)."""
    password = (
        manage("shell", "-c", "from home.demo.users import DEMO_PASSWORD; print(DEMO_PASSWORD)", capture=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    opener = urllib.request.build_opener(NoRedirect)
    with urllib.request.urlopen(BASE_URL + "/admin/login/", timeout=10) as response:  # noqa: S310
        html = response.read().decode()
        cookie = http.cookies.SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie.load(header)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": csrf, "username": "admin", "password": password}).encode()
    request = urllib.request.Request(
        BASE_URL + "/admin/login/", data=data, headers={"Cookie": f"csrftoken={cookie['csrftoken'].value}"}
    )
    try:
        response = opener.open(request, timeout=10)
    except urllib.error.HTTPError as error:
        response = error
    for header in response.headers.get_all("Set-Cookie") or []:
        cookie.load(header)
    return f"sessionid={cookie['sessionid'].value}" if "sessionid" in cookie else None


def admin_works(session_cookie):
    status, _body = get("/admin/", headers={"Cookie": session_cookie}) if session_cookie else (0, b"")
    return status == 200


def drill_redis(rows):
    session_cookie = admin_session()
    with Load(extra_paths=["/admin/login/"]) as load:
        time.sleep(2)
        subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True)
        stopped = time.monotonic()
        admin_checks = []
        while time.monotonic() < stopped + 30:
            admin_checks.append(admin_works(session_cookie))
            time.sleep(2)
        subprocess.run(REDIS_RESTART, check=True, capture_output=True)
        restarted = time.monotonic()
        time.sleep(3)
    during = load.between(stopped, restarted)
    failed = [result for result in during if result[1] != 200]
    rows.append(
        (
            "Redis stopped 30 s: pages keep working",
            not failed and len(during) > 0,
            f"{len(during)} requests, {len(failed)} not 200",
        )
    )
    rows.append(
        (
            "Redis stopped 30 s: the admin keeps working (signed in)",
            bool(admin_checks) and all(admin_checks),
            f"{sum(admin_checks)} of {len(admin_checks)} admin dashboard loads answered 200",
        )
    )
    cached_again = False
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not cached_again:
        get(PAGES[0])
        with urllib.request.urlopen(BASE_URL + PAGES[0], timeout=5) as response:  # noqa: S310
            cached_again = response.headers.get("X-Cache") == "HIT"
        time.sleep(0.5)
    rows.append(("Redis back: caching resumes by itself", cached_again, "X-Cache: HIT seen again within 10 s"))


def drill_worker(rows, server):
    with Load(threads=4) as load:
        time.sleep(2)
        before = server.worker_pids()
        killed = before[0]
        os.kill(killed, signal.SIGKILL)
        at = time.monotonic()
        replaced = False
        deadline = at + 15
        while time.monotonic() < deadline and not replaced:
            now = server.worker_pids()
            replaced = len(now) == len(before) and killed not in now
            time.sleep(0.2)
        replaced_after = time.monotonic() - at
        time.sleep(3)
    failed = [result for result in load.between(at - 1, time.monotonic()) if result[1] != 200]
    rows.append(("Worker killed: replaced by the arbiter", replaced, f"after {replaced_after:.1f} s"))
    rows.append(
        (
            "Worker killed: only in-flight requests fail",
            len(failed) <= 4,
            f"{len(failed)} failed (4 load threads, so at most 4 in flight)",
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--restarts", action="store_true", help="also restart PostgreSQL and stop Redis (disturbs everyone using them)"
    )
    args = parser.parse_args()
    prepare()
    rows = []
    settings = {
        "PAGE_CACHE_SECONDS": 300,
        "REGISTRY_JOIN_MIN_SECONDS": 0,
        "REGISTRY_JOIN_RATE": "100000/600",
        "REGISTRY_REQUIRE_2FA": "False",
        "GUNICORN_TIMEOUT": 10,
    }
    with Gunicorn(**settings) as server:
        drill_worker(rows, server)
        if args.restarts:
            drill_postgres(rows)
            drill_redis(rows)
        else:
            rows.append(("PostgreSQL restart / Redis outage", None, "skipped: run with --restarts on an idle machine"))
    width = max(len(row[0]) for row in rows)
    print(f"{'drill':<{width}}  held  detail")
    for what, held, detail in rows:
        mark = {True: "yes", False: "NO", None: "-"}[held]
        print(f"{what:<{width}}  {mark:<4}  {detail}")
    return 0 if all(held is not False for _what, held, _detail in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
