"""Signing in by e-mailed link: same answer for known and unknown addresses, links that work once and expire."""

import datetime

import pytest
from django.test import TestCase
from django.utils import timezone

from outbox.models import Email
from portal.models import SignInLink, VolunteerSession
from portal.sign_in import EMAIL_KIND
from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

from .conftest import ask_for_link, latest_link, url

pytestmark = pytest.mark.django_db


def test_the_sign_in_pages_have_their_own_address_in_each_language():
    assert url("sign_in", language="en") == "/en/volunteer/sign-in/"
    assert url("sign_in", language="pl").startswith("/pl/")


def test_a_known_address_gets_one_link_in_the_volunteers_language(client, other_volunteer):
    response = ask_for_link(client, other_volunteer.email.upper())
    assert response.status_code == 303
    email = Email.objects.get(kind=EMAIL_KIND)
    assert email.to == other_volunteer.email
    # preferred_language "en": the English text and an English address, whatever page was used.
    assert "/en/volunteer/sign-in/link/" in email.body_text
    assert "15 minutes" in email.body_text
    assert other_volunteer.first_name not in email.body_text


def test_known_and_unknown_addresses_get_the_same_answer_and_the_same_work(client, volunteer):
    known = ask_for_link(client, volunteer.email)
    unknown = ask_for_link(client, "nobody-here@example.org")
    assert known.status_code == unknown.status_code == 303
    assert known["Location"] == unknown["Location"]
    assert client.get(known["Location"]).content == client.get(unknown["Location"]).content
    # A link row is written either way; only the known address gets an e-mail.
    assert SignInLink.objects.count() == 2
    assert Email.objects.filter(kind=EMAIL_KIND).count() == 1


def test_known_and_unknown_addresses_hand_the_queue_the_same_task(client, volunteer, monkeypatch):
    """The request's work is the same either way: what differs is decided by the worker, after the answer."""
    from portal import tasks

    handed = []
    monkeypatch.setattr(tasks.send_sign_in_link, "delay", lambda *args: handed.append(args))
    ask_for_link(client, volunteer.email)
    ask_for_link(client, "nobody-here@example.org")
    assert len(handed) == 2
    known, unknown = handed
    assert [type(value) for value in known] == [type(value) for value in unknown]
    assert known[2:] == unknown[2:] == (None, True)
    # Nothing is written for either until a worker runs the task.
    assert not Email.objects.filter(kind=EMAIL_KIND).exists()
    for args in handed:
        tasks.send_sign_in_link(*args)
    assert list(Email.objects.filter(kind=EMAIL_KIND).values_list("to", flat=True)) == [volunteer.email]


def test_a_retried_task_writes_one_e_mail(client, volunteer, monkeypatch):
    from portal import tasks

    handed = []
    monkeypatch.setattr(tasks.send_sign_in_link, "delay", lambda *args: handed.append(args))
    ask_for_link(client, volunteer.email)
    tasks.send_sign_in_link(*handed[0])
    tasks.send_sign_in_link(*handed[0])
    assert Email.objects.filter(kind=EMAIL_KIND).count() == 1


def test_with_the_broker_down_the_link_is_still_written_for_the_sweep(client, volunteer, monkeypatch):
    from portal import tasks

    def broker_down(*args):
        raise ConnectionError("broker unavailable")

    monkeypatch.setattr(tasks.send_sign_in_link, "delay", broker_down)
    assert ask_for_link(client, volunteer.email).status_code == 303
    assert Email.objects.filter(kind=EMAIL_KIND, to=volunteer.email).count() == 1


def test_the_link_uses_the_sites_address_not_the_host_the_request_claimed(client, volunteer, settings):
    settings.ALLOWED_HOSTS = ["testserver", "evil.example.org"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(url("sign_in"), {"email": volunteer.email}, HTTP_HOST="evil.example.org")
    body = Email.objects.get(kind=EMAIL_KIND).body_text
    assert "evil.example.org" not in body
    assert "http://testserver/pl/" in body


@pytest.mark.parametrize("status", [Volunteer.Status.REJECTED, Volunteer.Status.WITHDRAWN])
def test_rejected_and_withdrawn_people_get_no_link(client, status):
    person = VolunteerFactory(status=status)
    assert ask_for_link(client, person.email).status_code == 303
    assert not Email.objects.filter(kind=EMAIL_KIND).exists()


def test_an_anonymised_record_gets_no_link(client):
    person = VolunteerFactory(status=Volunteer.Status.ACTIVE, anonymised_at=timezone.now())
    ask_for_link(client, person.email)
    assert not Email.objects.filter(kind=EMAIL_KIND).exists()


def test_the_token_is_stored_only_as_its_digest(client, volunteer):
    ask_for_link(client, volunteer.email)
    token = latest_link(volunteer.email).rstrip("/").rsplit("/", 1)[1]
    link = SignInLink.objects.get(volunteer=volunteer)
    assert token not in link.token_hash and len(link.token_hash) == 64


def test_opening_the_link_only_shows_a_button_and_uses_nothing(client, volunteer):
    ask_for_link(client, volunteer.email)
    link = latest_link(volunteer.email)
    page = client.get(link)
    assert page.status_code == 200
    assert b'method="post"' in page.content
    assert SignInLink.objects.get(volunteer=volunteer).used_at is None
    assert not VolunteerSession.objects.exists()


def test_the_button_signs_in_once_and_records_the_sign_in(client, volunteer):
    ask_for_link(client, volunteer.email)
    link = latest_link(volunteer.email)
    response = client.post(link)
    assert response.status_code == 303 and response["Location"] == url("home")
    cookie = response.cookies["cv_volunteer"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    volunteer.refresh_from_db()
    assert volunteer.last_portal_sign_in_at is not None

    again = client.post(link)
    assert again.status_code == 400
    assert b"already been used" in again.content or "już".encode() in again.content
    assert VolunteerSession.objects.count() == 1


def test_an_expired_link_is_refused_with_a_clear_message(client, volunteer):
    ask_for_link(client, volunteer.email, language="en")
    link = latest_link(volunteer.email)
    SignInLink.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    response = client.post(link)
    assert response.status_code == 400
    assert not VolunteerSession.objects.exists()
    page = client.get(url("confirm", "x" * 43, language="en"))
    assert page.status_code == 400


def test_an_expired_link_says_it_expired(client, volunteer):
    volunteer.preferred_language = "en"
    volunteer.save()
    ask_for_link(client, volunteer.email, language="en")
    link = latest_link(volunteer.email)
    SignInLink.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    response = client.post(link)
    assert b"expired" in response.content


def test_a_link_stops_working_when_the_person_withdraws(client, volunteer):
    ask_for_link(client, volunteer.email)
    link = latest_link(volunteer.email)
    Volunteer.objects.filter(pk=volunteer.pk).update(status=Volunteer.Status.WITHDRAWN)
    assert client.post(link).status_code == 400
    assert not VolunteerSession.objects.exists()


def test_the_address_limit_stops_the_mails_but_not_the_answer(client, volunteer, settings):
    settings.PORTAL_SIGN_IN_RATE_PER_ADDRESS = "2/3600"
    for _ in range(4):
        assert ask_for_link(client, volunteer.email).status_code == 303
    assert Email.objects.filter(kind=EMAIL_KIND).count() == 2


def test_the_client_limit_refuses_with_429_and_says_so(client, volunteer, settings):
    settings.PORTAL_SIGN_IN_RATE_PER_CLIENT = "2/3600"
    ask_for_link(client, "a@example.org")
    ask_for_link(client, "b@example.org")
    response = ask_for_link(client, volunteer.email)
    assert response.status_code == 429
    assert response["Retry-After"]
    assert not Email.objects.filter(kind=EMAIL_KIND).exists()


def test_a_bad_address_is_refused_with_an_error_and_nothing_stored(client):
    response = ask_for_link(client, "not an address")
    assert response.status_code == 400
    assert b"error-summary" in response.content
    assert not SignInLink.objects.exists()


def test_sign_in_posts_need_a_csrf_token(volunteer):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(url("sign_in"), {"email": volunteer.email})
    assert response.status_code == 403
    assert not SignInLink.objects.exists()
