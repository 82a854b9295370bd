"""The calendar's secret address: renewable, stored as a digest, the old address dead after renewal; made by a POST
that redirects to a page showing it once (reloading or going back makes no other address)."""

import icalendar
import pytest
from django.test import Client

from portal.models import CalendarFeed

from .conftest import url

pytestmark = pytest.mark.django_db


def renew(client, **extra):
    response = client.post(url("renew_calendar"), **extra)
    assert response.status_code == 303 and response["Location"] == url("calendar")
    page = client.get(response["Location"], **extra)
    assert page.status_code == 200
    return page.context["calendar_url"].split("testserver", 1)[1]


def test_the_feed_is_a_calendar_at_a_secret_address_that_renewing_replaces(signed_in, volunteer):
    first = renew(signed_in)
    feed = Client().get(first)
    assert feed.status_code == 200 and feed["Content-Type"].startswith("text/calendar")
    assert icalendar.Calendar.from_ical(feed.content)["VERSION"] == "2.0"
    token = first.rstrip("/").rsplit("/", 1)[1].removesuffix(".ics")
    assert CalendarFeed.objects.get(volunteer=volunteer).token_hash != token

    second = renew(signed_in)
    assert second != first
    assert Client().get(first).status_code == 404
    assert Client().get(second).status_code == 200


def test_renewing_needs_a_session(client):
    assert client.post(url("renew_calendar")).status_code == 302
    assert not CalendarFeed.objects.exists()


def test_the_address_is_on_the_sites_base_url_not_the_requests_host(signed_in, settings):
    settings.ALLOWED_HOSTS = ["testserver", "alias.example.org"]
    signed_in.post(url("renew_calendar"), HTTP_HOST="alias.example.org")
    page = signed_in.get(url("calendar"), HTTP_HOST="alias.example.org")
    assert page.context["calendar_url"].startswith("http://testserver/")
    assert "alias.example.org" not in page.content.decode()


def test_the_new_address_is_shown_once_and_reloading_makes_no_other(signed_in, volunteer):
    address = renew(signed_in)
    digest = CalendarFeed.objects.get(volunteer=volunteer).token_hash
    reloaded = signed_in.get(url("calendar"))
    assert reloaded.status_code == 200
    assert reloaded.context["calendar_url"] is None
    assert address not in reloaded.content.decode()
    assert CalendarFeed.objects.get(volunteer=volunteer).token_hash == digest
    assert Client().get(address).status_code == 200


def test_the_one_time_cookie_shows_nothing_to_another_volunteer(signed_in, volunteer, other_volunteer):
    from .conftest import sign_in

    signed_in.post(url("renew_calendar"))
    other = sign_in(Client(), other_volunteer)
    other.cookies["cv_volunteer_calendar"] = signed_in.cookies["cv_volunteer_calendar"].value
    assert other.get(url("calendar")).context["calendar_url"] is None


def test_opening_the_renew_address_leads_to_the_calendar_page_and_makes_nothing(signed_in):
    response = signed_in.get(url("renew_calendar", language="en"))
    assert response.status_code == 303 and response["Location"] == url("calendar", language="en")
    assert not CalendarFeed.objects.exists()
    page = signed_in.get(response["Location"])
    assert page.status_code == 200
    assert "You have no calendar address yet." in page.content.decode()


OLD_ADDRESS_WORDS = ("stops the old one from working", "previous address no longer works")


def test_without_an_address_yet_nothing_speaks_of_an_old_one(signed_in):
    for page in (signed_in.get(url("home", language="en")), signed_in.get(url("calendar", language="en"))):
        html = page.content.decode()
        assert "Make a calendar address" in html
        assert not any(words in html for words in OLD_ADDRESS_WORDS)
    signed_in.post(url("renew_calendar", language="en"))
    shown = signed_in.get(url("calendar", language="en")).content.decode()
    assert "Your new calendar address" in shown
    assert not any(words in shown for words in OLD_ADDRESS_WORDS)


def test_with_an_address_renewing_warns_and_then_says_the_old_one_no_longer_works(signed_in):
    signed_in.post(url("renew_calendar", language="en"))
    signed_in.get(url("calendar", language="en"))
    home = signed_in.get(url("home", language="en")).content.decode()
    assert "Make a new calendar address" in home and "stops the old one from working" in home
    signed_in.post(url("renew_calendar", language="en"))
    assert "The previous address no longer works." in signed_in.get(url("calendar", language="en")).content.decode()
