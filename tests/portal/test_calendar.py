"""The calendar's secret address: renewable, stored as a digest, the old address dead after renewal."""

import icalendar
import pytest
from django.test import Client

from portal.models import CalendarFeed

from .conftest import url

pytestmark = pytest.mark.django_db


def renew(client):
    response = client.post(url("renew_calendar"))
    assert response.status_code == 200
    return response.context["calendar_url"].split("testserver", 1)[1]


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
    response = signed_in.post(url("renew_calendar"), HTTP_HOST="alias.example.org")
    assert response.context["calendar_url"].startswith("http://testserver/")
    assert "alias.example.org" not in response.content.decode()
