"""Pages that depend on a scope (core/cache/scopes.py): kept until their scope changes, which drops them only."""

import io

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.cache import scopes
from core.cache.middleware import PageCacheMiddleware
from core.cache.wsgi_fast_path import cached_entry

pytestmark = pytest.mark.django_db

SCOPE = "test-places"


def scoped_view(body="3 free places", during_build=None):
    """A view as a page showing free places: reads its scope first, says no-cache to browsers and CDNs."""

    def view(request):
        stamp = scopes.read_for(request, [SCOPE])
        if during_build:
            during_build()
        response = HttpResponse(body)
        response["Cache-Control"] = "no-cache, max-age=0"
        return scopes.attach(response, stamp)

    return view


def plain_view(request):
    return HttpResponse("news")


def run(path, view, **request_kwargs):
    return PageCacheMiddleware(view)(RequestFactory().get(path, **request_kwargs))


def test_a_scoped_page_is_kept_despite_no_cache_until_its_scope_changes():
    assert run("/pl/places/", scoped_view())["X-Cache"] == "MISS"
    kept = run("/pl/places/", scoped_view())
    assert kept["X-Cache"] == "HIT"
    assert kept["Cache-Control"] == "no-cache, max-age=0"  # browsers and CDNs still ask each time

    scopes.bump(SCOPE)

    assert run("/pl/places/", scoped_view("2 free places"))["X-Cache"] == "MISS"
    again = run("/pl/places/", scoped_view("never built"))
    assert (again["X-Cache"], again.content) == ("HIT", b"2 free places")


def test_a_scope_changing_drops_its_pages_only():
    run("/pl/places/", scoped_view())
    run("/pl/news/", plain_view)

    scopes.bump(SCOPE)

    assert run("/pl/places/", scoped_view())["X-Cache"] == "MISS"
    assert run("/pl/news/", plain_view)["X-Cache"] == "HIT"


def test_a_change_made_while_the_page_is_built_is_not_hidden_by_the_stored_page():
    run("/pl/places/", scoped_view(during_build=lambda: scopes.bump(SCOPE)))

    assert run("/pl/places/", scoped_view())["X-Cache"] == "MISS"


def test_without_a_stamp_a_no_cache_page_is_still_never_stored():
    def view(request):
        response = HttpResponse("unscoped")
        response["Cache-Control"] = "no-cache"
        return response

    run("/pl/unscoped/", view)
    assert run("/pl/unscoped/", view)["X-Cache"] == "MISS"


def test_no_stamp_is_read_for_a_request_the_cache_would_not_serve(settings):
    signed_in = RequestFactory().get("/pl/places/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=abc")
    assert scopes.read_for(signed_in, [SCOPE]) is None
    settings.PAGE_CACHE_SECONDS = 0
    assert scopes.read_for(RequestFactory().get("/pl/places/"), [SCOPE]) is None


def test_a_change_counts_again_once_committed(django_capture_on_commit_callbacks):
    before = scopes.read([SCOPE])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        scopes.changed(SCOPE)
    at_once = scopes.read([SCOPE])
    callbacks[0]()

    assert len(callbacks) == 1
    assert before != at_once != scopes.read([SCOPE])


def test_the_wsgi_layer_does_not_answer_with_a_page_whose_scope_changed():
    run("/pl/places/", scoped_view())
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/pl/places/",
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
    }
    assert cached_entry(dict(environ)) is not None

    scopes.bump(SCOPE)

    assert cached_entry(dict(environ)) is None


def test_on_redis_a_scoped_page_is_dropped_on_every_worker(redis_cache):
    from core.cache.middleware import LOCAL_PAGES

    run("/pl/places/", scoped_view())
    assert run("/pl/places/", scoped_view())["X-Cache"] == "HIT"  # this worker now holds a copy

    scopes.bump(SCOPE)  # as another worker's sign-up would

    assert run("/pl/places/", scoped_view("2 free places"))["X-Cache"] == "MISS"
    assert LOCAL_PAGES.max_entries > 0


def test_when_the_cache_does_not_answer_a_scoped_page_is_built_every_time(redis_down):
    assert scopes.read([SCOPE]) is None
    responses = [run("/pl/places/", scoped_view()) for _attempt in range(2)]
    assert [response.status_code for response in responses] == [200, 200]
    assert [response["X-Cache"] for response in responses] == ["MISS", "MISS"]
