"""The volunteer's session: its own cookie and table, idle and absolute expiry, sign-out here and everywhere."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from portal.models import VolunteerSession
from registry.models import Volunteer

from .conftest import sign_in, url

pytestmark = pytest.mark.django_db


def test_without_a_session_the_page_sends_the_visitor_to_sign_in(client):
    response = client.get(url("home"))
    assert response.status_code == 302 and response["Location"] == url("sign_in")


def test_a_signed_in_volunteer_sees_their_page_and_is_no_django_user(signed_in, volunteer):
    response = signed_in.get(url("home"))
    assert response.status_code == 200
    assert "_auth_user_id" not in signed_in.session
    assert not get_user_model().objects.filter(email=volunteer.email).exists()


def test_an_idle_session_ends(signed_in, settings):
    VolunteerSession.objects.update(
        last_seen_at=timezone.now() - datetime.timedelta(seconds=settings.PORTAL_SESSION_IDLE_SECONDS + 1)
    )
    assert signed_in.get(url("home")).status_code == 302


def test_a_session_ends_after_its_absolute_limit_even_when_in_use(signed_in, settings):
    VolunteerSession.objects.update(
        created_at=timezone.now() - datetime.timedelta(seconds=settings.PORTAL_SESSION_MAX_SECONDS + 1)
    )
    assert signed_in.get(url("home")).status_code == 302


def test_a_session_ends_when_the_record_is_withdrawn(signed_in, volunteer):
    Volunteer.objects.filter(pk=volunteer.pk).update(status=Volunteer.Status.WITHDRAWN)
    assert signed_in.get(url("home")).status_code == 302


def test_sign_out_ends_this_session_only(volunteer):
    first, second = sign_in(Client(), volunteer), sign_in(Client(), volunteer)
    response = first.post(url("sign_out"))
    assert response.status_code == 303
    assert first.get(url("home")).status_code == 302
    assert second.get(url("home")).status_code == 200


def test_sign_out_everywhere_ends_every_session_of_the_volunteer(volunteer, other_volunteer):
    first, second = sign_in(Client(), volunteer), sign_in(Client(), volunteer)
    someone_else = sign_in(Client(), other_volunteer)
    assert first.post(url("sign_out_everywhere")).status_code == 303
    assert first.get(url("home")).status_code == 302
    assert second.get(url("home")).status_code == 302
    assert someone_else.get(url("home")).status_code == 200


def test_signing_out_everywhere_says_so_and_a_plain_sign_out_does_not(volunteer):
    everywhere = sign_in(Client(), volunteer)
    page = everywhere.post(url("sign_out_everywhere", language="en"), follow=True).content.decode()
    assert "You have signed out on all devices" in page
    here = sign_in(Client(), volunteer)
    page = here.post(url("sign_out", language="en"), follow=True).content.decode()
    assert "You have signed out" in page and "all devices" not in page


def test_a_forged_cookie_signs_in_nobody(client, signed_in):
    client.cookies["cv_volunteer"] = "forged-" + "x" * 40
    assert client.get(url("home")).status_code == 302


def test_the_cookie_is_secure_in_production_settings(volunteer, settings):
    settings.PORTAL_COOKIE_SECURE = True
    client = Client()
    from .conftest import ask_for_link, latest_link

    ask_for_link(client, volunteer.email)
    response = client.post(latest_link(volunteer.email))
    assert response.cookies["cv_volunteer"]["secure"]


@pytest.mark.parametrize("name", ["home", "hours", "my_data", "calendar"])
def test_the_volunteer_pages_are_titled_with_the_page_then_the_site(signed_in, name):
    import re

    titles = {
        "home": "Your volunteer page",
        "hours": "Your hours",
        "my_data": "Your data",
        "calendar": "Your calendar",
    }
    html = signed_in.get(url(name, language="en")).content.decode()
    assert re.search(r"<title>(.*?)</title>", html, re.S)[1] == f"{titles[name]} · Civic Volunteering"


def test_the_sign_in_page_is_titled_with_the_site_name(client):
    import re

    html = client.get(url("sign_in", language="en")).content.decode()
    assert re.search(r"<title>(.*?)</title>", html, re.S)[1] == "Sign in to your volunteer page · Civic Volunteering"
