"""Volunteers, signed-in clients and the sign-in link read back from the outbox."""

import re

import pytest
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import translation

from outbox.models import Email
from portal.sign_in import EMAIL_KIND
from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

LINK = re.compile(r"https?://\S+")


def url(name, *args, language="pl"):
    with translation.override(language):
        return reverse(f"portal:{name}", args=args)


def latest_link(address):
    """The sign-in address in the newest e-mail to `address`, as the path the browser would open."""
    email = Email.objects.filter(kind=EMAIL_KIND, to=address).order_by("-pk").first()
    assert email is not None, f"no sign-in e-mail to {address}"
    return LINK.search(email.body_text)[0].split("testserver", 1)[1]


def ask_for_link(client, address, language="pl", path=None):
    """Ask at the sign-in page (or `path`, e.g. with ?next=); the link goes to the queue after commit, so the
    hand-over runs here as it would after a committed request."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(path or url("sign_in", language=language), {"email": address})


def post_committed(client, path, data, **extra):
    """A POST whose after-commit work (handing e-mails to the queue) runs as it would in a committed request."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(path, data, **extra)


def sign_in(client, volunteer, language="pl"):
    """The whole journey: ask, read the e-mail, confirm with the button."""
    ask_for_link(client, volunteer.email, language)
    response = client.post(latest_link(volunteer.email))
    assert response.status_code == 303, response.status_code
    return client


@pytest.fixture
def volunteer(db):
    return VolunteerFactory(status=Volunteer.Status.ACTIVE, preferred_language="pl")


@pytest.fixture
def other_volunteer(db):
    return VolunteerFactory(status=Volunteer.Status.ACTIVE, preferred_language="en")


@pytest.fixture
def signed_in(client, volunteer):
    return sign_in(client, volunteer)


@pytest.fixture
def make_client():
    return lambda: Client()
