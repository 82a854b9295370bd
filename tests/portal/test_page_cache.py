"""The volunteer's pages are never stored in, or served from, the page cache or a CDN."""

import pytest
from django.test import Client

from .conftest import sign_in, url

pytestmark = pytest.mark.django_db

PAGES = ["home", "hours", "my_data"]


@pytest.mark.parametrize("name", PAGES)
def test_portal_pages_say_private_no_store(signed_in, name):
    response = signed_in.get(url(name))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.parametrize("name", ["sign_in", "sign_in_sent"])
def test_sign_in_pages_say_private_no_store(client, name):
    response = client.get(url(name))
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", PAGES)
def test_a_portal_page_is_never_served_from_the_cache_to_another_volunteer_or_to_nobody(
    volunteer, other_volunteer, name
):
    first = sign_in(Client(), volunteer)
    for _ in range(2):
        mine = first.get(url(name))
        assert mine.get("X-Cache") != "HIT"
        assert volunteer.email.encode() in mine.content or name != "my_data"
    second = sign_in(Client(), other_volunteer)
    theirs = second.get(url(name))
    assert theirs.get("X-Cache") != "HIT"
    assert volunteer.email.encode() not in theirs.content
    anonymous = Client().get(url(name))
    assert anonymous.status_code == 302
    assert anonymous.get("X-Cache") != "HIT"


def test_a_public_page_seen_with_the_volunteer_cookie_is_neither_stored_nor_served_from_the_cache(signed_in):
    from django.core.cache import cache
    from django.test import RequestFactory

    from core.cache.middleware import may_use_cache

    request = RequestFactory().get("/pl/")
    request.COOKIES["cv_volunteer"] = "anything"
    assert not may_use_cache(request)
    cache.clear()
    response = signed_in.get("/pl/search/")
    assert response.get("X-Cache") != "HIT"


def test_public_pages_link_to_the_volunteers_page_the_same_for_everyone(signed_in, volunteer):
    """The footer (cached for everyone) links to the volunteer's page whoever looks, with nothing personal."""
    from django.core.cache import cache

    cache.clear()
    anonymous = Client()
    first = anonymous.get("/en/search/").content.decode()
    again = anonymous.get("/en/search/").content.decode()
    seen_signed_in = signed_in.get("/en/search/").content.decode()
    link = f'<a class="site-footer__volunteer" href="{url("home", language="en")}" rel="nofollow">Volunteer sign-in</a>'
    for html in (first, again, seen_signed_in):
        assert link in html
    footer = seen_signed_in[seen_signed_in.index('<footer class="site-footer">') :]
    assert volunteer.email not in footer and volunteer.first_name not in footer
    assert footer == first[first.index('<footer class="site-footer">') :]
