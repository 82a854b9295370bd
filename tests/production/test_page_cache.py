from unittest import mock

import pytest
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from wagtail.models import Page

from core.cache import generation
from core.cache.middleware import PageCacheMiddleware

pytestmark = pytest.mark.django_db


def home_page():
    return Page.objects.get(depth=2).specific


def run_middleware(path, view, **request_kwargs):
    request = RequestFactory().get(path, **request_kwargs)
    return PageCacheMiddleware(view)(request)


def test_an_anonymous_visitor_gets_the_second_view_of_a_page_from_the_cache(client):
    first = client.get("/pl/")
    second = client.get("/pl/")
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content


def test_a_page_from_the_cache_keeps_the_security_headers_of_the_original(client):
    first = client.get("/pl/")
    second = client.get("/pl/")
    assert second["X-Cache"] == "HIT"
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Content-Language"):
        assert second.get(header) == first.get(header), header


def test_a_public_page_tells_browsers_and_cdns_how_long_to_keep_it(client):
    response = client.get("/pl/")
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert "s-maxage=300" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


@pytest.fixture
def editor(admin_user, settings):
    # django-axes logs force_login with the address "unknown", which PostgreSQL's inet column refuses.
    settings.AXES_ENABLED = False
    return admin_user


def test_a_logged_in_editor_is_never_served_from_the_cache(client, editor):
    client.get("/pl/")
    client.force_login(editor)
    response = client.get("/pl/")
    assert response.get("X-Cache") != "HIT"
    assert "private" in response["Cache-Control"]


def test_a_signed_in_view_is_private_even_when_the_page_set_its_own_cache_control(settings):
    """Opportunity pages send `no-cache` (fresh free places); an editor's or volunteer's copy must still be private."""

    def view(request):
        response = HttpResponse("with the editor's bar")
        response["Cache-Control"] = "no-cache, max-age=0"
        return response

    for cookie in (settings.SESSION_COOKIE_NAME, settings.PORTAL_COOKIE_NAME):
        response = run_middleware("/pl/fresh/", view, HTTP_COOKIE=f"{cookie}=x")
        assert "private" in response["Cache-Control"], cookie
        assert "public" not in response["Cache-Control"]
    anonymous = run_middleware("/pl/fresh/", view)
    assert anonymous["Cache-Control"] == "no-cache, max-age=0"


def test_a_page_seen_by_a_logged_in_editor_is_not_stored_for_others(client, editor):
    client.force_login(editor)
    client.get("/pl/")
    client.logout()
    client.cookies.clear()
    assert client.get("/pl/")["X-Cache"] == "MISS"


def test_publishing_a_page_is_seen_on_the_next_request(client):
    client.get("/pl/")
    page = home_page()
    page.title = "Tytuł po publikacji"
    page.save_revision().publish()
    response = client.get("/pl/")
    assert response["X-Cache"] == "MISS"
    assert "Tytuł po publikacji" in response.content.decode()


def test_unpublishing_a_page_changes_the_generation():
    before = generation.current()
    home_page().unpublish()
    assert generation.current() != before


def test_changing_a_snippet_shown_on_pages_changes_the_generation():
    from news.models import NewsCategory

    before = generation.current()
    NewsCategory.objects.create(name="Bezpieczeństwo", slug="bezpieczenstwo", locale=home_page().locale)
    assert generation.current() != before


def test_registry_work_leaves_cached_pages_valid_but_publishing_a_page_does_not(client):
    import datetime

    from registry.models import Organisation, ServiceRecord, Volunteer

    organisation = Organisation.objects.create(name="Komenda Miejska")  # shown on pages: bumps the generation
    client.get("/pl/")
    before = generation.current()
    volunteer = Volunteer.objects.create(first_name="Anna", last_name="Nowak", email="anna@example.org")
    volunteer.status = Volunteer.Status.ACTIVE
    volunteer.organisation = organisation
    volunteer.save()
    ServiceRecord.objects.create(volunteer=volunteer, date=datetime.date.today(), hours=3)
    volunteer.delete()
    assert generation.current() == before
    assert client.get("/pl/")["X-Cache"] == "HIT"

    home_page().save_revision().publish()
    assert generation.current() != before
    assert client.get("/pl/")["X-Cache"] == "MISS"


def test_a_head_request_is_answered_from_the_cache_without_a_body(client):
    client.get("/pl/")
    response = client.head("/pl/")
    assert response["X-Cache"] == "HIT"
    assert response.content == b""


def test_a_response_that_sets_a_cookie_is_not_stored():
    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("something", "personal")
        return response

    run_middleware("/pl/cookie/", view)
    assert run_middleware("/pl/cookie/", view)["X-Cache"] == "MISS"


def test_a_response_that_uses_the_csrf_token_is_not_stored():
    def view(request):
        return HttpResponse(f"form {get_token(request)}")

    run_middleware("/pl/form/", view)
    assert run_middleware("/pl/form/", view)["X-Cache"] == "MISS"


def test_a_response_marked_private_is_not_stored():
    def view(request):
        response = HttpResponse("mine")
        response["Cache-Control"] = "private, no-store"
        return response

    run_middleware("/pl/private/", view)
    assert run_middleware("/pl/private/", view)["X-Cache"] == "MISS"


def test_a_not_found_page_is_not_stored():
    def view(request):
        return HttpResponse("missing", status=404)

    run_middleware("/pl/missing/", view)
    assert run_middleware("/pl/missing/", view)["X-Cache"] == "MISS"


def test_the_admin_is_never_cached_and_says_so():
    response = run_middleware("/admin/", lambda request: HttpResponse("admin"))
    assert "X-Cache" not in response
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_pages_in_each_language_are_stored_apart():
    run_middleware("/pl/same/", lambda request: HttpResponse("polski"))
    response = run_middleware("/en/same/", lambda request: HttpResponse("english"))
    assert (response["X-Cache"], response.content) == ("MISS", b"english")


def test_a_query_string_is_part_of_the_address_that_is_cached():
    run_middleware("/pl/news/", lambda request: HttpResponse("page 1"), data={"page": "1"})
    response = run_middleware("/pl/news/", lambda request: HttpResponse("page 2"), data={"page": "2"})
    assert response.content == b"page 2"


def test_the_page_cache_is_off_when_its_lifetime_is_zero(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/pl/")
    assert "X-Cache" not in client.get("/pl/")


def test_pages_are_still_served_when_the_cache_server_is_down(client, redis_down):
    assert client.get("/pl/").status_code == 200
    assert client.get("/pl/").status_code == 200


def test_the_root_redirect_varies_with_the_browser_language_and_is_not_cached(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code in (301, 302)
    assert "Accept-Language" in response["Vary"]
    assert "X-Cache" not in response


def test_a_copy_kept_in_a_workers_memory_is_not_served_after_a_change(client):
    client.get("/pl/")
    assert client.get("/pl/")["X-Cache"] == "HIT"
    generation.bump()
    assert client.get("/pl/")["X-Cache"] == "MISS"
    assert client.get("/pl/")["X-Cache"] == "HIT"


def test_a_miss_reads_the_generation_once_for_the_page_cache_routing_and_fragments(client):
    client.get("/pl/")  # the counter exists from here on
    generation.bump()
    with mock.patch("core.cache.generation.current", wraps=generation.current) as current:
        response = client.get("/pl/")
    assert response["X-Cache"] == "MISS"
    # The middleware read it with the page's key; routing and fragment tags reuse that value.
    assert current.call_count == 0


def test_a_query_parameter_no_page_reads_bypasses_the_cache(client):
    # /pl/?junk1=1, ?junk2=1, ... must not each be stored: none is ever answered from the cache.
    for address in ("/pl/?junk1=1", "/pl/?page=2&junk=1", "/pl/?page=2&page=3", "/pl/?q=" + "x" * 101):
        responses = [client.get(address) for _attempt in range(2)]
        assert [response.status_code for response in responses] == [200, 200], address
        assert [response.get("X-Cache") for response in responses] == [None, None], address


def test_the_parameters_pages_read_are_cached_whatever_their_order(client):
    assert client.get("/pl/?page=2&year=2024")["X-Cache"] == "MISS"
    assert client.get("/pl/?year=2024&page=2")["X-Cache"] == "HIT"
    assert client.get("/pl/?year=2025&page=2")["X-Cache"] == "MISS"


def test_rate_limit_counters_survive_the_page_cache_being_emptied():
    # Eviction (or a flush) of the page cache must not hand a sender a fresh allowance.
    from django.core.cache import cache

    from registry.join import ratelimit

    assert ratelimit.allow("join", "203.0.113.9", 1, 600)
    cache.clear()
    assert not ratelimit.allow("join", "203.0.113.9", 1, 600)


def test_on_redis_rate_limit_counters_live_apart_from_the_page_cache(redis_cache):
    from django.core.cache import caches

    from registry.join import ratelimit

    assert ratelimit.allow("join", "203.0.113.10", 1, 600)
    server = caches["default"].client.get_client()
    page_prefix = caches["default"].key_prefix
    page_keys = list(server.scan_iter(f"{page_prefix}:*"))
    assert page_keys == []  # nothing of the counter under the page cache's prefix
    caches["default"].set("pagecache:probe", 1)
    caches["default"].delete_pattern("*")  # every page-cache key gone, as after eviction
    assert caches["default"].get("pagecache:probe") is None
    assert not ratelimit.allow("join", "203.0.113.10", 1, 600)
