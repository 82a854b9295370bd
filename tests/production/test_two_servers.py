"""Two app servers on one PostgreSQL and one Redis behave as one site.

Starts two gunicorn processes (production settings) on the test database and a dedicated Redis
database and key prefix. Needs PostgreSQL (DATABASE_URL) and Redis; skipped otherwise.
"""

import http.cookies
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from home.models import default_home
from tests.registry.factories import JoinPageFactory

ROOT = Path(__file__).resolve().parents[2]
PORTS = (8111, 8112)
REDIS_URL = os.environ.get("TWO_SERVERS_REDIS_URL", "redis://127.0.0.1:6379/6")
PASSWORD = "two-servers-password-1234"


def redis_answers():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:  # noqa: BLE001 - any failure means "no Redis here"
        return False


pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two servers for the whole module; each test's data is committed (transactional tests)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    if not redis_answers():
        pytest.skip(f"needs Redis at {REDIS_URL}")
    if not getattr(connection, "_test_serialized_contents", None):
        # Transactional tests empty the database; only a serialized copy lets us put it back.
        pytest.skip("needs a fresh test database (--create-db) to restore after its transactional tests")
    yield from start_servers(tmp_path_factory.mktemp("two-servers"))
    with django_db_blocker.unblock():
        # Put back what the migrations created, for whatever runs next on this database.
        # private-api: the test database snapshot Django made, to put it back
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


def start_servers(tmp_path):
    database = connection.settings_dict
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="website.settings.production",
        DJANGO_SECRET_KEY="two-servers-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="False",
        DATABASE_URL=f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/"
        f"{database['NAME']}",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"two-servers-{uuid.uuid4().hex[:8]}",
        PAGE_CACHE_SECONDS="300",
        REGISTRY_JOIN_RATE="2/600",
        REGISTRY_JOIN_MIN_SECONDS="0",
        REGISTRY_REQUIRE_2FA="False",
        STATIC_ROOT=str(tmp_path / "static"),
        WEB_CONCURRENCY="1",
        GUNICORN_ACCESSLOG="",
        GUNICORN_PRELOAD="0",
    )
    python = str(Path(sys.executable))
    subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [python, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    processes = [
        subprocess.Popen(  # noqa: S603 - our own gunicorn
            [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py"],
            cwd=ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        )
        for port in PORTS
    ]
    try:
        for port in PORTS:
            wait_until_healthy(port)
        yield [f"http://127.0.0.1:{port}" for port in PORTS]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def wait_until_healthy(port):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if request(f"http://127.0.0.1:{port}", "/healthz")[0] == 200:
            return
        time.sleep(0.3)
    raise AssertionError(f"the server on port {port} did not start")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def request(base, path, data=None, cookies=None):
    """(status, headers, body text, cookies set) of one request, redirects not followed."""
    cookie_header = "; ".join(f"{name}={value}" for name, value in (cookies or {}).items())
    encoded = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    headers = {"Cookie": cookie_header} if cookies else {}
    req = urllib.request.Request(base + path, data=encoded, headers=headers)  # noqa: S310 - loopback http only
    try:
        response = urllib.request.build_opener(NoRedirect).open(req, timeout=20)
    except urllib.error.HTTPError as error:
        response = error
    except OSError:
        return 0, {}, "", {}
    jar = http.cookies.SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return response.status, response.headers, response.read().decode(), {key: m.value for key, m in jar.items()}


def csrf_from(base, path, cookies=None):
    status, _headers, html, set_cookies = request(base, path, cookies=cookies)
    assert status == 200, (path, status)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return token, {**(cookies or {}), **set_cookies}


def log_in(base):
    token, cookies = csrf_from(base, "/admin/login/")
    data = {"csrfmiddlewaretoken": token, "username": "editor", "password": PASSWORD}
    status, _headers, _body, set_cookies = request(base, "/admin/login/", data=data, cookies=cookies)
    assert status == 302, "login did not redirect"
    return {**cookies, **set_cookies}


@pytest.fixture
def editor():
    user = get_user_model().objects.create_superuser("editor", "editor@example.org")
    # Hashed the way the production servers check it (the test settings hash with MD5).
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt())
    user.save()
    return user


def test_a_page_published_through_one_server_is_seen_at_once_on_the_other(servers, editor):
    first, second = servers
    assert request(second, "/pl/")[0] == 200
    assert request(second, "/pl/")[1]["X-Cache"] == "HIT"

    home = default_home()
    home.title = "Opublikowano na pierwszym serwerze"
    home.save_revision(user=editor)
    cookies = log_in(first)
    token, cookies = csrf_from(first, f"/admin/bulk/wagtailcore/page/publish/?id={home.pk}", cookies)
    status = request(
        first, f"/admin/bulk/wagtailcore/page/publish/?id={home.pk}", {"csrfmiddlewaretoken": token}, cookies
    )[0]
    assert status == 302

    status, headers, body, _cookies = request(second, "/pl/")
    assert (status, headers["X-Cache"]) == (200, "MISS")
    assert "Opublikowano na pierwszym serwerze" in body


def test_a_session_started_on_one_server_works_on_the_other(servers, editor):
    first, second = servers
    cookies = log_in(first)
    status, _headers, body, _set = request(second, "/admin/", cookies=cookies)
    assert status == 200
    assert "login" not in _headers.get("Location", "")


def test_the_join_form_rate_limit_is_counted_across_servers(servers):
    first, second = servers
    JoinPageFactory(parent=default_home(), slug="dolacz")
    token, cookies = csrf_from(first, "/pl/dolacz/")
    _status, _headers, html, _set = request(first, "/pl/dolacz/", cookies=cookies)
    started = re.search(r'name="form_started" value="([^"]+)"', html).group(1)

    def application(n):
        return {
            "csrfmiddlewaretoken": token,
            "form_started": started,
            "first_name": "Zofia",
            "last_name": "Nowak",
            "email": f"zofia{n}@example.org",
            "city": "Kielce",
            "date_of_birth": "1990-05-31",
            "consent_processing": "on",
        }

    posts = [(first, 1), (second, 2), (first, 3)]
    statuses = [request(base, "/pl/dolacz/", application(n), cookies)[0] for base, n in posts]
    # The limit is 2 accepted applications per window: the third is refused wherever it arrives.
    assert statuses[:2] != [429, 429]
    assert statuses[2] == 429
