"""The WSGI layer answers a cache hit exactly as Django would, and leaves everything else to Django."""

import io

import pytest
from django.core import signals
from django.core.cache.backends.locmem import LocMemCache
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections

from core.cache import generation
from core.cache.wsgi_fast_path import CachedPagesFirst

pytestmark = pytest.mark.django_db


class BrokenCache(LocMemCache):
    """A cache server that fails on every read, as a Redis outage would without django-redis's guard."""

    def get(self, *args, **kwargs):
        raise ConnectionError("cache down")

    def get_many(self, *args, **kwargs):
        raise ConnectionError("cache down")


class Django:
    """Django's WSGI application, counting the requests that reach it."""

    def __init__(self):
        self.handler = None
        self.calls = 0

    def __call__(self, environ, start_response):
        # Made on the first request, so the middleware reads the settings as the test changed them.
        self.handler = self.handler or WSGIHandler()
        self.calls += 1
        return self.handler(environ, start_response)


@pytest.fixture(autouse=True, params=["locmem", "redis"])
def cache_server(request):
    """Each test on the in-memory cache, then on Redis (reads on the worker's own connection, sent early)."""
    if request.param == "redis":
        request.getfixturevalue("redis_cache")


@pytest.fixture
def django_app():
    # As the test client does: the test's transaction must survive the request signals.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield Django()
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def app(django_app):
    return CachedPagesFirst(django_app)


def environ(path="/pl/", method="GET", query="", host="testserver", **extra):
    return {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
        **extra,
    }


def call(application, **kwargs):
    """(status line, headers as a dict, body) of one request."""
    sent = {}

    def start_response(status, headers, exc_info=None):
        sent.update(status=status, headers=headers)

    result = application(environ(**kwargs), start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return sent["status"], dict(sent["headers"]), body


def answered_by_django(application, django_app, **kwargs):
    before = django_app.calls
    response = call(application, **kwargs)
    return django_app.calls > before, response


def test_a_hit_is_answered_without_django_exactly_as_django_answers_it(app, django_app):
    _status, first_headers, _body = call(app)
    assert first_headers["X-Cache"] == "MISS"
    djangos_hit = call(django_app)
    assert djangos_hit[1]["X-Cache"] == "HIT"

    by_django, fast_hit = answered_by_django(app, django_app)
    assert not by_django
    assert fast_hit == djangos_hit


def test_a_hit_from_the_wsgi_layer_carries_the_security_headers(app, django_app, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600
    call(app, HTTP_X_FORWARDED_PROTO="https")
    by_django, (status, headers, _body) = answered_by_django(app, django_app, HTTP_X_FORWARDED_PROTO="https")
    assert not by_django
    assert status == "200 OK"
    assert headers["Strict-Transport-Security"].startswith("max-age=3600")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == settings.SECURE_REFERRER_POLICY
    assert headers["Cross-Origin-Opener-Policy"] == settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
    assert "Content-Security-Policy" in headers and "X-Frame-Options" in headers
    assert "public" in headers["Cache-Control"]


def test_the_page_stored_for_https_is_not_served_over_plain_http(app, django_app, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    call(app, HTTP_X_FORWARDED_PROTO="https")
    assert answered_by_django(app, django_app, HTTP_X_FORWARDED_PROTO="http")[0]


def test_a_head_request_is_answered_by_the_wsgi_layer_without_a_body(app, django_app):
    _status, get_headers, page = call(app)
    by_django, (status, headers, body) = answered_by_django(app, django_app, method="HEAD")
    assert not by_django
    assert (status, body) == ("200 OK", b"")
    assert headers["Content-Length"] == str(len(page))
    assert headers["X-Cache"] == "HIT"
    assert headers["Content-Type"] == get_headers["Content-Type"]


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_COOKIE": "messages=abc"},
        {"method": "POST"},
        {"query": "preview=1"},
        {"path": "/admin/"},
    ],
    ids=["session cookie", "messages cookie", "POST", "preview", "admin"],
)
def test_requests_the_cache_must_not_answer_go_to_django(app, django_app, request_kwargs):
    call(app)
    call(app, path="/admin/")
    assert answered_by_django(app, django_app, **request_kwargs)[0]


def test_a_host_django_would_refuse_is_never_answered_from_the_cache(app, django_app, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    call(app)
    by_django, (status, _headers, _body) = answered_by_django(app, django_app, host="elsewhere.example")
    assert by_django
    assert status.startswith("400")


def test_after_a_change_the_next_request_goes_to_django_and_is_rebuilt(app, django_app):
    call(app)
    assert not answered_by_django(app, django_app)[0]
    generation.bump()
    by_django, (_status, headers, _body) = answered_by_django(app, django_app)
    assert by_django
    assert headers["X-Cache"] == "MISS"


def test_the_wsgi_layer_stands_aside_when_the_page_cache_is_off(app, django_app, settings):
    call(app)
    settings.PAGE_CACHE_SECONDS = 0
    assert answered_by_django(app, django_app)[0]


def test_a_cache_that_fails_sends_every_request_to_django(settings):
    settings.CACHES = {"default": {"BACKEND": f"{__name__}.BrokenCache"}}
    seen = []

    def django(environ, start_response):
        seen.append(environ["PATH_INFO"])
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"from Django"]

    assert call(CachedPagesFirst(django))[2] == b"from Django"
    assert seen == ["/pl/"]


def test_django_receives_the_request_as_sent(settings):
    # PATH_INFO holds the raw bytes as latin-1 (PEP 3333); Django decodes them itself, once.
    raw_path = "/pl/żółw/".encode().decode("latin-1")
    seen = {}

    def django(environ, start_response):
        seen.update(environ)
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b""]

    call(CachedPagesFirst(django), path=raw_path, query="page=2")
    assert (seen["PATH_INFO"], seen["QUERY_STRING"]) == (raw_path, "page=2")
